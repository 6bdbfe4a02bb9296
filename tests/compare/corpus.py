"""A tiny invented corpus of meeting reports as CONTRACT records.

Units, people and wording are made up for the tests. Spans are computed by
finding each phrase in the text, so ``text[s:e]`` always equals the phrase.
Loaded by path from tests/compare and tests/report conftest files.
"""
from __future__ import annotations

import copy
import hashlib
from typing import Any

A1 = ("3月8日，市水务局机关第一党支部召开主题教育专题组织生活会。支部书记周立新主持会议，"
      "市委主题教育第二巡回督导组组长钱卫东到会指导并点评。支部18名党员参加会议。"
      "会前，支部开展谈心谈话40余次，征求意见建议25条，查摆问题12个。"
      "会议强调，要坚持“学思想、强党性、重实践、建新功”，坚持节水优先、空间均衡、系统治理、两手发力，守护河湖安澜。")
A3 = ("市水务局机关第一党支部近日召开的专题组织生活会取得实效。据了解，该支部查摆问题10个，"
      "征求意见建议25条，并坚持节水优先、空间均衡、系统治理、两手发力，推动河长制落实。")
A2 = ("6月18日，市水务局党组召开主题教育专题民主生活会。局党组书记、局长孙海波主持会议。"
      "班子成员查摆问题9个，征求意见建议30条。全局5个党支部同步开展学习，防汛抗旱工作扎实推进，河湖管护成效明显。")
B1 = ("5月6日，县文化和旅游局党组召开党纪学习教育警示教育大会。局党组书记吴晓梅主持会议，"
      "县纪委监委驻县文旅局纪检监察组组长郑国强到会指导。全局60余名党员干部参加会议。"
      "会上查摆问题20个，开展谈心谈话15次。会议要求坚持“学思想、强党性、重实践、建新功”，"
      "推动文旅融合、景区提质、非遗保护，坚持节水优先、空间均衡、系统治理、两手发力。")
C1 = ("近日，某街道党工委召开理论学习中心组学习会，传达学习有关精神，强调增强“四个意识”。"
      "开展谈心谈话8次。")


def _spans(text: str, phrase: str) -> list[list[int]]:
    out, start = [], 0
    while (i := text.find(phrase, start)) >= 0:
        out.append([i, i + len(phrase)])
        start = i + len(phrase)
    assert out, phrase
    return out


def _num(text: str, phrase: str, value: float, unit: str, obj: str, metric: str, approx: str | None = None) -> dict:
    s, e = _spans(text, phrase)[0]
    return {"value": value, "approx": approx, "unit": unit, "object": obj, "actor": None, "metric": metric,
            "text": phrase, "span": [s, e], "sentence": None, "method": "rule"}


def _person(text: str, name: str, titles: list[str], roles: list[str] = ()) -> dict:
    sp = _spans(text, name)
    return {"name": name, "titles": titles, "roles": list(roles), "org": None, "count": len(sp), "spans": sp,
            "method": "rule"}


def _org(text: str, name: str, kind: str) -> dict:
    sp = _spans(text, name)
    return {"name": name, "kind": kind, "count": len(sp), "spans": sp, "method": "rule"}


def _slogan(text: str, phrase: str, kind: str, expansion: list[str] = ()) -> dict:
    sp = _spans(text, phrase)
    return {"text": phrase, "kind": kind, "count": len(sp), "spans": sp, "expansion": list(expansion),
            "method": "rule"}


def _record(text: str, **kw: Any) -> dict:
    rec = {"id": hashlib.sha256(text.encode()).hexdigest()[:16], "path": None, "url": None, "title": None,
           "date": None, "source": None, "author": None, "editor": None, "unit": None, "text": text,
           "people": [], "organizations": [], "numbers": [], "slogans": [], "meetings": [], "warnings": []}
    rec.update(kw)
    return rec


def make_records() -> list[dict]:
    """Six records: a report, its republished copy, a follow-up of the same meeting,
    a second meeting of the same unit, another unit, and one with no unit."""
    a1 = _record(A1, path="a1.txt", title="市水务局机关第一党支部召开主题教育专题组织生活会<script>alert(1)</script>",
                 date="2023-03-10", source="水务网", unit="市水务局", url="javascript:alert(1)",
                 people=[_person(A1, "周立新", ["支部书记"], ["主持"]), _person(A1, "钱卫东", ["组长"], ["点评"])],
                 organizations=[_org(A1, "市水务局机关第一党支部", "branch"),
                                _org(A1, "市委主题教育第二巡回督导组", "inspection_group")],
                 numbers=[_num(A1, "谈心谈话40余次", 40, "次", "谈心谈话", "talks", "余"),
                          _num(A1, "征求意见建议25条", 25, "条", "意见建议", "opinions_collected"),
                          _num(A1, "查摆问题12个", 12, "个", "问题", "problems_found")],
                 slogans=[_slogan(A1, "学思想、强党性、重实践、建新功", "quoted")])
    copy_text = "（转载自水务网）" + A1 + "\n责任编辑：某某"
    shift = len("（转载自水务网）")
    a1c = copy.deepcopy(a1)
    a1c.update(id=hashlib.sha256(copy_text.encode()).hexdigest()[:16], text=copy_text, path="a1_copy.html",
               source="省水利网", date="2023-03-11", url="https://example.org/a1")
    for group in ("people", "organizations", "slogans"):
        for item in a1c[group]:
            item["spans"] = [[s + shift, e + shift] for s, e in item["spans"]]
    for n in a1c["numbers"]:
        n["span"] = [n["span"][0] + shift, n["span"][1] + shift]
    a3 = _record(A3, path="a3.txt", title="=HYPERLINK(\"http://x\")水务局支部组织生活会见实效", date="2023-03-12",
                 unit="市水务局",
                 organizations=[_org(A3, "市水务局机关第一党支部", "branch")],
                 numbers=[_num(A3, "查摆问题10个", 10, "个", "问题", "problems_found"),
                          _num(A3, "征求意见建议25条", 25, "条", "意见建议", "opinions_collected")])
    a2 = _record(A2, path="a2.txt", title="市水务局党组召开主题教育专题民主生活会", date="2023-06-20", unit="市水务局",
                 people=[_person(A2, "孙海波", ["局党组书记", "局长"], ["主持"])],
                 organizations=[_org(A2, "市水务局党组", "party_group")],
                 numbers=[_num(A2, "查摆问题9个", 9, "个", "问题", "problems_found"),
                          _num(A2, "征求意见建议30条", 30, "条", "意见建议", "opinions_collected"),
                          _num(A2, "5个党支部", 5, "个", "党支部", "branches")])
    b1 = _record(B1, path="b1.txt", title="县文化和旅游局召开警示教育大会", date="2024-05-08", unit="县文化和旅游局",
                 people=[_person(B1, "吴晓梅", ["局党组书记"], ["主持"]), _person(B1, "郑国强", ["组长"])],
                 organizations=[_org(B1, "县文化和旅游局党组", "party_group"),
                                _org(B1, "县纪委监委驻县文旅局纪检监察组", "inspection_group")],
                 numbers=[_num(B1, "60余名党员干部", 60, "名", "党员干部", "participants", "余"),
                          _num(B1, "查摆问题20个", 20, "个", "问题", "problems_found"),
                          _num(B1, "谈心谈话15次", 15, "次", "谈心谈话", "talks")],
                 slogans=[_slogan(B1, "学思想、强党性、重实践、建新功", "quoted")])
    c1 = _record(C1, path="c1.txt", title="某街道党工委理论学习中心组学习", date="2022-11-02", unit=None,
                 numbers=[_num(C1, "谈心谈话8次", 8, "次", "谈心谈话", "talks")],
                 slogans=[_slogan(C1, "四个意识", "numbered")])
    return [a1, a1c, a3, a2, b1, c1]
