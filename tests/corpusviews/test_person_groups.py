"""People across a corpus: two people sharing a surname are two groups, the surname alone
of an article that names neither is a third, and a person's group shows the full name even
when the surname alone is more often written (also once the user merged groups)."""

from __future__ import annotations

from pathlib import Path

from vnreader.corpusviews import CorpusViews
from vnreader.corpusviews.groups import EntityChoices
from vnreader.index import CorpusIndex

ARTICLES = {
    "a.txt": "Ngoại trưởng Tobias Wendler đến Hà Nội. Ông Wendler cho biết. "
    "Ông Wendler nói thêm. Ông Wendler cảm ơn.",
    "b.txt": "Đại sứ Mirela Wendler đến Huế. Bà Wendler cho biết.",
    "c.txt": "Ông Wendler phát biểu tại hội nghị.",
    "d.txt": "Bộ trưởng Phạm Quang Vịnh đến Đà Nẵng. Ông Vịnh nói. Ông Vịnh cho biết. "
    "Ông Vịnh cảm ơn.",
}


def test_people_sharing_a_surname_are_groups_of_their_own(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(f"Tiêu đề\n\n{text}\n", "utf-8")
    with CorpusIndex.open(corpus, index_dir=tmp_path / "index") as index:
        index.refresh(analyse=True, processes=1)
        views = CorpusViews(index)
        found = {g.key: (g.name, g.mentions, g.articles) for g in views.entities(labels=["PER"])}
        assert found == {
            "PER:tobias vendler": ("Tobias Wendler", 4, 1),
            "PER:mirela vendler": ("Mirela Wendler", 2, 1),
            "PER:vendler": ("Wendler", 1, 1),
            "PER:phạm quang vịnh": ("Phạm Quang Vịnh", 4, 1),
        }
        views.set_choices(EntityChoices(merges={"PER:vendler": "PER:tobias vendler"}))
        (merged,) = views.find("PER:tobias vendler")
        assert (merged.name, merged.mentions, merged.articles) == ("Tobias Wendler", 5, 2)
