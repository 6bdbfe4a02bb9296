"""Round 28 organizations: an office named after its head standing alone as a
clause's subject (校长办公室召开…), the verb of a 为…服务 frame before a school
or hospital (为师生服务|学院), a modifier and verb before a body (专题研究|市人大),
a listed place whose level closes its own name after a stop (与|崇州分院), and
one list of longer-place levels for the place reader and the unit. Sentences
are invented; each new case fails on the old code, the guards hold on both."""
from __future__ import annotations

import pytest

from reportmine.extract.organizations import leading_place, longer_place_levels
from reportmine.pipeline import analyze

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text, want", [
    ("校长办公室召开党史学习教育专题组织生活会，全体党员参加。", "校长办公室"),
    ("会后，院长办公室组织党员逐条对照整改。", "院长办公室"),
    ("会议专题研究市人大常委会党组工作。", "市人大常委会党组"),
    ("会议集体研究县政府党组工作。", "县政府党组"),
    ("医院内科党支部与崇州分院外科党支部联合开展主题党日活动。", "崇州分院外科党支部"),
])
def test_found(text: str, want: str) -> None:
    assert want in names(text)


@pytest.mark.parametrize("text, wrong", [
    ("全体党员要立足岗位为师生服务学院各项工作。", "师生服务学院"),
    ("党员要为基层服务学院党委中心工作。", "基层服务学院党委"),
    ("青岭医院全体党员立足岗位服务医院发展大局。", "服务医院"),
    ("会议专题研究市人大常委会党组工作。", "专题研究市人大常委会党组"),
    ("医院内科党支部与崇州分院外科党支部联合开展主题党日活动。", "州分院外科党支部"),
])
def test_not_found(text: str, wrong: str) -> None:
    assert wrong not in names(text)


@pytest.mark.parametrize("text, want", [
    # guards: 服务 opening real names, an owned head office, the bare verb before a body
    ("青石县政务服务中心党支部开展主题党日活动。", "青石县政务服务中心党支部"),
    ("上级为青石县政务服务中心党支部授牌。", "青石县政务服务中心党支部"),
    ("青岭大学现代服务学院党委召开专题民主生活会。", "青岭大学现代服务学院党委"),
    ("青岭大学校长办公室党支部召开组织生活会。", "青岭大学校长办公室党支部"),
    ("学校校长办公室召开专题会议。", "学校校长办公室"),
    ("会议研究市人大常委会党组工作。", "市人大常委会党组"),
])
def test_guards(text: str, want: str) -> None:
    assert want in names(text)


@pytest.mark.parametrize("text", [
    "会议在校长办公室召开。",  # a room
    "党委、校长办公室副主任某某通报了筹备情况。",  # one office written once for two owners
])
def test_head_office_not_alone(text: str) -> None:
    assert "校长办公室" not in names(text)


def test_head_office_is_the_unit() -> None:
    assert analyze("校长办公室召开专题组织生活会。\n会议由校长办公室主任林某某主持。").unit == "校长办公室"


def test_standing_committee_subject_stays_unit() -> None:
    assert analyze("青石县委常委会召开专题民主生活会。\n县委书记林某某主持会议。").unit == "青石县委常委会"


def test_one_list_of_longer_place_levels() -> None:
    from reportmine.extract.unit import _cues
    levels = longer_place_levels()
    assert _cues().longer_place_ends == levels
    assert levels.index("街道") < levels.index("街")  # the longest is tried first
    assert leading_place("杭州道街道召开会议") == len("杭州道街道")
    assert leading_place("杭州道街召开会议") == len("杭州道街")
