"""The main window, the one place that assembles the pages and decides which change
refreshes which view; and the journals it opens.
"""
