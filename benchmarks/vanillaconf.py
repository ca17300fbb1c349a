"""Vanilla Pelican 4.12 for comparison: default theme, only YAML front matter."""

TIMEZONE = "Asia/Ho_Chi_Minh"
DEFAULT_LANG = "vi"
ARTICLE_PATHS = ["articles"]
PLUGINS = ["pelican.plugins.yaml_metadata"]
CHECK_MODIFIED_METHOD = "sha256"
