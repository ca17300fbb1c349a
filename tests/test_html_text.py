"""The two readings of an HTML fragment's text, and where they part."""

from plugins.libs.html_text import text_with_tags_as_spaces, visible_text


def test_visible_text_keeps_a_word_with_inline_markup_whole_and_collapses_spaces():
    assert visible_text("<p>Đ<em>ả</em>ng   ủy &amp; <!-- ghi chú -->Mặt&nbsp;trận</p>") == "Đảng ủy & Mặt\xa0trận"


def test_text_with_tags_as_spaces_never_glues_words_across_a_tag():
    assert text_with_tags_as_spaces("<td>Hội Nông dân</td><td>Mặt trận</td>a<br>b") == " Hội Nông dân  Mặt trận a b"
    assert visible_text("<td>Hội Nông dân</td><td>Mặt trận</td>a<br>b") == "Hội Nông dânMặt trậnab"
