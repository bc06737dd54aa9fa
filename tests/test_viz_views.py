"""Views without a browser: aggregation, budget, layouts, --query, escaping."""
from __future__ import annotations

import json
import re
import subprocess
import sys

import networkx as nx
import numpy as np
import pytest

from kg.viz import layout, views
from kg.viz.budget import top_by_degree
from kg.viz.html import render_view
from kg.viz.network import add_node, stance_graph
from tests.conftest import FIXTURES, ROOT

LAVROV = (FIXTURES / "lavrov-example.txt").read_text(encoding="utf-8")


def kg(*args, store):
    return subprocess.run([sys.executable, "-m", "kg", *args, "--store", str(store)], capture_output=True, text=True,
                          cwd=ROOT)


@pytest.fixture
def repeated(tmp_path, store):
    """The same story from three publishers on three days: one edge per relation, three statements behind it."""
    from kg.ingest.batch import ingest
    src = tmp_path / "three.jsonl"
    rows = [{"id": f"a{i}", "date": f"2017-04-1{i}", "publisher": f"pub{i}", "title": f"t{i}", "text": LAVROV}
            for i in (1, 3, 2)]
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    ingest([str(src)], store)
    return stance_graph(store)


def test_parallel_statements_are_one_edge_with_a_newest_first_trail(repeated):
    stance = [d for _, _, d in repeated.edges(data=True) if d["kind"] in ("supports", "opposes")]
    assert stance
    for d in stance:
        assert d["weight"] == len(d["evidence"]) and d["weight"] % 3 == 0
        dates = [e["date"] for e in d["evidence"]]
        assert dates == sorted(dates, reverse=True) and dates[0] == "2017-04-13"
        assert {e["publisher"] for e in d["evidence"]} == {"pub1", "pub2", "pub3"}
    pairs = [(u, v, k) for u, v, k in repeated.edges(keys=True)]
    assert len(pairs) == len(set(pairs))
    said = [(u, d) for u, _, d in repeated.edges(data=True) if d["kind"] == "said"]
    assert said and all(repeated.nodes[u]["kind"] in ("Person", "Office") for u, _ in said)


def star(leaves: int, kind: str = "Issue") -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    add_node(g, "hub", "Country", "مركز")
    for i in range(leaves):
        add_node(g, f"leaf{i}", kind, f"ورقة {i}")
        g.add_edge("hub", f"leaf{i}", key="supports", kind="supports", weight=1, evidence=[])
    return g


def test_budget_keeps_the_best_connected_and_says_what_it_dropped():
    g = star(30)
    add_node(g, "lonely", "Person", "وحيد")
    kept, dropped = top_by_degree(g, 10)
    assert len(kept) == 10 and "hub" in kept and "lonely" not in kept
    assert dropped.nodes == 22 and dropped.by_kind == {"Issue": 21, "Person": 1}
    assert dropped.edges == 21 and dropped.max_degree_dropped == 1
    kept, _ = top_by_degree(g, 10, keep=("lonely",))
    assert "lonely" in kept and len(kept) == 10
    same, nothing = top_by_degree(g, 0)
    assert same is g and nothing.nodes == 0


def _min_distance(pos: dict) -> float:
    from scipy.spatial import cKDTree
    pts = np.array(list(pos.values()))
    d, _ = cKDTree(pts).query(pts, k=2)
    return float(d[:, 1].min())


@pytest.mark.parametrize("leaves", [40, 600])          # networkx spring layout, and pivot MDS + spreading
def test_force_layout_spreads_every_node(leaves):
    g = star(leaves)
    g.add_edge("leaf0", "leaf1", key="said", kind="said")
    for i in range(5):                                      # and a few islands
        add_node(g, f"i{i}a"), add_node(g, f"i{i}b")
        g.add_edge(f"i{i}a", f"i{i}b", key="opposes", kind="opposes")
    pos = layout.force_layout(g)
    assert set(pos) == set(g) and all(np.isfinite(p).all() for p in pos.values())
    assert _min_distance(pos) > 0.05                       # no two nodes on one spot
    hub = np.array(pos["hub"])
    assert all(np.hypot(*(np.array(pos[f"i{i}a"]) - hub)) > 1.0 for i in range(5))   # islands beside, not on top


def test_stance_map_supporters_right_opponents_left():
    g = nx.MultiDiGraph()
    for n, kind in (("t", "Person"), ("ru", "Country"), ("us", "Country"), ("lavrov", "Person"), ("fr", "Country")):
        add_node(g, n, kind)
    ev = [{"date": "2017-01-01"}]
    g.add_edge("ru", "t", key="supports", kind="supports", evidence=ev)
    g.add_edge("us", "t", key="opposes", kind="opposes", evidence=ev)
    g.add_edge("fr", "t", key="opposes", kind="opposes", evidence=ev)
    g.add_edge("lavrov", "t", key="said", kind="said", evidence=ev)
    g.add_edge("lavrov", "ru", key="affiliation", kind="affiliation", evidence=[])
    pos, notes = layout.stance_map_layout(g, ["t"])
    assert pos["ru"][0] > pos["t"][0] > pos["us"][0] and pos["fr"][0] < pos["t"][0]
    assert pos["lavrov"][0] > pos["ru"][0]                 # the speaker one column further out, on Russia's side
    assert {n["text"].split()[0] for n in notes} == {"يؤيد", "يعارض"}


def test_actor_layout_is_a_time_axis():
    g = nx.MultiDiGraph()
    for n in ("me", "old", "new", "against", "friend"):
        add_node(g, n)
    g.add_edge("me", "old", key="supports", kind="supports", evidence=[{"date": "2015-01-01"}])
    g.add_edge("me", "new", key="supports", kind="supports", evidence=[{"date": "2018-01-01"}])
    g.add_edge("me", "against", key="opposes", kind="opposes", evidence=[{"date": "2016-01-01"}])
    g.add_edge("friend", "me", key="affiliation", kind="affiliation", evidence=[])
    pos, notes = layout.actor_layout(g, ["me"], set())
    assert pos["me"][0] > pos["old"][0] > pos["new"][0]    # right to left, oldest first
    assert pos["old"][1] < 0 < pos["against"][1]            # supported above the axis, opposed below
    assert pos["friend"][0] > pos["old"][0]                 # people of the actor stand beside it
    assert [n["text"] for n in notes if n.get("text", "")[:2].isdigit()] == ["2015-01-01", "2016-01-01", "2018-01-01"]


def _blocks(page: str) -> tuple[str, str]:
    """(the JSON data blocks, everything else) of a page, vis-network removed."""
    from kg.viz.html import _vis_js
    page = page.replace(_vis_js().replace("</script", "<\\/script"), "")
    m = re.search(r"var NODES = .*?;\n  var EDGES = .*?;\n  var VIEW = .*?;\n", page, re.S)
    return m.group(0), page[:m.start()] + page[m.end():]


@pytest.fixture
def hostile_store(tmp_path):
    store = tmp_path / "store"
    r = kg("ingest", str(FIXTURES / "lavrov-example.txt"), str(FIXTURES / "hostile.txt"), store=store)
    assert r.returncode == 0, r.stderr
    return store


@pytest.mark.parametrize("args", [("--target", "الحل السياسي"), ("--actor", "فرنسا"), ("--max-nodes", "3"),
                                  ("--size-by", "statements")])
def test_every_view_keeps_article_text_inside_escaped_data(hostile_store, tmp_path, args):
    out = tmp_path / "v.html"
    r = kg("viz", "-o", str(out), *args, store=hostile_store)
    assert r.returncode == 0, r.stderr
    data, rest = _blocks(out.read_text(encoding="utf-8"))
    assert "<" not in data and ">" not in data
    assert "onerror" in data or "--max-nodes" in args          # the hostile text is there, as data
    for bad in ("onerror", "javascript:", "alert(", "<img", "<a "):
        assert bad not in rest
    assert rest.count("<script") == 2 and 'dir="rtl"' in rest and '<meta charset="utf-8">' in rest
    view = json.loads(data.split("var VIEW = ", 1)[1].rstrip().rstrip(";"))
    assert set(view) >= {"mode", "centres", "notes", "dropped", "sizeBy"}


def test_budget_is_reported_by_the_command(hostile_store, tmp_path):
    r = kg("viz", "-o", str(tmp_path / "v.html"), "--max-nodes", "3", store=hostile_store)
    assert "(3 nodes" in r.stdout and "dropped" in r.stdout
    view = (tmp_path / "v.html").read_text(encoding="utf-8").split("var VIEW = ", 1)[1].split(";\n", 1)[0]
    dropped = json.loads(view)["dropped"]
    assert dropped["max_nodes"] == 3 and dropped["nodes"] > 0 and sum(dropped["by_kind"].values()) == dropped["nodes"]


def test_query_view_construct_and_select(hostile_store, tmp_path):
    construct = tmp_path / "c.rq"
    construct.write_text("CONSTRUCT { ?h kg:supports ?t . ?h kg:opposes ?o } WHERE "
                         "{ { ?h kg:supports ?t } UNION { ?h kg:opposes ?o } }", encoding="utf-8")
    select = tmp_path / "s.rq"
    select.write_text("SELECT ?s ?p ?o WHERE { ?s kg:affiliation ?o BIND(kg:affiliation AS ?p) }", encoding="utf-8")
    for rq, kinds in ((construct, {"supports", "opposes"}), (select, {"affiliation"})):
        out = tmp_path / (rq.stem + ".html")
        r = kg("viz", "-o", str(out), "--query", str(rq), store=hostile_store)
        assert r.returncode == 0, r.stderr
        data, _ = _blocks(out.read_text(encoding="utf-8"))
        edges = json.loads(data.split("var EDGES = ", 1)[1].split(";\n", 1)[0])
        nodes = json.loads(data.split("var NODES = ", 1)[1].split(";\n", 1)[0])
        assert edges and {e["kind"] for e in edges} == kinds
        assert "فرنسا" in {n["label"] for n in nodes}        # names come from the store when the result has none
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?a WHERE { ?a a kg:Country }", encoding="utf-8")
    r = kg("viz", "-o", str(tmp_path / "x.html"), "--query", str(bad), store=hostile_store)
    assert r.returncode == 2 and "?s ?p ?o" in r.stderr
    r = kg("viz", "-o", str(tmp_path / "x.html"), "--query", str(tmp_path / "missing.rq"), store=hostile_store)
    assert r.returncode == 2 and "missing.rq" in r.stderr


def test_render_view_of_an_empty_graph(tmp_path):
    out = render_view(views.overview(nx.MultiDiGraph()), tmp_path / "empty.html")
    assert "var NODES = []" in out.read_text(encoding="utf-8")
