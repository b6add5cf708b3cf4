"""Drawing documents on paper with Qt's print support: PDF files, print-outs and previews.

Needs Qt's GUI module (fonts, painting) but never widgets, the store or SQL, so the command
line draws a summary without opening a window. Files are written by the caller through the
store; this layer only paints.
"""
