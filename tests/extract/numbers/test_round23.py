"""Round 23: counts of rectification progress reports, study campaigns and
round-ups (巡察整改进展, 主题教育, 党纪学习教育, 党史学习教育 summaries): a
count whose noun is written after the count before it, the parts of a count
done (其中N个已完成整改), coverage counted by times, and words that bounded an
object wrongly. Every sentence is invented; each failed before its fix, but
the guards (marked so) of what the fixes must leave as it was."""
from __future__ import annotations

import pytest

from reportmine.extract.numbers import extract_numbers


def counts(text: str) -> dict[str, tuple[str | None, str | None]]:
    """{text of each count: (object, metric)}."""
    return {n.text: (n.object, n.metric) for n in extract_numbers(text)}


def found(text: str, value: float) -> tuple[str | None, str | None]:
    """(object, metric) of the count of ``value`` in ``text``."""
    hits = [n for n in extract_numbers(text) if n.value == value]
    assert hits, text
    return hits[0].object, hits[0].metric


# --- a noun read after one count that runs into the next names what that one counts

@pytest.mark.parametrize("text,value,obj,metric", [
    ("支部班子对照检查，查摆出3个方面问题14条。", 14, "问题", "problems_found"),
    ("班子成员围绕分管领域形成4个专题调研报告11篇。", 11, "调研报告", "research_articles"),
    ("针对反馈意见，制定2个方面整改措施19条。", 19, "整改措施", "rectification_measures"),
    ("全镇党员撰写学习三个条例心得体会文章230余篇。", 230, "心得体会文章", "research_articles"),
])
def test_noun_after_the_count_before_is_counted(text: str, value: float, obj: str, metric: str) -> None:
    assert found(text, value) == (obj, metric)


def test_the_count_before_keeps_its_own_word() -> None:
    text = "支部班子对照检查，查摆出3个方面问题14条。"
    assert found(text, 3) == ("方面", None)


def test_a_count_of_kinds_then_its_items_is_unchanged() -> None:
    # (a guard)
    # (查摆问题5个方面18条: the first noun names no thing counted by 条)
    assert found("会上查摆问题6个方面21条。", 21) == ("查摆问题", "problems_found")


def test_a_repeated_count_before_still_gives_its_noun() -> None:
    text = "全区学习三个条例。干部撰写学习三个条例心得体会文章80篇。"
    assert found(text, 80) == ("心得体会文章", "research_articles")


# --- a part of a count, counted for what was done to it

@pytest.mark.parametrize("text,value", [
    ("巡察反馈问题52个，其中47个已完成整改。", 47),
    ("巡察反馈问题52个，其中47个已整改到位。", 47),
    ("对照检查问题38项，目前已有31项完成阶段性整改。", 31),
    ("制定整改措施40条，其中36条已落实。", 36),
])
def test_part_done_is_rectification_done(text: str, value: float) -> None:
    assert found(text, value)[1] == "rectification_done"


def test_another_part_keeps_the_whole_metric() -> None:
    # (a guard: the part done before it must not lend it its metric; since round 36 the
    # part still under rectification counts rectification items, GUIDE §4, not problems)
    text = "巡察反馈问题52个，其中47个已完成整改，5个正在整改。"
    assert found(text, 5)[1] == "rectification_items"


def test_part_done_takes_the_whole_object() -> None:
    assert found("对照检查问题38项，目前已有31项完成阶段性整改。", 31)[0] == "对照检查问题"


def test_leads_concluded_stay_leads() -> None:
    # (a guard: 办结 of leads is no rectification done)
    assert found("受理问题线索24件，其中19件已办结。", 19)[1] == "leads_handled"


# --- news coverage counted by times is publicity

def test_coverage_by_times_is_publicity() -> None:
    assert found("市工会借助报刊网站多渠道宣传报道学习教育180次。", 180)[1] == "publicity_items"
    assert found("省级以上媒体报道该县经验做法9次。", 9)[1] == "publicity_items"


# --- words that bounded an object wrongly

def test_range_word_with_nei_is_one_noun() -> None:
    assert found("借助16家省内外主流媒体开展宣传。", 16)[0].startswith("省内外主流媒体")


def test_baokuo_introduces_a_part_counted() -> None:
    assert found("查处问题中，还包括违规收送礼金41起。", 41)[0] == "违规收送礼金"


def test_baokuo_zainei_names_the_head_after_it() -> None:
    # (a guard: 包括 now skipped as a light verb, 在内的 still closes the clause)
    assert found("共有90名包括机关干部在内的志愿者参加。", 90)[0] == "志愿者"


def test_sending_ends_the_object() -> None:
    assert found("县委组织部向23个流动党员党支部寄送学习资料。", 23)[0] == "流动党员党支部"
