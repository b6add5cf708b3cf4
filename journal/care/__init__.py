"""The care record: medicines and doses, labs and imaging, appointments, BASDAI and ASDAS,
and the medical context for the doctor."""
