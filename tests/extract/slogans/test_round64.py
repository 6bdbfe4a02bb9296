"""Round 64 (r64s): a random sample of 40 collected reports (seed 64, the
first forty) read against GUIDE §5. A teacher's formula written with 教师
(四有好教师) and the two upholds written with 坚决 (两个坚决维护) are the
numbered formulas 四有好老师 and 两个维护; 着力 opens a clause of aims as 切实
and 努力 do; and an object jieba tags a noun-adjective (矛盾, 困难) completes a
verb-object item. Sentences invented; each new behaviour failed before its
fix, the guards (so marked) did not."""

from reportmine.extract.slogans import extract_slogans


def _kinds(text: str) -> dict[str, str]:
    return {s.text: s.kind for s in extract_slogans(text)}


def test_four_haves_teacher_spelling() -> None:
    text = "王校长勉励青年党员扎根课堂，争当四有好教师，为学校发展出力。"
    assert _kinds(text).get("四有好教师") == "numbered"


def test_two_upholds_with_jianjue() -> None:
    text = "会议要求，全体党员要增强“四个意识”，始终做到两个坚决维护。"
    assert _kinds(text).get("两个坚决维护") == "numbered"


def test_zhuoli_leads_aims() -> None:
    text = "各村党支部立足村情，着力调解纠纷、改善民生、服务群众，推进乡村治理。"
    assert _kinds(text).get("调解纠纷、改善民生、服务群众") == "parallel"


def test_noun_adjective_object() -> None:
    text = "会议强调，要切实化解矛盾、克服困难、推动发展。"
    assert _kinds(text).get("化解矛盾、克服困难、推动发展") == "parallel"


def test_unled_aims_stay_no_run() -> None:  # guard
    text = "座谈会上，调解纠纷、关爱老人、服务群众，大家发言踊跃。"
    assert not any(k == "parallel" for k in _kinds(text).values())
