"""The appointment summary as data: what the doctor reads, built from a snapshot without Qt.

``request`` says what the user asked for (period, sections, paper), ``period`` chooses the
dates, the ``overview`` and section modules find what goes in, and ``blocks`` is the
document they compose: headings, tables, charts and photo pairs that ``journal.printing``
draws onto paper.
"""
