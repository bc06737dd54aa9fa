"""A SPARQL 1.1 server as the store: Oxigraph server, Apache Jena Fuseki, or
any server with the Query, Update and Graph Store protocols.

`--store http://HOST:PORT/DATASET` (or `sparql+http://…`) sends queries to
`…/query` and updates to `…/update`, the layout of Oxigraph and Fuseki. The
server must treat the default graph as the union of all graphs (Oxigraph:
`oxigraph serve --union-default-graph`; Fuseki: `tdb2:unionDefaultGraph true`),
as the embedded store does. Each article is still one update request, which
these servers apply as one transaction.
"""
from __future__ import annotations

import io
import urllib.error
import urllib.parse
import urllib.request

from rdflib.query import Result

from kg.graph.store import META_GRAPH, STORE_NODE, SCHEMA_VERSION, StoreError, _with_prefixes, replace_article_update
from kg.graph.vocab import KG


def is_remote(location: str | None) -> bool:
    return bool(location) and location.split("://", 1)[0] in ("http", "https", "sparql+http", "sparql+https")


class RemoteStore:
    """Same interface as `Store`, over HTTP."""

    def __init__(self, url: str, timeout: float = 60.0):
        self.base = url.replace("sparql+", "", 1).rstrip("/")
        self.path = url
        self.timeout = timeout

    @classmethod
    def open(cls, url: str, create: bool = True, read_only: bool = False, timeout: float = 60.0) -> "RemoteStore":
        store = cls(url, timeout)
        try:
            found = list(store.query(f"SELECT ?v WHERE {{ GRAPH {META_GRAPH.n3()} {{ {STORE_NODE.n3()} "
                                     f"{KG.schemaVersion.n3()} ?v }} }}"))
        except StoreError:
            raise
        if not found and create and not read_only:
            store.update(f"INSERT DATA {{ GRAPH {META_GRAPH.n3()} {{ {STORE_NODE.n3()} {KG.schemaVersion.n3()} "
                         f"\"{SCHEMA_VERSION}\" }} }}")
        elif found and str(found[0][0]) != SCHEMA_VERSION:
            raise StoreError(f"{url}: store schema version {found[0][0]}, this kg writes version {SCHEMA_VERSION}")
        return store

    # -- protocol ------------------------------------------------------------------------------
    def _post(self, endpoint: str, body: str, content_type: str, accept: str) -> bytes:
        req = urllib.request.Request(f"{self.base}/{endpoint}", data=body.encode("utf-8"), method="POST",
                                     headers={"Content-Type": content_type, "Accept": accept})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as r:
                return r.read()
        except urllib.error.HTTPError as e:
            detail = e.read().decode("utf-8", "replace")[:500]
            if e.code == 400:
                raise SyntaxError(f"the server rejected the request: {detail}") from e
            raise StoreError(f"{self.path}: HTTP {e.code} from {endpoint}: {detail}") from e
        except (urllib.error.URLError, TimeoutError, OSError) as e:
            raise StoreError(f"{self.path}: cannot reach the SPARQL server ({getattr(e, 'reason', e)})") from e

    def query(self, sparql: str):
        q = _with_prefixes(sparql)
        data = self._post("query", q, "application/sparql-query",
                          "application/sparql-results+json, application/n-triples;q=0.9")
        if data.lstrip()[:1] == b"{":
            return Result.parse(io.BytesIO(data), format="json")
        import rdflib
        res = Result("CONSTRUCT")
        res.graph = rdflib.Graph().parse(data=data.decode("utf-8"), format="nt")
        return res

    def update(self, sparql: str) -> None:
        self._post("update", _with_prefixes(sparql), "application/sparql-update", "*/*")

    # -- the Store interface -------------------------------------------------------------------
    def article_hash(self, article) -> str | None:
        rows = list(self.query(f"SELECT ?h WHERE {{ GRAPH {META_GRAPH.n3()} {{ {article.n3()} {KG.contentHash.n3()} ?h }} }}"))
        return str(rows[0][0]) if rows else None

    def replace_article(self, graph, article, quads) -> None:
        self.update(replace_article_update(graph, article, quads))

    def count_articles(self) -> int:
        rows = list(self.query(f"SELECT (COUNT(?a) AS ?n) WHERE {{ GRAPH {META_GRAPH.n3()} {{ ?a {KG.contentHash.n3()} ?h }} }}"))
        return int(rows[0][0])

    def export(self, path: str, fmt: str) -> None:
        """Everything, quad by quad, through a SELECT over all graphs."""
        import rdflib
        ds = rdflib.Dataset()
        for s, p, o, g in self.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"):
            ds.graph(g).add((s, p, o))
        fmt_name = {"nquads": "nquads", "trig": "trig", "turtle": "turtle", "jsonld": "json-ld"}.get(fmt)
        if fmt_name is None:
            raise StoreError(f"unknown export format '{fmt}' (nquads, trig, turtle, jsonld)")
        if fmt == "turtle":
            g = rdflib.Graph()
            for s, p, o, _ in ds.quads():
                g.add((s, p, o))
            g.serialize(path, format="turtle")
        else:
            ds.serialize(path, format=fmt_name)

    def close(self) -> None:
        pass

    def __enter__(self) -> "RemoteStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
