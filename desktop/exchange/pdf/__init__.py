"""PDF for signature: fields, attached content, PAdES signing and validation (pyHanko)."""
