"""Round 36 (people, recall): untitled 、 lists closed by 等, a short body and a
people noun (甲、乙等区四套班子领导出席), by a count and 学员 or 烈士, or making a
clause with an attendance act (，甲、乙、丙出席，) or before 先后作; later items of a
titled list holding 也 or 月 and closed by 等; 被点名 after a titled name; and two
false names: 以及 is one conjunction (党章以及 holds no 章以), 向 before a party
body is the preposition (书记向支部成员 holds no 向支).

Invented sentences in the genre; made-up units and names."""
from __future__ import annotations

from lookups import titles_and_roles, titles_by_name


def names(text: str) -> set[str]:
    return set(titles_by_name(text))


# --- 等 + a short body + a people noun -------------------------------------

def test_list_before_group_leaders():
    got = names("会议由区委书记邵明华主持。钮晓飞、柯建军、罗立新、汤峰等区四套班子领导出席。")
    assert {"钮晓飞", "柯建军", "罗立新", "汤峰"} <= got


def test_list_before_party_group_members():
    got = names("学习会上，钮晓飞、柯建军、欧阳立新等市政府党组成员作交流发言。")
    assert {"钮晓飞", "柯建军", "欧阳立新"} <= got


def test_list_before_member_representatives():
    assert names("会上，钮晓飞、柯建军等盟员代表进行了发言。") == {"钮晓飞", "柯建军"}


def test_list_of_bodies_before_group_noun_gives_nobody():
    # guard: bodies and places listed before 等…负责人 are no people
    assert names("宣传部、组织部等单位负责人参加会议。") == set()
    assert names("会上，江苏、浙江等省领导出席。") == set()


def test_list_with_a_body_item_gives_nobody():
    # guard: a list whose first item is a body is no list of names
    assert names("会上，宣传部、钮晓飞、柯建军等单位负责人参加会议。") == set()


def test_one_name_before_group_noun_stays_unread():
    # guard: 等 after a single untitled name needs two names listed
    assert names("会上，钮晓飞等区领导出席。") == set()


def test_group_noun_not_a_committee():
    # guard: 委员 inside 委员会 is no people noun
    assert names("会上，青岚、枫林等委员会作了报告。") == set()


# --- a count and a people noun ---------------------------------------------

def test_list_before_count_of_trainees():
    got = names("会上宣读了表彰决定。钮晓飞、柯建军、罗丽雯等5名学员表现突出，被评为优秀学员。")
    assert {"钮晓飞", "柯建军", "罗丽雯"} <= got


def test_list_before_count_of_martyrs():
    got = names("展厅讲述了钮沄、钮复、钮徽楷和柯小球四位革命烈士的事迹。")
    assert got == {"钮沄", "钮复", "钮徽楷", "柯小球"}


# --- a clause of names and an attendance act -------------------------------

def test_clause_of_names_and_attendance():
    got = titles_and_roles("区长邵明华主持并讲话，钮晓飞、柯建军、罗立新出席，汤峰作报告。")
    for n in ("钮晓飞", "柯建军", "罗立新"):
        assert n in got and "出席" in got[n][1]


def test_clause_of_words_and_attendance_gives_nobody():
    # guard: a list of kinds of people before 出席 names nobody
    assert names("会议由邵明华主持，各科室、各支部出席。") == {"邵明华"}


def test_list_before_successive_speeches():
    got = names("会上，听取了机关的工作汇报。钮晓飞、柯建军、罗立新先后作自我检视发言。")
    assert got == {"钮晓飞", "柯建军", "罗立新"}


# --- later items of a titled list ------------------------------------------

def test_titled_list_item_with_adverb_character():
    got = titles_by_name("民盟青岚市委会副主委钮晓飞、王也夫、柯建军参加会议。")
    t = "民盟青岚市委会副主委"  # the party's city committee stays in the post (round 51)
    assert got == {"钮晓飞": [t], "王也夫": [t], "柯建军": [t]}


def test_titled_list_last_item_with_month_character_before_deng():
    got = titles_by_name("青岚市委会副主委钮晓飞、柯月嫦等进行了交流。")
    # the committee stays in the post as 市委 does in 市委书记 (round 51)
    assert got == {"钮晓飞": ["市委会副主委"], "柯月嫦": ["市委会副主委"]}


def test_titled_list_month_word_item_not_a_name():
    # guard: an item that is a date word stays out
    assert titles_by_name("副主委钮晓飞、王月底等参加。").get("王月底") is None


def test_named_after_post_before_called_on():
    got = titles_by_name("会上，处长武月锋被点名发言，处长柯建军被点名发言。")
    assert got == {"武月锋": ["处长"], "柯建军": ["处长"]}


def test_named_after_post_before_passive():
    got = titles_by_name("教务处处长柯月芬被随机点名发言。学生处处长钮月明被评为优秀党务工作者。")
    assert got == {"柯月芬": ["教务处处长"], "钮月明": ["学生处处长"]}


# --- false names -----------------------------------------------------------

def test_yiji_is_one_conjunction():
    got = names("支部重点学习了党的二十大报告、党章以及习近平总书记的重要讲话。")
    assert got == {"习近平"}


def test_name_before_yiji_still_read():
    # guard: a real name before 以及 and a known name is still read
    got = names("党委书记钮晓飞、柯建军以及邵明华同志参加会议。")
    assert {"钮晓飞", "邵明华"} <= got


def test_preposition_before_branch():
    assert names("随后，钮书记向支部成员发放服务证，并向支委会报告。") == set()


def test_surname_xiang_after_post_still_read():
    # guard: 向 as a family name right after a post
    assert titles_by_name("支部书记向晓飞主持会议。") == {"向晓飞": ["支部书记"]}
