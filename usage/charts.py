"""Monthly usage charts as inline SVG, drawn on the server: readable without JavaScript or a chart library.

``monthly_chart`` draws one series per metric over a run of months: bars for a single series, lines with
markers for several (each series has its own colour, marker shape and dash, so colour is never the only
difference). The SVG carries ``role="img"`` and an accessible name; every point has a ``<title>`` (the
browser shows it on hover), and the page puts a real table with the same numbers beside it for screen
readers and for copying. Colours have at least 4.5:1 contrast on white; text is the site's ink colour.

The function is pure: plain data in, markup out, in the active language (month names and number
grouping through Django's formatting). Only presentation attributes are used, no ``style``, so the
Content-Security-Policy (``style-src 'self'``) lets it through.
"""

from __future__ import annotations

import datetime
import hashlib
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from django.utils.formats import date_format, number_format
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

#: (line and marker colour, marker shape, dash pattern); all at least 4.5:1 on white.
PALETTE: tuple[tuple[str, str, str], ...] = (
    ("#0b5d7a", "circle", ""),
    ("#b45309", "square", "7 4"),
    ("#1d6b2f", "triangle", "2 4"),
    ("#6d28d9", "diamond", "10 4 2 4"),
    ("#be185d", "circle", "4 4"),
    ("#374151", "square", "12 4"),
)

WIDTH = 640
PLOT_HEIGHT = 220
LEFT = 60
RIGHT = 16
TOP_GAP = 14
BOTTOM = 54
LEGEND_ROW = 24
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
INK = "#1d232b"
MUTED = "#4f5864"
GRID = "#d5dbe1"


def nice_ticks(largest: int, *, intervals: int = 5) -> list[int]:
    """Whole-number y-axis ticks from 0 past ``largest`` in steps of 1, 2 or 5 times a power of ten."""
    if largest <= 0:
        return [0, 1]
    raw = largest / intervals
    magnitude = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    top = math.ceil(largest / step) * step
    return list(range(0, top + 1, step))


def month_label(month: datetime.date) -> str:
    """A month written out for tables and point titles, such as "januari 2026" (in the active language)."""
    return date_format(month, "F Y")


def _axis_month(month: datetime.date) -> str:
    # Translators: a Django date format for a month under a chart's axis: "b" is "jan", "M" is "Jan".
    return date_format(month, pgettext("chart axis month", "b"))


def _number(value: int) -> str:
    return number_format(value)


def _chart_id(title: str) -> str:
    return "chart-" + hashlib.blake2b(title.encode(), digest_size=4).hexdigest()


@dataclass(frozen=True, slots=True)
class _Frame:
    top: float  # the plot's top edge (below the legend)
    bottom: float
    left: float
    right: float
    ceiling: int

    def y(self, value: int) -> float:
        return self.bottom - (self.bottom - self.top) * value / self.ceiling

    def slot(self, months: int) -> float:
        return (self.right - self.left) / months

    def x(self, index: int, months: int) -> float:
        return self.left + self.slot(months) * (index + 0.5)


def _marker(shape: str, x: float, y: float, colour: str) -> str:
    if shape == "square":
        return f'<rect x="{x - 4:.1f}" y="{y - 4:.1f}" width="8" height="8" fill="{colour}"/>'
    if shape == "triangle":
        return f'<path d="M{x:.1f} {y - 5.5:.1f}L{x + 5:.1f} {y + 4:.1f}L{x - 5:.1f} {y + 4:.1f}Z" fill="{colour}"/>'
    if shape == "diamond":
        return f'<path d="M{x:.1f} {y - 6:.1f}L{x + 6:.1f} {y:.1f}L{x:.1f} {y + 6:.1f}L{x - 6:.1f} {y:.1f}Z" fill="{colour}"/>'
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4.5" fill="{colour}"/>'


def _months_of(series: Mapping[str, Sequence[tuple[datetime.date, int]]]) -> list[datetime.date]:
    return sorted({month for points in series.values() for month, _count in points})


def _legend(names: Sequence[str], parts: list[str]) -> float:
    """Draw the legend at the top, one series a line (narrow screens never cut it off); return its height."""
    x = LEFT
    for index, name in enumerate(names):
        colour, shape, dash = PALETTE[index % len(PALETTE)]
        y = 16 + LEGEND_ROW * index
        if len(names) > 1:
            dashed = f' stroke-dasharray="{dash}"' if dash else ""
            parts.append(
                f'<line x1="{x}" y1="{y}" x2="{x + 28}" y2="{y}" stroke="{colour}" stroke-width="2.5"{dashed}/>'
            )
            parts.append(_marker(shape, x + 14, y, colour))
        else:
            parts.append(f'<rect x="{x + 6}" y="{y - 7}" width="16" height="14" fill="{colour}"/>')
        parts.append(f'<text x="{x + 36}" y="{y + 5}" fill="{INK}">{escape(name)}</text>')
    return 16 + LEGEND_ROW * len(names) - 8


def monthly_chart(
    series: Mapping[str, Sequence[tuple[datetime.date, int]]],
    *,
    title: str,
    months: Sequence[datetime.date] | None = None,
    description: str = "",
) -> SafeString:
    """An accessible SVG chart of counts per month, one series per entry of ``series`` (name to points).

    ``months`` fixes the months along the axis (months without a point count as 0); by default, every
    month that has a point. The chart's accessible name is ``title``, with ``description`` as its description.
    """
    axis = list(months) if months is not None else _months_of(series)
    names = list(series)
    values = {name: dict(points) for name, points in series.items()}
    ident = _chart_id(title)
    parts: list[str] = []

    legend_height = _legend(names, parts) if names else 0.0
    top = legend_height + TOP_GAP + 10
    largest = max((count for points in values.values() for count in points.values()), default=0)
    ticks = nice_ticks(largest)
    frame = _Frame(top=top, bottom=top + PLOT_HEIGHT, left=LEFT, right=WIDTH - RIGHT, ceiling=ticks[-1])
    height = frame.bottom + BOTTOM

    # Grid lines and y-axis numbers.
    for tick in ticks:
        y = frame.y(tick)
        parts.append(
            f'<line x1="{frame.left}" y1="{y:.1f}" x2="{frame.right}" y2="{y:.1f}" stroke="{GRID}" stroke-width="1"/>'
        )
        parts.append(
            f'<text x="{frame.left - 8}" y="{y + 4.5:.1f}" text-anchor="end" fill="{MUTED}">{_number(tick)}</text>'
        )
    parts.append(
        f'<line x1="{frame.left}" y1="{frame.bottom}" x2="{frame.right}" y2="{frame.bottom}" stroke="{MUTED}" stroke-width="1.5"/>'
    )

    # Month labels: every month up to a year, then every few; the year under the first and each January.
    count = max(len(axis), 1)
    every = max(1, math.ceil(len(axis) / 12))
    shown_year: int | None = None
    for index, month in enumerate(axis):
        if index % every:
            continue
        x = frame.x(index, count)
        year = f'<tspan x="{x:.1f}" dy="17">{month.year}</tspan>' if month.year != shown_year else ""
        shown_year = month.year
        parts.append(
            f'<text x="{x:.1f}" y="{frame.bottom + 20}" text-anchor="middle" fill="{MUTED}">'
            f'<tspan x="{x:.1f}">{escape(_axis_month(month))}</tspan> {year}</text>'
        )

    # The data.
    slot = frame.slot(count)
    for number, name in enumerate(names):
        colour, shape, dash = PALETTE[number % len(PALETTE)]
        points = [(index, month, values[name].get(month, 0)) for index, month in enumerate(axis)]
        parts.append(f'<g class="chart-series" data-series="{escape(name)}">')
        if len(names) == 1:
            width = min(slot * 0.6, 48)
            for index, month, value in points:
                x, y = frame.x(index, count), frame.y(value)
                tip = _("%(month)s — %(series)s: %(count)s") % {
                    "month": month_label(month),
                    "series": name,
                    "count": _number(value),
                }
                parts.append(
                    f'<rect x="{x - width / 2:.1f}" y="{y:.1f}" width="{width:.1f}" height="{frame.bottom - y:.1f}" '
                    f'fill="{colour}" data-month="{month:%Y-%m}" data-count="{value}"><title>{escape(tip)}</title></rect>'
                )
        else:
            path = " ".join(f"{frame.x(index, count):.1f},{frame.y(value):.1f}" for index, _m, value in points)
            dashed = f' stroke-dasharray="{dash}"' if dash else ""
            parts.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2.5"{dashed}/>')
            for index, month, value in points:
                tip = _("%(month)s — %(series)s: %(count)s") % {
                    "month": month_label(month),
                    "series": name,
                    "count": _number(value),
                }
                parts.append(
                    f'<g data-month="{month:%Y-%m}" data-count="{value}"><title>{escape(tip)}</title>'
                    f"{_marker(shape, frame.x(index, count), frame.y(value), colour)}</g>"
                )
        parts.append("</g>")

    if not names or not axis:
        parts.append(
            f'<text x="{(frame.left + frame.right) / 2:.1f}" y="{(frame.top + frame.bottom) / 2:.1f}" '
            f'text-anchor="middle" fill="{MUTED}">{escape(_("Geen gebruik in deze periode"))}</text>'
        )

    described = f' aria-describedby="{ident}-desc"' if description else ""
    desc = f'<desc id="{ident}-desc">{escape(description)}</desc>' if description else ""
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="usage-chart" role="img" viewBox="0 0 {WIDTH} {height:.0f}" '
        f'width="{WIDTH}" height="{height:.0f}" aria-labelledby="{ident}-title"{described} '
        f'font-family="{FONT}" font-size="15">'
        f'<title id="{ident}-title">{escape(title)}</title>{desc}{"".join(parts)}</svg>'
    )
    return mark_safe(svg)  # noqa: S308  # every text and attribute value above is escaped
