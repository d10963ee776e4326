"""Entry point of the frozen bundle: the same command line as the installed ``decision-aid``."""

import sys

from decision_aid.cli import main

if __name__ == "__main__":
    sys.exit(main())
