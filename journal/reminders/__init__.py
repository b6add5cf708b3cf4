"""Reminders: the daily check-in and each scheduled dose, worked out without Qt or SQL."""
