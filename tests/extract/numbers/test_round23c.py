"""Counted numbers, round 23c (precision of the object and metric, GUIDE §4).
Covered: adverbs of manner and time after the things counted end them (陆续,
按期, 全方位, 多角度), and verbs they did or got (解释, 入库, 作表态,
作对照检查); 村级组织 and 后备 as nouns holding a bounding word (组织, 后);
全方位/多角度 before a verb leave the object written before the count; a space
between a closing quote and its count keeps the quote as the object; a place for activities
(活动场所, 活动室) is no activity held.

Every sentence is invented (made-up units, places and people); none comes
from a report or a benchmark.
"""
from __future__ import annotations

import pytest

from reportmine.extract.numbers import extract_numbers


def first(text: str):
    found = extract_numbers(text)
    assert found, text
    return found[0]


@pytest.mark.parametrize("text, obj", [
    ("3月上旬，机关8个党支部陆续召开年度组织生活会。", "党支部"),
    ("全年共有5名预备党员按期转正，发展党员6名。", "预备党员"),
    ("15家市级媒体全方位、多方面报道了活动情况。", "市级媒体"),
    ("工作组向四个社区党组织书记解释政策要求，听取意见。", "社区党组织书记"),
    ("全年有12件案例入库省级优秀案例库。", "案例"),
    ("会上，9个村（社区）党支部书记作表态发言。", "村（社区）党支部书记"),
    ("班子对照8条具体要求作对照检查，逐一查摆问题。", "具体要求"),
    ("今年新建18个村级组织活动场所。", "村级组织活动场所"),
    ("建立了360人的乡镇后备干部人才库。", "乡镇后备干部人才库"),
])
def test_object_ends_where_the_thing_counted_ends(text, obj):
    assert first(text).object == obj


def test_manner_adverb_before_the_verb_is_no_part_of_the_object():
    n = first("市妇联多角度宣传报道主题教育56次。")
    assert n.object == "宣传报道主题教育"


def test_space_after_a_quote_keeps_the_quote_as_the_object():
    n = first("截至目前，东湖街道共收集“我为群众办实事”事项线索外，另收集“我为群众办实事” 45件，已办结30件。")
    assert n.value == 45 and n.object == "“我为群众办实事”" and n.metric == "practical_deeds"


@pytest.mark.parametrize("text, obj", [
    ("全县新建26个村级组织活动场所。", "村级组织活动场所"),
    ("街道新建9个党群活动中心。", "党群活动中心"),
])
def test_a_place_for_activities_is_no_activity(text, obj):
    n = first(text)
    assert (n.object, n.metric) == (obj, None)
