"""Spinal cord stimulation (SCS) decision aid.

The version below is the project's single version string: pyproject.toml reads it, the CLI prints it,
and the reports and the About dialog show it.
"""

import os

__version__ = "0.1.0"

# The app uses no pydantic plugins; looking them up scans every installed distribution's entry
# points, which costs start-up time for nothing.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
