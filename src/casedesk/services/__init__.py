"""The use cases that the GUI, the command line and the exporters call."""
