"""``resources.clear_cache()`` reaches every table and pattern built from the lexicons.

Each test edits a file in a user folder named by REPORTMINE_RESOURCES, calls
only ``resources.clear_cache()`` (the one call a notebook makes), and expects
the extractor to read the added line; then, with the folder gone and the cache
cleared again, the shipped behaviour back. Before the derived caches were
registered, most of these kept serving the tables built before the edit.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from reportmine import resources
from reportmine.extract.document_parts import is_document_part
from reportmine.extract.meetings import extract_meetings
from reportmine.extract.numbers import extract_numbers
from reportmine.extract.organizations import extract_organizations
from reportmine.extract.people import extract_people
from reportmine.extract.slogans import extract_slogans
from reportmine.extract.unit import find_unit
from reportmine.nlp.segment import get_segmenter
from reportmine.parse.furniture import is_boilerplate


@pytest.fixture
def user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, pytest.MonkeyPatch]]:
    """An empty user folder in effect; on teardown the folder is dropped and every cache cleared."""
    monkeypatch.setenv("REPORTMINE_RESOURCES", str(tmp_path))
    resources.clear_cache()
    yield tmp_path, monkeypatch
    monkeypatch.undo()
    resources.clear_cache()


def _edit_then_restore(user: tuple[Path, pytest.MonkeyPatch], name: str, body: str,
                       result: Callable[[], Any]) -> tuple[Any, Any, Any]:
    """``result()`` before the user file exists, after it is written, and after the folder is dropped.

    The first call runs with the (empty) folder already in effect, so that any
    cache built then is the one the edit must invalidate."""
    folder, monkeypatch = user
    before = result()
    (folder / name).write_text(body, encoding="utf-8")
    resources.clear_cache()
    after = result()
    monkeypatch.undo()
    resources.clear_cache()
    return before, after, result()


def _unit_cues_with(key: str, *words: str) -> str:
    """A user unit_cues.json: its lists replace the shipped ones, so they repeat them."""
    shipped = json.loads((resources.PACKAGE_DIR / "unit_cues.json").read_text(encoding="utf-8"))
    return json.dumps({key: shipped[key] + list(words)}, ensure_ascii=False)


def test_a_derived_builder_is_rebuilt_after_clear_cache() -> None:
    calls: list[int] = []

    @resources.derived
    def probe() -> int:
        calls.append(1)
        return len(calls)

    assert probe() == probe() == 1
    resources.clear_cache()
    assert probe() == 2


def test_a_user_title_reaches_the_people_extractor(user) -> None:
    text = "青岭书院总馆主邱立言出席开班仪式。"
    before, after, restored = _edit_then_restore(
        user, "person_titles.txt", "馆主\n", lambda: [(p.name, p.titles) for p in extract_people(text)])
    assert before == restored == []
    assert after == [("邱立言", ["总馆主"])]


def test_a_user_suffix_reaches_the_organization_extractor(user) -> None:
    text = "青湾村葡萄种植合作社召开党员大会。"
    before, after, restored = _edit_then_restore(
        user, "org_suffixes.tsv", "suffix\tkind\tneeds\n种植合作社\tunit\tqualifier\n",
        lambda: [o.name for o in extract_organizations(text)])
    assert before == restored == []
    assert after == ["青湾村葡萄种植合作社"]


def test_a_user_metric_reaches_the_number_extractor(user) -> None:
    text = "全年累计发放助学金85份。"
    before, after, restored = _edit_then_restore(
        user, "metrics.tsv", "metric\tcues\tunits\tdescription\ngrants\t助学金\t份\tgrants given\n",
        lambda: [(n.value, n.metric) for n in extract_numbers(text)])
    assert before == restored == [(85, None)]
    assert after == [(85, "grants")]


def test_a_user_formula_reaches_the_slogan_extractor(user) -> None:
    text = "全镇干部牢记六个聚焦，扎实推进各项工作。"
    before, after, restored = _edit_then_restore(
        user, "numbered_slogans.tsv", "name\taliases\texpansion\n六个聚焦\t\t\n",
        lambda: [(s.text, s.kind) for s in extract_slogans(text)])
    assert before == restored == []
    assert after == [("六个聚焦", "numbered")]


def test_a_user_generic_unit_reaches_the_unit_finder(user) -> None:
    text = "6月3日，林场召开专题组织生活会。"
    before, after, restored = _edit_then_restore(
        user, "unit_cues.json", _unit_cues_with("generic_units", "林场"),
        lambda: find_unit(None, text, extract_organizations(text)))
    assert before is None and restored is None
    assert after == "林场"


def test_a_user_holding_verb_reaches_the_meeting_extractor(user) -> None:
    text = "5月12日，镇卫生院党支部续开专题组织生活会。"
    before, after, restored = _edit_then_restore(
        user, "meeting_cues.tsv", "word\tkind\n续开\thold_verb\n",
        lambda: [(m.type, m.holder) for m in extract_meetings(text)])
    assert before == restored == [("专题组织生活会", None)]
    assert after == [("专题组织生活会", "镇卫生院党支部")]


def test_a_user_document_noun_reaches_the_document_parts(user) -> None:
    text = "《青禾县村规公约》共28条，涵盖环境卫生等内容。"
    before, after, restored = _edit_then_restore(
        user, "count_document_parts.tsv", "word\trole\n公约\tdocument\n",
        lambda: is_document_part(text, text.index("28"), "条"))
    assert before is False and restored is False
    assert after is True


def test_a_user_boilerplate_line_reaches_the_page_furniture(user) -> None:
    line = "扫码关注青禾融媒"
    before, after, restored = _edit_then_restore(
        user, "boilerplate.txt", "^扫码关注.{0,8}$\n", lambda: is_boilerplate(line))
    assert before is False and restored is False
    assert after is True


def test_a_user_word_reaches_the_segmenter(user) -> None:
    text = "青禾融媒矩阵发布通知。"
    before, after, restored = _edit_then_restore(
        user, "userdict.txt", "青禾融媒矩阵 100000 n\n", lambda: get_segmenter().cut(text))
    assert "青禾融媒矩阵" not in before and before == restored
    assert after[0] == "青禾融媒矩阵"
