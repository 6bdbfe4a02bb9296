from __future__ import annotations

import pytest

from reportmine import config, resources


@pytest.fixture
def user_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("REPORTMINE_RESOURCES", str(tmp_path))
    resources.clear_cache()
    config.config_hash.cache_clear()
    yield tmp_path
    monkeypatch.delenv("REPORTMINE_RESOURCES")
    resources.clear_cache()
    config.config_hash.cache_clear()


def test_user_lines_are_appended_after_package_lines(user_dir):
    base = resources.load_lines("userdict.txt")
    (user_dir / "userdict.txt").write_text("# mine\n清廉机关建设 1000 n\n", encoding="utf-8")
    resources.clear_cache()
    lines = resources.load_lines("userdict.txt")
    assert lines[: len(base)] == base and lines[-1] == "清廉机关建设 1000 n"


def test_user_json_merges(user_dir):
    (user_dir / "field_labels.json").write_text('{"editor": ["值班编辑"]}', encoding="utf-8")
    resources.clear_cache()
    assert resources.load_json("field_labels.json")["editor"] == ["值班编辑"]
    assert "source" in resources.load_json("field_labels.json")


def test_missing_resource_is_a_clear_error():
    with pytest.raises(FileNotFoundError, match="no resource file"):
        resources.load_lines("does-not-exist.txt")


def test_config_hash_changes_with_a_user_lexicon(user_dir):
    before = config.config_hash()
    (user_dir / "userdict.txt").write_text("新词条 10 n\n", encoding="utf-8")
    config.config_hash.cache_clear()
    assert config.config_hash() != before


def test_user_tsv_rows_use_their_own_header(user_dir, tmp_path):
    name = "probe_table.tsv"
    (user_dir / name).write_text("a\tb\n1\t2\n", encoding="utf-8")
    resources.clear_cache()
    assert resources.load_table(name) == ({"a": "1", "b": "2"},)


def test_a_tsv_row_without_its_key_is_skipped_with_a_warning(user_dir, caplog):
    (user_dir / "probe_keys.tsv").write_text("word\trole\n\ttail\n达到\ttail\n", encoding="utf-8")
    resources.clear_cache()
    with caplog.at_level("WARNING", logger="reportmine.resources"):
        assert resources.load_table("probe_keys.tsv") == ({"word": "达到", "role": "tail"},)
    assert "empty 'word'" in caplog.text
