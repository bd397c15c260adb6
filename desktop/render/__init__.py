"""Painters shared by the screen and the printer (QtGui only)."""
