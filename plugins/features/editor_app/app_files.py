"""The editing app's files in the output: Sveltia CMS from its pinned npm tarball, and its page.

Only the folder of EDITOR_APP_SAVE_AS gets them; no reader page links there, the
page asks search engines not to index it, and the sitemap and search leave it out.
Sveltia fetches its translations from unpkg.com and its fonts from jsDelivr: both
are served from this folder instead (the icon font from its own pinned tarball),
so the app makes no third-party request.
"""

import html
import re
from pathlib import Path

from plugins.libs import npm_package

# From the package: the app, the chunks it loads beside itself, its translations.
APP_SCRIPT = "dist/sveltia-cms.js"
CHUNKS = "dist/chunks"
LOCALES = "locales"
# The icons are a font; without it every button shows a word ("arrow_back").
ICON_FONT = "files/material-symbols-outlined-latin-wght-normal.woff2"
FONT_URL = re.compile(r"https://cdn\.jsdelivr\.net/fontsource/fonts/[^)\s]+")
ICON_FONT_URL = "material-symbols-outlined:vf@"
# Its text fonts (Latin only, no Vietnamese letters) give way to the system's.
NO_FONT = "data:,"
PAGE = """<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>{title}</title>
<script>
(function () {{
  // Vietnamese unless the editor chose another language in the app.
  var key = "sveltia-cms.prefs";
  try {{
    var prefs = JSON.parse(localStorage.getItem(key) || "{{}}") || {{}};
    if (!prefs.locale) {{ prefs.locale = "vi"; localStorage.setItem(key, JSON.stringify(prefs)); }}
  }} catch (error) {{}}
  // Translations from this folder, not unpkg.com; no update check either.
  var cdn = "https://unpkg.com/{package}";
  var fetch = window.fetch.bind(window);
  window.fetch = function (resource, options) {{
    var url = typeof resource === "string" ? resource : resource && resource.url;
    if (url && url.indexOf(cdn) === 0) {{
      var locale = url.match(/\\/locales\\/([\\w-]+\\.json)$/);
      if (locale) return fetch("{locales}/" + locale[1], options);
      return Promise.resolve(new Response("", {{ status: 404 }}));
    }}
    return fetch(resource, options);
  }};
}})();
</script>
<script src="{script}"></script>
</head>
<body></body>
</html>
"""


class AppDownloadError(SystemExit):
    def __init__(self, message):
        super().__init__(f"Trình soạn thảo /quan-tri/: {message}")


def fetch(settings, prefix):
    """The unpacked, sha512-checked npm package named by the settings EDITOR_APP_<prefix>_*."""
    name, version = settings[f"EDITOR_APP_{prefix}PACKAGE"], settings[f"EDITOR_APP_{prefix}VERSION"]
    try:
        return npm_package.fetch(name, version, settings[f"EDITOR_APP_{prefix}INTEGRITY"])
    except (OSError, RuntimeError) as error:
        raise AppDownloadError(f"không tải được {name} {version} từ npm: {error}. Kiểm tra kết nối mạng.") from error


def page(title, package):
    return PAGE.format(title=html.escape(title), package=package, locales=LOCALES, script=Path(APP_SCRIPT).name)


def local_fonts(script, icon_font):
    """The app's script with its font addresses replaced: the icons from `icon_font`, no text font."""
    found = FONT_URL.findall(script)
    if not any(ICON_FONT_URL in url for url in found):
        raise AppDownloadError("không thấy địa chỉ phông biểu tượng trong ứng dụng: phiên bản mới đổi cách nạp phông?")
    return FONT_URL.sub(lambda match: icon_font if ICON_FONT_URL in match.group() else NO_FONT, script)


def files(settings, config_text):
    """{path in the app's folder: bytes}: the page, config.yml, the app, its chunks, translations and icons."""
    app, icons = fetch(settings, ""), fetch(settings, "ICONS_")
    icon_font = f"fonts/{Path(ICON_FONT).name}"
    script = (app / APP_SCRIPT).read_text(encoding="utf-8")
    found = {
        icon_font: (icons / ICON_FONT).read_bytes(),
        Path(APP_SCRIPT).name: local_fonts(script, icon_font).encode(),
        "config.yml": config_text.encode(),
        "index.html": page(f"Quản trị nội dung: {settings['SITENAME']}", settings["EDITOR_APP_PACKAGE"]).encode(),
    }
    found.update({f"chunks/{chunk.name}": chunk.read_bytes() for chunk in (app / CHUNKS).glob("*.js")})
    found.update({f"{LOCALES}/{locale.name}": locale.read_bytes() for locale in (app / LOCALES).glob("*.json")})
    return found


def write(folder, settings, config_text):
    """The app's files into `folder`, which builds keep (OUTPUT_RETENTION): a file already
    holding the same bytes is left as it is, one no longer part of the app is removed."""
    folder = Path(folder)
    wanted = files(settings, config_text)
    for relative, data in sorted(wanted.items()):
        path = folder / relative
        if not (path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    for path in sorted(folder.rglob("*"), reverse=True):
        if path.is_file() and path.relative_to(folder).as_posix() not in wanted:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
