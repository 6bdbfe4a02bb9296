"""Round 54 (slm54): a random sample of 40 saved reports (seed 54) read against
GUIDE §5, and 150 quoted or numbered slogans of the corpus read for precision.
A run of verb-object triads that a count of its own length follows (…、重实干
四个方面) is a formula though jieba's tags miss an item's build; clauses
reporting how preparations stand, each with a different status ending (安排
妥当，部署到位，全部就绪), are no formula; a quote holding the aspect particle
了 (取得了实效) is a statement; the quotes after a quoted question are a
dialogue; a quote naming a chat group (…网宣群) is a name. Sentences invented;
each new behaviour failed before its fix, the guards (so marked) did not."""

from lookups import slogan_texts as texts

from reportmine.extract.slogans import extract_slogans


def test_counted_triads_are_a_formula() -> None:
    text = "青禾县法院院长从守纪律、谋发展、顾大局、重自强四个方面作了动员部署。"
    assert texts(text) == ["守纪律、谋发展、顾大局、重自强"]


def test_counted_triads_span_slices_its_text() -> None:
    text = "青禾县法院院长从守纪律、谋发展、顾大局、重自强四个方面作了动员部署。"
    [slogan] = extract_slogans(text)
    (start, end), = slogan.spans
    assert text[start:end] == slogan.text


def test_count_of_another_length_names_no_set() -> None:
    # guard: the count must equal the number of items
    text = "青禾县法院院长从守纪律、谋发展、顾大局、重自强五个方面作了动员部署。"
    assert texts(text) == []


def test_status_clauses_are_no_formula() -> None:
    text = "督导员表示，此次换届大会会务工作安排妥当，后勤保障工作部署到位，各项筹备工作全部就绪。"
    assert texts(text) == []


def test_repeated_status_ending_stays_a_formula() -> None:
    # guard: one ending repeated (…到位) is the formula of three 到位
    text = "支部书记要求做到思想认识到位，责任落实到位，工作措施到位。"
    assert texts(text) == ["思想认识到位，责任落实到位，工作措施到位"]


def test_quote_with_aspect_le_is_a_statement() -> None:
    text = "督导组长评价这次组织生活会“查摆问题见人见事、相互批评有辣味，取得了实效”，并提出三点要求。"
    assert texts(text) == []


def test_potential_complement_le_stays() -> None:
    # guard: 了 after 不 is a complement, part of the formula
    text = "支部书记提醒党员牢记“成绩不说跑不了、问题不说不得了”的道理。"
    assert texts(text) == ["成绩不说跑不了、问题不说不得了"]


def test_wei_le_stays() -> None:
    # guard: 为了 is no aspect particle
    text = "青禾社区党委坚持“为了群众、依靠群众”的工作理念。"
    assert texts(text) == ["为了群众、依靠群众"]


def test_quotes_after_a_quoted_question_are_a_dialogue() -> None:
    text = "“红船是在哪个湖上启航的，请作答？”“浙江嘉兴南湖”“答对了，奖励一本笔记本”，青禾社区的知识竞赛气氛热烈。"
    assert texts(text) == []


def test_formula_after_a_quoted_question_stays() -> None:
    # guard: a list of items after a question is still a formula
    text = "主持人提问“党员应当怎样做？”“学党史、悟思想、办实事”，大家齐声作答。"
    assert texts(text) == ["学党史、悟思想、办实事"]


def test_chat_group_name_is_no_slogan() -> None:
    text = "青禾街道党工委提前在“青禾街道网宣群”里对各支部的党日内容作了安排。"
    assert texts(text) == []


def test_counted_places_of_one_kind_are_no_formula() -> None:
    # guard: items sharing one end are a list of places, whatever count follows
    text = "会议研究了柳溪村、石坝村、云台村三个村的班子建设问题。"
    assert texts(text) == []
