"""Round 62 (people): names that whole reports of the genre showed missed or false.
A name right after an adverb of sequence (首先, 随后, 接着, 然后, 最后) and before its
post opens there as after punctuation (left_cues); 宇 is a family name read in strong
frames only (surnames_rare.txt), so a titled 、 list goes on past it; 卫健 (the health
commission's short name) is no name (person_stopwords.txt); 律师 after a name marks
it as 教授 does, no title, unless a body's word follows (律师事务所, 律师协会:
after_anchor_tails); firms listed before a party post share the party body with it
(甲集团、乙集团纪委书记 -> 甲集团纪委书记, never 甲集团书记).

Invented sentences in the genre; made-up units and names."""
from __future__ import annotations

from lookups import titles_by_name
from lookups import person_names as _names


# --- an adverb of sequence before a name and its post ---------------------------------------------

def test_name_after_first_of_all():
    text = "首先孙建平书记为全体党员讲授了专题党课。"
    assert titles_by_name(text) == {"孙建平": ["书记"]}


def test_name_after_first_of_all_before_a_deputy_post():
    text = "首先邱晓红副校长为新入职教师作专题辅导。"
    assert titles_by_name(text) == {"邱晓红": ["副校长"]}


# --- a rare family name inside a titled list -------------------------------------------------------

def test_rare_surname_keeps_the_list_going():
    text = "省水文局局长白志远，副局长江海林、宇如松、韩晓梅出席了会议。"
    assert titles_by_name(text) == {"白志远": ["局长"], "江海林": ["副局长"], "宇如松": ["副局长"],
                                    "韩晓梅": ["副局长"]}
    assert _names("宇航精神激励着全体党员。") == []  # no name in an open frame


# --- the health commission's short name ----------------------------------------------------------

def test_health_commission_short_name_is_no_person():
    text = "3月2日，县卫健局召开专题会议。卫健系统全体干部参加会议。"
    assert _names(text) == []


# --- a lawyer named -------------------------------------------------------------------------------

def test_lawyer_after_a_name():
    text = "会议决定由柏海清律师担任年度课题的执笔人。"
    assert titles_by_name(text) == {"柏海清": []}
    assert _names("湖北金林律师事务所党支部开展主题党日活动。") == []  # a firm's name, no lawyer
    assert _names("会议通报了江西省律师当选各级人大代表的情况。") == []  # the lawyers' province


def test_lawyer_after_a_name_in_a_list():
    text = "市律协邀请龚志伟律师、蒋丽萍律师为青年律师作专题讲座。"
    assert set(_names(text)) == {"龚志伟", "蒋丽萍"}


# --- firms listed before a party post -------------------------------------------------------------

def test_firms_share_the_party_body():
    text = "会议由宏达港务公司、宏达物流公司纪委书记潘立新主持。"
    assert titles_by_name(text) == {"潘立新": ["宏达港务公司纪委书记", "宏达物流公司纪委书记"]}
    # party bodies listed keep the bare post
    assert titles_by_name("会议由公司党委、纪委书记潘立新主持。") == {"潘立新": ["公司党委书记", "纪委书记"]}


def test_firms_share_the_party_committee():
    text = "东江电力公司、东江水务公司党委书记戴明远出席会议。"
    assert titles_by_name(text) == {"戴明远": ["东江电力公司党委书记", "东江水务公司党委书记"]}
