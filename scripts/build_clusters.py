"""Build the word-cluster table of the CRF name tagger from unlabelled news text.

    python scripts/build_clusters.py [--out data/models/word-clusters.tsv]

Needs gensim and scikit-learn (training-time tools only; the tagger reads the
table with the standard library). Steps, all deterministic:

1. read every *.txt of the corpus folders, sorted by name; tokenise each line
   as ingest does (`kg.ingest.arabic.tokenize`, hashtags' "#" and "_" made
   spaces), normal form (`normalize`), digits → 0;
2. word2vec skip-gram vectors (gensim, one worker, fixed seed and a
   hash function that does not depend on PYTHONHASHSEED);
3. the most frequent Arabic words (`--vocab`) are clustered: k-means (`--k`
   clusters, fixed seed) on the unit-length vectors, then Ward agglomeration of
   the k centroids into a binary tree, so that every cluster gets a bit string
   like a Brown cluster and its prefixes are coarser clusters;
4. each word also gets a "name-likeness" code from counts in the same text:
   how often it directly follows an office title or a given name from the
   project lexicons, and how often it is followed by a reporting verb;
5. write `word <TAB> bits <TAB> code` lines, most frequent words first.

Only words and cluster ids are written: no sentence of the corpus. The corpus
texts belong to their publishers (see data/models/README.md, "word-clusters.tsv").
"""
from __future__ import annotations

import argparse
import hashlib
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.ingest.arabic import is_arabic, normalize, stems  # noqa: E402
from kg.ingest.ner_crf import read_lines  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpus"
DEFAULT_CORPORA = [SHARED / "ant-multisource-intl" / "text", SHARED / "saudinewsnet-intl" / "text"]
DEFAULT_OUT = ROOT / "data" / "models" / "word-clusters.tsv"
_DIGITS = re.compile(r"\d")


def stable_hash(s: str) -> int:
    """gensim seeds each word's initial vector with hashfxn(word + seed);
    Python's hash() changes from run to run, this does not."""
    return int.from_bytes(hashlib.md5(s.encode("utf-8")).digest()[:4], "little")


def read_corpus(dirs: list[Path]) -> list[list[str]]:
    """Normalised tokens of each line (as ner_crf.read_lines splits them), digits → 0."""
    return [[_DIGITS.sub("0", normalize(w)) for w in words] for words in read_lines(dirs)]


def ward_bits(centroids, seed_order: list[int]) -> list[str]:
    """Bit string of each centroid: its path from the root of a Ward tree.
    At each node the child holding the lower-numbered cluster gets "0"."""
    from scipy.cluster.hierarchy import linkage, to_tree

    tree = to_tree(linkage(centroids, method="ward"))
    bits = [""] * len(centroids)

    def low(node) -> int:
        return min(seed_order[i] for i in node.pre_order())

    stack = [(tree, "")]
    while stack:
        node, path = stack.pop()
        if node.is_leaf():
            bits[node.id] = path or "0"
            continue
        a, b = node.get_left(), node.get_right()
        if low(b) < low(a):
            a, b = b, a
        stack.append((a, path + "0"))
        stack.append((b, path + "1"))
    return bits


def name_codes(lines: list[list[str]], vocab: list[str]) -> dict[str, str]:
    """A discretised name-likeness code per word from its contexts, with the
    project lexicons: T = right after a word of an office title or a
    nationality adjective ("الرئيس الاميركي X"), G = right after a given name
    ("محمد X"), V = right after a reporting verb ("وقال X"), B = right before
    one ("X قال"). Each with a level 1-3 from its share of the word's
    occurrences; "-" for none."""
    from kg.ingest.lexicon import load

    lx = load()
    given = {w for g in lx.given_names for w in g.split()}
    titles = {w for first in lx.titles._by_first for words, _ in lx.titles.candidates(first) for w in words}
    left = (titles | {n for n in lx.nisba if " " not in n}) - given
    verbs = {v for v in lx.verbs if " " not in v}

    def verb(w: str) -> bool:
        return any(s in verbs for s in stems(w))

    want = set(vocab)
    freq, ctx = Counter(), {k: Counter() for k in "TGVB"}
    for toks in lines:
        for i, w in enumerate(toks):
            if w not in want:
                continue
            freq[w] += 1
            prev = toks[i - 1] if i else ""
            if prev in left:
                ctx["T"][w] += 1
            if prev in given and prev != w:
                ctx["G"][w] += 1
            if prev and verb(prev):
                ctx["V"][w] += 1
            if i + 1 < len(toks) and verb(toks[i + 1]):
                ctx["B"][w] += 1
    out = {}
    for w in vocab:
        n = freq[w]
        code = []
        for tag in "TGVB":
            c = ctx[tag][w]
            share = c / n if n else 0.0
            if c >= 2 and share >= 0.05:
                code.append(tag + ("3" if share >= 0.4 else "2" if share >= 0.15 else "1"))
        out[w] = "".join(code) or "-"
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", action="append", type=Path, help="folder of *.txt (repeatable)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--window", type=int, default=3)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--k", type=int, default=1024, help="k-means clusters (leaves of the bit-string tree)")
    ap.add_argument("--vocab", type=int, default=80_000, help="most frequent words to keep")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args(argv)

    import numpy as np
    from gensim.models import Word2Vec
    from sklearn.cluster import KMeans
    from threadpoolctl import threadpool_limits

    t0 = time.perf_counter()
    lines = read_corpus(a.corpus or DEFAULT_CORPORA)
    n_tok = sum(map(len, lines))
    print(f"{len(lines):,} lines, {n_tok:,} tokens read in {time.perf_counter() - t0:.0f} s")
    model = Word2Vec(lines, vector_size=a.dim, window=a.window, min_count=a.min_count, sg=1, negative=10,
                     sample=1e-4, epochs=a.epochs, workers=1, seed=a.seed, hashfxn=stable_hash)
    print(f"word2vec: {len(model.wv):,} words in {time.perf_counter() - t0:.0f} s")
    vocab = [w for w in model.wv.index_to_key if is_arabic(w)][: a.vocab]
    vec = np.stack([model.wv[w] for w in vocab]).astype(np.float64)
    vec /= np.linalg.norm(vec, axis=1, keepdims=True)
    with threadpool_limits(1):
        km = KMeans(n_clusters=a.k, n_init=1, random_state=a.seed, max_iter=100).fit(vec)
    labels = km.labels_
    # number the clusters by their most frequent word, so the ids do not depend on k-means' order
    first = {}
    for i, c in enumerate(labels):
        first.setdefault(int(c), i)
    bits = ward_bits(km.cluster_centers_, [first.get(c, len(vocab)) for c in range(a.k)])
    print(f"k-means + Ward: {a.k} clusters, depth {max(map(len, bits))}, in {time.perf_counter() - t0:.0f} s")
    codes = name_codes(lines, vocab)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    with a.out.open("w", encoding="utf-8") as f:
        f.write(f"# word-clusters: word, Ward bit string of its k-means cluster, name-likeness code; "
                f"scripts/build_clusters.py --dim {a.dim} --window {a.window} --min-count {a.min_count} "
                f"--epochs {a.epochs} --k {a.k} --vocab {a.vocab} --seed {a.seed}\n")
        for w, c in zip(vocab, labels):
            f.write(f"{w}\t{bits[c]}\t{codes[w]}\n")
    print(f"wrote {a.out} ({len(vocab):,} words, {a.out.stat().st_size / 1e6:.2f} MB) "
          f"in {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
