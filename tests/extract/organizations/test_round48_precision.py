"""Round 48 (precision over names): a count of bodies before a kind names none."""
import pytest

from lookups import extracted_org_names as names


@pytest.mark.parametrize("text, gone", [
    ("县委督查室等单位组成3个专项督查组，对进度偏慢的单位进行催办。", "专项督查组"),
    ("地区教育工委等6个直管党委的负责同志参加会议。", "直管党委"),
    ("全镇新建20多个临时党支部，覆盖各施工项目。", "临时党支部"),
])
def test_counted_kind_names_no_body(text, gone):
    assert gone not in names(text)


@pytest.mark.parametrize("text, kept", [
    ("县委督查室等单位组成3个专项督查组，对进度偏慢的单位进行催办。", "县委督查室"),
    ("2023年临床党支部召开组织生活会。", "临床党支部"),
    ("两个青山银行支行参加了签约仪式。", "青山银行支行"),
    ("县委第三巡察组进驻县民政局。", "县委第三巡察组"),
])
def test_named_bodies_near_counts_stay(text, kept):
    assert kept in names(text)
