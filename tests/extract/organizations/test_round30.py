"""Round 30 organizations and the unit: clinical fields that jieba tags as verbs
(放疗, 分泌, 透析) inside department names, a bare field listed before a
department's name (综合、放疗科党支部 is one department, 组织部、宣传部 two), an
appositive phrase ending in 单位 before a place-led body (辖区单位|市中医医院党委),
an art museum after a locative (在…美术馆) as the event's place, and words holding
an ending that name no body (被巡察部室, 正处在). Sentences are invented; each new
case fails on the old code, the guards hold on both."""
from __future__ import annotations

import pytest

from reportmine.pipeline import analyze

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text, want", [
    ("5月9日，内分泌科党支部在示教室召开组织生活会。", "内分泌科党支部"),
    ("腹膜透析室党小组开展集中学习。", "腹膜透析室党小组"),
    ("青禾医院综合、放疗科党支部召开年度组织生活会。", "综合、放疗科党支部"),
    ("社区党委联合辖区单位市妇幼保健院党委开展义诊活动。", "市妇幼保健院党委"),
    ("街道党工委邀请驻区单位县人民医院党委共同参加。", "县人民医院党委"),
])
def test_found(text: str, want: str) -> None:
    assert want in names(text)


@pytest.mark.parametrize("text, wrong", [
    ("青禾医院综合、放疗科党支部召开年度组织生活会。", "科党支部"),
    ("社区党委联合辖区单位市妇幼保健院党委开展义诊活动。", "区单位市妇幼保健院党委"),
    ("两个支部的党员在东湖校区美术馆参观书画展。", "东湖校区美术馆"),
    ("会议听取了对被巡察部室的反馈情况。", "巡察部"),
    ("当前，长河银行西城分行正处在转型发展的关键阶段。", "长河银行西城分行正处"),
])
def test_not_found(text: str, wrong: str) -> None:
    assert wrong not in names(text)


def test_unit_of_listed_department() -> None:
    text = "综合、放疗科党支部召开组织生活会\n3月2日，综合、放疗科党支部召开年度组织生活会，支部书记李青主持。"
    assert analyze(text).unit == "综合、放疗科党支部"


@pytest.mark.parametrize("text, want", [
    # guards: an ordinary list of departments stays two bodies
    ("市委组织部、市委宣传部负责同志参加会议。", ["市委组织部", "市委宣传部"]),
    ("党委办公室、财务处党支部联合开展主题党日。", ["党委办公室", "财务处党支部"]),
    # a verb before 单位 already opened the name past it
    ("与共建单位市中医医院党委开展共建。", ["市中医医院党委"]),
    # a museum that acts is still a body, the stop after 分行 keeps the branch
    ("东湖美术馆党支部开展主题党日活动。", ["东湖美术馆党支部"]),
    ("长河银行西城分行党委召开会议。", ["长河银行西城分行党委"]),
])
def test_guards(text: str, want: list[str]) -> None:
    found = names(text)
    assert all(w in found for w in want), found
