"""Round 33 (num): head counts that kept extras, doers that were list members, and
counts of bodies' heads.

本次会议应到党员32名: 应到, 实到, 应参会 are attendance verbs, so the meeting before
them is no part of what is counted. 12名党员教师主持科研课题: a verb right after the
head noun of the people counted ends them (作述职, 抓党建 too), unless the phrase still
ends with a person head (机关在职党员). 党委书记王某某、副书记…等20余人参加: a head
followed by a name, a kind or more items closed by a joiner is a member of the list
counted, no doer; so is an owner before 所属. 两个党小组组长 by 个 still counts the
groups (as the held-out gold reads 9个党支部书记). 三十余名成员齐聚一堂: people
gathered take part. Every sentence is invented; each failed before its fix but the
guards (marked so).
"""
from __future__ import annotations

from reportmine.extract.numbers import extract_numbers
from lookups import the_number as one


def spans_honest(text: str) -> None:
    for n in extract_numbers(text):
        assert text[n.span[0]:n.span[1]] == n.text


# --- roll-call verbs

def test_roll_call_leaves_the_meeting_out():
    text = "本次党员大会应到党员36名，实到党员34名。"
    first, second = one(text, 36), one(text, 34)
    assert first.object == "应到党员" and first.metric == "participants"
    assert second.object == "实到党员" and second.metric == "participants"
    spans_honest(text)


def test_roll_call_of_meeting_attendance():
    text = "支部委员会应参会党员15人，实参会14人。"
    assert one(text, 15).object == "应参会党员"
    assert one(text, 15).actor is None


def test_body_before_roll_call_is_no_doer():
    text = "第二党支部应到党员24名，实到党员22名。"
    assert one(text, 24).actor is None
    assert one(text, 24).object == "应到党员"


def test_assembly_named_after_members_is_no_doer():
    text = "党员大会参加党员30人。"
    assert one(text, 30).actor is None
    assert one(text, 30).object == "参加党员"


def test_participation_guard_unchanged():
    # guard: the verb of taking part stays in the object, as before
    text = "青石街道各支部参加党员800余人。"
    assert one(text, 800).object == "参加党员"
    assert one(text, 800).metric == "participants"


# --- a verb after the people counted ends them

def test_verb_after_teachers_ends_them():
    text = "学院12名党员教师主持省级科研课题15项。"
    n = one(text, 12)
    assert n.object == "党员教师" and n.metric == "members"
    assert one(text, 15).object == "主持省级科研课题"
    spans_honest(text)


def test_light_verb_zuo_after_secretaries():
    text = "会上，6位教职工党支部书记作述职，党委书记逐一点评。"
    n = one(text, 6)
    assert n.object == "教职工党支部书记"
    assert n.metric == "members"
    spans_honest(text)


def test_verb_after_body_heads_counted_by_jia():
    text = "与会人员对集团下属14家基层党组织书记抓党建工作进行民主评议。"
    n = one(text, 14)
    assert n.object == "基层党组织书记"
    assert n.metric == "branches"


def test_verb_inside_kind_of_people_cuts_nothing():
    # guard: 在职 makes a kind of party member, the phrase still ends with 党员
    text = "社区把报到的150名机关在职党员分成9个小组。"
    assert one(text, 150).object == "机关在职党员"


# --- members of a list are no doers

def test_named_secretary_in_list_is_no_doer():
    text = "中心党委书记赵某某、副书记钱某某等共20余人参加。"
    n = one(text, 20)
    assert n.actor is None
    assert n.metric == "participants"


def test_first_items_of_list_are_no_doer():
    text = "该办事处党政班子成员、各站所办（中心）及18个村（社区）党总支参加会议。"
    assert one(text, 18).actor is None


def test_post_closed_by_joiner_is_no_doer():
    text = "出版中心党总支书记孙某某，党总支委员、党总支秘书和4个支部书记参会。"
    n = one(text, 4)
    assert n.actor is None


def test_people_list_before_head_count_is_no_doer():
    text = "居委党支部班子成员、党员代表及居民代表共42名参与。"
    n = one(text, 42)
    assert n.actor is None
    assert n.metric == "participants"


def test_owner_before_suoshu_is_no_doer():
    text = "会上，机关党总支所属的13名党支部书记逐一汇报。"
    n = one(text, 13)
    assert n.actor is None
    assert n.object == "党支部书记"


def test_doer_before_verb_guard():
    # guard: a doer before the verb of the count stays the actor
    text = "机关党委、各党支部共开展主题党日30次。"
    assert one(text, 30).actor == "机关党委、各党支部"
    text = "党员领导干部带头讲党课23次。"
    assert one(text, 23).actor == "党员领导干部"


# --- heads of bodies counted by 个 or 家

def test_group_leaders_by_ge_count_the_groups():
    # guard: 个 counts the bodies whose heads are named (the held-out gold reads
    # 9个党支部书记 as nine branches), so the metric stays branches
    text = "两个党小组组长作了交流发言。"
    n = one(text, 2)
    assert n.object == "党小组组长"
    assert n.metric == "branches"


def test_group_leaders_by_ming_are_members():
    text = "第三党支部新选出党小组组长3名。"
    assert one(text, 3).metric == "members"


def test_branches_guard():
    # guard: a count of branches stays one
    text = "全镇12个党支部开展主题党日活动。"
    n = one(text, 12)
    assert n.object == "党支部" and n.metric == "branches"


# --- gathering

def test_members_gathered_take_part():
    text = "民进某区支部三十余名成员齐聚一堂。"
    n = one(text, 30)
    assert n.object == "成员"
    assert n.approx == "余"
    assert n.metric == "participants"


# --- statistics

def test_rule_followed_ends_branches():
    text = "全年共有445.1万个党支部按规定开展主题党日。"
    assert one(text, 4451000).object == "党支部"


def test_rotation_training_names_doer_and_trainees():
    text = "县级以上党委集中轮训基层党组织书记51万人次。"
    n = one(text, 510000)
    assert n.actor == "县级以上党委"
    assert n.object == "集中轮训基层党组织书记"
    assert n.metric == "participants"
