"""Serve a built site the way GitHub Pages will, so what works here works there.

`pelican --listen` answers a missing address with an empty reply and lists
folders without an index.html; GitHub Pages answers both with the site's
404.html and status 404, serves a folder's index.html, and redirects a folder
named without its trailing slash (301). A project site lives under a sub-path
(https://<owner>.github.io/<repo>/): `prefix` serves the site there and
nothing outside it. Used by `./dev serve` and by the tests.
"""

import functools
import http.server
import threading
from contextlib import contextmanager
from pathlib import Path

NOT_FOUND_PAGE = "404.html"


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    prefix = "/"

    def log_message(self, *args):  # a line per request would bury the build's messages
        pass

    def translate_path(self, path):
        if not path.startswith(self.prefix):
            return str(Path(self.directory) / "__outside_the_site__")
        return super().translate_path("/" + path[len(self.prefix):])

    def send_head(self):
        """The sub-path itself without its slash (/repo) is redirected to /repo/, as Pages does."""
        if self.prefix != "/" and self.path.split("?", 1)[0] == self.prefix.rstrip("/"):
            self.send_response(301)
            self.send_header("Location", self.prefix)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        return super().send_head()

    def list_directory(self, path):
        """A folder without index.html is a missing page, not a listing."""
        self.send_error(404)

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / NOT_FOUND_PAGE
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        return None


def make_server(directory, host="127.0.0.1", port=0, prefix="/"):
    """An HTTP server for `directory` at http://host:port<prefix>; port 0 picks a free one."""
    prefix = "/" + prefix.strip("/") + "/" if prefix.strip("/") else "/"
    handler = type("Handler", (SiteHandler,), {"prefix": prefix})
    server = http.server.ThreadingHTTPServer((host, port), functools.partial(handler, directory=str(directory)))
    server.prefix = prefix
    return server


def base_url(server):
    host, port = server.server_address[:2]
    return f"http://{host}:{port}{server.prefix}"


@contextmanager
def serve(directory, prefix="/"):
    """Serve `directory` on a free loopback port in a thread; yields the site's base URL."""
    server = make_server(directory, prefix=prefix)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base_url(server)
    finally:
        server.shutdown()
        server.server_close()


def serve_until_interrupted(server):
    """Answer requests until Ctrl+C, then free the port."""
    with server:
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
