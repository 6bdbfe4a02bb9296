"""Round 41 (slm): a random sample of 60 saved reports (seed 41) read against
GUIDE §5. A run of four-character items between the lead 开成 and 的大会 (把会议
开成统一思想、凝心聚力、求真务实、团结鼓劲的大会) is the formula the meeting is
to be held by, whatever each item's build. Sentences invented; each new
behaviour failed before its fix, the guards (so marked) did not."""

from lookups import slogan_texts as slogans


def test_four_character_run_between_kaicheng_and_the_meeting_is_a_formula() -> None:
    text = "会议要求，要把青川镇两会开成统一思想、凝心聚力、求真务实、团结鼓劲的大会。"
    assert slogans(text) == ["统一思想、凝心聚力、求真务实、团结鼓劲"]


def test_verb_object_run_between_kaicheng_and_the_meeting_is_a_formula() -> None:
    text = "柳溪社区党委强调，要把这次党员大会开成统一思想、增进团结、推动工作的大会。"
    assert slogans(text) == ["统一思想、增进团结、推动工作"]


def test_guard_verb_object_run_without_a_lead_stays_a_list() -> None:
    text = "柳溪社区党委召开会议，征求意见、查找差距、制定措施，推进各项工作。"
    assert slogans(text) == []


def test_guard_names_before_the_meeting_are_no_formula() -> None:
    text = "会议听取了张明、李华、王强在青川镇大会上的发言。"
    assert slogans(text) == []


def test_guard_lead_run_ending_at_punctuation_still_found() -> None:
    text = "青川镇党委班子达到了统一思想、增进团结、改进工作的目的。"
    assert slogans(text) == ["统一思想、增进团结、改进工作"]
