"""Namespaces and IRIs. The ontology itself (labels, comments, domains) is
data: `data/ontology.ttl`."""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from urllib.parse import quote

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, XSD

KG = Namespace("https://w3id.org/diplomatic-kg/ontology#")
ID = "https://w3id.org/diplomatic-kg/id/"
WD = Namespace("http://www.wikidata.org/entity/")
ENTITIES_GRAPH = URIRef(ID + "graph/entities")
META_GRAPH = URIRef(ID + "graph/meta")
ONTOLOGY_GRAPH = URIRef(ID + "graph/ontology")

PREFIXES = {"kg": str(KG), "rdfs": str(RDFS), "rdf": str(RDF), "prov": str(PROV), "dcterms": str(DCTERMS),
            "xsd": str(XSD), "owl": str(OWL), "wd": str(WD)}

SPARQL_PREFIXES = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())

_SEGMENT_PATH = {"Country": "country", "Person": "person", "Organisation": "org", "Office": "office",
                 "Issue": "issue", "Anonymous": "source", "Group": "group"}
_UNSAFE = re.compile(r"[\s/\\#?%<>\"{}|^`]+")
_SAFE = "_-.~()'!*,;=:@+" + "".join(chr(c) for c in range(0x0600, 0x06FF + 1))


@lru_cache(maxsize=100_000)
def segment(key: str) -> str:
    """A readable IRI segment: Arabic letters stay (IRIs allow them), only
    characters that IRIs forbid are replaced or escaped."""
    s = _UNSAFE.sub("_", key.strip()).strip("_") or "x"
    return quote(s, safe=_SAFE)


def entity_iri(kind: str, key: str) -> URIRef:
    return URIRef(f"{ID}{_SEGMENT_PATH.get(kind, 'thing')}/{segment(key)}")


def article_iri(key: str) -> URIRef:
    return URIRef(f"{ID}article/{segment(key)}")


def article_graph(key: str) -> URIRef:
    return URIRef(f"{ID}graph/article/{segment(key)}")


def local_iri(article: URIRef, kind: str, n: int, text: str = "") -> URIRef:
    """Statements and stances: numbered within their article, plus a short
    hash of their content so an edited article never reuses an IRI for
    different content."""
    h = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8] if text else ""
    return URIRef(f"{article}/{kind}/{n}{'-' + h if h else ''}")
