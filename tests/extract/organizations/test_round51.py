"""Round 51 (50 random reports, seed 51): holding companies, a clause opening
on 报, a discipline pair in a branch's name, a scope in brackets, a numeral
opening a place after 与, two bodies joined by 和 before a place that reads as
a word (和平), a cadres' association, and classes named as bodies."""
import pytest

from lookups import extracted_org_names as names
from reportmine.extract.organizations import extract_organizations
from reportmine.extract.unit import find_unit


@pytest.mark.parametrize("text, whole", [
    ("1月5日下午，青岚建工控股集团党委召开述职评议会议。", "青岚建工控股集团党委"),
    ("会议由华岳控股有限公司党支部书记主持。", "华岳控股有限公司党支部"),
])
def test_holding_company_keeps_its_name(text, whole):
    assert whole in names(text)


def test_holding_verb_stays_a_verb_before_a_company():
    assert "集团控股公司" not in names("该集团控股公司3家，参股公司5家。")


def test_owner_through_suoshu_is_no_unit():
    text = "6月2日，青川控股集团所属青川海洋工程有限公司党委召开专题民主生活会。"
    assert "青川控股集团" in names(text)
    assert find_unit(None, text, extract_organizations(text)) == "青川海洋工程有限公司党委"


def test_owned_part_still_joins_its_owner():
    text = "近日，青川医院党委所属第二党支部召开组织生活会。"
    assert find_unit(None, text, extract_organizations(text)) == "青川医院党委所属第二党支部"


@pytest.mark.parametrize("text, whole, wrong", [
    ("支委会推选某某为书记人选，报分行党委组织部批准。", "分行党委组织部", "报分行党委组织部"),
    ("会后，报县委组织部备案。", "县委组织部", "报县委组织部"),
])
def test_clause_opening_on_bao_keeps_the_verb_out(text, whole, wrong):
    found = names(text)
    assert whole in found and wrong not in found


def test_bao_opening_a_word_stays():
    assert "市报社党支部" in names("近日，市报社党支部召开组织生活会。")


def test_discipline_pair_inside_a_branch_name():
    assert "材料物理与化学党支部" in names("近日，材料物理与化学党支部召开组织生活会。")


@pytest.mark.parametrize("text, gone", [
    ("组织教师与学生党支部书记座谈。", "教师与学生党支部"),
    ("近日，医院党委与化学党支部结对共建。", "医院党委与化学党支部"),
])
def test_joined_bodies_stay_apart(text, gone):
    assert gone not in names(text)


@pytest.mark.parametrize("text, whole", [
    ("随后转赴青岚湖(国际)研学中心参观学习。", "青岚湖(国际)研学中心"),
    ("近日，青岚会展(国际)有限公司党委召开会议。", "青岚会展(国际)有限公司党委"),
])
def test_scope_in_brackets_inside_a_name(text, whole):
    assert whole in names(text)


@pytest.mark.parametrize("text, whole", [
    ("某某银行与四川天府新区青岚支行签订合作协议。", "四川天府新区青岚支行"),
    ("某某公司与三明沙县青岚支行签约。", "三明沙县青岚支行"),
])
def test_numeral_opening_a_place_after_yu(text, whole):
    assert whole in names(text)


def test_list_numbers_before_a_place_still_go():
    assert "青山县税务局联合检查组" in names("第一、二青山县税务局联合检查组开展工作。")


@pytest.mark.parametrize("text, parts, joined", [
    ("活动由青岘镇政府和平度市第五人民医院联合举办。", ["青岘镇政府", "平度市第五人民医院"],
     "青岘镇政府和平度市第五人民医院"),
    ("会议由县委和平度市委联合召开。", ["县委", "平度市委"], "县委和平度市委"),
])
def test_he_after_a_body_joins_two_bodies(text, parts, joined):
    found = names(text)
    assert all(p in found for p in parts) and joined not in found


@pytest.mark.parametrize("text, kept", [
    ("近日，和平里社区党支部召开会议。", "和平里社区党支部"),
    ("近日，和兴街道向阳里社区党委召开会议。", "和兴街道向阳里社区党委"),
])
def test_place_opening_with_he_stays_whole(text, kept):
    assert kept in names(text)


def test_cadres_association_keeps_lingdao():
    assert "县女领导干部联谊会" in names("会议由县女领导干部联谊会主办。")


@pytest.mark.parametrize("text, gone", [
    ("集团迁址后，重新建立了党员活动中心。", "活动中心"),
    ("不断开创我区商协会党建工作新局面。", "区商协会"),
    ("学习关于行业商会协会的重要指示精神。", "行业商会协会"),
])
def test_class_or_facility_is_no_body(text, gone):
    found = names(text)
    assert gone not in found and not any(n.endswith(gone) for n in found)


@pytest.mark.parametrize("text, kept", [
    ("近日，青岚市青少年活动中心党支部召开会议。", "青岚市青少年活动中心党支部"),
    ("近日，青岚市餐饮行业协会召开会议。", "青岚市餐饮行业协会"),
])
def test_named_centre_or_association_stays(text, kept):
    assert kept in names(text)


def test_coordination_office_alias_inside_a_party_group():
    found = names("巡察组向区政府办公室(区协调办)党组反馈巡察情况。")
    assert "区政府办公室(区协调办)党组" in found


def test_coordination_verb_names_no_office():
    assert names("加强沟通协调处理好关系，做好统筹协调办好实事。") == []


def test_historical_special_committee():
    assert "中共青岚特委" in names("参观了中共青岚特委旧址和革命武装发祥地。")


def test_association_head_and_name_end_the_body():
    found = names("县政协主席、县青年联谊会会长王某某作青年联谊会年度工作报告。")
    assert "县青年联谊会" in found
    assert not any("会长" in n or "王某某" in n for n in found)


def test_place_after_a_body_ending_stays_no_post():
    assert "中国科学院长春分院党委" in names("近日，中国科学院长春分院党委召开会议。")


def test_settling_cases_names_no_office():
    assert names("班子成员协调办结信访事项二十八件。") == []
