"""Round 55 (slm55): a random sample of 40 saved reports (seed 55) read against
GUIDE §5, and the false quoted slogans of round 54's precision sample taken by
general rules: a quoted work-plan item closing in a counted target (…新增绿道
18公里), a document's title in quotes (“…管理办法”: neither slogan nor
《document》), a channel's name (a quote right before 公众号, 小程序, APP), a
body's name (“…共同体”, “…号”), questions put to a meeting (“怎么开、如何开好”)
and a news headline about a document (“…印发《…》”). Sentences invented; each
new behaviour failed before its fix, the guards (so marked) did not."""

from lookups import slogan_texts as texts

from reportmine.extract.slogans import extract_slogans


def test_plan_item_with_a_target_is_no_slogan() -> None:
    text = "清河区年度实事第九项为“完善慢行交通网络，改造背街小巷，新增绿道18公里”。"
    assert texts(text) == []


def test_plan_target_as_a_percentage_is_no_slogan() -> None:
    text = "该局把“整治老旧管网，推进雨污分流，污水收集率提高到96%”列入清单。"
    assert texts(text) == []


def test_counted_anniversary_stays() -> None:
    # guard: a single clause with a number is a name or a theme (光荣在党50年)
    text = "青禾镇党委为老党员举办“光荣在党50年”纪念章发放活动。"
    assert texts(text) == ["光荣在党50年"]


def test_plus_formula_stays() -> None:
    # guard: a formula of counted parts, no target
    text = "青禾社区推行“1+3+N”网格服务模式，效果明显。"
    assert texts(text) == ["1+3+N"]


def test_quoted_document_title_is_no_slogan() -> None:
    text = "青禾街道党工委同时制定了“社区议事场所使用管理办法”，规范各项活动。"
    assert texts(text) == []


def test_quoted_rules_title_is_no_slogan() -> None:
    text = "讲座中，他围绕“镇党委理论学习小组工作规则”作了细致讲解。"
    assert texts(text) == []


def test_document_title_in_brackets_stays_a_document() -> None:
    # guard: a title in 《》 is a document
    text = "青禾街道党工委同时制定了《社区议事场所使用管理办法》，规范各项活动。"
    assert [(s.text, s.kind) for s in extract_slogans(text)] == [("社区议事场所使用管理办法", "document")]


def test_public_account_name_is_no_slogan() -> None:
    text = "相关做法被“青禾先锋发布”公众号和“清河机关党建”小程序转载。"
    assert texts(text) == []


def test_app_name_is_no_slogan() -> None:
    text = "党员们每天在“青禾智慧党建”APP上打卡学习。"
    assert texts(text) == []


def test_numbered_formula_before_an_account_stays() -> None:
    # guard: a numbered formula the lexicon knows stays even before 公众号
    text = "支部开设“三会一课”公众号专栏，及时发布学习内容。"
    assert texts(text) == ["三会一课"]


def test_slogan_before_other_words_stays() -> None:
    # guard: a quote followed by no channel word stays
    text = "青禾镇在“学党史、悟思想、办实事”专栏刊发文章。"
    assert texts(text) == ["学党史、悟思想、办实事"]


def test_community_body_is_no_slogan() -> None:
    text = "驻区各单位成立“红枫共建发展共同体”，合力解决群众难题。"
    assert texts(text) == []


def test_named_team_is_no_slogan() -> None:
    text = "骨科与康复科党支部共同打造“青禾康复先锋号”，开通绿色通道。"
    assert texts(text) == []


def test_community_of_destiny_stays() -> None:
    # guard: 命运共同体 names an idea, not a body
    text = "报告阐述了“携手共建人类命运共同体”的重大意义。"
    assert texts(text) == ["携手共建人类命运共同体"]


def test_dashed_steps_ending_in_hao_stay() -> None:
    # guard: steps joined by dashes (…-销号) are a formula, not a team
    text = "清河区建立问题清单，形成“登记-督办-销号”的闭环管理。"
    assert texts(text) == ["登记-督办-销号"]


def test_call_ending_in_kouhao_stays() -> None:
    # guard: a call (口号) is no team named …号
    text = "社区宣传栏张贴“清河人民齐心干”口号，并组织“争当发展排头兵冲锋号”宣讲。"
    assert "争当发展排头兵冲锋号" in texts(text)


def test_question_topic_is_no_slogan() -> None:
    text = "书记围绕主题党日“怎么办、如何办好”这一主题作了讲解。"
    assert texts(text) == []


def test_long_question_with_clauses_is_no_slogan() -> None:
    text = "各支部书记围绕“如何以本次会议精神为引领加强队伍建设、提升服务群众质量”发言。"
    assert texts(text) == []


def test_short_question_formula_stays() -> None:
    # guard: short questions of a formula (干什么、怎么干) stay
    text = "支部要想清楚“干什么、怎么干”，把工作落到实处。"
    assert texts(text) == ["干什么、怎么干"]


def test_headline_about_a_document_is_no_slogan() -> None:
    text = "会上大家学习了“省委办公厅印发《关于加强青年干部培养工作的意见》”的材料。"
    assert [(s.text, s.kind) for s in extract_slogans(text)] == [("关于加强青年干部培养工作的意见", "document")]


def test_theme_studying_a_document_stays() -> None:
    # guard: a theme that studies a document is no headline
    text = "支部举办主题为“坚定理想信念——学习《青禾党员读本》”的党课。"
    assert "坚定理想信念——学习《青禾党员读本》" in texts(text)


def test_kept_quote_span_reads_its_text() -> None:
    text = "青禾镇在“学党史、悟思想、办实事”专栏刊发文章。"
    [slogan] = extract_slogans(text)
    (start, end), = slogan.spans
    assert text[start:end] == slogan.text
