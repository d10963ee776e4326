"""Data files read by the decision aid (content, fonts, icons)."""
