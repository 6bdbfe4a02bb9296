"""The organizations extractor: table tests on invented sentences, and a gate on ../shared dev."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportmine import resources
from reportmine.extract import organizations as orgs_mod
from reportmine.extract.organizations import extract_organizations, mask_quoted

from lookups import extracted_org_names as names


def kinds(text: str) -> dict[str, str]:
    return {o.name: o.kind for o in extract_organizations(text)}


# Each kind, by its fullest form ------------------------------------------------

@pytest.mark.parametrize("text, name, kind", [
    ("8月3日，青松县水利局党组召开专题民主生活会。", "青松县水利局党组", "party_group"),
    ("湖南省作家协会党组成员、副主席李华出席会议。", "湖南省作家协会党组", "party_group"),
    ("机关党委认真审核各党支部的会议方案。", "机关党委", "party_committee"),
    ("东湖街道党工委组织开展主题党日活动。", "东湖街道党工委", "party_committee"),
    ("会议结束后，县纪委对整改情况进行督查。", "县纪委", "party_committee"),
    ("宁乡市委常委会召开会议，传达有关精神。", "宁乡市委常委会", "party_committee"),
    ("会上，后勤处党总支第二党支部作交流发言。", "后勤处党总支第二党支部", "branch"),
    ("东方红小学党支部开展主题党日活动。", "东方红小学党支部", "branch"),
    ("根据县委党史学习教育领导小组的安排，各单位认真落实。", "县委党史学习教育领导小组", "leading_group"),
    ("本次会议由市委党史学习教育第二督导组组长主持。", "市委党史学习教育第二督导组", "inspection_group"),
    ("省委第二巡视组向白沙市委反馈巡视情况。", "省委第二巡视组", "inspection_group"),
    ("县纪委监委派驻第五纪检监察组组长到会指导。", "县纪委监委派驻第五纪检监察组", "inspection_group"),
    ("市委巡学旁听组到会旁听。", "市委巡学旁听组", "inspection_group"),
    ("青松市书法家协会换届大会顺利召开。", "青松市书法家协会", "association"),
    ("区住房和城乡建设局有关负责同志参加会议。", "区住房和城乡建设局", "unit"),
    ("会议还审议了组织人事科提交的方案。", "组织人事科", "unit"),
    ("中共青松县委办公室印发通知。", "中共青松县委办公室", "unit"),
    ("2月5日，白沙市人民检察院召开党组会议。", "白沙市人民检察院", "unit"),
])
def test_each_kind_is_found_whole_and_typed(text: str, name: str, kind: str) -> None:
    found = kinds(text)
    assert found.get(name) == kind, found


def test_the_longest_form_swallows_its_parts() -> None:
    found = names("省纪委监委驻省农业厅纪检监察组和机关纪委派员列席座谈会。")
    assert found == ["省纪委监委驻省农业厅纪检监察组", "机关纪委"]


def test_a_campaign_with_an_anniversary_stays_inside_the_name() -> None:
    text = "市委庆祝中国共产党成立100周年活动暨党史学习教育领导小组召开会议。"
    assert names(text) == ["市委庆祝中国共产党成立100周年活动暨党史学习教育领导小组"]


def test_a_session_number_stays_inside_the_name() -> None:
    text = "青松市政协八届三次会议秘书处临时党支部召开成立大会。"
    assert names(text) == ["青松市政协八届三次会议秘书处临时党支部"]


def test_a_leading_term_number_is_dropped() -> None:
    assert names("九届县委常委会第12次会议听取汇报。") == ["县委常委会"]


# Generic words, places, documents, slogans --------------------------------------

@pytest.mark.parametrize("text", [
    "各党支部要认真对照检查，支部书记带头开展批评与自我批评。",
    "全市各级党组织和广大党员要积极行动起来。",
    "党员在所在党支部讲党课，机关各党支部扎实组织学习。",
    "湖南宁乡召开动员大会。",
    "他强调，要坚持以人民为中心，服务发展大局，把工作落到实处。",
    "局长主持会议，全体干部参加集中学习。",
    "持续深化清廉医院建设，努力争创先进党支部。",
    "要开好党支部组织生活会，广泛征求党组成员意见。",
])
def test_generic_words_and_prose_give_no_organization(text: str) -> None:
    assert names(text) == []


def test_a_place_is_no_organization_but_its_body_is() -> None:
    assert names("湖南宁乡召开动员大会，宁乡市委书记出席。") == ["宁乡市委"]


def test_documents_and_slogans_are_masked() -> None:
    text = "学习《青松县委关于加强白沙镇党委建设的意见》和“支部建在连上”的经验。"
    assert names(text) == []
    masked = mask_quoted(text)
    assert len(masked) == len(text) and "青松县委" not in masked


# Coordination, counts, spans ----------------------------------------------------

def test_coordinated_ordinals_become_separate_names() -> None:
    text = "督导组列席了第一、第二、第三党支部的组织生活会。"
    found = extract_organizations(text)
    assert [o.name for o in found] == ["第一党支部", "第二党支部", "第三党支部"]
    # the elided members have no span of their own; the written one has
    assert [o.spans for o in found][:2] == [[], []]
    s, e = found[2].spans[0]
    assert text[s:e] == "第三党支部"


def test_a_bare_numeral_after_the_comma_is_rebuilt() -> None:
    found = names("青松县委第一、二巡察组进驻县交通运输局开展巡察。")
    assert found == ["青松县委", "第一巡察组", "第二巡察组", "县交通运输局"]


def test_count_and_spans_cover_every_mention() -> None:
    text = "第一党支部召开会议。会后，第一党支部书记作总结，第二党支部列席。第一党支部还将整改。"
    org = {o.name: o for o in extract_organizations(text)}["第一党支部"]
    assert org.count == 3 and len(org.spans) == 3
    assert all(text[s:e] == "第一党支部" for s, e in org.spans)


def test_a_short_form_folds_into_the_full_one() -> None:
    text = "第四党支部精心准备。第四支部会后明确了分工。"
    found = extract_organizations(text)
    assert [(o.name, o.count) for o in found] == [("第四党支部", 2)]


def test_words_that_only_contain_a_suffix_are_not_names() -> None:
    assert names("机关干部参加集中学习，巡察党组织的整改情况。") == []


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([
    "市委", "第一", "党支部", "召开", "、", "，", "局", "县", "的", "督导组", "《", "》", "“", "”",
    "干部", "机关", "党组", "100", "周年", "各", "文联", "学习", "教育", "领导小组", "和", "区",
]), max_size=30))
def test_spans_always_slice_to_the_name(parts: list[str]) -> None:
    text = "".join(parts)
    for org in extract_organizations(text):
        assert org.count >= len(org.spans)
        for s, e in org.spans:
            # (or a short form folded into the name, which the record lists: 市委 of 民盟青山市委)
            assert text[s:e] == org.name or text[s:e] in org.aliases
        for alias in org.aliases:  # a short form: shorter, its characters in the name in order (社市委, 九三学社某市委员会)
            assert len(alias) < len(org.name) and _in_order(alias, org.name), (alias, org.name)


def _in_order(short: str, name: str) -> bool:
    rest = iter(name)
    return all(ch in rest for ch in short)


def test_a_user_suffix_file_extends_the_lexicon(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "org_suffixes.tsv").write_text("suffix\tkind\tneeds\n合作社\tunit\tqualifier\n", encoding="utf-8")
    assert names("青松县果农专业合作社召开会议。") == []
    monkeypatch.setenv("REPORTMINE_RESOURCES", str(tmp_path))
    resources.clear_cache()
    orgs_mod._lexicon.cache_clear()
    try:
        assert kinds("青松县果农专业合作社召开会议。") == {"青松县果农专业合作社": "unit"}
    finally:
        monkeypatch.delenv("REPORTMINE_RESOURCES")
        resources.clear_cache()
        orgs_mod._lexicon.cache_clear()


def test_a_user_bare_types_file_makes_counted_kinds_generic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """各 before a kind of place listed in org_bare_types.txt counts every such
    branch and names none; the list is data, so a user folder extends it."""
    assert names("各楼院党支部召开组织生活会。") == ["楼院党支部"]
    (tmp_path / "org_bare_types.txt").write_text("楼院\n", encoding="utf-8")
    monkeypatch.setenv("REPORTMINE_RESOURCES", str(tmp_path))
    resources.clear_cache()
    orgs_mod._lexicon.cache_clear()
    try:
        assert names("各楼院党支部召开组织生活会。") == []
        assert names("各小区党支部召开组织生活会。") == []
    finally:
        monkeypatch.delenv("REPORTMINE_RESOURCES")
        resources.clear_cache()
        orgs_mod._lexicon.cache_clear()


def test_a_user_business_verbs_file_keeps_the_verb_out_of_the_bureau(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A verb of the meeting's business before the reader's own 局党组 is the
    sentence's (org_business_verbs.txt); 审查 is not listed, since 审查局 may be
    a bureau's field, so a user who reads it as a verb adds it as data."""
    assert names("会上审查局党组关于整改的方案。") == ["审查局党组"]
    (tmp_path / "org_business_verbs.txt").write_text("审查\n", encoding="utf-8")
    monkeypatch.setenv("REPORTMINE_RESOURCES", str(tmp_path))
    resources.clear_cache()
    orgs_mod._lexicon.cache_clear()
    try:
        assert names("会上审查局党组关于整改的方案。") == ["局党组"]
        assert names("会上研究局党组关于整改的方案。") == ["局党组"]
    finally:
        monkeypatch.delenv("REPORTMINE_RESOURCES")
        resources.clear_cache()
        orgs_mod._lexicon.cache_clear()


# Gate on the shared dev set -----------------------------------------------------

#: Pinned to what the extractor reached on ../shared/annotation/dev when set
#: (organizations F1 1.000); a little slack for parser changes upstream.
MIN_ORG_F1 = 0.98


def _score_module(shared_dir: Path):
    spec = importlib.util.spec_from_file_location("shared_score", shared_dir / "annotation" / "score.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def score_dev(shared_dir: Path, tmp_path: Path, gold: str = "annotation/dev",
              texts_dir: str = "annotation/dev/texts") -> dict:
    from reportmine.pipeline import analyze_file

    texts = sorted((shared_dir / texts_dir).glob("*.txt"))
    out = tmp_path / "records.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for path in texts:
            fh.write(json.dumps(analyze_file(path).to_dict(), ensure_ascii=False) + "\n")
    return _score_module(shared_dir).score(shared_dir / gold, out)["summary"]


@pytest.mark.shared
def test_dev_organizations_f1_gate(shared_dir: Path, tmp_path: Path) -> None:
    summary = score_dev(shared_dir, tmp_path)
    assert summary["organizations"]["f1"] >= MIN_ORG_F1, summary["organizations"]


#: pd98 (People's Daily 1998, outside our genre) organizations F1: 0.794 before
#: round 17's general rules (foreign ministries, parties and armies, party centres,
#: N国 groups, terms, sections), 0.834 after, 0.840 after round 18; the floor keeps that gain from
#: slipping back unnoticed.
MIN_PD98_ORG_F1 = 0.83


@pytest.mark.shared
def test_pd98_organizations_f1_gate(shared_dir: Path, tmp_path: Path) -> None:
    summary = score_dev(shared_dir, tmp_path, "benchmarks/pd98/gold", "benchmarks/pd98/texts")
    assert summary["organizations"]["f1"] >= MIN_PD98_ORG_F1, summary["organizations"]


def test_two_bodies_side_by_side_stay_apart() -> None:
    assert names("县委县政府高度重视，市委市政府主要领导出席。") == ["县委", "县政府", "市委", "市政府"]


def test_a_quoted_campaign_inside_a_group_name_is_kept_as_written() -> None:
    text = "县委“不忘初心、牢记使命”主题教育领导小组召开会议。"
    found = extract_organizations(text)
    assert [o.name for o in found] == ["县委“不忘初心、牢记使命”主题教育领导小组"]
    s, e = found[0].spans[0]
    assert text[s:e] == found[0].name


def test_a_committee_written_in_full() -> None:
    assert names("中共青松县委员会召开常委会会议。") == ["中共青松县委员会"]


def test_a_count_before_a_name_is_not_part_of_it() -> None:
    assert names("所属8家二级企业党委召开会议。") == ["二级企业党委"]


def test_a_preposition_before_a_committee_is_not_part_of_it() -> None:
    assert names("经县委研究决定，成立县委全面深化改革委员会。") == ["县委", "县委全面深化改革委员会"]


# General rules added for unseen articles (invented sentences) -----------------

@pytest.mark.parametrize("text, name", [
    # a chain of places: each level character (市, 区, 街道) closes a segment
    ("近日，青松市南湖区柳岸街道党工委召开推进会。", "青松市南湖区柳岸街道党工委"),
    ("白沙县石桥镇龙湾村党支部开展主题党日活动。", "白沙县石桥镇龙湾村党支部"),
    # a subordinate body after 所属/下属 is named alone
    ("6月2日，远航控股集团所属远航海洋工程有限公司党委召开会议。", "远航海洋工程有限公司党委"),
    # a department stem (even a verb-like one) before 部 inside a longer name
    ("安全环保部党支部、设备保障部党支部作交流发言。", "设备保障部党支部"),
    # 所 and 司 only after a department stem
    ("县司法所、县供电所负责同志参加。", "县司法所"),
    ("省水利厅水资源管理司有关同志到会。", "省水利厅水资源管理司"),
    # words of names that hold a stop or read as verbs
    ("县乡村振兴局党组召开会议。", "县乡村振兴局党组"),
    ("县委老干部局离退休干部党支部开展活动。", "县委老干部局离退休干部党支部"),
    ("与白沙市个体劳动者协会开展共建。", "白沙市个体劳动者协会"),
    ("监察和司法委员会、财政经济委员会负责同志发言。", "监察和司法委员会"),
    # bank branches, brigades, presidia, the Red Cross, service desks
    ("中国农业银行青松北门支行党委召开会议。", "中国农业银行青松北门支行党委"),
    ("治安管理大队、巡特警大队负责人发言。", "治安管理大队"),
    ("镇人大主席团要加强监督。", "镇人大主席团"),
    ("县红十字会开展应急救护培训。", "县红十字会"),
    ("纳税服务科负责同志作表态发言。", "纳税服务科"),
    # a body heading a post is still named (its name in a title is optional in GUIDE)
    ("县公安局长出席会议。", "县公安局"),
])
def test_general_name_rules(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text, not_name", [
    ("严格执行党支部工作条例，规范组织生活。", "执行党支部"),   # a rule's name, not a body
    ("以严明的纪律保障医院高质量发展。", "纪律保障医院"),        # a verb stem does not join 医院
    ("县政府所在地设在城关镇。", "县政府所"),                   # 所 needs a department stem
    ("各大队大队长参加会议。", "大队大队"),                     # 大队长 is a post
    ("听取市人大代表意见建议。", "市人大"),                     # 人大代表 are deputies
    ("牢记人大机关是政治机关。", "牢记人大机关"),               # a political verb stops a name
    ("人大机关是政治机关、国家权力机关、工作机关、代表机关。", "政治机关"),  # 四个机关: generic
    ("向协会主席团成员宣讲。", "协会主席团"),                   # a generic presidium
    ("巡特警支队长参加。", "巡特警支队"),
    ("两国会谈取得成果，会议会上通过决议。", "国会"),
    ("舰队司令马丁海军少将到访。", "马丁海军"),                 # a rank, not a service
    ("向各民主党派市委征求意见。", "民主党派市委"),             # each party's committee: generic
])
def test_general_non_names(text: str, not_name: str) -> None:
    assert all(not_name != n and not n.endswith(not_name) for n in names(text)), names(text)


@pytest.mark.parametrize("text, name", [
    ("斯里兰卡议会通过决议。", "斯里兰卡议会"),   # a country name with a stop character is read whole
    ("以色列政府发表声明。", "以色列政府"),
    ("总统在白宫会见来访者。", "白宫"),
    ("欧盟委员会与国际货币基金组织举行会谈。", "国际货币基金组织"),
    ("印尼国会批准预算。", "印尼国会"),
    ("外交部长出席记者会。", "外交部"),
    ("欧洲央行宣布维持利率。", "欧洲央行"),
    ("据光明日报报道，活动反响热烈。", "光明日报"),
])
def test_foreign_and_international_bodies(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text, expected", [
    # 与/和 joins two fields inside a school-type name ...
    ("信息与通信工程学院党委召开会议。", ["信息与通信工程学院党委"]),
    ("材料科学与工程学院、经济与管理学院参加。", ["材料科学与工程学院", "经济与管理学院"]),
    # ... but not two bodies, nor a body and a verb ending in 系 (联系)
    ("医院党委与护理学院党委联合召开会议。", ["医院党委", "护理学院党委"]),
    ("及时与机关党委联系协调。", ["机关党委"]),
    # a word before an ordinal keeps two branches apart
    ("教工第二党支部、学生第二党支部作交流发言。", ["教工第二党支部", "学生第二党支部"]),
    # every station (各供电所), none named; 查处 and 评议会 end other words
    ("各供电所所长、县供电所负责人参加。", ["县供电所"]),
    ("省电力有限公司系统查处的案例。", ["省电力有限公司"]),
    ("召开党支部书记述职评议会。", []),
    # a founding verb stops the name
    ("县总工会新建基层工会组织20个。", ["县总工会"]),
    ("综合业务科、查验科负责同志发言。", ["综合业务科", "查验科"]),
])
def test_joined_fields_ordinals_and_stations(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a country begins the name: nothing before it joins
    ("全面谴责以色列政府的做法。", ["以色列政府"]),
    ("总理会见芬兰农林部长。", ["芬兰农林部"]),
    # a country before a whole name belongs to it
    ("美国国务院发言人表示。", ["美国国务院"]),
    ("印尼国会议长出席。", ["印尼国会"]),
    ("召开全国会议，两国会谈顺利。", []),
    ("走访县福利院和县水泥厂，全厂职工参加。", ["县福利院", "县水泥厂"]),
])
def test_countries_open_names_and_more_endings(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # public-service names holding verbs
    ("9月3日，白沙市疾病预防控制中心党委召开会议。", ["白沙市疾病预防控制中心党委"]),
    ("联合区未成年人保护工作委员会办公室开展活动。", ["区未成年人保护工作委员会办公室"]),
    ("走访市军队离休退休干部休养所。", ["市军队离休退休干部休养所"]),
    ("白沙市退役军人事务局党组召开会议。", ["白沙市退役军人事务局党组"]),
    ("结核病防治所党支部、免疫规划所党支部发言。", ["结核病防治所党支部", "免疫规划所党支部"]),
    # deputies' studios, touring inspection groups, a service number opening a name
    ("区人大常委会代表工作室负责人发言。", ["区人大常委会代表工作室"]),
    ("集团公司党委第二巡回督导组到会指导。", ["集团公司党委第二巡回督导组"]),
    ("参观了12309检察服务中心。", ["12309检察服务中心"]),
    # a count before a generic school word names nothing
    ("与三所中小学结对共建，走进中小学校。", []),
])
def test_service_bodies_and_counted_generics(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # dictionary verbs inside a place-led campaign group's name are read through ...
    ("，县防范化解重大风险工作领导小组召开会议。", ["县防范化解重大风险工作领导小组"]),
    ("，县推进城乡一体化工作领导小组办公室印发通知。", ["县推进城乡一体化工作领导小组办公室"]),
    ("，市优化营商环境工作领导小组召开会议。", ["市优化营商环境工作领导小组"]),
    # ... but not when no place opens the head, or the head holds another body
    ("县纪委监委督促县住建局党组整改。", ["县纪委监委", "县住建局党组"]),
    ("深入县自然资源局开展督查。", ["县自然资源局"]),
    ("书记王林华调研县医院党委。", ["县医院党委"]),
    ("市领导带队督导县医院党委。", ["县医院党委"]),
    ("中共青松县纪律检查委员会召开全会。", ["中共青松县纪律检查委员会"]),
])
def test_verbs_inside_place_led_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a longer known part wins over a stem before a one-character ending
    ("12月2日，白沙县文化广电和旅游局党组召开会议。", ["白沙县文化广电和旅游局党组"]),
    ("白沙市住房保障和房屋管理局副局长出席。", ["白沙市住房保障和房屋管理局"]),
    # a founding verb before a branch stops it, though 建党 is a known word
    ("指导会员企业新建党支部5个。", []),
    ("医院医务部、门诊部、药剂科协同推进。", ["医院医务部", "门诊部", "药剂科"]),
    # court divisions: 庭 only after a stem (家庭, 开庭 are no bodies)
    ("立案庭、县法院民事审判庭和城关人民法庭负责人开庭审理家庭纠纷。", ["立案庭", "县法院民事审判庭", "城关人民法庭"]),
])
def test_known_parts_and_hospital_departments(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # zones act as administrative levels; zone bureaus and inspection offices
    ("开发区行政审批局、投资促进局党支部发言。", ["开发区行政审批局", "投资促进局党支部"]),
    ("集团纪委、党委巡察办要加强监督。", ["集团纪委", "党委巡察办"]),
    # a generic noun heads an office's name when more of a name follows ...
    ("企业服务中心、学生工作部、社区卫生服务中心负责同志参加。", ["企业服务中心", "学生工作部", "社区卫生服务中心"]),
    # ... but alone it still makes a generic phrase
    ("社区党委、企业党支部、学生党支部分别发言。", []),
    # teaching sections joined by 与, and stop characters inside known words
    ("形势与政策教研室、中国近现代史纲要教研室集体备课。", ["形势与政策教研室", "中国近现代史纲要教研室"]),
    ("青松房地产开发有限公司党委召开会议。", ["青松房地产开发有限公司党委"]),
])
def test_zones_offices_and_generic_heads(text: str, expected: list[str]) -> None:
    assert names(text) == expected


# Unknown place names before a level word ----------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a stop character inside the place name (和, 向, 里) no longer cuts it
    ("3月5日，和平桥社区党支部召开专题组织生活会。", ["和平桥社区党支部"]),
    ("近日，向阳湾社区党委召开会议。", ["向阳湾社区党委"]),
    ("12月9日，汾阳县里安镇党委召开民主生活会。", ["汾阳县里安镇党委"]),
    # two segments, both with a stop character: 和X街道 before 向Y社区
    ("6月2日，和丰街道向阳坡社区党委与区财政局第二党支部开展活动。",
     ["和丰街道向阳坡社区党委", "区财政局第二党支部"]),
    # a place after a preposition or a joining 与 begins after it
    ("近日，区审计局党支部与和平坡社区党支部开展共建。", ["区审计局党支部", "和平坡社区党支部"]),
    ("对桐林县委常委会提出意见。", ["桐林县委常委会"]),
])
def test_unknown_place_names_before_a_level_word(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb or function word before the level word is no place name
    ("深入学习市委全会精神，推动县委决策。", ["市委", "县委"]),
    ("会议传达了县委精神。", ["县委"]),
    ("要认真贯彻落实县委的部署。", ["县委"]),
    ("他代表县委常委班子作对照检查。", ["县委"]),
    ("经北京市教育局批准成立。", ["北京市教育局"]),
    ("深刻领会区委全会精神。", ["区委"]),
    # a lone character may be a place name's (临|溪), a name is no verb (永定)
    ("近日，临溪县委常委会召开会议。", ["临溪县委常委会"]),
    ("近日，永定区委召开会议。", ["永定区委"]),
    # a conjunction inside a place name right after punctuation (上和村)
    ("会议要求，上和村党支部抓好落实。", ["上和村党支部"]),
    # a known level prefix is kept whole
    ("传达自治区人民政府有关精神。", ["自治区人民政府"]),
    # a preposition never opens the place
    ("会上，对县委常委会工作提出意见。", ["县委常委会"]),
])
def test_verbs_and_function_words_do_not_open_a_place(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, end", [
    ("青石县开展实践活动", 3),
    ("江州市东城区召开会议", 6),
    ("桐川县竹溪镇深化改革", 6),
    ("全面开展实践活动", 0),
    ("城乡社区党组织", 0),
    ("乡镇党委书记", 0),
    ("学习市委精神", 0),
])
def test_leading_place(text: str, end: int) -> None:
    assert orgs_mod.leading_place(text) == end


@pytest.mark.parametrize("text, expected", [
    ("随后，区委书记赵某某讲话。随后党委副书记孙某某作总结。", ["区委"]),
    ("一年来医院党委坚持把学习放在首位。", ["医院党委"]),
    ("近年来学院党委不断加强支部建设。", ["学院党委"]),
    ("此外县文广局党组还召开了专题会议。", ["县文广局党组"]),
    ("同时巡察组还听取了汇报。", []),
    ("年初集团董事会下达了各项经营指标。", ["集团董事会"]),
    # 获 (receive) opens no name, but a place it begins stays whole
    ("学校党建工作获省委督导组肯定。获嘉县委召开会议。", ["省委督导组", "获嘉县委"]),
])
def test_adverbs_and_time_words_open_no_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "机关党委召开2023年第4次党支部书记工作例会。",
    "学校举办第6期党支部书记培训班。",
    "召开第五次党支部书记会议，开展第2轮党支部星级评定。",
    "首批党支部书记参加了轮训。",
    "印发2024年党支部工作要点。",
    "紧紧围绕三大中心工作抓落实。",
])
def test_a_count_or_session_before_an_ending_names_no_body(text: str) -> None:
    assert [n for n in names(text) if n.endswith(("党支部", "中心"))] == []


@pytest.mark.parametrize("text, expected", [
    ("县委统战部副部长冯某某出席会议。", ["县委统战部"]),
    ("市水务局副局长陈某某、区住建局局长何某某参加。", ["市水务局", "区住建局"]),
    ("县委组织部部长韩某某讲话。", ["县委组织部"]),
    ("县民政局长吕某某主持会议。", ["县民政局"]),
])
def test_an_ending_that_begins_a_post_is_no_part_of_the_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name never begins inside a word (交|流中心, 名|师工作室)
    ("6月9日，在县人才交流中心召开座谈会。", ["县人才交流中心"]),
    ("赵某名师工作室开展送教活动。", ["名师工作室"]),
    # a building is no body: a venue ending, or an activity centre before a room
    ("在市国际会议中心召开表彰大会。", []),
    ("在学院图文中心二楼报告厅举行。", []),
    ("在学术交流中心多功能厅召开培训会。", []),
    ("在区老年活动中心3楼会议室召开。", []),
    # a body holding the room stays a body; the room is no part of it
    ("在县疾病预防控制中心会议室召开。", ["县疾病预防控制中心"]),
    ("在镇党委会议室召开。", ["镇党委"]),
    ("在县委会议室召开。", ["县委"]),
])
def test_words_and_venues_at_a_name_s_edges(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, name, kind", [
    ("党委宣传部、党委教师工作部等部门负责人参加。", "党委教师工作部", "unit"),
    ("党委研究生工作部党支部召开会议。", "党委研究生工作部党支部", "branch"),
    ("区卫健局党史学习教育第三巡回组到会指导。", "区卫健局党史学习教育第三巡回组", "inspection_group"),
    ("驻区教育局纪检组组长孔某某到会指导。", "驻区教育局纪检组", "inspection_group"),
    ("镇团委书记参加。", "镇团委", "association"),
])
def test_office_stems_group_endings_and_kinds(text: str, name: str, kind: str) -> None:
    assert kinds(text).get(name) == kind


@pytest.mark.parametrize("text", [
    "各单位、部门党组书记要履行第一责任人责任。",
    "及时向上级领导小组报告。",
])
def test_generic_heads_name_no_body(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    # a one-character determiner is no determiner where it opens a noun
    ("硕士生第二党支部与本科生第三党支部开展联学。", ["硕士生第二党支部", "本科生第三党支部"]),
    # a group's ending, then the verb of its work: the next name starts after it
    ("召开区委第四巡察组巡察区水务局党组工作动员会。", ["区委第四巡察组", "区水务局党组"]),
    ("市委第二巡视组进驻市交通局党组。", ["市委第二巡视组", "市交通局党组"]),
    ("区委第四巡察组临时党支部召开会议。", ["区委第四巡察组临时党支部"]),
    # a campaign alone names no branch; a group named after one stays
    ("开展“学思践悟、担当作为”主题教育党支部书记轮训。", []),
    ("举办党史学习教育党支部书记示范培训班。", []),
    ("区委“学思践悟、担当作为”主题教育领导小组召开会议。", ["区委“学思践悟、担当作为”主题教育领导小组"]),
    # a level character cut from a noun (辖区) names no place
    ("镇党总支要对辖区支部开展指导。", ["镇党总支"]),
])
def test_determiners_group_verbs_campaigns_and_cut_words(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a time word, preposition, result complement or verb before a body is no part of it
    ("会前机关党组就整改方案征求意见。", ["机关党组"]),
    ("作为近期青松公司的重点工作。", ["青松公司"]),
    ("今后一个时期办公室要加强统筹。", []),
    ("要求各单位按学校的部署抓好落实。", []),
    ("组织好党支部专题组织生活会。", []),
    ("共同落实好县委交给的任务。", ["县委"]),
    ("会议通报县文联机关党组整改情况。", ["县文联机关党组"]),
    ("深刻领会东风支部的经验。", ["东风支部"]),
    ("传达学习十三届区委第四巡察组反馈意见。", ["区委第四巡察组"]),
    ("巡察柳岸新村街道党工委及所属党组织。", ["柳岸新村街道党工委"]),
    ("李华及县委统战部有关同志参加。", ["县委统战部"]),
    ("总体上研究生院整改效果较好。", ["研究生院"]),
    # the names that hold those words stay whole
    ("中日友好协会青松分会召开会议。", ["中日友好协会青松分会"]),
    ("县委巡察工作领导小组召开会议。", ["县委巡察工作领导小组"]),
    ("县委巡察办公室召开会议。", ["县委巡察办公室"]),
    ("会议按照市委活动办的要求进行。", ["市委活动办"]),
])
def test_a_word_before_a_body_is_no_part_of_it(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "今后医院将继续回报社会。",
    "要求组织科研骨干参加培训。",
    "坚持服务中心、服务大局。",
    "部分党总支未按时召开组织生活会。",
    "全县18个乡镇纪委参加培训。",
    "乡镇基层站所负责人列席。",
    "村务监督委员会成员列席。",
    "村党支部书记代表支部班子作检视。",
])
def test_fragments_and_type_words_name_no_body(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize("text, name", [
    ("青川示范区自然资源和规划局召开会议。", "青川示范区自然资源和规划局"),
    ("中国科学院长沙分院分党组召开会议。", "中国科学院长沙分院分党组"),
    ("中国科学院西北地理与生态研究所召开会议。", "中国科学院西北地理与生态研究所"),
    ("中国科学院青川分院召开会议。", "中国科学院青川分院"),
    ("向东湖交投集团党委反馈。", "东湖交投集团党委"),
    ("组织宣传处处长王明主持会议。", "组织宣传处"),
    ("院组织统战部部长王明主持会议。", "院组织统战部"),
    ("中央党的建设工作领导小组印发通知。", "中央党的建设工作领导小组"),
    ("向继续教育学院反馈意见。", "继续教育学院"),
    ("青松大学本科生院召开会议。", "青松大学本科生院"),
    ("县纪委监委派出第三纪检监察组组长参加。", "县纪委监委派出第三纪检监察组"),
    ("物理学院、化学学院联合党委召开会议。", "物理学院、化学学院联合党委"),
    ("学院巡视反馈意见整改落实工作领导小组召开会议。", "学院巡视反馈意见整改落实工作领导小组"),
])
def test_names_holding_stop_words_or_members_stay_whole(text: str, name: str) -> None:
    assert names(text) == [name]


def test_a_joint_party_body_takes_its_members_but_a_federation_does_not() -> None:
    assert names("市总工会、市妇女联合会参加。") == ["市总工会", "市妇女联合会"]


@pytest.mark.parametrize("text, name", [
    ("7月2日，青阳市科协召开会议。", "青阳市科协"),
    ("7月2日，桐溪县妇联召开会议。", "桐溪县妇联"),
    ("7月2日，临江市残联召开会议。", "临江市残联"),
    ("临川市政协召开会议。", "临川市政协"),
    ("7月2日，江北区工商联召开会议。", "江北区工商联"),
])
def test_a_place_closed_by_its_level_opens_an_abbreviated_body(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize("text, name", [
    ("市委巡视三组进驻县农业局。", "市委巡视三组"),
    ("县委巡察五组组长王明主持会议。", "县委巡察五组"),
    ("青阳市委机动巡察二组对城关镇党委开展巡察。", "青阳市委机动巡察二组"),
    ("县委第二督察组到河口镇督导。", "县委第二督察组"),
    ("市委第三督察整改督查组到河口镇督导。", "市委第三督察整改督查组"),
])
def test_numbered_and_moded_inspection_groups_stay_whole(text: str, name: str) -> None:
    assert names(text)[0] == name


@pytest.mark.parametrize("text", [
    "此次党支部主题党日在二楼召开。",
    "每次党支部会议都有记录。",
    "要进一步密切工会组织与职工的联系。",
    "在抗洪工作中公司党员冲锋在前。",
    "他要求全公司要统一思想。",
    "会议由我会党组书记、副主席王明主持。",
    "整改措施紧贴中心工作。",
    "全市两级法院召开会议。",
    "在诉讼服务中心接待室召开会议。",
    "在检察服务中心会议室召开会议。",
])
def test_words_before_a_generic_ending_name_no_body(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize("text, name", [
    ("公司党群工作部负责人参加会议。", "公司党群工作部"),
    ("公司党建工作处负责人参加会议。", "公司党建工作处"),
    ("公司党委工作部负责人参加会议。", "公司党委工作部"),
    ("9月5日，青阳中等职业学校党支部召开会议。", "青阳中等职业学校党支部"),
    ("1月8日，江大附中召开会议。", "江大附中"),
])
def test_company_party_departments_and_school_types(text: str, name: str) -> None:
    assert names(text) == [name]


@pytest.mark.parametrize("text", [
    "对各学院共青团工作进行了述职。",
    "各学院分团委书记参加了会议。",
    "河口社区各小区党支部分别召开组织生活会。",
    "各分支部分别召开会议。",
    "全县12个乡镇人大主席团召开会议。",
    "青阳市检察机关开展活动。",
    "党员干部深入供电所开展调研。",
    "党员参观审判庭。",
])
def test_determined_counted_or_system_types_name_no_body(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("宣读了县财政局赵立新局长的讲话。", ["县财政局"]),
    ("学习了市卫生局王建局长的报告。", ["市卫生局"]),
    ("县医院第二党支部支部书记李明带领大家学习。", ["县医院第二党支部"]),
    ("县人大机关召开会议。", ["县人大机关"]),
])
def test_a_following_name_or_post_is_no_part_of_the_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("会议传达了于都县委关于党建工作的通知。", ["于都县委"]),
    ("3月5日，开封市政协机关党组召开会议。", ["开封市政协机关党组"]),
    ("同志代表保定市委作报告。", ["保定市委"]),
    ("会议通报了内蒙古科协党组班子情况。", ["内蒙古科协党组"]),
    ("会议传达了包头医学院纪律检查委员会的决定。", ["包头医学院纪律检查委员会"]),
    ("日前，本溪市委组织部召开座谈会。", ["本溪市委组织部"]),
    ("任丘市委第三督导组到会指导。", ["任丘市委第三督导组"]),
])
def test_a_listed_place_opening_with_a_stop_stays_whole(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("例如东城区委组织开展活动。", ["东城区委"]),
    ("局机关党支部和县医保事务中心开展活动。", ["局机关党支部", "县医保事务中心"]),
    ("县纪委会同县委组织部开展督查。", ["县纪委", "县委组织部"]),
])
def test_a_place_word_made_of_the_words_around_it_is_no_place(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "会议传达了二级党委书记会议精神，要求各二级党委高度重视。",
    "本次二级支部专题组织生活会如期召开。",
])
def test_a_tier_of_bodies_names_no_body(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    # a person going to a body: the verb ends the name, no place 某某到县
    ("县委组织部部长柯远航到县人民医院指导工作。", ["县委组织部", "县人民医院"]),
    ("局长江明到市第一中学调研。", ["市第一中学"]),
    # places that hold a stop word are still read whole
    ("平和县委召开会议。", ["平和县委"]),
    ("向阳里社区党支部召开会议。", ["向阳里社区党支部"]),
])
def test_a_verb_of_going_ends_a_place_before_a_body(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a one-character verb of the sentence before a body opens no name
    ("支部书记代表各支部委员会作党支部年度工作报告。", []),
    ("重大事项及时报局党委研究。", ["局党委"]),
    ("紧紧扣住省检院党组巡视组指出的问题。", ["省检院党组巡视组"]),
    ("会后将整改结果报学院党委备案。", ["学院党委"]),
    # (but 作 ending a word with the character before it stays in the name)
    ("成立专项行动工作领导小组。", ["专项行动工作领导小组"]),
    # the same characters opening a dictionary word still open the name
    ("区作协党组召开会议。", ["区作协党组"]),
    ("县住房和城乡建设局党组召开会议。", ["县住房和城乡建设局党组"]),
    ("报业集团党委召开会议。", ["报业集团党委"]),
])
def test_a_one_character_verb_before_a_body_is_no_part_of_it(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("推动中央省委部署在基层落地。", ["省委"]),
    ("中央军委召开会议。", ["中央军委"]),
    ("中共青岭县委召开会议。", ["中共青岭县委"]),
])
def test_higher_levels_listed_before_a_level_body_name_no_place(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("省市联合督导组组长到会指导。", ["省市联合督导组"]),
    ("约谈了县林果联营公司主要负责人。", ["县林果联营公司"]),
])
def test_joint_groups_and_companies_keep_their_verb(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("3月5日区委常委会召开会议。", ["区委常委会"]),
    ("今年6月青岭县纪委监委召开警示教育大会。", ["青岭县纪委监委"]),
    ("十二月三日县委召开专题会议。", ["县委"]),
    ("二〇二三年镇党委召开民主生活会。", ["镇党委"]),
    ("日照市委召开专题会议。", ["日照市委"]),  # 日 with no numeral before it opens a place
    ("3月5日上午九点桃源居民区党支部召开组织生活会。", ["桃源居民区党支部"]),  # a clock time
    ("上午9点青岭社区党支部召开会议。", ["青岭社区党支部"]),
])
def test_a_date_right_before_a_body_is_no_part_of_it(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("5月2日，桐川市一中举行主题党日活动。", ["桐川市一中"]),
    ("县二中、县三中党支部联合开展活动。", ["县二中", "县三中党支部"]),
    ("市十一中校长出席会议。", ["市十一中"]),
])
def test_a_numbered_middle_school_after_a_level_is_a_unit(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("要统一中国共产党人的思想。", ["中国共产党"]),
    ("要统一中央和地方的认识。", []),
    ("局长到市第一中学调研。", ["市第一中学"]),
])
def test_a_numeral_before_zhong_with_no_level_names_no_school(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("他分管县妇联工作。", ["县妇联"]),
    ("会议要求严肃镇党委换届纪律。", ["镇党委"]),
    ("县领导包联村党支部，挂联镇党委。", ["镇党委"]),
    ("各村妇联主席、分管村妇联干部参加学习。", ["村妇联"]),
])
def test_a_verb_taking_a_body_as_object_opens_no_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("3月2日，无为市人民法院党组召开会议。", ["无为市人民法院党组"]),
    ("无为市委召开会议。", ["无为市委"]),
    ("材料呈报至县委研究。", ["县委"]),
])
def test_a_county_holding_a_function_word_stays_whole(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an owner-less study group of a committee is a generic word, not a name
    ("近日，党委中心组开展集中学习。", []),
    ("党组理论学习中心组召开专题学习会。", []),
    ("后勤党委组织开展专题中心组学习。", ["后勤党委"]),
    ("公共管理学院党委理论学习中心组开展专题学习。", ["公共管理学院党委理论学习中心组"]),
])
def test_an_ownerless_study_group_is_generic(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the committee of a university's directly affiliated units is one body
    ("3月7日上午，直属单位党委组织开展专题学习。", ["直属单位党委"]),
    ("近日，校直属单位党委召开会议。", ["校直属单位党委"]),
    ("学校各直属单位党委要认真落实。", []),
    ("近日，直属单位党支部召开会议。", []),
])
def test_the_affiliated_units_committee_is_a_body(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 自……以来: the preposition opens no name
    ("自集团公司党委部署开展主题教育以来，公司党委高度重视。", ["集团公司党委"]),
    ("自县委巡察组进驻以来，该局积极配合。", ["县委巡察组"]),
    ("自市纪委监委部署开展专项整治以来，各单位积极行动。", ["市纪委监委"]),
    ("自治区党委召开会议以来，各地积极落实。", ["自治区党委"]),
    ("自然资源局党组开展学习以来，成效明显。", ["自然资源局党组"]),
])
def test_since_opens_no_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, name", [
    ("4月9日,县教育和体育局党组召开民主生活会。", "县教育和体育局党组"),
    ("3月12日,市文化体育和旅游局召开党组会议。", "市文化体育和旅游局"),
    ("近日,区城市管理和综合执法局党支部召开组织生活会。", "区城市管理和综合执法局党支部"),
    ("6月3日,州民族和宗教事务局召开巡察整改推进会。", "州民族和宗教事务局"),
])
def test_a_department_name_joined_by_he_is_read_whole(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text", [
    "会上,三位支部书记分别汇报本支部全年工作,认真查找本支部短板。",
    "本次组织生活会分两支部同时进行,由支部书记主持。",
    "为加强共青团员教育管理,学院组织开展专题培训。",
])
def test_a_determiner_or_a_member_word_before_an_ending_names_no_body(text: str) -> None:
    assert names(text) == []


def test_a_street_office_abbreviated_to_jieban_is_a_unit() -> None:
    assert kinds("2月6日,南塘街办召开党建述职评议会,北关街办党工委书记周林出席。") == {
        "南塘街办": "unit", "北关街办党工委": "party_committee"}
    assert names("工作人员沿街办公,现场办理群众事项。") == []


@pytest.mark.parametrize("text, name", [
    ("为加强团员管理,材料学院202103班团支部召开组织生活会。", "材料学院202103班团支部"),
    ("近日,土木工程18-2班团支部开展主题团日活动。", "土木工程18-2班团支部"),
])
def test_a_class_numbered_in_digits_stays_inside_its_branch(text: str, name: str) -> None:
    assert name in names(text)


@pytest.mark.parametrize("text, expected", [
    ("会议传达了国家卫生健康委关于行风建设的通知。", ["国家卫生健康委"]),
    ("9月2日,河北省卫生健康委党组召开专题会议。", ["河北省卫生健康委党组"]),
    ("中国科学院南海地球化学研究所召开党建工作会议。", ["中国科学院南海地球化学研究所"]),
    ("会议传达了中央和国家机关工委有关通知精神。", ["中央和国家机关工委"]),
])
def test_a_health_commission_a_geochemistry_institute_and_the_central_organs_committee_are_whole(
        text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "要紧紧围绕研究所中心工作,助推医院高质量发展。",
    "会议由局长周强作中心发言,其他成员交流发言。",
    "大会选举产生新一届委员会,上届委员会书记作工作报告。",
    "各专门委员会负责同志列席会议。",
])
def test_a_central_task_a_keynote_a_new_term_and_the_special_committees_name_no_body(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    ("会上传达了区卫计委年度工作要点。", ["区卫计委"]),
    ("3月8日,市委巡察工作督导组到县委开展督导。", ["市委巡察工作督导组", "县委"]),
])
def test_a_health_and_family_planning_commission_and_a_rounds_supervision_group_are_names(
        text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("县农商银行召开会议,该行机关一支部书记赵敏作表态发言。", ["县农商银行", "机关一支部"]),
    ("该局办公室党支部召开专题组织生活会。", ["办公室党支部"]),
    ("该院党委召开专题会议。", ["院党委"]),
])
def test_gai_and_a_body_type_before_a_name_refer_back_and_belong_to_no_name(
        text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("1月6日,县统计局召开机关一、二支部组织生活会。", ["县统计局", "机关一支部", "机关二支部"]),
    ("市水利局机关第一、二、三党支部结对共建。", ["市水利局机关", "第一党支部", "第二党支部", "第三党支部"]),
    ("县委一、二巡察组反馈巡察意见。", ["县委", "第一巡察组", "第二巡察组"]),
])
def test_numbered_branches_listed_without_di_keep_the_qualifier_written_before_them(
        text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("要点一、二青山县税务局召开会议。", ["青山县税务局"]),
    ("第1、2青石市财政局党组成员参加。", ["青石市财政局党组"]),
])
def test_numbers_of_a_list_before_a_body_named_for_its_place_number_no_members(
        text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_the_short_party_name_folds_into_the_full_committee_name() -> None:
    text = "中国共产党临川市第二中学委员会换届选举大会召开。大会选举产生了中共临川市第二中学委员会。"
    assert names(text) == ["中国共产党临川市第二中学委员会"]


@pytest.mark.parametrize("text, expected", [
    ("各党支部(含党总支)书记、委员参加培训。", []),
    ("机关各支部(含离退休干部党支部)分别召开会议。", ["离退休干部党支部"]),
    ("3月2日,含山县委召开常委会会议。", ["含山县委"]),
])
def test_han_opening_a_bracket_means_including_and_opens_no_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb jieba does not list still parts two bodies (牵手, 结对)
    ("县医院党支部牵手镇卫生院党支部开展结对共建。", ["县医院党支部", "镇卫生院党支部"]),
    # 办 closing a verb (开办, 筹办) and 工作组 opening 组织 end no body
    ("在院机关开办党员大讲堂。", ["院机关"]),
    ("示范点建设工作组织到位。", []),
    # 中心组 opening 组织 is no study group: the centre before it organizes
    ("青禾县融媒体中心组织党员开展主题党日活动。", ["青禾县融媒体中心"]),
    ("县委理论学习中心组组织专题学习。", ["县委理论学习中心组"]),
    # 研究会 opening 会议 is no society: the committee discusses the meeting
    ("支部书记召集支委研究会议议程。", []),
    ("县红色文化研究会召开年会。", ["县红色文化研究会"]),
    # a verb read into the name and dropped takes the word it opens with it (示范|点)
    ("第二批示范点督查组到医院检查。", []),
    # a peer unit names none (兄弟医院, 兄弟单位)
    ("兄弟医院专家前来交流。", []),
])
def test_verbs_and_peer_words_at_a_name_s_edges(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "推动构建人类命运共同体。",
    "以铸牢中华民族共同体意识为主线。",
    "铸牢中华民族共同体。",
])
def test_ideas_ending_like_a_body_name_none(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    # a known part's last character (政协, 宣教) opens no word with the ending (协办, 教室)
    ("县委办、县政协办参加会议。", ["县委办", "县政协办"]),
    ("（青石县纪委宣教室 柯小川）", ["青石县纪委宣教室"]),
    # the word still stands where no known part ends before it
    ("各部门协办了活动，在教室召开。", []),
])
def test_a_known_part_keeps_its_characters_from_a_word_across_the_ending(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb alone before the bare 支部 acts on the reader's branch (剖析, 创新, 开)
    ("会上深入剖析支部存在的问题，创新支部学习载体，通过开支部大会收集意见。", []),
    # a known part or an ordinal still names one
    ("管理支部、第一支部分别召开会议。", ["管理支部", "第一支部"]),
])
def test_a_verb_before_the_bare_branch_ending_names_none(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an adjective alone before the bare 支部 describes the reader's branch
    ("增补委员，方便支部后续工作的开展。", []),
    # time words before a branch's meeting open no name
    ("支部召开新学期第一次党支部大会，并对下一步总支部建设提出要求。", []),
])
def test_adjectives_and_time_words_before_a_branch_ending_name_none(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_conjunction_after_a_quoted_work_opens_no_place():
    text = "按照《支部工作条例》和青石区委组织部《关于开展民主评议党员的通知》要求。"
    assert names(text) == ["青石区委组织部"]


def test_a_document_number_s_issuing_code_is_no_body():
    assert names("根据《关于召开组织生活会的通知》（青党组发〔2023〕3号）要求。") == []


@pytest.mark.parametrize("text, expected", [
    # a branch's committee, written whole, is the branch
    ("中共青石县人民医院内科总支部委员会召开党员大会。", {"中共青石县人民医院内科总支部委员会": "branch"}),
    ("青石医院党总支部委员会委员候选人名单通过。", {"青石医院党总支部委员会": "branch"}),
    ("青石县人民医院召开党总支部成立大会，行政党支部委员会参加。",
     {"青石县人民医院": "unit", "行政党支部委员会": "branch"}),
])
def test_a_branch_committee_written_whole_is_a_branch(text: str, expected: dict) -> None:
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    # 型 closing a short qualifier makes a type of body (服务型, 学习型, 研究型)
    "努力打造服务型党支部，推进学习型检察院建设，建设高水平研究型大学。",
    # a kind of hospital is no hospital
    "会议明确了公立医院的公益性。",
])
def test_types_and_kinds_of_body_name_none(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize("text, expected", [
    # verbs jieba tags as nouns (汇报, 布置) end a name
    ("支部书记向全体党员汇报党支部全年工作。", []),
    ("支部书记布置支部的具体工作。", []),
    # 领学 (to lead a reading), 经过 and 凡 (whenever) end a name too
    ("支部书记柯文领学市委常委会的讲话。", ["市委常委会"]),
    ("经过党支部全体党员投票，选出支委五名。", []),
    ("凡支部召开组织生活会，他都带头发言。", []),
])
def test_a_verb_tagged_as_a_noun_ends_a_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 联合支部 without 党 ends a branch's name as 联合党支部 does
    ("县委统战部联合支部召开专题组织生活会。", ["县委统战部联合支部"]),
    ("机关第二联合支部开展主题党日活动。", ["机关第二联合支部"]),
    # alone it names none
    ("联合支部书记主持会议。", []),
])
def test_joint_branch_without_party(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text, name, aliases", [
    ("青山县第四党支部召开会议。第四支部全体党员参加，青山县第四支部书记主持。", "青山县第四党支部", ["青山县第四支部"]),
    ("民盟青岚市委会召开全委会议,市委会主委周某某主持。", "民盟青岚市委会", ["市委会"]),
    ("青山县第四党支部召开会议。", "青山县第四党支部", []),
])
def test_folded_short_forms_are_listed_as_aliases(text: str, name: str, aliases: list[str]) -> None:
    org = next(o for o in extract_organizations(text) if o.name == name)
    assert org.aliases == aliases
    assert {text[s:e] for s, e in org.spans} == {name, *aliases}
