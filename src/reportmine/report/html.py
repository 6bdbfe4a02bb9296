"""The self-contained HTML report: one file, inline CSS and SVG, no network.

Every piece of text that came from an article (titles, names, sentences,
slogans, units) passes through ``html.escape`` in ``cell``/``esc``; links are
only written for http(s) URLs. Charts come from ``report.charts`` as inline
SVG whose labels are text, so Chinese renders with the reader's fonts.
"""
from __future__ import annotations

import html
from collections.abc import Mapping

import pandas as pd

from reportmine.compare.common import UNKNOWN_UNIT, blank
from reportmine.report import charts

#: Articles listed in the overview; the tables hold them all.
MAX_ARTICLES = 500

CSS = """
body{font-family:"Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif;
margin:0;background:#f6f4f1;color:#222;line-height:1.5}
header{background:#8c1c1c;color:#fff;padding:18px 32px}header h1{margin:0;font-size:24px}
main{padding:16px 32px;max-width:1400px}section{margin:24px 0}
h2{border-bottom:2px solid #8c1c1c;padding-bottom:4px;font-size:19px}
.stats{display:flex;gap:12px;flex-wrap:wrap}.stat{background:#fff;border-radius:6px;padding:10px 16px;
box-shadow:0 1px 2px #0002}.stat b{display:block;font-size:22px;color:#8c1c1c}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(330px,1fr));gap:14px}
.card{background:#fff;border-radius:6px;padding:12px 16px;box-shadow:0 1px 2px #0002}
.card h3{margin:0 0 6px;font-size:16px;color:#8c1c1c}.card p{margin:4px 0;font-size:13px}
table{border-collapse:collapse;background:#fff;font-size:12.5px;margin:6px 0}
th,td{border:1px solid #ddd;padding:3px 7px;vertical-align:top;text-align:left}
th{background:#efe9e4}td.num{text-align:right;font-variant-numeric:tabular-nums}
.muted{color:#777;font-size:12px}.chart svg{max-width:100%;height:auto;background:#fff}
.tag{display:inline-block;background:#f3e3e3;border-radius:3px;padding:0 5px;margin:1px;font-size:12px}
"""


def esc(value: object) -> str:
    """Text for HTML: escaped, empty for missing values."""
    if blank(value):
        return ""
    if isinstance(value, float):
        return f"{int(value)}" if value.is_integer() else f"{round(value, 4)}"
    return html.escape(str(value), quote=True)


def _safe_url(url: object) -> str | None:
    if blank(url):
        return None
    u = str(url).strip()
    return u if u.lower().startswith(("http://", "https://")) else None


def table(df: pd.DataFrame, columns: list[str] | None = None, headers: dict[str, str] | None = None,
          max_rows: int = 200, numeric: tuple[str, ...] = ()) -> str:
    """An escaped HTML table of ``df`` (first ``max_rows`` rows)."""
    if df is None or df.empty:
        return '<p class="muted">（无数据）</p>'
    columns = [c for c in (columns or list(df.columns)) if c in df.columns]
    head = "".join(f"<th>{esc((headers or {}).get(c, c))}</th>" for c in columns)
    body = []
    for row in df[columns].head(max_rows).itertuples(index=False):
        tds = []
        for c, v in zip(columns, row):
            cls = ' class="num"' if c in numeric else ""
            tds.append(f"<td{cls}>{esc(v)}</td>")
        body.append("<tr>" + "".join(tds) + "</tr>")
    more = f'<p class="muted">前 {max_rows} 行，共 {len(df)} 行</p>' if len(df) > max_rows else ""
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>{more}"


def _metric_labels() -> dict[str, str]:
    """metric -> Chinese label from resources/metric_labels.tsv (empty when absent)."""
    from reportmine import resources

    try:
        rows = resources.load_table("metric_labels.tsv")
    except FileNotFoundError:
        return {}
    return {r["metric"]: r["label"] for r in rows if r.get("metric") and r.get("label")}


def _get(tables: Mapping[str, pd.DataFrame], name: str) -> pd.DataFrame:
    df = tables.get(name)
    return df if df is not None else pd.DataFrame()


def _overview(tables: Mapping[str, pd.DataFrame]) -> str:
    arts = _get(tables, "articles")
    meetings = _get(tables, "meetings")
    clusters = _get(tables, "article_clusters")
    units = {UNKNOWN_UNIT if blank(u) else u for u in arts.get("unit", pd.Series(dtype=object))}
    dates = sorted(d for d in arts.get("date", pd.Series(dtype=object)) if not blank(d))
    dups = int((~clusters["is_representative"].astype(bool)).sum()) if not clusters.empty else 0
    failures = _get(tables, "failures")
    stats = [("文章", len(arts)), ("单位", len(units)), ("会议", len(meetings)),
             ("重复转载", dups), ("时间", f"{dates[0]} — {dates[-1]}" if dates else "—")]
    if len(failures):
        stats.append(("未能读取", len(failures)))
    boxes = "".join(f'<div class="stat"><b>{esc(v)}</b>{esc(k)}</div>' for k, v in stats)
    rows = []
    listed = arts.sort_values(["date", "article_id"], na_position="last").head(MAX_ARTICLES)
    for a in listed.itertuples(index=False):
        url = _safe_url(a.url)
        title = esc(a.title) or '<span class="muted">（无标题）</span>'
        if url:
            title = f'<a href="{html.escape(url, quote=True)}" rel="noopener noreferrer">{title}</a>'
        rows.append(f"<tr><td>{esc(a.date)}</td><td>{esc(a.unit)}</td><td>{title}</td><td>{esc(a.source)}</td>"
                    f'<td class="num">{esc(a.n_numbers)}</td><td>{esc(a.warnings)}</td></tr>')
    arts_table = ("<table><thead><tr><th>日期</th><th>单位</th><th>标题</th><th>来源</th><th>数字</th><th>提示</th>"
                  f"</tr></thead><tbody>{''.join(rows)}</tbody></table>")
    if len(arts) > MAX_ARTICLES:
        arts_table += f'<p class="muted">前 {MAX_ARTICLES} 篇，共 {len(arts)} 篇（完整列表见 articles 表）</p>'

    return f'<section id="overview"><h2>概览</h2><div class="stats">{boxes}</div>{arts_table}</section>'


def _cards(tables: Mapping[str, pd.DataFrame], labels: dict[str, str]) -> str:
    arts = _get(tables, "articles")
    if arts.empty:
        return ""
    arts = arts.assign(unit_label=[UNKNOWN_UNIT if blank(u) else u for u in arts["unit"]])
    metrics, meetings = _get(tables, "compare_metrics"), _get(tables, "meetings")
    terms, titles = _get(tables, "compare_terms"), _get(tables, "people_titles")
    inst = _get(tables, "institutions")
    relative = set(inst.loc[inst["relative"].fillna(False).astype(bool), "unit"]) if "relative" in inst else set()
    cards = []
    for unit, g in arts.groupby("unit_label", sort=True):
        dates = sorted(d for d in g["date"] if not blank(d))
        parts = [f"<h3>{esc(unit)}</h3>",
                 f"<p>{len(g)} 篇文章" + (f"，{esc(dates[0])} — {esc(dates[-1])}" if dates else "") + "</p>"]
        if unit in relative:  # 医院, 市委: the reports do not say which one
            parts.append('<p class="muted">名称不具体：可能包含不同单位的文章</p>')
        if not meetings.empty:
            mu = meetings[meetings["unit"].fillna(UNKNOWN_UNIT) == unit]
            if len(mu):
                tags = "".join(f'<span class="tag">{esc(t)}</span>' for t in sorted(set(mu["type"].dropna())))
                parts.append(f"<p>会议：{tags}</p>")
        if not metrics.empty:
            mu = metrics[metrics["unit"] == unit]
            if len(mu):
                items = "；".join(f"{esc(labels.get(r.metric, r.metric))} {esc(r.value)}{esc(r.approx)}"
                                 for r in mu.itertuples(index=False))
                parts.append(f"<p>数字：{items}</p>")
        if not titles.empty:
            tu = titles[titles["unit"] == unit].head(8)
            if len(tu):
                parts.append("<p>人物：" + "；".join(f"{esc(r.name)}（{esc(r.title)}）" for r in tu.itertuples(index=False)) + "</p>")
        if not terms.empty:
            tu = terms[terms["unit"] == unit].head(10)
            if len(tu):
                parts.append("<p>特色词：" + "".join(f'<span class="tag">{esc(t)}</span>' for t in tu["term"]) + "</p>")
        cards.append(f'<div class="card">{"".join(parts)}</div>')
    return f'<section id="units"><h2>单位</h2><div class="cards">{"".join(cards)}</div></section>'


def _slogan_matrix(cs: pd.DataFrame, top: int = 25) -> str:
    if cs.empty:
        return '<p class="muted">（无数据）</p>'
    cs = cs[cs["kind"].fillna("") != "document"]
    if cs.empty:
        return '<p class="muted">（无数据）</p>'
    totals = cs.groupby("text")["count"].sum().sort_index().sort_values(ascending=False, kind="stable")
    pivot = cs.pivot_table(index="text", columns="unit", values="count", aggfunc="sum").reindex(totals.index[:top])
    peak = float(pivot.max().max() or 1)
    head = "<th>口号</th>" + "".join(f"<th>{esc(u)}</th>" for u in pivot.columns)
    rows = []
    for text, row in pivot.iterrows():
        tds = []
        for v in row:
            if pd.isna(v):
                tds.append("<td></td>")
            else:
                alpha = 0.15 + 0.7 * float(v) / peak
                tds.append(f'<td class="num" style="background:rgba(179,58,58,{alpha:.2f})">{int(v)}</td>')
        rows.append(f"<tr><td>{esc(text)}</td>{''.join(tds)}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def render_report(tables: Mapping[str, pd.DataFrame], title: str = "reportmine 单位比较报告") -> str:
    """The whole report as one HTML string."""
    labels = _metric_labels()
    wide, meetings = _get(tables, "compare_metrics_wide"), _get(tables, "meetings")
    metrics = _get(tables, "compare_metrics")
    top_metrics = list(metrics["metric"].value_counts().sort_index().sort_values(ascending=False, kind="stable").index[:9]) \
        if not metrics.empty else []
    chart_m = charts.metric_bars(wide, top_metrics, labels) if not wide.empty else ""
    chart_k = charts.meeting_counts(meetings) if not meetings.empty else ""
    m_show = metrics.assign(metric=[labels.get(m, m) for m in metrics["metric"]]) if not metrics.empty else metrics
    clusters = _get(tables, "similarity")
    dups = clusters[clusters["near_duplicate"].astype(bool)] if not clusters.empty else clusters
    sections = [
        _overview(tables),
        '<section id="charts"><h2>图表</h2>'
        + (f'<h3>各单位数字</h3><div class="chart">{chart_m}</div>' if chart_m else "")
        + (f'<h3>各单位会议</h3><div class="chart">{chart_k}</div>' if chart_k else "")
        + ("" if chart_m or chart_k else '<p class="muted">（无数据）</p>') + "</section>",
        _cards(tables, labels),
        '<section id="metrics"><h2>数字比较</h2><p class="muted">同一报道的转载只计一次；同一文章内取最大值；'
        '同一单位不同会议的流量指标相加，存量指标取最大值（见 README）。</p>'
        + table(m_show, ["unit", "metric", "value", "approx", "rule", "n_articles", "texts", "sentences"],
                {"unit": "单位", "metric": "指标", "value": "数值", "approx": "约数", "rule": "合并规则",
                 "n_articles": "文章数", "texts": "原文", "sentences": "出处句子"}, numeric=("value", "n_articles"))
        + "</section>",
        '<section id="meetings"><h2>会议</h2>'
        + table(meetings.sort_values(["unit", "date", "article_id"], na_position="last") if not meetings.empty
                else meetings, ["unit", "type", "theme", "date", "holder", "presided_by", "guide_names", "guide_bodies",
                           "participants"],
                {"unit": "单位", "type": "类型", "theme": "主题", "date": "日期", "holder": "召开单位",
                 "presided_by": "主持", "guide_names": "指导/督导", "guide_bodies": "指导机构",
                 "participants": "人数"}, numeric=("participants",)) + "</section>",
        f'<section id="slogans"><h2>口号</h2>{_slogan_matrix(_get(tables, "compare_slogans"))}</section>',
        '<section id="people"><h2>人物与职务</h2>'
        + table(_get(tables, "people_titles"), ["unit", "name", "title", "n_articles", "first_date", "last_date"],
                {"unit": "单位", "name": "姓名", "title": "职务", "n_articles": "文章数", "first_date": "首见",
                 "last_date": "末见"}) + "</section>",
        '<section id="terms"><h2>特色词</h2>'
        + table(_get(tables, "compare_terms"), ["unit", "rank", "term", "score", "count"],
                {"unit": "单位", "rank": "名次", "term": "词", "score": "TF-IDF", "count": "次数"}, max_rows=150)
        + "</section>",
        '<section id="duplicates"><h2>重复转载</h2>'
        + table(dups, ["title_a", "title_b", "unit_a", "unit_b", "cosine", "containment"],
                {"title_a": "文章甲", "title_b": "文章乙", "unit_a": "单位甲", "unit_b": "单位乙", "cosine": "余弦相似度",
                 "containment": "包含度"})
        + "</section>",
        '<section id="candidates"><h2>候选口号（待人工审核）</h2>'
        + table(_get(tables, "slogan_candidates"), ["phrase", "n_articles", "n_units", "units", "example_context"],
                {"phrase": "短语", "n_articles": "文章数", "n_units": "单位数", "units": "单位",
                 "example_context": "例句"}, max_rows=40) + "</section>",
    ]
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{esc(title)}</title><style>{CSS}</style></head><body>"
            f"<header><h1>{esc(title)}</h1></header><main>{''.join(sections)}</main></body></html>\n")


def write_report(tables: Mapping[str, pd.DataFrame], path) -> None:
    """Render and write atomically."""
    from reportmine.io import write_text

    write_text(path, render_report(tables))
