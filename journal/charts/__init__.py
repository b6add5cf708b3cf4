"""Trend charts built from a journal snapshot, without Qt.

``series`` turns check-ins and measurements into dated values, ``aggregation`` fits them to
the pixels a chart has, ``panels`` chooses what a chart shows, and ``figure`` draws it with
matplotlib. The window and the appointment summary both use these. Importing the package
itself stays cheap: matplotlib and numpy load only with the modules that need them.
"""

from journal.charts.markers import FlagMarker

__all__ = ["FlagMarker"]
