"""Round 66: counts measured on 40 reports of the seed-66 sample. 宗 counts cases as
起 does (破获诈骗案件17宗); a verb of seizing or cracking (查获, 抓获, 破获, 缴获, 侦破)
introduces what is counted and is read whole, not as a bare 获; a year's time word
after the things counted (三个中心[今年]…, [过去]两年…) ends them; and a doer head
without a dictionary word before 的 (五个督导组[的]工作总结) is a noun owning what
follows, so the groups are counted. Every sentence is invented; each failed before
its fix, but the guards (marked so)."""
from __future__ import annotations

from reportmine.extract.numbers import extract_numbers

from lookups import the_number


# --- 宗 counts cases
def test_zong_counts_cases() -> None:
    text = "今年以来，该分局共破获电信网络诈骗案件17宗。"
    n = the_number(text, 17, "宗")
    assert n.object == "电信网络诈骗案件"


def test_zong_with_a_hedge() -> None:
    text = "一季度，缉私部门查获各类走私案件30余宗。"
    n = the_number(text, 30, "宗")
    assert n.approx == "余" and n.object == "各类走私案件"


def test_zong_after_chachu_takes_cases_filed() -> None:
    text = "区纪委监委立案查处违纪案件9宗。"
    assert the_number(text, 9, "宗").metric == "cases_filed"


def test_zongzhi_is_no_count() -> None:  # guard
    text = "青年干部表示将坚守服务群众的初心和宗旨。"
    assert extract_numbers(text) == []


# --- verbs of seizing or cracking are read whole
def test_zhuahuo_is_read_whole() -> None:
    text = "专项行动期间，民警抓获网上逃犯23名。"
    assert the_number(text, 23, "名").object == "网上逃犯"


def test_zhencha_is_read_whole() -> None:
    text = "去年全县公安机关侦破刑事案件418起。"
    assert the_number(text, 418, "起").object == "刑事案件"


# --- a year's time word after the things counted ends them
def test_jinnian_after_the_things_counted_ends_them() -> None:
    text = "会议要求三个中心今年各完成一项重点课题。"
    assert the_number(text, 3, "个").object == "中心"


def test_guoqu_after_the_things_counted_ends_them() -> None:
    text = "他回顾了五个工作站过去两年取得的进展。"
    assert the_number(text, 5, "个").object == "工作站"


def test_year_word_before_a_noun_stays() -> None:  # guard
    text = "确定了12项今年重点工作任务。"
    assert the_number(text, 12, "项").object == "今年重点工作任务"


# --- a doer head with no dictionary word before 的
def test_groups_before_de_are_counted() -> None:
    text = "会议审议了五个督导组的工作总结。"
    assert the_number(text, 5, "个").object == "督导组"


def test_inspection_groups_before_de_are_counted() -> None:
    text = "与会同志对三个巡察组的工作汇报进行了讨论。"
    assert the_number(text, 3, "个").object == "巡察组"


def test_adjective_before_de_stays() -> None:  # guard
    text = "督导组指出了两个较突出的问题。"
    assert the_number(text, 2, "个").object == "较突出的问题"
