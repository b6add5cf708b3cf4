"""Encryption in the window: unlocking at start, turning it on and off, and the idle lock."""
