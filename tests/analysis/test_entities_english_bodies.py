"""Bodies named in English with a connector are one organisation ("University of Oxford",
"Ministry of Defence"), and a foreign given name of the whole census list starts a person
("Leonardo da Vinci") (issue 9; guideline rules 4, 34). Made-up sentences, none from a
benchmark set."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def labelled(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Anh tốt nghiệp University of Cambridge năm 2010.", "University of Cambridge"),
        (
            "Bài báo đăng trên Journal of Clinical Oncology tháng trước.",
            "Journal of Clinical Oncology",
        ),
        ("Theo Institute for Fiscal Studies, thuế sẽ tăng.", "Institute for Fiscal Studies"),
        ("Người phát ngôn Department of Energy cho biết.", "Department of Energy"),
        (
            "Báo cáo của School of Public Health and Tropical Medicine công bố.",
            "School of Public Health and Tropical Medicine",
        ),
    ],
)
def test_an_english_body_with_a_connector_is_one_organisation(text: str, body: str) -> None:
    assert ("ORG", body) in labelled(text)


@pytest.mark.parametrize(
    "text",
    [
        "Trận đấu giữa Arsenal and Chelsea diễn ra tối qua.",  # no kind of body named
        "Bộ Quốc phòng of Việt Nam",  # a Vietnamese name is no English one
    ],
)
def test_runs_that_name_no_english_body_stay_apart(text: str) -> None:
    assert all(" of " not in t and " and " not in t for _, t in labelled(text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Bức tranh của Leonardo da Vinci được bán đấu giá.", "Leonardo da Vinci"),
        ("Bàn thắng của Sebastian Giovinco giúp đội nhà thắng.", "Sebastian Giovinco"),
    ],
)
def test_given_names_of_the_whole_census_list_start_a_person(text: str, person: str) -> None:
    assert ("PER", person) in labelled(text)
