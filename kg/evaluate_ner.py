"""`kg eval-ner`: score our entity recognition on CoNLL-style NER data
(ANERcorp: one "token TAG" per line, IOB2 tags PERS/LOC/ORG/MISC, blank
lines between sentences).

Sentences are grouped into pseudo-articles of consecutive sentences so that
a surname met after a full name is recognised, as in real ingest.

PERS comes from the CRF person tagger (kg/ingest/ner_crf.py, trained on
NewsFANE; two passes per pseudo-article, then the names it found are
propagated to their other mentions). The CRF alone beat its union with the
rule-based persons of MentionFinder on NewsFANE held-out data (see
scripts/train_ner.py), so it replaces them; without python-crfsuite or the
model file the rules are used, with a warning. A predicted PERS span is the
name (title words before it are not part of the name).

LOC and ORG come from the rules and gazetteers (MentionFinder): LOC is a
country or capital; ORG an organisation or institution.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from kg.ingest.arabic import normalize, normalize_phrase
from kg.ingest.entities import ArticleContext, MentionFinder
from kg.ingest.lexicon import load
from kg.ingest.ner_crf import PersonTagger, entity_spans
from kg.records import Sentence, Token

_KIND_TO_TAG = {"Person": "PERS", "Country": "LOC", "Organisation": "ORG"}


def read_conll(path: Path) -> list[list[tuple[str, str]]]:
    sents, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        tok, _, tag = line.rpartition(" ")
        cur.append((tok, tag))
    if cur:
        sents.append(cur)
    return sents


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    out, start, kind = set(), None, None
    for i, t in enumerate(tags + ["O"]):
        if t.startswith("B-") or t == "O" or (t.startswith("I-") and t[2:] != kind):
            if start is not None:
                out.add((start, i, kind))
                start, kind = None, None
            if t.startswith(("B-", "I-")):
                start, kind = i, t[2:]
    return out


def _sentence(index: int, words: list[str]) -> Sentence:
    toks, pos = [], 0
    for w in words:
        toks.append(Token(w, normalize(w), pos, pos + len(w)))
        pos += len(w) + 1
    return Sentence(index, " ".join(words), toks)


def predict(sents: list[list[str]], group: int = 20, persons: str = "crf") -> list[set[tuple[int, int, str]]]:
    """Predicted (start, end, PERS|LOC|ORG) spans per sentence. `persons`:
    "crf" (the CRF's persons), "rules" (MentionFinder's), or "union" (the
    CRF's, plus the rules' that overlap none of them)."""
    found = predict_rules(sents, group)
    if persons == "rules":
        return found
    tagger = _person_tagger()
    if tagger is None:
        return found
    out = []
    for g in range(0, len(sents), group):
        for rules, tags in zip(found[g:g + group], tagger.tag_document(sents[g:g + group])):
            crf = {(s, e, "PERS") for s, e, _ in entity_spans(tags, "PER")}
            keep = {x for x in rules if x[2] != "PERS"} | crf
            if persons == "union":
                keep |= {x for x in rules if x[2] == "PERS" and not any(s < x[1] and x[0] < e for s, e, _ in crf)}
            out.append(keep)
    return out


def _person_tagger():
    try:
        return PersonTagger.load()
    except (ImportError, OSError) as e:
        print(f"kg eval-ner: no CRF person tagger ({e}); persons from the rules only", file=sys.stderr)
        return None


def predict_rules(sents: list[list[str]], group: int = 20) -> list[set[tuple[int, int, str]]]:
    """The rule-based recogniser alone (MentionFinder with the gazetteers)."""
    lx = load()
    out = []
    for g in range(0, len(sents), group):
        ctx = ArticleContext(lx, f"ner-{g}")
        finder = MentionFinder(ctx)
        for k, words in enumerate(sents[g:g + group]):
            sent = _sentence(g + k, words)
            found = set()
            for m in finder.find(sent):
                tag = _KIND_TO_TAG.get(m.entity.kind)
                if tag is None or m.how == "nisba":
                    continue
                s, e = m.start, m.end
                if tag == "PERS":
                    s, e = _name_part(sent, m.start, m.end, m.entity)
                if e > s:
                    found.add((s, e, tag))
            out.append(found)
    return out


def _name_part(sent: Sentence, s: int, e: int, ent) -> tuple[int, int]:
    """The tokens of a person mention that are the name, not the title."""
    lx = load()
    words = set()
    for name in (ent.label_ar, *ent.aliases):
        words.update(w for w in normalize_phrase(name).split() if w not in lx.titles and not lx.is_function(w))
    idx = [i for i in range(s, e) if sent.tokens[i].norm in words or
           any(sent.tokens[i].norm.endswith(w) and len(w) > 2 for w in words)]
    return (idx[0], idx[-1] + 1) if idx else (e, e)


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "tp": tp, "fp": fp, "fn": fn}


def evaluate(path: Path, persons: str = "crf") -> dict:
    data = read_conll(path)
    pred = predict([[w for w, _ in s] for s in data], persons=persons)
    ent = Counter()
    tok = Counter()
    for sent, p in zip(data, pred):
        gold = spans([t for _, t in sent])
        for kind in ("PERS", "LOC", "ORG"):
            g = {x for x in gold if x[2] == kind}
            q = {x for x in p if x[2] == kind}
            ent[kind, "tp"] += len(g & q)
            ent[kind, "fp"] += len(q - g)
            ent[kind, "fn"] += len(g - q)
            gt = {i for s, e, _ in g for i in range(s, e)}
            qt = {i for s, e, _ in q for i in range(s, e)}
            tok[kind, "tp"] += len(gt & qt)
            tok[kind, "fp"] += len(qt - gt)
            tok[kind, "fn"] += len(gt - qt)
    return {kind: {"entity": prf(ent[kind, "tp"], ent[kind, "fp"], ent[kind, "fn"]),
                   "token": prf(tok[kind, "tp"], tok[kind, "fp"], tok[kind, "fn"])}
            for kind in ("PERS", "LOC", "ORG")} | {"sentences": len(data)}


def main(path: str, as_json: bool) -> int:
    p = Path(path)
    if not p.exists():
        print(f"kg eval-ner: {path}: no such file", file=sys.stderr)
        return 2
    if p.is_dir():
        print(f"kg eval-ner: {path}: is a directory; give the CoNLL file (one token and its tag per line)", file=sys.stderr)
        return 2
    try:
        r = evaluate(p)
    except UnicodeDecodeError:
        print(f"kg eval-ner: {path}: not UTF-8 text; give a CoNLL file (one token and its tag per line)", file=sys.stderr)
        return 2
    if as_json:
        print(json.dumps(r, indent=1))
        return 0
    print(f"{r['sentences']} sentences")
    for kind in ("PERS", "LOC", "ORG"):
        for level in ("entity", "token"):
            x = r[kind][level]
            print(f"{kind} {level}: P {x['precision']} R {x['recall']} F1 {x['f1']} "
                  f"(tp {x['tp']} fp {x['fp']} fn {x['fn']})")
    return 0
