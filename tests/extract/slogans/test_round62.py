"""Round 62 (r62s): a random sample of 40 collected reports (seed 62, the
first forty) read against GUIDE §5. A run of three-character items before
为 and the part it plays (以X、Y、Z为重点, 为主线) is a formula, as one before
为目标 was; a run after 起到(了) up to 的作用 names the effect a meeting had,
as 达到…的目的 does; and 要 opens a clause of three-character demands
(要X、Y、Z，). Sentences invented; each new behaviour failed before its fix,
the guards (so marked) did not."""

from reportmine.extract.slogans import extract_slogans


def _kinds(text: str) -> dict[str, str]:
    return {s.text: s.kind for s in extract_slogans(text)}


def test_triads_before_wei_zhongdian() -> None:
    text = "社区党委组织志愿者以访民情、解民忧、暖民心为重点，开展了形式多样的活动。"
    assert _kinds(text).get("访民情、解民忧、暖民心") == "parallel"


def test_triads_before_wei_zhuxian() -> None:
    text = "青年团员以寻初心、读原著、话担当为主线，走进校园宣讲。"
    assert _kinds(text).get("寻初心、读原著、话担当") == "parallel"


def test_verb_object_run_before_effect() -> None:
    text = "此次民主生活会起到了统一思想、增进团结、改进作风的作用，达到了预期目的。"
    assert _kinds(text).get("统一思想、增进团结、改进作风") == "parallel"


def test_demand_clause_of_triads() -> None:
    text = "岁末年初，各乡镇卫生院要补短板、强弱项、再加力，以只争朝夕的劲头完成全年任务。"
    assert _kinds(text).get("补短板、强弱项、再加力") == "parallel"


def test_listed_places_after_yao_stay_no_run() -> None:  # guard
    text = "考察团下月要去南京市、苏州市、无锡市，与当地企业座谈。"
    assert not any(k == "parallel" for k in _kinds(text).values())
