"""Node positions, computed once in Python so the browser runs no physics.

networkx's spring_layout takes about 30 s for 5,000 nodes here (its sparse
variant loops over nodes in Python), and a force layout with only local
repulsion collapses into a ball. So a large component takes its global
shape from graph distances (pivot MDS: a few breadth-first searches and a
small eigenproblem), then a few force steps in which only nearby pairs repel
(a k-d tree finds them) spread out the crowded spots. Components under
SMALL nodes use networkx's spring layout, quick and tidy at that size. Each
connected component is laid out alone and the components are packed in
rows, so small islands do not fly off to the edges.

The stance map and the actor view use fixed designs instead of forces:
supporters on the right, opponents on the left; an actor's positions along a
time axis. Positions are in edge-length units; the page scales them.
"""
from __future__ import annotations

import math

import networkx as nx
import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import shortest_path
from scipy.spatial import cKDTree

Pos = dict[str, tuple[float, float]]
SMALL = 300            # components below this size use networkx's spring layout
STANCE_KINDS = ("supports", "opposes")


def _pivot_mds(adj, rng: np.random.Generator, pivots: int = 40) -> np.ndarray:
    """Global shape from graph distances: breadth-first distances to a few
    far-apart pivot nodes, then classical MDS on them (Brandes & Pich 2006)."""
    n = adj.shape[0]
    chosen = [int(np.asarray(adj.sum(1)).ravel().argmax())]
    dist = np.empty((n, min(pivots, n)))
    nearest = np.full(n, np.inf)
    for k in range(dist.shape[1]):
        dist[:, k] = shortest_path(adj, unweighted=True, indices=chosen[k])
        nearest = np.minimum(nearest, dist[:, k])
        if k + 1 < dist.shape[1]:
            chosen.append(int(nearest.argmax()))
    d2 = dist ** 2
    c = -0.5 * (d2 - d2.mean(0) - d2.mean(1)[:, None] + d2.mean())
    _, vectors = np.linalg.eigh(c.T @ c)              # k × k: far cheaper than an SVD of n × k
    pos = c @ vectors[:, ::-1][:, :2]
    if pos.shape[1] < 2:
        pos = np.hstack([pos, np.zeros((n, 1))])
    return pos + rng.normal(0.0, 1e-3, pos.shape)


def _spread(pos: np.ndarray, edges: np.ndarray, iterations: int) -> np.ndarray:
    """A few Fruchterman–Reingold steps with only nearby pairs repelling
    (found with a k-d tree): separates the nodes that distances alone put on
    the same spot, such as the many leaves of one hub, without undoing the
    global shape. Edge length k = 1."""
    n = len(pos)
    spread = float(np.sqrt(((pos - pos.mean(0)) ** 2).sum(1).mean()))
    pos = pos * (0.8 * np.sqrt(n) / max(spread, 1e-9))         # about two units² of canvas per node
    temp = 1.0
    for _ in range(iterations):
        disp = np.zeros((n, 2))
        pairs = cKDTree(pos).query_pairs(1.5, output_type="ndarray")
        if len(pairs):
            d = pos[pairs[:, 0]] - pos[pairs[:, 1]]
            push = d / np.maximum((d * d).sum(1), 1e-4)[:, None]          # k²/dist along d/dist
            for axis in (0, 1):
                disp[:, axis] += np.bincount(pairs[:, 0], push[:, axis], n) - np.bincount(pairs[:, 1], push[:, axis], n)
        d = pos[edges[:, 0]] - pos[edges[:, 1]]
        pull = d * np.sqrt((d * d).sum(1))[:, None] * 0.1                   # weak dist²/k: keep the shape
        for axis in (0, 1):
            disp[:, axis] += np.bincount(edges[:, 1], pull[:, axis], n) - np.bincount(edges[:, 0], pull[:, axis], n)
        length = np.maximum(np.sqrt((disp * disp).sum(1)), 1e-9)
        pos += disp * (np.minimum(length, temp) / length)[:, None]
        temp *= 0.93
    return pos


def _component(nodes: list[str], und: nx.Graph, rng: np.random.Generator, iterations: int) -> np.ndarray:
    """Positions for one connected component, about one unit per edge."""
    n = len(nodes)
    if n == 1:
        return np.zeros((1, 2))
    sub = und.subgraph(nodes)
    index = {v: i for i, v in enumerate(nodes)}
    edges = np.array([(index[u], index[v]) for u, v in sub.edges()], dtype=int)
    if n < SMALL:
        spring = nx.spring_layout(sub, seed=int(rng.integers(1 << 31)), iterations=60)
        pos = np.array([spring[v] for v in nodes])
        length = np.median(np.hypot(*(pos[edges[:, 0]] - pos[edges[:, 1]]).T))
        return pos / max(float(length), 1e-6)
    adj = coo_matrix((np.ones(len(edges)), (edges[:, 0], edges[:, 1])), shape=(n, n)).tocsr()
    return _spread(_pivot_mds(adj + adj.T, rng), edges, iterations)


def _pack(parts: list[np.ndarray]) -> list[np.ndarray]:
    """Shelf-pack centred components, widest first, from the top right (the
    page reads right to left) into a block about as wide as a screen."""
    if not parts:
        return []
    radii = [float(np.sqrt((p * p).sum(1)).max()) + 0.8 for p in parts]
    width = max(math.sqrt(sum((2 * r) ** 2 for r in radii) * 1.6), 2 * max(radii))   # a screen is wider than tall
    out: list[np.ndarray] = [np.empty(0)] * len(parts)
    x, y, row_h = 0.0, 0.0, 0.0
    for i in sorted(range(len(parts)), key=lambda i: -radii[i]):
        r = radii[i]
        if x > 0 and x + 2 * r > width:
            x, y, row_h = 0.0, y + row_h, 0.0
        out[i] = parts[i] + np.array([-(x + r), y + r])
        x += 2 * r
        row_h = max(row_h, 2 * r)
    return out


def force_layout(g: nx.Graph, seed: int = 7, iterations: int = 40) -> Pos:
    """Overview positions for any graph (see the module docstring)."""
    und = nx.Graph(g)
    und.remove_edges_from(nx.selfloop_edges(und))
    rng = np.random.default_rng(seed)
    comps = sorted((sorted(c) for c in nx.connected_components(und)), key=lambda c: (-len(c), c[0]))
    parts = []
    for comp in comps:
        pos = _component(comp, und, rng, iterations)
        parts.append(pos - pos.mean(0))
    placed = _pack(parts)
    return {n: (float(x), float(y)) for comp, p in zip(comps, placed) for n, (x, y) in zip(comp, p)}


def _column(nodes: list[str], x: float, step: float, outward: float, per_column: int = 18) -> Pos:
    """Stack nodes in a column centred on y = 0, wrapping outward (away from x = 0)."""
    pos = {}
    for i, n in enumerate(nodes):
        col, row = divmod(i, per_column)
        count = min(per_column, len(nodes) - col * per_column)
        pos[n] = (x + outward * col, (row - (count - 1) / 2) * step)
    return pos


def _lean(g: nx.MultiDiGraph, n: str, targets: set[str]) -> int:
    """+1 if n's evidence on the targets mostly supports, -1 if it opposes, 0 if even."""
    score = 0
    for _, t, d in g.out_edges(n, data=True):
        if t in targets and d.get("kind") in STANCE_KINDS:
            score += len(d.get("evidence", ())) * (1 if d["kind"] == "supports" else -1)
    return (score > 0) - (score < 0)


def stance_map_layout(g: nx.MultiDiGraph, targets: list[str]) -> tuple[Pos, list[dict]]:
    """Targets in the middle, supporters on the right, opponents on the left,
    the people who spoke for them one column further out; mixed holders below."""
    tset = set(targets)
    pos: Pos = _column(sorted(targets), 0.0, 2.5, 0.0)
    holders = [n for n in g if n not in tset and any(
        t in tset and d.get("kind") in STANCE_KINDS for _, t, d in g.out_edges(n, data=True))]
    side: dict[str, int] = {n: _lean(g, n, tset) for n in holders}
    speakers = [n for n in g if n not in tset and n not in side]
    for n in speakers:     # a speaker sits on its country's side, else on the side of what it backs
        home = [v for v in g.successors(n) if "affiliation" in g[n][v] and v in side]
        side[n] = side[home[0]] if home else 0
    by_count = lambda n: (-sum(len(d.get("evidence", ())) for *_, d in g.out_edges(n, data=True)), g.nodes[n]["label"])
    for s in (1, -1):
        inner = sorted((n for n in holders if side[n] == s), key=by_count)
        outer = sorted((n for n in speakers if side[n] == s), key=by_count)
        pos.update(_column(inner, 8.0 * s, 1.6, 4.0 * s))
        first_free = 8.0 + 4.0 * max(1, math.ceil(len(inner) / 18))
        pos.update(_column(outer, first_free * s, 1.6, 4.0 * s))
    middle = sorted((n for n in g if n not in pos and side.get(n, 0) == 0), key=by_count)
    low = max((y for _, y in pos.values()), default=0.0) + 3.0
    for i, n in enumerate(middle):
        pos[n] = ((i % 5 - 2) * 3.0, low + (i // 5) * 1.6)
    top = min((y for _, y in pos.values()), default=0.0) - 2.5
    notes = [{"x": 8.0, "y": top, "text": "يؤيد · supports", "color": "#2ca02c"},
             {"x": -8.0, "y": top, "text": "يعارض · opposes", "color": "#d62728"}]
    if middle:
        notes.append({"x": 0.0, "y": low - 1.5, "text": "مواقف متباينة · mixed", "color": "#555555"})
    return pos, notes


def _latest(g: nx.MultiDiGraph, homes: set[str], v: str) -> tuple[str, int]:
    """(latest evidence date on v's edges, +1 if the home actors support v,
    -1 if they oppose it, 0 if neither)."""
    date, score = "", 0
    for a, b, d in list(g.in_edges(v, data=True)) + list(g.out_edges(v, data=True)):
        ev = d.get("evidence", ())
        date = max([date] + [e.get("date", "") for e in ev])
        if a in homes and d.get("kind") in STANCE_KINDS:
            score += len(ev) * (1 if d["kind"] == "supports" else -1)
    return date, (score > 0) - (score < 0)


def actor_layout(g: nx.MultiDiGraph, centres: list[str], homes: set[str]) -> tuple[Pos, list[dict]]:
    """The actor, its country and the people who speak for it in a column on
    the right; what they took positions on along a time axis that runs, as
    Arabic reads, from right (oldest) to left (newest): supported above the
    axis, opposed below, only talked about on it; undated links beside the actor."""
    home = set(centres) | homes
    people = {p for h in home for p in g.predecessors(h) if "affiliation" in g[p][h]} - home
    dated = {v: _latest(g, home, v) for v in g if v not in home and v not in people}
    dates = sorted({d for d, _ in dated.values() if d})
    step = 2.4
    x_of = {d: -i * step for i, d in enumerate(dates)}
    left = -step * max(len(dates) - 1, 0)
    order = sorted(home, key=lambda n: (n not in centres, n)) + sorted(people)
    pos: Pos = _column(order, 4.0, 1.8, 3.0, per_column=10)
    undated = sorted(v for v, (d, _) in dated.items() if not d)
    pos.update(_column(undated, 4.0 + 3.0 * math.ceil(len(order) / 10) + 1.0, 1.6, 3.0))
    rows: dict[tuple[int, int], float] = {}
    for v in sorted((v for v, (d, _) in dated.items() if d), key=lambda v: (dated[v][0], v)):
        date, band = dated[v]
        x, row = x_of[date], 0
        while rows.get((band, row), math.inf) - x < 2.0:      # this row already has a node close by
            row += 1
        rows[(band, row)] = x
        pos[v] = (x, -band * (3.0 + 1.3 * row) if band else (row + 1) // 2 * 1.1 * (1 if row % 2 else -1))
    low = max([y for _, y in pos.values()] + [3.0]) + 1.5
    notes = [{"line": [1.5, 0.0, left - 1.0, 0.0], "color": "#bbbbbb"},
             {"x": 2.0, "y": -2.0, "text": "↑ يؤيد · supports", "color": "#2ca02c"},
             {"x": 2.0, "y": 2.4, "text": "↓ يعارض · opposes", "color": "#d62728"}]
    every = max(1, math.ceil(len(dates) / 8))
    notes += [{"x": x_of[d], "y": low, "text": d, "color": "#666666"} for d in dates[::every]]
    return pos, notes
