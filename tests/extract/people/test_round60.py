"""Round 60 (people): names and posts that whole reports of the genre showed wrong.
A teacher, a designer, a driver, a technician or a worker named before a name
marks it as 社工 does (before_name_anchors: 教师, 党员教师, 设计者, 驾驶员, 技师,
工人), and the later items of a 、 list that such an anchor opens are people too;
身为 after a name ends it (某某身为村干部); 全 opens a name in a strong frame
(surnames_rare.txt); in a list of name-post items (甲副院长、乙主任) the second
item's name and post are its own, no post of the first; a closing credit may
part its label from the name by a hyphen (通讯员 - 某某); 马甲 (a volunteer's vest,
tagged a name by jieba) is no name (person_stopwords.txt); and 用 after a name
ends it as 以 does (书记某某用案例讲述).

Invented sentences in the genre; made-up units and names."""
from __future__ import annotations

from reportmine import analyze
from lookups import titles_by_name
from lookups import person_names as _names


# --- callings before a name, and the list they open ------------------------------------------------

def test_teacher_anchor_opens_a_list_of_names():
    text = "随后，党员教师柯明远、龚晓燕、符海林引领全体党员重温入党誓词。"
    assert _names(text) == ["柯明远", "龚晓燕", "符海林"]


def test_teacher_anchor_with_honour_before_it():
    text = "优秀党员教师卓雅琴则以《点亮一盏灯》为题，讲述了自己的育人故事。"
    assert _names(text) == ["卓雅琴"]


def test_designer_anchor():
    text = "徽标设计者范思远向大家介绍了创作思路。"
    assert _names(text) == ["范思远"]


def test_driver_and_worker_anchors():
    text = "座谈会上，全国劳模、公交车驾驶员冉秀华，采油工人葛丽，分别分享了学习体会。"
    assert set(_names(text)) == {"冉秀华", "葛丽"}


def test_technician_anchor():
    text = "航天特级技师鲍振东结合岗位实际谈了感想。"
    assert _names(text) == ["鲍振东"]


# --- 身为 after a name -----------------------------------------------------------------------------

def test_shenwei_ends_a_name_opening_a_sentence():
    text = "会上通报了一起典型案例。聂广平身为村党支部书记，违规收受礼金，受到严肃处理。"
    assert _names(text) == ["聂广平"]


# --- 全 as a family name in a strong frame ----------------------------------------------------------

def test_quan_after_a_post_chain():
    text = "镇党委委员、副镇长全立新带领新党员重温入党誓词。"
    assert titles_by_name(text) == {"全立新": ["镇党委委员", "副镇长"]}


def test_quan_name_beside_a_word_reading():
    text = "会上，镇党委书记全面部署了下一阶段重点工作，副镇长全晓东通报了整改情况。"
    assert titles_by_name(text) == {"全晓东": ["副镇长"]}


# --- a list of name-post items ---------------------------------------------------------------------

def test_second_name_post_item_is_its_own_person():
    text = "随后，魏国栋副局长、蒲晓晴科长与专家组一行座谈交流。"
    assert titles_by_name(text) == {"魏国栋": ["副局长"], "蒲晓晴": ["科长"]}


def test_second_post_of_one_person_still_chains_after_the_pair():
    text = "随后，魏国栋副局长、蒲晓晴科长、纪检组长与专家组一行座谈交流。"
    assert titles_by_name(text) == {"魏国栋": ["副局长"], "蒲晓晴": ["科长", "纪检组长"]}


# --- a hyphen between a credit label and the name --------------------------------------------------

def test_hyphen_credit_line_names_the_writer():
    text = "活动在热烈的掌声中圆满结束。\n通讯员 - 柴文静"
    people = {p.name: p.roles for p in analyze(text).people}
    assert people == {"柴文静": ["作者"]}


# --- a vest after 志愿者, and 用 after a two-character name ----------------------------------------

def test_vest_after_volunteer_is_no_name():
    text = "党员们身穿志愿者马甲，走进结对社区开展环境整治。"
    assert _names(text) == []


def test_yong_ends_a_two_character_given_name_written_once():
    text = "内科党支部书记祁岩用一个个真实病例讲述了医者初心。"
    assert titles_by_name(text) == {"祁岩": ["党支部书记"]}
