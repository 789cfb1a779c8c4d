"""Plots as inline SVG text: no plotting library, no fonts to cache, diffable, self-contained.

Each function takes plain metric values (as `metrics.compute` returns them) and returns one
`<svg>` element as a string, sized in CSS pixels.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape
from typing import Any

BLUE, RED, GREY, INK = "#2f6db5", "#c0392b", "#999", "#222"
FONT = "font-family='system-ui, -apple-system, Segoe UI, sans-serif'"


def _svg(w: int, h: int, body: list[str], title: str) -> str:
    return (f"<svg xmlns='http://www.w3.org/2000/svg' width='{w}' height='{h}' viewBox='0 0 {w} {h}' "
            f"role='img' aria-label='{escape(title)}' {FONT}>" + "".join(body) + "</svg>")


def _text(x: float, y: float, s: str, size: int = 12, anchor: str = "middle", fill: str = INK,
          weight: str = "normal", rotate: float | None = None) -> str:
    rot = f" transform='rotate({rotate} {x:.1f} {y:.1f})'" if rotate is not None else ""
    return (f"<text x='{x:.1f}' y='{y:.1f}' font-size='{size}' text-anchor='{anchor}' fill='{fill}' "
            f"font-weight='{weight}'{rot}>{escape(s)}</text>")


def _line(x1: float, y1: float, x2: float, y2: float, stroke: str = GREY, width: float = 1,
          dash: str = "") -> str:
    d = f" stroke-dasharray='{dash}'" if dash else ""
    return (f"<line x1='{x1:.1f}' y1='{y1:.1f}' x2='{x2:.1f}' y2='{y2:.1f}' stroke='{stroke}' "
            f"stroke-width='{width}'{d}/>")


def _pct(v: float, digits: int = 1) -> str:
    return f"{100 * v:.{digits}f}%"


def confusion_svg(conf: dict[str, Any]) -> str:
    """Expected tier (rows) x predicted tier (columns); shade = share of the row."""
    exp, pred, counts = conf["expected"], conf["predicted"], conf["counts"]
    cell, left, top = 78, 110, 64
    w, h = left + cell * len(pred) + 20, top + cell * len(exp) + 20
    body = [_text(left + cell * len(pred) / 2, 18, "predicted tier", 13, weight="bold"),
            _text(16, top + cell * len(exp) / 2, "expected tier", 13, weight="bold", rotate=-90)]
    for j, p in enumerate(pred):
        body.append(_text(left + cell * (j + 0.5), top - 10, p, 12))
    for i, e in enumerate(exp):
        row_total = sum(counts[i]) or 1
        body.append(_text(left - 8, top + cell * (i + 0.5) + 4, e, 12, anchor="end"))
        for j, _ in enumerate(pred):
            share = counts[i][j] / row_total
            colour = "rgba(47,109,181,%.3f)" % (0.06 + 0.9 * share) if i == j or j >= len(exp) \
                else "rgba(192,57,43,%.3f)" % (0.06 + 0.9 * share)
            x, y = left + cell * j, top + cell * i
            ink = "#fff" if share > 0.55 else INK
            body.append(f"<rect x='{x}' y='{y}' width='{cell - 2}' height='{cell - 2}' fill='{colour}'/>")
            body.append(_text(x + cell / 2, y + cell / 2 - 2, str(counts[i][j]), 15, fill=ink, weight="bold"))
            body.append(_text(x + cell / 2, y + cell / 2 + 15, _pct(share), 11, fill=ink))
    return _svg(w, h, body, "confusion matrix")


def _axes(x0: int, y0: int, pw: int, ph: int, xlabel: str, ylabel: str,
          xticks: Sequence[tuple[float, str]], yticks: Sequence[tuple[float, str]]) -> list[str]:
    """Axes for a plot area whose data coordinates are already mapped to 0..1."""
    body = [_line(x0, y0 + ph, x0 + pw, y0 + ph, INK), _line(x0, y0, x0, y0 + ph, INK)]
    for v, label in xticks:
        x = x0 + v * pw
        body += [_line(x, y0, x, y0 + ph, "#eee"), _text(x, y0 + ph + 16, label, 11)]
    for v, label in yticks:
        y = y0 + ph - v * ph
        body += [_line(x0, y, x0 + pw, y, "#eee"), _text(x0 - 6, y + 4, label, 11, anchor="end")]
    body += [_text(x0 + pw / 2, y0 + ph + 36, xlabel, 12),
             _text(x0 - 46, y0 + ph / 2, ylabel, 12, rotate=-90)]
    return body


def _poly(points: Sequence[tuple[float, float]], colour: str, width: float = 2) -> str:
    pts = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
    return f"<polyline points='{pts}' fill='none' stroke='{colour}' stroke-width='{width}'/>"


def threshold_svg(curve: dict[str, Any], operating: float | None) -> str:
    """Attack block rate and benign FPR against the flag threshold."""
    x0, y0, pw, ph = 64, 30, 360, 220
    ts, block, fpr = curve["thresholds"], curve["block_rate"], curve["fpr"]
    ticks = [(i / 5, f"{i / 5:.1f}") for i in range(6)]
    yt = [(i / 5, f"{20 * i}%") for i in range(6)]
    body = _axes(x0, y0, pw, ph, "flag threshold: P(prohibited) + P(high_risk) ≥ t", "rate", ticks, yt)
    body.append(_poly([(x0 + t * pw, y0 + ph - b * ph) for t, b in zip(ts, block)], BLUE))
    body.append(_poly([(x0 + t * pw, y0 + ph - f * ph) for t, f in zip(ts, fpr)], RED))
    if operating is not None:
        x = x0 + operating * pw
        body += [_line(x, y0, x, y0 + ph, INK, 1, "4 3"), _text(x - 4, y0 + 12, f"shipped t={operating:.3f}",
                                                               11, anchor="end")]
    body += [_text(x0 + 8, y0 + ph + 56, "— attack block rate", 12, anchor="start", fill=BLUE),
             _text(x0 + 170, y0 + ph + 56, "— benign false-positive rate", 12, anchor="start", fill=RED)]
    return _svg(x0 + pw + 24, y0 + ph + 66, body, "block rate and false-positive rate over thresholds")


def roc_svg(curve: dict[str, Any], point: tuple[float, float] | None) -> str:
    """Block rate against benign FPR (log axis from 0.1 %; FPR 0 is drawn at the left edge)."""
    x0, y0, pw, ph = 64, 30, 360, 220
    lo = math.log10(0.001)

    def fx(f: float) -> float:
        return x0 + (max(math.log10(max(f, 1e-3)), lo) - lo) / -lo * pw

    xt = [((math.log10(v) - lo) / -lo, label) for v, label in ((0.001, "≤0.1%"), (0.01, "1%"), (0.1, "10%"),
                                                                (1.0, "100%"))]
    yt = [(i / 5, f"{20 * i}%") for i in range(6)]
    body = _axes(x0, y0, pw, ph, "benign false-positive rate (log)", "attack block rate", xt, yt)
    pts = sorted({(fx(f), y0 + ph - b * ph) for f, b in zip(curve["fpr"], curve["block_rate"])})
    body.append(_poly(pts, BLUE))
    if point is not None:
        body.append(f"<circle cx='{fx(point[1]):.1f}' cy='{y0 + ph - point[0] * ph:.1f}' r='5' fill='{RED}'/>")
        body.append(_text(fx(point[1]) + 8, y0 + ph - point[0] * ph + 16, "operating point", 11, anchor="start"))
    body.append(_text(x0 + pw, y0 - 10, f"AUC {curve['auc']:.4f}", 12, anchor="end", weight="bold"))
    return _svg(x0 + pw + 24, y0 + ph + 50, body, "block rate against false-positive rate")


def bars_svg(title: str, items: Sequence[tuple[str, dict[str, Any]]], colour: str) -> str:
    """One bar per group: the rate, its Wilson interval as an error bar, and n."""
    items = [(label, r) for label, r in items if r and r.get("n")]
    x0, y0, ph = 64, 34, 180
    bw = 56
    pw = max(len(items), 1) * (bw + 28) + 20
    top = max([r["high"] for _, r in items] + [0.01])
    top = 1.0 if top > 0.5 else min(1.0, math.ceil(top * 1.15 * 100) / 100)
    yt = [(i / 4, _pct(top * i / 4, 0 if top >= 0.2 else 1)) for i in range(5)]
    body = _axes(x0, y0, pw, ph, "", "", [], yt) + [_text(x0 + pw / 2, 18, title, 13, weight="bold")]
    for i, (label, r) in enumerate(items):
        x = x0 + 20 + i * (bw + 28)
        hgt = (r["rate"] or 0.0) / top * ph
        body.append(f"<rect x='{x}' y='{y0 + ph - hgt:.1f}' width='{bw}' height='{hgt:.1f}' fill='{colour}' "
                    "fill-opacity='0.8'/>")
        ylo, yhi = y0 + ph - r["low"] / top * ph, y0 + ph - r["high"] / top * ph
        cx = x + bw / 2
        body += [_line(cx, ylo, cx, yhi, INK, 1.5), _line(cx - 8, ylo, cx + 8, ylo, INK, 1.5),
                 _line(cx - 8, yhi, cx + 8, yhi, INK, 1.5),
                 _text(cx, yhi - 6, _pct(r["rate"] or 0.0), 11, weight="bold"),
                 _text(cx, y0 + ph + 16, label, 12), _text(cx, y0 + ph + 31, f"n={r['n']}", 10, fill="#555")]
    return _svg(x0 + pw + 10, y0 + ph + 40, body, title)


def latency_svg(lat: dict[str, Any]) -> str:
    """Histogram of per-case latency over log-spaced bins."""
    hist = lat.get("histogram")
    if not hist or not hist["counts"]:
        return ""
    edges, counts = hist["edges"], hist["counts"]
    x0, y0, pw, ph = 64, 24, 420, 150
    lo, hi = math.log10(edges[0]), math.log10(edges[-1])
    span = (hi - lo) or 1.0
    top = max(counts) or 1

    def fx(v: float) -> float:
        return x0 + (math.log10(v) - lo) / span * pw

    decades = [10.0 ** d for d in range(math.floor(lo), math.ceil(hi) + 1) if lo <= d <= hi]
    xt = [((math.log10(v) - lo) / span, f"{v:g} ms") for v in decades]
    yt = [(i / 4, str(round(top * i / 4))) for i in range(5)]
    body = _axes(x0, y0, pw, ph, "latency per case (log)", "cases", xt, yt)
    for a, b, c in zip(edges, edges[1:], counts):
        hgt = c / top * ph
        body.append(f"<rect x='{fx(a):.1f}' y='{y0 + ph - hgt:.1f}' width='{max(fx(b) - fx(a) - 1, 1):.1f}' "
                    f"height='{hgt:.1f}' fill='{BLUE}' fill-opacity='0.75'/>")
    for row, q in enumerate(("p50", "p99")):
        if lat.get(q):
            x = fx(min(max(lat[q], edges[0]), edges[-1]))
            right = x > x0 + pw - 90  # near the right edge: label to the left of the line
            body += [_line(x, y0, x, y0 + ph, RED, 1, "4 3"),
                     _text(x - 3 if right else x + 3, y0 + 10 + 14 * row, f"{q} {lat[q]:.2f} ms", 11,
                           anchor="end" if right else "start", fill=RED)]
    return _svg(x0 + pw + 20, y0 + ph + 46, body, "latency distribution")
