"""Keep a view under a node budget.

A browser draws a few thousand nodes smoothly; past that a page is slow to
open and no analyst can read it anyway. Above the budget we keep the
best-connected nodes (degree, then statement count) and report what was
dropped, so the page can say so instead of hiding it.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field

import networkx as nx

DEFAULT_MAX_NODES = 2000


@dataclass
class Dropped:
    """What a budget removed: numbers only (labels could carry article text)."""

    max_nodes: int
    nodes: int = 0
    edges: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    max_degree_dropped: int = 0

    def as_dict(self) -> dict:
        return asdict(self)


def top_by_degree(g: nx.MultiDiGraph, max_nodes: int, keep: tuple[str, ...] = ()) -> tuple[nx.MultiDiGraph, Dropped]:
    """The `max_nodes` nodes of highest degree (plus `keep`, e.g. the actor a
    view is centred on), and what was left out."""
    dropped = Dropped(max_nodes=max_nodes)
    if max_nodes <= 0 or len(g) <= max_nodes:
        return g, dropped
    degree = dict(g.degree())

    def rank(n: str) -> tuple:
        d = g.nodes[n]
        return (n not in keep, -degree[n], -len(d.get("quotes", ())), d.get("label", ""), n)

    kept = sorted(g.nodes, key=rank)[:max(max_nodes, len(keep))]
    sub = g.subgraph(kept).copy()
    gone = set(g) - set(kept)
    dropped.nodes = len(gone)
    dropped.edges = g.number_of_edges() - sub.number_of_edges()
    dropped.by_kind = dict(Counter(g.nodes[n].get("kind", "") for n in gone).most_common())
    dropped.max_degree_dropped = max(degree[n] for n in gone)
    return sub, dropped
