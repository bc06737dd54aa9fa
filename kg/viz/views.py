"""The views an analyst asks for, each a graph plus how to draw it.

A View is what `html.render` needs: which nodes, where they go, what the
page should say about them (centres, notes drawn on the canvas, what the
node budget dropped). Choosing the subgraph, cutting it to the budget and
laying it out happen here, in that order, so a layout never spends time on
nodes that will be dropped.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

from kg.viz import layout
from kg.viz.budget import DEFAULT_MAX_NODES, Dropped, top_by_degree
from kg.viz.network import actor_view, target_view

SIZE_BY = ("degree", "statements")


@dataclass
class View:
    graph: nx.MultiDiGraph
    title: str
    mode: str = "overview"                 # overview | actor | target | query
    centres: list[str] = field(default_factory=list)
    homes: list[str] = field(default_factory=list)
    positions: layout.Pos = field(default_factory=dict)
    notes: list[dict] = field(default_factory=list)
    dropped: Dropped | None = None
    size_by: str = "degree"


def overview(g: nx.MultiDiGraph, title: str = "kg — stance graph", max_nodes: int = DEFAULT_MAX_NODES,
             size_by: str = "degree", mode: str = "overview") -> View:
    g, dropped = top_by_degree(g, max_nodes)
    return View(g, title, mode, positions=layout.force_layout(g), dropped=dropped, size_by=size_by)


def stance_map(g: nx.MultiDiGraph, targets: list[str], title: str, max_nodes: int = DEFAULT_MAX_NODES,
               size_by: str = "degree") -> View:
    g, dropped = top_by_degree(target_view(g, targets), max_nodes, keep=tuple(targets))
    pos, notes = layout.stance_map_layout(g, targets)
    return View(g, title, "target", list(targets), [], pos, notes, dropped, size_by)


def actor(g: nx.MultiDiGraph, centres: list[str], title: str, max_nodes: int = DEFAULT_MAX_NODES,
          size_by: str = "degree") -> View:
    homes = sorted({v for n in centres for v in g.successors(n) if "affiliation" in g[n][v]} - set(centres))
    sub, dropped = top_by_degree(actor_view(g, centres), max_nodes, keep=tuple(centres) + tuple(homes))
    pos, notes = layout.actor_layout(sub, centres, set(homes))
    return View(sub, title, "actor", list(centres), homes, pos, notes, dropped, size_by)
