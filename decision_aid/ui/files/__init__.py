"""Files: the open assessment, open/save with conflict checks, autosave and recovery."""
