import pytest

from plugins.features.organizations.vocabulary import VocabularyError, parse_vocabulary

GROUPS = """\
groups:
  - id: mat-tran-doan-the
    name: Mặt trận và đoàn thể
organizations:
"""


def parse(organizations):
    return parse_vocabulary("organizations.yml", GROUPS + organizations)


def error_of(organizations):
    with pytest.raises(VocabularyError) as caught:
        parse(organizations)
    return str(caught.value)


def test_real_vocabulary_covers_every_group(vocabulary):
    groups = {organization.group.id for organization in vocabulary.organizations}
    assert groups == {group.id for group in vocabulary.groups}
    assert {"mttq", "ban-dan-van", "hoi-lhpn", "ubnd", "cong-an"} <= set(vocabulary.by_id)


def test_real_vocabulary_names_are_vietnamese(vocabulary):
    assert vocabulary.get("hoi-lhpn").name == "Hội Liên hiệp Phụ nữ"
    assert vocabulary.get("mttq").group.name == "Mặt trận và đoàn thể"


def test_parses_an_organization():
    vocabulary = parse("  - id: hoi-nong-dan\n    name: Hội Nông dân\n    group: mat-tran-doan-the\n    aliases: [Hội Nông dân]\n")
    organization = vocabulary.get("hoi-nong-dan")
    assert organization.terms == ("Hội Nông dân",)
    assert organization.description == ""


def test_unknown_key_names_its_line():
    message = error_of("  - id: mttq\n    name: MTTQ\n    group: mat-tran-doan-the\n    alias: [MTTQ]\n")
    assert message.startswith("organizations.yml:8: ")
    assert "'alias'" in message


def test_missing_group_is_an_error():
    message = error_of("  - id: mttq\n    name: MTTQ\n    aliases: [MTTQ]\n")
    assert message.startswith("organizations.yml:5: ")
    assert "'group'" in message


def test_undeclared_group_is_an_error():
    message = error_of("  - id: mttq\n    name: MTTQ\n    group: doan-the\n    aliases: [MTTQ]\n")
    assert message.startswith("organizations.yml:7: ") and "doan-the" in message


def test_duplicate_id_is_an_error():
    entry = "  - id: mttq\n    name: MTTQ\n    group: mat-tran-doan-the\n    aliases: [{}]\n"
    message = error_of(entry.format("MTTQ") + entry.format("Mặt trận Tổ quốc"))
    assert message.startswith("organizations.yml:9: ") and "mttq" in message


def test_alias_of_two_organizations_is_an_error_whatever_its_case_or_tone_placement():
    message = error_of(
        "  - id: a\n    name: A\n    group: mat-tran-doan-the\n    aliases: [Uỷ ban Phụ nữ]\n"
        "  - id: b\n    name: B\n    group: mat-tran-doan-the\n    aliases:\n      - ỦY BAN PHỤ NỮ\n"
    )
    assert message.startswith("organizations.yml:13: ") and "'a'" in message


def test_id_must_be_an_ascii_slug():
    assert "mã" in error_of("  - id: Hội ND\n    name: A\n    group: mat-tran-doan-the\n    aliases: [A]\n")


def test_organization_needs_something_to_detect():
    message = error_of("  - id: a\n    name: A\n    group: mat-tran-doan-the\n")
    assert message.startswith("organizations.yml:5: ")


def test_yaml_syntax_error_keeps_its_line():
    message = error_of("  - id: a\n    name: [unclosed\n")
    assert message.startswith("organizations.yml:")
    assert "YAML" in message


def test_aliases_that_only_fold_alike_may_belong_to_two_organizations():
    vocabulary = parse(
        "  - id: quan-doan\n    name: A\n    group: mat-tran-doan-the\n    aliases: [Quận Đoàn]\n"
        "  - id: quan-su\n    name: B\n    group: mat-tran-doan-the\n    aliases: [Quân đoàn]\n"
    )
    assert [organization.id for organization in vocabulary.organizations] == ["quan-doan", "quan-su"]


def test_misspelt_key_suggests_the_known_one():
    message = error_of("  - id: mttq\n    name: MTTQ\n    gruop: mat-tran-doan-the\n    aliases: [MTTQ]\n")
    assert message.startswith("organizations.yml:7: tổ chức mttq: khóa 'gruop' không hợp lệ")
    assert "có phải ý bạn là 'group'?" in message


def test_misspelt_top_level_key_is_an_error():
    with pytest.raises(VocabularyError) as caught:
        parse_vocabulary("organizations.yml", GROUPS.replace("organizations:", "organisations:"))
    assert "organizations.yml:4: danh mục: khóa 'organisations' không hợp lệ" in str(caught.value)


@pytest.mark.parametrize("written", ['""', "", "'   '"])
def test_empty_id_is_refused(written):
    message = error_of(f"  - id: {written}\n    name: A\n    group: mat-tran-doan-the\n    aliases: [A]\n")
    assert message.startswith("organizations.yml:5: tổ chức: 'id' phải là một đoạn văn bản không rỗng")


@pytest.mark.parametrize("written", ["123", "2020-2025", "'0'"])
def test_id_without_a_letter_is_refused(written):
    message = error_of(f"  - id: {written}\n    name: A\n    group: mat-tran-doan-the\n    aliases: [A]\n")
    assert message.startswith("organizations.yml:5: tổ chức: 'id': mã ")
    assert "chữ cái" in message


def test_every_problem_of_the_file_is_reported():
    with pytest.raises(VocabularyError) as caught:
        parse(
            "  - id: a\n    name: A\n    group: mat-tran-doan-the\n    alias: [A]\n"
            "  - id: b\n    name: [B]\n    group: mat-tran-doan-the\n    aliases: [B]\n"
        )
    assert [problem.line for problem in caught.value.problems] == [8, 10]
    assert str(caught.value).splitlines()[1].startswith("organizations.yml:10: tổ chức b: 'name' phải là")
