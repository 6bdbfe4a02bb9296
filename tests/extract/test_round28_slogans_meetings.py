"""Round 28 (slm): a plan word reaching over later clauses (全体党员要…，…参加组织
生活会), a meeting planned as the object of 对…安排部署, a meeting whose time is set or
whose spirit is conveyed, and one slogan written with 、 and with commas. Sentences
invented; each new behaviour failed before its fix, the guards (so marked) did not."""
from reportmine.extract.slogans import extract_slogans

from lookups import meeting_holders as meetings


def slogans(text: str) -> list[tuple[str, int]]:
    return [(s.text, s.count) for s in extract_slogans(text)]


# --- a plan word in an earlier clause asks for the sitting named later

def test_a_must_in_an_earlier_clause_plans_the_meeting() -> None:
    text = "书记指出，全体党员要高度重视，以认真的态度全程参加组织生活会。"
    assert meetings(text) == []


def test_next_step_in_an_earlier_clause_plans_the_meeting() -> None:
    assert meetings("下一步，青石村党支部将结合实际，按期召开专题组织生活会。") == []


def test_guard_an_earlier_clause_without_a_plan_word_leaves_the_meeting_held() -> None:
    got = meetings("会前，青石村党支部做了认真的准备，为开好此次组织生活会打下了基础。")
    assert [t for t, _ in got] == ["组织生活会"]


def test_guard_a_word_holding_the_plan_character_asks_nothing() -> None:
    got = meetings("为推动重要工作落实，青石村党支部召开专题组织生活会。")
    assert got == [("专题组织生活会", "青石村党支部")]


# --- 对…安排部署: the meeting is what is planned

def test_a_meeting_arranged_by_a_sitting_is_not_held() -> None:
    text = "3月2日，红岭社区党支部召开党员大会，对年度组织生活会和开展民主评议党员工作进行了安排部署。"
    assert meetings(text) == [("党员大会", "红岭社区党支部")]


def test_guard_a_meeting_held_with_a_bare_dui_stays_held() -> None:
    got = meetings("红岭社区党支部召开专题组织生活会，对照检查材料逐一通报。")
    assert got == [("专题组织生活会", "红岭社区党支部")]


# --- a meeting's time set or its spirit conveyed: no sitting

def test_a_meeting_whose_time_is_set_is_no_sitting() -> None:
    assert meetings("会议明确了组织生活会的召开时间和程序。") == []


def test_a_meeting_whose_spirit_is_conveyed_is_no_sitting() -> None:
    assert meetings("会上传达了今年召开的全市组织工作会议的有关精神。") == []


def test_the_sitting_held_stays_beside_the_meeting_whose_spirit_it_conveys() -> None:
    got = meetings("红岭社区党委召开理论学习中心组学习会议，传达了全市组织工作会议的有关精神。")
    assert got == [("理论学习中心组学习", "红岭社区党委")]


# --- one slogan, two separators

def test_a_slogan_written_with_commas_and_with_dun_is_one_entry() -> None:
    text = "支部召开“守初心、担使命”专题会议，党员畅谈“守初心，担使命”的体会。"
    got = slogans(text)
    assert got == [("守初心、担使命", 2)]


def test_guard_different_slogans_stay_apart() -> None:
    text = "党员畅谈“守初心、担使命”和“学党史，悟思想”的体会。"
    assert [t for t, _ in slogans(text)] == ["守初心、担使命", "学党史，悟思想"]
