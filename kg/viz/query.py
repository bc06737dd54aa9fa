"""Any SPARQL CONSTRUCT, or SELECT ?s ?p ?o, as a graph to draw.

Resources become nodes and resource-valued triples edges; kg:supports and
kg:opposes keep their stance colours. Labels and types come from the
result when it has them (rdfs:label, rdf:type) and otherwise from the
store, so a query that only returns `?c kg:supports ?t` still shows names.
Other literal values are listed on their node, not drawn as nodes.
"""
from __future__ import annotations

import networkx as nx
from rdflib import Literal
from rdflib.namespace import RDF, RDFS

from kg.graph.results import short
from kg.graph.vocab import ID, KG
from kg.viz.network import NODES, add_node, rows

EDGE_KINDS = {KG.supports: "supports", KG.opposes: "opposes", KG.affiliation: "affiliation"}


class QueryShapeError(ValueError):
    """The query's result cannot be read as triples."""


def triples(result):
    """(s, p, o) rows of a CONSTRUCT graph or a SELECT with ?s ?p ?o (or exactly three columns)."""
    if result.type == "CONSTRUCT":
        return list(result.graph if result.graph is not None else result)
    if result.type != "SELECT":
        raise QueryShapeError("kg viz --query needs a CONSTRUCT or a SELECT ?s ?p ?o query, not " + result.type)
    names = [str(v) for v in result.vars]
    cols = [names.index(v) for v in ("s", "p", "o")] if {"s", "p", "o"} <= set(names) else (
        [0, 1, 2] if len(names) == 3 else None)
    if cols is None:
        raise QueryShapeError(f"a SELECT for kg viz must bind ?s ?p ?o (this one binds {' '.join('?' + n for n in names)})")
    return [(row[cols[0]], row[cols[1]], row[cols[2]]) for row in result if None not in (row[c] for c in cols)]


def query_graph(store, sparql: str) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for s, p, o in triples(store.query(sparql)):
        d = add_node(g, str(s), kind="")
        if p == RDF.type:
            if str(o).startswith(str(KG)):
                d["kind"] = str(o)[len(str(KG)):]
        elif p == RDFS.label and isinstance(o, Literal):
            if o.language == "en":
                d["en"] = d["en"] or str(o)
            else:
                add_node(g, str(s), label=str(o))
        elif isinstance(o, Literal):
            d.setdefault("props", []).append([short(p), str(o)])
        else:
            add_node(g, str(o), kind="")
            kind = EDGE_KINDS.get(p, "link")
            g.add_edge(str(s), str(o), key=str(p), kind=kind, weight=1, evidence=[],
                       **({"label": short(p)} if kind == "link" else {}))
    _describe_from_store(g, store)
    return g


def _describe_from_store(g: nx.MultiDiGraph, store) -> None:
    """Fill in the kind and names of our own entities that the result left bare."""
    if not any(n.startswith(ID) for n in g):
        return
    for n, typ, label, en, _country in rows(store, NODES):
        d = g.nodes.get(n)
        if d is not None:
            d["kind"] = d["kind"] or typ.rsplit("#", 1)[-1]
            add_node(g, n, label=label or "", en=en or "")
