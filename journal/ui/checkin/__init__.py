"""The check-in form and the list of past check-ins."""
