"""Sentence splitting that respects quotations.

A full stop inside «…» or "…" does not end the sentence: Arabic news often
quotes several sentences in one breath, and the quote belongs to the
statement that introduced it. Runaway quotes (an opening mark never closed)
are cut at the paragraph end so one typo cannot swallow an article.
"""
from __future__ import annotations

import re
from collections.abc import Container

from kg.ingest.arabic import normalize, tokenize
from kg.records import Sentence

_ENDERS = ".!?؟…"
_OPEN_CLOSE = {"«": "»", "“": "”", "„": "“"}
_MAX_SENTENCE_CHARS = 1500   # very long sentences are cut at a comma


def split_paragraph(par: str, speech_verbs: Container[str] = frozenset()) -> list[str]:
    """Split one paragraph into sentence strings. `speech_verbs` (normalised forms of
    verbs of saying): a quote the paragraph never closes ends at a full stop followed by
    "و" + one of them ("… أي مسلم. وشدد الجبير على أن"): the writer moved on to report again."""
    out: list[str] = []
    depth_guillemet = 0
    in_straight = False
    runaway = speech_verbs and (par.count('"') % 2 == 1 or par.count("«") > par.count("»"))
    start = 0
    n = len(par)
    i = 0
    while i < n:
        ch = par[i]
        if ch in _OPEN_CLOSE and ch != "“":
            depth_guillemet += 1
        elif ch == "»" and depth_guillemet:
            depth_guillemet -= 1
            # a sentence ender right before the closing mark ends the sentence after it
            if not depth_guillemet and not in_straight and i > 0 and par[i - 1] in _ENDERS and _next_is_break(par, i + 1):
                out.append(par[start:i + 1])
                start = i + 1
        elif ch == '"':
            in_straight = not in_straight
        elif ch in _ENDERS and runaway and (depth_guillemet or in_straight) and _next_is_break(par, i + 1) \
                and _reports_next(par, i + 1, speech_verbs):
            out.append(par[start:i + 1])
            start = i + 1
            depth_guillemet, in_straight = 0, False
        elif ch in _ENDERS and not depth_guillemet and not in_straight:
            j = i
            while j + 1 < n and par[j + 1] in _ENDERS:
                j += 1
            if _is_abbreviation(par, i) or not _next_is_break(par, j + 1):
                i = j + 1
                continue
            out.append(par[start:j + 1])
            start = j + 1
            i = j
        i += 1
    out.append(par[start:])
    pieces = [s.strip() for s in out if s.strip()]
    return [p for s in pieces for p in _cut_long(s)]


def _reports_next(par: str, k: int, speech_verbs: Container[str]) -> bool:
    """The next word is و + a verb of saying ("وأضاف", "وشدد", "وقال")."""
    m = re.match(r"\s+(\S+)", par[k:])
    if not m or not m.group(1).startswith(("و", "ف")):
        return False
    return normalize(m.group(1)[1:].strip(".,،:")) in speech_verbs


def _next_is_break(par: str, k: int) -> bool:
    """An ender only ends a sentence when whitespace or the end follows
    (not in "3.5" or "U.S.")."""
    return k >= len(par) or par[k].isspace() or par[k] in "\"«»“”)"


def _is_abbreviation(par: str, i: int) -> bool:
    if par[i] != ".":
        return False
    word = re.search(r"(\S+)$", par[max(0, i - 6):i])
    return bool(word and len(word.group(1)) == 1 and word.group(1).isascii() and word.group(1).isalpha())


def _cut_long(sentence: str) -> list[str]:
    """Keep pathological run-ons from making every later stage quadratic."""
    if len(sentence) <= _MAX_SENTENCE_CHARS:
        return [sentence]
    parts, cur = [], ""
    for chunk in re.split(r"(?<=[،,؛;])\s+", sentence):
        if cur and len(cur) + len(chunk) > _MAX_SENTENCE_CHARS:
            parts.append(cur)
            cur = ""
        cur = f"{cur} {chunk}".strip()
        while len(cur) > _MAX_SENTENCE_CHARS:
            parts.append(cur[:_MAX_SENTENCE_CHARS])
            cur = cur[_MAX_SENTENCE_CHARS:]
    if cur:
        parts.append(cur)
    return parts


def split_sentences(text: str, speech_verbs: Container[str] = frozenset()) -> list[Sentence]:
    """Paragraphs are lines; each is split and tokenised."""
    sentences: list[Sentence] = []
    for par in text.split("\n"):
        par = par.strip()
        if not par:
            continue
        for s in split_paragraph(par, speech_verbs):
            sentences.append(Sentence(len(sentences), s, tokenize(s)))
    return sentences
