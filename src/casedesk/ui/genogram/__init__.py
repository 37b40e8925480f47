"""Genogram of the desktop interface."""
