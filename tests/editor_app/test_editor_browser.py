"""An editor writes an article in /quan-tri/ with the app's in-browser backend, saves it as a draft,
then publishes it: the file the app wrote passes `./dev check` and builds into the right page."""

import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from editorsite import GUIDE_ENV, GUIDE_SCREENSHOTS, build_editor_site, content, read_site_settings
from sitebuild import write_files

from plugins.features.front_matter.check import check_content
from plugins.libs import slugs
from plugins.libs.static_site_server import serve

pytestmark = pytest.mark.build

TITLE = "Đảng ủy xã Tân Lập đối thoại với Nhân dân về thực hiện dân chủ ở cơ sở"
BODY = ("Sáng 15/3, Đảng ủy xã tổ chức hội nghị đối thoại trực tiếp với Nhân dân.", "Đoạn thứ hai: ý kiến của bà con.")
ORGANIZATIONS = ("Ban Dân vận", "Hội Nông dân")
LOCAL = ("127.0.0.1", "localhost")
# The test backend keeps the repository in the browser's origin private file system.
READ_REPOSITORY = """async () => {
  const files = {};
  async function walk(folder, prefix) {
    for await (const [name, handle] of folder.entries()) {
      if (handle.kind === "directory") await walk(handle, prefix + name + "/");
      else files[prefix + name] = Array.from(new Uint8Array(await (await handle.getFile()).arrayBuffer()));
    }
  }
  await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle("sveltia-cms-test"), "");
  return files;
}"""


@pytest.fixture
def shots(tmp_path):
    """Where the guide's screenshots go: a temporary folder, or docs/ for `./dev screenshots`."""
    folder = Path(os.environ.get(GUIDE_ENV) or tmp_path / "shots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def context(browser):
    """A Vietnamese browser on a closed network: what leaves the local server is refused and noted."""
    context = browser.new_context(viewport={"width": 1280, "height": 860}, locale="vi-VN")
    context.outside = []

    def refuse(route):
        context.outside.append(route.request.url)
        route.abort()

    context.route(lambda url: urlsplit(url).hostname not in LOCAL, refuse)
    yield context
    context.close()


def field(page, name):
    """The form's field (the preview pane repeats the key path)."""
    return page.locator(f"section.field[data-key-path={name}]")


def repository(page):
    return {path: bytes(data) for path, data in page.evaluate(READ_REPOSITORY).items()}


def front_matter(text):
    return yaml.safe_load(text.split("---\n")[1])


def save(page):
    page.get_by_role("button", name="Lưu", exact=True).click()
    # Saved, the app goes back to the list (its notice may be gone already on a busy machine).
    field(page, "title").wait_for(state="detached", timeout=60_000)


def picture(context):
    """A PNG for the article's image, drawn by the browser."""
    page = context.new_page()
    page.set_content('<body style="margin:0"><div style="width:320px;height:200px;'
                     'background:linear-gradient(135deg,#9b1c1c,#e0a800)"></div></body>')
    data = page.screenshot(clip={"x": 0, "y": 0, "width": 320, "height": 200})
    page.close()
    return data


def check_and_build(root, files):
    """The saved repository's content folder checked as `./dev check` does, then built."""
    site_files = {**content(), **{path.removeprefix("content/"): data for path, data in files.items()}}
    write_files(root / "content", site_files)
    result = check_content(read_site_settings(root))
    assert [str(error) for error in result.errors] == []
    assert result.checked == 3  # the vocabulary and both articles
    return build_editor_site(root, site_files)


def test_the_sign_in_page_offers_github_in_vietnamese(tmp_path, context, shots):
    site = build_editor_site(tmp_path, EDITOR_APP_BACKEND="github", EDITOR_APP_REPOSITORY="ban-dan-van/luu-tru")
    page = context.new_page()
    with serve(site.output) as base:
        page.goto(base + "quan-tri/")
        page.get_by_role("button", name="Đăng nhập bằng mã truy cập").wait_for()
        page.screenshot(path=shots / GUIDE_SCREENSHOTS[0], animations="disabled")
    # Only GitHub's status page, which the app reads before signing in.
    assert {urlsplit(url).hostname for url in context.outside} <= {"www.githubstatus.com"}


def test_an_article_written_in_the_app_is_checked_and_built(editor_site, context, shots, tmp_path):
    page = context.new_page()
    with serve(editor_site.output) as base:
        page.goto(base + "quan-tri/")
        page.get_by_role("button", name="Làm việc với kho mã nguồn thử nghiệm").click()
        page.get_by_role("button", name="Tạo bài viết mới").first.click()
        field(page, "image").wait_for()  # the form is ready: a value typed earlier would be lost

        page.get_by_role("textbox", name="Tiêu đề").fill(TITLE)
        field(page, "date").locator("input[type=datetime-local]").fill("2025-03-15T08:30")
        field(page, "category").get_by_role("radio", name="Giao ban").click()
        choose = field(page, "organizations").get_by_role("combobox")
        for name in ORGANIZATIONS:
            choose.focus()
            if choose.get_attribute("aria-expanded") != "true":
                page.keyboard.press("Enter")
            page.get_by_role("option", name=name, exact=True).click()
        field(page, "period").scroll_into_view_if_needed()  # the app draws the last fields on scrolling
        field(page, "body").scroll_into_view_if_needed()
        page.get_by_role("textbox", name="Nội dung").click()
        page.keyboard.type(BODY[0])
        page.keyboard.press("Enter")
        page.keyboard.type(BODY[1])
        field(page, "title").scroll_into_view_if_needed()
        page.screenshot(path=shots / GUIDE_SCREENSHOTS[1], animations="disabled")

        photo = tmp_path / "hoi-nghi-doi-thoai.png"
        photo.write_bytes(picture(context))
        field(page, "image").locator("input[type=file]").first.set_input_files(photo)
        field(page, "image").scroll_into_view_if_needed()
        field(page, "image").get_by_text(photo.name).wait_for()
        page.screenshot(path=shots / GUIDE_SCREENSHOTS[2], animations="disabled")

        field(page, "status").get_by_role("radio", name="Bản nháp", exact=True).click()
        field(page, "status").scroll_into_view_if_needed()
        page.screenshot(path=shots / GUIDE_SCREENSHOTS[3], animations="disabled")
        save(page)
        draft = repository(page)

        page.get_by_text(TITLE).first.click()
        field(page, "status").get_by_role("radio", name="Xuất bản", exact=True).click()
        field(page, "status").scroll_into_view_if_needed()
        page.screenshot(path=shots / GUIDE_SCREENSHOTS[4], animations="disabled")
        save(page)
        published = repository(page)

    assert context.outside == []
    (article_path,) = [path for path in published if path.startswith("content/articles/")]
    assert article_path == f"content/articles/2025/{slugs.slug_for(TITLE, {})}.md"  # the year of its date
    (image_path,) = [path for path in published if path.startswith("content/images/")]
    assert published[image_path] == photo.read_bytes()

    saved = front_matter(draft[article_path].decode())
    assert saved["status"] == "draft"
    meta = front_matter(published[article_path].decode())
    assert meta["title"] == TITLE and meta["status"] == "published"
    assert str(meta["date"]).startswith("2025-03-15") and "+07:00" in str(meta["date"])
    assert meta["organizations"] == ["ban-dan-van", "hoi-nong-dan"]
    assert meta["image"] == "/images/" + Path(image_path).name

    draft_site = check_and_build(tmp_path / "draft", draft)
    assert draft_site.exists(f"ban-nhap/{slugs.slug_for(TITLE, {})}/")
    assert not draft_site.exists(f"2025/03/{slugs.slug_for(TITLE, {})}/")

    site = check_and_build(tmp_path / "published", published)
    soup = site.soup(f"2025/03/{slugs.slug_for(TITLE, {})}/")
    assert soup.find("h1").get_text(" ", strip=True).replace("\xa0", " ") == TITLE  # no widow: last space non-breaking
    assert soup.find("time")["datetime"].startswith("2025-03-15T08:30:00+07:00")
    paragraphs = [p.get_text(" ", strip=True).replace("\xa0", " ") for p in soup.select("main p")]
    assert [paragraph for paragraph in BODY if paragraph not in paragraphs] == [], paragraphs
    links = {a["href"].strip("/").rpartition("/")[2] for a in soup.select("main a[href*='to-chuc/']")}
    assert {"ban-dan-van", "hoi-nong-dan"} <= links
