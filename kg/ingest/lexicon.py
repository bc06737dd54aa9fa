"""Load the lexicons and gazetteers in `data/` into lookup tables.

The files are the source of truth and are meant to be edited by analysts;
this module only reads them, normalises every form, and indexes phrases by
their first word so the matchers can scan a sentence in one pass.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.ingest.arabic import normalize_phrase
from kg.records import Entity

DATA_DIR = Path(os.environ.get("KG_DATA", Path(__file__).resolve().parents[2] / "data"))


class LexiconError(ValueError):
    """A data file is malformed; the message names the file and line."""


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a TSV file with a header; lines starting with # are comments."""
    rows: list[dict[str, str]] = []
    with open(path, encoding="utf-8") as f:
        lines = [(n, line) for n, line in enumerate(f, 1) if line.strip() and not line.startswith("#")]
    if not lines:
        return rows
    header = lines[0][1].rstrip("\n").split("\t")
    for n, line in lines[1:]:
        cells = line.rstrip("\n").split("\t")
        if len(cells) > len(header):
            raise LexiconError(f"{path}:{n}: {len(cells)} cells, header has {len(header)}")
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, (c.strip() for c in cells))))
    return rows


def split_cell(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


class PhraseIndex:
    """Normalised multi-word phrases indexed by first word, longest first."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], object]]] = {}

    def add(self, phrase: str, value: object) -> None:
        # a hyphen splits the text into tokens of its own, so it splits the phrase ("كيم جونغ-أون")
        words = tuple(normalize_phrase(phrase.replace("-", " ").replace("–", " ")).split())
        if not words:
            return
        bucket = self._by_first.setdefault(words[0], [])
        if not any(w == words and v == value for w, v in bucket):
            bucket.append((words, value))
            bucket.sort(key=lambda x: -len(x[0]))

    def candidates(self, first: str) -> list[tuple[tuple[str, ...], object]]:
        return self._by_first.get(first, [])

    def __contains__(self, first: str) -> bool:
        return first in self._by_first

    def has_single(self, word: str) -> bool:
        """Is `word` on its own a phrase of the index (not just a first word)?"""
        return any(len(w) == 1 for w, _ in self._by_first.get(word, ()))


@dataclass(frozen=True)
class Evaluation:
    """A predicate that judges its subject (data/lexicon/evaluations.tsv)."""
    form: str
    polarity: str        # support | oppose
    kind: str            # judgement | departure


@dataclass
class ReportingVerb:
    lemma: str
    form: str
    gender: str          # m | f | p
    adverbial: bool
    prep: str
    prep_required: str          # "next": right after the verb; "near": within a few words
    polarity: str
    takes_object: bool = False


@dataclass
class StanceCue:
    form: str
    polarity: str        # support | oppose
    kind: str            # cue | frame | keep | evaluation | link | accusation | against | sever | aim | vote | levelled | confront | blame | expel
    prep: str
    verb: bool = False   # a finite verb conjugated from stance_verbs.tsv (its masculine past too: "طالب")
    clause: bool = True  # False ("ب!" in the file): an أن clause after it is a belief, not a target ("الثقة بأن")
    levelled: bool = False   # a "levelled" cue found after its verb of levelling, now read as a cue
    near: bool = False   # True ("على~" in the file): a cue only when its preposition follows within a few words
    form_norm: str = field(init=False, repr=False)   # normalised once, read on every cue hit

    def __post_init__(self) -> None:
        self.form_norm = normalize_phrase(self.form)


def conjugations(past: str, present: str) -> list[str]:
    """The finite forms of a verb that report a position: third persons and
    "we", past and present, with the plural and dual after لن/لم ("رفض": رفضت،
    رفضوا، رفضنا، يرفض، ترفض، نرفض، يرفضون، لن يرفضا …).
    Weak verbs ending in a vowel letter only get the forms that stay regular."""
    out = [past, past + "ت"]
    if past[-1:] not in "اىي":
        out += [past + "وا", past + "ا", past + "تا", past + "نا"]
    out += [p + present for p in "يتنأ"]
    if present[-1:] not in "اىيو":
        out += ["ي" + present + "ون", "ت" + present + "ون", "ي" + present + "ان", "ت" + present + "ان",
                "ي" + present + "وا", "ت" + present + "وا", "ي" + present + "ا", "ت" + present + "ا"]   # after لن / لم
    return out


@dataclass
class Institution:
    key: str
    label_ar: str
    label_en: str
    gender: str
    speaks_for: bool


@dataclass
class Lexicon:
    verbs: dict[str, ReportingVerb] = field(default_factory=dict)
    function_words: dict[str, set[str]] = field(default_factory=dict)
    multiword_function: PhraseIndex = field(default_factory=PhraseIndex)
    titles: PhraseIndex = field(default_factory=PhraseIndex)
    speaker_words: dict[str, tuple[str, str]] = field(default_factory=dict)
    pairs: dict[str, tuple[str, ...]] = field(default_factory=dict)     # "الكوريتان" → the two countries it names
    speaker_phrases: PhraseIndex = field(default_factory=PhraseIndex)
    cues: PhraseIndex = field(default_factory=PhraseIndex)
    evaluations: PhraseIndex = field(default_factory=PhraseIndex)   # → Evaluation
    org_heads: PhraseIndex = field(default_factory=PhraseIndex)     # → (speaks_for, kind, quoted name only)
    institutions: PhraseIndex = field(default_factory=PhraseIndex)   # → Institution
    issues: dict[str, Entity] = field(default_factory=dict)
    issue_phrases: dict[str, str] = field(default_factory=dict)   # normal form → key
    issue_first_words: set[str] = field(default_factory=set)
    issue_against: dict[str, str] = field(default_factory=dict)
    disowned_issues: set[str] = field(default_factory=set)     # no state supports them: "دعم الإرهاب" is someone else's act
    months: dict[str, int] = field(default_factory=dict)
    given_names: set[str] = field(default_factory=set)
    # how often news text uses a word as a name, from the person-share table the NER model was
    # trained with (data/models/word-persons.tsv): "0" under 5% … "3" over 70%
    person_share: dict[str, str] = field(default_factory=dict)
    name_words: set[str] = field(default_factory=set)     # level 2-3: "إردان" is a name, not the verbal noun إفعال
    ambiguous_names: set[str] = field(default_factory=set)    # "مالي": also "financial"
    # gazetteer
    countries: dict[str, Entity] = field(default_factory=dict)
    organisations: dict[str, Entity] = field(default_factory=dict)
    people: dict[str, Entity] = field(default_factory=dict)
    in_office: dict[str, tuple[str, str]] = field(default_factory=dict)   # person key → (from, to), "YYYY-MM"; "" open
    names: PhraseIndex = field(default_factory=PhraseIndex)     # → (how, Entity)
    nisba: dict[str, str] = field(default_factory=dict)         # normal form → country key
    nisba_of: dict[str, list[str]] = field(default_factory=dict)  # country key → masc forms
    iso: dict[str, str] = field(default_factory=dict)             # ISO 3166 alpha-2 → country key
    org_adjectives: dict[str, str] = field(default_factory=dict)  # "الأممي" → organisation key
    dynasties: dict[str, str] = field(default_factory=dict)       # "الصباح", "ال خليفه" → country key
    categories_of: dict[str, set[str]] = field(default_factory=dict)   # function word → its categories
    word_classes: dict[str, frozenset[str]] = field(default_factory=dict)   # word_classes.tsv: class → normal forms
    name_word_cache: dict[str, bool] = field(default_factory=dict, repr=False)

    def in_class(self, word: str, name: str) -> bool:
        """Is the normalised `word` in the content-word class `name` (word_classes.tsv)?"""
        return word in self.word_classes.get(name, ())

    def is_function(self, word: str, *categories: str) -> bool:
        """Runs for every token, so it is one dict look-up."""
        cats = self.categories_of.get(word)
        if not cats:
            return False
        return not categories or any(c in cats for c in categories)


def _feminine(nisba: str) -> list[str]:
    """الروسي → الروسية and the plural/dual forms seen after plural nouns."""
    if not nisba.endswith("ي"):
        return []
    return [nisba + "ه", nisba + "ين", nisba + "ان", nisba + "ون", nisba + "تين", nisba + "تان"]


def _inflections(nisba: str) -> list[str]:
    """All forms of a nationality adjective; in a two-word one every adjective agrees
    ("الكوري الشمالي" → "الكورية الشمالية", "الكوريين الشماليين"), a noun does not
    ("الجنوب أفريقي" → "الجنوب أفريقية")."""
    words = nisba.split()
    if len(words) == 1:
        return [nisba, *_feminine(nisba)]
    cols = [[w, *_feminine(w)] if w.endswith("ي") else [w] * 7 for w in words]
    return [" ".join(c[k] for c in cols) for k in range(7)]


def known_word(w: str, lx: "Lexicon") -> bool:
    """A word whose و is part of it (واشنطن, وزارة, وكالة, وسائل), known from the lexicons."""
    return w in lx.names or w in lx.institutions or w in lx.titles or w in lx.nisba or lx.in_class(w, "w_initial")


# -- word tables learnt from unlabelled news (data/models/): read once, shared by the
#    lexicon and the name tagger
def _read_table(path: Path | str) -> dict[str, list[str]]:
    p = Path(path)
    if not str(path) or not p.is_file():
        return {}
    out = {}
    with p.open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            w, *cells = line.rstrip("\n").split("\t")
            out[w] = cells
    return out


def _stamp(path: str) -> int:
    """The file's modification time, so that a rewritten table is read again."""
    p = Path(path)
    return p.stat().st_mtime_ns if str(path) and p.is_file() else 0


def load_clusters(path: str) -> dict[str, tuple[str, str]]:
    """word → (bit string, name-likeness code); {} when there is no table."""
    return _load_clusters(path, _stamp(path))


def load_person_shares(path: str) -> dict[str, str]:
    """word → level "0"-"3" of its share of person tags; {} when there is no table."""
    return _load_person_shares(path, _stamp(path))


@lru_cache(maxsize=4)
def _load_clusters(path: str, stamp: int) -> dict[str, tuple[str, str]]:
    return {w: (c[0], c[-1]) for w, c in _read_table(path).items()}


@lru_cache(maxsize=8)
def _load_person_shares(path: str, stamp: int) -> dict[str, str]:
    return {w: c[0] for w, c in _read_table(path).items()}


@lru_cache(maxsize=4)
def load(data_dir: str | None = None) -> Lexicon:
    base = Path(data_dir) if data_dir else DATA_DIR
    lx = Lexicon()
    lex = base / "lexicon"
    for row in read_tsv(lex / "reporting_verbs.tsv"):
        prep = row.get("prep", "")
        required = "near" if prep.endswith("~") else "next" if prep.endswith("!") else ""
        prep = prep.rstrip("!~")
        for col, gender, adverbial in (("masc", "m", False), ("fem", "f", False), ("plural", "p", False),
                                       ("adverbial", "", True)):
            for form in split_cell(row.get(col, "")):
                g = gender or ("f" if form.endswith(("ة", "ه")) else "m")
                lx.verbs.setdefault(normalize_phrase(form), ReportingVerb(
                    row["lemma"], form, g, adverbial, normalize_phrase(prep), required, row.get("polarity", ""),
                    row.get("object", "") == "yes"))
    for row in read_tsv(lex / "function_words.tsv"):
        cat = row["category"]
        for form in split_cell(row["forms"]):
            n = normalize_phrase(form)
            if " " in n:
                lx.multiword_function.add(n, cat)
            else:
                lx.function_words.setdefault(cat, set()).add(n)
                lx.categories_of.setdefault(n, set()).add(cat)
    for row in read_tsv(lex / "titles.tsv"):
        # "المتحدث باسم": the باسم X part is parsed by the title rule itself
        title = row["title"][: -len(" باسم")] if row["title"].endswith(" باسم") else row["title"]
        lx.titles.add(title, (title, row["role_en"], row["gender"]))
    for row in read_tsv(lex / "speaker_words.tsv"):
        n = normalize_phrase(row["form"])
        if " " in n:
            lx.speaker_phrases.add(n, (row["kind"], row["gender"]))
        else:
            lx.speaker_words[n] = (row["kind"], row["gender"])
        if row["kind"] == "pair":
            lx.pairs[n] = tuple(split_cell(row.get("members", "")))
    for row in read_tsv(lex / "stance_cues.tsv"):
        prep = row.get("prep", "")
        lx.cues.add(row["form"], StanceCue(row["form"], row["polarity"], row["kind"], normalize_phrase(prep.rstrip("!~")),
                                           clause=not prep.endswith("!"), near=prep.endswith("~")))
    if (lex / "stance_verbs.tsv").exists():
        for row in read_tsv(lex / "stance_verbs.tsv"):
            nouns = {normalize_phrase(w) for w in split_cell(row.get("homographs", ""))}
            for form in conjugations(row["past"], row["present"]):
                norm = normalize_phrase(form)
                if norm not in nouns and not any(c.form_norm == norm for _, c in lx.cues.candidates(norm)):
                    prep = row.get("prep", "")
                    lx.cues.add(form, StanceCue(form, row["polarity"], row["kind"], normalize_phrase(prep.rstrip("~")), verb=True,
                                                near=prep.endswith("~")))
    if (lex / "ambiguous_names.txt").exists():
        lx.ambiguous_names = {normalize_phrase(w.strip()) for w in (lex / "ambiguous_names.txt").read_text(encoding="utf-8").splitlines()
                              if w.strip() and not w.startswith("#")}
    if (lex / "word_classes.tsv").exists():
        for row in read_tsv(lex / "word_classes.tsv"):
            lx.word_classes[row["class"]] = frozenset(normalize_phrase(w) for w in split_cell(row["words"]))
    for row in read_tsv(lex / "evaluations.tsv"):
        ev = Evaluation(row["form"], row["polarity"], row["kind"])
        lx.evaluations.add(row["form"], ev)
        words = row["form"].split()
        if row["kind"] == "judgement" and not words[0].endswith(("ة", "ى")):
            # accusative on the head word: "خطأً", "تعدياً", "سابقاً لأوانه"
            lx.evaluations.add(" ".join([words[0] + "ا", *words[1:]]), ev)
    if (lex / "org_heads.tsv").exists():
        for row in read_tsv(lex / "org_heads.tsv"):
            lx.org_heads.add(row["form"], (row["speaks_for"] == "yes", row["kind"], row.get("named") == "quoted"))
    for row in read_tsv(lex / "institutions.tsv"):
        inst = Institution(row["key"], row["label_ar"], row["label_en"], row["gender"], row["speaks_for"] == "yes")
        for form in split_cell(row["forms"]):
            lx.institutions.add(form, inst)
    for row in read_tsv(lex / "issues.tsv"):
        aliases = split_cell(row.get("aliases_ar", ""))
        ent = Entity("Issue", row["key"], row["label_ar"], row.get("label_en", ""), tuple(aliases))
        lx.issues[row["key"]] = ent
        for a in [row["label_ar"], *aliases]:
            lx.issue_phrases[normalize_phrase(a)] = row["key"]
            lx.issue_first_words.add(normalize_phrase(a).split()[0] if normalize_phrase(a) else "")
        if row.get("against"):
            lx.issue_against[row["key"]] = row["against"]
        if (row.get("disowned") or "").strip() == "yes":
            lx.disowned_issues.add(row["key"])
    for row in read_tsv(lex / "months.tsv"):
        for form in split_cell(row["forms"]):
            lx.months[normalize_phrase(form)] = int(row["month"])
    with open(lex / "given_names.txt", encoding="utf-8") as f:
        lx.given_names = {normalize_phrase(x) for x in f if x.strip() and not x.startswith("#")}
    lx.person_share = load_person_shares(str(base / "models" / "word-persons.tsv"))
    lx.name_words = {w for w, level in lx.person_share.items() if level in ("2", "3")}
    _load_gazetteer(base / "gazetteer", lx)
    for row in read_tsv(lex / "org_adjectives.tsv"):
        if row["organisation"] in lx.organisations:
            for form in [row["form"], *_feminine(normalize_phrase(row["form"]))]:
                lx.org_adjectives[normalize_phrase(form)] = row["organisation"]
    return lx


def _load_gazetteer(gaz: Path, lx: Lexicon) -> None:
    if (gaz / "countries.tsv").exists():
        for row in read_tsv(gaz / "countries.tsv"):
            aliases = split_cell(row.get("aliases_ar", ""))
            ent = Entity("Country", row["key"], row["name_ar"], row.get("name_en", ""), tuple(aliases),
                         country=row["key"], wikidata=row.get("wikidata", ""), gender="f")
            lx.countries[row["key"]] = ent
            lx.iso[row.get("iso2", "").upper()] = row["key"]
            for a in [row["name_ar"], *aliases]:
                lx.names.add(a, ("gazetteer", ent))
            for a in split_cell(row.get("capital_ar", "")):
                lx.names.add(a, ("capital", ent))
            masc = split_cell(row.get("nisba_ar", ""))
            lx.nisba_of[row["key"]] = masc
            for m in masc:
                for form in _inflections(normalize_phrase(m)):
                    n = normalize_phrase(form)
                    lx.nisba[n] = row["key"]
                    if n.startswith("ال"):
                        lx.nisba.setdefault(n[2:], row["key"])
                        # "زعيم كوري شمالي": indefinite, every word without its article
                        lx.nisba.setdefault(" ".join(w.removeprefix("ال") for w in n.split()), row["key"])
            for seat in split_cell(row.get("metonyms_ar", "")):
                org = Entity("Organisation", f"{row['key']}_{normalize_phrase(seat).replace(' ', '_')}", seat,
                             "", (), country=row["key"], gender="m")
                lx.organisations.setdefault(org.key, org)
                lx.names.add(seat, ("seat", org))
    if (gaz / "dynasties.tsv").exists():
        for row in read_tsv(gaz / "dynasties.tsv"):
            for form in split_cell(row["family"]):
                lx.dynasties[normalize_phrase(form)] = _country_key(lx, row["country"])
    if (gaz / "organisations.tsv").exists():
        for row in read_tsv(gaz / "organisations.tsv"):
            aliases = split_cell(row.get("aliases_ar", ""))
            country = _country_key(lx, row.get("country", ""))
            ent = Entity("Organisation", row["key"], row["name_ar"], row.get("name_en", ""), tuple(aliases),
                         country=country, wikidata=row.get("wikidata", ""), role=row.get("kind", ""))
            lx.organisations[row["key"]] = ent
            for a in [row["name_ar"], *aliases]:
                lx.names.add(a, ("gazetteer", ent))
    if (gaz / "people.tsv").exists():
        for row in read_tsv(gaz / "people.tsv"):
            aliases = split_cell(row.get("aliases_ar", ""))
            country = _country_key(lx, row.get("country", ""))
            ent = Entity("Person", row["key"], row["name_ar"], row.get("name_en", ""), tuple(aliases),
                         country=country, role=row.get("role_en", ""), gender=row.get("gender", "m") or "m",
                         wikidata=row.get("wikidata", ""))
            lx.people[row["key"]] = ent
            term = row.get("in_office", "").strip()
            if term:
                start, _, end = term.partition("..")
                lx.in_office[row["key"]] = (start.strip(), end.strip())
            for full in [row["name_ar"], *aliases]:
                words = normalize_phrase(full).split()
                if len(words) >= 2 and words[1] not in ("الله", "الدين"):
                    lx.given_names.add(words[0])     # (not "فتح" of "فتح الله غولن": "فتح حدوده" is no name)
            for a in [row["name_ar"], *aliases]:
                lx.names.add(a, ("gazetteer", ent))


def _country_key(lx: Lexicon, iso2: str) -> str:
    return lx.iso.get(iso2.strip().upper(), "")


def office_holder(lx: Lexicon, country: str, role: str, date: str, same_role) -> Entity | None:
    """The curated holder of a country's office on `date` (YYYY-MM-DD, or "" when
    unknown): a 2015 article's bare "وزير الخارجية القطري" is Khalid al-Attiyah,
    a 2018 one's Mohammed bin Abdulrahman. Of those in office, the one who took it
    last (the month of a handover has both); a holder whose term is not recorded
    only when none recorded was in office; with no date, the first listed."""
    cands = [p for p in lx.people.values() if p.country == country and same_role(p.role)]
    if not date or not cands:
        return cands[0] if cands else None
    month = date[:7]
    serving = [p for p in cands if p.key in lx.in_office
               and lx.in_office[p.key][0] <= month and (not lx.in_office[p.key][1] or month <= lx.in_office[p.key][1])]
    if serving:
        return max(serving, key=lambda p: lx.in_office[p.key][0])
    return next((p for p in cands if p.key not in lx.in_office), None)

