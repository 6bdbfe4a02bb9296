"""Round 65 (r65s): a random sample of 40 collected reports (seed 65, the
first forty) read against GUIDE §5. Idioms that open with 一 but count nothing
(“一揽子”, “一竿子”, “一盘棋”) are no numbered formulas; a run of four-character
items framed by 以…为思路 (as 为重点, 为主线) is a parallel formula; and a title of
Latin letters or digits alone right after a work's noun (纪录片《ABC》) is a
document. Sentences invented; each new behaviour failed before its fix, the
guards (so marked) did not."""

from reportmine.extract.slogans import extract_slogans


def _kinds(text: str) -> dict[str, str]:
    return {s.text: s.kind for s in extract_slogans(text)}


def test_yilanzi_is_no_count_formula() -> None:
    text = "该所推出服务“一揽子”清单，把群众的事一次办好。"
    assert _kinds(text).get("一揽子") != "numbered"


def test_yiganzi_is_no_count_formula() -> None:
    text = "街道党工委把服务做成“一竿子”工程，把任务压到每个网格。"
    assert _kinds(text).get("一竿子") != "numbered"


def test_yipanqi_is_no_count_formula() -> None:
    text = "全镇上下树立“一盘棋”思想，合力推进项目建设。"
    assert _kinds(text).get("一盘棋") != "numbered"


def test_count_formula_in_quotes_stays_numbered() -> None:  # guard
    text = "支部坚持落实“三会一课”制度，推动党员教育常态化。"
    assert _kinds(text).get("三会一课") == "numbered"


def test_yi_wei_silu_frames_four_character_run() -> None:
    text = "该所党支部以支部带动、骨干示范、全员行动为思路，推进业务提升。"
    assert _kinds(text).get("支部带动、骨干示范、全员行动") == "parallel"


def test_latin_title_after_film_noun_is_document() -> None:
    text = "全体党员集中观看了纪录片《ABC》，重温入党初心。"
    assert _kinds(text).get("ABC") == "document"


def test_digit_title_after_film_noun_is_document() -> None:
    text = "支部组织党员观看影片《1950》，接受爱国主义教育。"
    assert _kinds(text).get("1950") == "document"


def test_latin_title_without_work_noun_stays_out() -> None:  # guard
    text = "系统提示《OK》后，请重新登录。"
    assert "OK" not in _kinds(text)
