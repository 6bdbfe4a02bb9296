"""People, titles and roles, round 27 (mass organizations, courts, credits, branch
elections): a given name may end in 要 where a post and a strong cue frame it
(副书记彭某要主持); the short name of a mass organization or a democratic party heads
its post (侨联主任, 科协主席, 民盟主委), as 妇联 does; a court's 执行局 stays in
执行局局长 after another name; 制作/某某 is a producer, not a photographer; a rare
family name opens a name right after 代表 (学生代表索某发言); 某某同志担任支部书记
gives the post; a writer credited in a dateline bracket does none of the acts after
it.

Every sentence is invented (made-up names of made-up officials in the genre);
none comes from a report or a benchmark.
"""
from __future__ import annotations

import pytest

import reportmine
from lookups import titles_and_roles as people_of, titles_by_name as titles_of


# -- a given name ending in 要, framed by a post and a cue --------------------

def test_given_name_ending_in_yao_after_a_post() -> None:
    people = people_of("座谈会由市卫健委党组书记、主任洪策要主持，各科室负责人参加。")
    assert "洪策要" in people and "洪策" not in people
    assert people["洪策要"][1] == ["主持"]


def test_yao_as_a_modal_stays_outside_the_name() -> None:
    # the same two characters stand elsewhere without 要: 要 is the modal
    people = titles_of("县委书记吕森要主持召开专题会议。吕森指出，要压实责任。")
    assert "吕森" in people and "吕森要" not in people


def test_yao_of_yaoqiu_is_no_name_character() -> None:
    assert "吕森" in titles_of("县委书记吕森要求各单位抓好落实。")


# -- mass organizations and democratic parties as title bodies -----------------

@pytest.mark.parametrize("text, name, title", [
    ("市侨联主任江月明出席座谈会。", "江月明", "侨联主任"),
    ("县科协主席骆春林出席会议。", "骆春林", "科协主席"),
    ("县民盟主委童家树讲话。", "童家树", "民盟主委"),
    ("区残联理事长欧远航参加调研。", "欧远航", "残联理事长"),
    ("县总工会主席凌晓峰主持会议。", "凌晓峰", "总工会主席"),
])
def test_mass_body_heads_its_post(text: str, name: str, title: str) -> None:
    assert titles_of(text)[name] == [title]


def test_party_group_post_of_a_mass_body_keeps_party_group() -> None:
    # guard: the party group's post is still there, with its body
    assert titles_of("市文联党组书记、副主席韦晴出席会议。")["韦晴"] == ["文联党组书记", "副主席"]


def test_plain_party_group_post_unchanged() -> None:
    assert titles_of("党组书记、副主席韦晴出席会议。")["韦晴"] == ["党组书记", "副主席"]


# -- a court's enforcement bureau ---------------------------------------------

def test_enforcement_bureau_after_another_name() -> None:
    people = titles_of("县法院院长冀文博、执行局局长翟立新出席会议。")
    assert people["冀文博"] == ["院长"]
    assert people["翟立新"] == ["执行局局长"]


def test_short_enforcement_head_unchanged() -> None:
    assert titles_of("执行局长翟立新通报情况。")["翟立新"] == ["执行局长"]


# -- a producer credit ---------------------------------------------------------

def _people(text: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in reportmine.analyze(text).people}


def test_producer_credit_after_a_photographer() -> None:
    people = _people("县委召开常委会\n3月2日，县委召开常委会会议，县委书记邝文远主持。\n文/岑小雨 图/柏青山 制作/庞晓燕")
    assert people["柏青山"] == ["摄影"]
    assert people["庞晓燕"] == ["制作"]


def test_producer_credit_alone() -> None:
    people = _people("县委召开常委会\n3月2日，县委召开常委会会议，县委书记邝文远主持。\n制作/庞晓燕")
    assert people["庞晓燕"] == ["制作"]


def test_making_in_prose_is_no_credit() -> None:
    people = _people("支部开展活动\n党员们制作展板，支部书记邝文远主持。")
    assert set(people) == {"邝文远"}


# -- a rare family name after 代表 ---------------------------------------------

def test_rare_surname_after_representative() -> None:
    people = people_of("学生代表索娜发言，教师代表钟明理作交流。")
    assert "索娜" in people


def test_rare_surname_list_after_representative() -> None:
    assert {"索娜", "钟明理"} <= set(people_of("学生代表索娜、教师代表钟明理先后发言。"))


def test_light_verb_is_no_third_character_of_a_rare_name() -> None:
    # guard: 作 is the light verb of 作报告
    people = titles_of("支部书记云浩作专题报告。")
    assert "云浩" in people and "云浩作" not in people


def test_representative_before_a_body_is_no_name() -> None:
    assert people_of("职工代表云南考察团一行参观。") == {}


# -- a post taken with 担任 ---------------------------------------------------

def test_post_served_after_comrade() -> None:
    people = titles_of("经无记名投票，选举鲁若溪同志担任支部书记，葛安同志担任组织委员。")
    assert people["鲁若溪"] == ["支部书记"]
    assert people["葛安"] == ["组织委员"]


def test_post_served_must_close_its_clause() -> None:
    assert titles_of("鲁若溪同志担任支部书记以来，工作扎实。")["鲁若溪"] == []


# -- a dateline writer takes no act --------------------------------------------

def test_dateline_writer_takes_no_role_of_the_lead() -> None:
    people = _people("年会召开\n新华社北京7月5日电（记者 苗青禾）年会邀请各地代表出席。\n会议由秘书长卓远主持。")
    assert people["苗青禾"] == ["作者"]
    assert people["卓远"] == ["主持"]


def test_rare_surname_after_representative_before_deng() -> None:
    assert "索娜" in people_of("学生代表索娜等表态，将努力学习。")


def test_group_word_name_before_deng_and_a_speech_verb() -> None:
    assert "钟明理" in people_of("机关干部钟明理等发言，谈了体会。")


def test_post_described_by_jianren_de_is_no_title() -> None:
    # guard: a post taken away (免去…兼任的…职务) is no title
    assert titles_of("会议决定免去鲁若溪兼任的县档案馆馆长职务。").get("鲁若溪", []) == []
