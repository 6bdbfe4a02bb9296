"""Names in credits: bracketed bylines, trailing name runs, joined names,
and untitled names joined by 、/和 to a name already found.
"""
from __future__ import annotations

import re

from reportmine.extract.people.lexicon import _BARE_PART, _BYLINE_GAP
from reportmine.extract.people.names import (
    _Ctx, _Mention, _left_score, _masked, _not_mention, _plausible,
    _DOTS, _minority_name_at, _rare_name_at, _right_score, _surname_len, parse_name_at, parse_name_before,
)
from reportmine.extract.people.titles import _list_item_end
from reportmine.names import common_word, is_cjk, joined_split
from reportmine.parse.credits import postfix_writer_labels


_BARE_ROLE = re.compile(r"(?:摄影|摄|供图|供稿|报道)$")
# the bare names may be followed by a bar and a labelled credit: （某某 || 责任编辑 某某）
# the writer's unit may open the bracket: （某县纪委宣教室 某某 某某）, glued to the
# name only before 供稿 (（第一党支部某某某供稿）), where the role marks where the name ends
# or stand before a colon: （某市妇联：某某）; a broadcaster (台) files as a unit does:
# （某区广播电视台 某某）, round 68; so does a town or street (镇, 乡, 街道) that files its own
# news: （某县某某镇 某某）, round 69
_BARE_UNIT = r"[\u4e00-\u9fff]{1,14}(?:部|办|科|处|室|委|局|院|中心|站|所|组|队|社|联|会|总支|台|镇|乡|街道)"
_BARE_CREDIT = re.compile(rf"[(（]\s*(?:{_BARE_UNIT}\s*[:：]\s*|{_BARE_UNIT}[ \t\u3000]+|{_BARE_UNIT}(?=[\u4e00-\u9fff]{{2,3}}供稿[)）]))?"
                          r"([\u4e00-\u9fff]{2,4}(?:[ \t\u3000、]+[\u4e00-\u9fff]{2,4}){0,3}|[\u4e00-\u9fff]{2,3}供稿)\s*"
                          r"(?:[|｜丨]{1,2}\s*(?P<rest>[^()（）\n|｜丨]{3,30}))?[)）][ \t\u3000]*")


# credits with the role written after the name and a slash, in a bracket closing a
# paragraph or filling a line of their own: （某某/文 某某/图 某某/审核）
_POSTFIX_BRACKET = re.compile(r"(?:[(（]([^()（）\n]{4,60})[)）]|^([^()（）\n。，,]{4,60}))[ \t\u3000]*$", re.M)
_POSTFIX_ITEM = re.compile(r"([\u4e00-\u9fff]{2,4})[ \t\u3000]*[/／][ \t\u3000]*([\u4e00-\u9fff]{1,4})(?=[ \t\u3000、，,;；]|$)")


#: what follows a bracket that opens a paragraph when the bracket is the byline:
#: the date or time word the report's first sentence starts with ((某某)3月11日, (某某)近日,
#: (某某 某某)连日来)
_DATED_OPENING = re.compile(r"[0-9０-９]{1,4}[年月日]|[一二三四五六七八九十]{1,3}月|近日|日前|昨天|今天|昨日|今日"
                            r"|连日来|近期|近来|今年以来|近年来|上周|本周")


def _opens_dated_paragraph(text: str, start: int, end: int) -> bool:
    """Whether the bracket at ``start:end`` opens a paragraph and a date follows it.

    (某某)3月11日,市公安局召开……: with no label, a name in brackets before the
    first sentence's date is the writer, as a bare bracket closing the text is;
    a bracket mid-sentence, or one not followed by a date, is left alone.
    """
    if start > 0 and text[start - 1] != "\n":
        return False
    return _DATED_OPENING.match(text, end) is not None


# bare names closing the text after its last sentence, set apart by spaces or by a
# newspaper's byline mark (……整改工作。 某某 某某; ……的汇报。■某某): the writers' byline
_TRAILING_NAMES = re.compile(r"(?<=[。！？”])(?:[ \t\u3000]*■[ \t\u3000]*|[ \t\u3000]+)([\u4e00-\u9fff]{2,3}(?:[ \t\u3000]+[\u4e00-\u9fff]{2,3}){0,3})\s*$")


def _trailing_byline(ctx: _Ctx) -> list[_Mention]:
    """Writers named bare at the very end of the text (……整改工作。 某某 某某; ……汇报。■某某).

    A lone token after a sentence may be a stray word, so every token must open
    with a surname and be no common word, and one must read as a plausible name;
    a given name holding a word character (某要党) passes beside it."""
    tail = ctx.text[-40:]
    m = _TRAILING_NAMES.search(tail)
    if m is None:
        return []
    base = len(ctx.text) - len(tail) + m.start(1)
    found, plausible = [], False
    for part in re.finditer(r"[\u4e00-\u9fff]+", m.group(1)):
        s, e = base + part.start(), base + part.end()
        slen = _surname_len(ctx, s)
        if not slen or common_word(ctx.text[s:e], 50, places=True):
            return []  # 全面从严 治党: every token opens with a surname and is no word
        plausible = plausible or _plausible(ctx, ctx.text[s:e], slen)
        found.append(_Mention(s, e, roles=["作者"]))
    return found if plausible else []  # one token at least reads as a name


# a photo caption's credit: the name and 摄 set apart by a blank, closing the caption's
# line after its last sentence (图为……开展警示教育。某某 摄)
_CAPTION_PHOTO = re.compile(r"(?<=[。！？”])[ \t\u3000]*([\u4e00-\u9fff]{2,3})[ \t\u3000]+摄[ \t\u3000]*$", re.M)


def _caption_photographers(ctx: _Ctx) -> list[_Mention]:
    """Photographers credited under a caption (……开展警示教育。某某 摄), role 摄影.

    No label opens such a credit, so the name must open with a surname and be no
    ordinary word; the frame is strong enough that the dictionary test of a given
    name is not asked (某家财: 家财 is a word, the credit still a name)."""
    text = ctx.text
    if "摄" not in text:
        return []
    out = []
    for m in _CAPTION_PHOTO.finditer(text):
        s, e = m.span(1)
        slen = _surname_len(ctx, s)
        if slen and not common_word(text[s:e], 50, places=True) and _plausible(ctx, text[s:e], slen, soft=False):
            out.append(_Mention(s, e, roles=[ctx.lex.credit_roles.get("摄", "摄影")]))
    return out


def _names_a_body(ctx: _Ctx, word: str) -> bool:
    """Whether the text writes ``word`` elsewhere right before a local body's name (某盛居民区).

    A bare bracketed credit may open with the writers' unit in its short form
    (（某盛 某某）), which reads like a two-character name; the body's full name in
    the text tells it apart. Called once per item of a closing credit only."""
    tail_re = ctx.lex.credit_body_tail_re
    if tail_re is None:
        return False
    text, n = ctx.text, len(word)
    i = text.find(word)
    while i >= 0:
        if tail_re.match(text, i + n):
            return True
        i = text.find(word, i + 1)
    return False


def _credit_mentions(ctx: _Ctx) -> list[_Mention]:
    """Bylines in the body (记者 王某, 编辑:李某) and a bare (某某) at the very end."""
    text, lex = ctx.text, ctx.lex
    out = []
    matches = list(lex.credit_re.finditer(text)) + [
        m for m in (lex.short_credit_re.finditer(text) if any(c in text for c in ":：/|") else ())
        if m.start() == 0 or not is_cjk(text[m.start() - 1])]
    for m in matches:
        label = m.group("label")
        role = lex.credit_roles[label]
        pos = m.start("names")
        first = True
        last_end = None
        while pos < len(text):
            item_end = _list_item_end(text, pos)
            label = lex.credit_re.search(text, pos + 2, item_end + 6) if item_end - pos > 3 else None
            if label is not None and label.start() < item_end:
                item_end = label.start()  # 供稿某某某编辑: the next label ends the name
            else:
                label = None
            hit = parse_name_at(ctx, pos, item_end=item_end) or _rare_name_at(ctx, pos, item_end=item_end) \
                or _minority_credit_name(ctx, pos, item_end)
            if (hit is None or _right_score(ctx, hit[1]) == 0) and not first:
                # later items of a byline list are names even with a rare surname
                # pos + n must stay inside the text: a short slice at the end
                # passed the character test and gave a span past the end
                hit = next(((pos, pos + n) for n in (3, 2)
                            if pos + n <= len(text)
                            and all(is_cjk(c) and c not in ctx.lex.bad for c in text[pos:pos + n])
                            and _right_score(ctx, pos + n) >= 2
                            and text[pos:pos + n] not in ctx.lex.credit_roles
                            and not common_word(text[pos:pos + n], 50, places=True)), None)
            if first and (hit is None or _right_score(ctx, hit[1]) == 0) and not label:
                joined = _joined_credit_names(ctx, pos, item_end)
                if joined:
                    out.extend(_Mention(s, e, roles=[role]) for s, e in joined)
                    break
            if hit is None or (_right_score(ctx, hit[1]) == 0 and not (label and hit[1] == item_end)):
                break
            first = False
            out.append(_Mention(*hit, roles=[role]))
            pos = last_end = hit[1]
            gap = _BYLINE_GAP.match(text[pos:pos + 4])
            if not gap:
                break
            pos += gap.end()
        if last_end is not None:
            out.extend(_postfix_photographer(ctx, last_end))
    # a bare (某某) or (某某、某某) closing the article or a paragraph, or right
    # after a dateline (新华社北京5月26日电（某某、某某）): the reporters
    for bare in (_BARE_CREDIT.finditer(text) if "（" in text or "(" in text else ()):
        after = text[bare.end():bare.end() + 1]
        before = text[:bare.start()].rstrip(" \t\u3000")[-1:]  # 本报讯 （某某）: spaces may stand between
        if not (after in ("", "\n") or before in ("电", "讯") or _opens_dated_paragraph(text, bare.start(), bare.end())):
            continue
        if bare.group("rest") and not lex.credit_re.match(text, bare.start("rest")):
            continue  # after a bar, only a labelled credit (责任编辑 某某) keeps the bracket a credit
        parts = list(_BARE_PART.finditer(bare.group(1)))
        found = []
        for part in parts:
            s, e = bare.start(1) + part.start(), bare.start(1) + part.end()
            if found and part is not parts[-1] and part.group(0) in lex.credit_noise:
                continue  # （某某 实习生 某某）: the second writer's standing, no name
            if found and part is parts[-1] and _BARE_ROLE.fullmatch(part.group(0)):
                # （某某 供稿）, （某某 摄）: the role written apart after the names
                for f in found:
                    f.roles = [ctx.lex.credit_roles.get(part.group(0), "作者")]
                continue
            if not found and part is not parts[-1] and _names_a_body(ctx, text[s:e]):
                continue  # （某盛 某某）: the writers' unit (某盛居民区) before the writer
            role = "作者"
            tail = _BARE_ROLE.search(text, s, e)
            if tail and tail.start() - s >= 2:
                e, role = tail.start(), ctx.lex.credit_roles.get(tail.group(0), "作者")
            slen = _surname_len(ctx, s)
            if not (slen and e - s <= 4 and _plausible(ctx, text[s:e], slen)) \
                    and _rare_name_at(ctx, s, item_end=e) != (s, e):
                break
            found.append(_Mention(s, e, roles=[role]))
        else:
            out.extend(found)
    out.extend(_trailing_byline(ctx))
    out.extend(_caption_photographers(ctx))
    if "/" in text or "／" in text:
        out.extend(_postfix_credits(ctx))
    ctx.add_mentions(out)
    return out


# a byline whose writer's role word follows the name, then a photographer credited the same
# way: （记者 某某 报道 某某 摄影）, （通讯员 某某 文 某某 摄）
_BYLINE_POSTFIX_PHOTO = re.compile(r"[ \t\u3000]*(?:报道|撰稿|文)[ \t\u3000]+([\u4e00-\u9fff]{2,3})[ \t\u3000]*"
                                   r"(摄影|摄|供图)(?=[ \t\u3000)）\n]|$)")


def _postfix_photographer(ctx: _Ctx, end: int) -> list[_Mention]:
    """The photographer after a labelled byline's writer (记者 某某 报道 某某 摄影), role 摄影.

    Why: the byline loop stops at the writer's own role word (报道) written after
    the name, so a second person credited name first, role after, was lost; the
    name must open with a surname and read as a plausible name."""
    m = _BYLINE_POSTFIX_PHOTO.match(ctx.text, end)
    if m is None:
        return []
    s, e = m.span(1)
    slen = _surname_len(ctx, s)
    if not (slen and _plausible(ctx, ctx.text[s:e], slen)) or common_word(ctx.text[s:e], 50, places=True):
        return []
    return [_Mention(s, e, roles=[ctx.lex.credit_roles.get(m.group(2), "摄影")])]


def _minority_credit_name(ctx: _Ctx, i: int, item_end: int) -> tuple[int, int] | None:
    """A Tibetan name of one or two syllables (person_minority_names.txt) as a
    byline item (记者格某卓某, 记者格某卓某实习生边某央某): no family name opens it,
    so the surname readers miss it; the label before frames it, and it must
    fill the item up to the next label or end at punctuation or a cue."""
    syllables = ctx.lex.minority_syllables
    text = ctx.text
    if text[i:i + 2] not in syllables:
        return None
    if text[i + 2:i + 4] in syllables and i + 4 == item_end:
        return i, i + 4
    if i + 2 == item_end:
        return i, i + 2
    return _minority_name_at(ctx, i)


def _postfix_credits(ctx: _Ctx) -> list[_Mention]:
    """Credits written name first, role after a slash (（某某/文 某某/图 某某/审核）).

    The bracket must close its paragraph, or the credits fill a line of their
    own; every item of it must be a name and a slash and a credit label
    (``credit_labels`` and the reviewer labels: 文, 图, 摄影, 审核, 编辑 ...;
    or a writer's joined label the page parser reads too, 文图, 文摄: credit_words.json),
    each name a surname and one or two characters that are no ordinary word;
    one odd item leaves the whole bracket alone (（党委宣传部/供稿） is a unit's).
    """
    text, lex = ctx.text, ctx.lex
    out: list[_Mention] = []
    for m in _POSTFIX_BRACKET.finditer(text):
        g = 1 if m.group(1) is not None else 2
        inner, base = m.group(g), m.start(g)
        items = list(_POSTFIX_ITEM.finditer(inner))
        if not items or re.sub(r"[ \t\u3000、，,;；]", "", _POSTFIX_ITEM.sub("", inner)):
            continue  # something besides credits: a note, not a credit bracket
        found = []
        for item in items:
            label = item.group(2)
            role = lex.credit_roles.get(label) or ("作者" if label in postfix_writer_labels() else None)
            s, e = base + item.start(1), base + item.end(1)
            slen = _surname_len(ctx, s)
            if role is None or not (slen and _plausible(ctx, text[s:e], slen)) \
                    and _rare_name_at(ctx, s, item_end=e) != (s, e):
                break
            found.append(_Mention(s, e, roles=[role]))
        else:
            out.extend(found)
    return out


_CREDIT_CLOSE = frozenset(")）]】\n")


def _joined_credit_names(ctx: _Ctx, i: int, j: int) -> list[tuple[int, int]] | None:
    """Two names written together as a whole credit: （记者周某伟李某）.

    The run from ``i`` to ``j`` must fill the credit up to its closing
    bracket or the line's end; ``split_joined_names`` says how it splits.
    """
    if j < len(ctx.text) and ctx.text[j] not in _CREDIT_CLOSE:
        return None
    k = joined_split(ctx.lex, ctx.text[i:j])
    return [(i, i + k), (i + k, j)] if k else None




def _neighbour_mentions(ctx: _Ctx, mentions: list[_Mention]) -> list[_Mention]:
    """Untitled names joined by 、/和/与/及 to a name already found."""
    text = ctx.text
    taken = {(m.start, m.end) for m in mentions}
    out: list[_Mention] = []
    queue = list(mentions)
    while queue:
        m = queue.pop()
        if m.start >= 2 and text[m.start - 1] in "、和与及":
            # 党章以及习近平: a two-character conjunction (以及) ends the name before it whole
            joint = next((m.start - len(w) for w in ctx.lex.list_joiners
                          if text.startswith(w, m.start - len(w))), m.start - 1)
            hit = parse_name_before(ctx, joint)
            if hit and hit not in taken and _left_score(ctx, hit[0]) >= 1 and not _masked(ctx, *hit):
                taken.add(hit)
                new = _Mention(*hit)
                out.append(new)
                queue.append(new)
        if m.end < len(text) - 1 and text[m.end] in "、和与及":
            # after a transliterated name the next one may be transliterated too
            # (外科医生罗某特、威某逊，…: a run of three read as after a foreign post)
            foreign = m.end - m.start >= 3 and all(c in ctx.lex.translit or c in _DOTS for c in text[m.start:m.end])
            hit = parse_name_at(ctx, m.end + 1, foreign=foreign, item_end=_list_item_end(text, m.end + 1)
                                if text[m.end] == "、" else None)
            if hit and hit not in taken and not ctx.lex.title_re.match(text, m.end + 1) \
                    and _right_score(ctx, hit[1]) >= 1 and not _not_mention(ctx, *hit):
                taken.add(hit)
                new = _Mention(*hit)
                out.append(new)
                queue.append(new)
    ctx.add_mentions(out)
    return out
