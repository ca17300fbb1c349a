from plugins.features.organizations.bench import measure, report
from organization_fixtures import FIXTURES


def test_bench_times_detection_against_folding():
    texts = [path.read_text(encoding="utf-8") for path in sorted(FIXTURES.glob("*.txt"))]
    result = measure(texts, articles=10)
    assert result["articles"] == 10
    assert result["characters"] == sum(len(texts[index % len(texts)]) for index in range(10))
    assert result["share"] == result["detect"] / result["baseline"] > 0
    assert "nhận dạng tổ chức" in report(result)
