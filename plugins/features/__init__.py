"""Plugins that make the site: each one a module or package with `register()` last."""
