"""A generated archive of N articles in the content model, from the archive's own paragraphs.

Deterministic for a given seed, so two runs measure the same content.
"""

import random
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
VIETNAM = timezone(timedelta(hours=7))
UNITS = [
    "Huyện Kim Sơn", "Thị xã Kỳ Anh", "Thị xã Hòa Thành", "Thị xã Hoàng Mai", "Huyện Yên Khánh",
    "Huyện Nho Quan", "Huyện Gia Viễn", "Thị xã Hương Trà", "Huyện Tĩnh Gia", "Huyện Đức Thọ",
]
CATEGORIES = ["Giao ban", "Tổng kết năm", "Tin hoạt động"]
HEADLINES = [
    "Hội nghị giao ban công tác dân vận {period} năm {year}",
    "Kết quả thực hiện công tác Dân vận năm {year}",
    "{unit} triển khai phong trào thi đua “Dân vận khéo” năm {year}",
    "Ban Dân vận Huyện ủy kiểm tra thực hiện quy chế dân chủ ở cơ sở {period} năm {year}",
    "Ủy ban MTTQ Việt Nam {unit} tổng kết cuộc vận động “Toàn dân đoàn kết” năm {year}",
    "Hội Nông dân và Hội Liên hiệp Phụ nữ {unit} ra quân xây dựng nông thôn mới",
    "Đoàn Thanh niên {unit} tổ chức Tháng Thanh niên năm {year}",
]
PERIODS = ["quý I", "6 tháng đầu năm", "9 tháng đầu năm", "quý IV"]
FIGURE = re.compile(r"^\s*<figure")


def real_paragraphs(content=ROOT / "content" / "articles"):
    """Body paragraphs of the committed articles (figures left out)."""
    paragraphs = []
    for path in sorted(content.rglob("*.md")):
        body = path.read_text(encoding="utf-8").split("\n---\n", 1)[1]
        paragraphs += [p.strip() for p in body.split("\n\n") if p.strip() and not FIGURE.match(p)]
    if not paragraphs:
        raise SystemExit(f"{content}: no articles to take paragraphs from")
    return paragraphs


def organization_ids(vocabulary=ROOT / "content" / "data" / "organizations.yml"):
    if not vocabulary.is_file():
        return []
    data = yaml.safe_load(vocabulary.read_text(encoding="utf-8"))
    entries = data.get("organizations", data) if isinstance(data, dict) else data
    return [entry["id"] for entry in entries]


def generate(count, destination, seed=2024):
    """Write `count` articles under destination/articles/<year>/; returns their paths."""
    rng = random.Random(seed)
    paragraphs = real_paragraphs()
    organizations = organization_ids()
    start = datetime(2010, 1, 1, tzinfo=VIETNAM)
    span_minutes = 16 * 365 * 24 * 60
    paths = []
    for number in range(1, count + 1):
        date = start + timedelta(minutes=rng.randrange(span_minutes))
        unit = rng.choice(UNITS)
        title = rng.choice(HEADLINES).format(period=rng.choice(PERIODS), year=date.year, unit=unit)
        meta = {
            "title": f"{title} (tin số {number})",
            "date": date.replace(second=0).isoformat(),
            "category": rng.choice(CATEGORIES),
            "unit": unit,
            "author": rng.choice(["Ngô Quyền", "Nguyễn Thu", "Văn phòng Huyện ủy", "Ban Dân vận"]),
        }
        if organizations and rng.random() < 0.5:
            meta["organizations"] = rng.sample(organizations, k=min(2, len(organizations)))
        body = "\n\n".join(rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(3, 8))))
        path = Path(destination) / "articles" / str(date.year) / f"tin-{number:05d}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
        path.write_text(f"---\n{front}---\n{body}\n", encoding="utf-8")
        paths.append(path)
    return paths
