"""Organizations, round 46 (a random sample of 50 reports, seed 46): where a
name begins after a span of years or the frame 在……下, armies in street
names, and bodies named alone after a determiner.

- a span of years (近两年) and the frame 新形势新任务下 / 在某某领导下 end
  the clause before a body, whose name begins after them (近两年|某州法院,
  在市委领导下|某州法院; a stop word running into a place is no boundary);
- an army known by its name (红军) followed by a street word (路, 街, 大道)
  names a street or a route (红军路社区, 重走红军路), no body;
- a body named alone (国资委, 共青团) after a determiner (各级, 下属) is every
  such body, none named (各级国资委), as 各党支部 is.

Every sentence is invented (made-up units, places and people in the genre);
none comes from a report or a benchmark.
"""
from __future__ import annotations

import pytest

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text", [
    "座谈会上,王某介绍了近两年青州法院主要工作情况。",
    "王某分析了新形势新任务下青州法院的工作重点。",
    "在市委领导下青州法院各项工作稳步推进。",
])
def test_a_time_span_or_frame_before_a_place_led_body_stays_out(text: str) -> None:
    found = names(text)
    assert "青州法院" in found
    assert not any(n.endswith("青州法院") and n != "青州法院" for n in found)


def test_a_county_body_after_the_leading_frame_keeps_its_level() -> None:
    found = names("在县委领导下县法院各项工作稳步推进。")
    assert "县法院" in found
    assert "下县法院" not in found


@pytest.mark.parametrize("text", [
    "近日,党员志愿者来到红军路社区开展服务活动。",
    "支部组织党员重走红军路,重温入党誓词。",
    "活动在红军街举行。",
])
def test_an_army_in_a_street_name_is_no_body(text: str) -> None:
    assert "红军" not in names(text)


@pytest.mark.parametrize("text, name", [
    ("学习红军长征精神,传承红色基因。", "红军"),
    ("参观中国工农红军纪念展。", "中国工农红军"),
])
def test_an_army_named_elsewhere_stays(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text, generic", [
    ("会议要求,各级国资委要切实履行出资人职责。", "国资委"),
    ("下属国资委要加强监管。", "国资委"),
    ("各级共青团组织要发挥作用。", "共青团"),
])
def test_a_body_named_alone_after_a_determiner_is_none_named(text: str, generic: str) -> None:
    assert generic not in names(text)


@pytest.mark.parametrize("text, name", [
    ("省国资委党委召开理论学习中心组学习会。", "省国资委党委"),
    ("国资委要加强对国有企业的监管。", "国资委"),
    ("全市各级党组织和共青团要积极行动。", "共青团"),
])
def test_a_body_without_a_determiner_right_before_it_stays(text: str, name: str) -> None:
    assert name in names(text)
