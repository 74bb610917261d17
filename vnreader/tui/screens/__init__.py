"""Screens of the app: article list, reader, raw view, help and the small modal dialogs."""
