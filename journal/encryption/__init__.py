"""Encryption at rest, as pure computation: a key from a passphrase, and sealed bytes.

No files and no SQL here: the store decides what is sealed and where it is kept.
"""
