"""Moving a journal's records in and out: our own archive and CSV, HL7 FHIR, other trackers.

The mapping between records and each format is pure (no Qt, no SQL); the store writes what
an import brings in one transaction, and writes every file.
"""
