"""Sign-off: the screen, keys and people dialogs, signing, review packages and PDF signatures."""
