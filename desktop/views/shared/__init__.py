"""Widgets and helpers every screen uses: the app context, delegates, editor panels, frozen tables, locks."""
