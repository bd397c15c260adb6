"""Excel import/export, canonical JSON, the printed plan document (no views)."""
