"""An SVG bar chart written by hand: no plotting library is a dependency.

Two panels side by side, each a grouped bar chart (one group per send
limit, one bar per bot), with a title, axis labels, a legend and the value
written on every bar, so it reads the same in a browser, on GitHub and printed.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

COLOURS = ("#8c8c8c", "#e69f00", "#0072b2")
"""Grey for the ceiling, then two of the Okabe-Ito colours (distinct for colour-blind readers)."""
WIDTH, HEIGHT = 420, 320
LEFT, RIGHT, TOP, BOTTOM = 64, 16, 48, 56


@dataclass(frozen=True)
class Panel:
    title: str
    y_label: str
    groups: Sequence[str]
    values: Sequence[Sequence[float]]
    """``values[group][series]``."""
    fmt: Callable[[float], str]
    reference: float | None = None
    """A dashed line across (1 × for a ratio)."""


def _ticks(top: float) -> list[float]:
    raw = top / 5
    magnitude = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return [step * n for n in range(int(top / step) + 1)]


def _panel(panel: Panel, series: Sequence[str], x0: float) -> list[str]:
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    finite = [v for row in panel.values for v in row if math.isfinite(v)]
    top = max([*finite, panel.reference or 0.0, 1e-9]) * 1.18
    ticks = _ticks(top)
    top = max(top, ticks[-1])

    def y(value: float) -> float:
        return TOP + plot_h * (1 - value / top)

    out = [
        f'<g transform="translate({x0},30)">',
        f'<text x="{LEFT + plot_w / 2}" y="24" class="title">{escape(panel.title)}</text>',
        f'<text transform="translate(16,{TOP + plot_h / 2}) rotate(-90)" class="axis">'
        f"{escape(panel.y_label)}</text>",
        f'<text x="{LEFT + plot_w / 2}" y="{HEIGHT - 12}" class="axis">send limit</text>',
    ]
    for tick in ticks:
        out.append(
            f'<line x1="{LEFT}" x2="{LEFT + plot_w}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" '
            'class="grid"/>'
            f'<text x="{LEFT - 6}" y="{y(tick) + 4:.1f}" class="tick" text-anchor="end">'
            f"{tick:g}</text>"
        )
    group_w = plot_w / len(panel.groups)
    bar_w = group_w * 0.8 / len(series)
    for g, (group, row) in enumerate(zip(panel.groups, panel.values, strict=True)):
        gx = LEFT + g * group_w + group_w * 0.1
        out.append(
            f'<text x="{gx + group_w * 0.4:.1f}" y="{TOP + plot_h + 18}" class="tick">'
            f"{escape(group)}</text>"
        )
        for s, value in enumerate(row):
            bx = gx + s * bar_w
            shown = value if math.isfinite(value) else 0.0
            out.append(
                f'<rect x="{bx:.1f}" y="{y(shown):.1f}" width="{bar_w - 3:.1f}" '
                f'height="{TOP + plot_h - y(shown):.1f}" fill="{COLOURS[s % len(COLOURS)]}"/>'
                f'<text x="{bx + (bar_w - 3) / 2:.1f}" y="{y(shown) - 4:.1f}" class="value">'
                f"{escape(panel.fmt(value))}</text>"
            )
    if panel.reference is not None:
        out.append(
            f'<line x1="{LEFT}" x2="{LEFT + plot_w}" y1="{y(panel.reference):.1f}" '
            f'y2="{y(panel.reference):.1f}" class="reference"/>'
        )
    out.append(
        f'<line x1="{LEFT}" x2="{LEFT}" y1="{TOP}" y2="{TOP + plot_h}" class="frame"/>'
        f'<line x1="{LEFT}" x2="{LEFT + plot_w}" y1="{TOP + plot_h}" y2="{TOP + plot_h}" '
        'class="frame"/></g>'
    )
    return out


def chart(title: str, series: Sequence[str], panels: Sequence[Panel], note: str) -> str:
    """The whole SVG document: ``panels`` side by side under ``title``, a legend below."""
    width, height = WIDTH * len(panels), HEIGHT + 84
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" font-family="DejaVu Sans, Arial, sans-serif">',
        "<style>.title{font-size:14px;font-weight:bold;text-anchor:middle}"
        ".axis{font-size:12px;text-anchor:middle}.tick{font-size:11px;text-anchor:middle}"
        ".value{font-size:10px;text-anchor:middle}.grid{stroke:#e4e4e4}"
        ".frame{stroke:#444}.reference{stroke:#444;stroke-dasharray:4 3}"
        ".legend{font-size:12px}.note{font-size:10px;fill:#555}</style>",
        f'<rect width="{width}" height="{height}" fill="white"/>',
        f'<text x="{width / 2}" y="{height - 10}" class="note" text-anchor="middle">'
        f"{escape(note)}</text>",
        f'<text x="{width / 2}" y="20" class="title">{escape(title)}</text>',
    ]
    for index, panel in enumerate(panels):
        out.extend(_panel(panel, series, index * WIDTH))
    widths = [30 + 7 * len(name) for name in series]
    x = (width - sum(widths)) / 2
    for s, name in enumerate(series):
        out.append(
            f'<rect x="{x:.0f}" y="{HEIGHT + 36}" width="12" height="12" '
            f'fill="{COLOURS[s % len(COLOURS)]}"/>'
            f'<text x="{x + 17:.0f}" y="{HEIGHT + 46}" class="legend">{escape(name)}</text>'
        )
        x += widths[s]
    out.append("</svg>")
    return "\n".join(out) + "\n"
