"""Ingest many inputs into a store: read, skip what is unchanged, extract,
write each article atomically, and report what happened to every file.

Extraction is pure and may run in worker processes (`jobs`); the store has
one writer, this process, which applies each article's update as one
transaction in input order."""
from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from kg.graph.store import Store, entity_blocks, replace_article_update
from kg.graph.vocab import ENTITIES_GRAPH
from kg.graph.triples import article_quads, content_hash
from kg.graph.vocab import article_iri
from kg.ingest.lexicon import load
from kg.ingest.pipeline import extract
from kg.ingest.readers import ReadError, iter_paths, read_any
from kg.records import Document


@dataclass
class Summary:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    statements: int = 0
    stances: int = 0
    sentences: int = 0
    seconds: float = 0.0

    @property
    def articles(self) -> int:
        return self.added + self.replaced + self.unchanged


@dataclass
class Prepared:
    """One article ready to write, or why it failed."""
    source: str
    own: str = ""                       # the update for the article's own graph and bookkeeping
    entities: list[str] = field(default_factory=list)   # N-Triples blocks for the shared graph
    error: str = ""
    statements: int = 0
    stances: int = 0
    sentences: int = 0


def documents(paths: Iterable[str]) -> Iterable[Document | ReadError]:
    for item in iter_paths(list(paths)):
        yield from read_any(item)


def prepare(doc: Document) -> Prepared:
    """Extraction and triples for one article: pure, so it can run anywhere."""
    try:
        lx = load()
        ex = extract(doc, lx)
        graph, quads = article_quads(ex, lx.countries)
        own, blocks = entity_blocks(quads)
        return Prepared(doc.source, own=replace_article_update(graph, article_iri(doc.key), own), entities=list(blocks),
                        statements=len(ex.statements), stances=len(ex.stances), sentences=len(ex.sentences))
    except Exception as e:   # one bad article must not stop the batch
        return Prepared(doc.source, error=f"{type(e).__name__}: {e}")


def ingest(paths: Iterable[str], store: Store, progress: Callable[[int, str], None] | None = None,
           jobs: int = 1) -> Summary:
    summary = Summary()
    t0 = time.perf_counter()
    fresh: dict[str, bool] = {}

    def todo() -> Iterator[Document]:
        for doc in documents(paths):
            if isinstance(doc, ReadError):
                summary.failed.append((doc.source, doc.reason))
                continue
            old = store.article_hash(article_iri(doc.key))
            if old == content_hash(doc):
                summary.unchanged += 1
                continue
            fresh[doc.source] = old is None
            yield doc

    if jobs > 1:
        import multiprocessing as mp
        ctx = mp.get_context("fork") if sys.platform != "win32" else mp.get_context()
        with ctx.Pool(jobs, initializer=load) as pool:
            _write(pool.imap(prepare, todo(), chunksize=8), store, summary, fresh, progress)
    else:
        _write(map(prepare, todo()), store, summary, fresh, progress)
    summary.seconds = time.perf_counter() - t0
    return summary


def _write(prepared: Iterable[Prepared], store: Store, summary: Summary, fresh: dict[str, bool],
           progress: Callable[[int, str], None] | None) -> None:
    written: set[str] = set()      # entity descriptions this run already stored: no need to send them again
    for n, p in enumerate(prepared, 1):
        if p.error:
            summary.failed.append((p.source, p.error))
            continue
        new = [b for b in p.entities if b not in written]
        update = p.own
        if new:
            update += f" ;\nINSERT DATA {{ GRAPH <{ENTITIES_GRAPH}> {{\n" + "\n".join(new) + "\n} }"
        try:
            store.update(update)
            written.update(new)
        except Exception as e:
            summary.failed.append((p.source, f"store write failed: {e}"))
            continue
        if fresh.get(p.source, True):
            summary.added += 1
        else:
            summary.replaced += 1
        summary.statements += p.statements
        summary.stances += p.stances
        summary.sentences += p.sentences
        if progress:
            progress(n, p.source)


def progress_bar(total: int | None) -> Callable[[int, str], None]:
    """A one-line progress indicator on stderr when it is a terminal."""
    if not sys.stderr.isatty():
        return lambda n, src: None
    t0 = time.perf_counter()

    def show(n: int, src: str) -> None:
        rate = n / max(time.perf_counter() - t0, 1e-6)
        of = f"/{total}" if total else ""
        sys.stderr.write(f"\r{n}{of} articles  {rate:.0f}/s  ")
        sys.stderr.flush()
    return show
