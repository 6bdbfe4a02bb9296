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
    groups: dict[tuple[str, str, str], tuple[set[str], list[object]]] = {}
    for name, unit, titles, aid, date in zip(people["name"].tolist(), people["unit"].tolist(),
                                             people["titles"].tolist(), people["article_id"].tolist(),
                                             people["date"].tolist()):
        if blank(name) or blank(titles):
            continue
        for t in str(titles).split("、"):
            if t:
                ids, dates = groups.setdefault((name, unit_label(unit), t), (set(), []))
                ids.add(aid)
                dates.append(date)
    out = []
    for (name, unit, title), (ids, dates) in groups.items():
        first, last = dates_range(dates)
        out.append({"name": name, "unit": unit, "title": title, "n_articles": len(ids),
                    "first_date": first, "last_date": last, "article_ids": join(sorted(ids))})
    return validate(pd.DataFrame(out, columns=cols), "people_titles")
