"""What each person does (主持, 讲党课, 点评 ...) and the posts they are elected to."""
from __future__ import annotations

import re

from reportmine.extract.matching import last_match
from reportmine.extract.people.lexicon import _CLAUSE_END, _SENT_END
from reportmine.extract.people.names import _Ctx, _Mention, _Title, _right_score
from reportmine.extract.people.titles import _respective_posts, _titles
from reportmine.names import common_word
from reportmine.record import Organization


_GAP_SPLIT = re.compile(r"[、，,\s]+|以及|及|和|与")


def _passes(ctx: _Ctx, gap: str) -> bool:
    """Whether a role cue after the next name still belongs to this one too:
    only punctuation and titles stand between them (组长娄某，副组长王某……到会督导)."""
    for piece in _GAP_SPLIT.split(gap):
        if not piece or piece in ("同志", "等"):
            continue
        group = ctx.lex.group_re
        if group is not None and len(piece) <= 24 and any(
                m.end() == len(piece) for m in group.finditer(piece)):
            continue  # 区委组织部干部: a group word stands where a title would
        if len(piece) > 24 or not any(ctx.lex.prefix_head_re.fullmatch(piece, len(piece) - n)
                                      for n in range(1, min(len(piece), 8) + 1)):
            return False
    return True


def _cue_taken(ctx: _Ctx, m: _Mention, cue: re.Match[str], org_spans: list[tuple[int, int]]) -> bool:
    """Whether a role cue found after the mention ``m`` is a role of it.

    Not when the cue lies inside an organization's name (某某，全国医院党建工作
    指导委员会专家: 指导 is no act), when it follows a verb reporting what the
    person said or thought and no resume word brings the narrative back
    (某某认为，班子对照检查深刻: what was said; 某某表示肯定，并提出要求: a role), or
    when its clause opens with another group as subject (甲参加会议，部分委员列席)."""
    text, lex = ctx.text, ctx.lex
    s = cue.start()
    if any(a <= s and cue.end() <= b for a, b in org_spans):
        return False
    if lex.reported_re is not None:
        said = last_match(lex.reported_re, text, m.end, s)
        if said is not None and (lex.resume_re is None or not lex.resume_re.search(text, said.end(), s)):
            return False
    comma = max(text.rfind("，", m.end, s), text.rfind(",", m.end, s))
    return comma < 0 or not lex.new_subject.after(text, comma + 1)


def _speech_owner(ctx: _Ctx, m: _Mention) -> bool:
    """Whether the words right after the name make it the owner of a speech
    being studied (传达……和某某同志在座谈会上的讲话精神，分别听取了……点评):
    the cues later in the sentence are others' acts."""
    text, lex = ctx.text, ctx.lex
    if lex.speech_owner_re is not None and lex.speech_owner_re.match(text, m.end):
        return True
    if lex.speech_spirit_re is None:
        return False
    # 学习……和省委书记某某参加……民主生活会讲话精神，: the clause names the speech,
    # unless the name acts on it (某某传达了……讲话精神, 某某领学……讲话精神)
    end = _CLAUSE_END.search(text, m.end)
    sent = _SENT_END.search(text, m.end)
    stop = min(end.start() if end else len(text), sent.start() if sent else len(text))
    if not lex.speech_spirit_re.search(text[m.end:stop]):
        return False
    k = m.end + (2 if text.startswith("同志", m.end) else 0)
    return not lex.object_verbs.after(text, k) and lex.role_re.search(text, m.end, stop) is None


def _roles(ctx: _Ctx, mentions: list[_Mention], organizations: list[Organization] | None = None) -> None:
    """Give each mention the role cues after it, up to the next named person.

    ``mentions`` are sorted by start. Names in one list or title run share the
    cue that follows the whole run (A、B到会督导, 组长甲，副组长乙到会督导): the
    cue is looked for after the mention and, while only punctuation and titles
    separate it from the next names, after those too; the cues taken run to
    the end of the first cue's clause.
    """
    text, lex = ctx.text, ctx.lex
    # a name that is what is studied (学习某某关于…的重要思想) takes no role and
    # parts no one from the cue after it
    mentions = [m for m in mentions if not _studied(ctx, m.start)]
    org_spans = [sp for o in organizations or () for sp in o.spans]
    credited = set(lex.credit_roles.values())
    for k, m in enumerate(mentions):
        if _speech_owner(ctx, m):
            continue
        if text[m.end:m.end + 1] in ("）", ")") and credited.intersection(m.roles):
            continue  # ……电（记者 某某）中国科协……代表出席: the credit's writer does none of the acts after it
        sent = _SENT_END.search(text, m.end)
        sent_end = sent.start() if sent else len(text)
        pos, j = m.end, k + 1
        cue = None
        while True:
            while j < len(mentions) and mentions[j].start < pos:
                j += 1
            nxt = mentions[j].start if j < len(mentions) and mentions[j].start < sent_end else sent_end
            cue = lex.role_re.search(text, pos, nxt)
            while cue is not None and not _cue_taken(ctx, m, cue, org_spans):
                cue = lex.role_re.search(text, cue.end(), nxt)
            if cue is not None or nxt == sent_end or not _passes(ctx, text[pos:nxt]):
                break
            pos = mentions[j].end
            j += 1
        if cue is None:
            continue
        comma = _CLAUSE_END.search(text, cue.start(), nxt)
        stop = comma.start() if comma else nxt
        while cue is not None and cue.start() < stop:
            role = lex.role_of[cue.lastgroup or cue.group(0)]  # (an object frame by its group)
            if role not in m.roles:
                m.roles.append(role)
            cue = lex.role_re.search(text, cue.end(), stop)
            while cue is not None and not _cue_taken(ctx, m, cue, org_spans):
                cue = lex.role_re.search(text, cue.end(), stop)


def _studied(ctx: _Ctx, i: int) -> bool:
    """Whether the name at ``i`` is the object of a study verb (学习某某总书记关于…
    的重要思想, 学习了某某的讲话): what is studied, so no cue after it is its role."""
    j = i - 1 if ctx.text[i - 1:i] == "了" else i
    return bool(ctx.lex.object_verbs.before(ctx.text, j))


_ELECTED = re.compile(r"当选(?:为)?")
# a body word between 当选为 and the post (村 of 村党支部书记), the body's
# name and the new term the vote opens (当选为某某党支部新一届支部书记: the
# person holds the post from the vote on); only a term still to come (下届,
# 下一届) makes the post one not yet held
_BODY_GAP = re.compile(r"(?:(?!下一?届)[\u4e00-\u9fff])*")
#: how far after 当选为 the post word may start (校部机关第八党支部新一届支部委员会 + 委员)
_ELECTED_REACH = 20
#: the count of the elected names before 同志 (甲、乙4名同志当选, 甲和乙两位同志当选)
_ELECTED_COUNT = re.compile(r"等?(?:[两二三四五六七八九十几]|[0-9]{1,3})[名位]$")
#: a short bracketed note on the elected person (（女）, （回族）) between the name and the vote
_NOTE_BEFORE = re.compile(r"[（(][^（）()，。,；;]{1,6}[）)]$")
_NOTE_REACH = 8
#: a committee written out before its member post (支部委员会委员)
_COMMITTEE = "委员会"
#: what joins the elected names (甲、乙和丙当选)
_LIST_JOINS = ("、", "和", "与", "及")


def _elected_titles(ctx: _Ctx, mentions: list[_Mention]) -> None:
    """甲、乙当选为副主席: the post a vote gives is a title of every name before 当选.

    The post must close its clause (当选为主席，), so that a post that is
    only the start of a longer phrase gives nothing; the body and a new term
    may stand between (当选为某某党支部新一届支部书记).
    """
    text = ctx.text
    if "当选" not in text:
        return  # str search first: the title scan runs only where a vote is told
    by_end = {m.end: m for m in mentions}
    starts = _titles(ctx)  # (already scanned for the title mentions)
    for m in _ELECTED.finditer(text):
        k = m.start()
        while n := ctx.lex.vote_manners.before(text, k):
            k -= n  # 某某全票当选: how the vote went
        if note := _NOTE_BEFORE.search(text, max(0, k - _NOTE_REACH), k):
            k = note.start()  # 某某同志（女）全票当选: a note on the person, as a personnel report writes it
        j = _before_anchor(ctx, k)
        if j not in by_end and j < k and (count := _ELECTED_COUNT.search(text, max(0, j - 5), j)):
            j = count.start()  # 甲、乙4名同志当选: the count closes the list of names
        if j not in by_end:
            continue
        # the first post after 当选为, a body word or two before it allowed (当选为村党支部书记)
        post = next((t for t in starts if m.end() <= t.start <= m.end() + _ELECTED_REACH), None)
        if post is None or not _BODY_GAP.fullmatch(text, m.end(), post.start):
            continue
        posts = _given_posts(ctx, starts, post)
        if not _post_closed(ctx, posts[-1].end):
            continue
        given = [_committee_member(ctx, post) or text[post.start:post.end]]
        given += [text[t.start:t.end] for t in posts[1:]]
        while (hit := by_end.get(j)) is not None:
            for title in given:
                _add_title(hit.titles, title)
            if text[hit.start - 1:hit.start] not in _LIST_JOINS:
                break
            j = hit.start - 1


#: what joins a further post to the one a vote or decision gives (当选为支部副书记兼宣传委员)
_CONCURRENT = "兼"
#: what closes a given post besides punctuation: 并 opening the person's next act
#: (某某当选为主席并作表态发言), never part of a post word
_POST_AND = "并"


def _given_posts(ctx: _Ctx, starts: list[_Title], post: _Title) -> list[_Title]:
    """The post a vote or decision gives and those 兼 joins to it (甲同志为支部副书记兼
    宣传委员 → 支部副书记, 宣传委员): the person holds each, and the last one
    is the one that must close the clause."""
    text = ctx.text
    posts = [post]
    while text.startswith(_CONCURRENT, posts[-1].end):
        k = posts[-1].end + 1
        nxt = next((t for t in starts if t.start >= k), None)
        if nxt is None or nxt.start != k:
            break
        posts.append(nxt)
    return posts


def _post_closed(ctx: _Ctx, j: int) -> bool:
    """Whether a given post ending at ``j`` closes its phrase (当选为主席，, 当选为主席并…),
    so that a post word that only opens a longer phrase gives nothing."""
    return ctx.text.startswith(_POST_AND, j) or _right_score(ctx, j) >= 3


#: a personnel decision that gives the post after 为 to the name before it (任命甲同志为…)
_APPOINT = "任命"
#: how far before the name 任命 may stand (任命渭南军分区原政治部主任|某某为…)
_APPOINT_REACH = 16
#: what may close the post after 为 besides punctuation (…副书记的通知, …主任职务)
_APPOINT_CLOSE = re.compile(r"的(?:通知|决定|命令)|职务")
_ADDRESS = re.compile(r"(?:同志)?为")


def _appointed_titles(ctx: _Ctx, mentions: list[_Mention]) -> None:
    """任命甲同志为中共某县委副书记: the post a personnel decision gives is a
    title of the name, as 当选为 gives one (the GUIDE gives a person every post
    the article gives them). 任命 must open the clause before the name (no
    comma between), and the post closes its clause or is followed by 的通知,
    的决定 or 职务; a body may stand between 为 and the post."""
    text = ctx.text
    _served_titles(ctx, mentions)
    appoint_re = ctx.lex.appoint_re
    if appoint_re is None or appoint_re.search(text) is None:
        return  # one search first, as for 当选
    starts = _titles(ctx)
    by_end = {m.end: m for m in mentions}
    for m in mentions:
        wei = _appointed_post_at(ctx, m)
        if wei is None:
            continue
        post = next((t for t in starts if wei <= t.start <= wei + _ELECTED_REACH), None)
        if post is None or not _BODY_GAP.fullmatch(text, wei, post.start):
            continue
        posts = _given_posts(ctx, starts, post)
        if not _post_closed(ctx, posts[-1].end) and not _APPOINT_CLOSE.match(text, posts[-1].end):
            continue
        given = [text[t.start:t.end] for t in posts]
        for title in given:
            _add_title(m.titles, title)
        if (named := _NAMED_ADDRESS.match(text, m.end)) is not None and named.group(1):
            # 丙、丁两位同志为副镇长: the count closes a list, every name of it holds the post
            j = m.start - 1
            while text[j:j + 1] in _LIST_JOINS and (hit := by_end.get(j)) is not None:
                for title in given:
                    _add_title(hit.titles, title)
                j = hit.start - 1


#: 同志为 after a name, a count of the names listed before it allowed (甲、乙两位同志为…)
_NAMED_ADDRESS = re.compile(r"(等?(?:[两二三四五六七八九十几]|[0-9]{1,3})[名位])?同志为")


def _appointed_post_at(ctx: _Ctx, m: _Mention) -> int | None:
    """Where the post a personnel decision gives the mention ``m`` may start
    (right after its 为), or None.

    任命 opening the clause right before the name gives the post after 为 or
    同志为 (任命甲同志为…); any election or appointment verb earlier in the
    sentence (``appoint_verbs``) gives it after 同志为 written out, so that each
    item of 选举出甲同志为镇长，乙同志为副镇长 holds its own post.
    """
    text = ctx.text
    k = text.rfind(_APPOINT, max(0, m.start - _APPOINT_REACH), m.start)
    if k >= 0 and not _CLAUSE_END.search(text, k, m.start) and not _SENT_END.search(text, k, m.start):
        wei = _ADDRESS.match(text, m.end)
        if wei is not None:
            return wei.end()
    named = _NAMED_ADDRESS.match(text, m.end)
    if named is None or ctx.lex.appoint_re.search(text, ctx.sentence_start(m.start), m.start) is None:
        return None
    return named.end()


def _respective_posts_late(ctx: _Ctx, mentions: list[_Mention]) -> None:
    """Give the posts after 分别任 to a 、 list of names found after the title reader.

    甲、乙分别任组长、副组长 where 甲 and 乙 carry no post of their own: the
    title reader runs before the list reader finds them (``list_verbs``:
    分别任), so ``_respective_posts`` saw no names there. Once every reader
    has run, the same pairing is read again with all names known; a pair
    the title reader already gave is added once only.
    """
    text, lex = ctx.text, ctx.lex
    if not any(w in text for w in lex.respective.words):
        return  # one search first: most articles hold no 分别
    by_span = {(m.start, m.end): m for m in mentions}
    ctx.add_mentions(mentions)
    paired_end = -1
    for t in _titles(ctx):
        if t.start < paired_end:
            continue
        paired = _respective_posts(ctx, t)
        if paired is None:
            continue
        for s, e, post in paired[0]:
            if (m := by_span.get((s, e))) is not None:
                _add_title(m.titles, post)
        paired_end = paired[1]


_COMRADE = "同志"


def _served_titles(ctx: _Ctx, mentions: list[_Mention]) -> None:
    """选举甲同志担任支部书记，乙同志担任支部副书记: a two-character post verb
    (post_verbs: 担任, 兼任) right after a name (and 同志) gives it the post
    after it, a body before the post allowed, where the post closes its clause
    (…担任支部书记，) or is followed by 职务. Not a post the name's 兼任的 only
    describes (免去甲兼任的某院院长职务: a post taken away)."""
    text, lex = ctx.text, ctx.lex
    starts = None
    for m in mentions:
        pos = m.end + len(_COMRADE) if text.startswith(_COMRADE, m.end) else m.end
        n = lex.post_verbs.after(text, pos, 2)
        if not n or text[pos + n:pos + n + 1] == "的":
            continue
        if starts is None:
            starts = _titles(ctx)
        post = next((t for t in starts if pos + n <= t.start <= pos + n + _ELECTED_REACH), None)
        if post is None or not _BODY_GAP.fullmatch(text, pos + n, post.start):
            continue
        if _right_score(ctx, post.end) < 3 and not _APPOINT_CLOSE.match(text, post.end):
            continue
        _add_title(m.titles, text[post.start:post.end])


def _committee_member(ctx: _Ctx, post: _Title) -> str | None:
    """The post a member of a written-out committee holds (支部委员会委员 -> 支部委员),
    or None: the bare 委员 after 委员会 names no post alone, and the guide
    writes the member of a branch committee 支部委员."""
    text = ctx.text
    k = post.start - len(_COMMITTEE)
    if post.text != "委员" or k <= 0 or not text.startswith(_COMMITTEE, k):
        return None
    n = ctx.lex.quals.before(text, k)
    return text[k - n:k] + post.text if n else None


def _before_anchor(ctx: _Ctx, j: int) -> int:
    """Where a name ends that an address word (同志, 先生) ending at ``j``
    follows (某某同志当选为…), else ``j``: the vote is the named person's."""
    for k in range(max(0, j - 3), j - 1):
        m = ctx.lex.after_anchor_re.match(ctx.text, k)
        if m is not None and m.end() == j:
            return k
    return j


def _inside_word(text: str, s: int, e: int) -> bool:
    """A two-character name seen inside an ordinary word (高明 in 提高明显)."""
    if e - s != 2:
        return False
    return (s > 0 and common_word(text[s - 1:s + 1], 100)) or (
        e < len(text) and common_word(text[e - 1:e + 1], 100))


def _add_title(titles: list[str], new: str, deputies: bool = False) -> None:
    """Add a post, or let it widen or join one already held (书记 in 党委书记).

    With ``deputies`` (both written in one chain before the name), a deputy
    post and its head (副董事长, 董事长) are two posts, though one contains the
    other: 副董事长、董事长某某 holds both; so are a bare head and the same post
    in a body named before it (局长, 文物局局长: ``_own_body_pair``). Across mentions the head alone is
    the writer's short form (副书记某某 … 某某书记), so it joins the deputy post."""
    for k, old in enumerate(titles):
        if deputies and _two_posts(old, new):
            continue
        if new in old:
            return
        if old in new:
            titles[k] = new
            return
    titles.append(new)


#: the mark of a deputy post (副董事长 beside 董事长)
_DEPUTY = "副"


def _two_posts(a: str, b: str) -> bool:
    """Whether two posts written in one chain before a name, one inside the other,
    are two posts held, not one post and its short form: a deputy and its head
    (``_deputy_pair``), or a bare head and the same post in a body named before it
    (``_own_body_pair``)."""
    return _deputy_pair(a, b) or _own_body_pair(a, b)


def _own_body_pair(a: str, b: str) -> bool:
    """Whether the longer post is the shorter held in a body of its own, named
    right before it (文物局局长 and 局长, 医学院院长 and 院长): the body's last
    character repeats the post's first. Written in one chain
    (某局党组书记、局长、文物局局长), the bare head is the post of the chain's
    first body, so the two are two posts, as a deputy and its head are."""
    long, short = (a, b) if len(a) > len(b) else (b, a)
    return len(long) > len(short) + 1 and long.endswith(short) and long[-len(short) - 1] == short[0]


def _deputy_pair(a: str, b: str) -> bool:
    """Whether one post is the deputy of the other: the longer ends with the
    shorter and 副 comes right before it (副董事长 and 董事长, 党委副书记 and 书记)."""
    long, short = (a, b) if len(a) > len(b) else (b, a)
    return len(long) > len(short) and long.endswith(short) and long[-len(short) - 1] == _DEPUTY
