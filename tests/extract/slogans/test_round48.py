"""Round 48 (slm): a random sample of 60 saved reports (seed 48) read against
GUIDE §5, and a random listing of 200 quoted and all numbered slogans of the
collected reports (seed 4848) read for false ones. A quote that is one
question put to a meeting (“如何…”, “…什么”) is no slogan; quotes of several
items (“干什么、怎么干”) and quotes of a series stay. Items of one length
framed by a four-character quality, 的 and a qualifier before a shared head
(绝对忠诚的政治机关、…) are a formula, not a noun list. Sentences invented;
each new behaviour failed before its fix, the guards (so marked) did not."""

from reportmine.extract.slogans import extract_slogans


def _kinds(text: str) -> dict[str, str]:
    return {s.text: s.kind for s in extract_slogans(text)}


def test_quoted_question_opening_with_how_is_no_slogan() -> None:
    text = "青禾支部党员围绕“如何进一步加强青禾片区支部建设”展开讨论。"
    assert _kinds(text) == {}


def test_quoted_question_opening_with_why_is_no_slogan() -> None:
    text = "青禾镇党委书记以“为什么要建青禾驿站”为题讲授专题党课。"
    assert _kinds(text) == {}


def test_quoted_question_ending_with_what_is_no_slogan() -> None:
    text = "青禾支部书记以“青禾驿站做对了什么”为题作辅导报告。"
    assert _kinds(text) == {}


def test_guard_quoted_items_holding_question_words_stay() -> None:
    text = "青禾支部要求党员明确“干什么、怎么干”，推动整改落实。"
    assert _kinds(text) == {"干什么、怎么干": "quoted"}


def test_guard_question_in_a_quoted_series_stays() -> None:
    text = "青禾支部围绕“学什么”“怎么学”“学得怎么样”开展讨论。"
    assert "学得怎么样" in _kinds(text)


def test_guard_quoted_formula_and_count_stay() -> None:
    text = "青禾支部党员要树牢“四个意识”，践行“不忘初心、牢记使命”。"
    assert _kinds(text) == {"四个意识": "numbered", "不忘初心、牢记使命": "quoted"}


def test_guard_questions_quoted_side_by_side_stay() -> None:
    text = "青禾社区理清了“为什么要建”、“建什么”、“怎么建”的工作思路。"
    assert "为什么要建" in _kinds(text)


def test_quality_de_framed_items_sharing_a_head_are_parallel() -> None:
    text = "青禾镇党委提出，建设忠诚担当的政治机关、团结奋进的和谐机关、规范高效的服务机关。"
    assert _kinds(text) == {"忠诚担当的政治机关、团结奋进的和谐机关、规范高效的服务机关": "parallel"}


def test_quality_de_framed_items_after_a_lead_are_parallel() -> None:
    text = "青禾支部要建设对党忠诚的政治队伍、敢于担当的骨干队伍、清正廉洁的干部队伍。"
    assert _kinds(text) == {"对党忠诚的政治队伍、敢于担当的骨干队伍、清正廉洁的干部队伍": "parallel"}


def test_guard_owners_before_de_make_no_formula() -> None:
    text = "青禾支部走访了社区居民的服务站点、退休职工的活动站点、外来人员的培训站点。"
    assert _kinds(text) == {}


def test_guard_de_framed_places_stay_no_formula() -> None:
    text = "青禾支部走访了社区居民的服务中心、退休职工的活动中心、外来人员的培训中心。"
    assert _kinds(text) == {}


def test_long_questions_quoted_side_by_side_are_no_slogans() -> None:
    text = "青禾支部书记围绕“如何推动青禾驿站提质增效”和“如何进一步加强青禾支部建设”同题共答。"
    assert _kinds(text) == {}
