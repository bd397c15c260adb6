"""Excel workbooks: layout, reading, parsing, writing and the import preview (openpyxl)."""
