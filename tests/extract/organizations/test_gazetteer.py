"""Round 41: official places jieba does not tag as places (gazetteer.py, data of cpca).

Invented sentences on real place names: jieba reads 嘉兴, 铁岭, 越秀 as person
names and knows 嘉善, 犍为 not at all, so a body's name they open was cut to
its tail. Guards: a stem is a place only before its own level (公安局, 绿色通道,
城区, 新区 stay as before), and a stem that is a stop word stays a word
(县纪委会同县委组织部)."""
from __future__ import annotations

import pytest

from lookups import extracted_org_names as names
from reportmine.extract.organizations.gazetteer import gazetteer, level_after, place_before
from reportmine.extract.organizations.places import leading_place


@pytest.mark.parametrize("text, expected", [
    ("会议由嘉兴市新生代企业家联谊会党支部主办。", ["嘉兴市新生代企业家联谊会党支部"]),
    ("近日，嘉善县新生代企业家联谊会党支部召开会议。", ["嘉善县新生代企业家联谊会党支部"]),
    ("近日，铁岭市青年创业者服务联合会召开会议。", ["铁岭市青年创业者服务联合会"]),
    ("近日，越秀区新生代企业家联谊会召开会议。", ["越秀区新生代企业家联谊会"]),
    ("近日，北川羌族自治县新生代企业家联谊会召开会议。", ["北川羌族自治县新生代企业家联谊会"]),
])
def test_an_official_place_opens_a_long_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_stop_inside_an_official_place_does_not_cut_the_name() -> None:
    assert names("近日，犍为县青年企业家协会党支部召开会议。") == ["犍为县青年企业家协会党支部"]


def test_an_official_place_jieba_calls_a_noun_is_a_place_subject() -> None:
    text = "公安县召开全县干部大会。"
    assert text[:leading_place(text)] == "公安县"


@pytest.mark.parametrize("text, expected", [
    ("县公安局召开会议。", ["县公安局"]),
    ("新区管委会召开会议。", ["新区管委会"]),
    ("县纪委会同县委组织部开展督查。", ["县纪委", "县委组织部"]),
    ("近日，洪湖市新生代企业家联谊会党支部召开会议。", ["洪湖市新生代企业家联谊会党支部"]),
])
def test_nearby_names_stay_as_they_were(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, a", [("县公安局", 1), ("绿色通道县域", 2), ("平安区域", 0), ("东方市场", 0), ("嘉兴市长", 0)])
def test_a_stem_before_no_level_of_its_own_is_no_place(text: str, a: int) -> None:
    assert level_after(text, a, a + 2) == 0


@pytest.mark.parametrize("text, start", [("嘉兴市", 0), ("在越秀区", 1), ("北川羌族自治县", 0), ("浦东新区", 0)])
def test_a_place_ends_on_its_level(text: str, start: int) -> None:
    assert place_before(text, len(text)) == start


def test_one_character_stems_and_placeholders_are_left_out() -> None:
    g = gazetteer()
    assert "城" not in g and "市辖" not in g and "通道" not in g  # (城区; 市辖区; 通道, a verb to jieba)
    assert g["嘉兴"] == ("市",) and "县" in g["北川"]


def test_without_cpca_the_reader_falls_back_to_jieba(monkeypatch: pytest.MonkeyPatch) -> None:
    from reportmine.extract.organizations import gazetteer as gz
    monkeypatch.setattr(gz, "_csv_path", lambda: None)
    for cached in (gz.gazetteer, gz.stem_lengths, gz.level_lengths):
        cached.cache_clear()
    try:
        with pytest.warns(UserWarning, match="cpca"):
            assert gz.gazetteer() == {}
        assert gz.level_after("嘉兴市", 0, 2) == 0 and gz.place_before("嘉兴市", 3) == -1
        assert gz.place_across("犍为县", 1, 2, 3) == -1
    finally:
        for cached in (gz.gazetteer, gz.stem_lengths, gz.level_lengths):
            cached.cache_clear()


@pytest.mark.parametrize("text, expected", [
    # an official name holding a level character (安|乡|县, 乡|宁|县, 固|镇|县): read whole, not
    # cut at its first level character as a township or town
    ("安乡县妇联召开专题组织生活会。", ["安乡县妇联"]),
    ("乡宁县科协召开会议。", ["乡宁县科协"]),
    ("固镇县委召开常委会议。", ["固镇县委"]),
])
def test_a_place_whose_name_holds_a_level_character(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_level_character_that_opens_a_word_reads_as_before() -> None:
    assert leading_place("城乡发展迈出新步伐") == 0 and leading_place("公安局召开会议") == 0
