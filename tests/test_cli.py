"""The kg command as a user runs it: a real process on a real store."""
import json
import re
import subprocess
import sys

import pytest

from tests.conftest import FIXTURES, ROOT


def kg(*args, store, input=None):
    return subprocess.run([sys.executable, "-m", "kg", *args, "--store", str(store)], capture_output=True,
                          text=True, input=input, cwd=ROOT)


@pytest.fixture
def filled(tmp_path):
    store = tmp_path / "store"
    r = kg("ingest", str(FIXTURES / "lavrov-example.txt"), str(FIXTURES / "hostile.txt"), store=store)
    assert r.returncode == 0, r.stderr
    assert "2 added" in r.stdout
    return store


def test_ingest_reports_bad_files_and_goes_on(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": 5}\n', encoding="utf-8")
    r = kg("ingest", str(bad), str(FIXTURES / "lavrov-example.txt"), store=tmp_path / "s")
    assert r.returncode == 0
    assert "1 added" in r.stdout and "1 failed" in r.stdout
    assert "bad.jsonl:1" in r.stderr and "'text'" in r.stderr


def test_query_formats(filled):
    q = "SELECT ?l WHERE { ?p a kg:Person ; rdfs:label ?l FILTER(lang(?l) = 'ar') } ORDER BY ?l"
    table = kg("query", q, store=filled).stdout
    assert "لافروف" in table and "rows)" in table
    rows = json.loads(kg("query", q, "--format", "json", store=filled).stdout)
    assert any("لافروف" in r["l"] for r in rows)
    csv = kg("query", q, "--format", "csv", store=filled).stdout
    assert csv.splitlines()[0] == "l"


def test_query_file_from_data_queries(filled):
    r = kg("query", "-f", str(ROOT / "data" / "queries" / "who-supports-opposes.rq"), store=filled)
    assert r.returncode == 0 and "روسيا" in r.stdout


def test_all_shipped_queries_parse(filled):
    for rq in sorted((ROOT / "data" / "queries").glob("*.rq")):
        assert rq.read_text(encoding="utf-8").lstrip().startswith("#"), f"{rq.name} needs a comment line"
        r = kg("query", "-f", str(rq), store=filled)
        assert r.returncode == 0, (rq.name, r.stderr)


def test_query_syntax_error_is_clear(filled):
    r = kg("query", "SELEKT ?x WHERE {", store=filled)
    assert r.returncode == 2
    assert "kg query" in r.stderr and "error" in r.stderr.lower()
    assert "Traceback" not in r.stderr


def test_query_on_missing_store_is_clear(tmp_path):
    r = kg("query", "SELECT * WHERE { ?s ?p ?o }", store=tmp_path / "nothing")
    assert r.returncode == 2 and "no store" in r.stderr


def test_stats(filled):
    r = kg("stats", store=filled)
    assert r.returncode == 0
    assert "articles: 2" in r.stdout and "kg:Statement" in r.stdout and "top speakers" in r.stdout


def test_export(filled, tmp_path):
    out = tmp_path / "g.nq"
    r = kg("export", "--format", "nquads", "-o", str(out), store=filled)
    assert r.returncode == 0 and out.stat().st_size > 0


def test_viz_is_offline_utf8_rtl_and_escaped(filled, tmp_path):
    out = tmp_path / "graph.html"
    r = kg("viz", "-o", str(out), store=filled)
    assert r.returncode == 0, r.stderr
    page = out.read_text(encoding="utf-8")
    assert '<meta charset="utf-8">' in page and 'dir="rtl"' in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page), "no CDN or remote resources"
    # article text reaches the page only as JSON data with <, > and & escaped
    head, rest = page.split("var NODES = ", 1)
    nodes_json, rest = rest.split(";\n  var EDGES = ", 1)
    edges_json = rest.split(";\n", 1)[0]
    for blob in (nodes_json, edges_json):
        assert "<" not in blob and ">" not in blob
    nodes, edges = json.loads(nodes_json), json.loads(edges_json)
    quotes = json.dumps([e["evidence"] for e in edges] + [n["quotes"] for n in nodes], ensure_ascii=False)
    assert "onerror=alert(1)" in quotes or "<script>" in quotes      # the hostile text is there, as data
    from kg.viz.html import _vis_js
    outside = (head + rest.split(";\n", 1)[1]).replace(_vis_js().replace("</script", "<\\/script"), "")
    assert "onerror" not in outside and "javascript:" not in outside and "alert(" not in outside
    assert outside.count("<script>") == 2         # vis-network and our own code, nothing from articles
    assert "لافروف" in page


def test_viz_actor_view(filled, tmp_path):
    out = tmp_path / "actor.html"
    r = kg("viz", "-o", str(out), "--actor", "لافروف", store=filled)
    assert r.returncode == 0 and "nodes" in r.stdout
    r = kg("viz", "-o", str(out), "--actor", "لا أحد بهذا الاسم", store=filled)
    assert r.returncode == 2 and "no actor" in r.stderr


def test_query_timeout_gives_up_with_a_clear_message(filled):
    import time
    t0 = time.time()
    r = kg("query", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }", "--timeout", "1",
           store=filled)
    assert r.returncode == 3 and "no answer within 1.0 s" in r.stderr
    assert time.time() - t0 < 30
