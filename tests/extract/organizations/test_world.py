"""Organizations of general news beyond the meeting genre (round 17): foreign
ministries, national bodies, counted groups of countries, party centres.
Sentences invented for these tests."""
from __future__ import annotations

import pytest

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text, expected", [
    # a country opens a ministry named for two fields joined by 和/与
    ("意大利经济和财政部长会见了代表团。", ["意大利经济和财政部"]),
    ("新西兰贸易与投资部长访问了上海。", ["新西兰贸易与投资部"]),
    ("越南计划与投资部副部长在会上发言。", ["越南计划与投资部"]),
    # a country makes a ministry of fields that are no department stem (部长官: the Korean post)
    ("泰国商业部长官宣布了新的措施。", ["泰国商业部"]),
    # two bodies, or a post and a body, joined by 和 stay apart
    ("美国国务院和财政部发表声明。", ["美国国务院", "财政部"]),
    ("法国总统和财政部长出席了晚宴。", ["财政部"]),
    ("县委组织部和宣传部负责人出席。", ["县委组织部"]),
    # a city's name after a country is no section (科伦坡, not 科)
    ("会议将在斯里兰卡首都科伦坡举行。", []),
])
def test_a_country_opens_its_ministry(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("倡议成立一个20国委员会，协调各方立场。", ["20国委员会"]),
    ("12国工作组今天在日内瓦开会。", ["12国工作组"]),
    # a word opening with 国 counts no countries
    ("全市12国有企业党委书记参加。", ["国有企业党委"]),
])
def test_a_counted_group_of_countries_keeps_its_number(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_china_opens_a_national_body_known_by_name() -> None:
    assert names("中国全国政协副主席会见了来访的客人。") == ["中国全国政协"]


@pytest.mark.parametrize("text, expected", [
    ("民进中央和农工党中央负责人出席座谈会。", ["民进中央", "农工党中央"]),
    ("九三学社中央主席在会上讲话。", ["九三学社中央"]),
    # the party centre of the Communist Party is unchanged
    ("坚决维护以习近平同志为核心的党中央权威。", ["党中央"]),
    # a party's short name inside a common word is nothing
    ("人民进行了热烈讨论。", []),
])
def test_a_party_centre_is_the_party_name_and_zhongyang(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 性 closes a type as 型 does
    ("以建设学习型、服务型、创新性党支部为目标推进党建。", []),
    # a dedicated organ is a role, no body
    ("纪委是党内监督的专责机关。", []),
    # the organs under a level, as a group, name no body ...
    ("做好市直机关企事业单位档案移交工作。", []),
    ("县直机关单位开展宣讲100场次以上。", []),
    # ... but their working committee does, and so does the group of a named place
    ("市直机关工委召开会议。", ["市直机关工委"]),
    ("白川市直机关召开推进会。", ["白川市直机关"]),
    # a system of organs stays generic after a place
    ("青石市检察机关开展专项活动。", []),
])
def test_generic_organs_and_types_name_no_body(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 实验 inside a school's name is no verb that cuts it
    ("东湖实验中学党支部召开专题组织生活会。", ["东湖实验中学党支部"]),
    ("青山区实验小学党支部开展主题党日活动。", ["青山区实验小学党支部"]),
    # 该报 points at the newspaper named before: no part of the department's name
    ("他读到了该报文艺部主任写的文章。", ["文艺部"]),
])
def test_school_track_and_referring_newspaper(text: str, expected: list[str]) -> None:
    assert names(text) == expected
