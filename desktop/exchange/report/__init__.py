"""The progress report as a document: PDF (laid out like the plan document) and Word."""
