"""Round 52 (people): a reviewer credit whose name opens with a rare family
name (审核：谈某某) is a person, a familiar address after a bare surname
(王大爷, 李阿姨) is no name, and 在作 (在作总结讲话时) ends a name as a cue.

Invented sentences in the genre; made-up units and names."""
from __future__ import annotations

from lookups import titles_and_roles, titles_by_name
from reportmine.parse.credits import credited_people
from reportmine.pipeline import analyze


# --- a labelled reviewer with a rare family name ---------------------------------------------------

def test_reviewer_with_rare_surname_is_read():
    assert credited_people("（图文：梅小川；审核：谈立泉）")[1] == ["谈立泉"]


def test_reviewer_with_rare_surname_is_a_person_of_the_report():
    text = "10月23日，某区支部召开全体委员（扩大）会议，开展参政议政专题培训。\n（图文：梅小川；审核：谈立泉）"
    people = {p.name: p.roles for p in analyze(text).people}
    assert people["谈立泉"] == ["审核"]


def test_reviewer_credit_naming_a_desk_stays_empty():
    # guard: a body after the label names nobody
    assert credited_people("审核：党建办")[1] == []
    assert credited_people("审核：办公室")[1] == []


def test_reviewer_with_common_surname_unchanged():
    # guard: the ordinary path
    assert credited_people("（审核：张立泉）")[1] == ["张立泉"]


# --- a familiar address is no name -----------------------------------------------------------------

def test_surname_and_address_word_is_no_person():
    text = "会上，某公寓老党员王大爷也诚恳地说：“我年纪大了，今后多向年轻人学习。”"
    assert "王大爷" not in titles_by_name(text)


def test_aunt_after_surname_is_no_person():
    text = "社区居民张大妈表示：“活动办得好。”网格员李阿姨也说很好。"
    got = titles_by_name(text)
    assert "张大妈" not in got and "李阿姨" not in got


def test_full_name_before_a_post_still_read():
    # guard: a named person beside the address words
    text = "社区党委书记沈晓燕表示，老党员王大爷的建议很中肯。"
    assert titles_by_name(text)["沈晓燕"] == ["社区党委书记"]


# --- 在作 ends a name ----------------------------------------------------------------------------

def test_name_before_zaizuo_report_is_read():
    text = "观摩期间，市局分管领导严立新在作活动总结讲话时强调，要狠抓党支部建设。"
    assert "严立新" in titles_by_name(text)


def test_titled_name_before_zaizuo_keeps_post():
    text = "会上，党支部书记柯明远在作总结发言时指出，要抓好整改。"
    assert titles_and_roles(text)["柯明远"][0] == ["党支部书记"]


def test_zaizuo_in_style_word_opens_no_name():
    # guard: 在作风 after a group word is no name's end
    text = "全体党员干部要在作风建设上走在前列，大家在作风上过得硬。"
    assert titles_by_name(text) == {}
