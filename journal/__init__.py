"""Symptom Journal: a private, offline diary for back pain, fever, stiffness and skin lesions.

The top-level package holds the domain (no Qt, no SQL); ``journal.store`` owns the file on
disk and ``journal.ui`` the widgets.
"""

__version__ = "0.1.0"
