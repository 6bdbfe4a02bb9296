"""Round 30 (slm): a later 专题民主生活会 naming the 民主生活会 held earlier, roles
given to each sitting 分别 makes, a meeting named as a topic (民主生活会的开展, 召开
前) or as a purpose (为开好…), the spirit of a meeting named 会议精神 again, and a
lexicon pair widened across mixed separators (以案为鉴，以案促改、以案明纪).
Sentences invented; each new behaviour failed before its fix, the guards (so
marked) did not."""
from reportmine.pipeline import analyze

from lookups import slogan_texts as slogans, meeting_holders as meetings


# --- a later, longer name of the same sitting

def test_a_later_special_name_is_the_sitting_held_earlier() -> None:
    text = ("3月5日，青禾县档案局党组召开2023年度民主生活会。会前，班子成员开展谈心谈话。"
            "此次专题民主生活会在局三楼会议室召开。")
    assert meetings(text) == [("民主生活会", "青禾县档案局党组")]


def test_guard_a_later_special_name_of_another_body_stays_its_own() -> None:
    art = analyze("青禾县档案局党组召开民主生活会。柳岸镇党委也召开了专题民主生活会。")
    assert [m.type for m in art.meetings] == ["民主生活会", "专题民主生活会"]


def test_guard_a_later_special_name_on_another_day_stays_its_own() -> None:
    text = "3月5日，青禾县档案局党组召开民主生活会。4月9日，召开专题民主生活会。"
    assert len(meetings(text)) == 2


# --- roles of the sittings 分别 makes

def test_presiders_listed_with_each_go_one_to_each_sitting() -> None:
    art = analyze("青禾局第一党支部、第二党支部分别召开专题组织生活会，分别由支部书记韩立峰、"
                  "支部书记钟雅琴主持。")
    assert [m.presided_by for m in art.meetings] == [["韩立峰"], ["钟雅琴"]]


def test_a_guide_of_sittings_made_by_each_goes_to_every_one() -> None:
    art = analyze("青禾局第一党支部、第二党支部分别召开组织生活会，县委组织部副部长葛明远到会指导。")
    assert len(art.meetings) == 2
    assert all([g["name"] for g in m.guides] == ["葛明远"] for m in art.meetings)


def test_guard_a_presider_of_one_sitting_stays_with_it() -> None:
    art = analyze("青禾局第一党支部召开组织生活会，支部书记韩立峰主持会议。")
    assert [m.presided_by for m in art.meetings] == [["韩立峰"]]


# --- a meeting named as a topic, a time or a purpose

def test_a_meeting_followed_by_de_and_its_verb_is_a_topic() -> None:
    assert meetings("会议指出，民主生活会的开展，为班子建设打下了基础。") == []


def test_a_meeting_with_its_verb_and_before_is_a_time() -> None:
    assert meetings("书记指出，在民主生活会召开前，要深入开展谈心谈话。") == []


def test_a_purpose_clause_names_the_sitting_prepared_for() -> None:
    assert meetings("为开好2024年度民主生活会，班子成员深入学习党章。") == []


def test_guard_a_purpose_of_its_own_leaves_the_sitting_held() -> None:
    assert [t for t, _ in meetings("为推进工作召开民主生活会。")] == ["民主生活会"]


def test_guard_this_sitting_of_a_topic_is_still_read() -> None:
    got = meetings("柳岸镇党委召开民主生活会。大家认为，此次民主生活会的召开，达到了预期目的。")
    assert [t for t, _ in got] == ["民主生活会"]


def test_the_spirit_of_a_meeting_named_again_is_no_sitting() -> None:
    text = "会议传达了全区学习教育工作座谈会会议精神，组织开展了交流研讨。"
    assert meetings(text) == []


def test_the_study_before_a_meeting_is_no_sitting_of_it() -> None:
    text = "1月9日，青禾县法院召开2024年度民主生活会会前专题学习会议。"
    assert [t for t, _ in meetings(text)] == ["专题学习会议"]


# --- a lexicon pair widened across mixed separators

def test_a_pair_runs_on_over_a_comma_and_a_pause_mark() -> None:
    assert "以案为鉴，以案促改、以案明纪" in slogans("全局上下坚持以案为鉴，以案促改、以案明纪，筑牢防线。")


def test_guard_a_pair_before_a_longer_item_stays_a_pair() -> None:
    assert "以案为鉴、以案促改" in slogans("全局坚持以案为鉴、以案促改，以案件查办为抓手推进工作。")
