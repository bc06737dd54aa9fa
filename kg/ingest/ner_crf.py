"""Person-name recognition with a linear-chain CRF (python-crfsuite).

The model is trained on NewsFANE Gold 2014 only (see scripts/train_ner.py
and data/models/README.md) and tags PER, LOC and ORG in IOB2. It needs no
neural model and no downloaded data: the features are the normalised word,
its clitic-free stem, affixes and shape, the neighbours' words, and above
all whether a word (or its neighbour) is in our lexicons — given names,
curated people, office titles, reporting verbs, speaker words, countries,
nationality adjectives, organisations, function words. Membership features
carry over from the training newswire to other text much better than word
identity does. Two word tables learnt from unlabelled news add what the
small labelled set cannot know about unseen words: each word's distributional
cluster and name-likeness (data/models/word-clusters.tsv) and how often a
first model tagged it as a person there (data/models/word-persons.tsv).

Words are normalised with `kg.ingest.arabic.normalize`, so NewsFANE (written
without hamza) and real text (with hamza) look the same to the model.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from kg.ingest.arabic import is_arabic, normalize, stems, strip_suffix, tokenize
from kg.ingest.lexicon import DATA_DIR, Lexicon, PhraseIndex, load, load_clusters, load_person_shares

MODEL_PATH = DATA_DIR / "models" / "ner-crf.crfsuite"
CLUSTERS_PATH = DATA_DIR / "models" / "word-clusters.tsv"
PERSONS_PATH = DATA_DIR / "models" / "word-persons.tsv"

# ---------------------------------------------------------------- training data

# NewsFANE fine-grained classes → the coarse tag we learn. Person classes are
# the ones naming one human being; "Group" (العرب، المسلمين، الاسرائيليين:
# peoples and communities) is not a personal name and is left out, as are
# vehicles, products, works and weapons.
PERSON_CLASSES = frozenset({"Politician", "Athlete", "Artist", "Other_PER", "Religious_PER", "Scientist",
                            "Police", "Businessperson", "Lawyer", "Engineer"})
LOCATION_CLASSES = frozenset({"Nation", "Population-Center", "State-or-Province", "County-or-District",
                              "GPE-Cluster", "Continent", "Water-Body", "Land-Region-Natural", "Celestial"})
ORGANISATION_CLASSES = frozenset({"Government", "Non-Governmental", "Commercial", "Media", "Sports",
                                  "Educational", "Medical-Science", "Entertainment", "Religious_ORG"})


def coarse(fine: str) -> str:
    """"B-Politician" → "B-PER"; classes outside PER/LOC/ORG → "O"."""
    if fine[:2] not in ("B-", "I-"):
        return "O"
    c = fine[2:]
    kind = ("PER" if c in PERSON_CLASSES else "LOC" if c in LOCATION_CLASSES
            else "ORG" if c in ORGANISATION_CLASSES else "")
    return f"{fine[:2]}{kind}" if kind else "O"


# NewsFANE splits clitics off words ("و المسلمين", "بلاد ه"); running text does
# not. We glue them back so the model sees words as the tokenizer gives them.
_PROCLITIC_TOKENS = {"و", "ف", "ب", "ل", "ك", "س", "ال", "لل"}
_ENCLITIC_TOKENS = {"ه", "ها", "هم", "هما", "هن", "نا", "ي", "كم", "كما", "ني", "ك"}


def _merge_tag(tags: list[str]) -> str:
    first = tags[0]
    if first != "O":
        return first
    for t in tags[1:]:
        if t != "O":
            return "B-" + t[2:]
    return "O"


def join_clitics(sent: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Re-attach the clitics of a segmented sentence: [("و","O"), ("المسلمين","B-Group")]
    → [("والمسلمين","B-Group")]. Tags are kept fine-grained here."""
    out: list[tuple[str, list[str]]] = []
    pending: list[tuple[str, str]] = []          # proclitics waiting for their word
    for w, t in sent:
        after_word = out and is_arabic(out[-1][0]) and out[-1][0] not in _PROCLITIC_TOKENS
        if w in _ENCLITIC_TOKENS and not pending and after_word:
            prev, tags = out[-1]
            if prev.endswith("ة"):              # حكومة + ها → حكومتها
                prev = prev[:-1] + "ت"
            elif prev.endswith("ى"):
                prev = prev[:-1] + "ي"
            out[-1] = (prev + w, tags + [t])
            continue
        if w in _PROCLITIC_TOKENS:
            pending.append((w, t))
            continue
        if pending and is_arabic(w):
            pre = "".join(p for p, _ in pending)
            if pre.endswith("ل") and w.startswith("ال"):     # ل + الـ is written لل
                w = w[1:]
            out.append((pre + w, [t0 for _, t0 in pending] + [t]))
        else:
            out.extend((p, [t0]) for p, t0 in pending)
            out.append((w, [t]))
        pending = []
    out.extend((p, [t0]) for p, t0 in pending)
    return [(w, _merge_tag(tags)) for w, tags in out]


def fix_iob(tags: list[str]) -> list[str]:
    """An I- tag after O or after another kind becomes B-."""
    out, prev = [], "O"
    for t in tags:
        if t.startswith("I-") and (prev == "O" or prev[2:] != t[2:]):
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def read_newsfane(path: Path | str) -> list[list[tuple[str, str]]]:
    """NewsFANE Gold sentences as (word, coarse IOB2 tag) pairs, clitics joined.

    The file starts with a UTF-8 BOM, has CRLF line ends and U+200E marks
    before most tokens; all three are dropped."""
    text = Path(path).read_text(encoding="utf-8-sig").replace("\u200e", "")
    sents, cur = [], []
    for line in text.splitlines():
        line = line.strip("\r")
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        w, _, t = line.rpartition("\t")
        w = w.strip()
        if w:
            cur.append((w, t.strip()))
    if cur:
        sents.append(cur)
    out = []
    for s in sents:
        joined = join_clitics(s)
        tags = fix_iob([coarse(t) for _, t in joined])
        out.append([(w, t) for (w, _), t in zip(joined, tags)])
    return out


# ---------------------------------------------------------------- features

_DIGITS = re.compile(r"\d")
# words that join the parts of an Arabic name ("محمد بن راشد", "أبو مازن")
_LINKS = {normalize(w) for w in ("بن", "ابن", "أبو", "أبي", "أبا", "عبد", "بنت", "ولد")}
_VOWEL_LETTERS = str.maketrans({c: "V" for c in "اويه"})


class _Lexicons:
    """Word-level membership sets drawn from the lexicons and gazetteers."""

    def __init__(self, lx: Lexicon):
        self.lx = lx

        def plain(w: str) -> bool:          # a name word, not a title, grammar or nationality
            return w not in lx.titles and not lx.is_function(w) and w not in lx.nisba and w not in _LINKS

        # given_names also holds the first word of every curated name, titles included
        self.given = {w for g in lx.given_names for w in g.split() if plain(w)}
        self.person_words: set[str] = set()
        self.person_first: set[str] = set()
        self.person_last: set[str] = set()
        for ent in lx.people.values():
            for name in (ent.label_ar, *ent.aliases):
                ws = [w for w in (normalize(x) for x in name.split()) if w and plain(w)]
                if len(ws) >= 2:
                    self.person_first.add(ws[0])
                    self.person_last.add(ws[-1])
                self.person_words.update(ws)
        self.verbs = {v for v in lx.verbs if " " not in v}
        self.nisba = {n for n in lx.nisba if " " not in n}
        # (flag, the words that carry it): one membership feature each
        self.tables = (("GN", self.given), ("PW", self.person_words), ("PF", self.person_first),
                       ("PL", self.person_last), ("TTL", lx.titles), ("VRB", self.verbs), ("SPK", lx.speaker_words),
                       ("NSB", self.nisba), ("MON", lx.months), ("INS", lx.institutions), ("CUE", lx.cues))

    def flags(self, n: str) -> tuple[str, ...]:
        """Membership flags of one normalised word; a reading without
        proclitics counts too ("وبوتين" is a curated person's word)."""
        lx = self.lx
        out = set()
        for c in stems(n):
            out.update(flag for flag, words in self.tables if c in words)
            cats = lx.categories_of.get(c)
            if cats:
                out.add("FN")
                out.update("FN:" + x for x in cats)
            for _, (_, ent) in lx.names.candidates(c):
                out.add("NM:" + ent.kind[:3])
        if any(c in self.verbs or c in lx.categories_of or c in lx.cues for c in strip_suffix(n)[1:]):
            out.add("SFX:LEX")          # a lexicon word with a pronoun suffix: "اكدها"
        return tuple(sorted(out))


# ---------------------------------------------------------------- tables from unlabelled news
#
# Two word tables in data/models, both built from unlabelled Arabic news that
# is not in NewsFANE or ANERcorp (see data/models/README.md):
# - word-clusters.tsv (scripts/build_clusters.py): each word's cluster as a bit
#   string (k-means on word2vec vectors, then a Ward tree over the clusters,
#   so prefixes are coarser clusters, like Brown clusters), and a
#   "name-likeness" code from the contexts it was seen in;
# - word-persons.tsv (scripts/train_ner.py): how often a first CRF, trained
#   on NewsFANE without this table, tagged the word as part of a person name
#   in that text, in four levels.
# Both map a normalised word to codes only; no text of the corpus is in them.


PERSON_SHARE_MIN = 2            # occurrences a word needs to get a level


def _hyphenated(words: list[str], end: int) -> int:
    """A name goes on over a hyphen ("كيم كاي-غوان"), which the tagger often leaves out."""
    while end + 1 < len(words) and words[end] in ("-", "–") and words[end + 1].isalpha():
        end += 2
    return end


def person_share_level(persons: int, total: int) -> str:
    share = persons / total
    return "3" if share >= 0.7 else "2" if share >= 0.3 else "1" if share >= 0.05 else "0"


def person_shares(tagger: PersonTagger, lines: list[list[str]]) -> dict[str, str]:
    """Tag each tokenised line alone and give each normalised word seen at
    least PERSON_SHARE_MIN times the level of its share of person tags."""
    total: dict[str, int] = {}
    persons: dict[str, int] = {}
    for words in lines:
        for w, t in zip(words, tagger.tag(words)):
            n = normalize(w)
            total[n] = total.get(n, 0) + 1
            if t.endswith("-PER"):
                persons[n] = persons.get(n, 0) + 1
    return {n: person_share_level(persons.get(n, 0), c) for n, c in sorted(total.items()) if c >= PERSON_SHARE_MIN}


def write_person_shares(levels: dict[str, str], path: Path | str, note: str = "") -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        f.write("# word-persons: normalised word <TAB> level of its share of person tags (0: <5%, 1: <30%, "
                f"2: <70%, 3: more); written by scripts/train_ner.py{note}\n")
        for n, lv in levels.items():
            f.write(f"{n}\t{lv}\n")
    return path


HELD_OUT_BUCKET = 50      # corpus buckets 50–99 are the evaluation's unseen pool: never read for training


def _seen(d: Path) -> set[str] | None:
    """Names of the articles of a corpus folder that may be used: those whose
    manifest bucket is below 50 (None when there is no manifest)."""
    manifest = Path(d).parent / "manifest.tsv"
    if not manifest.exists():
        return None
    rows = [line.rstrip("\n").split("\t") for line in manifest.read_text(encoding="utf-8").splitlines() if line.strip()]
    head = rows[0]
    if "bucket" not in head:
        return None
    b = head.index("bucket")
    return {r[0] for r in rows[1:] if len(r) > b and r[b].isdigit() and int(r[b]) < HELD_OUT_BUCKET}


def read_lines(dirs: list[Path]) -> list[list[str]]:
    """Tokenised lines of every *.txt of the folders, in name order (hashtags'
    "#" and "_" made spaces), as the tables are built from them. Articles of
    the held-out buckets (50–99 in the folder's manifest) are left out."""
    out = []
    for d in dirs:
        seen = _seen(Path(d))
        for f in sorted(Path(d).glob("*.txt")):
            if seen is not None and f.stem not in seen:
                continue
            for line in f.read_text(encoding="utf-8").splitlines():
                words = [t.text for t in tokenize(_HASHTAG.sub(" ", line))]
                if words:
                    out.append(words)
    return out


_HASHTAG = re.compile(r"[#_]")


@lru_cache(maxsize=4)
def _lexicons(data_dir: str | None = None) -> _Lexicons:
    return _Lexicons(load(data_dir))


def _cv(w: str) -> str:
    """Skeleton of long vowels (ا و ي ه) and other letters: "سيدورف" → "CVCVCC"."""
    t = w.removeprefix("ال")
    return "".join("V" if c == "V" else "C" for c in t.translate(_VOWEL_LETTERS))[:8]


def _shape(w: str) -> str:
    if is_arabic(w):
        return "AR" if w.isalpha() else "ARx"
    if _DIGITS.search(w):
        return "D" if w.isdigit() else "Dx"
    if w.isalpha():
        return "LAT"
    return "P"


class Featurizer:
    """Feature lists ("name=value" strings) for a sentence of words.

    Everything about one word is computed once and cached; a sentence only
    adds its neighbours' words and flags and the multi-word lexicon matches."""

    # bit-string prefixes of the word's cluster: the word's own, and what its neighbours see
    # (chosen by NewsFANE cross-validation, as are the tables' settings)
    cluster_prefixes: tuple[int, ...] = (4, 6, 10, 20)
    neighbour_prefixes: tuple[int, ...] = (6, 20)
    name_codes: bool = True

    def __init__(self, data_dir: str | None = None, persons: Path | str | None = None):
        """`persons`: the word-persons table (default: the one in the data
        dir's models/; "" for none, as for the first model that writes it)."""
        models = Path(data_dir) / "models" if data_dir else MODEL_PATH.parent
        self.lex = _lexicons(data_dir)
        self.clusters = load_clusters(str(models / CLUSTERS_PATH.name))
        self.persons = load_person_shares(str(models / PERSONS_PATH.name if persons is None else persons))
        self._word_cache: dict[str, tuple[tuple[str, ...], tuple[str, ...], str, str]] = {}

    def _word(self, w: str) -> tuple[tuple[str, ...], tuple[str, ...], str, str]:
        """(own features, what a neighbour sees, identity, article key)."""
        hit = self._word_cache.get(w)
        if hit is not None:
            return hit
        n = normalize(w)
        shape = _shape(n)
        n_id = _DIGITS.sub("0", n) if shape in ("D", "Dx") else n
        flags = self.lex.flags(n) if shape.startswith("AR") else ()
        own = [f"w={n_id}", f"sh={shape}", f"len={min(len(n), 8)}"]
        key = ""
        if shape.startswith("AR"):
            st = stems(n)
            core = st[-1]
            own.append(f"st={core}")
            if len(st) > 1:
                own.append(f"pre={n[: len(n) - len(core)] if n.endswith(core) else n[:1]}")
            if n.startswith("ال"):
                own.append("def")
            for k in (1, 2, 3):
                if len(n) > k:
                    own.append(f"p{k}={n[:k]}")
                    own.append(f"s{k}={n[-k:]}")
            if n in _LINKS:
                own.append("link")
            base = n[1:] if n[:1] in "وف" and len(n) > 3 and n[1:2] != "ي" else n
            if base != n:           # "وشيراك": the conjunction hides the name
                own.append(f"b={base}")
                for k in (1, 2, 3):
                    own.append(f"bp{k}={base[:k]}")
            own.append(f"cv={_cv(base)}")
            if len(base) >= 3 and not self.lex.lx.is_function(base):
                key = base
        own.extend("f:" + f for f in flags)
        nb = [f"w={n_id}", f"sh={shape}", *("f:" + f for f in flags)]
        cl = self._cluster(n) if shape.startswith("AR") else None
        if cl is not None:
            bits, code = cl
            own.extend(f"c{k}={bits[:k]}" for k in self.cluster_prefixes)
            nb.extend(f"c{k}={bits[:k]}" for k in self.neighbour_prefixes)
            if self.name_codes and code != "-":
                for i in range(0, len(code), 2):
                    own.append(f"nl{code[i]}={code[i + 1]}")
                    nb.append(f"nl{code[i]}")
        elif shape.startswith("AR"):
            own.append("c=none")
        if self.persons and shape.startswith("AR"):
            lv = next((self.persons[c] for c in stems(n) if c in self.persons), None)
            if lv is not None:
                own.append(f"ps={lv}")
                nb.append(f"ps={lv}")
        if len(self._word_cache) > 200_000:
            self._word_cache.clear()
        hit = self._word_cache[w] = (tuple(own), tuple(nb), n_id, key)
        return hit

    def _cluster(self, n: str) -> tuple[str, str] | None:
        """The table's entry for a word, or for its reading without proclitics."""
        for c in stems(n):
            hit = self.clusters.get(c)
            if hit is not None:
                return hit
        return None

    def keys(self, words: list[str]) -> list[str]:
        """The form under which each word is matched across an article ("" for none)."""
        return [self._word(w)[3] for w in words]

    def __call__(self, words: list[str], extra: list[list[str]] | None = None) -> list[list[str]]:
        """Features of each word; `extra` adds per-word features (the document's)."""
        info = [self._word(w) for w in words]
        n = len(words)
        phr = self._phrases(words)
        out = []
        for i in range(n):
            own, _, wid, _ = info[i]
            f = ["b", *own, *phr[i]]
            if extra:
                f.extend(extra[i])
            for off in (-2, -1, 1, 2):
                j = i + off
                if 0 <= j < n:
                    f.extend(f"{off}{x}" for x in info[j][1])
                    if extra and off in (-1, 1):
                        f.extend(f"{off}{x}" for x in extra[j])
                elif j == -1 or j == n:
                    f.append(f"{off}BOUND")
            if i > 0:
                f.append(f"-1w|w={info[i - 1][2]}|{wid}")
            if i + 1 < n:
                f.append(f"w|+1w={wid}|{info[i + 1][2]}")
            out.append(f)
        return out

    def _phrases(self, words: list[str]) -> list[list[str]]:
        """Multi-word lexicon matches: office titles, gazetteer names, institutions."""
        lx = self.lex.lx
        norms = [normalize(w) for w in words]
        out: list[list[str]] = [[] for _ in words]
        for name, index in (("T", lx.titles), ("N", lx.names), ("I", lx.institutions)):
            i = 0
            while i < len(norms):
                hit = _longest(norms, i, index)
                if hit is None:
                    i += 1
                    continue
                end, value = hit
                tag = name + value[1].kind[:3] if name == "N" else name
                for k in range(i, end):
                    out[k].append(f"{tag}{'B' if k == i else 'I'}")
                if end < len(norms):
                    out[end].append(f"after{tag}")
                if i > 0:
                    out[i - 1].append(f"before{tag}")
                if end + 1 < len(norms):
                    out[end + 1].append(f"after2{tag}")
                i = end
        return out


def _longest(norms: list[str], i: int, index: PhraseIndex):
    """Longest phrase of `index` at word i (its first word may carry proclitics)."""
    best = None
    for stem in stems(norms[i]):
        for words, value in index.candidates(stem):
            k = len(words)
            if i + k > len(norms) or (best and i + k <= best[0]):
                continue
            if all(norms[i + m] == words[m] for m in range(1, k)):
                best = (i + k, value)
                break
    return best


def document_features(keys: list[list[str]], tags: list[list[str]]) -> list[list[list[str]]]:
    """Features from the rest of the article: how a first pass tagged the
    other occurrences of each word ("لافروف" alone, after "سيرغي لافروف").
    D:PER = tagged inside a PER span elsewhere; D:PERS/F/L/M = as a one-word
    span, a first, a last or a middle word; D:O = left untagged elsewhere."""
    seen: dict[str, list[tuple[int, int, str]]] = {}
    for si, (ks, ts) in enumerate(zip(keys, tags)):
        for a, b, kind in entity_spans(ts):
            for i in range(a, b):
                if ks[i]:
                    role = "S" if b - a == 1 else "F" if i == a else "L" if i == b - 1 else "M"
                    seen.setdefault(ks[i], []).append((si, i, kind + role))
        for i, t in enumerate(ts):
            if t == "O" and ks[i]:
                seen.setdefault(ks[i], []).append((si, i, "O"))
    out = []
    for si, ks in enumerate(keys):
        feats = []
        for i, k in enumerate(ks):
            f: set[str] = set()
            for sj, j, lab in seen.get(k, ()):
                if sj == si and j == i:
                    continue
                if lab == "O":
                    f.add("D:O")
                else:
                    f.add("D:" + lab[:-1])
                    f.add("D:" + lab)
            if "D:O" in f and len(f) > 1:
                f.add("D:mixed")
            feats.append(sorted(f))
        out.append(feats)
    return out


def propagate_names(norms: list[list[str]], tags: list[list[str]], lx: Lexicon) -> list[list[str]]:
    """Tag the other mentions of the people an article's tags name: a full
    name found elsewhere ("سيرغي لافروف"), or a surname or one-word name
    alone ("لافروف", "ولافروف"). Only untagged words are changed."""
    out = [list(t) for t in tags]
    last: set[str] = set()
    full: set[tuple[str, ...]] = set()
    for ns, ts in zip(norms, tags):
        for a, b, _ in entity_spans(ts, "PER"):
            last.add(ns[b - 1])
            if b - a >= 2:
                full.add(tuple(ns[a:b]))
    if not last:
        return out
    seqs = sorted(full, key=len, reverse=True)
    for ns, ts in zip(norms, out):
        i = 0
        while i < len(ns):
            size = next((len(q) for q in seqs if i + len(q) <= len(ns) and q[0] in stems(ns[i])
                         and all(ns[i + m] == q[m] for m in range(1, len(q)))), 0)
            if not size:
                i += 1
                continue
            span = ts[i:i + size]
            if "O" in span and all(t == "O" or t.endswith("-PER") for t in span):
                ts[i:i + size] = ["B-PER"] + ["I-PER"] * (size - 1)
                if i + size < len(ts) and ts[i + size] == "I-PER":
                    ts[i + size] = "B-PER"
            i += size
        for i, n in enumerate(ns):
            if ts[i] != "O" or len(n) < 3 or lx.is_function(n):
                continue
            if n in last or any(x in last for x in stems(n)[1:]):
                joined = n not in last and n[:1] in "وف"       # "ولافروف": a second person, not a surname
                ts[i] = "I-PER" if i and ts[i - 1].endswith("-PER") and not joined else "B-PER"
    return out


# ---------------------------------------------------------------- train and tag

_ITEMS: list = []          # the training items, shared with forked workers


def _fit(items, path: Path, params: dict, verbose: bool = False) -> Path:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=verbose)
    for x, y in items:
        trainer.append(x, y)
    trainer.set_params(params)
    path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(path))
    return path


def _first_pass(job: tuple[int, int, str, dict]) -> list[list[str]]:
    """Train on all items but [lo, hi) and tag those: one cross-fitting fold."""
    import pycrfsuite

    lo, hi, path, params = job
    _fit([it for i, it in enumerate(_ITEMS) if not lo <= i < hi], Path(path), params)
    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    try:
        return [tagger.tag(x) for x, _ in _ITEMS[lo:hi]]
    finally:
        tagger.close()


def train(sents: list[list[tuple[str, str]]], path: Path | str, *, c1: float = 0.05, c2: float = 0.05,
          max_iterations: int = 150, min_freq: int = 1, document: bool = True, folds: int = 5, group: int = 20,
          jobs: int = 1, data_dir: str | None = None, persons: Path | str | None = None,
          verbose: bool = False) -> Path:
    """Train a CRF on (word, IOB2 tag) sentences and write it to `path`.

    With `document`, consecutive sentences are read as articles of `group`
    sentences and the model also learns the second-pass features of
    `PersonTagger.tag_document`. The first-pass tags of the training data
    come from `folds` models that did not see them (cross-fitting, `jobs`
    processes), so they are as noisy as they will be on new text. Both kinds
    of sentence go into one model: without document features it is the first
    pass. The result depends only on the data and the parameters."""
    import tempfile

    feats = Featurizer(data_dir, persons)
    words = [[w for w, _ in s] for s in sents]
    labels = [[t for _, t in s] for s in sents]
    items = [(feats(ws), ys) for ws, ys in zip(words, labels)]
    params = {"c1": c1, "c2": c2, "max_iterations": max_iterations, "feature.minfreq": min_freq,
              "feature.possible_transitions": True}
    if document and folds >= 2 and len(sents) >= 2 * group:
        n_groups = (len(sents) + group - 1) // group
        bounds = [(n_groups * k // folds * group, min(len(sents), n_groups * (k + 1) // folds * group))
                  for k in range(folds)]
        global _ITEMS
        _ITEMS = items
        try:
            with tempfile.TemporaryDirectory() as tmp:
                work = [(lo, hi, str(Path(tmp) / f"{k}.crfsuite"), params) for k, (lo, hi) in enumerate(bounds)]
                if jobs > 1:
                    import multiprocessing

                    with multiprocessing.get_context("fork").Pool(min(jobs, folds)) as pool:
                        parts = pool.map(_first_pass, work)
                else:
                    parts = [_first_pass(w) for w in work]
        finally:
            _ITEMS = []
        first = [t for part in parts for t in part]
        for g in range(0, len(sents), group):
            keys = [feats.keys(ws) for ws in words[g:g + group]]
            extra = document_features(keys, first[g:g + group])
            items.extend((feats(ws, x), ys) for ws, x, ys in zip(words[g:g + group], extra, labels[g:g + group]))
    return _fit(items, Path(path), params, verbose)


def entity_spans(tags: list[str], kind: str | None = None) -> list[tuple[int, int, str]]:
    """IOB2 tags → [(start, end, kind)]; a stray I- starts a span."""
    out, start, cur = [], None, None
    for i, t in enumerate([*tags, "O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and t[2:] != cur):
            if start is not None:
                out.append((start, i, cur))
                start, cur = None, None
            if t != "O":
                start, cur = i, t[2:]
    return [s for s in out if kind is None or s[2] == kind]


class PersonTagger:
    """The shipped CRF: `PersonTagger.load().person_spans(words)`.

    `tag` reads one sentence alone; `tag_document` reads an article (a list
    of tokenised sentences) in two passes and then propagates the names it
    found, which is what `kg eval-ner` measures."""

    def __init__(self, tagger, data_dir: str | None = None, persons: Path | str | None = None):
        self._tagger = tagger
        self._feats = Featurizer(data_dir, persons)
        self._lx = load(data_dir)
        self._last: tuple[tuple[str, ...], list[tuple[int, int]]] = ((), [])

    @classmethod
    def load(cls, path: Path | str | None = None, data_dir: str | None = None,
             persons: Path | str | None = None) -> PersonTagger:
        """The model at `path` (default: the shipped one), with the lexicons
        of `data_dir` and the word-persons table `persons` it was trained with."""
        import pycrfsuite

        p = Path(path) if path else MODEL_PATH
        if not p.exists():
            raise FileNotFoundError(f"{p}: no CRF model (train it with scripts/train_ner.py)")
        if path is None and persons is None:
            models = Path(data_dir) / "models" if data_dir else MODEL_PATH.parent
            missing = [t.name for t in (CLUSTERS_PATH, PERSONS_PATH) if not (models / t.name).is_file()]
            if missing:     # the shipped model was trained with them: much worse without
                import warnings

                warnings.warn(f"{models}: no {', '.join(missing)}; the name tagger was trained with "
                              f"{'it' if len(missing) == 1 else 'them'} and will miss many names", stacklevel=2)
        t = pycrfsuite.Tagger()
        t.open(str(p))
        return cls(t, data_dir, persons)

    def tag(self, words: list[str]) -> list[str]:
        """IOB2 tags (B-PER, I-PER, B-LOC, ..., O) of one sentence."""
        if not words:
            return []
        return self._tagger.tag(self._feats(list(words)))

    def tag_document(self, sentences: list[list[str]], propagate: bool = True) -> list[list[str]]:
        """IOB2 tags of each sentence of an article."""
        sentences = [list(s) for s in sentences]
        first = [self.tag(s) for s in sentences]
        keys = [self._feats.keys(s) for s in sentences]
        extra = document_features(keys, first)
        tags = [self._tagger.tag(self._feats(s, x)) if s else [] for s, x in zip(sentences, extra)]
        if propagate:
            tags = propagate_names([[normalize(w) for w in s] for s in sentences], tags, self._lx)
        return tags

    def person_spans(self, words: list[str]) -> list[tuple[int, int]]:
        """(start, end) token spans of the people named in one sentence. The last
        sentence's answer is kept: the mention finder and the attributor both ask."""
        key = tuple(words)
        if key != self._last[0]:
            self._last = (key, [(s, _hyphenated(words, e)) for s, e, _ in entity_spans(self.tag(words), "PER")])
        return list(self._last[1])

    def document_person_spans(self, sentences: list[list[str]]) -> list[list[tuple[int, int]]]:
        """(start, end) person spans of each sentence of an article."""
        return [[(s, e) for s, e, _ in entity_spans(t, "PER")] for t in self.tag_document(sentences)]
