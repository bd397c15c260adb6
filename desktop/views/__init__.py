"""Qt widgets and their item models, one file per screen or panel."""
