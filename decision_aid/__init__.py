"""Spinal cord stimulation (SCS) decision aid.

The version below is the project's single version string: pyproject.toml reads it, the CLI prints it,
and the reports and the About dialog show it.
"""

__version__ = "0.1.0"
