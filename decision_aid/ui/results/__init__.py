"""The results page: verdict, what needs action, missing items, reasons and their sources."""
