"""Round 46 (slm): a random sample of 60 saved reports (seed 46) read against
GUIDE §5, and a random listing of 200 parallel slogans of all collected
reports read for false ones. Items of one length framed by 上 at one inner
place (思想上充分认识、行动上迅速跟进、措施上精准发力) are a formula; a quoted
formula of counts joined by + (“1+3+5+N”) is a slogan although it holds no
Chinese character; four-character qualities joined by commas are one after a
quality lead up to 的 (一支思想坚定，对党忠诚，…的队伍); a pronoun shared
inside comma clauses (了解他们…，帮助他们…) frames no formula. Sentences
invented; each new behaviour failed before its fix, the guards (so marked)
did not."""

from lookups import slogan_texts as slogans


def test_items_framed_by_shang_are_a_formula() -> None:
    text = "青峰镇各村做到思想上充分认识、行动上迅速跟进、措施上精准发力，推进换届。"
    assert slogans(text) == ["思想上充分认识、行动上迅速跟进、措施上精准发力"]


def test_guard_items_sharing_shang_and_an_ending_stay_a_formula() -> None:
    text = "白河县要求干部政治上过硬、能力上过硬、作风上过硬，勇挑重担。"
    assert slogans(text) == ["政治上过硬、能力上过硬、作风上过硬"]


def test_guard_places_ending_in_shang_stay_a_list() -> None:
    text = "活动分别在县城上、乡镇上、村子上举行。"
    assert slogans(text) == []


def test_quoted_formula_of_counts_joined_by_plus() -> None:
    text = "青岭县法院深入实践“1+3+5+N”党建工作体系，不断加强机关党建。"
    assert slogans(text) == ["1+3+5+N"]


def test_quoted_formula_with_a_letter_after_plus() -> None:
    text = "白沙社区活动按“3+x”模式进行，先重温入党誓词。"
    assert slogans(text) == ["3+x"]


def test_guard_quoted_hotline_number_is_no_slogan() -> None:
    text = "群众可拨打“12345”热线反映问题。"
    assert slogans(text) == []


def test_comma_qualities_after_a_team_lead_are_a_formula() -> None:
    text = "青河县要建设一支思想坚定，对党忠诚，纪律严明，作风优良的干部队伍。"
    assert slogans(text) == ["思想坚定，对党忠诚，纪律严明，作风优良"]


def test_guard_comma_qualities_without_a_lead_stay_out() -> None:
    text = "白石村各项工作领导重视，组织有力，措施到位，成效明显。"
    assert slogans(text) == []


def test_guard_comma_qualities_without_de_stay_out() -> None:
    text = "全体党员要思想坚定，对党忠诚，纪律严明，作风优良。"
    assert slogans(text) == []


def test_shared_pronoun_inside_comma_clauses_is_no_frame() -> None:
    text = "青溪镇干部结对帮扶困难党员，了解他们思想状况，帮助他们更新观念，引导他们调整心态。"
    assert slogans(text) == []


def test_guard_two_shared_inner_characters_stay_a_frame() -> None:
    text = "要做到问题不解决不松劲、整改不到位不罢手、群众不满意不收兵。"
    assert slogans(text) == ["问题不解决不松劲、整改不到位不罢手、群众不满意不收兵"]
