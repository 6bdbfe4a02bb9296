"""Organizations of round 61: a university's graduate and international
offices and an equipment office named bare in a list, a place named by its
distance (N里X) before its body, 委托 (entrust) before a school, and a
levelled association before 中心工作, and a meeting of bureau heads (局长会议).
Sentences invented for these tests."""
from __future__ import annotations

import pytest

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text, expected", [
    # 研究生, 国际合作, 国际交流 and 装备 are department stems before 处, 院, 科
    ("财务处、研究生处、国际合作处负责同志列席会议。", ["财务处", "研究生处", "国际合作处"]),
    ("人事处和国际交流处的党员参加了学习。", ["人事处", "国际交流处"]),
    ("办公室、后勤装备处、审计处相关人员参加调研。", ["后勤装备处", "审计处"]),
])
def test_office_stems_in_a_list(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a numeral before 里 makes a place's name (N里X), not the stop 里 (inside)
    ("七里塘村委会组织党员开展志愿服务。", ["七里塘村委会"]),
    ("近日，五里桥支行党支部开展主题党日活动。", ["五里桥支行党支部"]),
    # after 、 or 与 the numeral is the place's, not a list's number
    ("街道办、九里岗村委会派员参加。", ["九里岗村委会"]),
])
def test_numeral_li_place(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 委托 (entrust) is the sentence's verb before the body it names
    ("街道专门委托江南师范学院美术学院设计了展板。", ["江南师范学院美术学院"]),
    ("镇里委托县城乡规划设计院编制方案。", ["县城乡规划设计院"]),
])
def test_entrust_before_a_body(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a level and an ending that needs it (区科协, 市侨联) own the central task: no centre
    ("学习要紧密结合市科协中心工作。", ["市科协"]),
    ("围绕县侨联中心工作谋划全年任务。", ["县侨联"]),
    ("紧扣区残联中心工作部署任务。", ["区残联"]),
])
def test_levelled_association_central_task(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 局长会议, 厅长会议: a meeting of the heads, no bureau named
    ("会议传达了全国统计局长会议精神。", []),
    ("认真落实全国民政厅长会议部署。", []),
])
def test_meeting_of_heads(text: str, expected: list[str]) -> None:
    assert names(text) == expected
