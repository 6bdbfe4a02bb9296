"""Round 68: counts measured on 40 reports of the seed-68 sample. People counted by a
bare 同志 after their names (评出优秀党员某某、某某等N名同志) are of the kind written
before the names, and a page cut right after an opening quote and a count (是检验“四个)
holds the first characters of a quoted formula, no count. Every sentence is invented;
each failed before its fix, but the guards (marked so)."""
from __future__ import annotations

from reportmine.extract.numbers import extract_numbers

from lookups import the_number


# --- the kind of people written before their names, not the bare 同志 after them
def test_excellent_members_named_then_counted() -> None:
    text = "会议最后评定出优秀党员郑海涛、何晓云等7名同志，合格党员19名。"
    assert the_number(text, 7, "名").object == "优秀党员"


def test_excellent_communists_recommended() -> None:
    text = "支部大会推荐优秀共产党员孔繁星、罗春燕等4名同志参加表彰。"
    n = the_number(text, 4, "名")
    assert n.object == "优秀共产党员"


def test_advanced_individuals_selected() -> None:
    text = "年终考核中，机关党委评选出先进个人邵国华、戴丽萍等11名同志。"
    assert the_number(text, 11, "名").object == "先进个人"


def test_titled_people_keep_comrades() -> None:  # guard
    text = "支部书记邵国华、组织委员戴丽萍等5名同志参加了会议。"
    assert the_number(text, 5, "名").object == "同志"


def test_named_members_counted_by_kind_stay() -> None:  # guard
    text = "党支部评出邵国华、戴丽萍等6名优秀党员。"
    assert the_number(text, 6, "名").object == "优秀党员"


# --- a page cut inside a quoted formula
def test_cut_quote_after_count_is_no_count() -> None:
    text = "党支部书记指出，落实整改是践行“两个"
    assert extract_numbers(text) == []


def test_cut_quote_after_count_with_trailing_space() -> None:
    text = "深化整改是衡量“三个 \n"
    assert extract_numbers(text) == []


def test_quoted_activity_count_stays() -> None:  # guard
    text = "全年开展“红色教育”活动9场"
    assert the_number(text, 9, "场").object is not None
