"""Drawing documents on paper with Qt's print support: PDF files, print-outs and previews.

Needs Qt's GUI module (fonts, painting) but never widgets, the store or SQL, so the command
line draws a summary without opening a window. Files are written by the caller through the
store; this layer only paints.
"""

from journal.import_scan import scan_imports_lightly

# Before any of the package's modules imports PySide6: the binding's scan of each module
# imported after it would keep every file's source in memory.
scan_imports_lightly()
