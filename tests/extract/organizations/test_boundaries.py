"""Organizations in reports of courts, police, hospitals, people's congresses
and democratic parties: verbs, meetings, terms and grades read as
names, cut names, and a kind. Sentences invented for these tests."""
from __future__ import annotations

import pytest

from reportmine.extract.organizations import extract_organizations

from lookups import extracted_org_names as names


def kinds(text: str) -> list[tuple[str, str]]:
    return [(o.name, o.kind) for o in extract_organizations(text)]


@pytest.mark.parametrize("text, expected", [
    # a sports hall or a library right before a room is where the meeting sits
    ("机关第二党支部在体育馆会议室召开组织生活会。", ["机关第二党支部"]),
    ("学院党委在图书馆二楼报告厅召开专题民主生活会。", ["学院党委"]),
    # elsewhere the library stays a body of the school
    ("图书馆党支部召开党员大会。", ["图书馆党支部"]),
])
def test_a_hall_before_a_room_is_a_venue(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("要发挥手术室党支部的战斗堡垒作用。", ["手术室党支部"]),
    ("发挥检验科党支部的作用。", ["检验科党支部"]),
    # (the older reading of a verb cut from a word stays: 示范|点)
    ("省委开展示范点督查组工作。", ["省委"]),
])
def test_a_verb_read_across_two_words_gives_back_the_noun(text: str, expected: list[str]) -> None:
    assert names(text)[:len(expected)] == expected


@pytest.mark.parametrize("text, expected", [
    ("这成为润州法院党建工作的一张名片。", ["润州法院"]),
    ("他们成为青州法院的骨干。", ["青州法院"]),
    # a verb before a committee is still no place
    ("大家深入学习市委全会精神。", ["市委"]),
])
def test_a_dictionary_place_before_its_level_is_kept(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("会议充分发挥了不同党支部的优势。", []),
    ("被市委组织部命名为五星党支部。", ["市委组织部"]),
    ("支部争创四强党支部。", []),
    ("局党组召开专题研究会。", ["局党组"]),
    # a village that carries the word keeps it
    ("五星村党支部召开组织生活会。", ["五星村党支部"]),
])
def test_a_grade_or_a_kind_names_no_body(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("认真查摆县局党委班子在作风方面的问题。", ["县局党委"]),
    ("会议查摆支部存在的问题。", []),
])
def test_finding_faults_is_a_verb(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("分局党委随即召开专题党委会议。", ["分局党委"]),
    ("分别召开巡视整改专题党委会，研究整改措施。", []),
    ("分别召开巡视整改专题党组会，研究整改措施。", []),
    # a committee named before its meeting stays
    ("青山县卫健局党委会议研究了整改方案。", ["青山县卫健局党委"]),
])
def test_a_thematic_meeting_names_no_body(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("成立了巡察整改落实工作领导小组，党委书记任组长。", ["巡察整改落实工作领导小组"]),
    ("局党组成立巡视整改落实工作领导小组。", ["局党组", "巡视整改落实工作领导小组"]),
])
def test_a_rectification_group_is_whole(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("差额选举产生了新一届机关党总支委员会。", [("机关党总支委员会", "branch")]),
    ("中共青山县第二中学总支委员会召开会议。", [("中共青山县第二中学总支委员会", "branch")]),
])
def test_a_general_branch_committee_is_a_branch(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("新一届机关党委召开第一次全体会议。", ["机关党委"]),
    ("大会选举产生了新一届学院党委。", ["学院党委"]),
    ("各支部选举产生了第一届支部委员会。", []),
    ("各支部第二届支部委员会任期届满。", []),
    ("会议选举新一届党总支委员会。", []),
    # a body of another kind before the term keeps it (earlier rounds)
    ("研究院新一届党委召开会议。", ["研究院新一届党委"]),
])
def test_a_term_names_no_other_body(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("会议学习了中心组学习会议暨市委全委会议精神。", ["市委"]),
    ("召开表彰大会暨团委换届大会。", []),
    # a group set up for both events is named across 暨
    ("县委庆祝建党百年活动暨党史学习教育领导小组召开会议。", ["县委庆祝建党百年活动暨党史学习教育领导小组"]),
])
def test_a_joiner_of_two_meetings_opens_no_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("会议要求各乡镇街道人大认真组织学习。", []),
    ("各街道党工委要抓好落实。", []),
    # one street's committee, written with its level only, stays (as 县纪委 does)
    ("街道党工委书记王芳主持会议。", ["街道党工委"]),
])
def test_every_street_is_no_body(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("会议学习了市二中院、东城法院的做法。", ["市二中院", "东城法院"]),
    ("县一中召开党员大会。", ["县一中"]),
])
def test_a_numbered_intermediate_court_is_no_school(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a city the dictionary knows opens a company's name longer than the free run
    ("记者从北京市东方航天通讯技术发展中心获悉。", ["北京市东方航天通讯技术发展中心"]),
    ("河北省白桦岭机械林场党委书记王刚宣讲。", ["河北省白桦岭机械林场党委"]),
    # an adverb before that city is no part of the place
    ("他说，正巧北京市东方航天通讯技术发展中心也派人来了。", ["北京市东方航天通讯技术发展中心"]),
    # an unknown place before a level is still read whole
    ("芦溪县里仁镇党委召开会议。", ["芦溪县里仁镇党委"]),
])
def test_a_known_city_opens_a_long_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("外国文学研究团队党支部召开组织生活会。", ["外国文学研究团队党支部"]),
    ("外国语言文学系党总支召开会议。", ["外国语言文学系党总支"]),
    # 外国 alone before a body stays generic
    ("外国政府和外国使馆代表出席。", []),
])
def test_a_field_that_opens_with_a_generic_word(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("九三学社青山市东城支社召开支委会议。", ["九三学社青山市东城支社"]),
    ("各支社主委参加会议。", []),
])
def test_a_democratic_partys_branch_society(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a committee written short with 委会 after a known body and a one-character field
    ("老挝国会财委会主席出席了会议。", ["老挝国会财委会"]),
    ("市政府法制委召开会议。", ["市政府法制委"]),
    # the longer endings stay as they were
    ("县政协常委会召开会议。", ["县政协常委会"]),
    ("村委会主任王刚主持。", []),
])
def test_a_committee_written_short_with_wei_hui(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a noun (职工, 员工) before 会议: a meeting or its room, no union (工会)
    ("会议在公司职工会议室召开。", []),
    ("召开全体员工会议。", []),
    ("县总工会会议室里座无虚席。", ["县总工会"]),
    # a town whose name ends in its level (许镇镇) keeps its first character
    ("县委巡察组与东镇镇党委负责人召开见面会。", ["县委巡察组", "东镇镇党委"]),
    ("分别在被巡察村村部设置意见箱。", []),
    # villages counted, both sides, a village level: none named
    ("全镇72个村支部委员会分别开展活动。", []),
    ("辖区内的村级党支部开展活动。", []),
    ("双方支部党员近30人参加。", []),
    # a type of body, after a quoted model or a verb
    ("成立了“三网融合”型社区党委。", []),
    ("努力建设服务型党支部。", []),
])
def test_counted_typed_and_joined_words_name_no_body(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("院第三督导小组到会点评。", ["院第三督导小组"]),
    ("县委第二督导小组组长王刚点评。", ["县委第二督导小组"]),
    # the party and the government, a field hospital, a season: no body named
    ("大家积极响应党政府和医院的号召。", []),
    ("在条件艰苦的方舱医院坚守。", []),
    ("传达学习院2024年夏季党组扩大会议精神。", []),
    ("国庆乡党委召开会议。", ["国庆乡党委"]),
])
def test_supervising_groups_and_kinds(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 巡视 is the verb before a body it inspects; the names that hold it stay whole
    ("省委巡视组通报了巡视青山市检察院党组发现的问题。", ["省委巡视组", "青山市检察院党组"]),
    ("省委巡视工作领导小组召开会议。", ["省委巡视工作领导小组"]),
    ("学校巡视反馈意见整改落实工作领导小组召开会议。", ["学校巡视反馈意见整改落实工作领导小组"]),
    ("高检院巡视办负责同志出席。", ["高检院巡视办"]),
    ("列席会议的有“不忘初心”主题教育巡视指导组成员。", ["“不忘初心”主题教育巡视指导组"]),
])
def test_inspecting_is_a_verb_before_a_body(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "into" of a campaign leaves the ending bare
    ("推动宣讲进机关、进社区、进企业。", []),
    ("送学进机关活动反响热烈。", []),
    ("先进党支部评选结果公布。", []),
    ("县促进会召开理事会。", ["县促进会"]),
    # a conjunction, a count or a date before a place
    ("学习了《选编》，及青川市委书记王刚的讲话。", ["青川市委"]),
    ("贯彻省委30条和市委20条。", ["省委", "市委"]),
    ("2021年和平街道党工委召开会议。", ["和平街道党工委"]),
    # an area counted before a centre
    ("建成1600平方米东园社区党群服务中心。", ["东园社区党群服务中心"]),
    # a question word, a leader's liaison branch, a verb before a body named alone
    ("思考怎样建设共青团。", ["共青团"]),
    ("校领导到所联系党支部指导。", []),
])
def test_verbs_conjunctions_and_counts_open_no_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # after a whole word a conjunction joins two items, even right after punctuation
    ("为保证实效，工作队和村党支部给党员发放书籍。", []),
    ("，上和村党支部召开会议。", ["上和村党支部"]),
    # the copula never sits inside a place name
    ("报告会的内容是区纪委对上年度工作的通报。", ["区纪委"]),
    ("和平里社区党支部召开会议。", ["和平里社区党支部"]),
])
def test_a_joiner_or_a_copula_after_a_word_is_no_place(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb before a level-led body is the sentence's
    ("会上，研究县检察院工作要点。", ["县检察院"]),
    ("会上，建设省检察院文化长廊。", ["省检察院"]),
    ("会议审议并研究市政协常委会工作报告。", ["市政协常委会"]),
    ("会上，建设中国农业银行网点。", ["中国农业银行"]),
    ("科教创新区党委召开会议。", ["科教创新区党委"]),
    # a level or a known part after the verb's first characters keeps the name
    ("自治区纪委召开会议。", ["自治区纪委"]),
    ("实验小学党支部召开会议。", ["实验小学党支部"]),
    # a verb before the bare ending may be a field, and stays
    ("缉私分局召开党员大会。", ["缉私分局"]),
    # a body's central task or overall situation names no centre
    ("服务市委中心大局。", ["市委"]),
    ("围绕县委中心工作开展活动。", ["县委"]),
])
def test_a_leading_verb_and_a_central_task(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("县级以上党委要集中轮训基层党组织书记。", []),
    ("非党委委员的其他班子成员列席会议。", []),
    ("党委党组对党风廉政建设负主体责任。", []),
])
def test_generic_phrases_of_committees(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("三个支部分别进行了民主评议党支部和民主评议党员工作。", []),
    ("活动中党支部书记李红同志公开承诺。", []),
    ("领导干部在分管领域党支部上党课。", []),
    ("县民主评议政风行风工作领导小组召开会议。", ["县民主评议政风行风工作领导小组"]),
])
def test_reviews_activities_and_fields_name_no_branch(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the bodies of two parties, a kind of school alone, a care home
    ("会谈中，甲国和乙国两国政府表示将加强合作。", []),
    ("中老双方党委加强交流。", []),
    ("职业中学的学生参加活动。", []),
    ("东城职业中学召开会议。", ["东城职业中学"]),
    ("阳光养老院院长王芳介绍。", ["阳光养老院"]),
])
def test_pairs_kinds_and_care_homes(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the traffic police (交警) is a noun: 交 does not cut the name
    ("联合高速公路交警大队党支部开展主题党日活动。", ["高速公路交警大队党支部"]),
    ("县公安局交警大队党支部召开会议。", ["县公安局交警大队党支部"]),
    # a level alone (省级, 市级) names no body; a city's own level does
    ("总局召开省级检察院工作会议。", []),
    ("上海市市级机关工委召开会议。", ["上海市市级机关工委"]),
])
def test_traffic_police_and_levels(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # several levels listed before the ending: every such body, none named
    ("全市各区县妇联也组织开展了活动。", []),
    ("省市法院要加强协作。", []),
    ("省市联合督导组到会指导。", ["省市联合督导组"]),
    # on behalf of the league committee, no delegation
    ("王刚代表团委报告了青年理论学习情况。", []),
])
def test_levels_listed_and_on_behalf_of(text: str, expected: list[str]) -> None:
    assert names(text) == expected
