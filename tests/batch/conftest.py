"""Invented articles for batch tests (no text from ../shared)."""
from __future__ import annotations

import random
from pathlib import Path

import pandas as pd
import pytest

UNITS = ["青山县税务局", "绿水市交通运输局", "白云区市场监督管理局", "东湖街道", "南岭职业技术学院", "北港市水务集团"]
NAMES = ["王建平", "李明华", "赵春燕", "陈立军", "周晓琳", "孙国栋"]
POSTS = ["党委书记", "党组书记、局长", "支部书记", "纪委书记", "副局长"]
MEETINGS = ["专题组织生活会", "民主生活会", "主题教育读书班", "党史学习教育专题会议", "巡视整改推进会"]
SLOGANS = ["“学思想、强党性、重实践、建新功”", "“两个确立”", "“四下基层”", "“三会一课”"]


def article(rng: random.Random, i: int) -> str:
    unit, meeting = rng.choice(UNITS), rng.choice(MEETINGS)
    lines = [f"{unit}召开{meeting}（第{i}期）", f"来源：{unit}", f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"]
    for _ in range(rng.randint(2, 5)):
        name, post = rng.choice(NAMES), rng.choice(POSTS)
        lines.append(
            f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日，{unit}{rng.choice(['党委', '党组', '机关第一党支部'])}召开{meeting}，"
            f"{post}{name}主持会议并讲话。会议强调，要坚持{rng.choice(SLOGANS)}，"
            f"全年开展谈心谈话{rng.randint(10, 300)}余次，查摆问题{rng.randint(3, 40)}条，"
            f"整改完成率达{rng.randint(60, 100)}%。"
        )
    return "\n".join(lines) + "\n"


def write_corpus(folder: Path, n: int, seed: int = 7) -> list[Path]:
    """``n`` invented .txt articles under ``folder`` (deterministic)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        p = folder / f"art{i:03d}.txt"
        p.write_text(article(rng, i), encoding="utf-8")
        paths.append(p)
    return paths


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    write_corpus(raw, 12)
    return raw

TABLES = ("articles", "people", "organizations", "numbers", "slogans", "failures")


def read_tables(out: Path, strip_root: Path | None = None) -> dict[str, pd.DataFrame]:
    """Tables of ``out``; paths made relative to ``strip_root`` so two corpora compare."""
    tables = {}
    for name in TABLES:
        df = pd.read_parquet(out / f"{name}.parquet")
        if strip_root is not None and "path" in df.columns:
            df["path"] = df["path"].map(lambda p: None if p is None else str(Path(p).relative_to(strip_root)))
        tables[name] = df
    return tables


def assert_same_tables(a: dict[str, pd.DataFrame], b: dict[str, pd.DataFrame]) -> None:
    assert a.keys() == b.keys()
    for name in a:
        pd.testing.assert_frame_equal(a[name], b[name], obj=name)


class Tables:
    """Fixture namespace: corpus writer and table comparison helpers."""

    write_corpus = staticmethod(write_corpus)
    read = staticmethod(read_tables)
    assert_same = staticmethod(assert_same_tables)


@pytest.fixture
def tables() -> type[Tables]:
    return Tables
