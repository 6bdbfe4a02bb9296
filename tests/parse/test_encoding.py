"""Bytes to text: BOM, declared charsets, GBK read as GB18030, broken bytes."""
from __future__ import annotations

import codecs

from reportmine.parse import parse_bytes
from reportmine.parse.encoding import decode, declared_encoding, normalize_encoding

BODY = "青禾县纪委监委召开专题民主生活会，县纪委书记、县监委主任邝启明主持会议并作总结讲话。"
BODY2 = "会议通报了上年度民主生活会整改落实情况，班子成员逐一进行对照检查，开展批评和自我批评。"


def page(charset: str | None, title: str = "青禾县纪委监委召开专题民主生活会") -> str:
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if charset else ""
    return (f"<html><head>{meta}<title>{title}_青禾廉政网</title></head><body>"
            f"<h1>{title}</h1><div>发布时间：2022-01-05</div><p>{BODY}</p><p>{BODY2}</p></body></html>")


def test_gb2312_and_gbk_are_read_as_gb18030():
    assert normalize_encoding("GB2312") == "gb18030"
    assert normalize_encoding("gbk") == "gb18030"
    assert normalize_encoding("no-such-codec") is None


def test_gbk_only_character_under_a_gb2312_label():
    data = page("gb2312").replace("邝启明", "邝镕明").encode("gbk")  # 镕 is outside GB2312
    assert declared_encoding(data) == "gb18030"
    text, enc, warnings = decode(data)
    assert enc == "gb18030" and "邝镕明" in text and not warnings
    parsed = parse_bytes(data, name="x.html")
    assert parsed.title == "青禾县纪委监委召开专题民主生活会"
    assert "邝镕明" in parsed.text


def test_utf8_bom_wins_over_a_wrong_declaration():
    data = codecs.BOM_UTF8 + page("gb2312").encode("utf-8")
    parsed = parse_bytes(data, name="x.html")
    assert parsed.encoding == "utf-8"
    assert parsed.title == "青禾县纪委监委召开专题民主生活会"
    assert parsed.paragraphs == [BODY, BODY2]


def test_undeclared_gbk_is_detected():
    data = page(None).encode("gbk")
    text, enc, _ = decode(data)
    assert enc == "gb18030"
    assert BODY in text


def test_invalid_bytes_are_replaced_and_reported():
    good = page("utf-8").encode("utf-8")
    cut = good.index(BODY.encode("utf-8")) + 6
    data = good[:cut] + b"\xff\xfe" + good[cut:]
    parsed = parse_bytes(data, name="x.html")
    assert parsed.warnings, "a broken byte must leave a warning on the record"
    assert parsed.title == "青禾县纪委监委召开专题民主生活会"
    assert len(parsed.paragraphs) == 2


def test_truncated_double_byte_in_gbk_page():
    raw = page("gbk").encode("gbk")
    cut = raw.index(BODY.encode("gbk")) + 10
    data = raw[:cut] + raw[cut:cut + 1] + b"<" + raw[cut + 1:]  # half a character
    text, enc, warnings = decode(data)
    assert enc == "gb18030"
    assert warnings
    assert "青禾县纪委监委" in text


# An undeclared page in Big5 (Hong Kong, Macao, Taiwan sites): GB18030 accepts its
# bytes too, so the common characters of each reading decide.
BIG5_TITLE = "青禾縣紀委監委召開專題民主生活會"
BIG5_BODY = "青禾縣紀委監委召開專題民主生活會，縣紀委書記、縣監委主任鄺啓明主持會議並作總結講話。"
BIG5_BODY2 = "會議通報了上年度民主生活會整改落實情況，班子成員逐一進行對照檢查，開展批評和自我批評。"


def big5_page() -> bytes:
    return (f"<html><head><title>{BIG5_TITLE}</title></head><body><h1>{BIG5_TITLE}</h1>"
            f"<div>發佈時間：2022-01-05</div><p>{BIG5_BODY}</p><p>{BIG5_BODY2}</p></body></html>").encode("big5hkscs")


def test_undeclared_big5_page_is_read_as_big5():
    data = big5_page()
    data.decode("gb18030")  # the bytes are valid GB18030 too: the old reading, all nonsense
    text, enc, _ = decode(data)
    assert enc == "big5hkscs"
    assert BIG5_BODY in text


def test_undeclared_big5_page_parses_as_its_simplified_text():
    parsed = parse_bytes(big5_page(), name="x.html")
    assert parsed.encoding == "big5hkscs"
    assert parsed.converted_from == "traditional"
    assert parsed.title == "青禾县纪委监委召开专题民主生活会"
    assert parsed.paragraphs == [BODY, BODY2]


def test_undeclared_big5_text_file_gives_its_people():
    from reportmine.pipeline import analyze

    art = analyze((BIG5_TITLE + "\n" + BIG5_BODY + "\n" + BIG5_BODY2).encode("big5hkscs"), path="x.txt")
    assert {p.name for p in art.people} == {"邝启明"}


def test_undeclared_gbk_that_is_also_valid_big5_stays_gbk():
    data = (BODY + BODY2).encode("gbk")
    data.decode("big5hkscs")  # valid Big5 as well: the reading is chosen, not forced
    text, enc, _ = decode(data)
    assert enc == "gb18030" and text == BODY + BODY2
