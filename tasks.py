"""Project commands (Invoke). Run them through ./dev, which prepares .venv first."""

import os
import shlex
import shutil
import sys
from datetime import datetime
from pathlib import Path

import yaml
from invoke import Exit, task

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

SETTINGS_DEV = ROOT / "pelicanconf.py"
SETTINGS_PUBLISH = ROOT / "publishconf.py"
HOST = "127.0.0.1"
PORT = 8000
# Debian packages the tests drive for real: {command that must exist: package}.
SYSTEM_PACKAGES = {
    "/usr/bin/chromium": "chromium",
    "/usr/bin/java": "default-jre-headless",  # the Nu HTML validator
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf": "fonts-dejavu-core",  # Vietnamese glyphs
}


def _settings(path=SETTINGS_DEV, content=None):
    """Pelican settings; `content` replaces PATH (tests and other content trees)."""
    from pelican.settings import read_settings  # noqa: PLC0415 - keeps `invoke --list` fast

    if content and not os.path.isdir(content):
        raise Exit(f"{content}: không có thư mục nội dung này", 1)
    override = {"PATH": os.path.abspath(content)} if content else None
    return read_settings(str(path), override=override)


def _pelican(c, settings_file, *extra):
    args = ["-m", "pelican", "-s", str(settings_file), *extra]
    c.run(shlex.join([sys.executable, *args]), pty=sys.stdout.isatty())


@task
def build(c):
    """Build the site from content/ into output/ (development settings)."""
    _pelican(c, SETTINGS_DEV)


@task
def clean(c):
    """Remove the generated site and Pelican's cache."""
    settings = _settings()
    for folder in (settings["OUTPUT_PATH"], settings["CACHE_PATH"]):
        shutil.rmtree(ROOT / folder, ignore_errors=True)


@task(pre=[clean])
def rebuild(c):
    """Build from scratch, ignoring any cache."""
    _pelican(c, SETTINGS_DEV, "--ignore-cache")


@task(help={"port": f"port to listen on (default {PORT})"})
def serve(c, port=PORT):
    """Build the site, then serve output/ on http://localhost:PORT/ as GitHub Pages would (404.html, redirects)."""
    from plugins.libs.static_site_server import make_server, serve_until_interrupted  # noqa: PLC0415

    build(c)
    try:
        server = make_server(ROOT / _settings()["OUTPUT_PATH"], HOST, int(port))
    except OSError as error:
        raise Exit(f"Không mở được cổng {port} ({error.strerror}): thử ./dev serve --port {int(port) + 1}", 1) from None
    print(f"Xem trang tại http://localhost:{port}/  (Ctrl+C để dừng)", flush=True)
    serve_until_interrupted(server)


@task(help={"port": f"port to listen on (default {PORT})"})
def livereload(c, port=PORT):
    """Serve the site and rebuild it, refreshing the browser, whenever a file changes."""
    from livereload import Server  # noqa: PLC0415
    from pelican import main as pelican_main  # noqa: PLC0415

    settings = _settings()

    def rebuild_site():
        try:
            pelican_main(["-s", str(SETTINGS_DEV)])
        except SystemExit as stop:  # a content error: report it, keep serving
            if stop.code:
                print("Lỗi khi xây dựng trang, xem thông báo phía trên.", file=sys.stderr)

    rebuild_site()
    server = Server()
    for pattern in (
        str(SETTINGS_DEV),
        f"{settings['PATH']}/**/*",
        f"{settings['THEME']}/**/*",
        "plugins/**/*.py",
    ):
        server.watch(pattern, rebuild_site)
    server.serve(host=HOST, port=port, root=settings["OUTPUT_PATH"])


@task
def preview(c):
    """Build with the production settings (publishconf.py; SITEURL from the environment)."""
    _pelican(c, SETTINGS_PUBLISH)


@task(help={"title": "the headline, in Vietnamese", "category": "e.g. Giao ban",
            "content": "content folder (default: PATH of pelicanconf.py)"})
def new(c, title, category="Tin hoạt động", content=None):
    """Create content/articles/<year>/<slug>.md with its front matter filled in."""
    from plugins.libs.slugs import slug_for  # noqa: PLC0415
    from plugins.libs.timezone import site_zone  # noqa: PLC0415

    settings = _settings(content=content)
    now = datetime.now(site_zone(settings)).replace(microsecond=0)
    folder = Path(settings["PATH"]) / settings["ARTICLE_PATHS"][0] / f"{now:%Y}"
    slug = slug_for(title, settings)
    if not slug:
        raise Exit(
            f"Tiêu đề {title!r} không có chữ cái hay chữ số nào để làm tên tệp và địa chỉ bài: "
            "hãy viết tiêu đề bằng chữ", 1,
        )
    path = folder / f"{slug}.md"
    if path.exists():
        raise Exit(f"{os.path.relpath(path)}: đã có bài này; hãy sửa tệp đó hoặc đặt tiêu đề khác", 1)
    front_matter = yaml.safe_dump(
        {"title": title, "date": now.isoformat(), "category": category},
        allow_unicode=True,
        sort_keys=False,
    )
    folder.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f"---\n{front_matter}"
        "# unit: Huyện ...\n# author: Họ và tên\n# author_title: Chức vụ\n"
        "---\n\nViết nội dung bài ở đây.\n",
        encoding="utf-8",
    )
    print(os.path.relpath(path))


@task(name="import")
def import_pages(c):
    """Import legacy portal pages: ./dev import -- PATH... [--dest DIR] [--unit NAME] [--category NAME] [--force] [--jobs N] [--images DIR]

    Everything after `--` goes to the importer (`./dev import -- --help` lists it):
    Invoke cannot take a variable number of paths, which a shell glob gives. The
    words are read from sys.argv because Invoke's c.remainder loses their quoting.
    """
    from importer.cli import main  # noqa: PLC0415

    argv = sys.argv[sys.argv.index("--") + 1 :] if "--" in sys.argv else []
    if not argv:
        raise Exit("Cách dùng: ./dev import -- TỆP_HOẶC_THƯ_MỤC... [--dest THƯ_MỤC] [--unit TÊN] [--category TÊN] [--force] [--jobs N] [--images THƯ_MỤC]", 2)
    code = main(argv)
    if code:
        raise Exit(code=code)


@task(help={"content": "content folder (default: PATH of pelicanconf.py)",
            "github": "also print GitHub Actions annotations (on by itself when GITHUB_ACTIONS=true)"})
def check(c, content=None, github=False):
    """Validate every content file without building; list what editors must review."""
    from plugins.features.front_matter.check import check_content  # noqa: PLC0415
    from plugins.libs.github_annotations import content_annotations  # noqa: PLC0415

    result = check_content(_settings(content=content))
    if github or os.environ.get("GITHUB_ACTIONS") == "true":
        # On stdout, where the runner reads workflow commands; paths relative to the checkout.
        for line in content_annotations(result, os.environ.get("GITHUB_WORKSPACE") or ROOT):
            print(line, flush=True)
    for path, line, item in result.reviews:
        print(f"{os.path.relpath(path)}:{line}: cần kiểm tra: {item}")
    for error in result.errors:
        print(error, file=sys.stderr)
    print(f"Đã kiểm tra {result.checked} tệp: {len(result.errors)} lỗi, {len(result.reviews)} mục cần kiểm tra.")
    if result.errors:
        raise Exit(code=1)


@task
def system(c):
    """Install the Debian packages the tests use (Chromium), with apt-get update first."""
    missing = sorted({pkg for path, pkg in SYSTEM_PACKAGES.items() if not os.path.exists(path)})
    if not missing:
        return
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    if sudo and not shutil.which("sudo"):
        raise Exit(f"Cần cài gói Debian: {' '.join(missing)} (apt-get install, quyền root)", 1)
    env = {"DEBIAN_FRONTEND": "noninteractive"}
    c.run(shlex.join([*sudo, "apt-get", "update", "-q"]), env=env)
    c.run(shlex.join([*sudo, "apt-get", "install", "-y", "-q", "--no-install-recommends", *missing]), env=env)


@task(pre=[system])
def screenshots(c):
    """Retake the screenshots of the editor guide (README) into docs/images/quan-tri/.

    The browser test of /quan-tri/ takes them on every run into a temporary folder;
    only this command points it at docs/, so `./dev test` never changes tracked files.
    """
    folder = ROOT / "docs" / "images" / "quan-tri"
    folder.mkdir(parents=True, exist_ok=True)
    command = shlex.join([sys.executable, "-m", "pytest", "-q", "tests/editor_app/test_editor_browser.py"])
    result = c.run(command, env={"EDITOR_GUIDE_SCREENSHOTS": str(folder)}, warn=True, pty=sys.stdout.isatty())
    if result.exited:
        raise Exit("Chưa chụp xong ảnh hướng dẫn: bài kiểm tra trình soạn thảo lỗi (xem phía trên)", result.exited)
    print(f"Ảnh hướng dẫn đã ghi vào {os.path.relpath(folder)}/")


@task(help={
    "sizes": "article counts, comma-separated (default 1000,10000)", "keep": "keep the sites in this folder",
    "cost_of": "plugins, comma-separated: the site with and without them, in turns, at the largest size",
    "rounds": "with --cost-of: builds of each side (default 3)",
    "setting": "with --cost-of: KEY=JSON for every site built, e.g. DOCUMENTS_DETECT=false",
    "derived_only": "with --cost-of: without = the plugins kept, only what they derive while reading dropped",
})
def bench(c, sizes="1000,10000", keep=None, cost_of=None, rounds=3, setting=None, derived_only=False):
    """Build benchmark: our full site against vanilla Pelican on generated articles."""
    if cost_of:
        from benchmarks.feature_cost import main  # noqa: PLC0415

        size = max(int(size) for size in sizes.split(","))
        changed = (["--setting", setting] if setting else []) + (["--derived-only"] if derived_only else [])
        main([*cost_of.split(","), "--size", str(size), "--rounds", str(rounds), *changed])
        return
    from benchmarks.build import main  # noqa: PLC0415

    main(["--sizes", *sizes.split(","), *(["--keep", keep] if keep else [])])


@task(pre=[system], help={"args": "extra arguments for pytest, e.g. -k dates"})
def test(c, args=""):
    """Install what the tests need, then run the test suite: ./dev test [-- PYTEST OPTIONS...]

    Everything after `--` goes to pytest, e.g. `./dev test -- -m "not browser"` for the
    quick loop without Chromium; the words are read from sys.argv, as for `./dev import`.
    """
    options = sys.argv[sys.argv.index("--") + 1 :] if "--" in sys.argv else []
    command = shlex.join([sys.executable, "-m", "pytest", *options]) + (f" {args}" if args else "")
    result = c.run(command, warn=True, pty=sys.stdout.isatty())
    if result.exited == 5:
        raise Exit("pytest found no tests: that is a failure, not a pass", 5)
    if result.exited:
        raise Exit(code=result.exited)
