"""Read the stance graph out of the store (SPARQL) into networkx.

Nodes are countries, people, organisations, offices and issues. Edges are
aggregated so the browser draws one line per relation, however many
articles repeat it:

- stance edges, holder → target, one per holder, polarity and target,
  carrying every statement behind it (the quote trail);
- said edges, speaker → target, when a person's statement is what gave
  their country a stance (Lavrov said → Assad, beside Russia supports → Assad);
- affiliation edges, person or office → the country it speaks for.

Every evidence item carries its own date and publisher so the page can
filter by them without another table.
"""
from __future__ import annotations

import networkx as nx

from kg.graph.results import short
from kg.graph.vocab import PREFIXES
from kg.ingest.arabic import normalize_phrase

KINDS = ("Country", "Person", "Organisation", "Office", "AnonymousSource", "Issue")

NODES = """
SELECT ?n ?type ?label ?en ?country WHERE {
  ?n a ?type . FILTER(?type IN (kg:Country, kg:Person, kg:Organisation, kg:Issue, kg:Office, kg:AnonymousSource))
  OPTIONAL { ?n rdfs:label ?label FILTER(lang(?label) = "ar") }
  OPTIONAL { ?n rdfs:label ?en FILTER(lang(?en) = "en") }
  OPTIONAL { ?n kg:affiliation ?country }
}"""

# Several flat queries joined in Python instead of one with many OPTIONALs:
# on a 5,000-node store this reads the graph in half the time. Article data
# lives in named graphs, hence GRAPH ?g (cheaper than the union default graph).
ARTICLES = """
SELECT ?a ?date ?title ?src ?pub WHERE { GRAPH ?g { ?a a kg:Article .
  OPTIONAL { ?a dcterms:date ?date } OPTIONAL { ?a dcterms:title ?title }
  OPTIONAL { ?a dcterms:source ?src } OPTIONAL { ?a dcterms:publisher ?pub } } }"""
STATEMENTS = """
SELECT ?s ?sp ?claim ?a WHERE { GRAPH ?g { ?s a kg:Statement ; kg:speaker ?sp ; kg:claim ?claim ; prov:wasDerivedFrom ?a } }"""
STANCES = """
SELECT ?x ?h ?pol ?t ?a WHERE { GRAPH ?g { ?x a kg:Stance ; kg:holder ?h ; kg:polarity ?pol ; kg:target ?t ;
  prov:wasDerivedFrom ?a } }"""
STANCE_STATEMENT = "SELECT ?x ?s WHERE { GRAPH ?g { ?x a kg:Stance ; kg:statement ?s } }"
STANCE_EVIDENCE = "SELECT ?x ?ev WHERE { GRAPH ?g { ?x a kg:Stance ; kg:evidence ?ev } }"


def _s(x) -> str:
    return "" if x is None else str(x)


def rows(store, sparql: str):
    """SELECT rows as tuples of plain strings (None when unbound).

    On the embedded store this asks pyoxigraph directly: converting every
    term to an rdflib object costs more than the query itself (a 5,000-node
    graph is read in a third of the time). A remote store goes through its
    own query().
    """
    inner = getattr(store, "inner", None)
    if inner is None:
        for row in store.query(sparql):
            yield tuple(None if t is None else str(t) for t in row)
        return
    res = inner.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)
    names = [v.value for v in res.variables]
    for sol in res:
        yield tuple(None if sol[n] is None else sol[n].value for n in names)


def _fallback_label(iri) -> str:
    return short(iri).split("/")[-1].replace("_", " ")


def add_node(g: nx.MultiDiGraph, key: str, kind: str = "Issue", label: str = "", en: str = "",
             country: str = "") -> dict:
    """Add a node with every attribute the page expects, or fill in missing
    labels of an existing one; returns its attribute dict."""
    if key not in g:
        g.add_node(key, kind=kind, label=label or _fallback_label(key), en=en, country=country, quotes=[])
    d = g.nodes[key]
    if label and d["label"] == _fallback_label(key):
        d["label"] = label
    d["en"] = d["en"] or en
    d["country"] = d["country"] or country
    return d


def evidence(quote: str, speaker: str, article: dict) -> dict:
    return {"quote": quote, "speaker": speaker, **article}


def newest_first(items: list[dict]) -> list[dict]:
    return sorted(items, key=lambda x: x.get("date", ""), reverse=True)


def stance_graph(store) -> nx.MultiDiGraph:
    """The whole store as one aggregated graph (see the module docstring)."""
    g = nx.MultiDiGraph()
    for n, typ, label, en, country in rows(store, NODES):
        add_node(g, n, typ.rsplit("#", 1)[-1], _s(label), _s(en), _s(country))
    articles = {a: {"date": _s(date)[:10], "title": _s(title), "source": _s(src), "publisher": _s(pub)}
                for a, date, title, src, pub in rows(store, ARTICLES)}
    no_article = {"date": "", "title": "", "source": "", "publisher": ""}
    statements = {}
    for s, sp, claim, a in rows(store, STATEMENTS):
        statements[s] = (sp, claim)
        if sp in g:
            g.nodes[sp]["quotes"].append(evidence(claim, "", articles.get(a, no_article)))
    said_by = dict(rows(store, STANCE_STATEMENT))
    sentence = dict(rows(store, STANCE_EVIDENCE))
    stances: dict[tuple[str, str, str], dict[str, dict]] = {}
    said: dict[tuple[str, str], dict[str, dict]] = {}
    for x, h, pol, t, a in rows(store, STANCES):
        polarity = "supports" if pol.endswith("Support") else "opposes"
        for n in (h, t):
            add_node(g, n)
        sp, claim = statements.get(said_by.get(x), (None, None))
        if sp is not None:
            add_node(g, sp, "Person")
        item = evidence(claim or sentence.get(x, ""), g.nodes[sp]["label"] if sp else "", articles.get(a, no_article))
        stances.setdefault((h, t, polarity), {})[x] = item
        if sp is not None and sp != h:
            said.setdefault((sp, t), {})[x] = item
    for (h, t, pol), items in stances.items():
        g.add_edge(h, t, key=pol, kind=pol, weight=len(items), evidence=newest_first(list(items.values())))
    for (sp, t), items in said.items():
        g.add_edge(sp, t, key="said", kind="said", weight=len(items), evidence=newest_first(list(items.values())))
    for n, d in list(g.nodes(data=True)):
        d["quotes"] = newest_first(d["quotes"])
        if d.get("country") in g and d["kind"] in ("Person", "Office", "Organisation", "AnonymousSource"):
            g.add_edge(n, d["country"], key="affiliation", kind="affiliation", weight=1, evidence=[])
    return g


def statement_count(g: nx.MultiDiGraph, n: str) -> int:
    """Statements a node is part of: what it said, plus the evidence of the
    stances it holds or is the target of (said edges repeat those, so skip them)."""
    backing = sum(len(d.get("evidence", ())) for _, _, d in g.in_edges(n, data=True) if d.get("kind") != "said")
    backing += sum(len(d.get("evidence", ())) for _, _, d in g.out_edges(n, data=True) if d.get("kind") != "said")
    return len(g.nodes[n].get("quotes", ())) + backing


def find_nodes(g: nx.MultiDiGraph, name: str) -> list[str]:
    """Nodes whose Arabic or English label contains `name`, in any spelling."""
    want = normalize_phrase(name)
    return [n for n, d in g.nodes(data=True)
            if want and (want in normalize_phrase(d.get("label", "")) or want.lower() in d.get("en", "").lower())]


def target_view(g: nx.MultiDiGraph, targets: list[str]) -> nx.MultiDiGraph:
    """A stance map: the targets, every holder of a stance on them, and the
    people whose statements gave those stances (with their affiliations)."""
    keep = set(targets)
    for t in targets:
        for u, _, d in g.in_edges(t, data=True):
            if d.get("kind") in ("supports", "opposes", "said"):
                keep.add(u)
    sub = g.subgraph(keep).copy()
    for u, v, k, d in g.edges(keys=True, data=True):
        if k == "affiliation" and u in keep and v in keep and not sub.has_edge(u, v, k):
            sub.add_edge(u, v, key=k, **d)
    return sub


def actor_view(g: nx.MultiDiGraph, centres: list[str]) -> nx.MultiDiGraph:
    """An actor's neighbourhood. People speak for their country, so a
    person's view also holds the country's positions, and a country's view
    the people who spoke for it and what they spoke about."""
    homes = set(centres)
    for n in centres:
        homes.update(v for v in g.successors(n) if "affiliation" in g[n][v])
    keep = set(homes)
    for n in centres:
        keep.update(g.predecessors(n))
        keep.update(g.successors(n))
    for h in homes:
        keep.update(v for v in g.successors(h) if {"supports", "opposes", "said"} & set(g[h][v]))
        for p in g.predecessors(h):
            if "affiliation" in g[p][h]:
                keep.add(p)
                keep.update(v for v in g.successors(p) if "said" in g[p][v])
    return g.subgraph(keep).copy()
