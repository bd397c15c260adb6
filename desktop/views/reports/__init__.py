"""The Reports dialog: the progress report of a month, quarter or year (issue 29)."""
