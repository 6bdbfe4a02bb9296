"""Who holds which title in which unit, across articles.

One row per (person, unit, title): a person given two titles in one article
(党组书记、副主席) has two rows, and the article count says how many reports
give that title, so a change of post shows as first/last dates. People named
without any title (credits, bare names) are left out.
"""
from __future__ import annotations

import pandas as pd

from reportmine.compare.common import blank, dates_range, join, unit_label
from reportmine.tables.schema import validate


def people_titles(people: pd.DataFrame) -> pd.DataFrame:
    cols = ["name", "unit", "title", "n_articles", "first_date", "last_date", "article_ids"]
    rows = []
    for p in people.itertuples(index=False):
        if blank(p.name):
            continue
        titles = [t for t in str(p.titles).split("、") if t] if not blank(p.titles) else []
        for t in titles:
            rows.append({"name": p.name, "unit": unit_label(p.unit), "title": t,
                         "article_id": p.article_id, "date": p.date})
    out = []
    if rows:
        df = pd.DataFrame(rows)
        for (name, unit, title), g in df.groupby(["name", "unit", "title"], sort=True):
            first, last = dates_range(g["date"])
            out.append({"name": name, "unit": unit, "title": title, "n_articles": g["article_id"].nunique(),
                        "first_date": first, "last_date": last, "article_ids": join(sorted(g["article_id"]))})
    return validate(pd.DataFrame(out, columns=cols), "people_titles")
