"""Round 50: counts measured on a new random sample of collected reports (seed 50).
A bare 两人 (二人) opening a clause right after the people it refers to is a pronoun
(会见李华，两人[就]…交换意见), not a count of people taking part; 召开N次… on a single
named day is the meeting's number with its 第 left out. Every sentence is
invented; each failed before its fix, but the guards (marked so)."""
from __future__ import annotations

from lookups import number_values, the_number


# --- a pair of people named before: a pronoun
def test_a_pair_opening_a_clause_before_jiu_is_a_pronoun() -> None:
    text = "5日，张明会见来访的李华，两人就校地合作交换意见。"
    assert 2 not in number_values(text)


def test_a_pair_doing_something_together_is_a_pronoun() -> None:
    text = "座谈结束后，两人共同察看了新建的党员活动室。"
    assert 2 not in number_values(text)


def test_a_pair_with_a_total_word_stays_a_count() -> None:  # guard
    text = "会上，共有两人作交流发言。"
    assert the_number(text, 2, "人").metric == "speeches"


def test_people_after_a_case_count_stay() -> None:  # guard
    text = "今年以来，共立案14件，两人受到党纪处分。"
    assert the_number(text, 2, "人").metric == "disciplined"


def test_a_delegate_count_of_people_stays() -> None:  # guard
    text = "会上，群众代表3人作表态发言。"
    assert the_number(text, 3, "人").metric == "speeches"


def test_a_pair_speaking_in_turn_stays_a_count() -> None:  # guard
    text = "会上，两人先后作交流发言。"
    assert the_number(text, 2, "人").metric == "speeches"


# --- a meeting held on a single day: its number, 第 left out
def test_a_meeting_numbered_without_di_on_a_day_is_no_count() -> None:
    text = "6月12日，二届县委召开58次常委会会议，专题研究乡村振兴工作。"
    assert 58 not in number_values(text)


def test_meetings_held_over_a_span_of_days_stay_a_count() -> None:  # guard
    text = "6月12日至18日，县委召开3次常委会会议。"
    assert the_number(text, 3, "次").metric == "meetings"


def test_meetings_held_since_a_time_stay_a_count() -> None:  # guard
    text = "今年以来，县委召开12次常委会会议。"
    assert the_number(text, 12, "次").metric == "meetings"


def test_a_tally_after_a_day_stays_a_count() -> None:  # guard
    text = "6月12日，区委通报，今年共召开9次专题会议研究整改工作。"
    assert the_number(text, 9, "次").metric == "meetings"
