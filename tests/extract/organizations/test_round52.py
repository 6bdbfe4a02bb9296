"""Round 52 (50 random reports, seed 52): a name's tail written after the full
name folds into it, an aim and a field after a verb name no unit, the central
task of a meeting or of the reader's school is no centre, 教学院长 is a post,
and 工农联盟 is no body."""
import pytest

from lookups import extracted_org_names as names
from reportmine.extract.organizations import extract_organizations


@pytest.mark.parametrize("text, full, tail", [
    ("青松街道党工委召开交流会。街道党工委书记林某主持会议。", "青松街道党工委", "街道党工委"),
    ("会议成立市九届人大三次会议临时党总支，周某担任临时党总支书记。",
     "市九届人大三次会议临时党总支", "临时党总支"),
    ("县女领导干部联谊会召开年会。女领导干部联谊会会长王某讲话。", "县女领导干部联谊会", "女领导干部联谊会"),
    ("药学院党委直属博士生党支部开展主题党日。直属博士生党支部书记刘某带领学习。",
     "药学院党委直属博士生党支部", "博士生党支部"),
])
def test_tail_folds_into_the_full_name(text, full, tail):
    found = {o.name: o for o in extract_organizations(text)}
    assert full in found and tail not in found
    assert tail in found[full].aliases


def test_two_fuller_names_fold_no_tail():
    text = "青松街道党工委、白塔街道党工委负责人参会。街道党工委书记林某讲话。"
    assert "街道党工委" in names(text)


def test_branch_company_keeps_its_own_committee():
    text = "分公司党委书记李某、公司党委书记王某出席会议。"
    assert {"分公司党委", "公司党委"} <= set(names(text))


@pytest.mark.parametrize("text", [
    "要全力建设高水平艺术学院。",
    "为加快建设一流教育学院而努力。",
])
def test_aim_and_field_after_a_verb_name_no_unit(text):
    assert names(text) == []


@pytest.mark.parametrize("text, whole", [
    ("北岭大学教育学院召开会议。", "北岭大学教育学院"),
    ("创建一流学科工作领导小组召开会议。", "一流学科工作领导小组"),
    ("建设银行青岚分行党委召开会议。", "建设银行青岚分行党委"),
])
def test_named_bodies_stay(text, whole):
    assert whole in names(text)


@pytest.mark.parametrize("text", [
    "把智慧和力量凝聚到大会中心任务上来。",
    "各支部要围绕学校中心服务大局。",
])
def test_central_task_names_no_centre(text):
    assert names(text) == []


@pytest.mark.parametrize("text, whole", [
    ("围绕市政务服务中心建设开展工作。", "市政务服务中心"),
    ("党群服务中心工作人员到场服务。", "党群服务中心"),
])
def test_named_centre_stays(text, whole):
    assert whole in names(text)


def test_dean_for_teaching_is_a_post():
    assert names("院党委委员、教学院长王某教授亲自指导。") == ["院党委"]


def test_workers_and_peasants_alliance_is_no_body():
    assert names("工农联盟大型雕塑映入眼帘。") == []


def test_run_on_over_a_joiner_takes_no_tail():
    text = "把理论的新成果和外语学院的工作结合。外语学院召开会议。"
    assert "外语学院" in names(text)


@pytest.mark.parametrize("text, tail", [
    ("常委会党组、常委会机关党组召开会议。机关党组书记讲话。", "机关党组"),
    ("英国青岚汽车公司代表来访。青岚汽车公司总裁讲话。", "青岚汽车公司"),
])
def test_organ_and_place_tails_stay(text, tail):
    assert tail in names(text)
