"""Round 66 (r66s): a random sample of 40 collected reports (seed 66, the
first forty) read against GUIDE §5. A run of four-character items framed by
在…上 + an effort word (…上下功夫, …上持续用力) is a parallel formula, as one
framed by 以…为重点 is; quoted words sharing their first character, each after
a noun of its own (作风“在线”、纪律“在岗”…), form a parallel formula as those
sharing their last character do; and 两纲两规 is a numbered formula. Sentences
invented; each new behaviour failed before its fix, the guards (so marked) did
not."""

from reportmine.extract.slogans import extract_slogans


def _kinds(text: str) -> dict[str, str]:
    return {s.text: s.kind for s in extract_slogans(text)}


def test_zai_shang_frames_four_character_run() -> None:
    text = "全院青年教师要在细读原典、精研原文、笃行原理上下功夫。"
    assert _kinds(text).get("细读原典、精研原文、笃行原理") == "parallel"


def test_zai_shang_frames_run_before_fali() -> None:
    text = "镇纪委要在盯紧节点、抓牢源头、筑实防线上持续发力。"
    assert _kinds(text).get("盯紧节点、抓牢源头、筑实防线") == "parallel"


def test_zai_shang_without_effort_word_stays_none() -> None:  # guard
    text = "他在整理档案、核对账目、清点物资上花了三天。"
    assert "整理档案、核对账目、清点物资" not in _kinds(text)


def test_quoted_words_sharing_first_character() -> None:
    text = "春运期间，车站党支部确保站区服务“在岗”、安检“在线”、调度“在位”，守好安全关口。"
    assert _kinds(text).get("服务“在岗”、安检“在线”、调度“在位”") == "parallel"


def test_quoted_words_sharing_last_character_stay() -> None:  # guard
    text = "该局紧扣“堵点”、破解“难点”、打造“亮点”，推动改革落地。"
    assert _kinds(text).get("紧扣“堵点”、破解“难点”、打造“亮点”") == "parallel"


def test_liang_gang_liang_gui_is_numbered() -> None:
    text = "县妇联召开专题会议，部署推进两纲两规中期评估工作。"
    assert _kinds(text).get("两纲两规") == "numbered"
