"""Renderers: each reads the document tree, none re-parses the text."""
