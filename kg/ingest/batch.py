"""Ingest many inputs into a store: read, skip what is unchanged, extract,
write each article atomically, and report what happened to every file.

This is the side-effecting edge of ingest; everything it calls before the
store write is pure."""
from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from kg.graph.store import Store
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


def documents(paths: Iterable[str]) -> Iterable[Document | ReadError]:
    for item in iter_paths(list(paths)):
        yield from read_any(item)


def ingest(paths: Iterable[str], store: Store, progress: Callable[[int, str], None] | None = None) -> Summary:
    lx = load()
    summary = Summary()
    t0 = time.perf_counter()
    for n, doc in enumerate(documents(paths), 1):
        if isinstance(doc, ReadError):
            summary.failed.append((doc.source, doc.reason))
            continue
        try:
            a = article_iri(doc.key)
            old = store.article_hash(a)
            if old == content_hash(doc):
                summary.unchanged += 1
                continue
            ex = extract(doc, lx)
            graph, quads = article_quads(ex, lx.countries)
            store.replace_article(graph, a, quads)
        except Exception as e:   # one bad article must not stop the batch
            summary.failed.append((doc.source, f"{type(e).__name__}: {e}"))
            continue
        if old is None:
            summary.added += 1
        else:
            summary.replaced += 1
        summary.statements += len(ex.statements)
        summary.stances += len(ex.stances)
        summary.sentences += len(ex.sentences)
        if progress:
            progress(n, doc.source)
    summary.seconds = time.perf_counter() - t0
    return summary


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
