"""Signed PDF summaries and drawings for sharing (reportlab, pyHanko). No Qt."""
