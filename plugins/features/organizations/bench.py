"""Time organization detection against just reading and folding the same text.

    .venv/bin/python -m plugins.features.organizations.bench tests/organizations/fixtures/*.txt

Files are repeated up to `--articles` (10,000 by default), the size of a large archive.
"""

import argparse
import time
from pathlib import Path

from plugins.libs.vietnamese_text import fold

from .detect import Detector
from .vocabulary import load_vocabulary

DEFAULT_VOCABULARY = Path(__file__).resolve().parents[3] / "content" / "data" / "organizations.yml"


def _seconds(function, texts):
    start = time.perf_counter()
    for text in texts:
        function(text)
    return time.perf_counter() - start


def measure(texts, articles=10_000, vocabulary_path=DEFAULT_VOCABULARY):
    """{'baseline', 'detect', 'compile'} seconds and 'share' = detect / baseline."""
    corpus = [texts[index % len(texts)] for index in range(articles)]
    start = time.perf_counter()
    detector = Detector(load_vocabulary(vocabulary_path))
    compile_seconds = time.perf_counter() - start
    baseline = _seconds(lambda text: fold(text), corpus)
    detect = _seconds(detector.detect, corpus)
    return {
        "articles": articles,
        "characters": sum(map(len, corpus)),
        "compile": compile_seconds,
        "baseline": baseline,
        "detect": detect,
        "share": detect / baseline,
    }


def report(result):
    per_article = 1000 * result["detect"] / result["articles"]
    return (
        f"{result['articles']} bài, {result['characters'] / 1e6:.1f} triệu ký tự\n"
        f"đọc + chuẩn hóa (fold): {result['baseline']:.2f} s\n"
        f"nhận dạng tổ chức:      {result['detect']:.2f} s ({per_article:.2f} ms/bài, "
        f"{result['share']:.1f} lần fold); biên dịch mẫu {result['compile']:.2f} s"
    )


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path, help="tệp văn bản bài viết (UTF-8)")
    parser.add_argument("--articles", type=int, default=10_000)
    options = parser.parse_args(argv)
    texts = [path.read_text(encoding="utf-8") for path in options.files]
    print(report(measure(texts, options.articles)))


if __name__ == "__main__":
    main()
