"""Entry point of the frozen bundle: the same command line as the installed ``decision-aid``."""

from decision_aid.cli import run

if __name__ == "__main__":
    run()
