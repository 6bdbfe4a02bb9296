"""The slogan lexicon's word lists, one field of ``_Sources`` per resource file."""
from __future__ import annotations

from dataclasses import fields

from reportmine import resources
from reportmine.extract import slogans as sl


def test_every_source_names_a_shipped_file() -> None:
    files = [f.metadata["file"] for f in fields(sl._Sources)]
    assert len(files) == len(set(files))
    assert [f for f in files if not (resources.PACKAGE_DIR / f).is_file()] == []


def test_the_loaded_sources_are_the_resource_files() -> None:
    src = sl._Sources.load()
    assert src.table == resources.load_table("numbered_slogans.tsv")
    assert src.phrases == resources.load_lines("slogans.txt")
    assert src.result_complements == resources.load_lines("parallel_result_complements.txt")


def test_a_lexicon_builds_from_a_few_lists() -> None:
    lex = sl._build_lexicon(sl._Sources(
        table=({"name": "两个维护", "aliases": "", "expansion": "甲|乙"},), phrases=("守正、创新",)))
    assert lex.canonical == {"两个维护": "两个维护"} and lex.expansion == {"两个维护": ("甲", "乙")}
    assert lex.phrase_re is not None and lex.phrase_re.search("坚持守正创新")
    assert lex.stop_nouns == () and lex.scope_run_re is None
