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


LEAD2 = "6月3日，临川区侨联召开年度工作会议，区侨联主席方卓然主持会议并讲话。"
MORE2 = "会议总结了上半年工作，安排部署了下半年任务。"


def test_lead_run_into_the_info_line_after_its_time_stays_in_the_text():
    info = "文章来源:临川区侨联 作者: 时间:2023-06-04 09:12:30" + LEAD2
    page = parse_text(f"{HEADLINE}\n{info}\n{MORE2}")
    assert page.date == "2023-06-04"
    assert page.source == "临川区侨联"
    assert page.paragraphs == [LEAD2, MORE2]


def test_lead_run_into_an_empty_source_label_is_no_source():
    lead = "在建党节来临之际，6月3日，临川区侨联组织归侨党员赴革命旧址开展主题党日活动。"
    page = parse_text(f"{HEADLINE}\n发布时间:2023-06-04 09:12 来源:{lead}\n{MORE2}")
    assert page.source is None
    assert page.paragraphs == [lead, MORE2]


def test_info_line_with_a_source_and_no_lead_is_unchanged():
    page = parse_text(f"{HEADLINE}\n发布时间:2023-06-04 09:12 来源:临川日报 作者:方卓然\n{LEAD2}\n{MORE2}")
    assert page.source == "临川日报"
    assert page.paragraphs == [LEAD2, MORE2]


def test_footer_notices_and_bulleted_prev_next_links_end_the_text():
    tail = ["- 上一篇: 某地开展消防演练", "- 下一篇: 某地举办读书会"]
    page = parse_text("\n".join([HEADLINE, LEAD2, MORE2] + tail))
    assert page.paragraphs == [LEAD2, MORE2]
    notice = "特别声明:以上内容(如有图片或视频亦包括在内)为自媒体平台用户上传并发布,本平台仅提供信息存储服务。"
    page = parse_text("\n".join([HEADLINE, LEAD2, MORE2, notice, "Notice: The content above is uploaded by a user."]))
    assert page.paragraphs == [LEAD2, MORE2]
    page = parse_text("\n".join([LEAD2, "更多精彩新闻请点击:http://www.example.com/news"]))
    assert page.paragraphs == [LEAD2]


def test_widget_bullets_and_widget_words_after_the_source():
    page = parse_text("\n".join(["• 1", "• 评论", "• 收藏", HEADLINE, "来源:临川日报 | 2023-06-04 10:20 字号", LEAD2]))
    assert page.title == HEADLINE
    assert page.source == "临川日报"
    page = parse_text("\n".join([HEADLINE, "2023-06-04 10:20:00 来源:临川网 大字体 小字体 扫码带走", LEAD2]))
    assert page.source == "临川网"


def test_share_instructions_and_a_hotline_are_furniture():
    share = ["分享到微信朋友圈 ×", "打开微信,点击底部的“发现”,", "使用“扫一扫”即可将本页分享到朋友圈。"]
    page = parse_text("\n".join([HEADLINE, "来源:临川日报 2023-06-04"] + share + [LEAD2, MORE2]))
    assert page.paragraphs == [LEAD2, MORE2]
    page = parse_text("\n".join(["0794-8265310 服务热线", HEADLINE, LEAD2, MORE2]))
    assert page.title == HEADLINE


def test_row_of_site_names_and_a_short_column_above_the_date():
    page = parse_text("\n".join(["临川新闻网 | 侨乡家园", "资讯", "2023/6/4 10:20", HEADLINE, LEAD2]))
    assert page.title == HEADLINE
    assert page.date == "2023-06-04"
    assert page.paragraphs == [LEAD2]


def test_headline_with_a_bar_naming_no_outlet_is_no_site_row():
    page = parse_text("\n".join(["学习榜样事迹 | 临川区侨联党支部", LEAD2, MORE2]))
    assert page.title == "临川区侨联党支部"  # (the series name before the bar is a column, as before)


def test_body_named_alone_over_the_headline_and_its_info_line_is_the_site():
    page = parse_text("\n".join(["江西省归国华侨联合会", "临川区侨联召开年度工作会议", "• 时间:2023-06-04", LEAD2]))
    assert page.title == "临川区侨联召开年度工作会议"


def test_headline_run_into_a_lead_that_repeats_it():
    line = "临川区侨联召开年度工作会议" + LEAD2
    page = parse_text(line + "\n" + MORE2)
    assert page.title == "临川区侨联召开年度工作会议"
    assert page.paragraphs == [LEAD2, MORE2]


def test_lead_with_a_phrase_before_its_date_is_not_split():
    lead = "为推动侨务工作高质量发展6月3日，临川区侨联召开年度工作会议，部署下半年任务。"
    page = parse_text(lead + "\n" + MORE2)
    assert page.title is None
    assert page.paragraphs == [lead, MORE2]


def test_source_listing_several_bodies_is_no_lead():
    line = "发布时间:2023-06-04 09:12 来源:临川区委组织部，临川区人力资源和社会保障局，临川区财政局"
    page = parse_text(f"{HEADLINE}\n{line}\n{LEAD2}")
    assert page.paragraphs == [LEAD2]


def test_opening_bracket_naming_the_outlet_then_the_writer():
    lead = "（青川新闻网 邵静宜）10月9日，青山医院第二党支部组织医护党员赴柏树村开展义诊。"
    page = parse_text(f"{HEADLINE}\n{lead}\n{MORE}")
    assert page.author == "邵静宜"
    lead = "（青川县 邵静宜）10月9日，青山医院第二党支部组织医护党员赴柏树村开展义诊。"
    page = parse_text(f"{HEADLINE}\n{lead}\n{MORE}")
    assert page.author is None
