"""The agency written "Sputnik" and "Sputnik News" is one body with one key, so that its
mentions are counted together. Made-up sentences."""

from __future__ import annotations

from vnreader.analysis import analyze


def test_both_names_of_the_agency_share_a_key() -> None:
    text = "Theo hãng tin Sputnik, cuộc họp bị hoãn; Sputnik News dẫn lời một quan chức."
    keys = {e.key for e in analyze(text).entities if e.label == "ORG"}
    assert len(keys) == 1
