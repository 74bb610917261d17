"""Highlights stay readable in every built-in theme (light ones too): the contrast of each
highlight's text over its background, computed from the theme's own variables."""

from __future__ import annotations

from textual.app import App
from textual.color import Color

from tests.tui.conftest import SIZE
from vnreader.tui.highlights import legend


def _colour(value: str, under: Color) -> Color:
    """A theme variable's colour ("#abc", "#abc 50%", "#abc ansi…") over *under*."""
    name, *rest = value.split()
    colour = Color.parse(name)
    if rest and rest[0].endswith("%"):
        colour = colour.with_alpha(float(rest[0][:-1]) / 100)
    return under.blend(colour.with_alpha(1), colour.a) if colour.a < 1 else colour


def _luminance(c: Color) -> float:
    def channel(x: int) -> float:
        v = x / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)


def contrast(a: Color, b: Color) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def style_contrast(style: str, variables: dict[str, str]) -> float:
    """The contrast of *style*'s text over its background ("$x on $y", "bold $x")."""
    words = style.split()
    fg = next(w for w in words if w.startswith(("$", "#")))
    background = _colour(variables["background"], Color(0, 0, 0))
    if "on" in words:
        under = words[words.index("on") + 1]
        background = _colour(variables[under[1:]] if under[0] == "$" else under, background)
    value = variables[fg[1:]] if fg[0] == "$" else fg
    if value.startswith("auto"):  # $text: black or white, whichever reads best, at 87%
        best = max((Color(0, 0, 0), Color(255, 255, 255)), key=lambda c: contrast(c, background))
        return contrast(background.blend(best, 0.87), background)
    return contrast(_colour(value, background), background)


async def test_highlights_are_readable_in_every_theme() -> None:
    app = App[None]()
    worst: list[tuple[float, str, str]] = []
    async with app.run_test(size=SIZE):
        for name in sorted(app.available_themes):
            if name.startswith("ansi"):  # colours are the terminal's own: nothing to measure
                continue
            app.theme = name
            variables = app.get_css_variables()
            for kind, style in legend(app.current_theme.dark):
                worst.append((style_contrast(style, variables), name, kind))
    worst.sort()
    # 3:1 is WCAG's minimum for bold/large text; chips (entities) must reach 4:1
    assert worst[0][0] >= 3.0, worst[:5]
    chips = [w for w in worst if w[2] in ("PER", "ORG", "LOC", "MISC")]
    assert chips[0][0] >= 4.0, chips[:5]


def test_light_themes_use_dark_text_on_pale_chips() -> None:
    dark = dict(legend(True))
    light = dict(legend(False))
    assert dark["PER"] != light["PER"]
    assert " on " not in light["figure"] and " on " not in dark["date"]  # no chip


def _identity(style: str) -> Color:
    """The colour a kind is recognised by: its chip, else its text."""
    words = style.split()
    if "on" in words:
        return Color.parse(words[words.index("on") + 1])
    return Color.parse(next(w for w in words if w.startswith("#")))


def test_six_kinds_six_hues() -> None:
    """PER, ORG, LOC, MISC, figure and date: hues at least 40° apart (ORG and MISC were both
    blue, PER and figures both yellow)."""
    for dark in (True, False):
        kinds = [(k, _identity(style)) for k, style in legend(dark) if k != "my span"]
        assert len(kinds) == 6
        hues = {k: c.hsl.h * 360 for k, c in kinds}
        for a in hues:
            for b in hues:
                if a < b:
                    gap = abs(hues[a] - hues[b])
                    assert min(gap, 360 - gap) >= 40, (dark, a, b, hues)
