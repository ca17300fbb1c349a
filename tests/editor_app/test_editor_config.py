"""The editor's config.yml is made from the content model: every field accounted for, choices from the site."""

import pytest
import yaml
from editorsite import EXTRA_CATEGORY, EXTRA_ORGANIZATION, build_editor_site
from sitebuild import ROOT

from plugins.features.editor_app import fields
from plugins.features.front_matter import schema
from plugins.features.organizations.vocabulary import read_vocabulary
from plugins.libs import slugs


def config(site):
    return yaml.safe_load((site.output / "quan-tri" / "config.yml").read_text(encoding="utf-8"))


def form(site):
    (collection,) = config(site)["collections"]
    return {field["name"]: field for field in collection["fields"]}


def test_every_schema_field_has_a_widget_or_a_reason_to_be_left_out():
    assert fields.unmapped() == set()
    assert set(fields.WIDGETS) | set(fields.NOT_EDITABLE) == set(schema.FIELDS), "no entry for a field the schema lost"
    assert set(fields.WIDGETS).isdisjoint(fields.NOT_EDITABLE)
    assert all(reason.strip() for reason in fields.NOT_EDITABLE.values())


def test_a_new_schema_field_without_a_mapping_is_named():
    assert fields.unmapped(schema.FIELDS | {"attachments"}) == {"attachments"}
    with pytest.raises(SystemExit, match="'attachments'.*fields.py"):
        raise fields.UnmappedField({"attachments"})


@pytest.mark.build
def test_a_new_schema_field_stops_the_build_naming_it(tmp_path, monkeypatch):
    monkeypatch.setattr(schema, "FIELDS", schema.FIELDS | {"location"})
    with pytest.raises(SystemExit, match="'location'") as stopped:
        build_editor_site(tmp_path)
    assert "WIDGETS hoặc NOT_EDITABLE" in str(stopped.value)
    assert not (tmp_path / "output" / "quan-tri").exists()


def test_the_form_follows_the_schema(editor_site):
    found = form(editor_site)
    assert list(found)[-1] == "body" and found["body"]["widget"] == "markdown"
    assert set(found) - {"body"} == set(fields.WIDGETS)
    assert {name for name, field in found.items() if field.get("required")} == set(schema.REQUIRED)
    assert found["date"]["widget"] == "datetime" and found["date"]["input_timezone"] == "Asia/Ho_Chi_Minh"
    assert found["source"]["pattern"][0] == "^https?://"
    assert {option["value"] for option in found["status"]["options"]} <= set(schema.STATUSES)


def test_organizations_are_the_vocabulary_with_their_names_and_new_ones_appear(editor_site):
    options = form(editor_site)["organizations"]["options"]
    assert form(editor_site)["organizations"]["multiple"] is True
    real = read_vocabulary(ROOT / "content" / "data" / "organizations.yml")
    expected = [{"label": item.name, "value": item.id} for item in real.organizations]
    assert options == [*expected, {"label": EXTRA_ORGANIZATION["name"], "value": EXTRA_ORGANIZATION["id"]}]


def test_categories_in_use_are_offered(editor_site):
    options = form(editor_site)["category"]["options"]
    assert EXTRA_CATEGORY in options and "Giao ban" in options
    assert options == sorted(set(options))


def test_files_go_to_the_year_folder_and_images_to_content_images(editor_site):
    data = config(editor_site)
    (collection,) = data["collections"]
    assert collection["folder"] == "content/articles" and collection["path"] == "{{fields.date | date('YYYY')}}/{{slug}}"
    assert collection["extension"] == "md" and collection["format"] == "yaml-frontmatter"
    assert data["media_folder"] == "content/images" and data["public_folder"] == "/images"
    assert collection["media_folder"] == "/content/images" and collection["public_folder"] == "/images"
    assert data["slug"]["encoding"] == "ascii" and data["slug"]["clean_accents"] is True
    assert data["slug"]["maxlength"] == slugs.DEFAULT_MAX_LENGTH
    assert data["backend"] == {"name": "test-repo"}
    assert data["output"]["omit_empty_optional_fields"] is True


@pytest.mark.build
def test_the_github_backend_names_the_repository(tmp_path, monkeypatch):
    monkeypatch.setenv("GITHUB_REPOSITORY", "ban-dan-van/luu-tru")
    site = build_editor_site(tmp_path, EDITOR_APP_BACKEND="github", FRONT_MATTER_SLUG_MAX_LENGTH=60)
    assert config(site)["backend"] == {"name": "github", "repo": "ban-dan-van/luu-tru", "branch": "main"}
    assert config(site)["slug"]["maxlength"] == 60


@pytest.mark.build
def test_an_unknown_backend_stops_the_build(tmp_path):
    with pytest.raises(SystemExit, match="EDITOR_APP_BACKEND"):
        build_editor_site(tmp_path, EDITOR_APP_BACKEND="git-gateway")
