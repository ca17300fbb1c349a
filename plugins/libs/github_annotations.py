"""Content errors as GitHub Actions annotations: `::error file=PATH,line=N::message`.

In a pull request GitHub shows each one beside the line it names, so an editor
who wrote in the browser sees "ngày giờ không hợp lệ" next to that line without
reading the log. Escaping follows GitHub's workflow-command rules: `%`, CR and LF
everywhere, and also `:` and `,` in properties.
"""

import os
from pathlib import Path

ERROR, WARNING = "error", "warning"


def escape_data(text):
    return str(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text):
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def repository_path(path, root):
    """`path` relative to the repository root, with /; None when it lies outside it."""
    relative = os.path.relpath(os.path.abspath(path), os.path.abspath(root))
    return None if relative == ".." or relative.startswith(".." + os.sep) else Path(relative).as_posix()


def annotation(level, path, line, message, root, title=None):
    """One workflow command; a file outside the repository is named in the message instead."""
    properties = []
    where = repository_path(path, root) if path else None
    if where is not None:
        properties.append(f"file={escape_property(where)}")
        if line:
            properties.append(f"line={int(line)}")
    elif path:
        message = f"{path}{f':{line}' if line else ''}: {message}"
    if title:
        properties.append(f"title={escape_property(title)}")
    head = f"::{level} {','.join(properties)}" if properties else f"::{level}"
    return f"{head}::{escape_data(message)}"


def content_annotations(result, root):
    """Annotations of a front_matter.check CheckResult: its errors, then the items to review."""
    lines = [annotation(ERROR, error.path, error.line, error.message, root, "Lỗi nội dung") for error in result.errors]
    lines += [
        annotation(WARNING, path, line, f"cần kiểm tra: {item}", root, "Cần kiểm tra")
        for path, line, item in result.reviews
    ]
    return lines
