"""The window shell: start-up, main window, start page, menus, help, language, settings and the
crash path."""
