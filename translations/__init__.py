"""Qt Linguist sources and compiled catalogues for the user interface."""
