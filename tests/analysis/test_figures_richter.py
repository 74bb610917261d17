"""An earthquake's magnitude keeps its scale in the span (GUIDELINE rule 92: "6.4 độ richter" →
quantity, degree): "5,7 độ Richter", not "5,7 độ" cut before the scale's name."""

from __future__ import annotations

from vnreader.analysis import analyze


def test_the_richter_scale_is_in_the_span() -> None:
    found = [(f.text, f.unit, f.value) for f in analyze("Dư chấn 5,7 độ Richter xảy ra.").figures]
    assert found == [("5,7 độ Richter", "degree", 5.7)]
