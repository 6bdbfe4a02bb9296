"""Round 45 (slm): a random sample of 60 saved reports (seed 45) read against
GUIDE §5, and a random listing of 200 parallel slogans of all collected
reports read for false ones. Comma-joined items closed by a frame character
and one of their own (补足…之钙，筑牢…之基) are a formula, so are items framed
by 在…上 (记在心上、扛在肩上、抓在手上) although 上 ends names of bodies,
and noun+predicate items after 建设好/打造 up to 的 whatever jieba calls the
noun (组织坚实); a quote holding the name of a body (…宣讲团, …工作室) is no
slogan. Sentences invented; each new behaviour failed before its fix, the
guards (so marked) did not."""

from lookups import slogan_texts as slogans


def test_comma_items_closed_by_zhi_and_one_character_are_a_formula() -> None:
    text = "青岭县教育党员补足精神之钙，筑牢信仰之基，把稳思想之舵，守好廉洁之门。"
    assert slogans(text) == ["补足精神之钙，筑牢信仰之基，把稳思想之舵，守好廉洁之门"]


def test_guard_dun_items_closed_by_zhi_stay_a_formula() -> None:
    text = "支部引导党员筑牢信仰之基、补足精神之钙、把稳思想之舵。"
    assert slogans(text) == ["筑牢信仰之基、补足精神之钙、把稳思想之舵"]


def test_guard_comma_clauses_sharing_an_inner_character_elsewhere_stay_out() -> None:
    text = "白沙镇组织党员学习文件，观看专题片，参观展览馆，讨论心得体会。"
    assert slogans(text) == []


def test_items_framed_by_zai_and_shang_are_a_formula() -> None:
    text = "要把基层党建工作记在心上、扛在肩上、抓在手上，持续用力。"
    assert slogans(text) == ["记在心上、扛在肩上、抓在手上"]


def test_zai_shang_frame_after_an_adverb_cut_from_its_word() -> None:
    text = "青河社区把服务群众牢牢记在心上、扛在肩上、抓在手上，推动落实。"
    assert slogans(text) == ["记在心上、扛在肩上、抓在手上"]


def test_guard_places_ending_in_shang_stay_a_list() -> None:
    text = "活动分别在县城上、乡镇上、村子上举行。"
    assert slogans(text) == []


def test_qualities_after_jianshehao_up_to_de_are_a_formula() -> None:
    text = "要建设好思想统一、组织健全、履职有力、作风优良、纪律严明的基层组织。"
    assert slogans(text) == ["思想统一、组织健全、履职有力、作风优良、纪律严明"]


def test_guard_qualities_after_yizhi_stay_a_formula() -> None:
    text = "打造一支政治坚定、业务精通、作风过硬的干部队伍。"
    assert slogans(text) == ["政治坚定、业务精通、作风过硬"]


def test_guard_activities_after_dazao_without_de_stay_out() -> None:
    text = "街道打造党建阵地、宣传长廊、议事广场，服务居民。"
    assert slogans(text) == []


def test_quoted_name_of_a_body_is_no_slogan() -> None:
    text = "我县举行“青山宣讲团”授牌仪式，“红枫志愿服务队”同日成立。"
    assert slogans(text) == []


def test_quoted_studio_is_no_slogan() -> None:
    text = "学院成立“春雨工作室”，开展帮扶。"
    assert slogans(text) == []


def test_guard_quoted_formula_and_quoted_event_stay() -> None:
    text = "支部开展“学党史、悟思想、办实事、开新局”宣讲，举办“红色故事会”。"
    assert "学党史、悟思想、办实事、开新局" in slogans(text)
