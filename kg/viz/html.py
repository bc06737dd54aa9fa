"""Write a View as one self-contained, offline HTML page.

pyvis supplies the vis-network build (inlined from the pyvis package) and
its node/edge dictionaries; the page is our own template, because pyvis'
templates link vis-network and bootstrap from CDNs even in "in_line" mode.
The file opens with no network at all, and a Content-Security-Policy that
allows no fetch of any kind keeps it so.

Every piece of article text reaches the page only as JSON inside the two
data blocks NODES and EDGES (with <, > and & escaped), and the page puts it
on screen with textContent, never as markup: a <script> or onerror= in an
article stays inert text. The third block, VIEW, holds only numbers, node
indices and our own strings, never article text.
"""
from __future__ import annotations

import html
import json
import math
import re
from functools import lru_cache
from pathlib import Path

import networkx as nx
from pyvis.network import Network

from kg.ingest.arabic import normalize_phrase
from kg.viz import views
from kg.viz.network import statement_count
from kg.viz.page_script import SCRIPT
from kg.viz.template import TEMPLATE

SCALE = 100.0                # pixels per layout unit (one edge length)
EVIDENCE_CAP = 200           # statements listed per edge; the page says when there are more
QUOTES_CAP = 100
STYLE = {
    "Country": {"shape": "dot", "color": "#1f77b4"},
    "Person": {"shape": "diamond", "color": "#ff7f0e"},
    "Office": {"shape": "diamond", "color": "#ffbb78"},
    "Organisation": {"shape": "square", "color": "#9467bd"},
    "AnonymousSource": {"shape": "triangle", "color": "#bbbbbb"},
    "Issue": {"shape": "box", "color": "#e8e8e8"},
}
OTHER_STYLE = {"shape": "ellipse", "color": "#c7e9c0"}
EDGE_COLOR = {"supports": "#2ca02c", "opposes": "#d62728", "said": "#9a9a9a", "affiliation": "#b0b0b0",
              "link": "#7f9fbf"}


@lru_cache(maxsize=1)
def _vis_js() -> str:
    import pyvis
    base = Path(pyvis.__file__).parent
    for p in sorted(base.glob("**/vis-network.min.js"), reverse=True):
        return p.read_text(encoding="utf-8")
    raise FileNotFoundError("vis-network.min.js not found in the pyvis package")


def _json_for_script(data) -> str:
    return (json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
            .replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _search_key(d: dict) -> str:
    """What the page's search box matches against: the Arabic label in our
    normal form (any alef, hamza or ta marbuta spelling) and the English name."""
    return f"{normalize_phrase(d.get('label', ''))} | {d.get('en', '').lower()}"


def _width(kind: str, weight: int) -> float:
    if kind in ("affiliation", "said", "link"):
        return 1.0
    return round(min(1.5 + 2.0 * math.sqrt(max(weight, 1) - 1), 12.0), 1)


def build_network(view: views.View) -> Network:
    """pyvis Network holding the page's nodes and edges; node ids are
    indices so the VIEW block can name nodes without any article text."""
    g, pos = view.graph, view.positions
    net = Network(directed=True, cdn_resources="remote")
    index = {n: i for i, n in enumerate(g)}
    degree = dict(g.degree())
    centres = set(view.centres) | set(view.homes)
    for n, d in g.nodes(data=True):
        style = STYLE.get(d.get("kind", ""), OTHER_STYLE)
        x, y = pos.get(n, (0.0, 0.0))
        node = {"id": index[n], "iri": n, "label": d.get("label", ""), "en": d.get("en", ""),
                "kind": d.get("kind", ""), "shape": style["shape"], "color": style["color"],
                "x": round(x * SCALE, 1), "y": round(y * SCALE, 1), "deg": degree[n],
                "n": statement_count(g, n), "key": _search_key(d), "quotes": d.get("quotes", [])[:QUOTES_CAP],
                "nq": len(d.get("quotes", ()))}
        if d.get("props"):
            node["props"] = d["props"][:50]
        if n in centres:
            node["centre"] = True
        net.nodes.append(node)
    net.node_ids = [n["id"] for n in net.nodes]
    net.node_map = {n["id"]: n for n in net.nodes}
    for i, (u, v, k, d) in enumerate(g.edges(keys=True, data=True)):
        kind = d.get("kind", k)
        ev = d.get("evidence", [])
        edge = {"id": i, "from": index[u], "to": index[v], "kind": kind, "color": EDGE_COLOR.get(kind, "#888888"),
                "width": _width(kind, d.get("weight", len(ev))), "dashes": kind == "affiliation",
                "evidence": ev[:EVIDENCE_CAP], "ne": len(ev)}
        if d.get("label"):
            edge["label"] = d["label"]
        net.edges.append(edge)
    return net


def view_block(view: views.View, net: Network) -> dict:
    """The VIEW block: our own strings, numbers and node indices only."""
    index = {n["iri"]: n["id"] for n in net.nodes}
    dropped = view.dropped.as_dict() if view.dropped and view.dropped.nodes else None
    notes = [dict(n, **({"x": n["x"] * SCALE, "y": n["y"] * SCALE} if "x" in n else {}),
                  **({"line": [c * SCALE for c in n["line"]]} if "line" in n else {})) for n in view.notes]
    return {"title": view.title, "mode": view.mode, "centres": [index[c] for c in view.centres if c in index],
            "homes": [index[c] for c in view.homes if c in index], "notes": notes, "dropped": dropped,
            "sizeBy": view.size_by, "big": len(net.nodes) > 1000}


def render_view(view: views.View, path: str | Path) -> Path:
    net = build_network(view)
    parts = {"TITLE": html.escape(view.title), "VIS": _vis_js().replace("</script", "<\\/script"), "SCRIPT": SCRIPT,
             "DATA": f"var NODES = {_json_for_script(net.nodes)};\n  var EDGES = {_json_for_script(net.edges)};\n"
                     f"  var VIEW = {_json_for_script(view_block(view, net))};\n"}
    page = re.sub(r"__(TITLE|VIS|DATA|SCRIPT)__", lambda m: parts[m.group(1)], TEMPLATE)   # one pass: data is never rescanned
    out = Path(path)
    out.write_text(page, encoding="utf-8")
    return out


def render(g: nx.MultiDiGraph, path: str | Path, title: str = "kg — stance graph", **overview_args) -> Path:
    """The overview of a whole graph (what `kg demo` writes)."""
    return render_view(views.overview(g, title, **overview_args), path)
