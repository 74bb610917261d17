"""An acronym glued by a hyphen to a common acronym is part of a term, not a body: "RT-PCR"
is a test, not the channel "RT" ("Theo kênh RT" still is), and no name before it takes it
("Realtime RT-PCR"). Made-up sentences."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    "text",
    [
        "Hai mẫu xét nghiệm RT-PCR của anh đều âm tính.",
        "Bệnh viện đã làm xét nghiệm Realtime RT-PCR cho cả nhà.",
    ],
)
def test_a_test_named_rt_pcr_is_no_body(text: str) -> None:
    assert found(text) == []


def test_the_channel_alone_stays_an_organisation() -> None:
    assert ("RT", "ORG") in found("Theo kênh RT, cuộc họp đã bị hoãn.")
