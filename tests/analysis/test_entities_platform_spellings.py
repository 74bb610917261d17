"""The video platform is written "YouTube" and, as often in news, "Youtube": both are the
organisation (issue 9). Made-up sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Đoạn phim được đăng lên Youtube tối qua.", "Youtube"),
        ("Kênh của cô trên YouTube có hai triệu người theo dõi.", "YouTube"),
    ],
)
def test_both_spellings_name_the_platform(text: str, name: str) -> None:
    assert (name, "ORG") in {(e.text, e.label) for e in analyze(text).entities}
