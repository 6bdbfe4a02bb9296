"""Round 69 cross-check of the new reports' people and organizations: 深有 after a
name ends it, 权威 and 尚属 are words and no names, a school credited as the writer
is no person, and 最终 and 大部分 open no body's name."""
from lookups import extracted_org_names, person_names


def test_shen_you_after_a_name_ends_it():
    assert person_names("村务监督委员会主任蓝秀深有感触地说，要把纪律挺在前面。") == ["蓝秀"]


def test_given_name_ending_in_shen_before_a_verb_stays():
    assert person_names("村委会主任蓝秀深主持会议。") == ["蓝秀深"]


def test_ordinary_words_opening_with_a_surname_are_no_names():
    assert person_names("学院邀请高校的权威教授为党员干部授课。") == []
    assert person_names("两个支部联合开展主题党日，在本单位尚属首次。") == []


def test_school_credited_as_the_writer_is_no_person():
    assert person_names("发布日期:2024-09-26 作者:上官中学\n会议由党支部书记蓝秀主持。") == ["蓝秀"]


def test_adverb_and_quantifier_open_no_body_name():
    assert extracted_org_names("经过激烈角逐，最终物业公司党支部获得一等奖。") == ["物业公司党支部"]
    assert extracted_org_names("检查组对大部分医院的行风建设给予肯定。") == []
