"""Round 60: counts measured on 50 reports of the seed-60 sample. A date word
opening an object after a verb is no tail of a number (开展日常检查: 日 of 日常 stays);
a causative verb right before a verb (督促整改问题, 推动解决问题) is no part of what
is counted; a verb of studying before a count of written pieces (学习了…等3篇文稿)
makes them material read, not writing or publicity; a post holding a verb (组织委员)
ending a list of posts counted together leaves the first post no doer; an adverb
after people counted (书记重点围绕, 两项任务完美结合) is no part of them; a list of
people ending with the masses (党员志愿者以及热心群众) is no count of members; and a
union's 四项基本职能 is a formula. Every sentence is invented; each failed before
its fix, but the guards (marked so). 要求 before the people asked is causative
(他要求全体党员干部从四个方面…: the cadres asked are the doers)."""
from __future__ import annotations

from lookups import the_number
from reportmine.extract.numbers import extract_numbers


# --- a date word after a verb opens the object
def test_richang_after_kaizhan_keeps_ri() -> None:
    text = "区纪委监委开展日常监督90余次。"
    assert the_number(text, 90, "次").object == "日常监督"


def test_richang_jiancha_keeps_ri() -> None:
    text = "镇安监站开展日常检查14次。"
    assert the_number(text, 14, "次").object == "日常检查"


def test_tail_of_a_refused_number_still_dropped_guard() -> None:
    text = "光荣在党50年党员86名。"
    assert the_number(text, 86, "名").object == "党员"


# --- a causative verb before a verb
def test_duncu_zhenggai_wenti() -> None:
    text = "派驻纪检组督促整改问题27个。"
    assert the_number(text, 27, "个").object == "整改问题"


def test_tuidong_jiejue_wenti() -> None:
    text = "工作专班推动解决问题18个。"
    assert the_number(text, 18, "个").object == "解决问题"


def test_causative_with_doers_keeps_them_guard() -> None:
    text = "县委巡察办督促被巡察党组织落实整改措施640余项。"
    n = the_number(text, 640, "项")
    assert (n.object, n.actor) == ("整改措施", "被巡察党组织")


# --- pieces studied are no writing
def test_pieces_studied_take_no_writing_metric() -> None:
    text = "党组集中学习了《关于加强基层治理的意见》等6篇文稿。"
    assert the_number(text, 6, "篇").metric is None


def test_pieces_led_in_study_take_no_metric() -> None:
    text = "支部书记领学了习近平总书记重要讲话等2篇文稿。"
    assert the_number(text, 2, "篇").metric is None


def test_pieces_written_after_study_stay_guard() -> None:
    text = "全体党员学习后撰写了16篇心得体会。"
    assert the_number(text, 16, "篇").metric == "research_articles"


# --- a post holding a verb ends the list of posts counted
def test_zuzhi_weiyuan_ends_the_list_no_doer() -> None:
    text = "各街道党工委书记、组织委员共45余人参加培训。"
    assert the_number(text, 45, "人").actor is None


def test_zuzhi_weiyuan_after_village_secretaries_no_doer() -> None:
    text = "各村党支部书记、组织委员共80余人参加了会议。"
    assert the_number(text, 80, "人").actor is None


def test_party_committee_organizing_people_stays_doer_guard() -> None:
    text = "镇党委组织党员干部70余人参加植树。"
    assert the_number(text, 70, "人").actor == "镇党委"


# --- an adverb after the people or things counted
def test_zhongdian_after_secretaries_ends_them() -> None:
    text = "会上，4位社区党委书记重点围绕基层治理作了述职。"
    assert the_number(text, 4, "位").object == "社区党委书记"


def test_wanmei_after_things_ends_them() -> None:
    text = "把党建与业务两项任务完美结合起来。"
    assert the_number(text, 2, "项").object == "任务"


def test_zhongdian_wenti_reads_on_guard() -> None:
    text = "梳理出3个方面重点问题。"
    assert the_number(text, 3, "个").object == "方面重点问题"


# --- a mixed crowd is no count of members
def test_volunteers_and_masses_are_no_members() -> None:
    text = "社区党员志愿者以及热心群众70余人，深入小巷开展清扫。"
    assert the_number(text, 70, "人").metric is None


def test_cadres_and_members_stay_members_guard() -> None:
    text = "镇机关干部和村党员40余人，深入小巷开展清扫。"
    assert the_number(text, 40, "人").metric == "members"


# --- a union's statutory functions
def test_union_basic_functions_are_a_formula() -> None:
    text = "院工会立足四项基本职能，为教职工办实事。"
    assert [n.value for n in extract_numbers(text)] == []


# --- a person asking others names no doer
def test_yaoqiu_leaves_those_asked_as_doers() -> None:
    text = "他要求全体党员干部从四个方面把握会议精神。"
    assert the_number(text, 4, "个").actor == "全体党员干部"
