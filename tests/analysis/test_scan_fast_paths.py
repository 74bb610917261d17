"""The fast paths of the scan (``entity_scan``) against the slow ones they stand for: made-up
sentences put words in the places where a rule could name them, and the analysis must be the
same with the fast path and without it.

- A lone ordinary capitalised word (``Scan.plain_alone``; most of them open a sentence:
  "Trong", "Theo", "Những") skips the chain of rules of a capitalised run.
- A lower-case word that starts a cue or a name only with the words after it ("công ty")
  gets no look when they do not follow (``_LOOKED_AT`` lists the words that always do).
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze, entity_scan
from vnreader.analysis.entity_scan import Scan, _plain_word
from vnreader.analysis.gazetteer import gazetteer

# white-box tests of the interpreted scan: they replace its methods and sets, which the
# module compiled by mypyc (the installed wheel, ``hatch_build.py``) does not allow; the
# compiled module is the same source, tested here as Python
pytestmark = pytest.mark.skipif(
    not entity_scan.__file__ or not entity_scan.__file__.endswith(".py"),
    reason="entity_scan is compiled: its methods cannot be replaced",
)

# the commonest sentence openers of real news, and capitalised words of other kinds
WORDS = (
    *("Trong", "Theo", "Các", "Tuy", "Sau", "Một", "Tôi", "Khi", "Đây", "Những", "Trước"),
    *("Ngoài", "Người", "Chúng", "Hiện", "Nhiều", "Nếu", "Với", "Nhưng", "Điều", "Không"),
    *("Có", "Để", "Từ", "Do", "Việc", "Vì", "Họ", "Bên", "Đến", "Dù", "Công", "Trên", "Sự"),
    *("Hai", "Thông", "Đồng", "Nhà", "Trung", "Tổng", "Năm", "Nam", "Hải", "Hà", "Phó"),
    *("Sông", "Xuân", "Quân", "Bắc", "Cao", "Minh", "Thành", "Long", "Vinh", "Hòa", "Ban"),
)
# each word where a rule could name it: after a title or a place word, a house number, a
# name and its bracket, a route's dash; before a name, a number, a letter, a speech verb
CONTEXTS = (
    "{} đó, chúng tôi đi làm.",
    "Họ đã về. {} đó là nhà của họ.",
    "Hôm qua,\n{} có mưa.",
    "Hôm qua, {} nói rằng trời mưa.",
    "Ông {} cho biết như vậy.",
    "Đoàn đến tại {} có mưa.",
    "Người dân huyện {} có lúa.",
    "Nhà ở số 5 {} có cây.",
    "Cửa hàng tại 12 {}, quận 1 mở cửa.",
    "Bộ Y tế ({} có) cho biết.",
    "Tuyến Hà Nội - {} có xe.",
    "Cao tốc Hà Nội - {} có xe.",
    "Xứ {} có núi.",
    "{} Nguyễn Văn An nói.",
    "{}-19 là bệnh.",
    "{} A là chữ.",
    "Ảnh: {} nói.",
    "Theo Bộ Y tế, {} cho biết.",
    "Sau đó {}.",
    "{}",
)


def assert_same_slow(
    texts: list[str], monkeypatch: pytest.MonkeyPatch, owner: object, name: str, slow: object
) -> None:
    """The analysis of *texts* is the same after *owner.name* is set to *slow*."""
    fast = [analyze(text) for text in texts]
    monkeypatch.setattr(owner, name, slow)
    assert [analyze(text) for text in texts] == fast


@pytest.mark.parametrize("context", CONTEXTS)
def test_plain_words_named_as_by_the_whole_chain(
    context: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = [context.format(word) for word in WORDS]
    assert_same_slow(texts, monkeypatch, Scan, "plain_alone", lambda self, i: False)


def test_the_fast_path_is_taken(monkeypatch: pytest.MonkeyPatch) -> None:
    taken: list[str] = []
    plain_alone = Scan.plain_alone

    def counted(self: Scan, i: int) -> bool:
        if plain_alone(self, i):
            taken.append(self.words[i])
            return True
        return False

    monkeypatch.setattr(Scan, "plain_alone", counted)
    for context in CONTEXTS:
        for word in WORDS:
            analyze(context.format(word))
    assert len(set(taken)) > 30  # the test above compares something
    assert all(_plain_word(w) for w in ("Trong", "Theo", "Những", "Tuy", "Điều"))
    # acronyms, CamelCase, single letters, foreign words and mined names: the rules decide
    assert not any(_plain_word(w) for w in ("UBND", "PetroVietnam", "T", "Getafe", "Tuấn"))


class _Everything:
    """A set holding every word: with it as ``_LOOKED_AT`` every such word gets a look."""

    def __contains__(self, word: object) -> bool:
        return True


# each lower-case word that may start a cue or a name, after a title, a place word, "và" and
# a comma, before a name, a lower-case word, a number and a figure
LOWER_CONTEXTS = (
    "Ông Nam {} làm việc.",
    "Đoàn đến huyện Đông Anh, {} Hà Nội.",
    "Họ ở tại {} và Long An.",
    "Bà {} Lan cho biết {} ở Hà Nội.",
    "Trong {} 5 triệu đồng, năm 2020.",
    "Năm 2020 {} tăng {} Vinamilk",
)


@pytest.mark.parametrize("context", LOWER_CONTEXTS)
def test_lower_case_starts_passed_over_as_after_a_look(
    context: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = [context.format(word, word) for word in sorted(gazetteer().lower_starts)]
    assert_same_slow(texts, monkeypatch, entity_scan, "_LOOKED_AT", _Everything())
