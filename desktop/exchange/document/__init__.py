"""The printed plan document (PDF and print) and the Word export."""
