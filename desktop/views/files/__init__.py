"""File menu features: workspaces, Excel, print and PDF, calendar and Word, next year's plan."""
