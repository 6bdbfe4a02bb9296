"""Round 27 (num3): age brackets, quoted means, manner nouns before a verb, 课次.

An age or age bracket written before a group's name (40岁以下党员, 36至45岁的,
30岁及以下) is part of that name: the object keeps the age's number and 岁, not
以下 alone. A cue inside a quoted name that is a means or an agent of the deed
(被“学习强国”采用, 通过“学习强国”) says nothing of what is counted. A manner noun
right after a count of events (3次[专题]研究…) is an adverb of the verb after it, so
the verb is part of the object. 课次 counts lectures, party lectures and training
lessons. Every sentence is invented; each failed before its fix, but the guards
(marked so) of what the fixes must leave as they were.
"""
from __future__ import annotations

from reportmine.extract.numbers import extract_numbers
from lookups import the_number as one


def spans_honest(text: str) -> None:
    for n in extract_numbers(text):
        assert text[n.span[0]:n.span[1]] == n.text


# --- age brackets name their group

def test_age_below_share():
    text = "全县40岁以下村干部占比达到27.5%。"
    n = one(text, 27.5, "%")
    assert n.object == "40岁以下村干部占比" and n.metric == "share"
    spans_honest(text)


def test_age_below_bare_group():
    text = "新发展党员中，30岁以下的有86名。"
    n = one(text, 86, "名")
    assert n.object.startswith("30岁以下")


def test_age_bracket_range_and_floor():
    text = "全市党员中，36至45岁党员2310名，30岁及以下党员1580名。"
    assert one(text, 2310, "名").object == "36至45岁党员"
    assert one(text, 1580, "名").object == "30岁及以下党员"
    spans_honest(text)


def test_age_guard_no_age():
    # guard: a group without an age keeps its name
    text = "全县女党员1230名，占比28.6%。"
    assert one(text, 1230, "名").object.endswith("女党员")


# --- a quoted means or agent names no deed

def test_quoted_agent_no_study_sessions():
    text = "其中报送的信息被“学习强国”平台采用7次。"
    assert one(text, 7, "次").metric is None


def test_quoted_means_outside_cue_kept():
    # guard: a cue outside the quote still decides
    text = "支部组织党员通过“学习强国”开展集中学习16次。"
    assert one(text, 16, "次").metric == "study_sessions"


def test_quoted_deed_guard():
    # guard: a quoted deed that is what was done stays its cue
    text = "全年共办理“我为群众办实事”项目43件。"
    assert one(text, 43, "件").metric == "practical_deeds"


# --- a manner noun before a verb

def test_manner_noun_takes_verb():
    text = "县委常委会先后4次专题研究乡村振兴工作。"
    assert one(text, 4, "次").object == "专题研究"


def test_manner_guard_noun():
    # guard: 专题 as part of a noun after the count stays that noun
    text = "全年举办3次专题讲座。"
    assert one(text, 3, "次").object == "专题讲座"


# --- 课次

def test_lesson_times_party_lectures():
    text = "依托网络平台推送“微党课”35课次。"
    assert one(text, 35, "课次").metric == "party_lectures"


def test_lesson_times_trainings():
    text = "全年开展教育培训260课次。"
    assert one(text, 260, "课次").metric == "trainings"


def test_age_bracket_both_ends_aged():
    text = "从年龄看，46岁至55岁的党员3120名。"
    assert one(text, 3120, "名").object.startswith("46岁至55岁")
