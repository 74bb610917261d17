# ruff: noqa: E501  (the registry is a table: one command per line)
"""The one registry of actions: it feeds the key bindings, the Footer, the command palette
and the help screen, so that the three can never disagree (as in braindrop/harlequin).

Each :class:`Command` names its scope (where it applies): ``app`` (everywhere), ``article``
(the article list and the reader: the current article), ``list``, ``reader`` and ``select``
(the reader's keyboard selection mode). ``action`` is a Textual action string run on the
screen (or on the app for the ``app`` scope).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.binding import Binding

if TYPE_CHECKING:
    from vnreader.config import Label

SCOPES = (
    "app",
    "article",
    "list",
    "reader",
    "select",
    "review",
    "entities",
    "mentions",
    "companions",
    "figures",
    "chart",
)
SCOPE_TITLES = {
    "app": "Everywhere",
    "article": "Current article (list and reader)",
    "list": "Article list",
    "reader": "Reader",
    "select": "Reader, selection mode (v)",
    "review": "Reader, review mode (R)",
    "entities": "Entities of the corpus (E)",
    "mentions": "Articles mentioning an entity",
    "companions": "Entities found with an entity",
    "figures": "Figures of the corpus (#)",
    "chart": "Chart",
}


@dataclass(frozen=True, slots=True)
class Command:
    id: str  # also the Binding id, so keys can be remapped with App.set_keymap
    title: str  # palette name, namespaced: "article: tag"
    keys: str  # comma-separated Textual keys; "" = palette only
    action: str
    help: str
    scope: str
    footer: bool = True
    description: str = ""  # short Footer text; defaults to the part after "ns: "
    key_display: str | None = None
    priority: bool = False
    group: str = ""  # Footer: consecutive commands of one group share one entry ("n N highlight")
    rank: int = 50  # Footer order (lower first), so the keys that matter fit a narrow terminal
    palette: bool = True  # False: a second key for an action the palette lists already

    @property
    def footer_text(self) -> str:
        return self.description or self.title.split(": ", 1)[-1]

    @property
    def display_keys(self) -> str:
        if self.key_display:
            return self.key_display
        return " ".join(_pretty(k) for k in self.keys.split(",") if k)


_PRETTY = {
    "question_mark": "?",
    "slash": "/",
    "escape": "esc",
    "enter": "⏎",
    "space": "space",
    "comma": ",",
    "full_stop": ".",
    "less_than_sign": "<",
    "greater_than_sign": ">",
    "left": "←",
    "right": "→",
    "up": "↑",
    "down": "↓",
    "shift+left": "⇧←",
    "shift+right": "⇧→",
    "alt+left": "alt←",
    "alt+right": "alt→",
    "pageup": "pgup",
    "pagedown": "pgdn",
    "delete": "del",
    "number_sign": "#",
}


def _pretty(key: str) -> str:
    return _PRETTY.get(key, key)


def pretty_key(key: str) -> str | None:
    """The short name of a key for the Footer ("shift+right" → "⇧→"), None if it has none."""
    return _PRETTY.get(key)


C = Command
COMMANDS: tuple[Command, ...] = (
    # -- everywhere -----------------------------------------------------------------------
    C("app.help", "help: keys", "question_mark,f1", "app.show_help", "Show every key and action", "app", description="help", rank=0),
    C("app.palette", "app: command palette", "ctrl+p", "app.command_palette", "Search every action by name", "app", footer=False),
    C("app.quit", "app: quit", "ctrl+q", "app.quit", "Quit vnreader (everything is already saved)", "app", footer=False, priority=True),
    C("app.undo", "edit: undo", "u", "app.undo", "Undo the last change to tags, notes or spans", "app", description="undo", rank=60),
    C("app.redo", "edit: redo", "ctrl+r,U", "app.redo", "Redo the last undone change", "app", description="redo", rank=61),
    C("app.export", "export: choose format…", "e", "app.export", "Export annotations to a file (choose format and path)", "app", description="export", rank=62),
    C("export.json", "export: JSON", "", "app.export('json')", "Export annotations as vnreader JSON", "app"),
    C("export.jsonl", "export: JSON Lines", "", "app.export('jsonl')", "Export one annotation per line", "app"),
    C("export.w3c", "export: W3C", "", "app.export('w3c')", "Export as W3C Web Annotations (JSON-LD)", "app"),
    C("export.spans", "export: NER spans", "", "app.export('spans')", "Export labelled spans as NER training data (doccano)", "app"),
    C("export.csv", "export: figures CSV", "", "app.export('csv')", "Export the figures of every article as CSV", "app"),
    C("app.theme", "view: change theme", "ctrl+t", "app.change_theme", "Pick a colour theme (remembered)", "app", footer=False),
    C("app.screenshot", "view: screenshot", "", "app.screenshot", "Save an SVG picture of the screen in the current folder", "app"),
    # -- the current article ---------------------------------------------------------------
    C("article.tag", "article: tag", "t", "tag_article", "Add a tag to the article (completes tags in use)", "article", description="tag", rank=20),
    C("article.untag", "article: remove tag", "T", "untag_article", "Remove one of the article's tags", "article", footer=False),
    C("article.note", "article: note", "w", "edit_note", "Write, edit or delete (empty) the article's note", "article", description="note", rank=21),
    # -- the list ----------------------------------------------------------------------------
    C("list.open", "list: open article", "enter", "open_article", "Read the highlighted article", "list", description="open", rank=1),
    C("list.search", "list: search", "slash", "search", "Search titles and text (ignores case and diacritics)", "list", description="search", rank=2, priority=True),
    C("list.filter", "list: filter by tag", "f", "filter_tag", "Show only the articles with a tag", "list", description="filter", rank=3),
    C("list.sort", "list: sort (cycle)", "s", "cycle_sort", "Sort by title, source, date, length, annotations", "list", description="sort", rank=4),
    C("list.reverse", "list: reverse order", "S", "reverse_sort", "Reverse the sort order", "list", footer=False),
    C("list.clear", "list: clear search and filter", "escape", "clear_filters", "Show every article again", "list", footer=False),
    C("list.down", "list: down", "j", "cursor_down", "Next article", "list", footer=False, key_display="j ↓"),
    C("list.up", "list: up", "k", "cursor_up", "Previous article", "list", footer=False, key_display="k ↑"),
    C("list.top", "list: top", "g,home", "top", "First article", "list", footer=False),
    C("list.bottom", "list: bottom", "G,end", "bottom", "Last article", "list", footer=False),
    C("list.quit", "list: quit", "q", "app.quit", "Quit vnreader", "list", description="quit", rank=30, palette=False),
    C("list.entities", "view: entities of the corpus", "E", "app.show_entities", "Every entity of the corpus, its spellings grouped, with counts", "list", description="entities", rank=6),
    C("list.figures", "view: figures of the corpus", "number_sign", "app.show_figures", "Every figure of the corpus: sort, filter, chart", "list", description="figures", rank=7),
    # -- the corpus-wide views -----------------------------------------------------------------
    C("entities.open", "entities: articles", "enter", "open_group", "List the articles that mention the entity", "entities", description="articles", rank=1),
    C("entities.filter", "entities: filter by name", "slash", "filter", "Type to filter by name (case and diacritics ignored)", "entities", description="filter", rank=2, priority=True),
    C("entities.label", "entities: label (cycle)", "l", "cycle_label", "Show every label, or only PER, ORG, LOC, MISC", "entities", description="label", rank=3),
    C("entities.sort", "entities: sort (cycle)", "s", "cycle_sort", "Sort by mentions, articles or name", "entities", description="sort", rank=4),
    C("entities.with", "entities: found with…", "w", "companions", "The entities most often in the same sentence or article", "entities", description="with", rank=5),
    C("entities.chart", "entities: mentions over time", "p", "chart", "Chart the entity's mentions by month of the articles' dates", "entities", description="chart", rank=6),
    C("entities.merge", "entities: merge into…", "m", "merge", "Mark the entity, then m on another merges it there (saved)", "entities", description="merge", rank=7),
    C("entities.split", "entities: split an alias off", "X", "split", "Make one spelling an entity of its own (saved)", "entities", description="split", rank=8),
    C("entities.back", "entities: back", "q,escape", "back", "Clear the filter, else close the view", "entities", description="back", rank=30),
    C("mentions.open", "mentions: open article", "enter", "open_article", "Read it at the first mention; n: the next, then the next article", "mentions", description="open", rank=1),
    C("mentions.back", "mentions: back", "q,escape", "back", "Back to the entities", "mentions", description="back", rank=30),
    C("companions.open", "with: articles", "enter", "open_group", "List the articles that mention this entity", "companions", description="articles", rank=1),
    C("companions.scope", "with: sentence or article", "t", "toggle_scope", "Count the same sentence, or the same article", "companions", description="sentence/article", rank=2),
    C("companions.back", "with: back", "q,escape", "back", "Back to the entities", "companions", description="back", rank=30),
    C("figures.open", "figures: open article", "enter", "open_figure", "Read the article at the figure", "figures", description="open", rank=1),
    C("figures.filter", "figures: filter", "slash", "filter", "Filter: text, category:money unit:USD entity:Nga tag:T", "figures", description="filter", rank=2, priority=True),
    C("figures.category", "figures: category (cycle)", "t", "cycle_category", "Only money, quantity, percent... (cycle)", "figures", description="category", rank=3),
    C("figures.unit", "figures: unit (cycle)", "u", "cycle_unit", "Only one unit (cycle through the most common)", "figures", description="unit", rank=4),
    C("figures.sort", "figures: sort (cycle)", "s", "cycle_sort", "Corpus order, by value, by date", "figures", description="sort", rank=5),
    C("figures.reverse", "figures: reverse order", "S", "reverse_sort", "Largest or latest first", "figures", footer=False),
    C("figures.chart", "figures: chart", "p", "chart", "Chart the filtered figures by year (m: by month in the chart)", "figures", description="chart", rank=6),
    C("figures.back", "figures: back", "q,escape", "back", "Clear the filter, else close the view", "figures", description="back", rank=30),
    C("chart.period", "chart: year or month", "m", "toggle_period", "Periods of a year or of a month", "chart", description="year/month", rank=1),
    C("chart.how", "chart: sum, max, mean, count", "h", "cycle_how", "What a bar shows: the sum, max, mean or count of the figures", "chart", description="sum/max/mean/count", rank=2),
    C("chart.back", "chart: back", "q,escape", "back", "Close the chart", "chart", description="back", rank=30),
    # -- the reader --------------------------------------------------------------------------
    C("reader.back", "reader: back to list", "q", "back", "Close the article", "reader", description="back", rank=1),
    C("reader.escape", "reader: clear search or back", "escape", "escape", "Clear the search in the article, else close the article", "reader", footer=False),
    C("reader.search", "search: in the article", "slash", "search", "Search the article (case, diacritics ignored); n/N: next match", "reader", description="search", rank=5),
    C("reader.next_article", "reader: next article", "J", "next_article", "Open the next article of the list", "reader", footer=False),
    C("reader.prev_article", "reader: previous article", "K", "prev_article", "Open the previous article of the list", "reader", footer=False),
    C("reader.page_down", "reader: page down", "space,pagedown", "page_down", "Scroll one page down", "reader", footer=False),
    C("reader.page_up", "reader: page up", "b,pageup", "page_up", "Scroll one page up", "reader", footer=False),
    C("reader.down", "reader: scroll down", "j,down", "scroll_down", "Scroll one line down", "reader", footer=False),
    C("reader.up", "reader: scroll up", "k,up", "scroll_up", "Scroll one line up", "reader", footer=False),
    C("reader.top", "reader: top", "g,home", "scroll_top", "Go to the start of the article", "reader", footer=False),
    C("reader.bottom", "reader: bottom", "G,end", "scroll_bottom", "Go to the end of the article", "reader", footer=False),
    C("reader.next", "highlight: next", "n", "next_highlight", "Focus the next highlight (the next match while searching)", "reader", description="next highlight", group="highlight", rank=2),
    C("reader.prev", "highlight: previous", "N", "prev_highlight", "Focus the previous highlight", "reader", description="previous highlight", group="highlight", rank=2),
    C("reader.next_span", "span: next of mine", "m", "next_span", "Focus the next of my spans (skips other highlights)", "reader", description="my spans", group="my span", rank=23),
    C("reader.prev_span", "span: previous of mine", "M", "prev_span", "Focus the previous of my spans", "reader", description="my spans", group="my span", rank=23),
    C("reader.accept", "highlight: accept as my span", "a", "accept_highlight", "Save the focused entity/figure as a span with its label", "reader", description="accept", rank=3),
    C("reader.reject", "highlight: reject suggestion", "X", "reject_highlight", "Reject the focused entity or figure (remembered, exported)", "reader", description="reject", rank=3),
    C("reader.label", "highlight: label…", "enter", "label_highlight", "Relabel my span, or accept the highlight with a label you pick", "reader", footer=False),
    C("reader.delete", "span: delete", "d", "delete_span", "Delete the focused span (or the one under the cursor)", "reader", description="delete", rank=22),
    C("reader.span_note", "span: note", "i", "note_span", "Write the note of the focused span", "reader", footer=False),
    C("reader.select", "span: select text", "v", "start_selection", "Select a span with the keyboard", "reader", description="select", rank=4),
    C("view.entities", "view: toggle entities", "1", "toggle_layer('entities')", "Show or hide named entities", "reader", footer=False),
    C("view.figures", "view: toggle figures", "2", "toggle_layer('figures')", "Show or hide figures", "reader", footer=False),
    C("view.spans", "view: toggle my spans", "3", "toggle_layer('spans')", "Show or hide my spans", "reader", footer=False),
    C("view.panel", "view: toggle side panel", "p", "toggle_panel", "Show or hide the side panel", "reader", description="panel", rank=40),
    C("view.raw", "view: raw file", "r", "show_raw", "The original file and what cleaning removed", "reader", description="raw", rank=41),
    C("reader.review", "review: walk the suggestions", "R", "start_review", "Accept, reject, relabel or skip each entity/figure in turn", "reader", description="review", rank=24),
    # -- review mode ----------------------------------------------------------------------------
    C("review.accept", "review: accept", "a", "review_accept", "Accept the suggestion as my span, then the next", "review", description="accept", rank=3),
    C("review.reject", "review: reject", "X", "review_reject", "Reject the suggestion (saved), then the next", "review", description="reject", rank=3),
    C("review.label", "review: relabel…", "enter", "review_label", "Accept the suggestion with a label you pick", "review", description="relabel", rank=4),
    C("review.skip", "review: skip", "space", "review_skip", "Leave the suggestion undecided, go to the next", "review", description="skip", rank=5),
    C("review.stop", "review: stop", "escape", "review_stop", "Leave review mode (decisions are saved)", "review", description="stop", rank=6),
    # -- selection mode ------------------------------------------------------------------------
    C("select.left", "select: previous word", "left,h", "sel_move(-1)", "Move the cursor to the previous word", "select", description="previous word", group="word", rank=2),
    C("select.right", "select: next word", "right,l", "sel_move(1)", "Move the cursor to the next word", "select", description="next word", group="word", rank=2),
    C("select.shrink", "select: shrink by word", "shift+left,H", "sel_extend(-1)", "Shrink the selection by one word", "select", description="shrink", group="shrink/extend", rank=3),
    C("select.extend", "select: extend by word", "shift+right,L", "sel_extend(1)", "Extend the selection by one word", "select", description="extend", group="shrink/extend", rank=3),
    C("select.end_more", "select: end +1 char", "full_stop,alt+right", "sel_adjust('end', 1)", "Move the end one character right", "select", footer=False),
    C("select.end_less", "select: end −1 char", "comma,alt+left", "sel_adjust('end', -1)", "Move the end one character left", "select", footer=False),
    C("select.start_more", "select: start +1 char", "greater_than_sign", "sel_adjust('start', 1)", "Move the start one character right", "select", footer=False),
    C("select.start_less", "select: start −1 char", "less_than_sign", "sel_adjust('start', -1)", "Move the start one character left", "select", footer=False),
    C("select.down", "select: line down", "down,j", "sel_line(1)", "Move the cursor one line down", "select", footer=False),
    C("select.up", "select: line up", "up,k", "sel_line(-1)", "Move the cursor one line up", "select", footer=False),
    C("select.label", "select: label…", "enter", "sel_label", "Pick a label for the selection (its key works directly too)", "select", description="label", rank=4),
    C("select.note", "select: note", "i", "sel_note", "Save the selection as a span with a note", "select", description="note", rank=5),
    C("select.delete", "select: delete span under cursor", "d,delete", "sel_delete", "Delete my span under the selection cursor", "select", footer=False),
    C("select.cancel", "select: cancel", "escape", "sel_cancel", "Leave selection mode", "select", description="cancel", rank=1),
)  # fmt: skip
del C


def by_scope(*scopes: str) -> list[Command]:
    return [c for c in COMMANDS if c.scope in scopes]


def binding(c: Command) -> Binding:
    group = Binding.Group(c.group, compact=False) if c.group else None
    return Binding(
        c.keys,
        c.action,
        c.footer_text,
        show=c.footer,
        key_display=c.key_display,
        priority=c.priority,
        tooltip=c.help,
        id=c.id,
        group=group,
    )


def bindings(*scopes: str) -> list[Binding]:
    """The Textual bindings of the commands of *scopes* (palette-only commands skipped), in
    Footer order (``rank``). A screen's bindings start with help, so that "? help" comes
    first in its Footer (app bindings come last) and stays visible on a narrow terminal."""
    chosen = by_scope(*scopes)
    if "app" not in scopes:
        chosen = [get("app.help"), *chosen]
    return [binding(c) for c in sorted(chosen, key=lambda c: c.rank) if c.keys]


def get(command_id: str) -> Command:
    for c in COMMANDS:
        if c.id == command_id:
            return c
    raise KeyError(command_id)


# Keys that mean "leave" or "move" somewhere: in selection mode they never save a label,
# whatever the configuration says (the label is then picked with ⏎).
MOVE_OR_LEAVE = ("app.quit", "list.quit", "list.down", "list.up", "list.top", "list.bottom",
                 "reader.back", "reader.escape", "reader.next_article", "reader.prev_article", "reader.page_down",
                 "reader.page_up", "reader.down", "reader.up", "reader.top", "reader.bottom",
                 "reader.next", "reader.prev", "reader.next_span", "reader.prev_span")  # fmt: skip


def _keys_of(command: Command) -> list[str]:
    return [k for k in command.keys.split(",") if k]


def never_label_keys() -> frozenset[str]:
    """Keys a label cannot take in selection mode: selection's own keys and every key that
    leaves or moves (``q``, ``j``, ``n``, ``space``...)."""
    keys = {k for c in by_scope("select") for k in _keys_of(c)}
    keys |= {k for cid in MOVE_OR_LEAVE for k in _keys_of(get(cid))}
    return frozenset(keys)


READER_SCOPES = ("app", "article", "reader")  # selection mode is in the reader only


def label_key_warnings(labels: Iterable[Label]) -> list[str]:
    """One line per configured label key that is also a key of the app (shown at start-up)."""
    core = {
        k: c for c in COMMANDS if c.scope in READER_SCOPES for k in reversed(_keys_of(c))
    }  # the first command of a key names it
    never = never_label_keys()
    lines = []
    for lab in labels:
        key = key_name(lab.key)
        if key in never:
            what = core[key].title if key in core else "moves the selection"
            lines.append(
                f"label {lab.name}: its key {lab.key!r} means “{what}”, so in selection mode "
                "it does that; pick the label with ⏎"
            )
        elif key in core:
            lines.append(
                f"label {lab.name}: its key {lab.key!r} is also “{core[key].title}”, "
                "which selection mode gives up for the label"
            )
    return lines


def key_name(character: str) -> str:
    """The Textual key name of a one-character key, e.g. a label's ("." → "full_stop")."""
    try:
        from textual.keys import _character_to_key

        return _character_to_key(character)
    except (ImportError, ValueError):
        return character
