"""spaCy training data (``docbin``): a real ``.spacy`` file (a ``DocBin``) of labelled spans.

The same spans as the ``spans`` export (your labels, optionally the analyser's suggestions),
one ``Doc`` per article, tokenised by spaCy's language-neutral tokenizer (``xx``: Vietnamese
writes a space between syllables, so words split where a Vietnamese tokenizer splits them
into syllables). Every span is in ``doc.spans["sc"]`` (overlaps kept, for the span
categorizer); the longest non-overlapping ones are ``doc.ents`` (for the NER). A span that
does not begin and end on token boundaries is left out and counted. The suggestions the user
rejected are in ``doc.spans["rejected"]`` (never in ``sc`` nor ``doc.ents``). Needs spaCy,
an optional dependency: ``pip install 'vnreader[spacy]'``; ``python -m spacy train`` reads
the file as it is.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, BinaryIO

from vnreader.export.ner import Skipped, labelled_spans
from vnreader.export.results import ExportSummary
from vnreader.export.selection import ArticleGroup

SPAN_KEY = "sc"
REJECTED_KEY = "rejected"  # the suggestions the user rejected: negative examples


class SpacyMissing(Exception):
    """spaCy is not installed (the docbin format needs it)."""


def load_spacy() -> Any:
    try:
        import spacy
    except ImportError:
        raise SpacyMissing("the docbin format needs spaCy: pip install 'vnreader[spacy]'") from None
    return spacy


def write(
    groups: Iterable[ArticleGroup], out: BinaryIO, *, include_suggestions: bool = False
) -> ExportSummary:
    spacy = load_spacy()
    from spacy.tokens import DocBin
    from spacy.util import filter_spans

    nlp = spacy.blank("xx")
    docs = DocBin(store_user_data=True)
    summary = ExportSummary()
    skipped = Skipped()
    found = labelled_spans(groups, skipped, include_suggestions=include_suggestions)
    for article, spans, rejected in found:
        doc = nlp.make_doc(article.text)
        made = []
        for start, end, label in spans:
            span = doc.char_span(start, end, label=label, alignment_mode="strict")
            if span is None:
                skipped.unaligned += 1
                continue
            made.append(span)
        wrong = [
            doc.char_span(s, e, label=label, alignment_mode="strict") for s, e, label in rejected
        ]
        if not made:
            continue
        if any(wrong):
            doc.spans[REJECTED_KEY] = [w for w in wrong if w is not None]
        doc.spans[SPAN_KEY] = made
        doc.ents = filter_spans(made)
        doc.user_data["article_id"] = article.id
        docs.add(doc)
        summary.articles += 1
        summary.annotations += len(made)
    out.write(docs.to_bytes())
    skipped.report(summary)
    return summary
