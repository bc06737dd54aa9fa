"""Extraction → RDF quads.

Each article's statements and stances go into the article's own named
graph; the description of every actor and issue (type, labels, affiliation,
Wikidata link) goes into one shared entities graph, so the same person or
country is one node whatever article mentions it.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, XSD

from kg.graph.vocab import ENTITIES_GRAPH, KG, META_GRAPH, WD, article_graph, article_iri, entity_iri, local_iri
from kg.records import GROUP_NODES, Document, Entity, Extraction

@lru_cache(maxsize=1)
def rules_version() -> str:
    """A digest of the extraction code, lexicons, gazetteers and models: an
    article added again after the rules changed is extracted again, not
    skipped as unchanged. Computed once, on the first ingest (not on import)."""
    from kg.ingest.lexicon import DATA_DIR
    h = hashlib.sha256()
    code = Path(__file__).resolve().parents[1] / "ingest"
    for p in sorted([*code.glob("*.py"), *DATA_DIR.rglob("*.tsv"), *DATA_DIR.rglob("*.txt"), *DATA_DIR.rglob("*.crfsuite")]):
        h.update(p.name.encode("utf-8"))
        h.update(p.read_bytes())
    return h.hexdigest()[:16]

_CLASS = {"Country": KG.Country, "Person": KG.Person, "Organisation": KG.Organisation, "Office": KG.Office,
          "Issue": KG.Issue, "Anonymous": KG.AnonymousSource, "Group": KG.Group}

Quad = tuple[URIRef, URIRef, object, URIRef]


def content_hash(doc: Document) -> str:
    """What decides "unchanged": the text and metadata we read, and the
    version of the extraction rules that produced the graph."""
    h = hashlib.sha256()
    for part in (rules_version(), doc.source, doc.title, doc.date, doc.dateline, doc.agency, doc.publisher,
                 doc.url, doc.text):
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()


def entity_quads(ent: Entity, countries: dict[str, Entity]) -> list[Quad]:
    g = ENTITIES_GRAPH
    s = entity_iri(ent.kind, ent.key)
    q: list[Quad] = [(s, RDF.type, _CLASS.get(ent.kind, KG.Actor), g)]
    if ent.kind != "Issue":
        q.append((s, RDF.type, KG.Actor, g))
    if ent.label_ar:
        q.append((s, RDFS.label, Literal(ent.label_ar, lang="ar"), g))
    for written in ent.spellings:      # the same person as another article spells the name
        q.append((s, RDFS.label, Literal(written, lang="ar"), g))
    if ent.label_en:
        q.append((s, RDFS.label, Literal(ent.label_en, lang="en"), g))
    if ent.wikidata:
        q.append((s, OWL.sameAs, WD[ent.wikidata], g))
    if ent.role and ent.kind in ("Person", "Office"):
        q.append((s, KG.role, Literal(ent.role), g))
    if ent.country and ent.kind != "Country" and ent.country in countries:
        q.append((s, KG.affiliation, entity_iri("Country", ent.country), g))
    for key in ent.members:      # "قادة الولايات المتحدة وبريطانيا …": who the group is
        if key in countries:
            q.append((s, KG.member, entity_iri("Country", key), g))
    return q


def article_quads(ex: Extraction, countries: dict[str, Entity]) -> tuple[URIRef, list[Quad]]:
    """(named graph IRI, all quads for this article: its graph, the entity
    descriptions it needs, and its bookkeeping record)."""
    doc = ex.document
    g = article_graph(doc.key)
    a = article_iri(doc.key)
    q: list[Quad] = [
        (a, RDF.type, KG.Article, g),
        (a, DCTERMS.source, Literal(doc.source), g),
        (a, DCTERMS.identifier, Literal(doc.key), g),
        (a, DCTERMS.language, Literal(doc.language), g),
    ]
    if doc.title:
        q.append((a, DCTERMS.title, Literal(doc.title, lang="ar"), g))
    if doc.date:
        q.append((a, DCTERMS.date, Literal(doc.date, datatype=XSD.date), g))
    for prop, value in ((KG.dateline, doc.dateline), (KG.agency, doc.agency), (DCTERMS.publisher, doc.publisher)):
        if value:
            q.append((a, prop, Literal(value), g))
    if doc.url:
        q.append((a, KG.url, Literal(doc.url), g))
    stmt_iris: list[URIRef] = []
    for n, st in enumerate(ex.statements):
        s = local_iri(a, "statement", n, f"{st.speaker.key}|{st.claim}")
        stmt_iris.append(s)
        sp = entity_iri(st.speaker.kind, st.speaker.key)
        q += [
            (s, RDF.type, KG.Statement, g),
            (s, KG.speaker, sp, g),
            (sp, KG.said, s, g),
            (s, KG.claim, Literal(st.claim, lang="ar"), g),
            (s, KG.evidence, Literal(st.evidence, lang="ar"), g),
            (s, KG.sentenceIndex, Literal(st.sentence, datatype=XSD.integer), g),
            (s, KG.reportingVerb, Literal(st.verb, lang="ar"), g),
            (s, KG.quoteType, KG.Direct if st.quote_type == "direct" else KG.Indirect, g),
            (s, KG.confidence, Literal(round(st.confidence, 2), datatype=XSD.decimal), g),
            (s, KG.rule, Literal(st.rule), g),
            (s, PROV.wasDerivedFrom, a, g),
        ]
        if doc.date:
            q.append((s, DCTERMS.date, Literal(doc.date, datatype=XSD.date), g))
        for r in st.reported_speakers:
            q.append((s, KG.reportedSpeaker, entity_iri(r.kind, r.key), g))
    for n, x in enumerate(ex.stances):
        s = local_iri(a, "stance", n, f"{x.holder.key}|{x.polarity}|{x.target.key}|{x.sentence}")
        h = entity_iri(x.holder.kind, x.holder.key)
        t = entity_iri(x.target.kind, x.target.key)
        q += [
            (s, RDF.type, KG.Stance, g),
            (s, KG.holder, h, g),
            (s, KG.polarity, KG.Support if x.polarity == "support" else KG.Oppose, g),
            (s, KG.target, t, g),
            (s, KG.cue, Literal(x.cue, lang="ar"), g),
            (s, KG.rule, Literal(x.rule), g),
            (s, KG.confidence, Literal(round(x.confidence, 2), datatype=XSD.decimal), g),
            (s, KG.evidence, Literal(ex.sentences[x.sentence].text, lang="ar"), g),
            (s, PROV.wasDerivedFrom, a, g),
            (h, KG.supports if x.polarity == "support" else KG.opposes, t, g),
        ]
        if x.statement is not None and x.statement < len(stmt_iris):
            q.append((s, KG.statement, stmt_iris[x.statement], g))
        if doc.date:
            q.append((s, DCTERMS.date, Literal(doc.date, datatype=XSD.date), g))
    for x in ex.implied:
        # only the shortcut edge: the stance node it follows from carries the evidence
        h, t = entity_iri(x.holder.kind, x.holder.key), entity_iri(x.target.kind, x.target.key)
        q.append((h, KG.supports if x.polarity == "support" else KG.opposes, t, g))
    for ent in ex.entities.values():
        if ent.kind != "Group" or ent.role in GROUP_NODES:   # "both sides"/"his country" are resolved, not nodes
            q += entity_quads(ent, countries)
    q.append((a, KG.contentHash, Literal(content_hash(doc)), META_GRAPH))
    q.append((a, KG.graph, g, META_GRAPH))
    return g, q
