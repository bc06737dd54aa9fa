"""Read articles from disk: plain text as scraped, HTML pages, JSON Lines.

Every reader returns `Document`s or raises `ReadError` naming the file and
the problem; callers report it and go on with the next file. Bytes are
decoded by sniffing (BOMs, UTF-8, UTF-16, Windows-1256), never assumed.
"""
from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from kg.ingest.metadata import document_from_text
from kg.records import Document

SUFFIXES = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".ndjson": "jsonl"}
MAX_BYTES = 64 * 1024 * 1024


class ReadError(Exception):
    """An input that cannot be read as an article."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


def decode(data: bytes, source: str) -> str:
    """Decode article bytes. Arabic sites still serve Windows-1256; a file
    that is neither valid UTF-8/16 nor mostly Arabic in cp1256 is refused."""
    if not data.strip():
        raise ReadError(source, "empty file")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise ReadError(source, f"broken UTF-16 ({e.reason} at byte {e.start})") from e
    if b"\x00" in data[:4096]:
        # UTF-16 without BOM: every other byte of ASCII/Arabic text is NUL-ish
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _looks_like_text(text):
                return text
        raise ReadError(source, "binary file (contains NUL bytes), not an article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1256", errors="replace")
    if _looks_like_text(text):
        return text
    raise ReadError(source, "not UTF-8, UTF-16 or Windows-1256 text")


def _looks_like_text(text: str) -> bool:
    sample = text[:4000]
    if not sample:
        return False
    ok = sum(1 for c in sample if c.isprintable() or c in "\n\r\t")
    return ok / len(sample) > 0.95 and "\ufffd" not in sample[:200]


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ReadError(str(path), f"file too large ({size // 1_000_000} MB > {MAX_BYTES // 1_000_000} MB)")
        return path.read_bytes()
    except OSError as e:
        raise ReadError(str(path), e.strerror or str(e)) from e


def read_text_article(path: Path, data: bytes | None = None) -> Document:
    src = _source(path)
    text = decode(read_bytes(path) if data is None else data, src)
    return document_from_text(text, source=src, key=path.stem)


def read_html_article(path: Path, data: bytes | None = None) -> Document:
    from kg.ingest.html import document_from_html
    src = _source(path)
    html = decode(read_bytes(path) if data is None else data, src)
    return document_from_html(html, source=src, key=path.stem)


def read_jsonl(path: Path, data: bytes | None = None) -> Iterator[Document | ReadError]:
    """One article per line. A bad line yields a ReadError for that line and
    the reader goes on: one broken record must not cost the rest."""
    src = _source(path)
    text = decode(read_bytes(path) if data is None else data, src)
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{src}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            yield ReadError(where, f"invalid JSON ({e.msg} at column {e.colno})")
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str) or not rec["text"].strip():
            yield ReadError(where, "a record needs a non-empty string field 'text'")
            continue
        key = str(rec.get("id") or rec.get("url") or f"{path.stem}-{n}")
        doc = document_from_text(rec["text"], source=str(rec.get("url") or f"{src}#{key}"), key=key,
                                 title=str(rec.get("title") or ""), date=str(rec.get("date") or ""))
        doc.url = str(rec.get("url") or "")
        doc.publisher = str(rec.get("publisher") or doc.publisher)
        yield doc


def iter_paths(paths: list[str]) -> Iterator[Path | str]:
    """Expand directories (recursively, sorted) into article files; "-" is stdin."""
    for p in paths:
        if p == "-":
            yield "-"
            continue
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                if f.is_file() and f.suffix.lower() in SUFFIXES:
                    yield f
        else:
            yield path


def read_any(item: Path | str) -> Iterator[Document | ReadError]:
    """Documents from one path (or stdin), or errors naming what failed."""
    try:
        if item == "-":
            data = sys.stdin.buffer.read()
            kind = "jsonl" if data.lstrip()[:1] == b"{" else "html" if re.match(rb"\s*<", data) else "text"
            path = Path("stdin")
        else:
            path = Path(item)
            if not path.exists():
                raise ReadError(str(path), "no such file")
            kind = SUFFIXES.get(path.suffix.lower())
            if kind is None:
                raise ReadError(str(path), f"unknown file type '{path.suffix}' (use .txt, .html or .jsonl)")
            data = read_bytes(path)
        if kind == "jsonl":
            yield from read_jsonl(path, data)
        elif kind == "html":
            yield read_html_article(path, data)
        else:
            yield read_text_article(path, data)
    except ReadError as e:
        yield e


def _source(path: Path) -> str:
    """dcterms:source of a file: its absolute path, so that the same file
    ingested from another working directory is the same article."""
    try:
        return str(path.resolve()) if path.exists() else str(path)
    except OSError:
        return str(path)
