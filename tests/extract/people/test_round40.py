"""Round 40 (people, titles and org): a post written with bracketed alternatives
(副校（院）长某某, 部（处）长某某) holds every reading and keeps its name; a list of
people named by their office and parted by commas (组织部甲，老干部管理部乙) keeps
its first name; 关于 after a name is the preposition (组长甲、王某关于…的汇报 ->
王某); 医师 after a name anchors it (内分泌科某某医师); a unit's party committee
opening an office keeps the office in the title (党委学生工作部部长); the first
writer of a bracketed credit named before any label (（甲 实习生 乙）) is kept; and
习近平新时代中国特色… is a theory name even where the text breaks off inside it.

Invented sentences in the genre; made-up units and names."""
from __future__ import annotations

from lookups import titles_and_org, titles_and_roles, titles_by_name

from reportmine import analyze


# --- posts with bracketed alternatives -------------------------------------------

def test_split_post_gives_each_reading():
    got = titles_by_name("按照常务副校(院)长陈青山的要求，学院召开专题会议。")
    assert got == {"陈青山": ["常务副校长", "常务副院长"]}


def test_split_post_with_three_readings_in_a_list():
    got = titles_by_name("副校（院、团）长张立国、王红梅出席开班式。")
    assert got == {"张立国": ["副校长", "副院长", "副团长"], "王红梅": ["副校长", "副院长", "副团长"]}


def test_split_post_opens_a_chain():
    got = titles_by_name("副校(院)长、市委讲师团团长陈青山出席并讲话。")
    assert got["陈青山"] == ["副校长", "副院长", "市委讲师团团长"]


def test_split_post_after_split_office_pairs_each_office():
    got = titles_by_name("会议由校党委规划部（规划处）部（处）长李青松主持。")
    assert got == {"李青松": ["校党委规划部部长", "规划处处长"]}


def test_split_office_with_one_post_unchanged():
    got = titles_by_name("党委组织部（统战部）部长蔺海川作动员讲话。")
    assert got == {"蔺海川": ["党委组织部部长", "统战部部长"]}


def test_bracket_of_no_post_makes_no_title():
    # 校（园）长 without a name after it: a group of heads, no person
    assert titles_by_name("培训对象是中小学校（园）长共300余人。") == {}


# --- a comma list of people named by their office -------------------------------------

def test_comma_list_of_office_and_name_keeps_the_first():
    got = titles_and_org("会后，组织部张立国，老干部管理部陈青山参加会议。")
    assert got["张立国"] == ([], "组织部")
    assert got["陈青山"] == ([], "老干部管理部")


def test_office_and_word_list_makes_no_name():
    assert titles_by_name("会上，组织部工作，宣传部方面提出要求。") == {}


# --- 关于 and 医师 after a name ------------------------------------------------------

def test_guanyu_ends_a_listed_name():
    got = titles_by_name("会议听取了督导组组长赵红英、王清关于8个基层单位的汇报。")
    assert got == {"赵红英": ["督导组组长"], "王清": ["督导组组长"]}


def test_three_character_name_before_guanyu_unchanged():
    got = titles_by_name("会议听取了督导组组长王清泉关于巡察工作的汇报。")
    assert got == {"王清泉": ["督导组组长"]}


def test_doctor_after_a_department_name():
    got = titles_by_name("内分泌科张毅医师等就临床问题提出咨询。")
    assert got == {"张毅": []}


def test_chief_physician_after_a_name_still_a_title():
    got = titles_by_name("呼吸科王丽新副主任医师介绍了情况。")
    assert got == {"王丽新": ["副主任医师"]}


# --- a party committee opening an office ---------------------------------------------

def test_party_committee_office_keeps_the_office():
    got = titles_by_name("党委学生工作部部长谢芳出席会议。")
    assert got == {"谢芳": ["党委学生工作部部长"]}


def test_outside_unit_before_office_still_bare():
    # 区委组织部长: the office follows an outside unit, so the post stays bare
    assert titles_by_name("会上，区委组织部长陈青山主持。") == {"陈青山": ["部长"]}


# --- credits ---------------------------------------------------------------------------

def test_bare_writer_before_a_label_in_brackets():
    got = titles_and_roles("全体党员参加会议。\n（刘青松 实习生 黎小璐）")
    assert got["刘青松"] == ([], ["作者"])
    assert got["黎小璐"] == ([], ["作者"])


def test_bare_writer_is_no_author_of_record():
    assert analyze("全体党员参加会议。\n（刘青松 实习生 黎小璐）").author == "黎小璐"


def test_labelled_writers_unchanged():
    a = analyze("全体党员参加会议。\n（记者 刘青松 实习生 黎小璐）")
    assert a.author == "刘青松、黎小璐"


# --- a theory name broken off -----------------------------------------------------------

def test_broken_theory_name_is_no_mention():
    got = titles_by_name("下一步，党支部将以此次组织生活会为新起点，持续推动习近平新时代中国特色社会主")
    assert "习近平" not in got


def test_general_secretary_still_a_person():
    got = titles_by_name("学习习近平总书记重要讲话和习近平新时代中国特色社会主义思想。")
    assert got == {"习近平": ["总书记"]}
