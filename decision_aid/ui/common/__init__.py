"""Shared pieces of the desktop app: style, dialog wrapper, texts, retranslation, small widgets,
the worker thread."""
