"""Every command against a real SPARQL server: `oxigraph serve` (PyPI package
oxigraph) on 127.0.0.1 with a fresh data directory, started and stopped here."""
import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    exe = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(exe).exists():
        pytest.skip("the oxigraph server binary (pip package oxigraph) is not installed")
    port = _free_port()
    proc = subprocess.Popen([exe, "serve", "--location", str(tmp_path / "server-data"), "--bind",
                             f"127.0.0.1:{port}", "--union-default-graph"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1).read()
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"oxigraph serve exited: {proc.stderr.read().decode()[:500]}")
            time.sleep(0.1)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


def kg(*args, store):
    return subprocess.run([sys.executable, "-m", "kg", *args, "--store", store], capture_output=True, text=True,
                          cwd=ROOT)


def test_ingest_query_export_against_a_server(server, tmp_path):
    r = kg("ingest", str(FIXTURES / "lavrov-example.txt"), store=server)
    assert r.returncode == 0, r.stderr
    assert "1 added" in r.stdout
    r = kg("ingest", str(FIXTURES / "lavrov-example.txt"), store=server)
    assert "1 unchanged" in r.stdout
    r = kg("query", "ASK { ?ru rdfs:label \"روسيا\"@ar ; kg:supports ?a . ?a rdfs:label ?l "
           "FILTER(CONTAINS(?l, \"الأسد\")) }", "--format", "json", store=server)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == [{"ask": True}]
    out = tmp_path / "g.nq"
    r = kg("export", "--format", "nquads", "-o", str(out), store=server)
    assert r.returncode == 0, r.stderr
    assert "لافروف" in out.read_text(encoding="utf-8")
    r = kg("stats", store=server)
    assert r.returncode == 0 and "articles: 1" in r.stdout


def test_server_syntax_error_and_unreachable(server):
    r = kg("query", "SELEKT nothing", store=server)
    assert r.returncode == 2 and "syntax" in r.stderr.lower()
    r = kg("query", "SELECT * WHERE { ?s ?p ?o }", store="http://127.0.0.1:9")
    assert r.returncode == 2 and "cannot reach" in r.stderr


def test_kg_serve_is_read_only(tmp_path):
    store = tmp_path / "store"
    r = kg("ingest", str(FIXTURES / "lavrov-example.txt"), store=str(store))
    assert r.returncode == 0, r.stderr
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(port)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        url = f"http://127.0.0.1:{port}"
        q = urllib.request.Request(f"{url}/query", data="SELECT (COUNT(*) AS ?n) WHERE { ?s a "
                                   "<https://w3id.org/diplomatic-kg/ontology#Statement> }".encode(),
                                   headers={"Content-Type": "application/sparql-query",
                                            "Accept": "application/sparql-results+json"})
        for _ in range(100):
            try:
                res = json.loads(urllib.request.urlopen(q, timeout=2).read())
                break
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail(f"kg serve did not answer: {proc.stderr.read1(2000)}")
        assert int(res["results"]["bindings"][0]["n"]["value"]) >= 4
        up = urllib.request.Request(f"{url}/update", data=b"CLEAR ALL",
                                    headers={"Content-Type": "application/sparql-update"})
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(up, timeout=5)
        assert json.loads(urllib.request.urlopen(q, timeout=2).read()) == res   # nothing was cleared
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    # stopping "kg serve" stops the server: nothing keeps answering on its port
    with pytest.raises(OSError):
        urllib.request.urlopen(q, timeout=2)


def test_query_is_read_only_unless_allowed(tmp_path):
    store = str(tmp_path / "store")
    kg("ingest", str(FIXTURES / "lavrov-example.txt"), store=store)
    r = kg("query", "CLEAR ALL", store=store)
    assert r.returncode == 2 and "--allow-update" in r.stderr
    r = kg("query", "INSERT DATA { <urn:a> <urn:b> <urn:c> }", "--allow-update", store=store)
    assert r.returncode == 0, r.stderr
    r = kg("query", "ASK { <urn:a> <urn:b> <urn:c> }", "--format", "json", store=store)
    assert json.loads(r.stdout) == [{"ask": True}]
