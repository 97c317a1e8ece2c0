"""An inline SVG chart of statements over time, stacked by the speaker's country.

Built at build time so readers see the pattern without reading numbers and
without JavaScript. Pure: statements and actors in, SVG text out.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from .markup import html
from .model import Actor, Statement

COLOURS = ("#3f51b5", "#e65100", "#2e7d32", "#ad1457", "#00838f", "#6d4c41", "#757575")
WIDTH, HEIGHT, LEFT, BOTTOM, TOP = 720, 240, 36, 44, 12


def group_of(actor: Actor | None) -> str:
    if actor is None:
        return "Other"
    if actor.kind == "country":
        return actor.name
    return actor.country or "Other"


def timeline_svg(statements: list[Statement], actors: dict[str, Actor]) -> str:
    """Monthly counts of dated statements, one colour per country (top six, then other)."""
    months: dict[str, Counter[str]] = defaultdict(Counter)
    for st in statements:
        if st.said_on and len(st.said_on) >= 7:
            months[st.said_on[:7]][group_of(actors.get(st.speaker))] += 1
    if not months:
        return ""
    totals = Counter(g for c in months.values() for g in c.elements())
    top = [g for g, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))
           if g != "Other"][:6]
    keys = [*top, "Other"] if any(g not in top for g in totals) else top
    axis = _month_axis(sorted(months))
    peak = max(sum(c.values()) for c in months.values())
    bar = (WIDTH - LEFT) / len(axis)
    parts = [_bar(i, axis[i], months.get(axis[i], Counter()), keys, top, bar, peak)
             for i in range(len(axis))]
    label = (f"Statements per month by country of the speaker, {axis[0]} to {axis[-1]}; "
             f"most in {max(months, key=lambda m: (sum(months[m].values()), m))}.")
    return (f'<svg class="fs-chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
            f'aria-label="{html(label)}" xmlns="http://www.w3.org/2000/svg">'
            f"<title>{html(label)}</title>{''.join(parts)}{_axes(axis, peak, bar)}"
            f"{_legend(keys)}</svg>")


def _month_axis(present: list[str]) -> list[str]:
    """Every month from the first to the last, gaps included."""
    y, m = (int(p) for p in present[0].split("-"))
    last = present[-1]
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _bar(i: int, month: str, counts: Counter[str], keys: list[str], top: list[str],
         width: float, peak: int) -> str:
    plot = HEIGHT - BOTTOM - TOP
    y = HEIGHT - BOTTOM
    rects = []
    for n, key in enumerate(keys):
        count = counts[key] if key in top else sum(v for g, v in counts.items() if g not in top)
        if key != "Other" and key not in top:
            continue
        h = plot * count / peak
        if h:
            y -= h
            rects.append(f'<rect x="{LEFT + i * width + 1:.1f}" y="{y:.1f}" '
                         f'width="{max(width - 2, 1):.1f}" height="{h:.1f}" '
                         f'fill="{COLOURS[n % len(COLOURS)]}"><title>{html(month)}: '
                         f"{html(key)} {count}</title></rect>")
    return "".join(rects)


def _axes(axis: list[str], peak: int, width: float) -> str:
    base = HEIGHT - BOTTOM
    step = max(1, len(axis) // 8)
    ticks = "".join(
        f'<text x="{LEFT + i * width + width / 2:.1f}" y="{base + 14}" font-size="10" '
        f'text-anchor="middle" fill="currentColor">{axis[i]}</text>'
        for i in range(0, len(axis), step))
    return (f'<line x1="{LEFT}" y1="{base}" x2="{WIDTH}" y2="{base}" stroke="currentColor"/>'
            f'<text x="{LEFT - 4}" y="{TOP + 8}" font-size="10" text-anchor="end" '
            f'fill="currentColor">{peak}</text>{ticks}')


def _legend(keys: list[str]) -> str:
    out = []
    for n, key in enumerate(keys):
        x = LEFT + n * 110
        out.append(f'<rect x="{x}" y="{HEIGHT - 16}" width="10" height="10" '
                   f'fill="{COLOURS[n % len(COLOURS)]}"/><text x="{x + 14}" y="{HEIGHT - 7}" '
                   f'font-size="10" fill="currentColor">{html(key)}</text>')
    return "".join(out)
