"""Recipes the window, the command line and the appointment summary share: pure, no Qt, no SQL.

Each takes what the store read (a snapshot, settings, acknowledgements) and returns domain
objects, so that there is one copy of each pipeline.
"""
