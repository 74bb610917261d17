"""A vaccine named after its maker's product is the vaccine, MISC (guideline rule 17), even when
the name alone is a known body's: "vaccine Sputnik" is not the agency Sputnik. Made-up
sentences."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    "text",
    [
        "Bệnh viện vừa nhận thêm lô vaccine Sputnik cho người cao tuổi.",
        "Lô vắc xin Sputnik đầu tiên đã được chuyển tới kho lạnh.",
        "Người dân được tiêm vắc-xin Sputnik trong đợt này.",
    ],
)
def test_a_known_body_right_after_a_vaccine_cue_names_the_vaccine(text: str) -> None:
    assert found(text) == [("Sputnik", "MISC")]


def test_the_agency_stays_an_organisation_elsewhere() -> None:
    assert found("Hãng thông tấn Sputnik đưa tin chiều nay.") == [("Sputnik", "ORG")]
