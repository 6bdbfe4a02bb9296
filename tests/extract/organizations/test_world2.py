"""Organizations of general news beyond the meeting genre (round 17b): a
foreign country's parties and armed forces, and their centres; verbs and
prepositions that open no name. Sentences invented for these tests."""
from __future__ import annotations

import pytest

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text, expected", [
    # a country opens a party or an army whose ending is no body alone
    ("瑞典国防军参谋长昨天抵达北京。", ["瑞典国防军"]),
    ("德国联邦国防军将撤出该地区。", ["德国联邦国防军"]),
    ("泰国民主党领袖表示支持。", ["泰国民主党"]),
    ("英国工党在选举中获胜。", ["英国工党"]),
    ("日本自民党干事长发表讲话。", ["日本自民党"]),
    ("英国海军舰艇编队访问上海。", ["英国海军舰艇编队"]),
    ("据俄罗斯国际文传电讯社报道。", ["俄罗斯国际文传电讯社"]),
    # the party's centre, and its central committee, are that party's (no Chinese 党中央)
    ("老挝人民革命党中央总书记会见了客人。", ["老挝人民革命党中央"]),
    ("越南共产党中央委员会发来贺电。", ["越南共产党中央委员会"]),
    # a member, a soldier, sectors listed, or no country: no body
    ("美国共产党员在集会上发言。", []),
    ("法国军人参加了演习。", []),
    ("俄罗斯军队撤出。", []),
    ("越南党政军高层会晤。", []),
    ("飞机编队飞过广场。", []),
    ("他热爱党，坚定跟党走。", []),
    ("日本人民热爱和平，反对军国主义。", []),
    ("全体党员坚决拥护党中央的决定。", ["党中央"]),
])
def test_a_country_opens_its_party_or_army(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a head of state's post between a country and a long ending: the office's body
    ("印度尼西亚总统反腐委员会公布了报告。", ["印度尼西亚总统反腐委员会"]),
    ("美国总统经济顾问委员会主席说。", ["美国总统经济顾问委员会"]),
    # no country, or a short ending (a person's government): left as before
    ("市委书记反腐委员会", ["市委", "反腐委员会"]),
    ("美国总统克林顿政府。", ["克林顿政府"]),
])
def test_a_head_of_states_office(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a term alone before a body elected by terms names that term's body
    ("各界代表出席了八届政协开幕式。", ["八届政协"]),
    ("会议审议了十三届人大常委会工作报告。", ["十三届人大常委会"]),
    # and it stays with a committee of that body
    ("会议决定设立六届人大常委会民族委员会。", ["六届人大常委会民族委员会"]),
    # before another body the term is still dropped
    ("十二届县委第三轮巡察开始。", ["县委"]),
])
def test_a_term_names_its_body(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a section (科, 处) right after a named unit's ending belongs to that unit
    ("患者在军区总医院心外科接受手术。", ["军区总医院心外科"]),
    ("他在人民医院骨科住院。", ["人民医院骨科"]),
    # no named unit, a word ending in 科, or a room: no section
    ("大学外联处负责接待。", []),
    ("加强医院学科建设。", []),
    ("代表们在法院诉讼服务中心接待室座谈。", []),
])
def test_a_section_of_a_named_unit(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 有 or 同 alone before an ending is the sentence's verb or preposition
    ("这次成绩里面有工会干部的辛苦。", []),
    ("会上，校领导同代表团进行了座谈。", []),
    ("局长同调研组一行进行了交流。", []),
    ("我们有党支部书记参加。", []),
    ("他还同团中央领导交谈。", ["团中央"]),
    # but a noun or a place they open keeps them, and so does a longer name
    ("他毕业于同济大学。", ["同济大学"]),
    ("同江市委召开会议。", ["同江市委"]),
    ("同安区委召开会议。", ["同安区委"]),
    ("全省有色金属公司党委召开会议。", ["有色金属公司党委"]),
])
def test_a_verb_or_preposition_opens_no_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # celebrating a body's founding: the body, without the verb
    ("他出席了庆祝南开大学建校百年大会。", ["南开大学"]),
    ("隆重庆祝县人民医院建院六十周年。", ["县人民医院"]),
    ("庆祝市第一中学成立70周年大会举行。", ["市第一中学"]),
    # a group named for the celebration stays whole
    ("全县庆祝中国共产党成立100周年活动领导小组召开会议。", ["庆祝中国共产党成立100周年活动领导小组"]),
])
def test_the_body_celebrated(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 单位 opens no name: a member unit, then the body
    ("民生服务团成员单位区新闻宣传中心参加会议。", ["区新闻宣传中心"]),
    ("他所在单位区委组织部发来通知。", ["区委组织部"]),
    # the committee of the directly affiliated units stays a body
    ("直属单位党委召开会议。", ["直属单位党委"]),
    ("学校直属单位党委召开会议。", ["学校直属单位党委"]),
    ("各直属单位党委书记参加。", []),
])
def test_unit_is_a_generic_word(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # branches of research teams: fields joined by 及/与, a verb naming a field of study
    ("学院设立声学及应用声学团队党支部。", ["声学及应用声学团队党支部"]),
    ("学院设立翻译学团队党支部。", ["翻译学团队党支部"]),
    ("学院设立比较法学与国际法研究团队党支部。", ["比较法学与国际法研究团队党支部"]),
    ("研究院设立植物遗传与发育生物学研究所。", ["植物遗传与发育生物学研究所"]),
    # a generic word that opens a dictionary noun stays (外国语学院)
    ("滨江大学外国语学院党委召开会议。", ["滨江大学外国语学院党委"]),
    # a second body after the joiner is no field (及|包头医学院, 及|中国科学院)
    ("会上听取了处理建议及包头医学院党委的意见。", ["包头医学院党委"]),
    ("感谢基金委员会资助项目及中国科学院的支持。", ["基金委员会", "中国科学院"]),
])
def test_research_team_branches(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_verb_cut_from_a_word_names_no_field() -> None:
    # 直|接送|学: 接送 is cut from 直接, so it opens no field of study
    assert not any(n.startswith(("直接", "接送")) for n in names("将党史直接送学进机关、进社区。"))


@pytest.mark.parametrize("text, expected", [
    # a committee written short right after a named body (财经|委)
    ("全国人大财经委负责人介绍了草案。", ["全国人大财经委"]),
    ("市政府法制委召开会议。", ["市政府法制委"]),
    # a post (常委, 组织委员) is no committee
    ("县委常委出席会议。", ["县委"]),
    ("机关党委组织委员参加。", ["机关党委"]),
    ("公司党委宣传委员作了发言。", ["公司党委"]),
])
def test_a_committee_written_short(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 办成 (to make into) is a verb, no office
    ("要把全市的教育办成人民满意的教育。", []),
    ("县教育办召开会议。", ["县教育办"]),
])
def test_ban_cheng_is_a_verb(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 新 as the whole qualifier: the new one, none named
    ("新内阁将于下周宣誓就职。", []),
    ("新党支部成立后召开第一次会议。", []),
    # a place that opens with 新 keeps it
    ("新乡市委召开会议。", ["新乡市委"]),
    ("新区党工委召开会议。", ["新区党工委"]),
])
def test_new_alone_names_no_body(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 设置 and 优化 are verbs (jieba tags them vn): no part of a name
    ("探索依托科研平台设置党支部。", []),
    ("不断优化教师党支部设置。", []),
    ("就优化中心的功能设置进行了交流。", []),
])
def test_set_up_and_optimise_are_verbs(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a kind of body a unit aims to be, none named
    ("这是办好中国特色社会主义大学的重要支撑。", []),
    ("加快建设世界一流大学。", []),
    ("全力打造高水平医院。", []),
])
def test_a_kind_of_body_names_none(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the same body's new term, and a post after it, name no other body
    ("他当选为青山中学党支部新一届支部书记。", ["青山中学党支部"]),
    ("四名同志当选校部机关第三党支部新一届支部委员会委员。", ["校部机关第三党支部"]),
    # another kind of body after the term is that unit's body
    ("讨论了青山研究院新一届党委人选。", ["青山研究院新一届党委"]),
    # 政治协商会议 holds no chamber of commerce (商会)
    ("纪念中国人民政治协商会议成立70周年。", []),
])
def test_a_new_term_of_the_same_body(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_employer_is_a_noun_not_a_verb() -> None:
    # 雇主 (employer) is a noun: it cuts no association's name
    assert names("记者王小明报道：德国雇主协会举行宴会。") == ["德国雇主协会"]
