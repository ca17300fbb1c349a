"""The one error type content problems are reported with: `path:line: message`."""

import os


def display_path(path):
    """Show a path relative to the working directory when it lies inside it."""
    path = os.fspath(path)
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return path
    return path if relative.startswith("..") else relative


class ContentError(Exception):
    """A content file an editor must fix; str() is `path:line: message`."""

    exitcode = 1

    def __init__(self, path, line, message):
        self.path = display_path(path)
        self.line = line
        self.message = message
        super().__init__(str(self))

    def __str__(self):
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class BuildError(SystemExit):
    """Stops a build that would otherwise drop or overwrite articles silently.

    A SystemExit so that `pelican` exits 1 printing only this message: Pelican
    logs any other exception with a traceback, which tells an editor nothing.
    """

    def __init__(self, problems, what="lỗi nội dung"):
        self.problems = list(problems)
        count = len(self.problems)
        lines = "\n".join(str(problem) for problem in self.problems)
        super().__init__(f"{count} {what}, không xuất bản:\n{lines}")
