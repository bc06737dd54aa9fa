"""Format SPARQL results for people and programs: an aligned table, CSV, JSON."""
from __future__ import annotations

import csv
import io
import json
import unicodedata

from rdflib import Literal, URIRef

from kg.graph.vocab import ID, PREFIXES


def short(term) -> str:
    """A readable cell: literals as text, our IRIs as prefix:segment."""
    if term is None:
        return ""
    if isinstance(term, Literal):
        return str(term)
    s = str(term)
    if isinstance(term, URIRef):
        if s.startswith(ID):
            from urllib.parse import unquote
            return unquote(s[len(ID):])
        for p, ns in PREFIXES.items():
            if s.startswith(ns):
                return f"{p}:{s[len(ns):]}"
    return s


def width(text: str) -> int:
    """Terminal columns: combining marks (Arabic diacritics) take none."""
    return sum(0 if unicodedata.combining(c) or unicodedata.category(c) == "Cf" else
               2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cell(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    if width(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def as_rows(result) -> tuple[list[str], list[list]]:
    if result.type == "ASK":
        return ["ask"], [[Literal(bool(result.askAnswer))]]
    if result.type == "CONSTRUCT" or result.type == "DESCRIBE":
        return ["subject", "predicate", "object"], [list(t) for t in result.graph]
    vars_ = [str(v) for v in result.vars]
    return vars_, [[row[v] if v in row.labels else None for v in vars_] for row in result]


def to_table(result) -> str:
    header, rows = as_rows(result)
    cells = [[_cell(short(x)) for x in r] for r in rows]
    widths = [max([width(h)] + [width(r[i]) for r in cells]) for i, h in enumerate(header)]
    def line(vals):
        # U+2068/2069 isolate each cell so Arabic text cannot reorder its neighbours
        return " │ ".join("\u2068" + v + "\u2069" + " " * (w - width(v)) for v, w in zip(vals, widths)).rstrip()
    out = [line(header), "─┼─".join("─" * w for w in widths)]
    out += [line(r) for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


def to_csv(result) -> str:
    header, rows = as_rows(result)
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(header)
    for r in rows:
        w.writerow(["" if x is None else str(x) for x in r])
    return buf.getvalue()


def to_json(result) -> str:
    header, rows = as_rows(result)
    def enc(x):
        if x is None:
            return None
        if isinstance(x, Literal):
            v = x.toPython()
            return v if isinstance(v, (int, float, bool, str)) else str(x)
        return str(x)
    return json.dumps([{h: enc(x) for h, x in zip(header, r)} for r in rows], ensure_ascii=False, indent=1)
