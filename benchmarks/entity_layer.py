"""A learned layer on the rule recogniser's entities, kept here because it does not win yet.

The rules (``vnreader/analysis/entities.py``) leave two kinds of candidate: the spans they
label and the capitalised runs they leave unlabelled (their ``leftovers``). With ``merges``,
two or three neighbouring candidates joined by a space, a dash or a short lower-case word
("of", "de", "của") are candidates too ("Madrid Masters", "Hậu Giang - Cà Mau"). A linear
model (an averaged perceptron, trained by ``train_entities.py`` on the hand-labelled
real-news development sets) scores each candidate for PER, ORG, LOC, MISC and "no entity"
from sparse features: the rules' label, the words of the span and the two words on each side
(folded, lower-cased), word shapes, the gaps around the span, whether the words look
Vietnamese, start with a surname or are also written in lower case in the same text. The
candidates labelled an entity are kept, the most confident first, where they overlap none
kept before.

Cross-validated on the development sets it scores below the rules alone (see
``benchmarks/data/README.md``), so vnreader does not ship it: ``analyze`` is the rules only.
It reads the rules' spans through the recogniser's internals (``Scan``, ``_finish``), which is
fine for a measurement and would have to become a public step of ``find_entities`` if the
layer ever ships.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from vnreader.analysis import _resolve, analyze
from vnreader.analysis.entities import _abbreviated, _blocked, _finish
from vnreader.analysis.entity_scan import Scan
from vnreader.analysis.entity_tokens import Tokens, is_vietnamese, tokenize
from vnreader.analysis.figures import find_figures
from vnreader.analysis.fold import fold
from vnreader.analysis.gazetteer import gazetteer
from vnreader.analysis.model import Entity

NONE = ""  # the class "no entity"
CLASSES = ("PER", "ORG", "LOC", "MISC", NONE)
_SENTENCE_END = frozenset(".!?:;\"“”'(…")
_OPEN = frozenset("(\"“'«[")
_CLOSE = frozenset(")\"”'»]")
# short lower-case words inside a name between two capitalised parts ("Time of Israel")
_JOINERS = frozenset({"of", "de", "del", "da", "di", "von", "van", "bin", "al", "el", "của", "và"})
_MAX_MERGED = 3  # candidates joined into one

Candidate = tuple[int, int, str, int]  # first token, end token, rules' label ("" none), parts


class Model:
    """Per-feature weight vectors, one weight per class of :data:`CLASSES`."""

    def __init__(self, weights: dict[str, list[float]]) -> None:
        self.weights = weights

    def scores(self, features: list[str]) -> list[float]:
        """The score of each class for one candidate."""
        total = [0.0] * len(CLASSES)
        weights = self.weights
        for f in features:
            w = weights.get(f)
            if w is not None:
                for k, x in enumerate(w):
                    total[k] += x
        return total

    def predict(self, features: list[str]) -> str:
        """The best-scoring class (ties go to the first class listed)."""
        total = self.scores(features)
        return CLASSES[max(range(len(CLASSES)), key=total.__getitem__)]

    def to_json(self) -> str:
        body = {"classes": list(CLASSES), "weights": dict(sorted(self.weights.items()))}
        return json.dumps(body, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Model:
        body = json.loads(text)
        if tuple(body["classes"]) != CLASSES:
            raise ValueError(f"model classes {body['classes']} are not {list(CLASSES)}")
        return cls({f: list(map(float, w)) for f, w in body["weights"].items()})


def rule_spans(text: str) -> tuple[Tokens, list[tuple[int, int, str]], list[tuple[int, int]]]:
    """The tokens of *text* (NFC), the entities the rules find as token ranges with their
    label (before figures are resolved), and the capitalised runs they leave unlabelled."""
    tokens = tokenize(text)
    if not tokens.words:
        return tokens, [], []
    scan = Scan(text, tokens, gazetteer(), _blocked(tokens, find_figures(text)))
    spans = scan.run()
    entities = _finish(text, tokens, spans, scan.leftovers)
    first = {s: i for i, s in enumerate(tokens.starts)}
    last = {e: i for i, e in enumerate(tokens.ends)}
    found = []
    for e in entities:
        j = last.get(e.end, last.get(e.end - 1))  # "Trần Th.": the dot is not a token
        if e.start in first and j is not None:
            found.append((first[e.start], j + 1, e.label))
    return tokens, found, scan.leftovers


def candidates(
    tokens: Tokens,
    spans: Sequence[tuple[int, int, str]],
    leftovers: Sequence[tuple[int, int]],
    merges: bool = False,
) -> list[Candidate]:
    """The rules' spans (with their label), the unlabelled runs that overlap no span (label
    ``""``) and, with *merges*, runs of neighbouring candidates; sorted."""
    taken: set[int] = set()
    for i, j, _ in spans:
        taken.update(range(i, j))
    found = [(i, j, label, 1) for i, j, label in spans]
    seen: set[tuple[int, int]] = set()
    for i, j in leftovers:
        if (i, j) in seen or any(k in taken for k in range(i, j)):
            continue
        seen.add((i, j))
        found.append((i, j, NONE, 1))
    found.sort()
    if not merges:
        return found
    merged = []
    for a, (i, j, _, _) in enumerate(found):
        end = j
        for b in range(a + 1, min(a + _MAX_MERGED, len(found))):
            nxt = found[b][0]
            if not _joinable(tokens, end, nxt):
                break
            end = found[b][1]
            merged.append((i, end, "+".join(c[2] or "-" for c in found[a : b + 1]), b - a + 1))
    return sorted(found + merged)


def _joinable(tokens: Tokens, end: int, start: int) -> bool:
    """True when the candidate ending at token *end* and the one starting at *start* touch:
    a space or a dash between them, or one short lower-case word ("of", "của")."""
    if start == end:
        return tokens.gaps[end - 1] in (" ", "-")
    if start == end + 1:
        return (
            tokens.words[end] in _JOINERS
            and tokens.gaps[end - 1] == " "
            and tokens.gaps[end] == " "
        )
    return False


def _shape(word: str) -> str:
    if word.isdigit():
        return "d"
    if word.isupper():
        return "A" if len(word) > 1 else "I"
    if word[:1].isupper():
        return "C" if word[1:].islower() or len(word) == 1 else "M"
    return "l" if word.isalpha() else "o"


def _word(tokens: Tokens, k: int) -> str:
    """Token k folded and lower-cased, or a boundary marker outside the text."""
    if k < 0:
        return "<s>"
    if k >= len(tokens.words):
        return "</s>"
    return fold(tokens.words[k]).lower()


def lower_words(tokens: Tokens) -> frozenset[str]:
    """The words of the text written in lower case (a capital that is also written lower
    case elsewhere is likely a common word at a sentence start)."""
    return frozenset(w for w in tokens.words if w.islower())


def features(tokens: Tokens, lower: frozenset[str], c: Candidate) -> list[str]:
    """The features of candidate *c*; *lower* is :func:`lower_words` of the text."""
    i, j, rule, parts = c
    words = tokens.words
    raw = tokens.raw_gaps
    r = (rule or "-") if parts == 1 else "merged"
    inside = [fold(w).lower() for w in words[i:j]]
    shapes = "".join(_shape(w) for w in words[i:j])
    before = raw[i - 1] if i > 0 else "^"
    after = raw[j - 1] if j < len(words) else "$"
    b = before.strip()[-1:] or " "
    a = after.strip()[:1] or " "
    starts_sentence = i == 0 or b in _SENTENCE_END or "\n" in before
    p1 = _word(tokens, i - 1) if b in (" ", "-") else "|" + b
    p2 = _word(tokens, i - 2)
    n1 = _word(tokens, j) if a in (" ", "-") else "|" + a
    n2 = _word(tokens, j + 1)
    n = min(j - i, 5)
    viet = sum(1 for w in words[i:j] if is_vietnamese(w))
    first = words[i]
    found = [
        "b",
        "r=" + r,
        f"n={n}|{r}",
        "s=" + shapes[:6],
        f"sr={shapes[:6]}|{r}",
        "w0=" + inside[0],
        "wl=" + inside[-1],
        f"w0r={inside[0]}|{r}",
        f"wlr={inside[-1]}|{r}",
        "p1=" + p1,
        f"p1r={p1}|{r}",
        f"p2={p2} {p1}",
        "n1=" + n1,
        f"n1r={n1}|{r}",
        f"n2={n1} {n2}",
        f"ss={starts_sentence}|{r}",
        f"v={'all' if viet == j - i else 'none' if viet == 0 else 'some'}|{r}",
        f"sur={first in gazetteer().surnames}|{n}|{r}",
        f"pb={b in _OPEN}|{a in _CLOSE}",
        f"lo={first.lower() in lower}|{first[:1].isupper()}|{r}",
    ]
    if parts > 1:
        found.append("parts=" + rule)
        found.append(f"mj={'-' in tokens.gaps[i : j - 1]}|{any(w in _JOINERS for w in inside)}")
    if not is_vietnamese(words[j - 1]):
        found.append(f"sf={inside[-1][-3:]}|{r}")
    if j - i > 1:
        found.append("all=" + " ".join(inside))
    found.extend("w=" + w for w in inside[1:-1])
    return found


def decide(tokens: Tokens, cands: Sequence[Candidate], model: Model) -> list[tuple[int, int, str]]:
    """The candidates the model labels an entity, the most confident first, each kept where
    it overlaps none kept before; sorted token ranges with labels."""
    lower = lower_words(tokens)
    scored = []
    for c in cands:
        s = model.scores(features(tokens, lower, c))
        k = max(range(len(CLASSES)), key=s.__getitem__)
        if CLASSES[k] != NONE:
            scored.append((s[k] - s[-1], c[0], c[1], CLASSES[k]))
    scored.sort(key=lambda x: (-x[0], x[1], x[2]))
    used: set[int] = set()
    kept = []
    for _, i, j, label in scored:
        if used.isdisjoint(range(i, j)):
            used.update(range(i, j))
            kept.append((i, j, label))
    return sorted(kept)


def entities(text: str, model: Model | None, merges: bool = False) -> set[tuple[int, int, str]]:
    """The entities of *text* (NFC) as ``analyze`` would give them: the rules' alone when
    *model* is None, else the rules' with the layer on top; (start, end, label)."""
    if model is None:
        return {(e.start, e.end, e.label) for e in analyze(text).entities}
    tokens, spans, leftovers = rule_spans(text)
    spans = decide(tokens, candidates(tokens, spans, leftovers, merges), model)
    found = []
    for i, j, label in spans:
        start, end = tokens.starts[i], tokens.ends[j - 1]
        if label == "PER" and text[end : end + 1] == "." and _abbreviated(tokens.words[j - 1]):
            end += 1  # as the recogniser does: "Trần Th."
        found.append(Entity(start, end, text[start:end], label, ""))
    kept, _ = _resolve(found, find_figures(text))
    return {(e.start, e.end, e.label) for e in kept}
