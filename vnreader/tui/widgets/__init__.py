"""Widgets of the app: the article table, paragraphs with highlights, side panel, legend."""
