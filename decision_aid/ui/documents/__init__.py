"""Documents: preview, print and export of the clinician summary and the patient handout."""
