"""The synthetic corpus of the benchmark: pages in the samples' own layouts and encodings."""
from __future__ import annotations

from pathlib import Path

from reportmine.batch.synth import generate, load_samples, write_corpus
from reportmine.parse import parse_bytes

PAGE = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{title}_{unit}门户网站</title></head>
<body><div class="nav"><a href="/">首页</a> &gt; <a href="/dt/">工作动态</a></div>
<table class="main"><tr><td><h2>{title}</h2>
<div class="attr">发布日期：2023年11月{d}日　来源：{unit}办公室　字体：【大 中 小】</div>
<div id="content">
<p>　　11月{d}日，{unit}党组召开主题教育专题民主生活会，党组书记{name}主持会议。</p>
<p>　　会前，班子成员开展谈心谈话{k}人次，征求意见建议{j}条。会上，班子成员查摆问题{i}个。</p>
<p>　　会议要求，要坚持“学思想、强党性、重实践、建新功”，推动主题教育走深走实。</p>
</div>
<div class="tool">【打印本页】【关闭窗口】</div></td></tr></table>
<div class="foot">版权所有：{unit}　备案号：某ICP备00000000号</div></body></html>
"""
TEXT = ("{unit}召开专题组织生活会\n来源：{unit}\n2023-0{d}-1{d}\n"
        "{d}月1{d}日，{unit}党委召开专题组织生活会，党委书记{name}主持会议。\n"
        "会上，班子成员逐一发言，查摆问题{j}条，制定整改措施{i}项。\n")
UNITS = [("青山县税务局", "王建平"), ("绿水市交通运输局", "李明华"), ("白云区市场监督管理局", "赵春燕")]


def _samples(folder: Path) -> Path:
    folder.mkdir()
    for n, (unit, name) in enumerate(UNITS):
        title = f"{unit}召开主题教育专题民主生活会"
        page = PAGE.format(title=title, unit=unit, name=name, d=n + 3, k=40 + n, j=10 + n, i=5 + n)
        (folder / f"p{n}.html").write_bytes(page.encode("gb2312"))
        (folder / f"t{n}.txt").write_text(TEXT.format(unit=unit, name=name, d=n + 4, j=3 + n, i=8 + n),
                                          encoding="utf-8")
    return folder


def test_html_samples_give_pages_in_their_own_layout_and_encoding(tmp_path: Path) -> None:
    samples = load_samples(_samples(tmp_path / "src"))
    assert sum(s.page is not None for s in samples) == 3
    generated = generate(samples, 40, seed=3)
    pages = [g for g in generated if g.name.endswith(".html")]
    assert pages and len(pages) < len(generated)
    for g in pages:
        lines = g.text.strip().split("\n")
        assert b"charset=gb2312" in g.data and lines[0].encode("gb2312") in g.data
        page = parse_bytes(g.data, name=g.name)
        assert page.title == lines[0]
        # the generated paragraphs are the body, the furniture of the sample's page is not
        assert set(page.paragraphs) == set(lines[3:])
        assert "打印本页" not in page.text and "备案号" not in page.text


def test_pasted_text_samples_stay_text(tmp_path: Path) -> None:
    samples = load_samples(_samples(tmp_path / "src"))
    for g in generate(samples, 30, seed=1):
        if g.name.endswith(".txt"):
            assert g.data.decode("utf-8") == g.text


def test_write_corpus_is_deterministic(tmp_path: Path) -> None:
    samples = load_samples(_samples(tmp_path / "src"))
    a = [p.read_bytes() for p in write_corpus(samples, tmp_path / "a", 12, seed=5)]
    b = [p.read_bytes() for p in write_corpus(samples, tmp_path / "b", 12, seed=5)]
    assert a == b and len(set(a)) == 12
