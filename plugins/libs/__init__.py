"""Shared code used by plugins, the importer and tasks; nothing here is a Pelican plugin."""
