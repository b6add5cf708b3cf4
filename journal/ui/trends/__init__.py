"""The trend charts and their export."""
