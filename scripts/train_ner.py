"""Train the CRF person tagger (kg/ingest/ner_crf.py) on NewsFANE Gold 2014.

    .venv/bin/python scripts/train_ner.py [NewsFANE_Gold_2014_170K.txt] [--out data/models/ner-crf.crfsuite]

Steps, all deterministic:
1. read NewsFANE (the UTF-8 BOM, CRLF and U+200E marks dropped; the
   clitics it splits off re-attached; fine classes mapped to PER/LOC/ORG, see
   ner_crf.coarse);
2. drop the NewsFANE sentences that are also in the ANERcorp test split.
   NewsFANE re-annotates ANERcorp news: sentences 2103-3010 of the file are
   the CAMeL Lab ANERcorp test split, and five short ones elsewhere repeat
   test sentences. Training on them would be training on the test set. The
   indices are fixed here (found once by 4-gram overlap); when the ANERcorp
   file is beside the project the overlap is checked again and training stops
   if any kept sentence overlaps it;
3. hold out the last 20% of the remaining sentences (or --folds K contiguous
   folds), train on the rest (step 4), and print token- and entity-level
   P/R/F1 on the held-out part: the CRF on sentences alone, the CRF on
   pseudo-articles (two passes + name propagation: what `kg eval-ner` uses),
   the rule-based MentionFinder persons, and the union of both;
4. train on all the remaining sentences, in two stages: a first CRF without
   the word-persons table tags every line of the unlabelled news corpora
   (--corpus; the same text as scripts/build_clusters.py) and the share of
   person tags each word got there is written to data/models/word-persons.tsv;
   then the model, with that table among its features, is trained and
   written. The word-cluster table (data/models/word-clusters.tsv, from
   scripts/build_clusters.py) is an input and is not rebuilt here.

Hyper-parameters (c1, c2, iterations, document features) were chosen by this
cross-validation only, never on ANERcorp.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.ingest.arabic import normalize
from kg.ingest.ner_crf import (PersonTagger, entity_spans, person_shares, read_lines, read_newsfane, train,
                               write_person_shares)

DEFAULT_DATA = ROOT.parent / "shared" / "corpus" / "newsfane" / "NewsFANE_Gold_2014_170K.txt"
DEFAULT_OUT = ROOT / "data" / "models" / "ner-crf.crfsuite"
ANERCORP_TEST = ROOT.parent / "shared" / "corpus" / "anercorp" / "ANERCorp_CamelLab_test.txt"
# unlabelled news for the word-persons table (no NewsFANE or ANERcorp text in it)
CORPORA = [ROOT.parent / "shared" / "corpus" / "ant-multisource-intl" / "text",
           ROOT.parent / "shared" / "corpus" / "saudinewsnet-intl" / "text"]

# The file these indices belong to: sentences and tokens as read_newsfane gives them.
EXPECTED = (4760, 148405)
# NewsFANE sentences (0-based, as read_newsfane numbers them) that are in the ANERcorp test split.
ANERCORP_TEST_SENTENCES = frozenset(range(2103, 3011)) | {337, 1129, 1131, 1873, 1888}
GROUP = 20          # sentences per pseudo-article, as in `kg eval-ner`
PARAMS = {"c1": 0.05, "c2": 0.05, "max_iterations": 150}


def load(path: Path) -> list[list[tuple[str, str]]]:
    sents = read_newsfane(path)
    got = (len(sents), sum(map(len, sents)))
    if got != EXPECTED:
        sys.exit(f"{path}: {got[0]} sentences, {got[1]} tokens; expected {EXPECTED[0]}, {EXPECTED[1]} "
                 f"(the ANERcorp overlap indices are for NewsFANE_Gold_2014_170K.txt as published)")
    return sents


def _grams(words: list[str], n: int = 4) -> set[tuple[str, ...]]:
    ws = [normalize(w) for w in words]
    return {tuple(ws[i:i + n]) for i in range(len(ws) - n + 1)}


def check_overlap(sents: list[list[tuple[str, str]]], kept: list[int], anercorp: Path) -> None:
    """Stop if a kept NewsFANE sentence shares 30% of its 4-grams with the ANERcorp test split."""
    test: set[tuple[str, ...]] = set()
    for line_block in anercorp.read_text(encoding="utf-8").split("\n\n"):
        words = [line.rpartition(" ")[0] for line in line_block.splitlines() if line.strip()]
        test |= _grams(words)
    bad = []
    for i in kept:
        g = _grams([w for w, _ in sents[i]])
        if g and len(g & test) / len(g) >= 0.3:
            bad.append(i)
    if bad:
        sys.exit(f"NewsFANE sentences {bad[:20]} overlap the ANERcorp test split; exclude them")
    print(f"checked against {anercorp.name}: no kept sentence overlaps it")


def prf(c: Counter) -> str:
    tp, fp, fn = c["tp"], c["fp"], c["fn"]
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f}"


def score(gold: list[list[str]], pred: list[set[tuple[int, int, str]]], kind: str) -> tuple[Counter, Counter]:
    ent, tok = Counter(), Counter()
    for g_tags, p in zip(gold, pred):
        g = set(entity_spans(g_tags, kind))
        q = {x for x in p if x[2] == kind}
        ent.update(tp=len(g & q), fp=len(q - g), fn=len(g - q))
        gt = {i for s, e, _ in g for i in range(s, e)}
        qt = {i for s, e, _ in q for i in range(s, e)}
        tok.update(tp=len(gt & qt), fp=len(qt - gt), fn=len(gt - qt))
    return ent, tok


def fit(data: list[list[tuple[str, str]]], out: Path, persons: Path, lines: list[list[str]], jobs: int) -> Path:
    """Step 4: the first CRF (sentences alone, no word-persons table) tags the
    unlabelled lines; their person shares go to `persons`; then the model
    that reads them is trained and written to `out`."""
    import tempfile

    t = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        first = train(data, Path(tmp) / "first.crfsuite", document=False, persons="", **PARAMS)
        levels = person_shares(PersonTagger.load(first, persons=""), lines)
    write_person_shares(levels, persons, f" from {sum(map(len, lines)):,} tokens of unlabelled news")
    print(f"  word-persons table: {len(levels):,} words, {dict(sorted(Counter(levels.values()).items()))}, "
          f"in {time.perf_counter() - t:.0f} s")
    return train(data, out, jobs=jobs, persons=persons, **PARAMS)


def evaluate(model: Path, test: list[list[tuple[str, str]]], persons: Path | None = None) -> dict[str, Counter]:
    from kg.evaluate_ner import predict_rules

    tagger = PersonTagger.load(model, persons=persons)
    words = [[w for w, _ in s] for s in test]
    gold = [[t for _, t in s] for s in test]
    t0 = time.perf_counter()
    alone = [set(entity_spans(tagger.tag(ws))) for ws in words]
    t1 = time.perf_counter()
    doc = []
    for g in range(0, len(words), GROUP):
        doc.extend(set(entity_spans(t)) for t in tagger.tag_document(words[g:g + GROUP]))
    t2 = time.perf_counter()
    n = sum(map(len, words))
    print(f"tagging speed: {n / (t1 - t0):,.0f} tokens/s one sentence at a time, "
          f"{n / (t2 - t1):,.0f} tokens/s per pseudo-article (two passes)")
    rules = [{(s, e, "PER") for s, e, k in r if k == "PERS"} for r in predict_rules(words, GROUP)]
    union = [d | {x for x in r if not any(s < x[1] and x[0] < e for s, e, k in d if k == "PER")}
             for d, r in zip(doc, rules)]
    out = {}
    for name, pred, kinds in (("CRF, sentences alone", alone, ("PER", "LOC", "ORG")),
                              ("CRF, pseudo-articles (kg eval-ner)", doc, ("PER", "LOC", "ORG")),
                              ("rules (MentionFinder)", rules, ("PER",)),
                              ("CRF pseudo-articles + rules, union", union, ("PER",))):
        for kind in kinds:
            ent, tok = score(gold, pred, kind)
            print(f"  {name:36} {kind:3} entity {prf(ent)} | token {prf(tok)}")
            out[f"{name}/{kind}"] = ent
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", nargs="?", default=str(DEFAULT_DATA), help="NewsFANE_Gold_2014_170K.txt")
    ap.add_argument("--out", default=str(DEFAULT_OUT))
    ap.add_argument("--holdout", type=float, default=0.2, help="held-out share, the last sentences (default 0.2)")
    ap.add_argument("--folds", type=int, default=0, help="K contiguous cross-validation folds instead of one hold-out")
    ap.add_argument("--no-cv", action="store_true", help="only train the final model")
    ap.add_argument("--no-model", action="store_true", help="only cross-validate")
    ap.add_argument("--anercorp", default=str(ANERCORP_TEST), help="ANERcorp test split, to check the overlap")
    ap.add_argument("--jobs", type=int, default=2, help="processes for the cross-fitted first-pass models")
    ap.add_argument("--corpus", action="append", type=Path,
                    help="folder of unlabelled news *.txt for the word-persons table (repeatable; default: "
                         "../shared/corpus/{ant-multisource-intl,saudinewsnet-intl}/text)")
    a = ap.parse_args(argv)
    corpora = a.corpus or CORPORA
    missing = [str(d) for d in corpora if not d.is_dir()]
    if missing:
        sys.exit(f"{', '.join(missing)}: no such folder (the unlabelled news the word-persons table is built from)")

    sents = load(Path(a.data))
    kept = [i for i in range(len(sents)) if i not in ANERCORP_TEST_SENTENCES]
    if Path(a.anercorp).exists():
        check_overlap(sents, kept, Path(a.anercorp))
    data = [sents[i] for i in kept]
    lines = read_lines(corpora)
    print(f"unlabelled news: {len(lines):,} lines, {sum(map(len, lines)):,} tokens")
    print(f"NewsFANE: {len(sents)} sentences; {len(data)} kept ({sum(map(len, data))} tokens) after dropping "
          f"{len(sents) - len(data)} that are in the ANERcorp test split")
    print("tags:", dict(sorted(Counter(t for s in data for _, t in s).items())))

    if not a.no_cv:
        import tempfile
        folds = []
        if a.folds > 1:
            n_groups = (len(data) + GROUP - 1) // GROUP
            for k in range(a.folds):
                lo, hi = n_groups * k // a.folds * GROUP, min(len(data), n_groups * (k + 1) // a.folds * GROUP)
                folds.append((lo, hi))
        else:
            folds.append((int(len(data) * (1 - a.holdout)) // GROUP * GROUP, len(data)))
        total: dict[str, Counter] = {}
        with tempfile.TemporaryDirectory() as tmp:
            for k, (lo, hi) in enumerate(folds):
                print(f"held out: sentences {lo}-{hi - 1} of the kept ones; "
                      f"training on the other {len(data) - hi + lo}")
                t = time.perf_counter()
                persons = Path(tmp) / f"cv{k}-persons.tsv"
                model = fit(data[:lo] + data[hi:], Path(tmp) / f"cv{k}.crfsuite", persons, lines, a.jobs)
                print(f"  trained in {time.perf_counter() - t:.0f} s")
                for key, c in evaluate(model, data[lo:hi], persons).items():
                    total.setdefault(key, Counter()).update(c)
        if len(folds) > 1:
            print(f"{len(folds)}-fold totals (entity level):")
            for key, c in total.items():
                print(f"  {key:40} {prf(c)}")

    if not a.no_model:
        t = time.perf_counter()
        persons = Path(a.out).with_name("word-persons.tsv")
        out = fit(data, Path(a.out), persons, lines, a.jobs)
        print(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB) and {persons} ({persons.stat().st_size / 1e6:.2f} MB) "
              f"in {time.perf_counter() - t:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
