"""Charts as inline SVG strings (matplotlib, text kept as text).

``svg.fonttype = 'none'`` writes labels as ``<text>`` elements instead of
glyph outlines, so Chinese labels are rendered by the browser with whatever
CJK font it has, and the report stays small and searchable. matplotlib
escapes label text in the SVG it writes.
"""
from __future__ import annotations

import io
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

import pandas as pd

#: Fonts tried in order; the browser picks from the same list.
CJK_FONTS = ["Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
             "Microsoft YaHei", "PingFang SC", "SimHei", "DejaVu Sans", "sans-serif"]


#: matplotlib's warning when a label's character is in none of its fonts.
_MISSING_GLYPH = r"Glyph \d+ .* missing from font"


@contextmanager
def _chart_context() -> Iterator[None]:
    """The report's style, with matplotlib's missing-glyph warnings silenced:
    without a CJK font installed, laying out and saving each Chinese label
    warned once per character (hundreds of lines on a terminal), though the
    SVG keeps labels as text that the browser renders with its own fonts."""
    import matplotlib.pyplot as plt

    with plt.rc_context(_style()), warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=_MISSING_GLYPH, category=UserWarning)
        yield


def _figure_svg(fig) -> str:
    import matplotlib.pyplot as plt

    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight")
    plt.close(fig)
    svg = buf.getvalue()
    svg = svg[svg.index("<svg"):]  # drop the XML prolog and DOCTYPE for inlining
    return re.sub(r"<metadata>.*?</metadata>", "", svg, flags=re.S)


def _style():
    import matplotlib

    matplotlib.use("Agg", force=False)
    return {"svg.fonttype": "none", "font.family": "sans-serif", "font.sans-serif": CJK_FONTS,
            "axes.unicode_minus": False, "svg.hashsalt": "reportmine", "font.size": 9}


def number_label(v: float) -> str:
    """Short Chinese number: 18600000 -> 1860万, 0.5 -> 0.5."""
    if abs(v) >= 1e8:
        return f"{v / 1e8:.4g}亿"
    if abs(v) >= 1e4:
        return f"{v / 1e4:.4g}万"
    return f"{v:.4g}"


def metric_bars(wide: pd.DataFrame, metrics: list[str], labels: dict[str, str] | None = None,
                top_units: int = 20) -> str:
    """Small multiples: one horizontal bar panel per metric, one bar per unit (the largest ``top_units``)."""
    import matplotlib.pyplot as plt

    metrics = [m for m in metrics if m in wide.columns and wide[m].notna().any()]
    if wide.empty or not metrics:
        return ""
    with _chart_context():
        n = len(metrics)
        cols = min(3, n)
        rows = (n + cols - 1) // cols
        height = max(1.6, 0.28 * min(len(wide), top_units) + 0.8)
        fig, axes = plt.subplots(rows, cols, figsize=(4.2 * cols, height * rows), squeeze=False)
        for ax, metric in zip(axes.flat, metrics):
            data = wide[["unit", metric]].dropna().sort_values([metric, "unit"]).tail(top_units)
            ax.barh(data["unit"].astype(str), data[metric].astype(float), color="#b33a3a")
            ax.set_title((labels or {}).get(metric, metric))
            ax.spines[["top", "right"]].set_visible(False)
            for y, v in enumerate(data[metric].astype(float)):
                ax.text(v, y, " " + number_label(v), va="center", fontsize=8)
            ax.xaxis.set_major_formatter(lambda x, _pos: number_label(x))
        for ax in list(axes.flat)[n:]:
            ax.axis("off")
        fig.tight_layout()
        return _figure_svg(fig)


def meeting_counts(meetings: pd.DataFrame, top_types: int = 8, top_units: int = 30) -> str:
    """Stacked bars: meetings reported per unit (the ``top_units`` with most), by meeting type."""
    import matplotlib.pyplot as plt

    if meetings.empty:
        return ""
    df = meetings.assign(unit=meetings["unit"].fillna("（单位不明）"))
    top = df["type"].value_counts().sort_index().sort_values(ascending=False, kind="stable").index[:top_types]
    df = df.assign(type=df["type"].where(df["type"].isin(top), "其他"))
    table = pd.crosstab(df["unit"], df["type"]).sort_index()
    if len(table) > top_units:
        table = table.loc[table.sum(axis=1).sort_values(ascending=False, kind="stable").index[:top_units]].sort_index()
    with _chart_context():
        fig, ax = plt.subplots(figsize=(8, max(1.8, 0.32 * len(table) + 1)))
        left = pd.Series(0, index=table.index, dtype=float)
        colors = plt.get_cmap("tab10").colors
        for i, col in enumerate(table.columns):
            ax.barh(table.index.astype(str), table[col], left=left, label=str(col), color=colors[i % len(colors)])
            left += table[col]
        from matplotlib.ticker import MaxNLocator

        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_xlabel("会议数")
        ax.legend(fontsize=8, frameon=False, loc="lower right")
        ax.spines[["top", "right"]].set_visible(False)
        fig.tight_layout()
        return _figure_svg(fig)
