"""Round 46 (people, titles and org): 教育长 (a party school's head of teaching) is a
post word; 博士生导师 before a name is an academic standing that marks the name,
as 教授 does, and no post; a 、 list of items each written name first and post after
(街道甲副书记、社区乙书记) keeps its first name, which follows a body and no cue; a
committee's lecturers' group (省委讲师团) is the org of its head, not the committee;
a photographer's credit on a header line ends where the next page field is glued
to it (图:某某来源:某校).

Invented sentences in the genre; made-up units and names."""
from __future__ import annotations

from lookups import titles_by_name

from reportmine import analyze


def _people(text: str) -> dict[str, tuple[list[str], list[str], str | None]]:
    return {p.name: (p.titles, p.roles, p.org) for p in analyze(text).people}


# --- 教育长: a post word ---------------------------------------------------------------

def test_head_of_teaching_is_a_post():
    text = "3月9日，青禾市委党校举行开班式。副校长邓光辉、教育长柯明远出席。"
    titles = titles_by_name(text)
    assert titles["柯明远"] == ["教育长"]
    assert titles["邓光辉"] == ["副校长"]


def test_head_of_teaching_alone():
    assert titles_by_name("会上，教育长柯明远作动员讲话。")["柯明远"] == ["教育长"]


def test_education_words_hold_no_post():
    # guard: 教育长廊, 教育长期 are no post before a name
    text = "青禾镇建设廉政教育长廊，思想教育长期坚持，党员受到教育。"
    assert _people(text) == {}


# --- 博士生导师: a standing that marks the name -----------------------------------------

def test_doctoral_supervisor_marks_the_name():
    text = "讲堂特邀青禾大学教授、博士生导师沈立华作专题报告。"
    assert _people(text)["沈立华"][0] == []


def test_post_before_the_standing_is_kept():
    # guard: the chain ranks still pass a post on to the name
    text = "讲堂特邀青禾大学副校长、教授、博士生导师沈立华作专题报告。"
    assert titles_by_name(text)["沈立华"] == ["副校长"]


# --- a 、 list of name-first items ------------------------------------------------------

def test_list_of_name_first_posts_keeps_the_first_name():
    text = "南岭街道郑海平副书记、青石社区吴顺平书记介绍了社区党建情况。"
    titles = titles_by_name(text)
    assert titles["郑海平"] == ["副书记"]
    assert titles["吴顺平"] == ["书记"]


def test_chain_of_posts_is_no_list_of_items():
    # guard: a chain of posts (常委、副县长) gives the name after it every post
    text = "县委常委、副县长、公安局长郑海平出席会议。"
    assert titles_by_name(text)["郑海平"] == ["县委常委", "副县长", "公安局长"]


def test_post_list_without_a_unit_gives_no_name():
    # guard: no local unit before the three characters, so no name (新任驻华大使、)
    text = "总理会见了5国离任驻华大使、11国新任驻华大使和新任代表。"
    assert _people(text) == {}


def test_bodied_chain_item_gives_no_name():
    # guard: a later item of a chain holds no name before its post (预备役高炮旅副政委、)
    text = "青禾区委书记、预备役高炮旅副政委、某团党委第一书记柯彩霞出席会议。"
    assert list(_people(text)) == ["柯彩霞"]


def test_company_chain_unchanged():
    text = "集团公司总经理、党委副书记郑海平出席会议。"
    assert titles_by_name(text)["郑海平"] == ["总经理", "党委副书记"]


# --- 讲师团: the head's org -------------------------------------------------------------

def test_lecturers_group_is_the_heads_org():
    text = "分管日常工作的副校长、省委讲师团团长吴刚林出席并讲话。"
    titles, _, org = _people(text)["吴刚林"]
    assert titles == ["副校长", "省委讲师团团长"]
    assert org == "省委讲师团"


def test_lecture_group_still_the_heads_org():
    # guard: the older 宣讲团 reading is unchanged
    assert _people("市委宣讲团团长柯国强出席。")["柯国强"][2] == "市委宣讲团"


# --- a header credit glued to the next field --------------------------------------------

def test_photographer_before_a_glued_source_field():
    text = ("青禾党校举办读书班\n作者:杨艳霞 图:吕晓光来源:青禾党校发布时间:2026-03-19\n"
            "3月19日上午，青禾党校举行读书班开班式。")
    people = _people(text)
    assert people["吕晓光"][1] == ["摄影"]
    assert people["杨艳霞"][1] == ["作者"]


def test_photographer_with_a_spaced_field_unchanged():
    # guard: a blank before the field was read before
    text = ("青禾党校举办读书班\n作者:杨艳霞 图:吕晓光 来源:青禾党校\n"
            "3月19日上午，青禾党校举行读书班开班式。")
    assert _people(text)["吕晓光"][1] == ["摄影"]
