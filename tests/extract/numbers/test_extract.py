"""Counted numbers: table tests on invented report sentences, plus a dev gate."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from reportmine.extract.numbers import extract_numbers
from reportmine.resources import load_table
from lookups import the_number as one


# ----------------------------------------------------------------- numeral forms

@pytest.mark.parametrize("text, value, unit", [
    ("水务局党组共开展专题调研15次。", 15, "次"),
    ("全校各级党组织开展组织生活十余次。", 10, "次"),
    ("全镇共有党员两百多名。", 200, "名"),
    ("排查隐患点位1.2万处。", 12000, "处"),
    ("发放宣传册3万件。", 30000, "件"),
    ("投入专项资金1369.5万元。", 13695000, "元"),
    ("追回违规发放的补贴66.57万元。", 665700, "元"),
    ("筹集帮扶资金900余万元。", 9000000, "元"),
    ("群众满意率达到98.71%。", 98.71, "%"),
    ("群众满意率达百分之九十五。", 95, "%"),
    ("下设基层党支部十一个。", 11, "个"),
    ("累计培训党员一千二百余人次。", 1200, "人次"),
    ("撰写心得体会１２篇。", 12, "篇"),
    ("街道完成老旧小区改造住房860套。", 860, "套"),
    ("为老党员颁发纪念章1.2万枚。", 12000, "枚"),
])
def test_numeral_forms(text: str, value: float, unit: str) -> None:
    n = one(text, value)
    assert n.unit == unit
    assert isinstance(n.value, int) == float(value).is_integer()


@pytest.mark.parametrize("text, hedge", [
    ("讲党课30余次。", "余"),
    ("参加学习两百多人次。", "多"),
    ("近百名党员参加活动。", "近"),
    ("约30人作交流发言。", "约"),
    ("开展谈心谈话超过40人次。", "超过"),
    ("撰写心得体会不少于3篇。", "不少于"),
    ("收到群众来信逾60件。", "逾"),
    ("开展集中学习20次以上。", "以上"),
    ("参加培训100人左右。", "左右"),
])
def test_hedges_kept_as_written(text: str, hedge: str) -> None:
    nums = extract_numbers(text)
    assert len(nums) == 1
    assert nums[0].approx == hedge


def test_no_hedge_is_none() -> None:
    assert one("整改问题74项。", 74).approx is None


def test_nearby_word_is_no_hedge() -> None:
    # 最近 is "recently", not "nearly"
    assert one("最近3次会议都按时召开。", 3).approx is None


# ----------------------------------------------------------------- object and actor

@pytest.mark.parametrize("text, value, obj", [
    ("机关干部讲党课30余次，交流发言12次。", 30, "讲党课"),
    ("机关干部讲党课30余次，交流发言12次。", 12, "交流发言"),
    ("机关精心设置7次专题研讨。", 7, "专题研讨"),
    ("撰写研讨文章228篇。", 228, "研讨文章"),
    ("全县5个党支部按时召开组织生活会。", 5, "党支部"),
    ("各支部确定整改问题74项。", 74, "整改问题"),
    ("组织专题讲座6次。", 6, "专题讲座"),
    ("先后3次召开党组会研究整改方案。", 3, "党组会"),
    ("专题培训班(示范班)12期。", 12, "专题培训班"),
    ("巡察反馈的697个问题，完成整改688个。", 688, "完成整改"),
    ("区委组建4个巡察组对5家单位开展巡察。", 4, "巡察组"),
    ("班子查摆问题5个方面18条。", 18, "查摆问题"),
])
def test_object_on_either_side(text: str, value: float, obj: str) -> None:
    n = one(text, value)
    assert n.object is not None and obj in n.object, n


def test_object_of_a_person_count_is_who_did_it() -> None:
    n = one("各部门负责人等40余人参加会议。", 40)
    assert n.object == "各部门负责人" and n.text.endswith("40余人参加会议")
    assert n.metric == "participants"
    n = one("会上，共计40余人参加会议。", 40)
    assert n.object is not None and n.object.startswith("参加会议")


def test_actor_is_the_doer_before_the_verb() -> None:
    text = "机关处级、科级领导干部讲党课30余次、交流发言60余次，普通党员撰写体会文章120篇。"
    nums = {n.value: n for n in extract_numbers(text)}
    assert nums[30].actor == "机关处级、科级领导干部"
    assert nums[60].actor == "机关处级、科级领导干部"  # carried along the same clause
    assert nums[120].actor == "普通党员"


def test_no_actor_when_the_text_names_none() -> None:
    assert one("开展集中学习210次。", 210).actor is None


# ----------------------------------------------------------------- metric

@pytest.mark.parametrize("text, value, metric", [
    ("讲党课30余次。", 30, "party_lectures"),
    ("组织专题讲座7次。", 7, "lectures"),
    ("开展集中学习210次。", 210, "study_sessions"),
    ("组织专题研讨7次。", 7, "seminars"),
    ("交流发言60余次。", 60, "speeches"),
    ("撰写研讨文章228篇。", 228, "research_articles"),
    ("举办读书班3期。", 3, "trainings"),
    ("实地见学10余次。", 10, "site_visits"),
    ("参加学习850余人次。", 850, "participants"),
    ("班子成员讲党课73人次。", 73, "party_lectures"),  # counted per lecturer
    ("参加党课学习800余人次。", 800, "participants"),  # listening is taking part
    ("县委党校送课下乡9场，受训1260人次。", 1260, "participants"),  # trainees
    ("开展谈心谈话160余人次。", 160, "talks"),
    ("征求意见建议86条。", 86, "opinions_collected"),
    ("提出批评意见45条。", 45, "criticisms"),
    ("查摆问题544项。", 544, "problems_found"),
    ("确定整改问题74项。", 74, "rectification_items"),
    ("制定整改措施117条。", 117, "rectification_measures"),
    ("已完成整改39项。", 39, "rectification_done"),
    ("作出整改承诺546条。", 546, "commitments"),
    ("为群众办实事25件。", 25, "practical_deeds"),
    ("全局16个党支部。", 16, "branches"),
    ("全市党的基层组织1.6万个。", 16000, "branches"),
    ("邀请6名退休党员参会。", 6, "members"),
    ("召开专题民主生活会38次。", 38, "meetings"),
    ("挽回经济损失1369.5万元。", 13695000, "money"),
    ("整改完成率98.71%。", 98.71, "share"),
])
def test_metric_from_the_vocabulary(text: str, value: float, metric: str) -> None:
    assert one(text, value).metric == metric


@pytest.mark.parametrize("text, value", [
    ("市税务局党委共推动问题办结36个。", 36),
    ("区卫健委推动问题销号28个。", 28),
    ("县委巡察组发现问题41个，推动问题解决29个。", 29),
])
def test_problems_closed_after_a_lead_verb_are_done(text: str, value: int) -> None:
    # 问题 ties with 办结 in length; 问题办结 names the completion
    assert one(text, value).metric == "rectification_done"


def test_longest_cue_wins() -> None:
    # 整改问题 (rectification_items) beats 问题 (problems_found)
    assert one("持续整改问题4个。", 4).metric == "rectification_items"
    # a metric needs one of its units: 会议 counts meetings, not people
    assert one("40余人参加会议。", 40).metric == "participants"


def test_vocabulary_holds_the_core_set() -> None:
    core = {"party_lectures", "lectures", "study_sessions", "seminars", "speeches",
            "research_articles", "trainings", "site_visits", "participants", "talks",
            "opinions_collected", "criticisms", "problems_found", "rectification_items",
            "rectification_measures", "rectification_done", "commitments", "practical_deeds",
            "branches", "members", "meetings", "money", "share"}
    assert core <= {row["metric"] for row in load_table("metrics.tsv")}


# ----------------------------------------------------------------- not numbers

@pytest.mark.parametrize("text", [
    "第一党支部、第二党支部和第八督导组参加会议。",          # ordinals
    "2021年7月7日下午14:00在302会议室召开2022年度组织生活会。",  # dates, times, rooms
    "一是提高站位，二是强化责任，（三）狠抓落实。",           # enumerators
    "增强“四个意识”，坚定四个自信，做到两个维护。",           # formulas, quoted or not
    "落实“三会一课”制度，贯彻九个必须。",
    "创建五星级党支部，颁发光荣在党50年纪念章。",
    "举办“壮丽100年”文艺演出，庆祝建党100周年。",
    "谋划十四五期间发展，学习二十大精神。",
    "省委十一届九次全会和全国政协十三届二次会议召开。",
    "二级巡视员出席，两级党组成员参加。",
    "全体党员过了一次严肃的政治生活。",
    "联系电话：0371-65432100，备案号08100501号。",
    "学习《习近平著作选读(第二卷)》。",
    "坚持和平共处五项原则，落实中央八项规定。",
    "历时3个月完成调研。",
    "支部利用两个半天时间开展集中学习。",      # half-days and evenings spent: durations
    "班子成员用三个晚上逐一谈心。",
    "全县四套班子领导参加动员会。",           # the four leading bodies, by name
])
def test_not_counts(text: str) -> None:
    assert extract_numbers(text) == [], [(n.value, n.unit, n.text) for n in extract_numbers(text)]


@pytest.mark.parametrize("text", [
    "全年开展志愿服务数十次。",          # vague
    "坚持每月1次主题党日。",              # a frequency
    "要做到三个“进一步”。",              # a numbered formula in quotes after the unit
    "这5个支部都按时完成了任务。",        # a reference back
    "三元里街道党工委召开会议。",        # a place name, not money
    "他四处奔走，三番五次上门。",         # idioms
    "每组3至5人。",                       # a range
])
def test_more_not_counts(text: str) -> None:
    assert extract_numbers(text) == [], [(n.value, n.unit, n.text) for n in extract_numbers(text)]


def test_hedged_round_numbers_are_counts() -> None:
    nums = extract_numbers("百余名党员、千余名群众参加活动。")
    assert [(n.value, n.approx) for n in nums] == [(100, "余"), (1000, "余")]


def test_compound_count_reads_the_object_before_its_first_part() -> None:
    n = one("梳理出问题清单4大类21项。", 21)
    assert n.object == "问题清单"
    assert n.metric == "problems_found"


@pytest.mark.parametrize("text, value, unit, obj", [
    ("督查组反馈的5大类14个方面的问题已全部整改。", 5, "大类", "方面"),
    ("共检视出八大方面31个问题。", 8, "大方面", "问题"),
    ("市委巡察反馈问题共9大类，均已制定措施。", 9, "大类", "反馈问题"),
    ("梳理出问题清单3大类21项。", 3, "大类", "问题清单"),
    ("紧扣四大方面开展调研。", 4, "大方面", None),
])
def test_category_counts_are_counts(text: str, value: int, unit: str, obj: str | None) -> None:
    # 大类/大方面 count the groups problems are sorted into: a count with its own unit
    n = one(text, value)
    assert (n.unit, n.object) == (unit, obj)


@pytest.mark.parametrize("text, value, obj, metric", [
    ("共发出整改提醒函9份并跟踪督办。", 9, "整改提醒函", "notices_issued"),
    ("制定整改措施26项并逐条对账。", 26, "整改措施", "rectification_measures"),
    ("开展谈心谈话55人次并建立台账。", 55, "谈心谈话", "talks"),
])
def test_a_verb_after_bing_opens_a_new_phrase(text: str, value: int, obj: str, metric: str | None) -> None:
    # noun + count + 并 + verb: the verb after 并 is no object of the count
    n = one(text, value)
    assert (n.object, n.metric) == (obj, metric)


@pytest.mark.parametrize("text, value, obj, metric", [
    ("30余名社区群众旁听。", 30, "社区群众", "participants"),
    ("分批培训全区各级640余名网格员。", 640, "网格员", "participants"),
    ("宣讲覆盖1500余名村民。", 1500, "村民", "participants"),
    ("将全体党员分成6个学习小组。", 6, "学习小组", "groups"),
    ("班子成员开展相互批评，每人向其他成员提了4条意见。", 4, "意见", "criticisms"),
])
def test_metric_of_people_groups_and_criticisms(text: str, value: int, obj: str, metric: str) -> None:
    n = one(text, value)
    assert (n.object, n.metric) == (obj, metric)


@pytest.mark.parametrize("text, value, metric", [
    ("各党支部书记讲党课覆盖党员900余人次。", 900, "participants"),
    ("组织全体职工听党课320人次。", 320, "participants"),
    ("班子成员到联系点讲党课24人次。", 24, "party_lectures"),
])
def test_people_reached_by_a_party_lecture_are_participants(text: str, value: int, metric: str) -> None:
    # 覆盖党员/听党课 count the audience; 讲党课 per lecturer stays lectures
    assert one(text, value).metric == metric


@pytest.mark.parametrize("text, value, metric", [
    ("经逐条梳理，共征集到师生对班子的意见47条。", 47, "opinions_collected"),
    ("会前收集到职工对领导班子的意见和要求16条。", 16, "opinions_collected"),
    ("会上班子成员相互提出意见19条。", 19, "criticisms"),
    ("党小组成员之间互相提了11条意见。", 11, "criticisms"),
    ("征集到意见的群众共30人。", 30, None),  # a bare 意见 counts in 条, not in people
])
def test_bare_opinions_take_the_metric_of_their_sentence(text: str, value: int, metric: str | None) -> None:
    # a bare 意见 after gathering words counts opinions gathered, after mutual criticism criticisms
    assert one(text, value).metric == metric


@pytest.mark.parametrize("text, value", [
    ("邀请参加过培训的3名老兵讲述。", 3),  # 的: the verb only qualifies the people
    ("大家提了5条意见。", 5),  # no criticism in the sentence
])
def test_no_metric_without_a_governing_verb(text: str, value: int) -> None:
    assert one(text, value).metric is None


def test_object_after_a_count_ends_at_weirao() -> None:
    assert one("8个村党支部书记围绕抓党建工作逐一述职。", 8).object == "村党支部书记"


def test_category_count_leaves_congress_names_alone() -> None:
    assert extract_numbers("深入学习党的二十大精神和十九大报告。") == []


def test_second_part_of_a_pair_inherits_the_object() -> None:
    n = one("班子查摆问题5个方面18条。", 18)
    assert n.object == "查摆问题"


def test_user_metric_row_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reportmine import resources

    (tmp_path / "metrics.tsv").write_text(
        "metric\tcues\tunits\tdescription\nvolunteers\t志愿者\t名|人\tvolunteers registered\n",
        encoding="utf-8")
    monkeypatch.setenv("REPORTMINE_RESOURCES", str(tmp_path))
    resources.clear_cache()
    try:
        assert one("注册志愿者300名。", 300).metric == "volunteers"
    finally:
        monkeypatch.delenv("REPORTMINE_RESOURCES")
        resources.clear_cache()
    assert one("注册志愿者300名。", 300).metric != "volunteers"


def test_grammar_words_come_from_count_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The grammar roles of count_words.tsv (a unit after 个, a linking word
    before a numeral) are read from the file, so a user folder extends them."""
    from reportmine import resources

    before = [(n.unit, n.object) for n in extract_numbers("分3个轮次开展集中学习，参学率合共达98%。")]
    assert before == [("个", "轮次"), ("%", "参学率合")]
    (tmp_path / "count_words.tsv").write_text("word\trole\n轮次\tafter_ge\n合共\ttail\n", encoding="utf-8")
    monkeypatch.setenv("REPORTMINE_RESOURCES", str(tmp_path))
    resources.clear_cache()
    try:
        after = [(n.unit, n.object) for n in extract_numbers("分3个轮次开展集中学习，参学率合共达98%。")]
        assert after == [("轮次", "集中学习"), ("%", "参学率")]
    finally:
        monkeypatch.delenv("REPORTMINE_RESOURCES")
        resources.clear_cache()


def test_a_row_without_a_word_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An empty word would match at every position (a 'tail' of nothing is stripped
    forever): a user row that lost its word changes nothing."""
    from reportmine import resources
    from reportmine.batch.task import time_limit

    text = "共开展专题学习12次，参学率达到98%，分3个批次组织。"
    expected = [(n.value, n.unit, n.object) for n in extract_numbers(text)]
    (tmp_path / "count_words.tsv").write_text(
        "word\trole\n\ttail\n\tafter_ge\n\tregroup\n\tadverb\n", encoding="utf-8")
    monkeypatch.setenv("REPORTMINE_RESOURCES", str(tmp_path))
    resources.clear_cache()
    try:
        with time_limit(20):
            assert [(n.value, n.unit, n.object) for n in extract_numbers(text)] == expected
    finally:
        monkeypatch.delenv("REPORTMINE_RESOURCES")
        resources.clear_cache()


def test_protected_spans_are_honoured() -> None:
    text = "开展“五个一”活动，组织“双百”宣讲8场。"
    plain = "组织5个小组开展宣讲8场。"
    assert {n.value for n in extract_numbers(plain)} == {5, 8}
    start = plain.index("5个小组")
    assert {n.value for n in extract_numbers(plain, [(start, start + 4)])} == {8}
    assert [n.value for n in extract_numbers(text)] == [8]


def test_repeated_count_is_one_number() -> None:
    text = "全县5个党支部召开会议。会后，5个党支部分别制定整改措施。"
    assert [n.value for n in extract_numbers(text)] == [5]


# ----------------------------------------------------------------- spans

SAMPLE = ("县人社局党组召开专题民主生活会。班子成员讲专题党课12次、开展调研28次，"
          "共征求意见建议86条，梳理出问题清单4大类21项，制定整改措施43条；"
          "全局43个基层党组织、1200余名党员参加专题学习，投入资金1.2万元，满意率达96.5%。")


def test_spans_slice_to_text_and_sentences_count() -> None:
    nums = extract_numbers(SAMPLE)
    assert len(nums) >= 9
    for n in nums:
        assert SAMPLE[n.span[0]:n.span[1]] == n.text
        assert n.object is None or n.object in n.text
        assert n.sentence == 1
    assert extract_numbers("开会。" + SAMPLE)[0].sentence == 2


def test_empty_text() -> None:
    assert extract_numbers("") == []


# ----------------------------------------------------------------- dev gate

#: numbers F1 on ../shared/annotation/dev reached by this extractor; a drop fails.
DEV_NUMBERS_F1 = 1.0
DEV_METRIC_ACC = 1.0


def _load_score(shared: Path):
    spec = importlib.util.spec_from_file_location("rm_score", shared / "annotation" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def test_dev_gate(shared_dir: Path, tmp_path: Path) -> None:
    from dataclasses import asdict

    from reportmine.parse import parse_bytes

    pred = tmp_path / "numbers.jsonl"
    with pred.open("w", encoding="utf-8") as out:
        for path in sorted((shared_dir / "annotation" / "dev" / "texts").glob("*.txt")):
            page = parse_bytes(path.read_bytes(), name=str(path))
            nums = extract_numbers(page.text)
            out.write(json.dumps({"path": str(path), "numbers": [asdict(n) for n in nums]},
                                 ensure_ascii=False) + "\n")
    summary = _load_score(shared_dir).score(shared_dir / "annotation" / "dev", pred)["summary"]
    assert summary["numbers"]["f1"] >= DEV_NUMBERS_F1, summary["numbers"]
    assert summary["number_metric"]["acc"] >= DEV_METRIC_ACC, summary["number_metric"]


# ----------------------------------------------------------------- properties

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_ALPHABET = list("0123456789.,%十百千万两一二三余多近约超以上次个名人项条篇元、，。“”()第届党支部讲课问题整改\n")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_any_text_gives_valid_spans(text: str) -> None:
    seen: list[str | None] = []
    for n in extract_numbers(text):
        assert text[n.span[0]:n.span[1]] == n.text
        # the object is in the count's text, or taken over from a count before it
        assert n.object is None or n.object in n.text or n.object in seen
        seen.append(n.object)
        assert n.value >= 0


def test_page_counters_are_no_counts() -> None:
    assert extract_numbers("浏览次数：356次 发布时间：2021-08-17") == []
    assert [n.value for n in extract_numbers("组织党员阅读红色书籍500余本。")] == [500]


def test_targets_are_no_counts() -> None:
    assert extract_numbers("各村党支部要开展集中学习不少于4次。") == []
    assert extract_numbers("力争年底前完成整改任务5项。") == []
    # 应 inside a relative clause is no target
    assert [n.value for n in extract_numbers("追回应由个人承担的资金8万元。")] == [80000]
    # 要求 is a noun here
    assert [n.value for n in extract_numbers("按照要求开展集中学习3次。")] == [3]


def test_hours_of_service_but_not_durations() -> None:
    assert one("党员志愿服务时长累计320小时。", 320).unit == "小时"
    assert extract_numbers("会议历时3小时。") == []


def test_formula_name_in_quotes_can_be_what_is_counted() -> None:
    n = one("支部开展“三会一课”24次。", 24)
    assert n.metric == "meetings"


def test_requirements_are_no_counts_averages_are() -> None:
    assert extract_numbers("会议要求各党支部开展专题学习不少于4次。") == []
    assert [n.value for n in extract_numbers("每位成员的发言提纲平均修改十余次。")] == [10]


def test_middle_of_a_chained_count_is_kept() -> None:
    nums = {n.value: n for n in extract_numbers("对照反馈的3个方面15项40个具体问题，逐项整改。")}
    assert set(nums) == {3, 15, 40}
    assert nums[15].unit == "项" and nums[15].object == "具体问题"
    assert nums[40].object == "具体问题"


def test_digits_after_a_unit_that_start_no_count_are_an_id() -> None:
    assert [n.value for n in extract_numbers("编号为3项2021的文件。")] == []


def test_a_leading_done_verb_decides_the_metric() -> None:
    n = one("全年完成整改措施47条。", 47)
    assert n.metric == "rectification_done"
    nums = extract_numbers("制定整改措施58项，已完成41项，完成率70.7%。")
    done = next(n for n in nums if n.value == 41)
    assert done.object == "整改措施" and done.metric == "rectification_done"


def test_regrouped_count_takes_the_object_before() -> None:
    nums = extract_numbers("共征集到意见建议88条，梳理归纳为4个方面19条。")
    n19 = next(n for n in nums if n.value == 19)
    assert n19.object == "意见建议" and n19.metric == "opinions_collected"


def test_people_named_before_a_head_count_and_a_verb() -> None:
    n = one("社区居民、志愿者共35人参加。", 35)
    assert n.object == "志愿者" and n.metric == "participants" and n.text.endswith("35人参加")
    n = one("支部17名党员全部参会。", 17)
    assert n.object == "党员" and n.metric == "participants"
    assert one("邀请4名老党员参加。", 4).metric == "members"


def test_noun_before_wins_over_a_verb_after_a_session_count() -> None:
    n = one("召开党组会议7次、专题会议3次研究部署整改。", 3)
    assert n.object == "专题会议" and n.metric == "meetings"


def test_objects_read_across_notes_titles_and_formulas() -> None:
    assert "党组织" in (one("全镇12个村（社区）党组织开展活动。", 12).object or "")
    assert "手册" in (one("印制《廉洁从业提醒手册》800册。", 800).object or "")
    assert "典型案例" in (one("通报3起违反中央八项规定精神典型案例。", 3).object or "")


def test_chain_over_a_total_word() -> None:
    n = one("开展谈心谈话三轮共计420余人次。", 420)
    assert n.object == "谈心谈话" and n.metric == "talks"


def test_frequency_anywhere_in_the_clause_is_no_count() -> None:
    assert extract_numbers("今后每月向党委汇报1次整改进展。") == []


def test_hundred_percent_in_words() -> None:
    n = one("群众满意率达到百分之百。", 100)
    assert n.unit == "%" and n.metric == "share"


def test_parts_of_a_count_keep_its_metric() -> None:
    nums = extract_numbers("共征求到意见建议150条，其中涉及班子的60条，涉及个人的90条。")
    assert [n.metric for n in nums] == ["opinions_collected"] * 3


def test_adverbs_before_the_phrase_shape_the_metric() -> None:
    assert one("18个问题已整改15个。", 15).metric == "rectification_done"
    assert one("开展专项检查，发现并整改问题31个。", 31).metric == "problems_found"


def test_chain_through_a_possessive() -> None:
    nums = extract_numbers("巡察共反馈2个方面的问题14个，均已整改。")
    n = next(n for n in nums if n.value == 14)
    assert n.object == "问题" and n.metric == "problems_found"


def test_a_floor_to_reach_is_no_count() -> None:
    assert extract_numbers("下一步，将坚持为民服务，今年为群众办实事不少于30件。") == []
    assert one("撰写心得体会不少于3篇。", 3).approx == "不少于"


def test_meeting_named_before_its_purpose_verb() -> None:
    n = one("召开党委会议专题研究巡察整改4次。", 4)
    assert n.object is not None and n.object.startswith("党委会议") and n.metric == "meetings"


def test_arabic_count_before_a_quoted_name_is_a_count() -> None:
    n = one("全区28个“两新”党组织参加。", 28)
    assert n.object is not None and "党组织" in n.object and n.metric == "branches"
    assert extract_numbers("做到三个“进一步”。") == []


def test_sharing_in_turn_is_speaking() -> None:
    assert one("机关9名团干部逐一上台分享学习体会。", 9).metric == "speeches"


@pytest.mark.parametrize("text, value, obj, metric", [
    # 的 after a noun opens a new phrase: the count is of the noun before it
    ("市纪委对四个被督查部门的整改台账开展抽查。", 4, "被督查部门", None),
    ("查找出6个方面的问题。", 6, "方面", None),
    # 的 after an adjective only qualifies the counted noun
    ("共查摆出3个较突出的问题。", 3, "较突出的问题", "problems_found"),
    # a modal word opens the predicate; a modal inside a noun stays
    ("被督查的5个街道（乡镇）要限期整改。", 5, "街道（乡镇）", None),
    ("研究确定4项主要任务。", 4, "主要任务", None),
    # 展开 introduces a predicate like 开展
    ("12个村党支部展开自查。", 12, "村党支部", "branches"),
    # a clause of what was already done to them, closed by 的, leaves the head counted
    ("督导组对9家已验收过的党组织开展回访。", 9, "党组织", "branches"),
    # an adverb of manner opens the predicate
    ("全镇21个村党支部扎实开展主题党日。", 21, "村党支部", "branches"),
    # a quote right after a counted head opens what the units did
    ("听取6个单位“微心愿”认领情况汇报。", 6, "单位", None),
    # the resultative 出 of 评选出 is no part of the people counted
    ("支部大会评选出优秀党员8人。", 8, "优秀党员", "members"),
])
def test_object_after_a_count_ends_at_a_new_phrase(text: str, value: float, obj: str, metric: str | None) -> None:
    n = one(text, value)
    assert (n.object, n.metric) == (obj, metric)


@pytest.mark.parametrize("text, value, metric", [
    ("全县共有260余名科级以上干部参加了轮训。", 260, "participants"),   # the count is the subject
    ("机关85名党员参加学习。", 85, "participants"),
    ("邀请7名老干部参加。", 7, "members"),                          # after a verb: whom it names
])
def test_a_head_count_as_subject_takes_the_verb_after_it(text: str, value: float, metric: str) -> None:
    n = one(text, value)
    assert n.metric == metric
    if value == 260:
        assert n.object == "科级以上干部"  # 以上 after a rank is part of the object


def test_a_repeated_count_without_a_metric_is_one_number() -> None:
    text = "4个社区党组织积极行动。督查发现，4个社区在落实上有差距，被督查的4个社区要立行立改。"
    nums = [n for n in extract_numbers(text) if n.value == 4]
    assert len(nums) == 1 and nums[0].metric == "branches"


@pytest.mark.parametrize("text, value, obj, metric", [
    # the head noun after 等 says what every item listed is (and, closing a 、 list,
    # it is the object: the shortest phrase naming them all, round 19)
    ("领导班子召开党组会、局务会、专题研讨会等各类会议40余次。", 40, "各类会议", "meetings"),
    ("开展主题党日、研讨交流等活动15场。", 15, "活动", "activities"),
    # 集学 is 集中学习
    ("街道共组织党史专题集学12次。", 12, "党史专题集学", "study_sessions"),
])
def test_the_head_after_deng_decides_the_metric(text: str, value: float, obj: str, metric: str) -> None:
    n = one(text, value)
    assert (n.object, n.metric) == (obj, metric)


@pytest.mark.parametrize("text, value, obj", [
    ("学校组织师生党员90余人赴烈士陵园开展主题党日活动。", 90, "师生党员"),
    ("支部委员和党员代表共计35人前往革命旧址开展学习。", 35, "支部委员和党员代表"),
])
def test_a_head_count_going_somewhere_counts_participants(text: str, value: float, obj: str) -> None:
    n = one(text, value)
    assert (n.object, n.metric) == (obj, "participants")


def test_a_group_count_going_somewhere_keeps_its_visit() -> None:
    n = one("镇党委组织两批次党员赴市廉政教育基地参观学习。", 2)
    assert n.metric == "site_visits"


@pytest.mark.parametrize("text, value, obj", [
    # 的 after an abbreviated body: the count is of the bodies
    ("指导全区14个街道纪工委的审查调查工作。", 14, "街道纪工委"),
    ("指导全市9个县纪委的案件审理工作。", 9, "县纪委"),
    # the circumstances after the counted noun are no part of it
    ("结合辖区7个村实际，制定帮扶方案。", 7, "村"),
    ("42个基层党支部结合业务实际开展活动。", 42, "基层党支部"),
    ("帮助群众解决5个实际困难。", 5, "实际困难"),
])
def test_the_object_ends_before_a_possessed_noun_or_its_circumstances(text: str, value: float, obj: str) -> None:
    assert one(text, value).object == obj


@pytest.mark.parametrize("text, value, approx, obj", [
    # 万 multiplies a length of written work: the unit is 字
    ("全年撰写心得体会5万余字。", 50000, "余", "心得体会"),
    ("局机关形成读书笔记3.2万字。", 32000, None, "读书笔记"),
])
def test_written_work_counted_in_ten_thousand_characters(text: str, value: float, approx: str | None,
                                                          obj: str) -> None:
    n = one(text, value)
    assert (n.unit, n.approx, n.object, n.metric) == ("字", approx, obj, "research_articles")


@pytest.mark.parametrize("text", [
    "短短80字的入党誓词，字字千钧。",
    "认真贯彻十六字方针。",
])
def test_a_bare_character_count_measures_a_text_not_work(text: str) -> None:
    assert [n for n in extract_numbers(text) if n.unit == "字"] == []


@pytest.mark.parametrize("text, value, obj", [
    ("8名新党员和120余名老党员们面向党旗宣誓。", 120, "老党员"),
    ("30余名青年干部们走进纪念馆。", 30, "青年干部"),
])
def test_the_people_counted_end_at_the_plural(text: str, value: float, obj: str) -> None:
    assert one(text, value).object == obj


@pytest.mark.parametrize("text", [
    "张明、李华、王强三位同志分别作交流发言。",
    "刘洋、陈静两名党员代表作表态发言。",
    "会上，赵磊、孙丽、周涛、吴敏4位同志作重点发言。",
])
def test_a_count_restating_the_names_before_it_is_no_number(text: str) -> None:
    assert extract_numbers(text) == []


@pytest.mark.parametrize("text, value", [
    ("张明、李华、王强等5位同志作交流发言。", 5),  # more people than named
    ("刘洋、陈静和其他5名党员参加。", 5),
])
def test_a_count_beyond_the_names_listed_stays(text: str, value: float) -> None:
    assert one(text, value).unit in ("位", "名")


@pytest.mark.parametrize("text, first, first_obj, second, second_obj", [
    # a verb phrase after a count that runs into the next count is the next count's
    ("全体干部共走访320户收集意见建议85条。", 320, "走访", 85, "意见建议"),
    ("驻村工作队先后走访村民210户征集问题线索46条。", 210, "走访村民", 46, "问题线索"),
])
def test_a_verb_phrase_running_into_the_next_count_belongs_to_it(text: str, first: float, first_obj: str,
                                                                  second: float, second_obj: str) -> None:
    assert (one(text, first).object, one(text, second).object) == (first_obj, second_obj)


def test_a_bare_noun_between_two_counts_stays_with_the_first() -> None:
    assert one("查摆问题5个方面18条。", 5).object == "方面"


@pytest.mark.parametrize("text, value", [
    # a count still being worked on: the words after it are no object
    ("已办结问题31件，还有6件正在跟进办理。", 6),
    ("排查隐患42处，另有5处仍在整治。", 5),
])
def test_a_remainder_still_in_progress_has_no_made_up_object(text: str, value: float) -> None:
    assert one(text, value).object is None


@pytest.mark.parametrize("text, value, metric", [
    # the body owning what is counted is no cue: what it holds is
    ("局党委所属科室12个，干部职工186人。", 12, None),
    ("公司党委所属单位15个。", 15, None),
    ("学校党委下属单位党组织38个。", 38, "branches"),
    ("公司党委下设党支部43个。", 43, "branches"),
])
def test_the_owner_of_what_is_counted_gives_no_metric(text: str, value: float, metric: str | None) -> None:
    assert one(text, value).metric == metric


@pytest.mark.parametrize("text, value, obj", [
    ("党工委形成了8篇比较深入全面的调研报告。", 8, "调研报告"),
    ("每名支委撰写了3篇较为深刻的心得体会。", 3, "心得体会"),
    ("青年教师提交6份十分具体的整改建议。", 6, "整改建议"),
])
def test_a_graded_quality_before_de_is_read_over_to_the_noun(text: str, value: float, obj: str) -> None:
    assert one(text, value).object == obj


@pytest.mark.parametrize("text, value, unit", [
    ("志愿服务队走进社区开展宣讲9场次，参与人数260余人。", 260, "人"),
    ("主题党日活动当天参会人数85人。", 85, "人"),
])
def test_a_count_after_renshu_is_a_count(text: str, value: float, unit: str) -> None:
    assert one(text, value).unit == unit


@pytest.mark.parametrize("text", [
    "开展宣讲数十次。",
    "累计服务群众数百人。",
])
def test_shu_before_a_chinese_numeral_stays_vague(text: str) -> None:
    assert extract_numbers(text) == []


@pytest.mark.parametrize("text", [
    "区妇联在八家镇召开座谈会。",
    "宣讲队走进三家店社区开展宣讲。",
    "服务大厅提供5×8小时咨询服务。",
])
def test_place_names_and_service_hours_are_no_counts(text: str) -> None:
    assert extract_numbers(text) == []


def test_a_head_count_going_somewhere_keeps_the_noun_before() -> None:
    n = one("全街道共有在职党员86人到居住地社区报到。", 86)
    assert n.object == "在职党员"


@pytest.mark.parametrize("text, value", [
    ("组织部分团员赴纪念馆开展现场教学，30名团支部书记、团干部参加活动。", 30),
    ("县妇联组织15名乡镇妇联主席、执委及志愿者参加培训。", 15),
    ("全县将近1500余名镇（乡）、村级妇联干部及妇女群众参加宣讲活动。", 1500),
])
def test_a_head_count_of_a_list_of_people_taking_part_counts_participants(text: str, value: float) -> None:
    assert one(text, value).metric == "participants"


def test_a_cadre_word_inside_the_list_is_no_verb() -> None:
    assert one("支部有12名党员、3名入党积极分子。", 12).metric == "members"


def test_a_verb_qualifying_a_later_count_is_not_the_lists() -> None:
    assert one("8名监票人、计票人组织到会的96名党员投票。", 8).metric is None


@pytest.mark.parametrize("text, value, metric", [
    ("处级干部组成12个调研组，分头开展调研。", 12, "groups"),
    ("派出4个督导组开展督导。", 4, "groups"),
    ("组建6支志愿服务队服务群众。", 6, "groups"),
    ("学院共确定调研课题28项。", 28, "surveys"),
    ("当天共有1200余人收看了直播。", 1200, "participants"),
    ("展馆累计接待参观8600人次。", 8600, "participants"),
    ("中心报送决策咨询报告7篇。", 7, "research_articles"),
    ("全县培育特色宣讲品牌6个。", 6, "brands"),
    ("培育宣讲品牌项目8个，开展宣讲120场。", 120, "lectures"),
])
def test_teams_topics_and_viewers_have_their_metric(text: str, value: float, metric: str) -> None:
    assert one(text, value).metric == metric


@pytest.mark.parametrize("text", [
    "会议对照市里出台的清廉机关建设十条标准逐一梳理。",
    "严格落实中央八项规定精神和市委20条规定。",
    "认真落实省委十条规定要求。",
    "严格贯彻省委15条和市委12条以及公司改进作风10条规定。",
    "坚决落实县委十条精神。",
])
def test_a_named_rule_set_is_no_count(text: str) -> None:
    assert extract_numbers(text) == []


@pytest.mark.parametrize("text, value", [
    ("局党组制定了10条规定。", 10),
    ("中心出台12条标准，规范窗口服务。", 12),
])
def test_rules_made_are_counted(text: str, value: float) -> None:
    assert one(text, value).unit == "条"


def test_a_bodys_count_in_a_list_of_counts_stays() -> None:
    assert one("班子查摆问题8条、机关党委12条、各支部40条。", 12).unit == "条"


def test_a_numbered_formula_of_the_campaign_is_no_count() -> None:
    assert extract_numbers("支部书记结合实际讲解了开展主题教育的四个迫切需要。") == []


@pytest.mark.parametrize("text, value, unit, obj, metric", [
    # a unit word after 个 is the count's unit
    ("全年举办培训班12个班次。", 12, "班次", "培训班", "trainings"),
    # after 共 the second part totals what the first named (主体班: a party school's classes)
    ("市委党校举办两批主体班共9个班次。", 9, "班次", "主体班", "trainings"),
    ("市委党校举办两批主体班共9个班次。", 2, "批", "主体班", "trainings"),
])
def test_sessions_counted_after_ge_and_totals(text: str, value: float, unit: str, obj: str, metric: str) -> None:
    n = one(text, value)
    assert (n.unit, n.object, n.metric) == (unit, obj, metric)


@pytest.mark.parametrize("text, value, obj, metric", [
    # a word of praise before 的 qualifies the counted noun (jieba tags 生动, 高质量 nouns)
    ("支部形成5篇高质量的调研报告。", 5, "调研报告", "research_articles"),
    ("在主题党日活动中，与全体党员分享了两堂生动的微党课。", 2, "微党课", "party_lectures"),
    # 直接受众 is one noun: no verb 接受 in it
    ("宣讲团开展宣讲20场，直接受众达3000余人。", 3000, "直接受众", "participants"),
    # 交办 is a verb: the units are counted, not the list handed to them
    ("县委巡察办向涉及的12个单位交办问题清单。", 12, "单位", None),
])
def test_objects_bounded_by_praise_nouns_and_verbs(text: str, value: float, obj: str, metric: str | None) -> None:
    n = one(text, value)
    assert (n.object, n.metric) == (obj, metric)


def test_whom_the_doers_act_with_is_no_actor() -> None:
    assert one("在主题党日活动中，与全体党员分享了两堂生动的微党课。", 2).actor is None
    assert one("与会党员共提出意见30条。", 30).actor == "与会党员"


@pytest.mark.parametrize("text, value, obj", [
    ("随后两个党小组分头召开组会。", 2, "党小组"),           # 分头 ("separately") opens the predicate
    ("讲课从背景、进程等三个方面详细展开。", 3, "方面"),     # so does 详细
    ("两位书记分别为三期培训班开讲第一课。", 3, "培训班"),   # 开讲 is a verb (讲 alone cut it as 开|讲)
    ("会上，四个党小组依次汇报学习情况。", 4, "党小组"),     # 依次 ("in turn") opens the predicate
])
def test_adverbs_and_verbs_end_an_object_after_the_count(text: str, value: float, obj: str) -> None:
    assert one(text, value).object == obj


@pytest.mark.parametrize("text, value", [
    ("通过月调度的方式督促各支部书记开展调研12次。", 12),
    ("他以此为题，围绕党的代表大会召开的背景和意义三个方面讲授党课。", 3),
    # 由 names who leads the group counted, not who did anything
    ("由青禾县卫健局党委书记带队的县督查组一行四人来我院检查。", 4),
])
def test_a_phrase_opening_with_a_preposition_is_no_actor(text: str, value: float) -> None:
    assert one(text, value).actor is None


@pytest.mark.parametrize("text, value, obj, metric", [
    # a verb inside a quoted name does not end the object after the count
    ("街道梳理出6个“我为群众办实事”帮扶项目，逐一落实。", 6, "“我为群众办实事”帮扶项目", "practical_deeds"),
    # an ellipsis ends the phrase after the count: the object is the noun before it
    ("抽查单位12个，“回头看”问题95个……全县持续推进整改。", 95, "“回头看”问题", "problems_found"),
])
def test_quoted_names_and_ellipses_bound_objects(text: str, value: float, obj: str, metric: str) -> None:
    n = one(text, value)
    assert (n.object, n.metric) == (obj, metric)


def test_a_bracketed_heading_is_no_actor() -> None:
    n = one("【党员民主评议】 全年开展党员民主评议2次，参评党员40名。", 2)
    assert (n.object, n.actor) == ("党员民主评议", None)


@pytest.mark.parametrize("text, value, obj, metric", [
    # the earlier items of a 、 list say what the count after its last item measures
    ("全年为群众解急事、办实事、化矛盾共320余件。", 320, "化矛盾", "practical_deeds"),
    # items that disagree give none; the object stays the last item
    ("先后举办专题读书班、专题党课、党性教育共15次。", 15, "党性教育", None),
    # kinds of people listed are no one kind (党员、群众)
    ("走访慰问困难党员、群众共86人。", 86, "群众", None),
])
def test_the_items_of_a_list_decide_the_metric_of_its_last(text: str, value: float, obj: str,
                                                           metric: str | None) -> None:
    n = one(text, value)
    assert (n.object, n.metric) == (obj, metric)


@pytest.mark.parametrize("text, value, metric", [
    # one verb for several counts: the places after the first are its parts
    ("全年开展宣讲400余场次、县直机关单位60场次、农村社区200场次。", 200, "lectures"),
    ("组织宣讲团开展宣讲90场，乡镇40场，中小学校30场。", 30, "lectures"),
    # a count with its own verb, or of another thing done, is no part
    ("开展谈心谈话120次，民主评议15次。", 15, None),
    ("应到党员30名，实到28名，请假2名。", 2, None),
])
def test_a_place_counted_after_a_count_is_its_part(text: str, value: float, metric: str | None) -> None:
    assert one(text, value).metric == metric


@pytest.mark.parametrize("text, value, obj", [
    # a sum of money followed by 的 counts the noun after it
    ("工作组帮助群众追回2万余元的拖欠工钱。", 20000, "拖欠工钱"),
    # a 由…组成的 clause before the counted noun is read over, 、 and all
    ("组建60名由退休教师、老党员等组成的宣讲小分队。", 60, "宣讲小分队"),
    # 分为 and 划分 are verbs: the noun before them is counted
    ("全县1200余名党员分为30个学习小组。", 1200, "党员"),
    ("将15个基层党组织划分为三个片区。", 15, "基层党组织"),
    # 做好 ends the object; a phrase cut at the length limit ends between words
    ("督促3个软弱涣散党支部做好问题整改。", 3, "软弱涣散党支部"),
    ("全镇组建5个新时代文明实践站志愿者服务团队。", 5, "新时代文明实践站志愿者服务"),
])
def test_objects_read_over_clauses_and_end_at_words(text: str, value: float, obj: str) -> None:
    assert one(text, value).object == obj


@pytest.mark.parametrize("text, value, actor", [
    # the doer is before 对/向, the phrase after it is whom they act on
    ("督导组对该局党组反馈问题18个。", 18, "督导组"),
    ("巡察组向该局党组反馈问题15个。", 15, "巡察组"),
    ("二是对软弱涣散村级党组织开展整顿9次。", 9, None),
    # a member of the list counted is no doer
    ("督促机关第一党支部等6个党支部完成换届选举。", 6, None),
    ("全体班子成员和12个村“两委”干部参加会议。", 12, None),
    # 到 names where the doers went: the list after it is no doer, 工作人员 is (round 55)
    ("工作人员到机关、企业宣讲政策8场。", 8, "工作人员"),
])
def test_whom_a_doer_acts_on_and_list_members_are_no_actors(text: str, value: float, actor: str | None) -> None:
    assert one(text, value).actor == actor


@pytest.mark.parametrize("text, value, obj", [
    # a counted numeral inside the phrase after a count begins a count of its own
    ("教育基地已接待8家单位近千人次参观学习。", 8, "单位"),
    # 其中 N 项为 X: the part counted is X
    ("支部已获得12项荣誉，其中4项为省级荣誉。", 4, "省级荣誉"),
    # (a preposition right after a count ends the phrase, but 在职 is a word, not 在)
    ("全县共有560名在职党员到社区报到。", 560, "在职党员"),
])
def test_objects_stop_at_counts_copulas_and_prepositions(text: str, value: float, obj: str) -> None:
    assert one(text, value).object == obj


def test_preposition_after_a_count_leaves_no_object_after_it() -> None:
    assert one("全年分6批次对42起典型问题通报曝光。", 6).object != "对"


def test_near_thousand_after_a_count_is_its_own_count() -> None:
    n = one("教育基地已接待8家单位近千人次参观学习。", 1000)
    assert (n.approx, n.unit) == ("近", "人次")


def test_a_doer_inside_a_quoted_name_is_no_actor() -> None:
    # 党员 is the first word of the quoted name ‘党员之家’, not a doer
    assert one("他说，我们的‘党员之家’向社区提出了16条意见建议。", 16).actor is None


@pytest.mark.parametrize("text, value, obj", [
    # what the people counted did ends them (投身, 坚守, 荣获, 上交, 拿起; 日夜 an adverb)
    ("全院86名党员干部投身疫情防控一线。", 86, "党员干部"),
    ("14名医护人员日夜坚守隔离病区。", 14, "医护人员"),
    ("全局9个集体荣获市级表彰。", 9, "集体"),
    ("30余名党员拿起扫帚清扫街巷。", 30, "党员"),
    # 明确 is a verb: the aspects counted end before it
    ("从学习、作风、纪律三个方面明确整改方向。", 3, "方面"),
])
def test_what_people_counted_did_ends_them(text: str, value: float, obj: str) -> None:
    assert one(text, value).object == obj


def test_sheets_handed_in_are_counted() -> None:
    n = one("15名党员干部上交“购物卡”48张。", 48)
    assert (n.unit, n.object) == ("张", "上交“购物卡”")
    assert one("15名党员干部上交“购物卡”48张。", 15).object == "党员干部"


def test_solutions_drawn_up_are_measures() -> None:
    # 解决 inside 解决方案 is no item done
    assert one("针对调研发现的问题，制定针对性解决方案9项。", 9).metric == "rectification_measures"


# ----------------------------------------------------------------- round 17 rulings

def test_percentage_points_are_shares_of_the_rate_named_before() -> None:
    n = one("全年党员参学率同比上升4.5个百分点。", 4.5)
    assert (n.unit, n.metric, n.object) == ("百分点", "share", "全年党员参学率")
    assert one("满意度较上年提高2百分点。", 2).unit == "百分点"


def test_a_rate_changed_from_one_share_to_another_is_named_before_from() -> None:
    text = "今年以来，全县案件办结率从72.5%提高到96.8%。"
    assert one(text, 72.5).object == "全县案件办结率"
    assert one(text, 96.8).object == "全县案件办结率"  # 提高到 names no rate of its own
    assert one("机关发文数量同比下降23%。", 23).object == "机关发文数量"


def test_places_and_peoples_stated_as_a_setting_are_no_counts() -> None:
    text = "该市下辖三县两区、86个乡镇，1450个行政村，聚居汉、回、藏等12个民族。"
    assert extract_numbers(text) == []


def test_places_governed_by_an_activity_and_branch_totals_count() -> None:
    assert one("宣讲团先后走访86个乡镇，覆盖1450个行政村。", 86).object == "乡镇"
    assert one("宣讲团先后走访86个乡镇，覆盖1450个行政村。", 1450).object == "行政村"
    assert one("学院党委下辖12个党支部。", 12).metric == "branches"


def test_a_relative_clause_before_de_leaves_the_head_noun_counted() -> None:
    n = one("全年对43起群众身边损害群众利益的典型问题进行通报。", 43)
    assert n.object == "典型问题"
    # after a passive 被 the 的 is possessive: the units are counted
    assert one("督导组对两个被巡察单位的整改工作进行检查。", 2).object == "被巡察单位"


def test_a_part_opened_by_qizhong_counts_the_things_before() -> None:
    n = one("街道党工委建成12个党员驿站，其中5个设在居民小区内。", 5)
    assert n.object == "党员驿站"


def test_people_counted_end_before_a_thing_about_them() -> None:
    n = one("会议通报了全省3名处级干部违纪违法典型案例。", 3)
    assert n.object == "处级干部"


# ----------------------------------------------------------------- round 17 real reports

@pytest.mark.parametrize("text, value, obj", [
    ("全院行政案件结案率高达92%。", 92, "全院行政案件结案率"),            # 高达 links rate and figure
    ("全段拥有干部职工3000人。", 3000, "干部职工"),                        # 拥有 introduces the count
    ("全镇12个村涉及整改问题86项。", 86, "整改问题"),                      # 涉及 likewise
    ("巡察指出15个村存在问题96项。", 15, "村"),                            # 存在 ends the places
    ("8个村党组织紧紧围绕中心工作。", 8, "村党组织"),                      # an adverb ends the object
    ("4个社区党组织还普遍存在短板。", 4, "社区党组织"),
    ("志愿者向30户家庭分享家风故事。", 30, "家庭"),                        # 分享, 被, 走进: what they did
    ("支部5篇调研报告被上级采用。", 5, "调研报告"),
    ("60余名群众走进法院参观。", 60, "群众"),
    ("组织开展读书分享会十余场。", 10, "读书分享会"),                      # 分享 inside a meeting word
])
def test_round17_object_bounds(text: str, value: float, obj: str) -> None:
    assert one(text, value).object == obj


def test_problems_held_by_places_are_problems_found() -> None:
    assert one("巡察指出15个村存在问题96项。", 96).metric == "problems_found"


def test_a_bare_light_verb_count_counts_more_of_the_things_before() -> None:
    text = "该段共举办“红色讲堂”80余场，今年以来已开展12场。"
    assert one(text, 12).object == one(text, 80).object == "“红色讲堂”"


def test_a_change_right_after_a_figure_is_the_change_of_that_figure() -> None:
    text = "全年审结案件标的额500万元，同比上升12.5%。"
    assert one(text, 12.5).object == one(text, 5000000).object


# ----------------------------------------------------------------- round 18

@pytest.mark.parametrize("text, value, obj, metric", [
    ("调研中梳理出5大共性问题。", 5, "共性问题", "problems_found"),
    ("村里重点打造了4大增收模式。", 4, "增收模式", None),
])
def test_a_count_of_big_kinds_written_with_da(text: str, value: float, obj: str, metric: str | None) -> None:
    n = one(text, value)
    assert (n.unit, n.object, n.metric) == ("大", obj, metric)


@pytest.mark.parametrize("text", [
    "认真学习党的二十大精神。", "深入学习党的七大历史。", "参观七大会址。", "严守六大纪律。",
    "县四大班子领导出席会议。", "坚持团结和民主两大主题。", "发展茶叶、中药材三大产业。",
])
def test_party_congresses_and_fixed_names_with_da_are_no_counts(text: str) -> None:
    assert extract_numbers(text) == []


def test_two_numerals_sharing_a_unit_after_fenbie_are_both_counted() -> None:
    text = "全年批捕率80.5%、起诉率90.2%，同比分别上升3.5和4.2个百分点。"
    first, second = one(text, 3.5), one(text, 4.2)
    assert (first.unit, first.object, first.metric) == ("百分点", "全年批捕率", "share")
    assert (second.unit, second.object) == ("百分点", "起诉率")
    people = "两个支部分别有12和15名党员参加。"
    assert (one(people, 12).unit, one(people, 12).object) == ("名", "党员")


def test_a_bare_numeral_before_a_count_without_fenbie_is_no_count() -> None:
    assert [n.value for n in extract_numbers("选派3、5名干部参加培训。")] == [5]


@pytest.mark.parametrize("text, value, obj", [
    ("全厂共有职工800人，其中党员300人，占职工总数的37.5%。", 37.5, "党员"),
    ("全院女性干警占45%。", 45, "全院女性干警"),
    ("整改措施已落实89条，占比92.7%。", 92.7, "占比"),
])
def test_a_share_of_a_whole_is_of_the_group_named_before_zhan(text: str, value: float, obj: str) -> None:
    assert one(text, value).object == obj


def test_a_noun_ending_in_de_keeps_it() -> None:
    assert one("今年民事案件执结标的3200万元。", 32000000).object.endswith("执结标的")
    assert one("建设重点项目的12个。", 12).object == "建设重点项目"


def test_a_bare_you_after_a_count_counts_a_part_of_those() -> None:
    text = "全县18个乡镇卫生院，有15个在偏远山区。"
    assert one(text, 15).object == "乡镇卫生院"


def test_a_place_word_after_an_actor_head_makes_it_no_doer() -> None:
    assert one("班级团支部召开会议。支部内31名团员参加了会议。", 31).actor is None


def test_a_predicate_opened_by_an_adverb_has_the_people_before_as_doers() -> None:
    text = "30余名青年干警分别组成宣讲小分队深入学校、社区等开展普法宣讲15次。"
    assert one(text, 15).actor == "青年干警"


@pytest.mark.parametrize("text, value, obj", [
    ("组织机关干部走访调研群众1200户。", 1200, "走访调研群众"),
    ("派出三个廉政走访组。", 3, "廉政走访组"),
    ("在各法庭张贴海报三百余张。", 300, "海报"),
    ("悬挂横幅50余条。", 50, "横幅"),
    ("12个村党组织书记同步建立项目清单。", 12, "村党组织书记"),
    ("共收集群众反映问题86件，已解决70件。", 70, "群众反映问题"),
    ("梳理出8个共性问题。", 8, "共性问题"),
])
def test_round18_object_bounds(text: str, value: float, obj: str) -> None:
    assert one(text, value).object == obj


def test_leading_body_members_are_members() -> None:
    assert one("医院现有班子成员7人。", 7).metric == "members"


@pytest.mark.parametrize("text, value, obj", [
    ("医疗队共为200余名村民提供了义诊服务。", 200, "村民"),
    ("支部一行15名党员怀着崇敬的心情参观了纪念馆。", 15, "党员"),
])
def test_people_counted_end_before_what_they_did(text: str, value: float, obj: str) -> None:
    assert one(text, value).object == obj


# ----------------------------------------------------------------- round 19

@pytest.mark.parametrize("text, value, obj", [
    ("据统计，全省高校共有8600余人参加动员大会。", 8600, "参加动员大会"),
    ("全院共50余人参加了学习。", 50, "参加"),
    ("机关各支部代表共40余人参加。", 40, "机关各支部代表"),
])
def test_a_body_before_a_total_word_is_where_the_people_are(text: str, value: float, obj: str) -> None:
    n = one(text, value)
    assert (n.object, n.metric) == (obj, "participants")


def test_a_pause_mark_inside_one_compound_keeps_the_phrase() -> None:
    assert one("内科、外科党员医、护人员近30人参加了义诊。", 30).object == "外科党员医、护人员"
    assert one("医院党支部、门诊部12人参加。", 12).object == "门诊部"  # (支部 closes a word: a list)


def test_people_counted_then_what_they_felt_are_the_people_before() -> None:
    n = one("上午，支部一行18人怀着崇敬的心情参观了革命旧址。", 18)
    assert (n.object, n.metric) == ("支部", "participants")  # (round 30: 一行 closes the party, the body names it)


def test_an_event_count_with_its_verb_after_an_adverbial() -> None:
    n = one("今年以来，4次在党组会上开展专题学习。", 4)
    assert (n.object, n.metric) == ("专题学习", "study_sessions")
    assert one("2次在全体干警大会上对“两个规定”进行专题解读。", 2).object.endswith("专题解读")


def test_a_part_opened_by_qizhong_with_only_what_was_done_counts_those_before() -> None:
    text = "共梳理群众反映事项30件，其中转交有关部门办理12件。"
    assert one(text, 12).object == "群众反映事项"
    text = "收集意见建议80条，其中当场答复30条。"
    assert (one(text, 30).object, one(text, 30).metric) == ("意见建议", "opinions_collected")
    assert one("共有职工600人，其中党员200人。", 200).object == "党员"  # (a kind of them stays)


def test_daibiao_after_a_name_is_on_behalf_of() -> None:
    assert one("李强代表县委第三巡察组反馈问题12个。", 12).actor == "李强"
    assert one("党员代表讲党课3次。", 3).actor == "党员代表"


def test_a_body_in_a_named_persons_title_is_no_doer() -> None:
    text = "支部主委王芳和附属医院的15名医疗专家参加了活动。"
    assert one(text, 15).actor is None


@pytest.mark.parametrize("text, value, unit, obj", [
    ("全年主持中心组学习 6 次，", 6, "次", "主持中心组学习"),  # (主持 is a verb: round 47)
    ("撰写调研报告 4 篇；", 4, "篇", "调研报告"),
])
def test_a_count_spaced_on_both_sides_from_pdf_text(text: str, value: float, unit: str, obj: str) -> None:
    n = one(text, value)
    assert (n.unit, n.object) == (unit, obj)


@pytest.mark.parametrize("text", ["这是第 9 次会议。", "2021 年 3 月召开会议。", "学习9 次。"])
def test_spaced_ordinals_dates_and_one_sided_spaces_are_no_counts(text: str) -> None:
    assert extract_numbers(text) == []


@pytest.mark.parametrize("text, value, metric", [
    ("全镇排查化解矛盾纠纷86件。", 86, "disputes_resolved"),
    ("调解纠纷40余起。", 40, "disputes_resolved"),
    ("为群众解决诉求56次。", 56, "practical_deeds"),
    ("开展政策宣传30次。", 30, "activities"),
    ("开展义诊服务群众300人次。", 300, None),  # (person-time served: no metric, ruling of round 18)
])
def test_service_counts_have_their_metrics(text: str, value: float, metric: str | None) -> None:
    assert one(text, value).metric == metric


def test_a_qizhong_part_naming_a_kind_or_following_another_part_keeps_its_object() -> None:
    assert one("处理处分9人，其中给予党纪处分3人。", 3).object == "党纪处分"  # (给予 is light)
    assert one("问责5人，其中诫勉2人、批评教育3人。", 3).object == "批评教育"


@pytest.mark.parametrize("text, value, obj", [
    ("组织党员轮流讲、积极分子接力讲等活动300余次。", 300, "活动"),
    ("开展党员志愿服务等活动30次。", 30, "党员志愿服务等活动"),  # (no list: the phrase stays)
    ("评定优秀、合格等次党员15名。", 15, "合格等次党员"),  # (等次 is a grade, no list end)
    ("社区充分整合各类志愿者80余人。", 80, "各类志愿者"),
    ("储备宣讲故事20余个。", 20, "宣讲故事"),
    ("12个村同时组织集中学习。", 12, "村"),
])
def test_round19_object_bounds(text: str, value: float, obj: str) -> None:
    assert one(text, value).object == obj


def test_a_helping_verb_before_a_done_verb_counts_the_things_before() -> None:
    n = one("梳理出问题860个，帮助解决720个。", 720)
    assert (n.object, n.metric) == ("问题", "rectification_done")


@pytest.mark.parametrize("text, value, obj", [
    ("安排2名村党支部书记担任轮值讲师。", 2, "村党支部书记"),
    ("3个基层党组织获评先进基层党组织。", 3, "基层党组织"),
    ("18名个人受到表彰。", 18, "个人"),
    ("对300余名窗口人员不间断开展警示教育。", 300, "窗口人员"),
    ("细化党委责任12条。", 12, "党委责任"),
])
def test_round19_what_the_counted_did_ends_them(text: str, value: float, obj: str) -> None:
    assert one(text, value).object == obj


@pytest.mark.parametrize("text, value, obj", [
    ("9月份全行办公耗材支出较6月份下降15%。", 15, "全行办公耗材支出"),
    ("全年涉诉信访件比2020年下降了18.5%。", 18.5, "全年涉诉信访件"),
    ("全年结案率比上年提高5.2%。", 5.2, "全年结案率"),
])
def test_a_rate_compared_with_a_date_is_named_before_the_comparison(text: str, value: float, obj: str) -> None:
    n = one(text, value)
    assert (n.object, n.metric) == (obj, "share")


def test_a_rate_rising_by_yuesheng_is_named_before_it() -> None:
    assert one("截至目前，重点任务完成率跃升至96.5%。", 96.5).object == "重点任务完成率"


def test_a_phrase_cut_at_the_reading_limit_starts_after_the_word_cut() -> None:
    # 18 characters back from the figure fall inside 采购: the phrase starts after it
    n = one("第二季度办公用品采购成本及电费支出环比第一季度不降反升3.5%。", 3.5)
    assert n.object == "成本及电费支出"


def test_reserve_cadres_are_no_light_verb_and_other_aspects_name_no_kind() -> None:
    assert one("“两委”储备干部共30多人参加。", 30).object == "“两委”储备干部"
    assert one("收集机关服务、后勤保障等方面的意见40条。", 40).object == "后勤保障等方面的意见"
    assert one("从目标任务、5个重要步骤等方面作出部署。", 5).object == "重要步骤"
    # an object cut at the reading limit never opens with the particle 等 (and since round 21
    # the speech verb 交流发言 starts the object, as 讲党课 does)
    assert one("看守所等单位负责人结合岗位实际交流发言12人次。", 12).object == "交流发言"


def test_an_object_after_a_count_may_open_with_a_word_holding_deng() -> None:
    assert one("制定四个等级评定标准。", 4).object == "等级评定标准"


# --------------------------------------------------------------------------- round 20

def test_the_head_noun_after_the_unit_decides_the_metric_over_a_modifier() -> None:
    # a noun cue followed only by nouns up to another noun cue is that head's modifier
    assert one("全市培育5个支部党建品牌。", 5).metric == "brands"
    assert one("打造8个党支部特色品牌。", 8).metric == "brands"
    # a verb between them: the counted noun comes first
    assert one("推动12个党支部开好组织生活会。", 12).metric == "branches"


def test_a_figure_reached_counts_the_noun_before_the_verb_of_reaching() -> None:
    found = extract_numbers("组织线上答题，四期浏览量突破366人次。")
    by_value = {n.value: n for n in found}
    assert by_value[366].object == "浏览量"
    assert by_value[4].object != "浏览量突破"


def test_a_share_between_two_de_counts_the_noun_after() -> None:
    assert one("超额完成市分行下达的85%的阶段性目标。", 85).object == "阶段性目标"
    assert one("全校学生参学率达到100%。", 100).object == "全校学生参学率"


def test_a_share_from_a_dated_starting_point_is_named_before_the_change_word() -> None:
    found = extract_numbers("函询类比例由2019年底的2.5%上升至现在的40.1%。")
    assert [n.object for n in found] == ["函询类比例", "函询类比例"]


def test_bodies_counted_by_suo_or_jia_end_before_their_people() -> None:
    assert one("与20多所兄弟院校师生开展接力宣讲。", 20).object == "兄弟院校"
    assert one("组织6家企业职工参加培训。", 6).object == "企业"
    assert one("全市120家企业党组织。", 120).object == "企业党组织"


@pytest.mark.parametrize("text, value, metric", [
    ("全县给予党纪政务处分12人。", 12, "disciplined"),
    ("诫勉谈话3人。", 3, "disciplined"),
    ("开展谈心谈话150人次。", 150, "talks"),
    ("立案审查调查21件。", 21, "cases_filed"),
    ("会上通报典型案例5个。", 5, "cases_reported"),
    ("建立健全制度机制16项。", 16, "rules_made"),
    ("堵塞制度漏洞4个。", 4, "problems_found"),
    ("开展3轮常规巡察。", 3, "inspections"),
    ("召开党委会议专题研究巡察整改5次。", 5, "meetings"),
    ("派出4个巡察组。", 4, "groups"),
    ("共确定专题课题120个。", 120, "surveys"),
    ("承担国家课题3个。", 3, None),
    ("处置反映问题线索230件。", 230, "leads_handled"),
])
def test_round20_discipline_and_rectification_metrics(text: str, value: float, metric: str | None) -> None:
    assert one(text, value).metric == metric


def test_a_qizhong_part_with_a_cue_of_its_own_keeps_its_object() -> None:
    assert one("给予党纪政务处分10人，其中诫勉4人、批评教育6人。", 4).object == "诫勉"


@pytest.mark.parametrize("text, value, obj", [
    ("共梳理24项整改内容。", 24, "整改内容"),
    ("局长先后8次主持召开党委会。", 8, "党委会"),
    ("在主流媒体刊发信息稿件300余条。", 300, "信息稿件"),
    ("为120个基层党支部配发学习资料。", 120, "基层党支部"),
    ("社区把报到的210名机关在职党员分成12组。", 210, "机关在职党员"),
    ("40名党员在职工之家参加活动。", 40, "党员"),
    ("形成85项(条)履职成果转化为提案。", 85, "履职成果"),
    ("全区村(社区)干部近2万人通过线上方式接受警示教育。", 20000, "全区村(社区)干部"),
    ("其中“谈话函询”占21.5%。", 21.5, "“谈话函询”"),
    ("16个教学点入选示范名单。", 16, "教学点"),
])
def test_round20_object_bounds(text: str, value: float, obj: str) -> None:
    assert one(text, value).object == obj


@pytest.mark.parametrize("text, metric", [
    ("全镇36个村支部委员会顺利完成换届。", "branches"),
    ("3个机关党支部委员会相继选举产生。", "branches"),
    ("召开支部委员会5次。", "meetings"),
])
def test_a_branch_committee_counted_is_a_branch_not_a_meeting(text: str, metric: str) -> None:
    # 支部委员会 is one word: its 委员会 is no head read on from the modifier 支部
    nums = extract_numbers(text)
    assert [n.metric for n in nums] == [metric]


# ----------------------------------------------------------------- round 21

@pytest.mark.parametrize("text, value, obj, metric", [
    # an audience is participants, whatever its noun, even with no 参加 (ruling of round 21)
    ("全镇村组干部近2000人通过现场和视频相结合的形式接受警示教育。", 2000, "全镇村组干部", "participants"),
    ("机关干部600余人次接受了廉政教育。", 600, "机关干部", "participants"),
    ("全体党员干部260名聆听了专题报告。", 260, "全体党员干部", "participants"),
    ("150名党员干部观看了警示教育片。", 150, "党员干部", "participants"),
    ("组织85名青年干部观看廉政微电影。", 85, "青年干部", "participants"),  # sent to watch: they attended
    ("学院现有党员320名。", 320, "党员", "members"),             # membership stays members
    ("全市党员80人通过学习平台完成答题。", 80, "全市党员", "members"),  # no event taken part in
    ("邀请5名老党员参加。", 5, "老党员", "members"),              # the invited stay as named
])
def test_round21_an_audience_counts_participants(text: str, value: float, obj: str, metric: str) -> None:
    n = one(text, value)
    assert (n.object, n.metric) == (obj, metric)


@pytest.mark.parametrize("text, value, metric", [
    ("班子制定整改举措26条。", 26, "rectification_measures"),
    ("各部门提出工作举措120条。", 120, None),
    ("推出便民举措9项。", 9, None),
    ("出台8项便利措施。", 8, None),                 # !便利措施 shadows 措施
    ("制定整改措施41条。", 41, "rectification_measures"),
    ("给予党纪处分7人，其中诫勉2人、调整岗位3人。", 3, "disciplined"),
    ("为群众解决急难愁盼问题36件。", 36, "practical_deeds"),
    ("梳理群众急难愁盼问题18个。", 18, "problems_found"),
    ("开展开放日活动，邀请家长、学生代表共30余人走进法院。", 30, "participants"),
    ("处置谈话函询1200件。", 1200, "leads_handled"),
    ("依法起诉56人。", 56, "cases_filed"),
    ("刊发新闻稿件85篇，报送工作简报12期。", 85, "publicity_items"),
    ("刊发新闻稿件85篇，报送工作简报12期。", 12, "publicity_items"),
    ("撰写心得体会40篇。", 40, "research_articles"),
    ("6名党支部书记参加述职评议。", 6, "participants"),
    ("全局共有支部书记18名。", 18, "members"),
])
def test_round21_metric_rows(text: str, value: float, metric: str | None) -> None:
    assert one(text, value).metric == metric


@pytest.mark.parametrize("text, value, obj, metric", [
    ("会上，四名支部书记表态发言。", 4, "支部书记", "speeches"),          # the speech ends the people
    ("六位党支部书记作交流发言。", 6, "党支部书记", "speeches"),
    ("全县已有320家村卫生室实现医保即时结算。", 320, "村卫生室", None),   # 实现 is what they did
    ("目前已有1500多个问题得到解决。", 1500, "问题", "problems_found"),
    ("抽调12个县水利局负责督查工作。", 12, "县水利局", None),
    ("在200余部电梯投放公益广告。", 200, "电梯", None),
    ("评出优秀党务工作者3名。", 3, "优秀党务工作者", None),
    ("全市1200个团组织开展学习。", 1200, "团组织", None),            # a youth league body: no branch
    ("新建团支部15家。", 15, "团支部", None),
    ("组织开展网络主题团课12期。", 12, "网络主题团课", "lectures"),
    ("组成4个督查组。", 4, "督查组", "groups"),
    ("反馈的5个方面41个问题，已整改完成38个（含立行立改问题6个）。", 6, "立行立改问题", "rectification_items"),
    ("查出班子在学习不深、作风不实等方面问题23个。", 23, "问题", "problems_found"),
    ("收集机关服务等方面的意见40条。", 40, "机关服务等方面的意见", "opinions_collected"),  # 的: unchanged
])
def test_round21_object_bounds(text: str, value: float, obj: str, metric: str | None) -> None:
    n = one(text, value)
    assert (n.object, n.metric) == (obj, metric)


def test_round21_a_person_count_keeps_its_team_over_a_leader_named_before() -> None:
    # the head before the purpose verb is read for events, not for a team of people
    n = one("由省卫生健康委员会党组书记王某率领的第二批全省卫生系统党建示范点督查组一行五人到我院检查。", 5)
    assert n.metric is None and "书记" not in (n.object or "")


def test_round21_a_grade_and_above_is_one_noun_phrase() -> None:
    n = one("厅领导带头、80余名处级及以上干部参与调研。", 80)
    assert (n.object, n.metric) == ("处级及以上干部", "participants")


# ---------------------------------------------------------------- round 21b
@pytest.mark.parametrize("text, value, metric", [
    ("年内已完成稽查项目4个。", 4, None),                        # inspections done: no rectification
    ("已完成整改任务15项。", 15, "rectification_done"),
    ("完成问题整改18个。", 18, "rectification_done"),
    ("完成整改措施61条。", 61, "rectification_done"),
    ("已落实意见建议12条。", 12, "rectification_done"),
    ("全年共完成民生实事20件。", 20, "practical_deeds"),          # deeds done are deeds
    ("查摆问题20个，已完成18个。", 18, "rectification_done"),     # the verb alone: done of those
])
def test_round21b_a_leading_done_verb_needs_a_rectification(text: str, value: float, metric: str | None) -> None:
    # ruling 21b-1: ^完成 gives rectification_done only when what is done is a rectification
    assert one(text, value).metric == metric


@pytest.mark.parametrize("text, value, metric", [
    ("全区打造35个新时代文明实践教育基地。", 35, None),           # bases built, none visited
    ("建成红色教育基地12个。", 12, None),
    ("命名5个党员教育基地。", 5, None),
    ("前往新打造的教育基地开展现场教学3次。", 3, "site_visits"),  # 打造的 only qualifies the base
    ("参观红色教育基地5次。", 5, "site_visits"),
])
def test_round21b_places_built_are_no_site_visits(text: str, value: float, metric: str | None) -> None:
    assert one(text, value).metric == metric


def test_round21b_a_quoted_name_qualifies_the_head_after_it() -> None:
    # the earliest cue would be 学习 inside the quoted campaign name; the head 团课 decides
    n = one("团委组织开展28期“青年大学习”网络主题团课。", 28)
    assert n.metric == "lectures"


@pytest.mark.parametrize("text, value, obj", [
    ("督导组提出的整改意见建议96条。", 96, "整改意见建议"),
    ("班子在“四风”等方面存在的突出问题9个。", 9, "突出问题"),
    ("参与接待的党代表达40人次。", 40, "党代表"),
    ("邀请社会各界代表35人参与。", 35, "社会各界代表"),          # 邀请 is no part of the guests' name
    ("收集后勤保障等方面的意见12条。", 12, "后勤保障等方面的意见"),  # a noun before 的 stays
    ("梳理长期推进的问题6个。", 6, "长期推进的问题"),                # an adverb before the verb: stays
])
def test_round21b_a_verb_and_de_before_the_noun_is_cut(text: str, value: float, obj: str) -> None:
    # ruling 21b-6: the shortest phrase that names what is counted
    assert one(text, value).object == obj


@pytest.mark.parametrize("text, value, obj", [
    ("组织180余名县处级、乡科级及年轻干部参加宣讲报告会。", 180, "县处级、乡科级及年轻干部"),
    ("12名妇联执委、巾帼志愿者及群众代表共同参加。", 12, "妇联执委、巾帼志愿者及群众代表"),  # 共同: an adverb
    ("全镇16位支部书记和委员参会。", 16, "支部书记和委员"),
])
def test_round21b_a_list_of_people_after_the_count_is_the_object(text: str, value: float, obj: str) -> None:
    # ruling 21b-5: as for a list written before the count, the whole list is counted
    n = one(text, value)
    assert (n.object, n.metric) == (obj, "participants")


@pytest.mark.parametrize("text, value, obj, metric", [
    ("公司认领巡视反馈4个方面11项共39个问题。", 11, "问题", "problems_found"),      # middle part over 共
    ("教育局(含直属学校)管理问题5项。", 5, "管理问题", "problems_found"),          # began inside a note
    ("全市医院(含民营、三个分院)负责人参加。", 3, "分院", None),                   # the count is in the note
    ("社区开设“党员讲坛”16场。", 16, "“党员讲坛”", "lectures"),                   # 讲 inside 讲坛 is no verb
    ("对3人予以提醒谈话。", 3, "予以提醒谈话", "disciplined"),                     # no heart-to-heart talk
    ("交流4个正面典型案例。", 4, "正面典型案例", None),                            # no warning case
    ("组建5个小组分工推进整改。", 5, "小组", "groups"),
])
def test_round21b_new_reports(text: str, value: float, obj: str, metric: str | None) -> None:
    n = one(text, value)
    assert (n.object, n.metric) == (obj, metric)


def test_round21b_a_trilogy_is_no_count() -> None:
    assert extract_numbers("法院跳好学习教育三部曲。") == []


def test_round21b_a_part_of_the_count_before() -> None:
    # 中的N个 and 剩余N个 count a part of what the count before named
    nums = extract_numbers("清单列出18个整改问题中的15个已销号，剩余3个将于年底前完成。")
    assert [(n.value, n.object) for n in nums] == [(18, "整改问题"), (15, "整改问题"), (3, "整改问题")]


def test_round21b_a_further_verb_ends_the_things_counted() -> None:
    assert one("对六项工作机制作进一步完善。", 6).object == "工作机制"


@pytest.mark.parametrize("text, value, metric", [
    ("通过公众号推送党史学习文章、视频等64篇。", 64, "publicity_items"),   # pushed: publicity
    ("推送学习内容30期。", 30, "publicity_items"),
    ("撰写心得体会12篇。", 12, "research_articles"),
])
def test_round21b_pushed_items_are_publicity(text: str, value: float, metric: str) -> None:
    assert one(text, value).metric == metric
