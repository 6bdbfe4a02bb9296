"""Pasted-text articles: the headline, header fields, body and footer.

Researchers paste reports copied from unit websites. The header holds the
headline and lines such as ``来源:`` / ``刊发时间:`` / ``作者:`` (their values
sometimes on the next line), the footer ``(编辑:...)``; page furniture
(``字体:【 打印本页``) must not reach the body.
"""
from __future__ import annotations

import re

from reportmine import resources
from reportmine.parse import ParsedPage
from reportmine.parse.credits import (add_credit_line, bare_writer_name, bracketed_byline_name, byline,
                                      credited_people, dateline_author, field_label_at, is_media, is_unit,
                                      join_credit_line_names, join_spaced_labels, join_spaced_names, known_word,
                                      leading_bare_names, line_editor_rank, looks_like_person, reviewer_roles,
                                      trailing_author, trailing_editor, trailing_source, unit_word, words)
from reportmine.parse.fields import (DATE_TIME, DAY_FIRST_DATE, TIME, bare_label_field, bars_as_colons, field_of,
                                     field_value, is_info_line, label_pattern, normalize_date, spaced_label_field,
                                     split_fields, split_glued_lead, unlabelled_outlet)
from reportmine.parse.furniture import is_boilerplate, is_end_marker
from reportmine.parse.meta import strip_column, strip_title_mark
# SECTION_HEADING: a numbered section heading (一、 （二） 3. 第一部分): the body has begun, however
# short the line (defined with the unwrapping of hard-wrapped text, which keeps a break before one)
from reportmine.parse.wrapped import SECTION_HEADING, unwrap

_CREDIT_LINE = re.compile(r"^[(（\[【]\s*(?P<label>责任编辑|编辑|责编|作者|记者|通讯员|撰稿|来源|审核)\s*[:：/]\s*(?P<value>[^()（）]*)[)）\]】]\s*$")
#: a line wholly in brackets, as a closing credit stands: （作者：某某 编辑：某某）, (文:某某)
_BRACKETED = re.compile(r"^[(（\[【]\s*(?P<inner>[^()（）\[\]【】]{2,60}?)\s*[)）\]】]$")
#: a credit row whose opening bracket was never closed (【作者:某某 来源:某支部 责编:某某)
_OPEN_BRACKETED = re.compile(r"^[(（\[【]\s*(?P<inner>[^()（）\[\]【】]{2,80}?)\s*$")
_ONE_LABEL = {"责任编辑": "editor", "编辑": "editor", "责编": "editor", "作者": "author",
              "记者": "author", "通讯员": "author", "撰稿": "author", "来源": "source"}
#: the fields a bracketed credit line fills; its other labels (审核, 供稿) only end their values
_CREDIT_FIELDS = ("author", "editor", "source")
#: a sentence end, perhaps followed by a closing bracketed credit (……民主生活会。（某某）):
#: such a line is body text, never a headline
_SENTENCE_END = re.compile(r"[。！？!?；;](?:\s*[(（][^()（）\n]{1,40}[)）])?$")
_PROSE_MARK = re.compile(r"[。！？；，,]")
_SENTENCE_END_BEFORE = re.compile(r"[。！？]")
#: a numeric date opening a line (2026-02-02为落实…), read as the value of a date label left on the line before
_LEAD_DATE = re.compile(r"^(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?!\d)")
#: a reposted report's note of its original headline (原标题：…, （原标题：…）), furniture beside the
#: repost's own headline
_ORIGINAL_TITLE = re.compile(r"^\s*[（(]?\s*原标题\s*[:：]\s*([^（()）]{4,80}?)\s*[）)]?\s*$")
#: a date alone on a line, year first or day first (06.07.2018 18:46: fields.DAY_FIRST_DATE),
#: perhaps with a counter whose label the paste lost (2024-11-04 0, round 67)
_BARE_DATE = re.compile(r"^\s*(?:(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|(?:"
                        + DAY_FIRST_DATE.pattern + r"))(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+\d{1,7})?\s*$")
#: a date with its weekday alone on a line (2023年03月29日 星期三): a site's "today" above the
#: headline as often as an issue date, so it dates the article only where no labelled date does
_WEEKDAY_DATE = re.compile(r"^\s*((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)\s*(?:星期|周|礼拜)[一二三四五六日天]\s*$")
#: a line of one to four personal names under the headline, with no label (张某 李某): a byline
_NAME_LINE_TOKENS = re.compile(r"[ \t、，,]+")
#: a line ending in a comma or 、 goes on in the next line: a sentence cut by the paste, never a headline
_CONTINUED = re.compile(r"[，,、]$")
#: what parts the labels and names of a credit line (图片：甲 乙, 摄影/甲)
_CREDIT_TOKENS = re.compile(r"[\s:：/／、，,|｜]+")
#: how long a line of picture credits may be
_PICTURE_LINE_MAX = 30
#: a table cell's bar left at the end of a pasted line (……民主生活会。 |)
_TRAILING_BAR = re.compile(r"(?<=\S)(?:\s+[|｜]+)+$")


#: a lead opened by its dateline credit (本报讯（记者 某某）…, 某某讯 记者 某某 …): the body, cut by the paste
_DATELINE_OPENING = re.compile(r"^[^，,。：:（()]{0,24}?(?:讯|电)\s*(?:[(（][^()（）]{0,12}?|\s)(?:记者|通讯员)")
#: a bracketed dateline credit with the lead going on after it on the line (本报讯（记者 某某）今年…):
#: body text, whose credit the dateline reader takes, never a byline line to drop
_DATELINE_LEAD = re.compile(r"^[^，,。：:（()]{0,24}?(?:讯|电)\s*[(（][^()（）]{2,40}[)）]\s*\S")
#: a letter of a word: a line without one (2025, 07-02 12:27) holds no headline
_WORD_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z]")
#: a Chinese character: a headline of the genre holds one (CONTACT US over a page is a site's heading)
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: a dash and the headline's news after a motto (……,促发展——某支部联合开展党建学习活动), no comma after it
_DASHED_HEAD = re.compile(r"——[^，,。；;]{6,}$")
#: longest line without a Chinese character read as a site's heading above the headline
_FOREIGN_HEADING_MAX = 40
#: longest line ending in a colon read as an empty label of the page's furniture above the headline
_EMPTY_LABEL_MAX = 16
#: a line opened by a quote mark that holds a sentence's stop inside it: speech or a
#: question quoted at the text's opening (“……这是第几次修订?” “近期，我阅读了……。”)
_QUOTED_SPEECH = re.compile(r"^[“「\"][^”」\"]*[。！？!?]")
#: a newspaper's subtitle line naming who presided or attended and spoke (某某主持会议并讲话,
#: 某某出席结业式并讲话): never a headline by itself
_PRESIDING_LINE = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:主持|出席)[\u4e00-\u9fff]{0,6}?并(?:讲话|致辞|作总结讲话|讲党课)$")
#: a quotation wholly in quotes that trails off (“……愧对……”)
_SPEECH_LINE = re.compile(r"^[“\"][^”\"]{6,}(?:……|…)[”\"]$")
#: two crumb arrows between words (首页 > 新闻资讯 > 党建工作)
_CRUMB_ARROWS = re.compile(r"\S\s*[>＞»›]\s*\S+\s*[>＞»›]\s*\S")
#: a line wholly in round brackets
_ROUND_BRACKETED = re.compile(r"^[(（][^()（）]+[)）]$")
#: a purpose clause opening a long line (为深入贯彻…精神，学习…): the lead's first sentence, hard-wrapped
#: where its line ended, never a headline, which names the unit and its deed in a few words
_PURPOSE_LEAD = re.compile(r"^为了?(?:深入|进一步|认真|全面|切实|更好地?|扎实|持续|充分|大力|积极)[^，,—]{4,}[，,][^—]{8,}$")
#: the labels a bulleted header line may open with (• 时间 2024-05-17, • 发布时间：…): read without its bullet
_BULLETED_LABELS = "时间|日期|发布时间|发布日期|来源|作者|编辑"
_BULLETED_FIELD = re.compile(rf"^(?:{_BULLETED_LABELS})\s*[:：]?\s*\S")
#: such a line with its colon left out (时间 2024-05-17), the label group kept to write the colon back
_BULLETED_FIELD_NO_COLON = re.compile(rf"^({_BULLETED_LABELS})\s+(?=[^:：\s])")
#: a list bullet a paste keeps before the headline (- 某某召开…, • 某某召开…)
_TITLE_BULLET = re.compile(r"^(?:[-•·▪■◆●]\s+|[>＞»]\s*)(?=\S)")
#: a date the page's layout breaks over lines: the year alone, then month and day, then perhaps the time
_YEAR_LINE = re.compile(r"^(?:19|20)\d{2}\s*年?$")
_MONTH_DAY_LINE = re.compile(r"^\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?$")
_TIME_LINE = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
#: a publication stamp in brackets opening the text: 「( 2014-09-15 )」 alone, or
#: 「(2026年02月28日 09:29)根据…」 with its time, glued to the first paragraph
_STAMP_DATE = r"((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)"
_STAMP_TIME = r"\s+\d{1,2}:\d{2}(?::\d{2})?"
_BRACKET_STAMP = re.compile(rf"^[(（]\s*{_STAMP_DATE}({_STAMP_TIME})?\s*[)）]\s*")

#: the same stamp closing the headline's line (…签订共建协议 ( 2024-10-31 ))
_TITLE_STAMP = re.compile(rf"\s*[(（]\s*{_STAMP_DATE}(?:{_STAMP_TIME})?\s*[)）]\s*$")
#: ... or after a blank with no brackets (…意识形态领域文件精神 2021-12-03)
_TITLE_BARE_STAMP = re.compile(rf"\s+{_STAMP_DATE}(?:{_STAMP_TIME})?\s*$")

#: a quoted phrase inside a line (a slogan or a named campaign)
_QUOTED = re.compile(r"“[^“”]*”|「[^「」]*」|\"[^\"]*\"")
#: a wire story's dateline standing before its headline (新华社北京11月7日电题：…): no part of the title
_WIRE_TITLE = re.compile(r"^[^，,。：:“”]{2,24}?\d{1,2}月\d{1,2}日电\s*题\s*[:：]\s*(?=\S)")


#: a header line opened by a bare name before the date (某某 2024-08-30 来源:…)
_NAME_BEFORE_DATE = re.compile(r"([\u4e00-\u9fff]{2,3})[ \t\u3000]+(?:19|20)[0-9]{2}(?:[-/.][0-9]{1,2}[-/.][0-9]{1,2}|年[0-9]{1,2}月)")
#: a clock time after a header's date, then a bare name glued to the next field's label
#: (2026-03-10 11:30:50 某某某来源:): the name is the page's writer (see ``_stamped_writer``)
_NAME_AFTER_STAMP = re.compile(r"(?:19|20)[0-9]{2}[-/.][0-9]{1,2}[-/.][0-9]{1,2}[ \t\u3000]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?[ \t\u3000]+([\u4e00-\u9fff]{2,3})(?=[\u4e00-\u9fff])")


#: the mark a newspaper sets before its byline (■某某), read before bare names only
_BYLINE_MARK = "■"

#: a picture's caption closed by its photographer (……大会在区委会议中心召开 通讯员某某 摄):
#: a role word or a blank before the name, 摄 after it
_CAPTION_CREDIT = re.compile(r"\S.{3,}?(?:(?:摄影记者|特约记者|记者|通讯员)\s*|\s)[\u4e00-\u9fff]{2,3}"
                             r"(?:[\s、][\u4e00-\u9fff]{2,3}){0,2}\s*[/／]?\s*摄$")
#: a page's name in the browser's title bar, its parts joined by underscores (某区人大常委会_街道人大)
_SITE_LABEL = re.compile(r"^[^_\s]{2,12}(?:\s*_\s*[^_\s]{2,12})+$")
#: a column name's gloss in English after it (要闻动态Navigation, 学院新闻 NEWS)
_ENGLISH_GLOSS = re.compile(r"(?:\s*[/|｜]\s*)?[A-Za-z][A-Za-z .&-]*$")
#: a column name with its English gloss, the whole line (党建工作/Party Building Work, 要闻动态Navigation)
_GLOSSED_COLUMN = re.compile(r"^[\u4e00-\u9fff]{2,8}\s*[/|｜]?\s*[A-Za-z][A-Za-z .&-]{2,}$")
#: longest column name read above the headline (工作动态, 综合新闻)
_SHORT_COLUMN_MAX = 6


#: a site's motto set as a banner: three or more blank-parted phrases of one length, four characters or more each
_BANNER_PART_MIN = 4
_BANNER_PARTS_MIN = 3


#: a site's menu row: four or more blank-parted names of unlike lengths, six characters at most each
_MENU_PARTS_MIN = 4
_MENU_PART_MAX = 6


#: what parts a headline from the site's name in a browser's page name (— _ | -)
_SITE_SEPARATOR = re.compile(r"\s*(?:[—–]{1,2}|[-_|｜])")


def _site_suffixed(title: str, line: str) -> bool:
    """Whether ``title`` is ``line`` followed by a separator and more (the site's name)."""
    return len(line) >= 4 and title.startswith(line) and _SITE_SEPARATOR.match(title, len(line)) is not None


def _menu_row(title: str) -> bool:
    """Whether a first line taken as the headline is a site's menu (重大意义 总要求
    目标任务 重点措施 工作要求). Why: a paste may start with the page's menu, and the
    headline under it was kept out; a headline of parallel phrases has parts of one
    length (学党史 悟思想 办实事 开新局)."""
    parts = title.split()
    return len(parts) >= _MENU_PARTS_MIN and len({len(p) for p in parts}) > 1 \
        and all(len(p) <= _MENU_PART_MAX for p in parts)


def _slogan_banner(title: str) -> bool:
    """Whether a first line taken as the headline is a site's motto (以审计精神立身
    以创新规范立业 以自身建设立信): three or more phrases of one length, parted by
    blanks. Why: a department's site sets its motto over every article, and the
    headline under it, right above the info line, was kept out as a subtitle; a
    headline of short parallel phrases (学党史 悟思想 办实事) has parts under four."""
    parts = title.split()
    return len(parts) >= _BANNER_PARTS_MIN and len({len(p) for p in parts}) == 1 \
        and len(parts[0]) >= _BANNER_PART_MIN and not _SENTENCE_END.search(title)


def _column_like(title: str) -> bool:
    """Whether a first line taken as the headline is rather a site's column or page
    name, which the headline under it replaces: at most six characters once an
    English gloss is dropped (要闻动态Navigation), or a title bar's parts joined by
    underscores (某区人大常委会_街道人大). Why: sites set their column in Chinese and
    English over the article, and a paste may start with the browser's page name."""
    if _SITE_LABEL.match(title):
        return True
    core = _ENGLISH_GLOSS.sub("", title).strip()
    return len(core) <= _SHORT_COLUMN_MAX


def _stamped_writer(page: ParsedPage, line: str) -> str:
    """A header line with a bare writer between its date and clock time and the
    next field label taken out (2026-03-10 11:30:50 某某某来源:   责任编辑:).

    Header lines run their fields together, so the unlabelled name glued to a
    label after the time is the writer: a person with role 作者, no author of
    record (GUIDE §1), as a bare name before the date is. Only a run that reads
    as a personal name (``bare_writer_name``) right before a field label counts;
    an outlet there (15:31 某某网) is left in place.
    """
    m = _NAME_AFTER_STAMP.match(line)
    if m is None or not field_label_at(line, m.end(1)) or not bare_writer_name(m.group(1)):
        return line
    page.unlabelled_writers.append(m.group(1))
    return line[:m.start(1)] + line[m.end(1):]


def _commas(s: str) -> int:
    return s.count("，") + s.count(",")


#: a headline that asks (看看哪家多?): one short clause closed by a question mark, no other stop
_QUESTION_HEADLINE = re.compile(r"^[^。！？!?；;，,：:]{4,40}[？?]$")


def _question_headline(line: str) -> bool:
    """A short line of one clause ending in a question mark is a headline, not prose.

    Why: news headlines may ask (多省份晒出反腐“半年报” 看看落马官员哪家多?); a
    sentence of a report that asks is longer or holds a comma or another stop.
    """
    return _QUESTION_HEADLINE.match(line) is not None


#: a line of Chinese characters only
_HAN_ONLY_LINE = re.compile(r"^[\u4e00-\u9fff]+$")
#: the fewest characters a headline has
_TITLE_MIN = 4
#: how many first lines may hold a headline run into the lead
_GLUED_HEAD_LINES = 6
#: a headline with the lead's date glued to its end: 某支部召开总结会2月4日，…
_GLUED_HEADLINE = re.compile(r"^([^，,。：:；;！？!?]{8,60}?)((?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:[上下]午|晚)?[，,])")
#: how many of the headline's first characters the lead must repeat
_GLUED_HEAD_ECHO = 6


def _split_glued_headline(line: str) -> list[str]:
    """The headline and the lead of a line a flattened page ran together, when the lead,
    after its date, repeats the headline's opening words; else the line.
    Why: read whole as the first paragraph, the page had no headline; the echo keeps
    a lead that merely opens with a phrase before its date (为…，3月5日，) whole."""
    m = _GLUED_HEADLINE.match(line)
    if m is None:
        return [line]
    head = m.group(1).strip()
    if len(head) < 8 or head[:_GLUED_HEAD_ECHO] not in line[m.end(1):m.end(1) + 40]:
        return [line]
    return [head, line[m.start(2):]]


#: one part of a row of site names set off by bars (某某网 | 某某之家)
_BAR_PART_MAX = 12


def _site_bar_row(line: str) -> bool:
    """A row of short names parted by bars, one of them an outlet's (某某网 | 某某之家).
    Why: a site's banner pasted over the text; a headline with a bar in it (某某事迹 |
    某社区党委) names no outlet."""
    parts = [p.strip() for p in re.split(r"[|｜]", line)]
    return len(parts) >= 2 and all(0 < len(p) <= _BAR_PART_MAX and _WORD_CHAR.search(p) for p in parts) \
        and any(is_media(p) for p in parts)


#: a motto of two-character words in a row (团结、务实、创新、奉献): a body's watchwords, no news
_MOTTO = re.compile(r"^[\u4e00-\u9fff]{2}(?:[、·][\u4e00-\u9fff]{2}){2,}$")


def _looks_like_title(line: str) -> bool:
    """A headline: short, no sentence-final punctuation, not a dated lead."""
    s = line.strip()
    if not s or len(s) > 90 or len(s) < _TITLE_MIN:
        return False
    if not _HAN.search(s) or _DATELINE_OPENING.match(s):
        return False  # (CONTACT US, 2025: no Chinese headline)
    if SECTION_HEADING.match(s):
        return False  # 一、开展党支部书记讲党课: a section of the text, its headline lost
    if _QUOTED_SPEECH.match(s):
        return False  # “……第几次修订条例?” opening the text: a quoted question or speech, no headline
    if len(s) >= 30 and _PURPOSE_LEAD.match(s):
        return False
    if _PRESIDING_LINE.match(s):
        return False  # 「某某主持会议并讲话」: a subtitle saying who spoke, under a headline the paste left out
    if _SPEECH_LINE.match(s):
        return False  # 「“我从一名……关爱……”」: a speech quoted whole opening the text, no headline
    if _CRUMB_ARROWS.search(s):
        return False  # 「党建工作首页 > 新闻资讯 > 党建工作」: a site's crumbs, however they open
    if _ROUND_BRACKETED.match(s):
        return False  # 「（校党委副书记某某作动员讲话）」: a picture's caption or a note, set in round brackets
    if (_SENTENCE_END.search(s) and not _question_headline(s)) or _CONTINUED.search(s):
        return False
    if s.count("，") + s.count(",") >= 2 and _commas(_QUOTED.sub("", s)) >= 2 and not _DASHED_HEAD.search(s):
        return False  # (a slogan in quotes may hold commas: 开展“学思想，强党性，建新功”主题党日活动;
        # so may a motto before a dash and the headline's news: 秉初心,学四史,聚合力——某支部开展…)
    if re.match(r"^\d{1,2}月\d{1,2}日", s) or re.match(r"^(19|20)\d{2}年\d{1,2}月", s) and "，" in s:
        return False
    return True


def parse_text(text: str) -> ParsedPage:
    """Split a pasted report into fields and body paragraphs."""
    page = ParsedPage(kind="text")
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    # 编 辑：甲: a label typeset with blanks inside is read as the label (credits.join_spaced_labels)
    # 审核|王   荣: a spaced name after a credit label is one name (credits.join_credit_line_names)
    # 审核|某某 终审|某某: labels set off by a bar read as labels with a colon (fields.bars_as_colons)
    lines = [bars_as_colons(join_credit_line_names(join_spaced_labels(
        _TRAILING_BAR.sub("", l.strip().replace("\u3000", " ").strip())))) for l in text.split("\n")]
    # 时间:2023-06-04 09:12:306月3日，…: a lead a flattened page ran into its info line (fields.split_glued_lead)
    lines = [part for line in lines for part in split_glued_lead(line)]
    # 某支部召开总结会2月4日，某支部召开总结会，…: a headline run into the lead that repeats it
    lines = [part for n, line in enumerate(lines)
             for part in (_split_glued_headline(line) if n < _GLUED_HEAD_LINES else [line])]
    # a text copied out of a PDF, cut at one width: each paragraph on one line again (parse/wrapped.py)
    lines, joined = unwrap(lines)
    lines = [l for l in lines if l]
    if not lines:
        page.warnings.append("no text found")
        return page
    fields: dict[str, str | None] = {}
    ranks: dict[str, int] = {}  # the editor_rank of the label the editor was read under
    body: list[str] = []
    pending: str | None = None  # a label whose value is on the next line
    header_done = False
    title_taken = False
    title_at = -1
    byline_author: str | None = None  # weaker than a 作者 field or a dateline credit
    weak_date: str | None = None  # a weekday date line's, weaker than any other date
    date_unlabelled = False  # the date came from an info line with no date label: a labelled one replaces it
    labels = label_pattern()
    skip_to = -1  # the last line of a date broken over lines, read with its first
    footer_pending: str | None = None  # a footer's 作者/编辑 label whose names are on the next line
    furniture_above = 0  # furniture lines above any headline: the headline is sought in the first lines after them
    original_title: str | None = None  # 原标题：… above the text: the headline where the paste has no other
    for i, line in enumerate(lines):
        if i <= skip_to:
            continue
        if body and is_end_marker(line):
            break  # 相关新闻, 上一篇：…, a copyright footer: the article is over
        if is_boilerplate(line):
            pending = None  # (「来源」 then 「栏目」 then a column: a label's value stands right under it)
            if len(line) <= 80:
                _furniture_fields(line, fields)
            if not body and original_title is None and (orig := _ORIGINAL_TITLE.match(line)):
                original_title = orig.group(1).strip()
            if page.title is None and not body:
                furniture_above += 1  # 「1. 1」…「4. 4」, a slideshow's pager: no line of the page's own
            continue
        credit_fields = _bracketed_credit(line, opening=not body)
        if credit_fields is not None:
            _take_credits(fields, credit_fields)
            _add_credited(page, line)
            continue
        if not body and "date" not in fields and (stamp := _bracket_stamp(line)) is not None:
            fields["date"], line = stamp
            if not line:
                continue
        if (lead := _leading_credit(line)) is not None:
            # 「（通讯员：某某）10月28日，……」: the credit opens the first paragraph
            credit_fields, line = lead
            _take_credits(fields, credit_fields)
        if pending is not None:
            # 「来源：」 then a bare timestamp line: the source was left empty, the line dates the page
            if not labels.match(line) and len(line) <= (_OUTLET_MAX if pending == "source" else 40) \
                    and (pending == "date" or not _BARE_DATE.match(line)) and not bare_label_field(line):
                # (「作者」 then 「来源」: a form's empty labels, one under the other, give no value)
                fields[pending] = field_value(pending, line)
                pending = None
                continue
            if pending == "date" and (lead := _LEAD_DATE.match(line)) and "date" not in fields:
                # 「发布时间：」 then 「2026-02-02为落实…」: the date under its label opens the body's line
                fields["date"] = normalize_date(lead.group(0))
                line = line[lead.end():].strip()
                if not line:
                    pending = None
                    continue
            pending = None
        if not header_done:
            if not body and (bare := _TITLE_BULLET.sub("", line, count=1)) != line and _BULLETED_FIELD.match(bare):
                # 「• 时间 2024-05-17」: a header field behind a bullet, its colon left out
                line = _BULLETED_FIELD_NO_COLON.sub(r"\1：", bare, count=1)
            if not body and page.title is not None and (lead := _NAME_BEFORE_DATE.match(line)) \
                    and bare_writer_name(lead.group(1)) and is_info_line(line[lead.end(1):].strip()):
                # 「某某 2024-08-30 来源:某报」 under the headline: the writer, bare before the
                # date; a person with role 作者, no author of record (GUIDE §1)
                page.unlabelled_writers.append(lead.group(1))
                line = line[lead.end(1):].strip()
            if not body and page.title is not None and _NAME_AFTER_STAMP.match(line):
                line = _stamped_writer(page, line)
            if not body and i < 4 and (glued := _headline_with_fields(line)) is not None:
                # 「某某支部召开工作部署会议发布时间:2023-04-18  来源:本站」: the headline with the
                # info line glued after it; a short line above was the site's column
                if page.title is None or (not title_taken and i == title_at + 1 and _column_like(page.title)):
                    page.title, title_at = glued[0], i
                line = glued[1]
            if not body and (glued_lead := _credit_glued_lead(line)) is not None:
                # 「作者:某某 | 责任编辑:某某春光无限好,正是读书时。4月22日,…」: the lead runs on from
                # the last credit's name with no break; the name ends the field line, the rest opens the text
                line, lead = glued_lead
                lines.insert(i + 1, lead)
            found = split_fields(line) if labels.match(line) or _short_field_line(line) else {}
            if found:
                _add_credited(page, line)
                if "date" not in fields and not found.get("date") and is_info_line(line):
                    # 「2023-07-05 来源：某某」「来源：某某　责编：某某　2021-04-03 09:12」: an unlabelled date
                    if d := normalize_date(line):
                        fields["date"] = d
                for fname, raw in found.items():
                    if raw and fname == "editor":
                        _offer_editor(fields, ranks, page.other_editors, field_value(fname, raw), line)
                    elif raw and fname == "date" and date_unlabelled and (labelled := field_value(fname, raw)):
                        # 「摄影：2017年5月25日15:00」 then 「日期：2017-06-06」: the date label says which date
                        fields["date"], date_unlabelled = labelled, False
                    elif raw:
                        fields.setdefault(fname, field_value(fname, raw))
                    elif len(found) == 1:
                        pending = fname
                continue
            if _BARE_DATE.match(line) and "date" not in fields:
                fields["date"] = normalize_date(line)
                continue
            if not body and (bare := bare_label_field(line)) and not fields.get(bare):
                pending = bare  # 「来源」 then 「某日报」: the label alone, its value on the next line
                continue
            if not body and (spaced := spaced_label_field(line)) is not None:
                # 「来源 某镇」: an info table's row pasted with a blank for its colon
                if spaced[0] == "editor":
                    _offer_editor(fields, ranks, page.other_editors, field_value("editor", spaced[1]), line)
                else:
                    fields.setdefault(spaced[0], field_value(spaced[0], spaced[1]))
                continue
            if not body and (broken := _broken_date(lines, i)):
                # 「2025」「07-02」「12:27」: one header date set out over lines
                fields.setdefault("date", broken[0])
                skip_to = broken[1]
                continue
            if weekday := _WEEKDAY_DATE.match(line):
                weak_date = weak_date or normalize_date(weekday.group(1))
                continue
            if not body and line.startswith(_BYLINE_MARK) and (names := _name_line(join_spaced_names(line[1:]))):
                # 「■某 某 某 某」 above the headline: a newspaper's byline mark before bare
                # names (two-character names spaced out), the writers of no record
                page.unlabelled_writers.extend(n for n in names if n not in page.unlabelled_writers)
                continue
            if not body and len(line) <= 30 and (credit := byline(line)) and credit.get("author"):
                # 「记者 某某」「（记者 某某）」 before any headline: a credit, never the title
                if byline_author is None:
                    byline_author = "、".join(credit["author"])
                _add_credited(page, line)
                continue
            if not body and len(line) <= 20 and not _WORD_CHAR.search(line):
                continue  # a stray number above the text (2025, 07-02): neither headline nor body
            if not body and page.title is None and len(line) < _TITLE_MIN and i + 1 < len(lines) \
                    and (_looks_like_title(lines[i + 1]) or is_info_line(lines[i + 1])):
                if _HAN_ONLY_LINE.match(line) and lines[i + 1].startswith(_headline_verbs()):
                    # 「市科协」 then 「组织开展…主题党日活动」: a short subject over the rest of the headline
                    page.title, title_at, skip_to = line + lines[i + 1], i + 1, i + 1
                    continue
                furniture_above += 1
                continue  # 「本地」 then the headline (or 「资讯」 then the date): a column too short to be one, no paragraph
            if not body and page.title is None and _GLOSSED_COLUMN.match(line):
                continue  # 「党建工作/Party Building Work」 above the text: the site's column, glossed
            if not body and page.title is None and _letters_only(line):
                continue  # 「CONTACT US」「Cinque Terre」 above the text: a site's heading in letters, no headline
            if not body and page.title is None and _site_bar_row(line):
                furniture_above += 1
                continue  # 「某某网 | 某某之家」 above the text: the site's names, no headline
            if not body and page.title is None and _MOTTO.match(line):
                furniture_above += 1
                continue  # 「团结、务实、创新、奉献」 above the text: a site's motto; a headline tells who did what
            if not body and page.title is None and len(line) <= _EMPTY_LABEL_MAX and line.endswith((":", "：")):
                continue  # 「办公室电话:」「• 关键字: 栏  目:」 above the headline: labels of the page's furniture
            if not title_taken and not body and i < 4 and _CAPTION_CREDIT.match(line):
                # 「27日下午，…大会召开 通讯员某某 摄」 above the text: a picture's caption, no headline
                _add_credited(page, line)
                continue
            if not title_taken and not body and _looks_like_title(line) \
                    and (i - furniture_above < 4 or page.title is not None and i == title_at + 1 < 5):
                # (the line right under a headline taken on the fourth line may still replace it:
                # furniture lines above had used up the first lines)
                if page.title is None and _column_above_fields(lines, i):
                    continue  # 「党建工作」 then 「发布时间：」: the site's column, the headline left out
                if page.title is None:
                    page.title, title_at = line, i
                    continue
                if i == title_at + 1 and _site_suffixed(page.title, line):
                    # 「某街道召开推进会 —— 某网|某频道」 then 「某街道召开推进会」: the browser's page
                    # name, the site's name after the headline, then the headline alone
                    page.title, title_at = line, i
                    continue
                if i == title_at + 1 and _column_like(page.title) and line in _column_names():
                    # 「党群工作」 then 「党建动态」: a column and its sub-column, the headline under both
                    page.title, title_at = line, i
                    continue
                if i == title_at + 1 and (_column_like(page.title) or _menu_row(page.title)) \
                        and len(line) > _SHORT_COLUMN_MAX:
                    # 「工作动态」 then the headline: the short line was the column name
                    page.title, title_at = line, i
                    continue
                if i == title_at + 1 and not fields and (len(page.title) <= _COLUMN_MAX or _bare_unit(page.title)) \
                        and len(line) > _COLUMN_MAX \
                        and i + 1 < len(lines) and _above_fields_past_subtitle(lines, i + 1) \
                        and not line.startswith(("—", "-")):
                    # 「某某医院」 then 「【党建动态】…召开组织生活会」 right above 「2023-03-10 阅读量」:
                    # the short line (or a body's bare name, 某省某某联合会) was the site's name, the
                    # long one above the info line the headline
                    page.title, title_at = line, i
                    continue
                if i == title_at + 1 and not fields and _slogan_banner(page.title) and i + 1 < len(lines) \
                        and _above_fields(lines[i + 1]) and not line.startswith(("—", "-")):
                    # 「以某某立身 以某某立业 以某某立信」 then the headline above 「来源：…」: the site's motto
                    page.title, title_at = line, i
                    continue
            if page.title is not None and not body and i > title_at + 1 and i + 1 < len(lines) \
                    and not line.startswith(("—", "-")) and _above_fields_past_subtitle(lines, i + 1) \
                    and _looks_like_title(line):
                crumbs = _last_crumbs(lines, title_at + 1, i)
                if (len(line) > len(page.title) or crumbs >= 0 or len(page.title.split()) >= _BANNER_PARTS_MIN) \
                        and _columns_only(lines, max(title_at, crumbs) + 1, i):
                    # 「要闻动态」「卫健新闻」, then the headline right above 「发布时间：…」: the
                    # first line was the site's column, the crumbs under it no headline either
                    page.title, title_at = line, i
                    continue
            if page.title is not None and not body and not fields and i > title_at + 1 and i + 1 < len(lines) \
                    and len(line) > _COLUMN_MAX and not line.startswith(("—", "-")) and _looks_like_title(line) \
                    and _opens_text(lines[i + 1]) and (crumbs := _last_crumbs(lines, title_at + 1, i)) >= 0 \
                    and _columns_only(lines, crumbs + 1, i):
                # 「某某集团有限公司」「首页 - 学生工作 - 年级风采」「年级风采」, then the headline right
                # above the text: crumbs stand under a site's name and over the headline, never under it
                page.title, title_at = line, i
                continue
            embedded = re.match(r"^((?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2})\s*(.*)$", line)
            if embedded and len(line) < 60 and split_fields(embedded.group(2) or ""):
                fields.setdefault("date", normalize_date(embedded.group(1)))
                for fname, raw in split_fields(embedded.group(2)).items():
                    if raw:
                        fields.setdefault(fname, field_value(fname, raw))
                continue
            if page.title is not None and "date" not in fields and not body and "，" not in line and is_info_line(line):
                # 「原创 某某发布 2024-01-25 18:30 发表于某地」「2023-03-02 08:30 | 青禾日报」: header, not text
                fields["date"] = normalize_date(line)
                date_unlabelled = True
                if not fields.get("source") and (outlet := unlabelled_outlet(line)):
                    fields["source"] = outlet
                continue
            if page.title is not None and (credit := byline(line)):
                # 「文/ 某某 某某」「记者 某某 通讯员 某某」 under the headline
                if credit.get("editor"):
                    _offer_editor(fields, ranks, page.other_editors, "、".join(credit["editor"]), line)
                if credit.get("author") and byline_author is None:
                    byline_author = "、".join(credit["author"])
                continue
            if page.title is not None and not body and line == page.title:
                continue  # the headline again under its info line (发布时间：…), no paragraph
            if _opens_text(line) or SECTION_HEADING.match(line):
                header_done = True
            elif page.title is not None and not body and i == title_at + 1 and byline_author is None \
                    and (names := _name_line(line)):
                # 「张某 李某」 right under the headline, with no label: the writers, kept as
                # people, but no author of record (GUIDE §1 wants a labelled credit)
                page.unlabelled_writers.extend(names)
                continue
            elif page.title is not None and not body and i == title_at + 1 \
                    and (_title_rest(page.title, line) or _title_predicate(page.title, line)
                         or _wrapped_phrase(page.title, line, lines[i + 1:i + 5])):
                # 「…十七届四次全委」 then 「(扩大)会议精神」: the headline broken before its bracket;
                # 「某某医院」 then 「召开…表彰大会」: broken before its verb; 「…习近平新时代」 then
                # 「中国特色社会主义思想…」: broken inside a phrase the text's first lines write whole
                page.title += line
                continue
            elif not body and _PRESIDING_LINE.match(line):
                page.warnings.append(f"header line kept out of body: {line}")
                continue  # 「某某主持会议并讲话」 under a headline: the newspaper's subtitle, no paragraph
            elif page.title is not None and not body and len(line) < 30 and not _SENTENCE_END.search(line):
                # a short non-field line before the body: subtitle or site crumb
                if page.title and len(line) >= 4 and line != page.title:  # (a repeat of the headline says nothing)
                    page.warnings.append(f"header line kept out of body: {line}")
                continue
        if footer_pending is not None:
            label, footer_pending = footer_pending, None
            if names := _name_line(line):  # 「责任编辑：」 then 「某某」: the label's names
                _take_footer_names(fields, ranks, page.other_editors, label, "、".join(names), line)
                _add_credited(page, line)
                continue
        if header_done and _footer_field(line, fields, ranks, page.other_editors):
            _add_credited(page, line)
            footer_pending = _label_only(line)
            continue
        if _picture_credit(line):  # 「图片：甲 乙」 under the text: furniture, its people kept
            _add_credited(page, line)
            continue
        credit = byline(line) if len(line) <= 50 and not _DATELINE_LEAD.match(line) else None
        if credit:  # 「□ 本报记者 某某」「编辑/某某」 on a line of their own
            _add_credited(page, line)
            # （甲 实习生 乙）: 甲, named before any label, is a writer of no record
            page.unlabelled_writers.extend(w for w in leading_bare_names(line) if w not in page.unlabelled_writers)
            if credit.get("editor"):
                _offer_editor(fields, ranks, page.other_editors, "、".join(credit["editor"]), line)
            if credit.get("author"):  # 记者|甲 then 文字|乙: both write the report
                byline_author = _more_writers(byline_author, "、".join(credit["author"]))
            continue
        body.append(line)
        header_done = True
    if page.title is None and lines and _looks_like_title(lines[0]) and body and body[0] == lines[0]:
        page.title = body.pop(0)
    if len(body) >= 2 and (stamp := _outlet_footer(body[-1])):
        body.pop()  # 「某某时报 2015/02/17」 closing the report: the outlet and its date, no paragraph
        fields.setdefault("source", stamp[0])
        if not fields.get("date") and not weak_date:
            fields["date"] = stamp[1]
    if len(body) >= 2 and (writers := _closing_signature(body[-1])):
        body.pop()  # 「党政办 某某」 closing the report: its writer, no paragraph of the text
        page.unlabelled_writers.extend(w for w in writers if w not in page.unlabelled_writers)
    if page.title and (stamp := _TITLE_STAMP.search(page.title) or _TITLE_BARE_STAMP.search(page.title)) \
            and stamp.start() > 0:
        # 「某镇与某行签订共建协议 ( 2024-10-31 )」「某某召开专题学习会议 2021-12-03」: a list page's
        # stamp pasted after the headline
        page.title = page.title[:stamp.start()]
        if not fields.get("date"):
            fields["date"] = normalize_date(stamp.group(1))
    if page.title and (undashed := _LEADING_DASH.sub("", page.title)):
        page.title = undashed  # 「——某镇召开述职评议会」: a subtitle's dash, its main title left out of the paste
    if page.title and _column_title(page.title):
        page.title = None  # 「新闻资讯」「公司要闻」 over the text and nothing under it: the paste left the headline out
    if page.title is None and original_title:
        page.title = original_title  # 「原标题：某局召开…」 over the text, the repost's own headline left out of the paste
    if page.title:
        page.title = strip_title_mark(strip_column(_WIRE_TITLE.sub("", _TITLE_BULLET.sub("", page.title, count=1),
                                                               count=1)))
    page.paragraphs = body
    page.date = fields.get("date") or weak_date
    page.source = fields.get("source") or (field_value("source", raw) if body and (raw := trailing_source(body[-1]))
                                           else None)
    page.author = fields.get("author") or _text_credit(body) or byline_author
    page.editor = fields.get("editor") or ("、".join(trailing_editor(body[-1])) if body else None) or None
    if not body:
        page.warnings.append("no body text found")
    if joined:
        page.warnings.append(f"text looked hard-wrapped (copied from a PDF): {joined} line breaks inside paragraphs joined")
    return page


#: the longest value an empty 来源： takes from the next line: outlets are names
#: (国家税务总局某某自治区税务局); a longer line is the subtitle or the lead under it
_OUTLET_MAX = 20

#: a line that opens with a bracketed word and goes on (（扩大）会议精神): no subtitle stands so
_BRACKET_LEAD = re.compile(r"^[(（][\u4e00-\u9fff\d]{1,8}[)）][\u4e00-\u9fff]")


#: a colon or a bar: a head holding one is a field line itself (作者:某某 发布时间:…), no headline
_FIELD_MARK = re.compile(r"[:：|｜]")


def _headline_with_fields(line: str) -> tuple[str, str] | None:
    """A headline and the page's info line pasted as one line, split into the two:
    ``某某支部召开工作部署会议发布时间:2023-04-18  来源:本站``.
    Why: only a dated info line counts, and only after a headline-shaped head, so a
    lead sentence that mentions 来源 is never cut."""
    if len(line) < 14 or (m := label_pattern().search(line, 8)) is None:
        return None
    head, rest = line[:m.start()].strip(), line[m.start():]
    if not _looks_like_title(head) or _PROSE_MARK.search(head) or _FIELD_MARK.search(head) \
            or not split_fields(rest).get("date"):
        return None
    return head, rest


def _title_rest(title: str, line: str) -> bool:
    """The headline's end on the next line, cut before a bracket (…全委 / (扩大)会议精神).
    Why: a subtitle opens with a dash or stands alone, never with a bracketed
    qualifier of the word the headline broke off at, so the two lines are one title."""
    return len(line) <= 20 and bool(_BRACKET_LEAD.match(line)) and not _PROSE_MARK.search(line) \
        and "\u4e00" <= title[-1] <= "\u9fff" and _looks_like_title(title + line)


@resources.derived
def _headline_verbs() -> tuple[str, ...]:
    return tuple(resources.load_json("hard_wrap.json").get("headline_verbs", ()))


def _bare_unit(line: str) -> bool:
    """A line that is a body's name and nothing else (某省某某联合会): no deed of a headline's.
    Why: over a headline and its info line it is the site's name, as a short line there is."""
    return _HAN_ONLY_LINE.match(line) is not None and is_unit(line) \
        and not any(v in line for v in _headline_verbs())


def _title_predicate(title: str, line: str) -> bool:
    """Whether ``line`` is the predicate of a headline broken after its subject
    (湖北省某某医院 / 召开庆祝建党101周年暨“七一”表彰大会): the first line names a unit
    and holds no verb of the headline's, the second opens with one (hard_wrap.json
    ``headline_verbs``). Why: a page that sets the unit on a line of its own over
    the rest of the headline lost the headline's deed, which went to a kept-out line."""
    verbs = _headline_verbs()
    subject = strip_column(title)
    return len(subject) <= 24 and line.startswith(verbs) and not any(v in subject for v in verbs) \
        and is_unit(subject[-16:]) and _looks_like_title(title + line)  # (a long name: its last part)


#: how many characters on each side of a line break must stand together in the text
_JUNCTION = 4


def _wrapped_phrase(title: str, line: str, after: list[str]) -> bool:
    """Whether ``line`` goes on with the headline's last phrase, which the text's next
    lines write unbroken (…学习贯彻习近平新时代 / 中国特色社会主义思想专题培训班结业, the
    lead saying …新时代中国特色…). Why: a headline hard-wrapped inside a phrase left
    its second half kept out as a subtitle."""
    if len(title) < _JUNCTION or len(line) < _JUNCTION or _PROSE_MARK.search(title + line) \
            or line.startswith(("—", "-")):
        return False
    junction = title[-_JUNCTION:] + line[:_JUNCTION]
    return any(junction in a for a in after) and _looks_like_title(title + line)


def _bracket_stamp(line: str) -> tuple[str, str] | None:
    """(the date, the rest of the line) for a bracketed publication stamp opening
    ``line``, or None. Why: 「( 2014-09-15 )」 under a headline and
    「(2026年02月28日 09:29)根据…」 glued to the first paragraph date the page,
    and neither was read. A bracketed date without a time before other text may
    be the event's, so it counts only as a line of its own."""
    if not line.startswith(("(", "（")) or not (m := _BRACKET_STAMP.match(line)):
        return None
    rest = line[m.end():].strip()
    if rest and not m.group(2):
        return None
    return normalize_date(m.group(1)), rest


#: Longest line read as a site's column name between a first line and the headline (卫健新闻, 学院要闻).
_COLUMN_MAX = 8


def _columns_only(lines: list[str], a: int, b: int) -> bool:
    """Whether ``lines[a:b]`` are all column names or crumbs (short, or page
    furniture, or the column's English gloss). Why: a headline's subtitles stand between it and the date line
    too (市委常委会召开扩大会议 / 传达学习…精神 安排部署… / 某某主持并讲话 / 发布日期),
    and there the first line is the headline, not a column."""
    return all(len(line) <= _COLUMN_MAX or is_boilerplate(line) or _letters_only(line) for line in lines[a:b])


def _letters_only(line: str) -> bool:
    """A short line with no Chinese character: a site's heading in letters (CONTACT US)
    or a column's English gloss under its name (信息资讯 / News Information)."""
    return len(line) <= _FOREIGN_HEADING_MAX and not _HAN.search(line)


#: a crumbs line (您现在的位置：首页 > 新闻): its arrows or its 位置
_CRUMB = re.compile(r"[>＞»›]|位置|首页\s*[-－]")


def _last_crumbs(lines: list[str], a: int, b: int) -> int:
    """The index of the last line of crumbs in ``lines[a:b]``, or -1. Why: a page
    sets its crumbs between the site's own banner (a slogan, its name, a phone
    number, often longer than the headline) and the article, so the line under them
    and above the date is the headline, whatever stands above them."""
    return next((j for j in range(b - 1, a - 1, -1) if _CRUMB.search(lines[j]) and is_boilerplate(lines[j])), -1)


#: prose punctuation in a field's value: the value has run on into the text
_PROSE_IN_VALUE = re.compile(r"[，,。；！？]")


def _credit_glued_lead(line: str) -> tuple[str, str] | None:
    """(the field line, the lead) when the last field of a header line is a writer or editor
    whose name runs on into the first sentence of the text, else None.

    Why: a page that sets the info row and the text in one block loses the break between
    them; the lead was then read as the editor's name. The name is the two or three
    characters after the label after which the text goes on with a dictionary word."""
    if not _PROSE_IN_VALUE.search(line):
        return None  # (most header lines: no prose, so no lead glued on; the labels are not sought)
    matches = list(label_pattern().finditer(line))
    if not matches or field_of(matches[-1]) not in ("author", "editor"):
        return None
    start = matches[-1].end()
    value = line[start:]
    stop = _PROSE_IN_VALUE.search(value)
    if stop is None or stop.start() < 6 or " " in value[:stop.start()].strip():
        return None
    for k in (3, 2):
        name, rest = value[:k], value[k:]
        if bare_writer_name(name) and _opens_with_word(rest):
            return line[:start + k], rest
    return None


def _opens_with_word(text: str) -> bool:
    """Whether ``text`` opens with a dictionary word of two or more characters."""
    return any(known_word(text[:n]) for n in (4, 3, 2))


def _opens_text(line: str) -> bool:
    """Whether ``line`` reads as the first paragraph of the text: long, or closed like a sentence."""
    return len(line) > 30 or _SENTENCE_END.search(line) is not None


def _above_fields(line: str) -> bool:
    """True when ``line`` is a header field line (发布时间：…, 来源：…, a bare
    timestamp, or a date opening a short info row: 2022-05-13 648 返回列表): the
    line right above it is where a page sets its headline."""
    line = _TITLE_BULLET.sub("", line, count=1)  # (• 文章来源：某某, • 作者:发布时间:…)
    return bool(label_pattern().match(line) or _BARE_DATE.match(line)
                or (_LEAD_DATE.match(line) and is_info_line(line)))


#: how many furniture lines between a headline and its info line are passed over
_FURNITURE_SKIP = 3


def _above_fields_past_subtitle(lines: list[str], j: int) -> bool:
    """Whether ``lines[j]`` is a header field line, or a subtitle opened by a dash
    (—— 某支部开展五月主题党日活动) with the field line under it. Why: a page may set
    its subtitle between the headline and its info line, and the headline under
    the crumbs was then taken for a subtitle of the site's column. Furniture between
    them (a QR code's label, 二维码) is passed over."""
    end = min(j + _FURNITURE_SKIP, len(lines) - 1)
    while j < end and is_boilerplate(lines[j]) and not _above_fields(lines[j]):
        j += 1  # (an info line that also holds furniture, 字体:【大 中 小】, is still the info line)
    if _above_fields(lines[j]):
        return True
    return lines[j].startswith(("—", "-")) and j + 1 < len(lines) and _above_fields(lines[j + 1])


@resources.derived
def _column_names() -> frozenset[str]:
    """Generic news-column names (resources/column_names.txt)."""
    return frozenset(resources.load_lines("column_names.txt"))


#: the dash a subtitle opens with
_LEADING_DASH = re.compile(r"^\s*(?:[—–]{1,2}|[-－]{1,2})\s*")
#: a column's name by its ending (公司要闻, 气象新闻, 某协会动态, 新闻资讯): no headline names a column
_COLUMN_TITLE = re.compile(r"^[\u4e00-\u9fff]{0,8}(?:要闻|动态|新闻|资讯)$")


def _column_title(title: str) -> bool:
    """Whether the headline taken is only a site's column (a generic name, or a short
    line ending in 要闻/动态/新闻/资讯). Why: when a paste holds the columns but not the
    headline, the last column was kept as the title; a missing title is null (GUIDE §1)."""
    return title in _column_names() or _COLUMN_TITLE.match(title) is not None


def _column_above_fields(lines: list[str], i: int) -> bool:
    """True when ``lines[i]`` is a column name (党建工作) right above a header field
    line: the paste left the headline out, and the column is no title."""
    return len(lines[i]) <= _COLUMN_MAX and lines[i] in _column_names() and i + 1 < len(lines) \
        and _above_fields(lines[i + 1])


def _broken_date(lines: list[str], i: int) -> tuple[str, int] | None:
    """(the date, its last line) of a year alone on line ``i`` followed by a
    month-day line (and perhaps a time line), or None. Why: some pages set
    the date out as a block of three lines above the text; read line by line
    the year was taken for the headline and the date was lost."""
    if not _YEAR_LINE.match(lines[i]) or i + 1 >= len(lines) or not _MONTH_DAY_LINE.match(lines[i + 1]):
        return None
    date = normalize_date(f"{lines[i].rstrip('年').strip()}-{re.sub(r'[^0-9]+', '-', lines[i + 1]).strip('-')}")
    if date is None:
        return None
    last = i + 2 if i + 2 < len(lines) and _TIME_LINE.match(lines[i + 2]) else i + 1
    return date, last


#: how many names a byline without labels may hold
_NAME_LINE_MAX = 4


def _name_line(line: str) -> list[str]:
    """The names of a line that holds nothing but one to four personal names
    (张某 李某, 张某、李某), each of two or three characters led by a known
    surname (credits.looks_like_person); else []. Why: pasted reports often
    keep the byline under the headline without its label, and its names were
    lost as a header line."""
    tokens = [t for t in _NAME_LINE_TOKENS.split(line.strip()) if t]
    if not 1 <= len(tokens) <= _NAME_LINE_MAX or any(not 2 <= len(t) <= 3 or not looks_like_person(t) for t in tokens):
        return []
    return tokens


@resources.derived
def _picture_labels() -> frozenset[str]:
    """The labels of photographers, producers and reviewers (图片, 摄影, 制作, 审核), slashes dropped."""
    w = words()
    return frozenset(r.rstrip("/／") for r in [*w["photo_roles"], *w["producer_roles"], *reviewer_roles()])


def _picture_credit(line: str) -> bool:
    """A short line of nothing but photographer or producer credits (图片：甲 乙, 摄影/甲 制作/乙).

    Why: no field label reads such a line, so it stayed in the body as a
    paragraph; its people are kept on the page (_add_credited), not lost.
    """
    if len(line) > _PICTURE_LINE_MAX:
        return False
    photographers, reviewers, producers = credited_people(line)
    if not photographers and not producers:
        return False
    credited = {*photographers, *reviewers, *producers} | _picture_labels()
    return all(t in credited for t in _CREDIT_TOKENS.split(line.strip("（）()【】[] ")) if t)


#: how long a closing outlet-and-date line (某某时报 2015/02/17) may be
_OUTLET_FOOTER_MAX = 30


def _outlet_footer(line: str) -> tuple[str, str] | None:
    """(outlet, date) of a closing line that names a publication and a date and nothing else.

    Why: a report copied from a newspaper may close with 「某某时报 2015/02/17」, the
    outlet that published it and the day it did (GUIDE §1: source and date); as a
    paragraph it was read as body text and the page had neither field. Only a
    publication counts (is_media): a unit and a date closing a notice sign a document.
    """
    if len(line) > _OUTLET_FOOTER_MAX or not is_info_line(line):
        return None
    outlet = unlabelled_outlet(line)
    if not outlet or not is_media(outlet) or not (date := normalize_date(line)):
        return None
    rest = line.replace(outlet, " ")
    if _WORD_CHAR.search(TIME.sub(" ", DATE_TIME.sub(" ", rest))):
        return None  # more words than the outlet and the date: a sentence, not a stamp
    return outlet, date


#: how long a closing signature line (党政办 某某) may be
_SIGNATURE_MAX = 16
#: most names a closing signature line holds after its unit
_SIGNATURE_NAMES = 3


def _closing_signature(line: str) -> list[str]:
    """The names of a last line that is a unit and one to three personal names, with
    no label (``党政办 某某``, ``校团委 甲 乙``); else []. Why: reports sign off with
    the writer's office and name; left in the body the line was a paragraph of
    text and its writer no person. With no label it names no author of record
    (GUIDE §1), as a bare （某某） does not."""
    if len(line) > _SIGNATURE_MAX:
        return []
    tokens = [t for t in _NAME_LINE_TOKENS.split(line.strip()) if t]
    if len(tokens) < 2 or not unit_word(tokens[0]):
        return []
    names = _name_line(" ".join(tokens[1:]))  # (the names after the unit read as a byline's)
    return names if len(names) <= _SIGNATURE_NAMES else []


def _bracketed_credit(line: str, opening: bool = False) -> dict[str, str] | None:
    """The fields of a credit line wholly in brackets, or None when the line is no such credit.

    ``（作者：某县检察院 某某 编辑：某某）`` holds two fields: each label ends
    the value before it, so the editor is no second writer. ``(文:某某)`` is
    read like ``(文/某某)``. The first label must name a credited field: a line
    of reviewers (（一审：某某 二审：某某）) stays in the body, where its names are people.
    ``opening``: the line stands above the body, where a bare name ((某某)) is the byline.
    """
    if line[:1] not in "(（[【":
        return None
    m = _BRACKETED.match(line) or _unclosed_credit_row(line)
    if m is None:
        return None
    inner = _credit_row_parts(m["inner"])
    one = _CREDIT_LINE.match(line)
    if one is None and opening and _bare_byline(inner):
        return {"author": " ".join(inner.split())}
    if one is None:
        first = label_pattern().match(inner)
        if first is None or field_of(first) not in _CREDIT_FIELDS:
            return None
        if _PROSE_MARK.search(inner):
            return None
    found = split_fields(inner)
    if not found and one is not None:  # （编辑/某某）: a slash, which no field label takes
        found = {_ONE_LABEL.get(one["label"], "reviewer"): one["value"]}
    return found


def _bare_byline(inner: str) -> bool:
    """A bracketed line holding only one or two personal names with no label ((某某), (某某 某某)).
    Why: a page's byline is often set as a line of its own in brackets with the label left out;
    read as a headline, the name hid the page's real title or stood in for it. Only above the
    body: a bare name closing the text is a person with role 作者 and leaves the author empty
    (GUIDE §1)."""
    names = inner.split()
    return 0 < len(names) <= 2 and all(bracketed_byline_name(n) for n in names)


#: the semicolons a credit row may set between its fields ((文:甲;图:乙;编辑:丙))
_ROW_SEMICOLON = re.compile(r"[；;]")
#: one field of such a row: a short label (文, 图, 审核, 责任编辑) and its mark, then the value
_ROW_PART = re.compile(r"[\u4e00-\u9fff]{1,4}\s*[:：/／]\s*\S")


def _credit_row_parts(inner: str) -> str:
    """A credit row's fields parted by semicolons, written with blanks instead when
    every part opens with a short label and its mark. Why: a semicolon is prose punctuation to the test
    above and ends no field value to ``split_fields``, so the row stayed in the body
    or its editor ran into the reviewer's value; a part with no label keeps the row as written."""
    if ";" not in inner and "；" not in inner:
        return inner
    parts = [p.strip() for p in _ROW_SEMICOLON.split(inner)]
    return " ".join(p for p in parts if p) if all(_ROW_PART.match(p) for p in parts if p) else inner


def _unclosed_credit_row(line: str) -> re.Match[str] | None:
    """A credit row opened by a bracket the page never closed (``【作者:甲 来源:某支部 责编:乙``).

    Why: copied from a page that put the closing bracket on another line or lost it,
    the row is still a footer of two or more labelled fields; read as prose, its 来源
    was lost. One label alone after an open bracket may open a sentence, so two are needed.
    """
    m = _OPEN_BRACKETED.match(line)
    if m is None or len(label_pattern().findall(m["inner"])) < 2:
        return None
    return m


def _take_credits(fields: dict[str, str | None], found: dict[str, str]) -> None:
    """A bracketed credit's writer, editor and source, where the header gave none."""
    for fname, raw in found.items():
        if fname in _CREDIT_FIELDS and raw and not fields.get(fname):
            fields[fname] = field_value(fname, raw)


_LEADING_BRACKET = re.compile(r"^([(（\[【][^()（）\[\]【】]{2,60}?[)）\]】])\s*(\S.*)$")


def _leading_credit(line: str) -> tuple[dict[str, str], str] | None:
    """(fields, the rest) of a line opened by a bracketed credit and going on with text,
    or None. Without this the whole line was read as one long credit value."""
    m = _LEADING_BRACKET.match(line)
    if m is None:
        return None
    found = _bracketed_credit(m[1])
    return (found, m[2]) if found else None


def _add_credited(page: ParsedPage, line: str) -> None:
    """Photographers and reviewers of a credit line that leaves the body, kept on the page."""
    add_credit_line(page, line)


def _text_credit(body: list[str]) -> str | None:
    """A labelled credit written into the text: ``……电（记者 某某）`` or a closing ``（记者 某某）``."""
    if not body:
        return None
    # a photo caption (会议现场。) may stand before the lead, as the HTML parser allows
    names = dateline_author(body[0]) or (dateline_author(body[1]) if len(body) > 1 else []) \
        or trailing_author(body[-1], labelled_only=True)
    return "、".join(names) if names else None


def _short_field_line(line: str) -> bool:
    """A short line of labelled fields; a sentence closed before the first label
    (……主持。（撰稿人：某某）) makes it a paragraph with a credit, not a header."""
    if len(line) > 80:
        return False
    if (m := _LEADING_BRACKET.match(line)) and _PROSE_MARK.search(m[2]):
        return False  # （一审：某某）近日，……: a paragraph opened by a bracket
    first = label_pattern().search(line)
    if first is None or _SENTENCE_END_BEFORE.search(line, 0, first.start()):
        return False
    return bool(split_fields(line))


def _furniture_fields(line: str, fields: dict[str, str | None]) -> None:
    """Fields on a line dropped as furniture: ``（来源：某报 记者 某某）``, ``日期：… 字体：【大 中 小】``."""
    found = split_fields(line.strip("（）()【】[] "))
    for fname, raw in found.items():
        if raw and not fields.get(fname):
            fields[fname] = field_value(fname, raw)
    if found and not fields.get("date") and is_info_line(line) and (d := normalize_date(line)):
        fields["date"] = d


def _offer_editor(fields: dict[str, str | None], ranks: dict[str, int], outranked: list[str],
                  value: str | None, line: str) -> None:
    """Take ``value`` as the editor unless one read under an equal or better label is set.

    Why: pages may credit a 文字编辑, an 编辑 and a 责任编辑 on separate lines;
    the editor of record is the best-ranked one (credits.editor_rank), not the first.
    The editor that loses goes to ``outranked``: still a person of the article."""
    if not value:
        return
    rank = line_editor_rank(line)
    old = fields.get("editor")
    if not old or rank < ranks.get("editor", 0) or (
            rank == ranks.get("editor", 0) and not _names_people(old) and _names_people(value)):
        # (编辑：今日某区 in the header, 编辑：某某 closing the text: the person is the editor)
        fields["editor"] = value
        ranks["editor"] = rank
        value = old
    if value and value != fields["editor"] and value not in outranked:
        outranked.append(value)


def _names_people(value: str) -> bool:
    """Whether an editor value names at least one person (not an outlet or a desk)."""
    return any(looks_like_person(n) and not is_media(n) for n in value.split("、"))


def _more_writers(old: str | None, new: str | None) -> str | None:
    """The writers of ``old`` and then those of ``new`` not yet named, joined by 、.

    Why: a footer may credit its writers on separate lines (记者|甲 then 文字|乙);
    the first line filled the field and the second writer was lost, no person at all.
    """
    if not new:
        return old
    names = old.split("、") if old else []
    names += [n for n in new.split("、") if n not in names]
    return "、".join(names)


def _label_only(line: str) -> str | None:
    """The person field (author, editor) of a footer line that is its label alone
    (「责任编辑：」), else None. Why: some pages set the editor's name on the line
    under the label, and the name was left in the body as a paragraph."""
    found = split_fields(line)
    if len(found) != 1:
        return None
    (fname, raw), = found.items()
    return fname if not raw and fname in ("author", "editor") else None


def _take_footer_names(fields: dict[str, str | None], ranks: dict[str, int], outranked: list[str],
                       fname: str, names: str, label_line: str) -> None:
    """Names read under a footer label alone on its line (_label_only), as _footer_field takes a value."""
    if fname == "editor":
        _offer_editor(fields, ranks, outranked, names, label_line)
    else:
        fields[fname] = _more_writers(fields.get(fname), names)


def _footer_field(line: str, fields: dict[str, str | None], ranks: dict[str, int], outranked: list[str]) -> bool:
    """A trailing ``编辑：某某`` / ``来源：某网`` line after the body.

    A longer line is a footer only when it is a row of two or more labelled
    fields without prose punctuation (来源:某部  编辑:某某  一审:某某  二审:某某).
    """
    if len(line) > 40 and (len(line) > 120 or _PROSE_MARK.search(line)
                           or len(label_pattern().findall(line)) < 2):
        return False
    found = split_fields(line)
    if not found or label_pattern().match(line) is None:
        return False
    for fname, raw in found.items():
        if raw and fname == "editor":
            _offer_editor(fields, ranks, outranked, field_value(fname, raw), line)
        elif raw and fname == "author" and fields.get(fname):
            fields[fname] = _more_writers(fields[fname], field_value(fname, raw))
        elif raw and not fields.get(fname):
            fields[fname] = field_value(fname, raw)
    return True
