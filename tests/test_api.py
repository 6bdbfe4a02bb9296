from __future__ import annotations

import dataclasses
import json

import reportmine
from reportmine.record import Article

TEXT = "某县召开会议\n\n日期:2022-01-02\n\n  1月2日,某县县委召开常委会会议。\n"
HTML = ("<html><head><meta charset='utf-8'><title>某县召开会议</title></head><body>"
        "<h1>某县召开会议</h1><div class='content'><p>1月2日,某县县委召开常委会会议,研究部署有关工作。</p></div>"
        "</body></html>")


def test_analyze_text_returns_article_dataclass():
    art = reportmine.analyze(TEXT)
    assert isinstance(art, Article) and dataclasses.is_dataclass(art)
    assert art.title == "某县召开会议" and art.date == "2022-01-02"
    assert art.id == reportmine.analyze(TEXT).id


def test_analyze_html_and_bytes_agree():
    a = reportmine.analyze(HTML)
    b = reportmine.analyze(HTML.encode("utf-8"), path="x.html")
    assert "常委会会议" in a.text and a.text == b.text


def test_record_roundtrips_through_json():
    art = reportmine.analyze(TEXT)
    again = Article.from_dict(json.loads(json.dumps(art.to_dict(), ensure_ascii=False)))
    assert again == art


def test_to_dict_is_the_json_form_even_for_values_orjson_refuses():
    from reportmine.record import Number

    art = reportmine.analyze(TEXT)
    plain = art.to_dict()
    assert plain == json.loads(json.dumps(dataclasses.asdict(art), ensure_ascii=False))
    art.numbers.append(Number(2 ** 70, None, "元", "资金", None, None, "巨额", (0, 2)))
    big = art.to_dict()  # beyond 64 bits: the json module's path
    assert big["numbers"][-1]["value"] == 2 ** 70 and big["numbers"][-1]["span"] == [0, 2]
    assert {k: v for k, v in big.items() if k != "numbers"} == {k: v for k, v in plain.items() if k != "numbers"}
