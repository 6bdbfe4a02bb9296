"""analyze_page: the credited writers joined to the people the extractors found."""
import reportmine

LEAD = "（青川新闻网 陈云峰）6月9日，青川县总工会召开全县工会工作推进会，县总工会主席蒲文举主持会议。"
MORE = "会议要求，各级工会要把服务职工的实事办好。"


def test_writer_in_an_outlet_bracket_is_the_author():
    art = reportmine.analyze(f"青川县总工会召开工会工作推进会\n{LEAD}\n{MORE}")
    assert art.author == "陈云峰"


def test_writer_whose_name_starts_with_a_known_name_stands_once_whole():
    art = reportmine.analyze(f"青川县总工会召开工会工作推进会\n{LEAD}\n{MORE}")
    names = [p.name for p in art.people]
    assert "陈云" not in names
    writer = next(p for p in art.people if p.name == "陈云峰")
    assert "作者" in writer.roles
    assert all(art.text[a:b] == "陈云峰" for a, b in writer.spans)


def test_known_name_elsewhere_in_the_text_is_kept():
    text = f"{LEAD}\n会议号召学习陈云同志的优良作风。\n{MORE}"
    art = reportmine.analyze(f"青川县总工会召开工会工作推进会\n{text}")
    names = [p.name for p in art.people]
    assert "陈云峰" in names and "陈云" in names
