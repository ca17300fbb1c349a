"""What looks like a document and is not: counts, amounts, dates, years, generic words, local congresses."""

import pytest

from plugins.features.cited_documents.detect import find_mentions


@pytest.mark.parametrize("text", [
    "Đã vận động số 25 hộ dân hiến đất làm đường.",
    "UBND huyện ban hành Quyết định khen thưởng 25 tập thể và 40 cá nhân.",
    "Hỗ trợ 250 triệu đồng xây nhà đại đoàn kết; liên hệ số điện thoại 0912345678.",
    "Kết quả năm 2019 tăng 5% so với năm 2018.",
    "Kế hoạch 5 năm 2021 - 2025 của huyện; kế hoạch 6 tháng cuối năm.",
    "Kế hoạch 2020 được triển khai sớm.",
    "Quyết định 25 hộ được hỗ trợ; Chương trình 3 ngày; Đề án 2 buổi.",
    "Quán triệt Nghị quyết Đại hội Đảng bộ huyện lần thứ XX, nhiệm kỳ 2020 - 2025.",
    "Nghị quyết Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VII",
    "Về kết quả thực hiện Quy chế dân chủ ở cơ sở năm 2020",
    "Ủy ban nhân dân huyện đã ban hành công văn chỉ đạo các xã; các công văn, kế hoạch của huyện.",
    "Nghị quyết Trung ương lần thứ nhất chỉ rõ vai trò của công tác vận động quần chúng.",
    "Nghị quyết ngày 12/12/2013 của Bộ Chính trị; Quyết định ngày 5-6-2020.",
    "đảm bảo cuộc bầu cử diễn ra dân chủ, đúng luật; chính sách, pháp luật Nhà nước; Luật sư tư vấn.",
    "Hiến pháp và pháp luật được tôn trọng; Luật này có hiệu lực.",
    "Ban hành kèm theo quyết định số /QĐ-UBND ngày tháng năm 2013",
    "Giá trị sản xuất đạt 10.473 tỷ đồng, đạt 50,06% kế hoạch.",
    "xử lý kỷ luật Đảng viên vi phạm; kỷ luật tổ chức đảng; XỬ LÝ KỶ LUẬT TỔ CHỨC ĐẢNG VI PHẠM",
    "Kỷ luật Đảng là nghiêm minh; kỉ luật Nhà nước; theo điều luật Đất đai; quy luật Phát triển.",
    "Luật sư Nguyễn Văn An tư vấn; luật pháp Việt Nam; luật lệ Giao thông.",
])
def test_gives_nothing(text):
    assert find_mentions(text) == []


def test_a_congress_of_the_party_counts_but_not_a_provincial_one():
    found = find_mentions("thực hiện Nghị quyết Đại hội XI Đảng bộ tỉnh và Nghị quyết Đại hội XIII của Đảng.")
    assert [m.citation.name for m in found] == ["Nghị quyết Đại hội XIII của Đảng"]


def test_kind_words_that_are_verbs_need_so_or_a_symbol_in_lower_case():
    assert find_mentions("Thái Hòa thứ 10 (486) quy định 25 nhà là 1 lý; hội nghị quyết định 3 vấn đề") == []
    assert [m.citation.label for m in find_mentions("các quyết định số 217 và quy định 124-QĐ/TW")] == [
        "Quyết định số 217", "Quy định số 124-QĐ/TW"]


def test_a_law_after_quy_dinh_still_counts():
    assert [m.citation.label for m in find_mentions("theo quy định Luật Đất đai và pháp luật")] == ["Luật Đất đai"]
