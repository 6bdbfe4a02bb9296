"""Generic extractor on invented pages in the layouts Chinese CMSs use.

All units, people and outlets here are made up. Each page carries the
furniture the real ones do (navigation, font widgets, print/close buttons,
related lists, copyright footers) so the assertions fail if it leaks.
"""
from __future__ import annotations

import pytest

from reportmine.parse import parse_bytes
from reportmine.parse.html import parse_html

NAV = "".join(f'<li><a href="/c{i}">栏目{i}</a></li>' for i in range(12))
FOOTER = """
<div class="footer"><p>主办：青禾市人民政府办公室 版权所有 青ICP备12345678号-1</p>
<p>网站标识码：1234000001 联系电话：0123-4567890</p></div>
"""
P1 = "5月6日上午，青禾市召开2023年度专题组织生活会推进会，市委常委、秘书长林远航出席会议并讲话，各县区和市直单位分管负责同志参加会议。"
P2 = "会议指出，各级党组织要把开好专题组织生活会作为重要政治任务，认真查摆问题，深入开展批评和自我批评，确保会议质量，推动整改落实见到实效。"
P3 = "会议强调，要坚持问题导向，聚焦理论学习、政治素质、能力本领等方面，逐条梳理整改清单，明确责任人和完成时限，以整改实效取信于民。"


def gov_portal() -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>青禾市召开专题组织生活会推进会——部署下阶段重点任务_青禾市人民政府网</title>
<meta name="ArticleTitle" content="青禾市召开专题组织生活会推进会<div>——部署下阶段重点任务</div>">
<meta name="PubDate" content="2023-05-06 10:30">
</head><body>
<div class="top"><ul>{NAV}</ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/x">政务动态</a></div>
<div class="article">
 <h1>青禾市召开专题组织生活会推进会<div>——部署下阶段重点任务</div></h1>
 <div class="info">发布时间：2023-05-06 10:30 来源：青禾日报 <span>字体：【<a>大</a> <a>中</a> <a>小</a>】</span></div>
 <div class="share">分享到：</div>
 <div class="content"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>
 <div class="tools">【打印本页】【关闭窗口】</div>
 <div class="editor">责任编辑：周小禾</div>
</div>
{FOOTER}</body></html>"""


def test_gov_portal_fields_and_body():
    page = parse_html(gov_portal())
    assert page.title == "青禾市召开专题组织生活会推进会"
    assert page.date == "2023-05-06"
    assert page.source == "青禾日报"
    assert page.editor == "周小禾"
    assert page.author is None
    assert page.paragraphs == [P1, P2, P3]


def news_site() -> str:
    related = "".join(f'<li><a href="/n{i}">青禾新闻标题第{i}条，内容仅为示例。</a></li>' for i in range(6))
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>绿水镇开展党史学习教育专题宣讲 - 青禾新闻网</title></head><body>
<div class="nav"><ul>{NAV}</ul></div>
<div class="main">
<h1 class="art-title">绿水镇开展党史学习教育专题宣讲</h1>
<div class="source">2021-04-12 16:05:31来源：青禾新闻网</div>
<div class="text">
<p>青禾新闻网4月12日讯（记者 唐一苇 通讯员 许青）{P1}</p>
<p>（原标题：绿水镇把党史课堂搬到田间地头）</p>
<p>{P2}</p>
<p>{P3}</p>
<p>(责编：宋晓岚、陶然)</p>
</div>
<div class="related"><h3>相关阅读</h3><ul>{related}</ul></div>
</div>{FOOTER}</body></html>"""


def test_news_site_dateline_author_and_editor_line():
    page = parse_html(news_site())
    assert page.title == "绿水镇开展党史学习教育专题宣讲"
    assert page.date == "2021-04-12"
    assert page.source == "青禾新闻网"
    assert page.author == "唐一苇、许青"
    assert page.editor == "宋晓岚、陶然"
    text = page.text
    assert text.startswith("青禾新闻网4月12日讯")
    assert "原标题" not in text and "责编" not in text
    assert "青禾新闻标题第" not in text and "版权所有" not in text
    assert len(page.paragraphs) == 3


def old_table_site() -> bytes:
    body = "".join(f"<p>{p}</p>" for p in (P1, P2, P3))
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>朱镕霞：把服务送到群众家门口__社会_新闻中心_青禾网</title></head><body>
<table><tr><td>{NAV}</td></tr>
<tr><th class="f24">朱镕霞：把服务送到群众家门口</th></tr>
<tr><td>http://www.qinghe.example 2005年03月21日 11:21 《青禾周刊》</td></tr>
<tr><td>{body}<p align="center">【1】【2】【3】</p></td></tr>
<tr><td>【发表评论】【关闭窗口】</td></tr></table>
<p>来源: 韩露</p>
</body></html>"""
    return html.encode("gbk")


def test_gbk_table_page_with_unlabelled_outlet_and_person_source():
    page = parse_bytes(old_table_site(), name="a.html")
    assert page.encoding == "gb18030"  # GB2312 declared, read as its superset
    assert page.title == "朱镕霞：把服务送到群众家门口"  # 镕 is GBK, not GB2312
    assert page.date == "2005-03-21"
    assert page.source == "青禾周刊"
    assert page.author == "韩露"  # a 来源 line naming a person credits the writer
    assert page.paragraphs == [P1, P2, P3]
    assert not page.warnings


def metadata_below_body() -> str:
    return f"""<html><head><title>临川街道党工委到科创园开展调研 临川街道_青禾网</title></head><body>
<table><tr><td>现在位置： <a>首页</a> &gt;&gt; <a>街道新闻</a> &gt;&gt; 正文</td></tr></table>
<div>临川街道党工委到科创园开展调研</div>
<div>来源于：临川街道办事处</div>
<p>{P1}</p><p>{P2}</p>
<table><tr><td>发布日期：2019-03-06 责任编辑：黎晓</td></tr>
<tr><td class="QuickButton">【<a>打印本页</a>】【<a>关闭窗口</a>】</td></tr></table>
</body></html>"""


def test_fields_below_the_body():
    page = parse_html(metadata_below_body())
    assert page.title == "临川街道党工委到科创园开展调研"
    assert page.date == "2019-03-06"
    assert page.source == "临川街道办事处"
    assert page.editor == "黎晓"
    assert page.author is None
    assert page.paragraphs == [P1, P2]


def stray_end_tag() -> str:
    return f"""<html><head><meta name="firstpublishedtime" content="2007-08-20-23:59:59">
<title>青禾市人大常委会关于批准预算调整方案的决议__青禾市人民政府网</title></head><body>
<div class="header"><a href="/">首页</a> | <a href="/e">EN</a></div></body></html>
<div class="crumb"><a>首页</a> &gt; <a>公报</a></div>
<div class="pages_content">
<p>青禾市人大常委会</p><p>关于批准预算调整方案的决议</p>
<p>（2007年6月29日青禾市第五届人民代表大会常务委员会第九次会议通过）</p>
<p>{P2}</p></div>
<div>扫一扫在手机打开当前页</div></body></html>"""


def test_stray_html_end_tag_does_not_lose_the_body():
    page = parse_html(stray_end_tag())
    assert page.title == "青禾市人大常委会关于批准预算调整方案的决议"
    assert page.date == "2007-08-20"
    assert page.paragraphs == ["（2007年6月29日青禾市第五届人民代表大会常务委员会第九次会议通过）", P2]


def trailing_credits(credit: str) -> str:
    return f"""<html><head><title>白鹭县举办基层干部培训班 - 青禾日报网</title></head><body>
<ul>{NAV}</ul>
<div class="layer"><h2>白鹭县举办基层干部培训班</h2>
<div class="info">发布时间：2022-02-13 04:22:18 来源：青禾日报 作者：</div>
<p>培训班</p><p>白鹭县举办基层干部培训班</p>
<p>{P1}</p><p>{P2}{credit}</p>
<div class="fr">编辑/苏芸</div></div>{FOOTER}</body></html>"""


def test_trailing_credits_inside_the_last_paragraph():
    # GUIDE.md §1: only a labelled credit fills author; a bare （某某） or （某县某局） leaves it empty
    for credit, author in (("（记者 胡小溪）", "胡小溪"), ("(文/图 刘晨 易楠)", "刘晨、易楠"),
                           ("（白鹭县发改局）", None), ("（范之远）", None)):
        page = parse_html(trailing_credits(credit))
        assert page.author == author, credit
        assert page.editor == "苏芸"
        assert page.title == "白鹭县举办基层干部培训班"
        # the repeated headline and its kicker above the text are not body
        assert page.paragraphs == [P1, P2 + credit]


def test_no_trailing_credit_from_ordinary_brackets():
    page = parse_html(trailing_credits("（完）"))
    assert page.author is None


def byline_lines() -> str:
    return f"""<html><head><title>青禾多地要求做好返岗服务</title></head><body>
<div class="route"><a>青禾网</a>&gt;&gt;<a>要闻</a></div>
<h1>青禾多地要求做好返岗服务</h1>
<div class="col-1-1">2022年02月13日07:48 | 来源：<a>青禾晚报</a></div>
<div class="otitle">原标题：返岗服务要跑在前面</div>
<div class="rm_txt_con"><p>{P1}</p><p>{P3}</p>
<p>□ 本报记者 葛青禾</p><p>(责编：萧河、张潇)</p></div>
<div>《青禾晚报》（ 2022年02月13日 02版）</div>
</body></html>"""


def test_standalone_byline_and_editor_lines_become_fields():
    page = parse_html(byline_lines())
    assert page.author == "葛青禾"
    assert page.editor == "萧河、张潇"
    assert page.source == "青禾晚报"
    assert page.date == "2022-02-13"
    assert page.paragraphs == [P1, P3]


def test_no_prose_gives_a_warning_not_a_crash():
    page = parse_html("<html><body><ul>" + NAV + "</ul></body></html>")
    assert page.paragraphs == []
    assert "no body text found" in page.warnings


def test_br_paragraphs_and_comment_section():
    comments = "".join(f'<div class="cmt"><span>网友{i}</span><p>说得好，支持青禾市的发展，希望越来越好！</p></div>'
                       for i in range(8))
    html = f"""<html><head><title>青禾市召开工作会议</title></head><body><ul>{NAV}</ul>
<h1>青禾网</h1><div class="tt">青禾市召开工作会议</div><div>2023年05月06日 09:00 来源：青禾日报</div>
<div id="zoom">{P1}<br><br>{P2}<br>{P3}</div>
<div class="comments"><h3>网友评论</h3>{comments}</div></body></html>"""
    page = parse_html(html)
    assert page.title == "青禾市召开工作会议"  # not the site name in <h1>
    assert (page.date, page.source) == ("2023-05-06", "青禾日报")
    assert page.paragraphs == [P1, P2, P3]


def test_notice_lines_stay_in_the_body_and_page_date_wins():
    html = f"""<html><head><title>关于召开专题会议的通知_青禾市政府网</title></head><body><ul>{NAV}</ul>
<h2>关于召开专题会议的通知</h2><div>发布日期：2023-04-01</div>
<div class="c"><p>{P1}</p><p>时间：2023年4月10日上午9:00</p><p>地点：市政府三楼会议室</p><p>{P2}</p></div>
<p>版权所有 青禾市人民政府</p></body></html>"""
    page = parse_html(html)
    assert page.date == "2023-04-01"
    assert page.paragraphs == [P1, "时间：2023年4月10日上午9:00", "地点：市政府三楼会议室", P2]


def test_date_from_url_when_the_page_has_none():
    html = f"<html><body><ul>{NAV}</ul><div><h1>青禾县开展志愿服务活动</h1><p>{P1}</p><p>{P3}</p></div></body></html>"
    assert parse_html(html, url="http://www.qh.example/art/2022/3/5/art_1_123.html").date == "2022-03-05"
    assert parse_html(html, url="http://www.qh.example/xw/202203/t20220305_123.html").date == "2022-03-05"
    page = parse_html(html)
    assert page.date is None and page.title == "青禾县开展志愿服务活动"


def test_fields_in_adjacent_spans_and_link_sidebar():
    side = "".join(f'<li><a href="/s{i}">青禾新闻摘要{i}：会议强调，要加强统筹协调，形成工作合力。</a></li>'
                   for i in range(15))
    html = f"""<html><head><title>青禾区召开巡察工作动员会 - 青禾区人民政府</title></head><body>
<div class="l"><ul>{side}</ul></div>
<div class="r"><h1>青禾区召开巡察工作动员会</h1><span>作者：区委巡察办</span><span>发布时间：2022-09-01</span>
<p>{P1}</p><p>{P2}</p></div></body></html>"""
    page = parse_html(html)
    assert (page.title, page.date, page.author) == ("青禾区召开巡察工作动员会", "2022-09-01", "区委巡察办")
    assert page.paragraphs == [P1, P2]


def test_title_when_the_head_title_only_names_the_section():
    html = f"""<html><head><title>新闻动态--青禾学会官网</title></head><body><ul>{NAV}</ul>
<div class="sec">新闻动态</div><h3>首页 - 新闻动态</h3>
<h5>2019年青禾地理学术年会在白鹭大学成功举行！</h5>
<div class="ly">发布时间：2019-05-18 来源：青禾学会</div><p>{P1}</p><p>大会开幕式</p><p>{P2}</p>
<p><a href="/p">上一篇：青禾学会召开常务理事会</a></p></body></html>"""
    page = parse_html(html)
    assert page.title == "2019年青禾地理学术年会在白鹭大学成功举行！"
    assert (page.date, page.source) == ("2019-05-18", "青禾学会")
    assert page.paragraphs == [P1, "大会开幕式", P2]  # short captions inside the text stay


def test_editor_note_glued_to_the_last_paragraph():
    html = f"""<html><head><title>青禾县召开警示教育大会</title></head><body><ul>{NAV}</ul>
<h1>青禾县召开警示教育大会</h1><div>2022-06-01 来源：青禾县纪委</div>
<div class="c"><p>{P1}</p><p>{P2}（责任编辑：龙小溪）</p></div></body></html>"""
    page = parse_html(html)
    assert page.editor == "龙小溪"
    assert page.paragraphs == [P1, P2]


def test_wechat_style_page_hidden_content_and_script_date():
    html = f"""<html><head><meta property="og:title" content="青禾县委组织部召开专题组织生活会">
<title></title></head><body>
<div id="page-content"><h1 class="rich_media_title" id="activity-name">青禾县委组织部召开专题组织生活会</h1>
<div id="meta_content"><span id="js_name">青禾组工</span><em id="publish_time"></em></div>
<div class="rich_media_content" id="js_content" style="visibility: hidden;">
<section><p>{P1}</p><p>{P2}</p><p>{P3}</p></section></div>
<div style="display:none">分享到朋友圈</div></div>
<script>var ct = "1624600000"; var nickname = "青禾组工";</script></body></html>"""
    page = parse_html(html)
    assert page.title == "青禾县委组织部召开专题组织生活会"
    assert page.date == "2021-06-25"
    assert page.paragraphs == [P1, P2, P3]


def test_prose_sidebar_above_a_short_article():
    side = "".join(f'<div class="notice"><p>公告{i}：青禾市将于近期开展专项检查，请各单位认真做好自查自纠工作，按时报送材料。</p></div>'
                   for i in range(5))
    short = "6月3日，青禾社区党支部开展主题党日活动，全体党员重温入党誓词，交流学习体会。"
    html = f"""<html><head><title>青禾社区开展主题党日活动_青禾街道</title></head><body><ul>{NAV}</ul>
<div class="left">{side}</div>
<div class="right"><h1>青禾社区开展主题党日活动</h1><div>发布时间：2023-06-03</div><p>{short}</p></div></body></html>"""
    page = parse_html(html)
    assert page.paragraphs == [short]
    assert page.date == "2023-06-03"


def test_headline_broken_by_br_inside_h1():
    html = f"""<html><head><title>青禾市召开巡视整改专题会议_青禾市人民政府</title></head><body><ul>{NAV}</ul>
<h1>青禾市召开<br>巡视整改专题会议</h1><div>发布时间：2023-02-01 来源：青禾日报</div>
<div class="c"><p>{P1}</p><p>{P2}</p></div></body></html>"""
    page = parse_html(html)
    assert page.title == "青禾市召开巡视整改专题会议"
    assert (page.date, page.source) == ("2023-02-01", "青禾日报")
    assert page.paragraphs == [P1, P2]


def test_date_from_the_canonical_url_of_a_saved_page():
    html = f"""<html><head><link rel="canonical" href="http://epaper.qh.example/html/2022-02/13/content_77.htm">
<title>青禾县推进农村人居环境整治</title></head><body><ul>{NAV}</ul>
<h2>青禾县推进农村人居环境整治</h2><p>{P1}</p><p>{P2}</p></body></html>"""
    assert parse_html(html).date == "2022-02-13"


def test_section_heading_that_repeats_words_of_the_headline_stays():
    html = f"""<html><head><title>青禾市召开巡视整改专题会议_青禾市人民政府</title></head><body><ul>{NAV}</ul>
<h1>青禾市召开巡视整改专题会议</h1><div>发布时间：2023-02-01</div>
<div class="c"><p>{P1}</p><p>巡视整改专题</p><p>{P2}</p></div></body></html>"""
    assert parse_html(html).paragraphs == [P1, "巡视整改专题", P2]


def test_epaper_page_issue_date_and_printing_paper():
    days = "".join(f"<li><a>{c}</a></li>" for c in "日历上一期下一期")
    html = f"""<html><head><title>青禾县改造农村户厕一万座</title></head><body>
<div class="btn"><a>往期数字报刊</a></div><ul>{days}</ul>
<div class="cb-text">2022年02月13日</div>
<h2 class="art-title">青禾县改造农村户厕一万座</h2><p class="subtitle">去年改造户用卫生厕所1.2万座</p>
<p>据新华社青禾电（记者 扎西多吉）{P1}</p><p>{P2}</p>
<div class="footer"><p>青禾日报社出版|国内统一刊号：CN99—0000</p><p>版权所有 青ICP备00000000号</p></div>
</body></html>"""
    page = parse_html(html)
    assert page.title == "青禾县改造农村户厕一万座"
    assert page.date == "2022-02-13"
    assert page.author == "扎西多吉"
    assert page.source == "青禾日报"
    assert page.paragraphs == ["据新华社青禾电（记者 扎西多吉）" + P1, P2]  # subtitle left out


def test_pathologically_deep_markup_keeps_its_text():
    html = "<html><body>" + "<div>" * 3000 + f"<p>{P1}</p>" + "</div>" * 3000 + "</body></html>"
    page = parse_html(html)
    assert page.paragraphs == [P1]
    assert any("nested too deep" in w for w in page.warnings)


def test_author_field_does_not_swallow_a_widget_label():
    from reportmine.parse.html import parse_html

    para = "11月2日，青禾社区党支部召开专题组织生活会，支部书记韩立新主持会议并作对照检查发言。" * 2
    html = f"""<html><head><title>青禾社区党支部召开专题组织生活会_青禾街道</title></head><body>
<div class="article"><h1>青禾社区党支部召开专题组织生活会</h1>
<div class="info">发布时间：2021-11-03 10:15　来源：青禾街道办事处　作者：祁小禾　浏览次数：312</div>
<div class="content"><p>{para}</p><p>{para}</p></div></div></body></html>"""
    page = parse_html(html)
    assert page.author == "祁小禾"
    assert page.source == "青禾街道办事处"
    assert page.date == "2021-11-03"


def test_combined_furniture_test_agrees_with_the_patterns_one_by_one():
    import re

    from reportmine import resources
    from reportmine.parse.furniture import compile_line_tests

    pats = resources.load_lines("boilerplate.txt") + ("^a|b", "^(x|y)z", "q$")
    test = compile_line_tests(pats)
    lines = ["字体：【大 中 小】", "  【打印本页】", "分享到：", "版权所有 青禾县", "会议指出，要加强学习。", "b开头", "内含b",
             "xz", "yzz", "zx", "末尾q", "q在前", " 上一篇：青禾", "打印本页 关闭窗口", "", "   "]
    for line in lines:
        assert test(line) == any(re.search(p, line) for p in pats), line


def test_header_line_with_two_credits_and_a_reviewer():
    from reportmine.parse.html import parse_html

    para = "4月10日，青禾街道党工委召开党建引领基层治理推进会，街道党工委书记吴一川主持会议并讲话。" * 2
    html = f"""<html><head><title>青禾街道党工委召开推进会</title></head><body>
<h1>青禾街道党工委召开推进会</h1>
<div class="info">发布日期：2024-04-12 来源：青禾日报 记者：何小桐 通讯员：严一川 审核：丁小满</div>
<div class="content"><p>{para}</p><p>{para}</p></div></body></html>"""
    page = parse_html(html)
    assert (page.date, page.source, page.author, page.editor) == ("2024-04-12", "青禾日报", "何小桐、严一川", None)
    assert page.reviewers == ["丁小满"]


def _credited_page(header: str, footer: str) -> str:
    para = "4月10日，青禾街道党工委召开党建引领基层治理推进会，街道党工委书记吴一川主持会议并讲话。" * 2
    return f"""<html><head><title>青禾街道党工委召开推进会</title></head><body>
<h1>青禾街道党工委召开推进会</h1>
<div class="info">{header}</div>
<div class="content"><p>{para}</p><p>{para}</p></div>
<div class="foot">{footer}</div></body></html>"""


@pytest.mark.parametrize("header, footer, photographers, reviewers", [
    # a footer credit line: the photographer is a person of the page, never its author
    ("发布日期：2024-04-12 来源：青禾日报", "党建办供稿　摄影/庞小禾　编辑/苏一鸣", ["庞小禾"], []),
    ("发布日期：2024-04-12", "文/何小桐 图/庞小禾", ["庞小禾"], []),
    # reviewers of every round, on a header or a footer line
    ("发布日期：2024-04-12 作者：何小桐 审核：丁小满", "责任编辑：苏一鸣", [], ["丁小满"]),
    ("发布日期：2024-04-12", "一审：洪秋燕　二审：钱振宇　三审：欧阳明川", [], ["洪秋燕", "钱振宇", "欧阳明川"]),
    # any reviewer label, not only one holding 审
    ("发布日期：2024-04-12", "编辑：苏一鸣　校对：洪秋燕　监制：钱振宇", [], ["洪秋燕", "钱振宇"]),
    # a desk is no reviewer
    ("发布日期：2024-04-12 来源：青禾日报 审核：办公室", "", [], []),
])
def test_credit_lines_out_of_the_body_keep_photographers_and_reviewers(header, footer, photographers, reviewers):
    page = parse_html(_credited_page(header, footer))
    assert (page.photographers, page.reviewers) == (photographers, reviewers)
    assert "摄影" not in page.text and "审" not in page.text


def test_html_credit_people_reach_the_article():
    from reportmine.pipeline import analyze

    art = analyze(_credited_page("发布日期：2024-04-12 审核：丁小满", "摄影/庞小禾　编辑/苏一鸣"))
    roles = {p.name: p.roles for p in art.people}
    assert "摄影" in roles["庞小禾"] and "审核" in roles["丁小满"]
    assert art.author is None and art.editor == "苏一鸣"
