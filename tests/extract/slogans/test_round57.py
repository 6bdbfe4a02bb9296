"""Round 57 (r57s): a random sample of 40 collected reports (seed 57) read
against GUIDE §5. A quote asking which parts or ways (“…体现在哪些方面”) is a
question put to a meeting, no slogan; a quote holding 了 only as the verb
"settle" (“案结事了人和”) is a formula, not the report of a finished action;
a run of verb-object items between a clause lead and 的预期目的 is a formula as
before 的目的. Sentences invented; each new behaviour failed before its fix,
the guards (so marked) did not."""

from lookups import slogan_texts as texts


def test_question_with_which_is_no_slogan() -> None:
    text = "林晓东同志围绕“基层治理现代化的难点集中在哪些环节”作了交流发言。"
    assert texts(text) == []


def test_question_with_which_in_the_middle_is_no_slogan() -> None:
    text = "支部委员会就“哪些做法值得在全镇推广”开展讨论。"
    assert texts(text) == []


def test_quote_without_question_word_stays() -> None:
    # guard: a plain formula in quotes is still a slogan
    text = "全体党员围绕“强基固本、守正创新”开展讨论。"
    assert texts(text) == ["强基固本、守正创新"]


def test_settled_case_formula_with_le_stays() -> None:
    text = "青湾区检察院坚持“案结事了人和”的办案理念，化解信访积案十二件。"
    assert texts(text) == ["案结事了人和"]


def test_settled_case_formula_among_other_words() -> None:
    text = "要把“案结事了、定分止争”落到每一件案子上，真正做到“案结事了群众满意”。"
    assert "案结事了群众满意" in texts(text)


def test_finished_action_in_quotes_stays_out() -> None:
    # guard: the aspect particle 了 still marks a statement of what was done
    text = "督导组认为此次会议“准备充分，达到了预期效果”。"
    assert texts(text) == []


def test_run_before_expected_aim_is_a_formula() -> None:
    text = "座谈会开得热烈，达到了沟通思想、化解矛盾、增进友谊的预期目的。"
    assert texts(text) == ["沟通思想、化解矛盾、增进友谊"]


def test_run_before_plain_aim_stays() -> None:
    # guard: 的目的 already framed such a run
    text = "这次谈心谈话达到了沟通思想、化解矛盾、增进友谊的目的。"
    assert texts(text) == ["沟通思想、化解矛盾、增进友谊"]
