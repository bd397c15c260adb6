"""Every file a plan is exported to, registered once (``registry.FORMATS``): the command line
and the File menu are both made from it and both call the same ``write`` (``writers.py``),
which writes through ``atomic.save_atomically``."""
