"""Read the stance graph out of the store (SPARQL) into networkx.

Nodes are countries, people, organisations and issues; edges are stances
(aggregated: one edge per holder, polarity and target, carrying every
statement behind it) and affiliations (person → country, thin and grey).
"""
from __future__ import annotations

import networkx as nx

from kg.graph.results import short
from kg.ingest.arabic import normalize_phrase

STANCES = """
SELECT ?h ?pol ?t ?ev ?cue ?date ?title ?src ?speaker ?claim WHERE {
  ?x a kg:Stance ; kg:holder ?h ; kg:polarity ?pol ; kg:target ?t ; prov:wasDerivedFrom ?a .
  OPTIONAL { ?x kg:evidence ?ev } OPTIONAL { ?x kg:cue ?cue }
  OPTIONAL { ?a dcterms:date ?date } OPTIONAL { ?a dcterms:title ?title } OPTIONAL { ?a dcterms:source ?src }
  OPTIONAL { ?x kg:statement ?s . ?s kg:speaker ?sp ; kg:claim ?claim . OPTIONAL { ?sp rdfs:label ?speaker FILTER(lang(?speaker) = "ar") } }
}"""

NODES = """
SELECT ?n ?type ?label ?en ?country WHERE {
  ?n a ?type . FILTER(?type IN (kg:Country, kg:Person, kg:Organisation, kg:Issue, kg:Office, kg:AnonymousSource))
  OPTIONAL { ?n rdfs:label ?label FILTER(lang(?label) = "ar") }
  OPTIONAL { ?n rdfs:label ?en FILTER(lang(?en) = "en") }
  OPTIONAL { ?n kg:affiliation ?country }
}"""

SAID = """
SELECT ?sp ?claim ?date ?title ?src WHERE {
  ?s a kg:Statement ; kg:speaker ?sp ; kg:claim ?claim ; prov:wasDerivedFrom ?a .
  OPTIONAL { ?a dcterms:date ?date } OPTIONAL { ?a dcterms:title ?title } OPTIONAL { ?a dcterms:source ?src }
}"""


def _s(x) -> str:
    return "" if x is None else str(x)


def stance_graph(store) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for n, typ, label, en, country in store.query(NODES):
        key = str(n)
        kind = short(typ).split(":")[-1]
        d = g.nodes[key] if key in g else None
        if d is None:
            g.add_node(key, kind=kind, label=_s(label) or short(n).split("/")[-1], en=_s(en), country=_s(country),
                       quotes=[])
        else:
            d["label"] = d["label"] or _s(label)
            d["en"] = d["en"] or _s(en)
    edges: dict[tuple[str, str, str], dict] = {}
    for h, pol, t, ev, cue, date, title, src, speaker, claim in store.query(STANCES):
        polarity = "supports" if str(pol).endswith("Support") else "opposes"
        for n in (h, t):
            if str(n) not in g:
                g.add_node(str(n), kind="Issue", label=short(n).split("/")[-1], en="", country="", quotes=[])
        e = edges.setdefault((str(h), str(t), polarity), {"kind": polarity, "evidence": []})
        e["evidence"].append({"quote": _s(claim) or _s(ev), "speaker": _s(speaker), "date": _s(date)[:10],
                              "title": _s(title), "source": _s(src), "cue": _s(cue)})
    for (h, t, pol), e in edges.items():
        e["evidence"].sort(key=lambda x: x["date"], reverse=True)
        g.add_edge(h, t, key=pol, weight=len(e["evidence"]), **e)
    for sp, claim, date, title, src in store.query(SAID):
        key = str(sp)
        if key in g:
            g.nodes[key]["quotes"].append({"quote": _s(claim), "date": _s(date)[:10], "title": _s(title),
                                           "source": _s(src)})
    for n, d in list(g.nodes(data=True)):
        if d.get("country") and d["country"] in g and d["kind"] in ("Person", "Office", "Organisation"):
            g.add_edge(n, d["country"], key="affiliation", kind="affiliation", weight=1, evidence=[])
    return g


def find_nodes(g: nx.MultiDiGraph, name: str) -> list[str]:
    """Nodes whose Arabic or English label contains `name`, in any spelling."""
    want = normalize_phrase(name)
    return [n for n, d in g.nodes(data=True)
            if want and (want in normalize_phrase(d.get("label", "")) or want.lower() in d.get("en", "").lower())]


def neighbourhood(g: nx.MultiDiGraph, centres: list[str], radius: int = 1) -> nx.MultiDiGraph:
    keep = set(centres)
    frontier = set(centres)
    und = g.to_undirected(as_view=True)
    for _ in range(radius):
        nxt = set()
        for n in frontier:
            nxt.update(und.neighbors(n))
        keep |= nxt
        frontier = nxt
    # people of a country speak for it: include them and their positions
    for n in list(keep):
        for p in g.predecessors(n):
            if any(k == "affiliation" for k in g[p][n]):
                keep.add(p)
                keep.update(g.successors(p))
    return g.subgraph(keep).copy()
