"""Seed articles copied from real district portals (headline on the first line, then the body), and the site's vocabulary.

Helpers live here, not in conftest.py: several test folders have a conftest,
and only one of them can be imported by that name.
"""

from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
VOCABULARY_PATH = Path(__file__).resolve().parents[2] / "content" / "data" / "organizations.yml"


def read_seed(name):
    """(headline, body) of a seed article."""
    headline, _, body = (FIXTURES / name).read_text(encoding="utf-8").partition("\n")
    return headline, body


# What an editor tags each seed with, read paragraph by paragraph. Bodies named
# only inside the title of a cited document are left out on purpose.
SEED_TAGS = {
    # Kỳ Anh 2017 annual report: every body of the district's political system acts.
    "seed_000_ky_anh_2017.txt": {
        "cap-uy", "ban-dan-van", "ubnd", "hdnd", "mttq", "cong-an", "quan-su", "bien-phong",
        "hoi-ccb", "doan-thanh-nien", "hoi-chu-thap-do", "lien-doan-lao-dong", "hoi-nong-dan",
        "hoi-lhpn",
    },
    # Kim Sơn giao ban: Thường trực Huyện ủy hosts; Ban Dân vận, UBND, MTTQ attend.
    # "các lực lượng vũ trang" names no body; "tuyển quân" is not the Ban CHQS acting.
    "seed_001_kim_son_2018.txt": {"cap-uy", "ban-dan-van", "ubnd", "mttq"},
    # Hòa Thành 2020: Hội Chữ thập đỏ appears only in the title of Chỉ thị 43-CT/TW,
    # and Ban Dân vận, the author, is never named in the text.
    "seed_002_hoa_thanh_2020.txt": {
        "cap-uy", "ubnd", "hdnd", "mttq", "ban-tuyen-giao", "cong-an", "quan-su", "hoi-lhpn",
        "doan-thanh-nien", "hoi-ccb", "hoi-nong-dan", "lien-doan-lao-dong",
    },
    # Kỳ Anh 2023: the Ban Chỉ đạo dân vận khéo / QCDC meets; its head is Chủ tịch HĐND,
    # the reporter heads Ban Dân vận and Ủy ban MTTQ. "khối đại đoàn kết" is no Đoàn.
    "seed_003_ky_anh_2023.txt": {"bcd-quy-che-dan-chu", "cap-uy", "ban-dan-van", "hdnd", "mttq"},
    # Kỳ Anh 2019: MTTQ is named in the title of Quy định 124-QĐ/TW and also acts after it.
    "seed_004_ky_anh_2019.txt": {"cap-uy", "ban-dan-van", "ubnd", "hdnd", "mttq"},
}
