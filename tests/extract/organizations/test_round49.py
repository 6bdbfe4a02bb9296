"""Round 49 (organizations, sample seed 49): a place jieba reads as a verb
after 中共 (中共开封市委), 工商联 alone in a list of bodies, a unit opened by a
generic head before a branch (学生活动中心党总支) and its short form, the kind
a body aims to be (中国特色商会), 一文中学, a date's evening (4日晚) and the
rank 局处级. Sentences invented for these tests."""
from __future__ import annotations

import pytest

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text, expected", [
    ("中共开封市委统战部副科长王某某列席会议。", ["中共开封市委统战部"]),
    ("中共开封市委召开常委会议。", ["中共开封市委"]),
    ("中共安定区委组织部有关负责人参加。", ["中共安定区委组织部"]),
])
def test_party_name_opens_a_place_jieba_reads_as_a_verb(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("深入学习市委全会精神。", ["市委"]),
    ("中共吉水市委宣传部召开会议。", ["中共吉水市委宣传部"]),
])
def test_verb_before_a_committee_still_gives_the_place_back(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("会议希望各民主党派、工商联发挥优势、积极建言。", ["工商联"]),
    ("县委统战部、工商联有关负责人参加会议。", ["县委统战部", "工商联"]),
])
def test_federation_alone_in_a_list_of_bodies(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("青川县工商联主席王某某讲话。", ["青川县工商联"]),
    ("各级工商联要发挥桥梁作用。", []),
    ("会议在工商联大楼召开。", []),
    ("党委、校长办公室副主任王某某参加。", []),
])
def test_federation_elsewhere_unchanged(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("学生活动中心党总支召开全体党员大会。", ["学生活动中心党总支"]),
    ("学生社区中心党总支开展主题党日活动。", ["学生社区中心党总支"]),
])
def test_generic_head_opening_a_unit_before_a_branch(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("学生党支部召开组织生活会。", []),
    ("学生第一党支部召开组织生活会。", ["学生第一党支部"]),
    ("企业党支部书记参加培训。", []),
    ("中央驻青单位及企业机关党委书记参加培训。", []),
])
def test_generic_heads_before_a_branch_unchanged(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_unit_type_branch_folds_into_its_one_fuller_name() -> None:
    text = "6月3日,学生社区中心党总支召开会议。最后,中心党总支书记李某某作总结。"
    assert names(text) == ["学生社区中心党总支"]


def test_unit_type_branch_with_two_fuller_names_stays() -> None:
    text = "学生社区中心党总支与青年活动中心党总支联合开展活动。中心党总支书记李某某讲话。"
    assert names(text) == ["学生社区中心党总支", "青年活动中心党总支", "中心党总支"]


@pytest.mark.parametrize("text, expected", [
    ("文章阐述了新时代中国特色商会的主要特点。", []),
    ("大家从《浅谈调研方法》一文中学会了走访座谈的基本步骤。", []),
    ("4日晚学生党支部召开专题组织生活会。", []),
    ("中国文联局处级干部培训班在京开班。", ["中国文联"]),
])
def test_words_that_name_no_body(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("青湖市浙江商会党支部召开党员学习会。", ["青湖市浙江商会党支部"]),
    ("育英中学党支部召开会议。", ["育英中学党支部"]),
    ("4日晚机关第一党支部召开会议。", ["机关第一党支部"]),
    ("市公安局处长王某某参加会议。", ["市公安局"]),
    ("省教育厅处级干部参加培训。", ["省教育厅"]),
    ("医院药剂科协同推进。", ["医院药剂科"]),
])
def test_neighbouring_names_kept(text: str, expected: list[str]) -> None:
    assert names(text) == expected
