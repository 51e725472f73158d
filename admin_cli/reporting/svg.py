"""Horizontal bar charts as inline SVG: no script, no font or file to fetch, a title and a
description for screen readers, and no bar for a suppressed count (a bar's length
would give the number away).

Right-to-left charts are mirrored (labels on the right, bars growing leftwards) and say
``direction="rtl"`` themselves, so that Arabic labels are laid out and shaped by the
browser from text kept in logical order, and ``text-anchor`` means the same thing
whatever page the chart is placed in (``end`` is the left edge in right-to-left text)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from flows.report.model import Count
from flows.report.suppression import Mark

WIDTH = 680
ROW = 24
LABEL = 250
VALUE = 110
LONGEST = 40
"""Characters of a label shown; a longer one is cut at a word and ends with "…"."""


def shorten(label: str, longest: int = LONGEST) -> str:
    if len(label) <= longest:
        return label
    cut = label[: longest - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:-") + "…"


def bar_chart(
    chart_id: str,
    title: str,
    description: str,
    rows: Sequence[tuple[str, Count, str]],
    rtl: bool = False,
) -> str:
    """``rows`` are (label, count, count as written). Mirrored for right-to-left text."""
    shown = [c.shown for _, c, _ in rows if c.mark is Mark.SHOWN and c.shown]
    top = max(shown, default=1)
    room = WIDTH - LABEL - VALUE
    height = ROW * len(rows) + 8
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="100%" '
        f'viewBox="0 0 {WIDTH} {height}" aria-labelledby="{chart_id}-t {chart_id}-d" '
        f'direction="{"rtl" if rtl else "ltr"}" class="chart">',
        f'<title id="{chart_id}-t">{escape(title)}</title>',
        f'<desc id="{chart_id}-d">{escape(description)}</desc>',
    ]
    for index, (label, count, written) in enumerate(rows):
        y = 4 + index * ROW
        middle = y + ROW / 2 + 4
        length = 0 if count.mark is not Mark.SHOWN else round(room * (count.shown or 0) / top)
        parts.append(_row(label, written, count.mark, length, y, middle, rtl))
    parts.append("</svg>")
    return "".join(parts)


def _x(x: float, width: float, rtl: bool) -> float:
    """Where ``x`` (from the left in a left-to-right chart) goes in this chart."""
    return WIDTH - x - width if rtl else x


def _row(label: str, written: str, mark: Mark, length: int, y: float, mid: float, rtl: bool) -> str:
    # The chart's own direction flips what start and end mean, so one pair of anchors
    # serves both: a label ends against its bar, a value starts after it.
    label_x = _x(LABEL - 8, 0, rtl)
    bar_x = _x(LABEL, length, rtl)
    value_x = _x(LABEL + length + 6, 0, rtl)
    cells = [f'<text x="{label_x}" y="{mid}" text-anchor="end">{escape(shorten(label))}</text>']
    if mark is Mark.SHOWN:
        cells.append(
            f'<rect x="{bar_x}" y="{y + 4}" width="{max(length, 1)}" height="{ROW - 8}" '
            f'class="bar"/>'
        )
        cells.append(f'<text x="{value_x}" y="{mid}" text-anchor="start">{escape(written)}</text>')
    else:
        cells.append(
            f'<text x="{value_x}" y="{mid}" text-anchor="start" class="muted">'
            f"{escape(written)}</text>"
        )
    return "<g>" + "".join(cells) + "</g>"
