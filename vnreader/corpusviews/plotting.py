"""Writing a chart of a time series to PNG or SVG with matplotlib (the ``charts`` extra).

matplotlib draws publication-quality files (plotext writes only text or HTML); it is
imported only here, when a chart is written, so vnreader runs without it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

FORMATS = (".png", ".svg")


class ChartError(Exception):
    """A chart could not be written (one line for the user)."""


def write_chart(
    points: Sequence[tuple[str, float]], path: Path, *, title: str, unit: str | None = None
) -> None:
    """Draw *points* (period, value) as bars and write them to *path* (.png or .svg)."""
    if path.suffix.lower() not in FORMATS:
        raise ChartError(f"{path}: a chart is written as .png or .svg")
    if not points:
        raise ChartError("no figure with a value and a date to chart")
    try:
        import matplotlib

        matplotlib.use("Agg")
        from matplotlib import pyplot
    except ImportError:
        raise ChartError("charts need matplotlib: pip install 'vnreader[charts]'") from None
    figure, axes = pyplot.subplots(figsize=(8, 4.5), dpi=120)
    try:
        labels = [period for period, _ in points]
        axes.bar(labels, [value for _, value in points], color="#3b75af")
        axes.set_title(title)
        axes.set_ylabel(unit or "value")
        axes.tick_params(axis="x", labelrotation=45 if len(labels) > 8 else 0)
        axes.grid(axis="y", alpha=0.3)
        figure.tight_layout()
        try:
            figure.savefig(path, format=path.suffix.lower()[1:], metadata=_metadata(path))
        except OSError as exc:
            raise ChartError(f"{path}: cannot write ({exc.strerror or exc})") from None
    finally:
        pyplot.close(figure)


def _metadata(path: Path) -> dict[str, str | None]:
    """No creation date in an SVG, so the same data gives the same file."""
    return {"Date": None} if path.suffix.lower() == ".svg" else {}
