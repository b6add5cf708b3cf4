"""All Qt widgets, one folder per feature; ``shell`` assembles them, ``parts`` they share.

Widgets talk to their feature's facade, never to SQL.
"""
