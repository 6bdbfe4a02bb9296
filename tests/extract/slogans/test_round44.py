"""Round 44 (slm): a random sample of 60 saved reports (seed 44) read against
GUIDE §5, and random listings of the numbered and quoted slogans of all
collected reports read for false ones. Three-character verb-object triads after
the adverb 自觉 (更加自觉守规矩、强作风、优服务，) are a clause of their own, the
loyalty formula keeps its first item 对党忠诚 (slogans.txt), activities after a
shared opening (专题学习、专题宣讲、专题宣传) are a plan's particulars, and
posts of units listed (…站负责人、…中心负责人) are people, no formula.
Sentences invented; each new behaviour failed before its fix, the guards (so
marked) did not."""

from lookups import slogan_texts as slogans


def test_triads_after_the_adverb_zijue_are_a_formula() -> None:
    text = "督促青岭县全体党员干部更加自觉守规矩、强作风、优服务，营造良好氛围。"
    assert slogans(text) == ["守规矩、强作风、优服务"]


def test_guard_triads_after_a_causative_and_its_object_stay() -> None:
    text = "教育引导党员干部知敬畏、存戒惧、守底线，筑牢思想防线。"
    assert slogans(text) == ["知敬畏、存戒惧、守底线"]


def test_guard_an_activity_list_inside_a_clause_stays_out() -> None:
    text = "支部通过讲党课、写心得、做研讨等形式深化学习。"
    assert slogans(text) == []


def test_loyalty_formula_keeps_its_first_item() -> None:
    text = "白沙镇党委要求干部做到对党忠诚、为党分忧、为党担责、为党尽责，扎实工作。"
    assert slogans(text) == ["对党忠诚、为党分忧、为党担责、为党尽责"]


def test_activities_after_a_shared_opening_are_no_formula() -> None:
    text = "青河街道党工委组织专题培训、专题研讨、专题辅导，推动精神落地。"
    assert slogans(text) == []


def test_guard_a_shared_opening_before_aims_is_a_formula() -> None:
    text = "支部书记要求做到学史明理、学史增信、学史崇德、学史力行。"
    assert slogans(text) == ["学史明理、学史增信、学史崇德、学史力行"]


def test_posts_of_units_listed_are_no_formula() -> None:
    text = "全体班子成员、农机站负责人、水务站负责人、便民中心负责人、各村书记参会。"
    assert slogans(text) == []


def test_guard_a_shared_post_ending_plain_list_stays_out() -> None:
    text = "东坪村书记、西坪村书记、南坪村书记参加会议。"
    assert slogans(text) == []
