"""Round 29 (slm): bodies listed before 分别 and the holding verb each hold a sitting,
a meeting that is an item of a list of tasks (…召开组织生活会、开展…等工作) or the object
of 就…安排部署 is no sitting held, and a two-item lexicon phrase written out longer
gives way to the run. Sentences invented; each new behaviour failed before its fix,
the guards (so marked) did not."""
from reportmine.pipeline import analyze

from lookups import slogan_texts as slogans, meeting_holders as meetings


def held(text: str) -> list[tuple[str, str | None, str | None]]:
    """Meetings read with the organizations the pipeline finds (holders need them)."""
    return [(m.type, m.holder, m.date) for m in analyze(text).meetings]


# --- 分别: one sitting per listed body

def test_three_branches_each_holding_a_meeting_give_three_meetings() -> None:
    text = "3月5日，青禾区文旅局机关第一党支部、第二党支部、第三党支部分别召开专题组织生活会。"
    assert held(text) == [
        ("专题组织生活会", "青禾区文旅局机关第一党支部", "--03-05"),
        ("专题组织生活会", "第二党支部", "--03-05"),
        ("专题组织生活会", "第三党支部", "--03-05"),
    ]


def test_two_branches_joined_by_he_each_hold_one() -> None:
    text = "4月9日，岚山县林业局机关党支部和岚山县水务局机关党支部分别召开组织生活会。"
    assert [h for _, h, _ in held(text)] == ["岚山县林业局机关党支部", "岚山县水务局机关党支部"]


def test_guard_bodies_holding_together_stay_one_meeting() -> None:
    text = "4月9日，岚山县林业局机关党支部和岚山县水务局机关党支部联合召开组织生活会。"
    assert [h for _, h, _ in held(text)] == ["岚山县林业局机关党支部、岚山县水务局机关党支部"]


def test_guard_one_body_with_fenbie_stays_one_meeting() -> None:
    text = "3月5日，青禾区文旅局机关第一党支部分别在会议室和展厅召开组织生活会。"
    assert [h for _, h, _ in held(text)] == ["青禾区文旅局机关第一党支部"]


# --- a meeting listed among tasks is no sitting held

def test_a_meeting_in_a_list_of_assigned_tasks_is_not_held() -> None:
    text = ("3月2日，青禾区文旅局党组召开会议，就主题教育进行了安排部署，"
            "明确了基层党支部召开组织生活会、开展民主评议党员等工作。")
    assert meetings(text) == []
    assert held(text) == []


def test_a_meeting_in_a_list_of_tasks_under_way_is_not_held() -> None:
    text = "会议就有关工作进行了安排部署，各基层党支部召开组织生活会、开展民主评议党员等工作有序推进。"
    assert meetings(text) == []


def test_guard_tasks_told_as_done_keep_the_meeting() -> None:
    text = "1月以来，各党支部召开了组织生活会、开展了民主评议党员等工作。"
    assert [t for t, _ in meetings(text)] == ["组织生活会"]


# --- 就…安排部署: the meeting is what is planned

def test_a_meeting_arranged_with_jiu_is_not_held() -> None:
    assert meetings("会议就召开专题组织生活会进行了安排部署。") == []


def test_guard_a_meeting_held_after_jiu_in_another_sense_stays() -> None:
    text = "5月6日，岚山县林业局党支部就近在社区活动室召开组织生活会。"
    assert [t for t, _, _ in held(text)] == ["组织生活会"]


# --- slogans: a two-item lexicon phrase written out longer

def test_a_pair_written_out_as_three_gives_the_whole_run() -> None:
    assert slogans("要坚持以案为鉴、以案促改、以案促治，筑牢拒腐防变的防线。") == ["以案为鉴、以案促改、以案促治"]


def test_guard_the_pair_alone_stays_the_pair() -> None:
    assert slogans("大家表示，要以案为鉴、以案促改。") == ["以案为鉴、以案促改"]


def test_the_four_ways_of_finding_problems_are_one_formula() -> None:
    got = slogans("各位党员通过群众提、自己找、上级点、互相帮，认真查摆问题。")
    assert got == ["群众提、自己找、上级点、互相帮"]


def test_guard_a_four_item_lexicon_formula_is_not_cut() -> None:
    got = slogans("坚持学思想、强党性、重实践、建新功，推动工作。")
    assert got == ["学思想、强党性、重实践、建新功"]
