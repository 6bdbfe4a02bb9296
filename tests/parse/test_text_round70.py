"""Round 70 (pasted pages): a bracket opening the lead with the writer's name and
报道 after a blank credits the writer; the same bracket further into a sentence
quotes a report and credits nobody."""
from reportmine.parse.text import parse_text

HEADLINE = "青山医院第二党支部开展重阳节义诊主题党日活动"
MORE = "活动结束后，支部党员围绕如何把服务送到群众身边进行了交流。"


def test_opening_bracket_with_name_and_reported_by_credits_the_writer():
    lead = "（邵静宜 报道）10月9日，青山医院第二党支部组织医护党员赴柏树村开展义诊。"
    page = parse_text(f"{HEADLINE}\n{lead}\n{MORE}")
    assert page.author == "邵静宜"


def test_bracket_after_a_dateline_marker_credits_the_writer():
    lead = "本站讯（邵静宜 报道）10月9日，青山医院第二党支部组织医护党员赴柏树村开展义诊。"
    page = parse_text(f"{HEADLINE}\n{lead}\n{MORE}")
    assert page.author == "邵静宜"


def test_bracket_inside_a_sentence_credits_nobody():
    lead = "10月9日，青山医院第二党支部组织党员学习了一篇通讯（邵静宜 报道），并赴柏树村开展义诊。"
    page = parse_text(f"{HEADLINE}\n{lead}\n{MORE}")
    assert page.author is None


def test_bracket_with_a_media_name_before_reported_by_credits_nobody():
    lead = "（人民网 报道）10月9日，青山医院第二党支部组织医护党员赴柏树村开展义诊。"
    page = parse_text(f"{HEADLINE}\n{lead}\n{MORE}")
    assert page.author is None


def test_motto_of_two_character_words_above_the_text_is_furniture():
    lead = "5月20日，市物流行业协会党支部组织党员赴革命旧址开展主题党日活动。"
    page = parse_text(f"通知公告: |\n团结、务实、创新、奉献 |\n{lead}\n{MORE}")
    assert page.title is None
    assert page.paragraphs == [lead, MORE]
    page = parse_text(f"团结、务实、创新、奉献\n{HEADLINE}\n{lead}\n{MORE}")
    assert page.title == HEADLINE


def test_headline_of_three_character_phrases_is_still_a_headline():
    lead = "5月20日，市物流行业协会党支部组织党员赴革命旧址开展主题党日活动。"
    page = parse_text(f"学党史、悟思想、办实事\n{lead}\n{MORE}")
    assert page.title == "学党史、悟思想、办实事"
