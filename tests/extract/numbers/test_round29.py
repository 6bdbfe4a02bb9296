"""Round 29 (num): owners named with 该, verbs that gather people before a bare count,
light verbs with 了, lists of bodies sharing one head noun, problems solved, interviews,
time adverbials closed by 以来, an adverb of manner after a count, joiners at the length
limit.

A body opened by 该 before 有 (该支部有12人参加) owns the people counted, it names none
of them: the verb after them does. A verb that sends or gathers people (组织, 邀请) right
before a bare count names nothing counted either. 作了/做了 introduce what is counted
(12人作了交流发言). Items of a 、 list of bodies sharing the head noun of the people after
them (企事业单位、民办非企业单位专业技术人员) are one phrase; a list after the count may hold
items of up to 12 characters. 解决问题 counts problems solved (rectification_done), not
found; 访谈 and 遍访 are surveys. Every sentence is invented; each failed before its fix
but the guards (marked so) of what the fixes must leave as they were.
"""
from __future__ import annotations

from reportmine.extract.numbers import extract_numbers
from lookups import the_number as one


def spans_honest(text: str) -> None:
    for n in extract_numbers(text):
        assert text[n.span[0]:n.span[1]] == n.text


# --- an owner named with 该 before 有

def test_body_with_demonstrative_owns_the_people():
    text = "青山镇机关第二党支部积极组织培训，该支部有14人参加了培训。"
    n = one(text, 14, "人")
    assert n.object == "参加" and n.metric == "participants"
    spans_honest(text)


def test_demonstrative_office_owns_the_people():
    assert one("该局有23人参加了知识测试。", 23, "人").object == "参加"


def test_guard_people_before_has_stay_counted():
    # guard: people before 有 are what is counted
    assert one("参会党员有17人参加了培训。", 17, "人").object == "参会党员"


def test_guard_demonstrative_owner_of_named_people():
    # guard: the people named after 有 stay the object
    n = one("该支部有党员19人。", 19, "人")
    assert n.object == "党员" and n.metric == "members"


# --- a verb of gathering people right before a bare count

def test_muster_verb_is_no_object():
    n = one("白河中心组织60余人赴烈士陵园参观学习。", 60, "人")
    assert n.object is not None and "组织" not in n.object and n.metric == "participants"


def test_inviting_verb_is_no_object():
    n = one("学院邀请40余人参加座谈。", 40, "人")
    assert n.object.startswith("参加") and n.metric == "participants"


def test_guard_muster_with_people_named():
    # guard: the people named between the verb and the count stay the object
    assert one("组织党员80余人赴纪念馆参观。", 80, "人").object == "党员"


# --- a light verb with 了 after a count of people

def test_made_speeches_with_aspect():
    n = one("座谈会上，9人作了交流发言。", 9, "人")
    assert n.object == "交流发言" and n.metric == "speeches"


def test_did_with_aspect():
    assert one("随后，6人做了表态发言。", 6, "人").object == "表态发言"


def test_guard_verb_with_aspect_stays():
    # guard: a content verb with 了 stays the object
    assert one("18人参加了培训。", 18, "人").object == "参加"


# --- a list of bodies sharing one head noun

def test_list_of_bodies_before_people():
    text = "培训覆盖国有企业、民办学校专业技术人员320余人。"
    n = one(text, 320, "人")
    assert n.object == "国有企业、民办学校专业技术人员" and n.metric == "participants"
    spans_honest(text)


def test_list_of_places_before_people():
    assert one("社区、机关党员210人参加。", 210, "人").object == "社区、机关党员"


def test_guard_list_of_people_keeps_its_last_item():
    # guard: a list of kinds of people is left as it was
    assert one("离退休党员、志愿者共46人参加。", 46, "人").object == "志愿者"


def test_list_after_count_with_long_items():
    text = "全区1500余名村干部、非公有制企业党组织书记和机关青年党员干部参加培训。"
    n = one(text, 1500, "名")
    assert n.object.endswith("机关青年党员干部") and n.metric == "participants"


# --- metrics: problems solved, interviews, visits

def test_problems_solved_are_done():
    assert one("收集各类问题260个，解决问题231件。", 231, "件").metric == "rectification_done"


def test_guard_problems_found_stay_found():
    assert one("收集各类问题260个，解决问题231件。", 260, "个").metric == "problems_found"


def test_interviews_are_surveys():
    assert one("开展座谈访谈87人次。", 87, "人次").metric == "surveys"


def test_visited_households_are_surveys():
    n = one("全镇遍访群众2.3万余户。", 23000, "户")
    assert n.object == "群众" and n.metric == "surveys"


# --- light verbs before the count, adverbials, adverbs of manner, joiners

def test_variant_of_draw_up_is_light():
    n = one("各单位制订为民办实事项目清单86项。", 86, "项")
    assert n.object == "为民办实事项目清单" and n.metric == "practical_deeds"


def test_recorded_notes_leave_the_verb_out():
    assert one("机关干部记录学习笔记300余条。", 300, "条").object == "学习笔记"


def test_time_adverbial_closed_by_since():
    n = one("5月份以来排查各村矛盾纠纷120余件。", 120, "件")
    assert not n.object.startswith("以来") and n.metric == "disputes_resolved"


def test_manner_adverb_ends_the_object_after_a_count():
    assert one("检查组赴8家单位集中开展暗访。", 8, "家").object == "单位"
    assert one("210多名党务干部集中培训。", 210, "名").object == "党务干部"


def test_joiner_at_the_length_limit_opens_no_object():
    text = "县直各部门单位党组织负责人、受表彰和新确认的县级机关先进支部的书记共计190余人参加会议。"
    n = one(text, 190, "人")
    assert not n.object.startswith("和")
    spans_honest(text)
