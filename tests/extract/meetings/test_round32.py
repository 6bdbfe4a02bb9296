"""Round 32 meetings: a later sitting of a type named before, held by another
body with its own holding verb, is a meeting of its own (two 党组 each holding a
专题民主生活会); the same body written shorter, a joint holder's part, a body
whose member only attends (参加: attend_verb in meeting_cues.tsv) and a sitting
pointed back at (本次) still name the first sitting. Sentences are invented."""
from __future__ import annotations

import pytest

from reportmine.pipeline import analyze


def _meetings(text: str) -> list[tuple[str, str | None]]:
    return [(m.type, m.holder) for m in analyze(text).meetings]


def test_bodies_holding_together_right_before_the_verb_hold_their_own_sitting():
    text = ("青岚能源集团党委召开专题民主生活会，班子成员逐一发言。"
            "集团所属6家二级企业党委同步召开专题民主生活会。")
    assert _meetings(text) == [("专题民主生活会", "青岚能源集团党委"),
                               ("专题民主生活会", "二级企业党委")]


def test_same_type_by_another_body_is_its_own_sitting():
    text = ("青岚市总工会党组召开专题民主生活会，班子成员逐一对照检查。"
            "随后，青岚市妇联党组召开专题民主生活会，党组书记主持会议。")
    assert _meetings(text) == [("专题民主生活会", "青岚市总工会党组"),
                               ("专题民主生活会", "青岚市妇联党组")]


@pytest.mark.parametrize("text, want", [
    # the same body written shorter
    ("中共青岚县委常委会召开专题民主生活会。会后，县委常委会召开专题民主生活会整改推进会。",
     ("专题民主生活会", "中共青岚县委常委会")),
    # a member of another body attends
    ("青岚学院各党支部召开专题组织生活会。校党委副书记某某参加专题组织生活会。",
     ("专题组织生活会", "青岚学院")),
    # a sitting pointed back at
    ("青岚医院召开专题民主生活会。医院党委对开好本次专题民主生活会高度重视。",
     ("专题民主生活会", "青岚医院")),
    # another body named off the verb: the sitting's topic, not its subject
    ("青岚区法院党组召开专题民主生活会。会前，严格落实市委关于高质量召开专题民主生活会的要求。",
     ("专题民主生活会", "青岚区法院党组")),
    # the last body of a range is no holder alone
    ("青岚文联党组召开专题组织生活会。机关第一党支部至第三党支部分别召开专题组织生活会。",
     ("专题组织生活会", "青岚文联党组")),
])
def test_same_sitting_kept_once(text, want):
    found = _meetings(text)
    assert found[0] == want
    assert [t for t, _ in found].count(want[0]) == 1


def test_joint_holder_part_is_the_same_body():
    text = ("4月2日，青岚街道党工委联合市第三医院党委开展主题党日活动。"
            "活动中，街道党工委联合市第三医院党委开展主题党日活动，党员参加义诊。")
    assert [t for t, _ in _meetings(text)].count("主题党日活动") == 1
