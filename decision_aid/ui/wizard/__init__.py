"""The guided questionnaire: wizard, side panel, question widgets built from the catalogue, pages, undo."""
