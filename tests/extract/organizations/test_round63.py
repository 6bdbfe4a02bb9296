"""Organizations of round 63: a support service centre whose name holds the
stop 保障 (河湖长制保障服务中心), a university's network and information centre
written with 与, a nature reserve as one known part of its bureau's name,
category words ending in 机关 (公安机关, 政府机关), a border (交界处), and the
preposition 同 before the reader's own body's short form (同|局党组).
Sentences invented for these tests."""
from __future__ import annotations

import pytest

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text, expected", [
    # 保障 (a stop elsewhere) inside a service centre's name
    ("6月3日,临河市河湖长制保障服务中心第一党支部开展主题党日活动。", ["临河市河湖长制保障服务中心第一党支部"]),
    ("今年以来,市城乡供水保障服务中心党支部扎实推进党建工作。", ["市城乡供水保障服务中心党支部"]),
])
def test_support_service_centre(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 与 inside a university centre's name
    ("9月8日上午,网络与信息中心党支部召开支部委员会。", ["网络与信息中心党支部"]),
    ("校领导充分肯定了网络与信息中心的服务工作。", ["网络与信息中心"]),
])
def test_network_and_information_centre(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the reserve's own name before 自然保护区 stays within the free run
    ("近日,白石岭国家级自然保护区管理局开展巡护活动。", ["白石岭国家级自然保护区管理局"]),
    ("近日,内蒙古白石岭国家级自然保护区管理局召开会议。", ["内蒙古白石岭国家级自然保护区管理局"]),
])
def test_nature_reserve_bureau(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a kind of organ, a border: no body named
    ("要让广大群众感受到公安机关的新变化。", []),
    ("推动政府机关节能工作走在前列。", []),
    ("该保护站位于两省交界处。", []),
])
def test_category_and_border(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 同 (with) before the reader's own body's short form
    ("要把问题整改工作同局党组年度工作计划结合起来。", ["局党组"]),
    ("坚持把整改工作同院党委重点任务结合起来。", ["院党委"]),
])
def test_preposition_before_own_body(text: str, expected: list[str]) -> None:
    assert names(text) == expected
