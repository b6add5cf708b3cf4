"""The font families the summary is set in, text and charts alike (no Qt, for a chart process)."""

# Tried in order; the first installed one is embedded in the PDF.
FAMILIES = ["DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica"]
