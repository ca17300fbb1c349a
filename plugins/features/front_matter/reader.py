"""Pelican reader for Markdown files with strict YAML front matter."""

import os

from pelican.readers import MarkdownReader

from .batch import default_processes, render_all
from .errors import ContentError
from .render import Renderer

DEFAULT_PARALLEL_MIN = 200  # below this many files, starting workers costs more than it saves


class FrontMatterMarkdownReader(MarkdownReader):
    """Reads `---` YAML front matter strictly, then the Markdown body (typogrified)."""

    enabled = True
    file_extensions = ["md", "markdown"]

    def __init__(self, settings):
        super().__init__(settings)
        self._renderer = Renderer(settings)
        self._ready = {}  # path -> result of Renderer.render, from prefetch()

    def prefetch(self, paths):
        """Render these files in worker processes now; read() will take the results."""
        processes = self.settings.get("FRONT_MATTER_PROCESSES") or default_processes()
        minimum = self.settings.get("FRONT_MATTER_PARALLEL_MIN", DEFAULT_PARALLEL_MIN)
        if processes > 1 and len(paths) >= minimum:
            self._ready.update(render_all(paths, self.settings, processes))

    def _metadata(self, values, key_lines):
        # key_lines lets later plugins report `path:line` for a field's value.
        metadata = {"key_lines": key_lines}
        for key, value in values.items():
            if key in ("category", "author"):
                metadata[key] = self.process_metadata(key, value)
            else:
                metadata[key] = value
        return metadata

    def read_metadata(self, source_path):
        """Pelican metadata without converting the body (`invoke check`)."""
        values, key_lines, _ = self._renderer.values(source_path, with_body=False)
        return self._metadata(values, key_lines)

    def read(self, source_path):
        self._source_path = source_path
        result = self._ready.pop(os.path.abspath(source_path), None)
        if result is None:
            result = self._renderer.render(source_path)
        if "error" in result:
            raise ContentError(*result["error"])
        return result["body"], self._metadata(result["values"], result["key_lines"])
