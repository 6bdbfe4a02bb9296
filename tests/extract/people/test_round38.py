"""Round 38 (people, titles and org): 兼 joins a second post to the one a vote or
a personnel decision gives (选举产生甲同志为支部副书记兼宣传委员 -> 支部副书记,
宣传委员; 当选为副会长兼秘书长); 并 after such a post closes it (某某当选为工会主席
并作表态发言); a democratic party's branch committee posts are posts
(社会服务委员, 参政议政委员); 丶 typed for 、 joins a list of names as 、 does; and
a party body's secretary (党委秘书, 党总支秘书) is a post, before 兼 too, while
秘书处 and 秘书组 stay bodies and 秘书长 is unchanged.

Invented sentences in the genre; made-up units and names."""
from __future__ import annotations

from lookups import titles_and_org, titles_and_roles, titles_by_name


# --- 兼 after a post a vote or decision gives ---------------------------------

def test_elected_list_with_concurrent_posts():
    got = titles_by_name("新一届支部委员会召开第一次支委会，选举产生了张明华同志为支部书记，"
                         "李红梅同志为支部副书记兼宣传委员，赵立新同志为纪检委员兼统战委员。")
    assert got["张明华"] == ["支部书记"]
    assert got["李红梅"] == ["支部副书记", "宣传委员"]
    assert got["赵立新"] == ["纪检委员", "统战委员"]


def test_elected_post_with_concurrent_post():
    got = titles_by_name("大会选举产生了新一届理事会，钱晓丽当选为副会长兼秘书长。")
    assert got["钱晓丽"] == ["副会长", "秘书长"]


def test_appointed_post_still_needs_a_close():
    # guard: a post that only opens a longer phrase gives nothing, 兼 or not
    got = titles_by_name("会议选举产生了张明华同志为支部书记候选人。")
    assert got.get("张明华", []) == []


# --- 并 closes a post after 当选为 --------------------------------------------

def test_elected_post_closed_by_and():
    got = titles_and_roles("会议选举产生了第一届执行委员会5名委员，钱晓丽当选为工会主席并作表态发言。")
    titles, roles = got["钱晓丽"]
    assert titles == ["工会主席"]
    assert "表态发言" in roles


def test_elected_post_closed_by_comma_unchanged():
    got = titles_by_name("经过无记名投票，孙明华同志当选为镇长。")
    assert got["孙明华"] == ["镇长"]


# --- branch committee posts of a democratic party ------------------------------

def test_social_service_member():
    got = titles_by_name("支部社会服务委员孙明华公布了评选标准，支部参政议政委员李红梅作了发言。")
    assert got["孙明华"] == ["社会服务委员"]
    assert got["李红梅"] == ["参政议政委员"]


def test_branch_before_duty_post_is_org():
    titles, org = titles_and_org("第三党支部社会服务委员孙明华公布了经费收支情况。")["孙明华"]
    assert titles == ["社会服务委员"]
    assert org == "第三党支部"


# --- 丶 typed for 、 ------------------------------------------------------------

def test_stroke_list_mark_untitled_names():
    got = titles_and_roles("会上，党员张明华丶李红梅丶赵立新作交流发言。")
    assert set(got) >= {"张明华", "李红梅", "赵立新"}


def test_stroke_list_mark_titled_names():
    got = titles_by_name("副主任刘明丶侯晓庆丶黄永分别作了部署。")
    assert got == {"刘明": ["副主任"], "侯晓庆": ["副主任"], "黄永": ["副主任"]}


def test_list_mark_unchanged():
    # guard: the ordinary 、 list reads as before
    got = titles_by_name("副主任刘明、侯晓庆、黄永分别作了部署。")
    assert got == {"刘明": ["副主任"], "侯晓庆": ["副主任"], "黄永": ["副主任"]}


# --- a party body's secretary ---------------------------------------------------

def test_party_secretary_then_concurrent_post():
    got = titles_by_name("会议由党委秘书兼办公室主任张明华主持。")
    assert got["张明华"] == ["党委秘书", "办公室主任"]


def test_general_branch_secretary():
    got = titles_by_name("党总支秘书孙明华作了工作汇报。")
    assert got["孙明华"] == ["党总支秘书"]


def test_secretariat_group_stays_a_body():
    titles, org = titles_and_org("大会秘书处秘书组组长赵立新主持会议。")["赵立新"]
    assert titles == ["秘书组组长"]
    assert org == "大会秘书处"


def test_secretary_general_unchanged():
    got = titles_by_name("校党委秘书长钱晓丽出席会议。")
    assert got["钱晓丽"] == ["校党委秘书长"]
