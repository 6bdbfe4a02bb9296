"""Round 66 cross-check of the new reports' people and organizations: verbs glued after
a name (站在, 登门), a part of a programme read as a faculty (研学|部分), and a new
situation read as a bureau (开创…新局)."""
from lookups import extracted_org_names, person_names


def test_standing_verb_ends_the_name():
    text = "青禾村原党支部书记韩立川站在被告席上忏悔。韩立川曾是优秀党员。"
    assert person_names(text) == ["韩立川"]


def test_calling_at_the_door_ends_the_name():
    assert person_names("检察长柯杉登门走访人大代表。") == ["柯杉"]


def test_part_of_the_programme_is_no_faculty():
    assert extracted_org_names("在下午的实践研学部分，党员们走进田间。") == []


def test_new_situation_is_no_bureau_and_a_real_bureau_stays():
    assert extracted_org_names("联学“百村工程”经验，共创乡村振兴新局。") == []
    assert extracted_org_names("县新闻出版局召开会议。") == ["县新闻出版局"]


def test_a_science_and_innovation_bureau_is_still_a_body():
    assert extracted_org_names("市科技创新局召开党组会议。") == ["市科技创新局"]
