"""Round 39 organizations: a quoted sentence before a body is no part of its
name; 第五、七党支部 keeps its qualifier on both members; verbs jieba rates low
(配强, 细化) and 过去 open no name; gardens, volunteer teams, practice stations,
business divisions and state key laboratories of two fields are named; bare
组织部/宣传部/统战部 opening a clause are bodies, 组织部门 is not; Japan's
ministries (外务省) and a bare 国会 opening a clause are named. Sentences are
invented."""
from __future__ import annotations

import pytest

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text, expected", [
    ("“坚持问题导向。”市委巡察办加大督办力度。", ["市委巡察办"]),
    ("青禾所研究生第五、七党支部召开组织生活会。", ["青禾所研究生第五党支部", "青禾所研究生第七党支部"]),
    ("要选优配强党支部班子,细化党支部工作制度。", []),
    ("巩固和深化过去支部联建取得的成效。", []),
    ("青岚植物园联合青禾研究所召开大会。", ["青岚植物园", "青禾研究所"]),
    ("巾帼志愿者服务队、大学生志愿者服务队参加活动。", ["巾帼志愿者服务队", "大学生志愿者服务队"]),
    ("青禾街道青山社区新时代文明实践站开展活动。", ["青禾街道青山社区新时代文明实践站"]),
    ("集团市场部和寄递事业部负责人参加会谈。", ["集团市场部", "寄递事业部"]),
    ("该室升级为黄土与青岚地质国家重点实验室。", ["黄土与青岚地质国家重点实验室"]),
    ("学校办公室、计财处负责同志列席会议。", ["学校办公室", "计财处"]),
    ("学生事务部就工作开展情况作了汇报。", ["学生事务部"]),
    ("院党委召开会议。(宣传部)", ["院党委", "宣传部"]),
    ("外务省发言人说,外务省已作说明。", ["外务省"]),
    ("青岚国会议长说,国会将密切关注选举。", ["青岚国会", "国会"]),
])
def test_round39_names(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # guards: a campaign in quotes still opens a group's name; a quote with no
    # sentence mark is left as it was; generic kinds stay unnamed
    ("县委“两学一做”学习教育领导小组召开会议。", ["县委“两学一做”学习教育领导小组"]),
    ("第五、七党支部召开组织生活会。", ["第五党支部", "第七党支部"]),
    ("机关一、二支部召开组织生活会。", ["机关一支部", "机关二支部"]),
    ("社区组建了志愿者服务队。", []),
    ("依托新时代文明实践站开展活动。", []),
    ("推动各项事业部署落实。", []),
    ("学习新高潮,组织部门负有重要责任。", []),
    ("会议要求各单位配合组织部开展检查。", []),
    ("区委常委、统战部部长某某主持。", ["区委"]),
    ("学院与青岚地质国家重点实验室签约。", ["青岚地质国家重点实验室"]),
    ("召开全国会议。", []),
])
def test_round39_guards(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a quoted campaign in the lead of listed ordinal groups is written out, not masked
    ("青岚研究院“不忘初心、牢记使命”主题教育第十、十一指导组到会指导。",
     ["青岚研究院", "青岚研究院“不忘初心、牢记使命”主题教育第十指导组", "青岚研究院“不忘初心、牢记使命”主题教育第十一指导组"]),
    ("青岚研究院“不忘初心、牢记使命”主题教育第十、第十一指导组到会指导。",
     ["青岚研究院", "青岚研究院“不忘初心、牢记使命”主题教育第十指导组", "青岚研究院“不忘初心、牢记使命”主题教育第十一指导组"]),
    # a hedged count before a team counts teams, none named
    ("全县组建30余支志愿者服务队。", []),
])
def test_round39_lists_and_counts(text, expected):
    assert names(text) == expected
