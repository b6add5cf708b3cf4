"""The care record: medicines and doses, labs, appointments, BASDAI, context and the
user's own symptoms.
"""
