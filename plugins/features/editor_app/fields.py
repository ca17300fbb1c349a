"""The editor's form, field by field, from the content model (front_matter/schema.py).

Every front-matter field is either given a widget here or listed in NOT_EDITABLE
with the reason: a field added to the schema without either stops the build,
naming it, so the form never silently lacks what the checker accepts.
"""

from plugins.features.front_matter import schema

# Not in the form, on purpose: {field: why}.
NOT_EDITABLE = {
    "slug": "the build makes the address from the title (plugins/libs/slugs.py); "
            "a hand-made slug is for fixing a clash, in the file",
    "modified": "the date of a correction to a published article: written by hand in the file",
    "exclude_organizations": "undoes a wrong automatic detection, which shows only on the built page",
    "exclude_documents": "undoes a wrong automatic detection, which shows only on the built page",
    "review": "the importer's list of things to confirm; an editor deletes it in the file once done",
    "template": "a theme choice for fixed pages, not for articles",
}


class UnmappedField(SystemExit):
    """A schema field the editor neither shows nor leaves out on purpose: stops the build."""

    def __init__(self, names):
        listed = ", ".join(f"'{name}'" for name in sorted(names))
        super().__init__(
            f"Trình soạn thảo /quan-tri/: trường {listed} của mô hình nội dung (front_matter/schema.py) "
            "chưa có trong plugins/features/editor_app/fields.py: thêm vào WIDGETS hoặc NOT_EDITABLE kèm lý do"
        )


def _text(label, hint=None, **options):
    return {"label": label, "widget": "string", **({"hint": hint} if hint else {}), **options}


def _select(label, options, multiple=False, hint=None):
    field = {"label": label, "widget": "select", "options": options, "multiple": multiple}
    return {**field, "hint": hint} if hint else field


def title(choices):
    return _text("Tiêu đề", "Tiêu đề bài, viết đủ dấu; địa chỉ bài được tạo từ tiêu đề")


def date(choices):
    return {
        "label": "Ngày giờ đăng",
        "widget": "datetime",
        # Written with the site's offset (+07:00), as `./dev new` writes it.
        "input_timezone": choices.timezone,
        "hint": f"Giờ {choices.timezone}",
    }


def category(choices):
    return _select("Chuyên mục", choices.categories, hint="Loại bài: Giao ban, Tổng kết năm, Tin hoạt động…")


def unit(choices):
    return _text("Đơn vị đăng tin", "Huyện, thị xã đăng tin, ví dụ Huyện Kim Sơn")


def organizations(choices):
    options = [{"label": name, "value": identifier} for identifier, name in choices.organizations]
    return _select(
        "Tổ chức liên quan", options, multiple=True,
        hint="Các tổ chức được nhắc trong bài cũng được nhận diện tự động",
    )


def author(choices):
    return _text("Người viết")


def author_title(choices):
    return _text("Cơ quan, chức vụ người viết")


def summary(choices):
    return {"label": "Tóm tắt", "widget": "text", "hint": "Để trống thì lấy đoạn đầu của bài"}


def source(choices):
    return _text(
        "Nguồn", "Địa chỉ nơi bài được đăng lần đầu",
        pattern=["^https?://", "Địa chỉ phải bắt đầu bằng http:// hoặc https://"],
    )


def image(choices):
    return {"label": "Ảnh đại diện", "widget": "image", "hint": "Ảnh hiện khi chia sẻ bài"}


def period(choices):
    return _text(
        "Kỳ báo cáo",
        "Để trống: kỳ được đọc từ tiêu đề. Ghi khi đọc sai, ví dụ quý I/2019, 6 tháng đầu năm 2019; "
        "'không' nếu bài không phải báo cáo định kỳ",
    )


def documents(choices):
    return {
        "label": "Văn bản được nhắc tới",
        "widget": "list",
        "hint": "Các văn bản có số trong bài được nhận diện tự động; ghi thêm văn bản bài không viết số, "
                "ví dụ Quyết định 217-QĐ/TW",
    }


def status(choices):
    return _select(
        "Trạng thái",
        [{"label": "Bản nháp", "value": "draft"}, {"label": "Xuất bản", "value": "published"}],
        hint="Bản nháp được lưu trong kho nhưng chưa hiện trên trang; chọn Xuất bản khi bài đã xong",
    )


# {schema field: its widget, made from the build's choices}, in the form's order.
WIDGETS = {
    "title": title, "date": date, "status": status, "category": category, "unit": unit,
    "organizations": organizations, "author": author, "author_title": author_title,
    "summary": summary, "source": source, "image": image, "period": period, "documents": documents,
}
BODY = {"name": "body", "label": "Nội dung", "widget": "markdown"}


def unmapped(fields=None):
    """The schema fields with neither a widget nor a reason to leave them out."""
    return set(schema.FIELDS if fields is None else fields) - set(WIDGETS) - set(NOT_EDITABLE)


def form(choices):
    """The collection's `fields`: required as the schema requires, then the body."""
    missing = unmapped()
    if missing:
        raise UnmappedField(missing)
    fields = []
    for name, widget in WIDGETS.items():
        field = {"name": name, **widget(choices), "required": name in schema.REQUIRED}
        fields.append(field)
    return [*fields, BODY]
