"""All Qt widgets, one folder per feature; ``shell`` assembles them, ``parts`` they share.

Widgets talk to their feature's facade, never to SQL.
"""

from journal.import_scan import scan_imports_lightly

# Before any of the package's modules imports PySide6: the binding's scan of each module
# imported after it would keep every file's source in memory.
scan_imports_lightly()
