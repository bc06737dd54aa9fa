"""Write a networkx stance graph as one self-contained, offline HTML page.

pyvis holds the nodes, edges and vis-network options; the page itself is
our template, because pyvis' own templates link vis-network and bootstrap
from CDNs even in "in_line" mode. The vis-network build shipped inside the
pyvis package is inlined, so the file opens with no network at all.

All article text reaches the page only as JSON data inside a script block
(with <, > and & escaped) and is put on screen with textContent, never as
markup: a <script> or onerror= in an article stays inert text.
"""
from __future__ import annotations

import html
import json
from pathlib import Path

import networkx as nx
from pyvis.network import Network

_STYLE = {
    "Country": {"shape": "dot", "color": "#1f77b4"},
    "Person": {"shape": "diamond", "color": "#ff7f0e"},
    "Office": {"shape": "diamond", "color": "#ffbb78"},
    "Organisation": {"shape": "square", "color": "#9467bd"},
    "AnonymousSource": {"shape": "triangle", "color": "#bbbbbb"},
    "Issue": {"shape": "box", "color": "#dddddd"},
}
OPTIONS = {"physics": {"enabled": False}, "interaction": {"hover": True, "tooltipDelay": 150},
           "edges": {"smooth": False}, "nodes": {"font": {"size": 16, "face": "sans-serif"}}}
_EDGE = {"supports": "#2ca02c", "opposes": "#d62728", "affiliation": "#aaaaaa"}


def _vis_js() -> str:
    import pyvis
    base = Path(pyvis.__file__).parent
    for p in sorted(base.glob("**/vis-network.min.js"), reverse=True):
        return p.read_text(encoding="utf-8")
    raise FileNotFoundError("vis-network.min.js not found in the pyvis package")


def _json_for_script(data) -> str:
    return (json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def build_network(g: nx.MultiDiGraph, seed: int = 7) -> Network:
    """Positions come from networkx so the browser does no physics."""
    net = Network(directed=True, cdn_resources="remote")
    pos = nx.spring_layout(nx.Graph(g), seed=seed, k=None, iterations=60 if len(g) < 2000 else 25) if len(g) else {}
    scale = 120 * max(len(g), 1) ** 0.5
    degree = dict(g.degree())
    for n, d in g.nodes(data=True):
        style = _STYLE.get(d.get("kind", "Issue"), _STYLE["Issue"])
        x, y = pos.get(n, (0.0, 0.0))
        net.nodes.append({"id": n, "label": d.get("label", ""), "en": d.get("en", ""), "kind": d.get("kind", ""),
                          "shape": style["shape"], "color": style["color"], "x": float(x) * scale,
                          "y": float(y) * scale, "size": 10 + 3 * min(degree.get(n, 0), 12),
                          "quotes": d.get("quotes", [])[:20]})
    net.node_ids = [n["id"] for n in net.nodes]
    net.node_map = {n["id"]: n for n in net.nodes}
    for i, (u, v, k, d) in enumerate(g.edges(keys=True, data=True)):
        kind = d.get("kind", k)
        net.edges.append({"id": i, "from": u, "to": v, "kind": kind, "color": _EDGE.get(kind, "#888888"),
                          "width": 1 if kind == "affiliation" else 1 + min(d.get("weight", 1), 8),
                          "dashes": kind == "affiliation", "arrows": "to",
                          "evidence": d.get("evidence", [])[:50]})
    net.set_options(json.dumps(OPTIONS))
    return net


def render(g: nx.MultiDiGraph, path: str | Path, title: str = "kg — stance graph") -> Path:
    net = build_network(g)
    page = _TEMPLATE.replace("__TITLE__", html.escape(title)).replace("__VIS__", _vis_js().replace("</script", "<\\/script"))
    page = page.replace("__NODES__", _json_for_script(net.nodes)).replace("__EDGES__", _json_for_script(net.edges))
    page = page.replace("__OPTIONS__", _json_for_script(OPTIONS))
    out = Path(path)
    out.write_text(page, encoding="utf-8")
    return out


_TEMPLATE = """<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>__TITLE__</title>
<style>
 body { margin: 0; font-family: "Noto Naskh Arabic", "DejaVu Sans", sans-serif; display: flex; height: 100vh; }
 #graph { flex: 1; border-left: 1px solid #ddd; }
 #side { width: 360px; overflow: auto; padding: 8px 12px; direction: rtl; text-align: right; font-size: 14px; }
 #side h2 { font-size: 16px; margin: 6px 0; }
 .q { border-bottom: 1px solid #eee; padding: 6px 0; }
 .meta { color: #666; font-size: 12px; }
 .legend span { display: inline-block; margin-left: 10px; }
 .sw { display: inline-block; width: 12px; height: 12px; vertical-align: middle; margin-left: 4px; }
 input { width: 95%; margin: 4px 0; }
</style>
</head>
<body>
<div id="side">
 <h2>__TITLE__</h2>
 <div class="legend">
  <span><i class="sw" style="background:#2ca02c"></i>يؤيد / supports</span>
  <span><i class="sw" style="background:#d62728"></i>يعارض / opposes</span><br>
  <span><i class="sw" style="background:#1f77b4"></i>دولة</span>
  <span><i class="sw" style="background:#ff7f0e"></i>شخص</span>
  <span><i class="sw" style="background:#9467bd"></i>منظمة</span>
  <span><i class="sw" style="background:#dddddd"></i>قضية</span>
 </div>
 <input id="search" type="search" placeholder="بحث / search">
 <div id="counts" class="meta"></div>
 <div id="detail"><p class="meta">انقر على عقدة أو علاقة لعرض الاقتباسات — click a node or an edge for its quotes.</p></div>
</div>
<div id="graph"></div>
<script>__VIS__</script>
<script>
(function () {
  "use strict";
  var NODES = __NODES__;
  var EDGES = __EDGES__;
  var OPTIONS = __OPTIONS__;
  function tip(lines) {
    var d = document.createElement("div");
    d.dir = "rtl";
    lines.forEach(function (t) { var p = document.createElement("div"); p.textContent = t; d.appendChild(p); });
    return d;
  }
  NODES.forEach(function (n) {
    n.title = tip([n.label, n.en || "", n.kind]);
  });
  EDGES.forEach(function (e) {
    var ev = e.evidence[0];
    e.title = ev ? tip([(ev.speaker || "") + ": " + (ev.quote || "").slice(0, 200), ev.date + " — " + (ev.title || ""), ev.source || ""]) : tip([e.kind]);
  });
  var nodes = new vis.DataSet(NODES);
  var edges = new vis.DataSet(EDGES);
  var network = new vis.Network(document.getElementById("graph"), { nodes: nodes, edges: edges }, OPTIONS);
  window.kgNetwork = network; window.kgNodes = nodes; window.kgEdges = edges;
  document.getElementById("counts").textContent = NODES.length + " nodes, " + EDGES.length + " edges";
  function fold(s) {
    return (s || "").normalize("NFKC").replace(/[\\u064B-\\u065F\\u0670\\u0640]/g, "")
      .replace(/[\\u0622\\u0623\\u0625\\u0671]/g, "\\u0627").replace(/\\u0649/g, "\\u064A")
      .replace(/\\u0629/g, "\\u0647").toLowerCase();
  }
  function show(title, items) {
    var d = document.getElementById("detail");
    d.textContent = "";
    var h = document.createElement("h2"); h.textContent = title; d.appendChild(h);
    items.forEach(function (it) {
      var q = document.createElement("div"); q.className = "q";
      var t = document.createElement("div"); t.textContent = (it.speaker ? it.speaker + ": " : "") + "«" + (it.quote || "") + "»"; q.appendChild(t);
      var m = document.createElement("div"); m.className = "meta"; m.textContent = [it.date, it.title, it.source].filter(Boolean).join(" — "); q.appendChild(m);
      d.appendChild(q);
    });
  }
  network.on("click", function (p) {
    if (p.edges.length && !p.nodes.length) {
      var e = edges.get(p.edges[0]);
      var from = nodes.get(e.from), to = nodes.get(e.to);
      show(from.label + (e.kind === "supports" ? " ← يؤيد → " : e.kind === "opposes" ? " ← يعارض → " : " — ") + to.label, e.evidence);
    } else if (p.nodes.length) {
      var n = nodes.get(p.nodes[0]);
      show(n.label + (n.en ? " (" + n.en + ")" : ""), n.quotes || []);
    }
  });
  document.getElementById("search").addEventListener("input", function (ev) {
    var want = fold(ev.target.value.trim());
    var hits = want ? NODES.filter(function (n) { return fold(n.label).indexOf(want) >= 0 || fold(n.en).indexOf(want) >= 0; }).map(function (n) { return n.id; }) : [];
    network.selectNodes(hits);
    if (hits.length) { network.fit({ nodes: hits, animation: false }); }
  });
})();
</script>
</body>
</html>
"""
