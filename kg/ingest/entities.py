"""Recognise people, countries, organisations and offices in sentences.

Three sources, tried in this order at each word:
1. office titles ("وزير الخارجية الروسي سيرغي لافروف"): a title, optional
   "باسم X", nationality adjectives, then a name discovered from the text;
2. the gazetteer (countries, capitals, seats of power, organisations,
   curated people) and names already discovered in this article (a surname
   alone, "لافروف", is the person met earlier);
3. institutions + nationality ("الخارجية الروسية"), anonymous sources
   ("مسؤول أميركي") and joint subjects ("الجانبين").

The state that coreference needs (people met so far, roles, counts) lives
in `ArticleContext`, created per article, so extraction stays a pure
function of the document.
"""
from __future__ import annotations

import re

import copy
from collections import Counter
from dataclasses import dataclass, field, replace

from kg.ingest.arabic import is_arabic, is_pronoun_preposition, normalize_phrase, stems, strip_suffix, written
from kg.ingest.lexicon import Institution, Lexicon, PhraseIndex, known_word, office_holder
from kg.records import Entity, Mention, Sentence, Token

_NAME_LINKS = {normalize_phrase(w) for w in ("بن", "ابن", "أبو", "آل", "عبد", "دي", "فون", "فان", "دو", "بنت", "ولد", "كي")}
_DEPUTY = {normalize_phrase("نائب"): "deputy ", normalize_phrase("نائبة"): "deputy ",
           normalize_phrase("مساعد"): "assistant ", normalize_phrase("مساعدة"): "assistant ",
           normalize_phrase("معاون"): "assistant ", normalize_phrase("معاونة"): "assistant "}
_ON_BEHALF = {"باسم", "بلسان"}       # "المتحدث باسم الخارجية", "الناطق بلسان الخارجية التركية"
# given names that are also everyday words ("باسم" = in the name of, "أمين" = secretary)
_AMBIGUOUS_GIVEN = {normalize_phrase(w) for w in ("باسم", "أمين", "جمال", "كمال", "سامي", "هادي", "عادل", "كريم",
                                                  "سعيد", "نبيل", "منير", "رفيق", "حسن", "عمر", "ناصر", "ماجد", "فؤاد",
                                                  "صالح", "فايز", "فائز", "نصر الله", "رجب", "مولود", "عباس",
                                                  "قيس", "جواد", "أنور", "أمل", "نور", "هدى", "مون", "شي", "كيم", "بان",
                                                  "جو", "مارك", "بول", "جان", "ماري", "أكبر", "تمام", "منى")}
# nouns that start the name of a body an office belongs to ("رئيس حكومة الوفاق الوطني الليبية")
_BODY_NOUNS = {normalize_phrase(w) for w in ("حكومة", "مجلس", "هيئة", "وزارة", "حزب", "حركة", "جبهة", "تحالف",
                                             "ائتلاف", "لجنة", "اتحاد", "منظمة", "جهاز", "قوات", "جيش", "مكتب",
                                             "برلمان", "سلطة", "دائرة", "إدارة", "بعثة", "وفد", "بنك", "مصرف", "قيادة")}
_MINISTRY_ROLE = {normalize_phrase("خارجية"): "foreign minister", normalize_phrase("دفاع"): "defence minister",
                  normalize_phrase("داخلية"): "interior minister"}
# offices that belong to one country (a nationless "رئيس الوزراء" is the country in focus)
_NATIONAL_ROLES = {"prime minister", "president", "foreign minister", "defence minister", "interior minister",
                   "king", "crown prince", "speaker of parliament", "minister", "senator", "member of congress",
                   "member of parliament"}
_BARE_TITLES = {normalize_phrase(w) for w in ("الرئيس", "الملك", "الأمير", "المستشارة", "الشيخ", "السلطان", "المرشد")}


@dataclass
class ArticleContext:
    lx: Lexicon
    article_key: str
    date: str = ""                                # the article's date (YYYY-MM-DD): who held an office then
    entities: dict[str, Entity] = field(default_factory=dict)
    names: PhraseIndex = field(default_factory=PhraseIndex)      # discovered full names and surnames
    by_role: dict[tuple[str, str], Entity] = field(default_factory=dict)     # (country or org key, role)
    country_counts: Counter = field(default_factory=Counter)
    anon_count: int = 0
    last_country: tuple[int, str] = (-9, "")     # (sentence, key) of the last country named
    leaders: Entity | None = None                 # the last group of leaders listed ("قادة الولايات المتحدة وبريطانيا …")
    country_lists: list[list[str]] = field(default_factory=list)   # countries named together, in order
    country_pairs: list[tuple[int, list[str]]] = field(default_factory=list)   # (sentence, two countries named together)
    sentence_now: int = 0
    sentence_countries: dict[int, list[str]] = field(default_factory=dict)   # sentence → the states it names, in order
    speaker_countries: Counter = field(default_factory=Counter)     # statements so far, by the speaker's country
    skeletons: dict[str, Entity | None] = field(default_factory=dict)  # surname without long vowels → person (None: two)
    last_source: Entity | None = None     # the last anonymous source introduced ("مصدر في وزارة الخارجية")
    family_names: dict[str, Entity] = field(default_factory=dict)   # "كيم", "مون": a Korean or Chinese family name → person
    maqsura: bool = False     # the article spells "على" with ى, so a dotted "علي" is the name Ali

    def add(self, ent: Entity) -> Entity:
        """One entity object per key; later mentions may add a country or role."""
        key = f"{ent.kind}:{ent.key}"
        have = self.entities.get(key)
        if have is None:   # a copy: gazetteer entries are shared by all articles
            have = self.entities[key] = copy.copy(ent)
            if have.kind == "Person" and (" - " in have.label_ar or " – " in have.label_ar):
                have.label_ar = have.label_ar.replace(" - ", "-").replace(" – ", "-")    # "كيم يونج-وو", as written
        else:
            have.country = have.country or ent.country
            have.role = have.role or ent.role
        if have.kind == "Person" and not have.anonymous:
            if not have.country:
                have.country = self.dynasty_country(have.label_ar)
            self._register_names(have)
            if have.role and have.country:
                self.by_role.setdefault((have.country, canonical_role(have.role)), have)
        return have

    def dynasty_country(self, label: str) -> str:
        """"محمد عبد الله المبارك الصباح", "عبدالله بن عبدالملك آل الشيخ": a ruling or
        state family's name ends the person's name (data/gazetteer/dynasties.tsv)."""
        words = normalize_phrase(label).split()
        if len(words) < 2:
            return ""
        return self.lx.dynasties.get(" ".join(words[-2:]), "") or self.lx.dynasties.get(words[-1], "")

    def add_spelling(self, p: Entity, written: str) -> None:
        """The article spells a listed person its own way ("بن علي يلدرم"): later mentions by
        that spelling ("يلدرم") are the same person."""
        if normalize_phrase(written) not in {normalize_phrase(x) for x in (p.label_ar, *p.aliases, *p.spellings)}:
            p.spellings += (written,)
            self._register_names(p)

    def _register_names(self, p: Entity) -> None:
        for name in {p.label_ar, *p.aliases, *p.spellings}:
            words = normalize_phrase(name).split()
            if not words:
                continue
            self.names.add(" ".join(words), p)
            last = words[-1]
            if len(words) > 2 and p.country in _FAMILY_NAME_FIRST and len(words[0]) >= 3 and not self.lx.is_function(words[0]):
                self.family_names.setdefault(words[0], p)    # "كيم" for "كيم جونغ أون": the family name, the first man's
            if len(words) > 1 and len(last) >= 3 and last not in _NAME_LINKS and not self.lx.is_function(last):
                self.names.add(last, p)
                sk = skeleton(last)
                if sk:
                    have = self.skeletons.setdefault(sk, p)
                    if have is not None and have.key != p.key:
                        self.skeletons[sk] = None
                if len(words) > 2 and words[-2] in _NAME_LINKS | {"الاسد"}:
                    self.names.add(" ".join(words[-2:]), p)

    def joint_countries(self, n: int = 2) -> list[Entity]:
        """What "الجانبين"/"البلدين" (or "الدول الثلاث") stand for: the first
        list of exactly n countries the article names together ("مصر وقبرص
        واليونان"), else its n most-mentioned countries."""
        listed = next((keys for keys in self.country_lists if len(keys) == n), None) if n > 2 else None
        pair = next((keys for at, keys in reversed(self.country_pairs) if at < self.sentence_now), None) \
            if n == 2 and any(0 < self.sentence_now - at <= 2 for at, _ in self.country_pairs) else None
        if pair is not None:
            listed = pair       # "جورجيا وأوكرانيا …" then "وكلا البلدين": the two named together in the sentences before
        elif n == 2 and len(before := self.sentence_countries.get(self.sentence_now - 1, [])) == 2:
            listed = before     # "ومملكة البحرين حليفة للمملكة السعودية. وتتهم الدولتان": the only two the sentence before named
        spoke = [k for k, _ in self.speaker_countries.most_common() if k in self.lx.countries]
        if listed is None and n == 2 and len(spoke) >= 2:
            listed = spoke[:2]      # "الجانبان": the two sides whose people have been speaking
        keys = listed or [k for k, _ in self.country_counts.most_common() if k in self.lx.countries][:n]
        return [self.lx.countries[k] for k in keys if k in self.lx.countries]

    def note_lists(self, toks: list[Token], found: list[Mention]) -> None:
        """Remember countries named as one list: "مصر وقبرص واليونان", "السيسي،
        وأناستاسيادس، وتسيبراس" (a person stands for their country)."""
        chain: list[str] = []
        prev: Mention | None = None
        if found:
            self.sentence_now = found[0].sentence
            self.sentence_countries[self.sentence_now] = list(dict.fromkeys(
                m.entity.key for m in found if m.entity.kind == "Country" and m.how != "nisba"))
        for m in found:
            key = m.entity.key if m.entity.kind == "Country" else m.entity.country
            joined = prev is not None and (m.start == prev.end or (m.start == prev.end + 1 and toks[prev.end].text in ("،", ",")))
            if not key or not (joined or not chain):
                self._close_list(toks, chain, prev)
                chain = [key] if key else []
            elif key not in chain:
                chain.append(key)
            prev = m
        self._close_list(toks, chain, prev)

    def _close_list(self, toks: list[Token], chain: list[str], last: Mention | None) -> None:
        """A list of three or more countries, or a pair joined by و ("تركيا والولايات المتحدة")."""
        if len(chain) >= 3:
            self.country_lists.append(chain)
        elif len(chain) == 2 and last is not None and toks[last.start].norm.startswith("و"):
            self.country_pairs.append((self.sentence_now, chain))


_ROLE_SYNONYMS = {"secretary of state": "foreign minister", "minister of foreign affairs": "foreign minister",
                  "foreign secretary": "foreign minister", "secretary of defense": "defence minister",
                  "defense secretary": "defence minister", "defense minister": "defence minister",
                  "premier": "prime minister", "head of government": "prime minister"}


NON_STATE = {"armed_group", "party", "other", "media"}


def speaks_for(ent: Entity) -> str:
    """The country an organisation's officials speak for: its own, unless it is a
    non-state group (a Hezbollah official does not speak for Lebanon)."""
    if ent.kind == "Country":
        return ent.key
    if ent.kind == "Organisation" and ent.role in NON_STATE:
        return ""
    return ent.country


def canonical_role(role: str) -> str:
    """One name per office, so "وزير الخارجية الأميركي" finds the Secretary of State."""
    r = role.lower().strip()
    return _ROLE_SYNONYMS.get(r, r)


def longest_phrase(tokens: list[Token], i: int, index: PhraseIndex) -> tuple[int, object] | None:
    """Longest phrase of `index` starting at token i (its first word may carry clitics)."""
    best = None
    for stem in stems(tokens[i].norm):
        for words, value in index.candidates(stem):
            j = i + 1
            for w in words[1:]:
                if j + 1 < len(tokens) and tokens[j].text in _HYPHENS and tokens[j + 1].norm == w:
                    j += 1        # "كيم جونغ-أون", "كيم جونغ -أون": the hyphen is a token of its own
                if j >= len(tokens) or tokens[j].norm != w:
                    break
                j += 1
            else:
                if not best or j > best[0]:
                    best = (j, value)
                    break
    return best


_HYPHENS = ("-", "–")


def nisba_at(tokens: list[Token], i: int, lx: Lexicon) -> tuple[int, str] | None:
    """A nationality adjective at token i ("الروسي", "الكوري الشمالي") → (end, country key)."""
    if i >= len(tokens):
        return None
    if i + 1 < len(tokens):
        two = f"{tokens[i].norm} {tokens[i + 1].norm}"
        if two in lx.nisba:
            return i + 2, lx.nisba[two]
    w = tokens[i].norm
    if w in lx.nisba:
        return i + 1, lx.nisba[w]
    return None


def _is_name_word(tok: Token, lx: Lexicon) -> bool:
    cache = lx.name_word_cache
    w = tok.norm
    hit = cache.get(w)
    if hit is None:
        hit = cache[w] = _name_word(w, lx)
    return hit


_US_PARTIES = {normalize_phrase(w) for w in ("الجمهوري", "الجمهورية", "الديمقراطي", "الديمقراطية", "الديموقراطي",
                                              "الديموقراطية")}
_LAWMAKERS = {"senator", "member of congress", "member of parliament", "congresswoman", "congressman"}
_RULERS = {"government", "administration", "leadership", "presidential_office"}    # "… في بكين" is that state's; "السفارة في الرياض" is not
_BODY_HEADS = {"وزاره", "مكتب", "حمله", "اداره", "حزب"}


def past_posting(toks: list[Token], mentions: list[Mention], e: int) -> int:
    """After an actor, past "لدى <body>" or "في <state>" (where it serves), if that follows."""
    if e + 1 < len(toks) and toks[e].norm in ("لدي", "في"):
        m = next((m for m in mentions if m.start == e + 1), None)
        if m is not None and m.end < len(toks) and (toks[e].norm == "لدي" or m.entity.kind == "Country"):
            return m.end
    return min(e, len(toks) - 1)


def _body_noun(tok: Token) -> bool:
    """"وزارة", "حكومة", "والمجلس": a body's head noun, with or without article and
    conjunction (stems() also offers "زاره" for "وزارة", so any reading may match)."""
    return any(s in _BODY_NOUNS or s[:2] == "ال" and s[2:] in _BODY_NOUNS for s in stems(tok.norm))


def body_head(word: str) -> bool:
    """"مجلس", "الاتحاد": the head noun of a body as written, with no preposition joined."""
    return word.removeprefix("ال") in _BODY_NOUNS


def body_word(word: str, lx: Lexicon) -> bool:
    """A body's head noun from the code's list or the lexicon's body class ("منتدى", "نقابة")."""
    return body_head(word) or lx.in_class(word, "body")


def _same_given_name(word: str, person: Entity) -> bool:
    """"ينز" for "ينس", "مولودو" for "مولود": the listed person's given name, at most one letter
    changed, added or dropped."""
    first = normalize_phrase(person.label_ar).split()[:1]
    if not first or first[0] == word:
        return bool(first)
    a, b = sorted((first[0], word), key=len)
    if len(a) < 3 or len(b) - len(a) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    return any(b[:k] + b[k + 1:] == a for k in range(len(b)))


def _name_goes_on(tok: Token, lx: Lexicon) -> bool:
    """After "باسم" and a body's head noun, a definite word that is still the body's name: not a
    nationality, a rank or a title, where the holder's name begins ("باسم قوات التحالف العقيد …")."""
    return tok.norm.startswith("ال") and tok.norm not in lx.nisba and not lx.is_function(tok.norm, "rank") \
        and tok.norm not in lx.titles


def _rank_word(toks: list[Token], i: int, lx: Lexicon) -> bool:
    """A military rank word, with the "أول" of "الفريق أول" and "ركن" (staff) after a rank."""
    return lx.is_function(toks[i].norm, "rank") or (
        i > 0 and toks[i].norm == "اول" and toks[i - 1].norm in ("الفريق", "فريق"))


def _portfolio_word(tok: Token, lx: Lexicon) -> bool:
    """The ministry in "وزير X": a definite noun, often a verbal noun or a plural
    (الأوقاف، الإسكان، الاتصالات), but no grammar word, verb, title or place."""
    w = tok.norm
    return is_arabic(w) and w.replace("ال", "", 1).isalpha() and not lx.is_function(w) and w not in lx.verbs \
        and w not in lx.titles and w not in lx.institutions and not lx.names.has_single(w) and w not in lx.speaker_words


def _regional_portfolio(toks: list[Token], j: int, lx: Lexicon) -> int:
    """Where a portfolio for a region ends ("لآسيا ومنطقة الهادئ", "لجنوب آسيا", "لأوروبا"):
    ل + a region word or a country, then plain words up to a given name, which must follow."""
    w = toks[j].norm if j < len(toks) else ""
    if len(w) < 4 or w[0] != "ل" or w.startswith("ال") or lx.is_function(w) or w in lx.given_names:
        return j
    rest = w[1:]
    if not (lx.in_class(rest, "region") or any(
            len(words) == 1 and getattr(v[1], "kind", "") == "Country" for words, v in lx.names.candidates(rest))):
        return j
    k = j + 1
    while k < len(toks) and k - j < 4 and toks[k].text.isalpha() and toks[k].norm not in lx.given_names \
            and not lx.is_function(toks[k].norm) and toks[k].norm not in lx.verbs:
        k += 1
    return k if k < len(toks) and toks[k].norm in lx.given_names else j


_HYPHENS = ("-", "–")
_PRONOUNS = ("هو", "هي", "هم", "هما")       # never part of a name, except after a hyphen ("يو إيون-هي")


_ARTICLE_PREFIXES = ("وبال", "ولل", "وال", "فال", "بال", "كال", "لل", "ال")     # longest first


def _through_article(word: str, person: Entity) -> bool:
    """"المؤدي" read as ال + "مودي": a person's name matched only through a definite article
    that none of their names has."""
    bare = next((word[len(pre):] for pre in _ARTICLE_PREFIXES if word.startswith(pre)), None)
    if bare is None:
        return False      # (the cheap test first: this runs on every name the gazetteer matches)
    heads = {normalize_phrase(a).split()[0] for a in (person.label_ar, *person.aliases, *person.spellings) if a.strip()}
    return word not in heads and bare in heads and not any(h.startswith("ال") for h in heads)


def _joined_waw(word: str, lx: Lexicon) -> bool:
    """"ونايف": و (and) joined to a given name, not a name that begins with و ("وليد")."""
    return word[:1] == "و" and word not in lx.given_names and word[1:] in lx.given_names


def _hyphens_join(toks: list[Token], start: int, end: int) -> bool:
    """Every hyphen in toks[start:end] stands between two words ("إيوي - كيوم")."""
    return all(start < q < end - 1 and toks[q - 1].text not in _HYPHENS and toks[q + 1].text not in _HYPHENS
               for q in range(start, end) if toks[q].text in _HYPHENS)


def _is_name_token(tok: Token, lx: Lexicon) -> bool:
    """As _is_name_word, and "علي" spelled with ي is the name, not على."""
    return _is_name_word(tok, lx) or (tok.text == "علي")


def _name_word(w: str, lx: Lexicon) -> bool:
    if not is_arabic(w) or len(w) < 2 or not w.replace("-", "").isalpha() or w.startswith("-") or w.endswith("-"):
        return False          # "سون-هوي" is one name word
    if lx.is_function(w) or w in lx.verbs or w in lx.nisba or w in lx.speaker_words:
        return False
    if w in lx.titles or lx.names.has_single(w) or w in lx.institutions:
        return False
    if w.startswith("و") and w[1:] in lx.verbs:
        return False
    if w[:1] in "وف" and lx.in_class(w[1:], "pronoun"):
        return False          # "ديلاني تار وهو …": "and he" ends the name
    if any(VERBAL_NOUN.fullmatch(x) for x in stems(w)) and w not in lx.given_names and w not in lx.name_words:
        return False          # "اعتبار", "انسحاب", "استئناف", "بإطلاق", "تواصل": verbal nouns, not names ("إردان" is one)
    if w in lx.cues and w not in lx.given_names:
        return False          # "دعم", "رفض": stance words
    for st in stems(w)[1:]:
        # "لصحيفة", "بالفرار": a preposition on a common word is not part of a name;
        # but a verb never takes ب/ل/ك, so "باقر" is a name, not ب + أقر
        if lx.is_function(st) or (st in lx.verbs and w[:1] in "وف") or st in lx.titles or st in lx.institutions or st in lx.cues:
            return False
        if w[:1] in "بل" and st.startswith("ال"):
            return False      # "بالفرار"; but "كالامانوف" is a name, not ك + ال
    return True


# the verbal nouns of derived verbs: افتعال (اعتبار), انفعال (انسحاب), استفعال (استئناف), إفعال (إطلاق), تفاعل (تواصل)
VERBAL_NOUN = re.compile(r"ا[^ا]ت[^ا]ا[^ا]|ان[^ا][^ا]ا[^ا]|است[^ا][^ا]ا[^ا]|است[^ا]ا[^ا]ه|ا[^ا][^ا]ا[^ا]|ت[^ا]ا[^ا][^ا]"
                         r"|ت[^اوي][^ا]ي[^اوي]")      # … and تفعيل ("تعيين", "تعزيز", "تسليم")
_STOP_PUNCT_NAMES = {"،", ",", ".", "؛", ";", ":", "«", "»", '"', "“", "”", "(", ")", "؟", "?", "!", "-", "–"}
_FAMILY_NAME_FIRST = {"North_Korea", "South_Korea", "China"}    # whose names open with the family name
_FORMER = {normalize_phrase(w) for w in ("السابق", "السابقة", "الأسبق", "الأسبقة", "الحالي", "الحالية", "المنتخب",
                                         "المنتخبة", "المؤقت", "المؤقتة", "المكلف", "المكلفة", "المتقاعد", "المتقاعدة",
                                         "بالوكالة", "بالإنابة", "المخلوع", "المخلوعة", "المعزول", "المعزولة", "الراحل",
                                         "الراحلة", "المقال", "المقالة", "المستقيل", "المستقيلة")}
# an acting, interim or elected holder is another person than the one the gazetteer has in office
_ACTING = {normalize_phrase(w) for w in ("بالوكالة", "بالإنابة", "المؤقت", "المؤقتة", "المكلف", "المكلفة", "المنتخب",
                                         "المنتخبة")}
_MISSIONS = {"embassy", "consulate", "mission", "delegation"}
_PAST = {normalize_phrase(w) for w in ("السابق", "السابقة", "الأسبق", "الأسبقة", "المتقاعد", "المتقاعدة", "المخلوع",
                                       "المخلوعة", "المعزول", "المعزولة", "الراحل", "الراحلة", "المقال", "المقالة",
                                       "المستقيل", "المستقيلة")}   # deposed, late, dismissed, resigned
_MEETING = {normalize_phrase(w) for w in ("لقائه", "لقائها", "استقباله", "استقبالها", "استقبل", "التقى", "التقت",
                                          "مع", "ولقائه", "اجتماعه", "اجتماعها")}
_ONE_OF = {"احد", "واحد", "احدي", "واحدي"}     # "رئيس المصرف المركزي الإيراني وأحد مساعديه": one of, no name
_POSTED_ROLES = {"ambassador", "envoy", "consul", "chargé d'affaires", "representative", "UN coordinator", "special coordinator"}
_CITY_ROLES = {"governor", "mayor"}      # "محافظ عدن", "عمدة لندن": the city is in their country
_TITLE_ADJECTIVES = {normalize_phrase(w) for w in ("الرسمي", "الرسمية", "الرئيسي", "الرئيسية", "الإعلامي", "الإعلامية",
                                                   "الدائم", "الدائمة", "الإقليمي", "الإقليمية", "المقيم", "المقيمة")}
_COMPOUND_SECOND = {"الله", "الرحمن", "الرحيم", "الدين", "الاسلام", "الابن", "الاب"}


def skeleton(word: str) -> str:
    """A long foreign surname without its long vowels: Arabic news spells
    transliterated names freely ("نيكلسون"/"نيكولسون", "تيلرسون"/"تيليرسون").
    Empty for short words, where dropping vowels would merge real names."""
    if len(word) < 6:
        return ""
    sk = _consonants(word)
    return sk if len(sk) >= 4 else ""


def _consonants(word: str) -> str:
    """A transliterated name word without its long vowels after the first letter, for comparing
    spellings ("تشاوش"/"تشاووش"); words under four letters stay whole."""
    return word[:1] + "".join(c for c in word[1:] if c not in "اويىء") if len(word) >= 4 else word


def _name_span(tokens: list[Token], i: int, lx: Lexicon) -> int:
    """End of a personal name starting at token i (i itself if there is none)."""
    j = i
    while j < len(tokens) and j - i < 4 and (_is_name_token(tokens[j], lx) or tokens[j].norm in _NAME_LINKS):
        if j > i and tokens[j].norm[:1] in "لب" and tokens[j].norm not in _NAME_LINKS \
                and (hit := longest_phrase(tokens, j, lx.names)) is not None and hit[1][1].kind == "Organisation":
            break      # "أحمد علي لبي بي سي": a preposition joined to a known body ends the name
        if j - i >= 2 and tokens[j].text.startswith("ال") and tokens[j - 1].norm not in _NAME_LINKS \
                and tokens[j].norm not in _COMPOUND_SECOND \
                and not (j - i == 2 and tokens[j - 1].norm in _COMPOUND_SECOND
                         and (lx.person_share.get(tokens[j].norm, "0") >= "2"
                              or tokens[j].norm.endswith("ي") and len(tokens[j].norm) > 5 and not nisba_at(tokens, j, lx)
                              and tokens[j].norm not in lx.nisba and not lx.is_function(tokens[j].norm))) \
                and not (any(t.norm in _NAME_LINKS for t in tokens[i + 1:j - 1]) and tokens[j].norm not in lx.nisba
                         and not nisba_at(tokens, j, lx) and tokens[j].norm[2:] not in lx.titles
                         and tokens[j].norm not in lx.titles):
            break      # "دونالد ترامب السلطة": a third word with ال is the next phrase ("خليل الله" is one name;
                       # after a "بن" chain it is the family name: "عبدالعزيز بن علي الشريف"; after "عبد الرحمن",
                       # a name word: "عبد الرحمن الراشد", or a family name in ي: "عز الدين الأصبحي")
        if j - i >= 2 and lx.person_share.get(tokens[j].norm) == "0" and tokens[j].norm not in lx.given_names \
                and tokens[j - 1].norm not in _NAME_LINKS and len(tokens[j - 1].norm) > 3:
            break      # "إيفان دوكي منصبه": a common word after two name words is the next phrase
        if j - i == 1 and tokens[j].text.startswith("ال") and tokens[j].text.endswith(("ات", "ة")) \
                and lx.person_share.get(tokens[j].norm) == "0" and tokens[j].norm not in lx.given_names \
                and j + 1 < len(tokens) and tokens[j + 1].text.endswith("ية") and nisba_at(tokens, j + 1, lx):
            break      # "ثمن الملك عبدالله المبادرة السعودية": a noun with a nationality after it is the object
            #            (a family name may look like a noun: "أشرف القدرة")
        if j - i >= 2 and tokens[j].text.endswith(("ات", "ة")) and tokens[j - 1].norm not in _NAME_LINKS \
                and tokens[j].norm not in lx.given_names and tokens[j].norm not in _COMPOUND_SECOND:
            break      # "رودريغو دوتيرتي انتقادات حادة": a feminine or plural noun after two name words is the object
        j += 1
    while j > i and tokens[j - 1].norm in _NAME_LINKS:
        j -= 1
    if j > i:         # "محمد عبد الله المبارك الصباح", "عبدالله بن عبدالملك آل الشيخ": a ruling family's name ends it
        family = next((n for n in (2, 1) if j + n <= len(tokens)
                       and " ".join(t.norm for t in tokens[j:j + n]) in lx.dynasties), 0)
        j += family
    while j > i and j + 1 < len(tokens) and tokens[j].text in ("-", "–") and tokens[j].start == tokens[j - 1].end \
            and tokens[j + 1].start == tokens[j].end and tokens[j + 1].text.isalpha() and is_arabic(tokens[j + 1].norm):
        j += 2        # "كيم يونج-وو", "يو إيون-هي": a hyphen written without spaces joins the syllables of one name
    return j


def _suffixed_common_word(tok: Token, lx: Lexicon) -> bool:
    """A word with a pronoun suffix that news never uses in a name ("وصوله", "سفيرها"): after a
    title or a nationality it ends the phrase, it is not a name's second word."""
    return lx.person_share.get(tok.norm) == "0" and tok.text.endswith(("ه", "ها", "هم"))


def profession_before(toks: list[Token], a: int, lx: Lexicon) -> str:
    """"مقالا للكاتب أحمد أبو دوح", "الكاتب السوري علي العبد الله": the profession noun before the
    name at `a` (past its nationality; its preposition dropped), with ال, so that "يقول الكاتب"
    later points back to that person; "" if none."""
    k = a - 1
    while k >= 0 and toks[k].norm in lx.nisba:
        k -= 1
    if k < 0 or not toks[k].text.isalpha():
        return ""
    w = toks[k].norm
    bare = w[2:] if w.startswith(("لل", "ال")) else w[3:] if w.startswith("بال") else ""
    if not bare or not lx.in_class(bare, "person_noun"):
        return ""
    return " ".join(["ال" + toks[k].text[len(toks[k].text) - len(bare):]] + [t.text for t in toks[k + 1:a]])


def _indefinite_noun(tok: Token, lx: Lexicon) -> bool:
    w = tok.norm
    return is_arabic(w) and tok.text.isalpha() and not w.startswith("ال") and not lx.is_function(w) \
        and w not in lx.verbs and w not in _OF_A_COUNTRY


def agrees(ent: Entity, gender: str) -> bool:
    """Feminine verbs take feminine people, countries and most organisations;
    masculine verbs take men and masculine-named bodies (الكرملين)."""
    if gender == "p" or not gender:
        return True
    if ent.kind == "Anonymous" and ent.gender == "p":
        return True       # "مصادر … وأضافت": sources (word class sources) take either singular verb
    if ent.kind == "Person" or ent.kind == "Anonymous" or ent.kind == "Office":
        return (ent.gender or "m") == gender or (gender == "m" and not ent.gender)
    if ent.kind == "Country":
        return gender == "f" or ent.label_ar in ("لبنان", "العراق", "الأردن", "اليمن", "المغرب", "السودان")
    return True


def described_noun(tok: Token, mentions: list[Mention], i: int, lx: Lexicon) -> bool:
    """An indefinite common noun that a verb right after it describes ("أمر يهدد", "دول رفضت",
    "أدلة تدعم الادعاء"): the verb's subject is that noun, not a speaker or a state."""
    w = tok.norm
    return tok.text.isalpha() and is_arabic(w) and len(w) > 2 and w[:1] not in "وف" and not w.startswith("ال") \
        and not lx.in_class(w, "went_on") \
        and not lx.is_function(w) and w not in lx.verbs and w[1:] not in lx.verbs and not lx.in_class(w, "medium") \
        and w not in lx.speaker_words and not any(m.start <= i < m.end for m in mentions)


_GROUPS = {normalize_phrase(w) for w in ("منظمات", "جماعات", "قوات")}
_OF_A_COUNTRY = {normalize_phrase(w) for w in ("دولة", "جمهورية", "خارجية", "رئيس", "رئيسة", "وزراء", "دفاع", "داخلية",
                                              "سفير", "سفيرة", "سفارة", "حكومة", "جيش", "شعب", "عاصمة", "شمال", "جنوب",
                                              "شرق", "غرب", "وسط", "أراضي", "حدود", "مع", "بين")}


def _adjective(tok: Token) -> bool:
    """An indefinite adjective after an anonymous source: "خليجي", "كبير"."""
    w = tok.norm
    return is_arabic(w) and not w.startswith(("ال", "بال", "لل", "وال", "فال")) and (
        w.endswith(("ي", "يه", "يون", "يين")) or w in _SOURCE_ADJECTIVES)


_COUNTED = {normalize_phrase(w) for w in ("الاثنان", "الاثنين", "الثلاث", "الثلاثة", "الأربع", "الأربعة", "الخمس",
                                           "الخمسة", "الست", "الستة", "السبع", "السبعة")}
_SOURCE_ADJECTIVES = {normalize_phrase(w) for w in ("كبير", "رفيع", "مطلع", "بارز", "رسمي", "مسؤول")}


def _looks_like_name(words: list[Token], lx: Lexicon) -> bool:
    """Two or more words that could be a personal name: a known given name
    first, or words that are neither definite nouns nor lexicon words
    ("حرصه" = his keenness, "سياسة الاستيطان" are not names)."""
    if len(words) < 2:
        return False
    first = words[0].norm
    if first in lx.given_names or f"{first} {words[1].norm}" in lx.given_names:
        return True
    if body_word(first, lx) or lx.in_class(first, "named_head") or lx.in_class(first, "portfolio"):
        return False          # "رئيس منتدى صحافيي كشمير": the body he heads, not his name; "لشؤون الخليج": a portfolio
    for k, t in enumerate(words):
        w = t.norm
        if k == 0 and (t.text.startswith("ال") or w.startswith("لل")):
            return False      # the article ال (bare alef), not a name like "ألويسيو"
        if k and t.text.startswith("ال") and (k < len(words) - 1 and words[k - 1].norm not in _NAME_LINKS
                                               and not (w in _COMPOUND_SECOND and words[k - 1].norm[:1] != "و")
                                               # ("عز الدين الأصبحي"; not "وعبد الله …": a second man)
                                               or w.endswith(("يين", "يون", "يه"))):
            return False      # "منح الأوروبيين مزيدا": a definite word ends a name, and is no plural adjective
        if any(x in lx.verbs or x in lx.cues or lx.is_function(x) for x in strip_suffix(w)[1:] if x != w[:-1]):
            return False      # ("بعيدي", "الزبيدي": a final ي is part of a name, not "my")
        if w[:1] in "بل" and any(s in lx.names or s.startswith("ال") for s in stems(w)[1:]):
            return False      # "للأمم", "بالاتفاق": a preposition, not a name
        if w.startswith("ال") and w[2:] in lx.speaker_words:
            return False      # "كمستشار لكبار المسؤولين": whom he served, not his name
    return True


class MentionFinder:
    """Scans one sentence at a time; keeps the article context up to date."""

    def __init__(self, ctx: ArticleContext, names=None):
        """`names`: the statistical name tagger (`person_spans(words)`), for names no rule knows."""
        self.ctx = ctx
        self.lx = ctx.lx
        self.names = names

    def _tagged_spans(self, toks: list[Token]) -> list[tuple[int, int]]:
        """The name tagger's person spans of the sentence (none without a tagger; it keeps the last sentence's)."""
        return self.names.person_spans([t.text for t in toks]) if self.names is not None else []

    def find(self, sent: Sentence, last_person: Entity | None = None) -> list[Mention]:
        toks = sent.tokens
        out: list[Mention] = []
        i = 0
        while i < len(toks):
            m = (self._aide(sent, i, out, last_person) or self._title(sent, i, out, last_person) or self._known(sent, i)
                 or self._state_by_nationality(sent, i) or self._institution(sent, i)
                 or self._speaker_word(sent, i) or self._bare_nisba(sent, i, out) or self._given_name(sent, i)
                 or self._named_body(sent, i))
            if m is None:
                m = self._source_title(sent, i, out, last_person)
            if m and m.entity.kind == "Anonymous":
                m = self._identified(sent, m)
            if m:
                if m.entity.kind == "Person" and not m.entity.country and out and out[-1].end == m.start \
                        and out[-1].how == "nisba" and out[-1].entity.kind == "Country":
                    m.entity.country = out[-1].entity.key     # "… الاستخبارات الأمريكية دان كوتس": the nationality before the name
                self._appositive_name(toks, out, m)
                m = self._described_name(toks, out, m)
                self._office_before_titled_name(toks, out, m)
                m = self._name_before_office(toks, out, m)
                if m.how in ("given-name", "title"):
                    self._role_before_name(toks, out, m)     # ("قائد قوات الباسيج الإيرانية الجنرال …": a rank too)
                self._role_after_name(toks, m)
                out.append(m)
                if m.entity.kind == "Country":
                    self.ctx.country_counts[m.entity.key] += 1
                    if m.how == "gazetteer" and not self._after_preposition(toks, m):
                        # an actor, not a place: "مواطنيها في الكويت" does not put Kuwait in focus
                        self.ctx.last_country = (sent.index, m.entity.key)
                elif m.entity.country:
                    self.ctx.country_counts[m.entity.country] += 1
                i = m.end
            else:
                i += 1
        for m in out:
            if m.how == "joint" and m.entity.key == "joint":
                self._listed_sides(toks, m)
                self._pair_named_before(toks, out, m)
        out = self._described_by_nationality(sent, out)
        out = self._title_name_goes_on(out)
        out = self._name_between_commas(sent, out)
        out = self._called(sent, out)
        self.ctx.note_lists(toks, out)
        return out

    def _source_title(self, sent: Sentence, i: int, out: list[Mention], last_person: Entity | None) -> Mention | None:
        """"وفقا لمعاون وزير الخارجية السورية", "ووفقا لزعيم الحزب": after "according to", a title
        with its preposition joined on is read as the title."""
        toks = sent.tokens
        if i == 0 or not toks[i].norm.startswith("ل") or toks[i].norm.startswith("لل") or len(toks[i].norm) < 4 \
                or not any(self.lx.is_function(w, "according_to") for w in (toks[i - 1].norm, toks[i - 1].norm[1:])):
            return None
        bare = Token(toks[i].text[1:], toks[i].norm[1:], toks[i].start + 1, toks[i].end)
        return self._title(replace(sent, tokens=toks[:i] + [bare] + toks[i + 1:]), i, out, last_person)

    def _title_name_goes_on(self, found: list[Mention]) -> list[Mention]:
        """"وزير الخارجية الفرنسي، جان-إيف لو دريان": the name read after the title
        stopped short ("لو" is also "if") where a person we know begins; it is that person."""
        out: list[Mention] = []
        for m in found:
            prev = out[-1] if out else None
            if prev is not None and prev.how == "title" and prev.entity.kind == "Person" and m.start == prev.end \
                    and m.how == "gazetteer" and m.entity.kind == "Person" and prev.entity.key not in self.lx.people \
                    and prev.entity.country in ("", m.entity.country):
                if not any(x.entity is prev.entity for x in out[:-1]):
                    self.ctx.entities.pop(f"Person:{prev.entity.key}", None)
                for k, holder in list(self.ctx.by_role.items()):
                    if holder is prev.entity:     # the office it was filed under is the known person's
                        self.ctx.by_role[k] = m.entity
                out[-1] = Mention(m.sentence, prev.start, m.end, m.entity, "title")
                continue
            out.append(m)
        return out

    def _called(self, sent: Sentence, found: list[Mention]) -> list[Mention]:
        """"طالبة كينية، 16 عامًا، تدعى لينيت مومبوشي", "ضابط روسي يدعى أوليغ إيفانيكوف":
        the words after يدعى/تدعى ("is called") are a person's name, of the nationality
        just before, when they look like a name and the first is a given name or the
        name tagger agrees ("يدعي أن" = "claims that" is no name)."""
        toks, lx = sent.tokens, self.lx
        out = found
        for k, tok in enumerate(toks[:-2]):
            if tok.norm not in ("يدعي", "تدعي") or any(m.start <= k + 1 < m.end for m in found):
                continue
            spans = self._tagged_spans(toks)
            tagged = next((b for a, b in spans if a == k + 1), None)
            end = tagged if tagged is not None and tagged - k - 1 >= 2 else _name_span(toks, k + 1, lx)
            while end > k + 1 and (lx.in_class(toks[end - 1].norm, "pronoun") or toks[end - 1].norm in lx.verbs):
                end -= 1      # "يدعى صالح خاطر وهو بريطاني"
            name = toks[k + 1:end]
            if not 2 <= len(name) <= 4 or name[0].norm.startswith("ال") or not _looks_like_name(name, lx) \
                    or any(lx.is_function(t.norm) or t.norm in lx.speaker_words for t in name):
                continue
            if name[0].norm not in lx.given_names and tagged is None:
                continue
            country = next((nis[1] for q in range(max(0, k - 6), k) if (nis := nisba_at(toks, q, lx))), "")
            label = " ".join(t.text for t in name)
            person = self._curated_person(label) or Entity("Person", normalize_phrase(label).replace(" ", "_"), label,
                                                           country=country, gender="f" if tok.norm[0] == "ت" else "m")
            person = self.ctx.add(person)
            person.country = person.country or country
            out = sorted(out + [Mention(sent.index, k + 1, end, person, "called")], key=lambda x: x.start)
        return out

    def _name_between_commas(self, sent: Sentence, found: list[Mention]) -> list[Mention]:
        """"وقالت مديرة مستشفى سالزبيري، لورنا ويلكنسون، إن …": after a verb of saying,
        its subject phrase, then two or three name-like words between commas right
        before إن/أن, are the speaker's name in apposition, when the name tagger sees a
        name there (and none in the subject phrase). The person takes the phrase as
        role and the country the phrase gives."""
        toks, lx = sent.tokens, self.lx
        for v, tok in enumerate(toks):
            if not (tok.norm in lx.verbs or tok.norm[1:] in lx.verbs) or v + 4 >= len(toks) \
                    or any(m.how == "apposed-name" and m.start <= v < m.end for m in found):
                continue      # ("متحدث" inside the subject phrase just read is no verb)
            c1 = next((k for k in range(v + 1, min(v + 9, len(toks))) if toks[k].text in _STOP_PUNCT_NAMES), None)
            gloss = None
            if c1 is not None and toks[c1].text == "(":
                close = next((k for k in range(c1 + 1, min(c1 + 6, len(toks))) if toks[k].text == ")"), None)
                if close is not None and close + 1 < len(toks) and toks[close + 1].text in ("،", ","):
                    gloss, c1 = c1, close + 1     # "زعيم الجمهوريين في مجلس الشيوخ الأميركي (الكونغرس)، ميتش ماكونيل،"
            if c1 is None or c1 == v + 1 or toks[c1].text not in ("،", ","):
                continue
            c2 = next((k for k in range(c1 + 1, min(c1 + 7, len(toks)))
                       if toks[k].text in _STOP_PUNCT_NAMES and toks[k].text not in _HYPHENS), None)
            # "، كيم إيوي-كيوم،": a hyphen joins the parts of a Korean or Chinese given name
            name = [t for t in toks[c1 + 1:c2 or c1] if t.text not in _HYPHENS]
            if c2 is None or toks[c2].text not in ("،", ",") or not 2 <= len(name) <= 3 or c2 + 1 >= len(toks) \
                    or not _hyphens_join(toks, c1 + 1, c2):
                continue
            told = next((m for m in found if m.start == c2 + 1 and toks[c2 + 1].norm[:1] == "ل"), None)
            after = told.end if told is not None else c2 + 1      # "…، علي الهيل، لبي بي سي إن": whom he told
            if after < len(toks) and lx.is_function(toks[after].norm.lstrip("و"), "relative") and toks[after].norm not in ("ما", "من"):
                # "…، مارين لوبان، التي سبق أن ساندت سياسة ترامب، إنها": a relative clause on the name
                after = next((q + 1 for q in range(after + 1, min(after + 15, len(toks))) if toks[q].text in ("،", ",")), after)
            if after >= len(toks) or not lx.is_function(toks[after].norm, "complementizer"):
                continue
            phrase = toks[v + 1:gloss or c1]
            role = phrase[0].norm in lx.titles or phrase[0].norm.removeprefix("ال") in lx.titles
            if any(lx.is_function(t.norm) and not role or t.norm in lx.verbs for t in phrase[:1]) \
                    or any(t.norm in lx.verbs or lx.is_function(t.norm) or not _is_name_token(t, lx) or nisba_at(toks, q, lx)
                           for q, t in enumerate(toks[c1 + 1:c2], start=c1 + 1)
                           if t.text not in _HYPHENS and toks[q - 1].text not in _HYPHENS) \
                    or not _looks_like_name(name, lx):
                continue
            inside = [m for m in found if v < m.start and m.end <= c2]
            named = next((m for m in inside if m.entity.kind == "Person" and (m.start, m.end) == (c1 + 1, c2)), None)
            if named is None:
                spans = self._tagged_spans(toks)
                if not (any(a < c2 and b > c1 for a, b in spans) or role) or any(a == v + 1 for a, _ in spans):
                    continue      # the tagger must see a name there, and none in the subject ("وقال سام هوبسون، صديق رولي،"),
                    #               unless a title opens the phrase ("وقال رئيس الهيئة، لاشين إبراهيم، إن")
            if any(m is not named and (m.entity.kind in ("Person", "Group") and m.how != "aide"
                                       or m.entity.kind == "Country" and m.how != "nisba"
                                       and not self._after_preposition(toks, m)) for m in inside):
                continue      # a named subject already ("وقالت روسيا، عبر …،"); "زعيمة اليمين المتطرف في فرنسا" is a place
                #               (but "صديق خاشقجي" describes whoever the name between commas is)
            country = self._phrase_country(toks, [m for m in inside if m is not named], v + 1, c1)
            label = written(toks[c1 + 1:c2])
            person = named.entity if named is not None else self._curated_person(label) or Entity(
                "Person", normalize_phrase(label).replace(" ", "_"), label, country=country or "",
                role=phrase[0].text, gender="f" if phrase[0].norm.endswith("ه") else "m")
            person = self.ctx.add(person)
            person.country = person.country or country or ""
            person.role = person.role or phrase[0].text
            keep = [m for m in found if m not in inside]
            found = sorted(keep + [Mention(sent.index, v + 1, c2, person, "apposed-name")], key=lambda x: x.start)
        return found

    def _described_by_nationality(self, sent: Sentence, found: list[Mention]) -> list[Mention]:
        """"الجهادية الفرنسية ميلينا بوغدير", "طالبة كينية تدعى لينيت": a person described by a
        noun and a nationality, then a name no rule knows that the name tagger finds: a
        French (Kenyan) person. Only right after the nationality, and only names of 2–4 words."""
        toks = sent.tokens
        cands = [m for m in found if m.how == "nisba" and m.entity.kind == "Country" and m.start >= 1
                 and not toks[m.end - 1].norm.endswith(("يين", "يون"))      # a plural ("أرباب العمل الفرنسيين")
                 and m.end + 1 < len(toks) and not any(x.start == m.end for x in found)
                 and all(_is_name_token(t, self.lx) and not t.norm.startswith("ال") for t in toks[m.end:m.end + 2])
                 and toks[m.start - 1].text.isalpha() and not self.lx.is_function(toks[m.start - 1].norm)
                 and not any(x.start <= m.start - 1 < x.end for x in found)]
        if not cands or self.names is None:
            return found
        spans = dict(self._tagged_spans(toks))
        added = []
        for m in cands:
            end = spans.get(m.end)
            while end is not None and end - m.end > 2 and toks[end - 1].text.endswith(("اً", "ًا")):
                end -= 1      # "جمال خاشقجي مختفياً": an accusative adjective after the name
            if end is None or not 2 <= end - m.end <= 4 or any(m.end < x.start < end for x in found) \
                    or not _looks_like_name(toks[m.end:end], self.lx) \
                    or any(self.lx.is_function(t.norm) or not _is_name_token(t, self.lx) for t in toks[m.end:end]) \
                    or any(_suffixed_common_word(t, self.lx) for t in toks[m.end + 1:end]):
                continue      # ("على لسان", "برأي سوبران", "لشبكة حقاني", "فور وصوله": not names)
            label = " ".join(t.text for t in toks[m.end:end])
            person = self._curated_person(label) or Entity("Person", normalize_phrase(label).replace(" ", "_"), label,
                                                           country=m.entity.key, role=toks[m.start - 1].text,
                                                           gender="f" if toks[m.start - 1].norm.endswith("ه") else "m")
            person = self.ctx.add(person)
            person.country = person.country or m.entity.key
            added.append(Mention(sent.index, m.end, end, person, "nationality-name"))
        return sorted(found + added, key=lambda x: x.start) if added else found

    def _after_preposition(self, toks: list[Token], m: Mention) -> bool:
        """"في الكويت", "عاصمة لإسرائيل", "بروسيا": a country governed by a
        preposition, written apart or joined to the name, is a place or an object."""
        if m.start and self.lx.is_function(toks[m.start - 1].norm, "preposition"):
            return True
        first = toks[m.start].norm
        for name in (m.entity.label_ar, *m.entity.aliases):
            head = normalize_phrase(name).split()[:1]
            if head and first != head[0] and first.endswith(head[0][2:] if head[0].startswith("ال") else head[0]):
                clitic = first[: len(first) - len(head[0])] if first.endswith(head[0]) else first[: len(first) - len(head[0]) + 2]
                return any(c in clitic for c in "لبك")
        return False

    def _listed_sides(self, toks: list[Token], m: Mention) -> None:
        """"الرئيسان الروسي والتركي", "وزيرا خارجية روسيا وتركيا": a dual or plural
        that lists its countries stands for them, not for the article's two sides."""
        k = m.end
        end, kind, _ = self._speaker_kind(toks, k) if k < len(toks) else (k, "", "")
        if kind == "joint":
            # "رئيسا البلدين": one phrase for the two sides
            m.entity = Entity("Group", "joint", " ".join(t.text for t in toks[m.start:end]), "both sides", gender="p")
            m.end = end
            return
        if kind == "pair":       # "زعيما الكوريتين": the two states the second word names
            m.entity = self._pair(toks, m.start, k, end)
            m.end = end
            return
        keys, k = self._country_list(toks, m.end)
        if len(keys) >= 2:
            m.entity = Entity("Group", "joint", " ".join(t.text for t in toks[m.start:k]), "listed sides", gender="p",
                              members=tuple(keys))
            m.end = k

    def _pair(self, toks: list[Token], start: int, k: int, end: int) -> Entity:
        """The group a pair word at k names ("الكوريتان"), labelled by the phrase start..end: its two states."""
        word = next((s for s in stems(toks[k].norm) if s in self.lx.pairs), "")
        return Entity("Group", "joint", " ".join(t.text for t in toks[start:end]), "listed sides", gender="p",
                      members=self.lx.pairs.get(word, ()))

    def _pair_named_before(self, toks: list[Token], found: list[Mention], m: Mention) -> None:
        """"موسكو وطهران وهما الدولتان اللتان …": "they are the two states" points at the pair
        named right before it, not at the article's two sides."""
        p = m.start - 1
        if m.entity.members or p < 2 or toks[p].norm not in ("هما", "وهما"):
            return
        second = next((x for x in found if x.end == p), None)
        first = next((x for x in found if second is not None and x.end == second.start
                      and toks[second.start].norm[:1] == "و"), None)
        keys = [x.entity.key if x.entity.kind == "Country" else x.entity.country for x in (first, second) if x is not None]
        if len(keys) == 2 and all(keys) and keys[0] != keys[1]:
            m.entity = Entity("Group", "joint", m.entity.label_ar, "listed sides", gender="p", members=tuple(keys))

    def _country_list(self, toks: list[Token], k: int, most: int = 8) -> tuple[list[str], int]:
        """The countries listed from token k ("روسيا وتركيا", "الروسي والتركي", after at
        most two portfolio words: "خارجية روسيا وتركيا"), and where the list ends."""
        keys: list[str] = []
        skipped = 0
        while k < len(toks) and len(keys) < most:
            tok = toks[k]
            if keys and not tok.norm.startswith("و"):
                break
            bare = [Token(tok.text[1:], tok.norm[1:], 0, 0)] if keys else [tok]
            nis = nisba_at(bare + list(toks[k + 1:k + 2]), 0, self.lx)
            gaz = longest_phrase(bare + list(toks[k + 1:k + 3]), 0, self.lx.names)
            if nis:
                key, k = nis[1], k + nis[0]
            elif gaz and gaz[1][1].kind == "Country":
                key, k = gaz[1][1].key, k + gaz[0]
            elif keys and bare[0].norm in self.lx.org_adjectives:
                key, k = self.lx.org_adjectives[bare[0].norm], k + 1     # "الجانبان الإيراني والأوروبي"
            elif not keys and skipped < 2 and tok.text.isalpha() and not self.lx.is_function(tok.norm):
                skipped += 1      # "وزيرا خارجية روسيا": the portfolio before the countries
                k += 1
                continue
            else:
                break
            if key not in keys:
                keys.append(key)      # ("وألمانيا وألمانيا": a country typed twice is one)
        return keys, k

    def _leaders(self, sentence: int, toks: list[Token], i: int, end: int) -> Mention | None:
        """"قادة الولايات المتحدة وبريطانيا وألمانيا وفرنسا وكندا": the leaders of the
        countries listed speak together, as one group whose positions are each
        country's. Later "القادة" or "قادة الـ5 دول" are the same group."""
        keys, k = self._country_list(toks, end)
        if len(keys) >= 2:
            label = " ".join(t.text for t in toks[i:k])
            ent = Entity("Group", f"{self.ctx.article_key}-leaders-{'_'.join(sorted(keys))}", label,
                         "leaders of the countries listed", role="leaders", gender="p", members=tuple(keys))
            self.ctx.leaders = ent = self.ctx.add(ent)
            if label != ent.label_ar and label not in ent.spellings:
                ent.spellings += (label,)     # the same leaders listed again in another order
            return Mention(sentence, i, k, ent, "leaders")
        if self.ctx.leaders is None:
            return None
        k = end
        while k < len(toks) and k - end < 2 and (toks[k].norm in ("دول", "الدول") or any(c.isdigit() for c in toks[k].text)
                                                 or toks[k].norm.startswith("الـ") or toks[k].norm in _COUNTED):
            k += 1        # "قادة الـ5 دول", "السفراء الأربعة"
        written = " ".join(t.text for t in toks[i:k])
        if k > end and written not in self.ctx.leaders.spellings:
            self.ctx.leaders.spellings += (written,)
        return Mention(sentence, i, k, self.ctx.leaders, "leaders")

    def _aide(self, sent: Sentence, i: int, out: list[Mention], last_person: Entity | None) -> Mention | None:
        """"مستشار الرئيس الأمريكي دونالد ترامب", "مدير مكتب رئيس وزراء إثيوبيا أبي
        أحمد": someone who works for a named person speaks for the same country,
        but is not that person. An office, described by the whole phrase."""
        toks, lx = sent.tokens, self.lx
        end, kind, gender = self._speaker_kind(toks, i)
        if kind not in ("aide", "relative") or end >= len(toks) or toks[i].norm[:1] in "بل":
            return None
        boss = self._title(sent, end, out, last_person) or self._known(sent, end)
        if boss is None and toks[i].norm.lstrip("و") == "مكتب" and (parsed := self._parse_title(sent, end, out, None)) is not None \
                and not parsed[3] and parsed[4] is None and parsed[1] in _NATIONAL_ROLES:
            # "بحسب ما أعلنه مكتب رئيس الحكومة", "وذكر مكتب وزير الخارجية": the office of the country in focus
            country = self._country_in_focus(sent.index, parsed[1])
            label = " ".join(t.text for t in toks[i:parsed[0]]).removeprefix("و")
            owner = country or self.ctx.article_key       # (a country we cannot tell: this article's office only)
            office = Entity("Office", f"{owner}_office_of_{parsed[1].replace(' ', '_')}", label, "office", (),
                            country=country, role="office", gender="m")
            return Mention(sent.index, i, parsed[0], self.ctx.add(office), "aide")
        if boss is None or boss.entity.kind not in ("Person", "Office"):
            return None
        if toks[i].norm.removeprefix("و").startswith("ال") and end == i + 1 and boss.how in ("gazetteer", "name"):
            return None       # "المستشار أحمد أبو زيد": a definite title before the man's own name is his, not his aide's
        label = " ".join(t.text for t in toks[i:boss.end])
        if kind == "relative":
            # "خطيبة خاشقجي", "صديق خاشقجي": a relative or friend speaks for no state, and is not that person
            person = Entity("Person", normalize_phrase(label).replace(" ", "_"), label, "", (), role="relative",
                            gender="f" if gender == "f" else "m")
            return Mention(sent.index, i, boss.end, self.ctx.add(person), "aide")
        office = Entity("Office", f"{boss.entity.country}_aide_{normalize_phrase(label).replace(' ', '_')}", label,
                        "aide", (), country=boss.entity.country, role="aide", gender="f" if gender == "f" else "m")
        return Mention(sent.index, i, boss.end, self.ctx.add(office), "aide")

    def _country_in_focus(self, sentence: int, role: str) -> str:
        """"أكدت بلجيكا … وبرر رئيس الوزراء شارلز ميشيل": a national office with no
        nationality belongs to the country named in this or the previous sentence."""
        at, key = self.ctx.last_country
        if sentence - at <= 1:
            return key
        # "رئيس الوزراء الأسترالي سكوت موريسون … رئيس الوزراء السابق مالكولم ترنبول":
        # the country whose holder of the same office the article has already named
        same = {c for c, r in self.ctx.by_role if r == canonical_role(role.removeprefix("former ")) and c in self.lx.countries}
        if len(same) == 1:
            return same.pop()
        # otherwise the country the article is plainly about ("رئيس مجلس النواب" in an Iraq story)
        top = self.ctx.country_counts.most_common(2)
        if top and top[0][1] >= 3 and (len(top) == 1 or top[0][1] >= 2 * top[1][1]):
            return top[0][0]
        return ""

    def _same_office_country(self, role: str) -> str:
        """"عن مبعوث روسيا لدى كوريا الشمالية قوله …" then "وقال المبعوث ألكسندر ماتسيغورا": a
        bare title the article has already given one state's holder, unnamed or named, is that state's."""
        want = canonical_role(role.removeprefix("former "))
        states = {e.country for e in self.ctx.entities.values() if e.kind in ("Office", "Person") and not e.anonymous
                  and e.country in self.lx.countries and canonical_role(e.role.removeprefix("former ")) == want}
        return states.pop() if len(states) == 1 else ""

    def _identified(self, sent: Sentence, m: Mention) -> Mention:
        """"مسؤولة من كوريا الشمالية، هي تشوي سون-هوي": the source, then who she is."""
        toks = sent.tokens
        if m.end - m.start == 1 and m.end < len(toks) and self.lx.is_function(toks[m.start].norm.removeprefix("و"), "rank"):
            known = self._known(sent, m.end)      # "وقال الجنرال دانفورد": a rank, then a man the article named
            if known is not None and known.entity.kind == "Person":
                return Mention(sent.index, m.start, known.end, known.entity, "title")
        k = m.end + 2
        if k + 1 >= len(toks) or toks[m.end].text not in ("،", ",") or toks[m.end + 1].norm not in ("هي", "هو", "وهي", "وهو"):
            return m
        end = _name_span(toks, k, self.lx)
        if end - k < 2 or not _looks_like_name(toks[k:end], self.lx):
            return m
        while end + 1 < len(toks) and toks[end].text in ("-", "–") and _is_name_word(toks[end + 1], self.lx):
            end += 2          # "سون-هوي" split at its hyphen
        label = written(toks[k:end])
        person = self._curated_person(label) or Entity(
            "Person", normalize_phrase(label).replace(" ", "_"), label, "", (), country=m.entity.country,
            role=m.entity.label_ar, gender=m.entity.gender)
        person = self.ctx.add(person)
        if "-" in label:      # "تشوي سون-هوي": a family name first, as in Korean and Chinese names
            self.ctx.names.add(normalize_phrase(toks[k].text), person)
        return Mention(sent.index, m.start, end, person, "identified")

    def _role_before_name(self, toks: list[Token], found: list[Mention], m: Mention) -> None:
        """"الممثل الأمريكي للتجارة روبرت لايتزر": a role noun we do not list, its
        nationality and a short complement, then a name (or a rank and a name: "قائد قوات الباسيج
        الإيرانية شبه الحكومية الجنرال غلام حسين غيب برور"): the person speaks for that country."""
        nis = next((o for o in reversed(found) if o.how == "nisba" and m.start - o.end <= 2), None)
        # "الجاسوس الروسي السابق، سيرغي سكريبال،": the name may stand between commas
        stop = m.start - 1 if toks[m.start - 1].text in ("،", ",") and m.end < len(toks) \
            and toks[m.end].text in ("،", ",") else m.start
        if nis is None and found:
            # "رئيس المختبر العسكري البريطاني في بورتون داون غاري آيتكنهيد": a posting after the nationality
            o = found[-1]
            if o.how == "nisba" and o.end < m.start and toks[o.end].norm in ("في", "لدي") and 2 <= m.start - o.end <= 4 \
                    and all(_is_name_token(t, self.lx) and not self.lx.is_function(t.norm) and t.norm not in self.lx.verbs
                            for t in toks[o.end + 1:m.start]):
                nis, stop = o, o.end
        if nis is not None and m.how == "title" and not all(
                t.norm.startswith("ال") or t.norm == "شبه" or t.text in ("،", ",") for t in toks[nis.end:m.start]):
            return        # a rank right after the office's own words ("… الإيرانية شبه الحكومية الجنرال …"), not
            #               after a place ("إلى العاصمة السويدية برفقة المدير العام …")
        if nis is None or m.entity.country or nis.start == 0 or not toks[nis.start - 1].norm.startswith("ال") \
                or any(t.text in _STOP_PUNCT_NAMES or self.lx.is_function(t.norm) or t.norm in self.lx.verbs
                       for t in toks[nis.start - 1:stop]):
            return
        m.entity.country = nis.entity.key
        m.entity.role = m.entity.role or toks[nis.start - 1].text

    def _phrase_country(self, toks: list[Token], inside: list[Mention], start: int, end: int) -> str:
        """The country a role phrase gives its holder: a nationality, a body's or an office's
        country, or a country it names; not a city one is posted to or lives in
        ("مراسلة بي بي سي في سول")."""
        for m in inside:
            ent = m.entity
            if ent.kind == "Country":
                posted = m.how == "capital" and (m.start and toks[m.start - 1].norm == "في" or toks[m.start].norm[:1] == "ب")
                if not posted:
                    return ent.key
            elif ent.country or speaks_for(ent):
                return ent.country or speaks_for(ent)
        return next((nis[1] for q in range(start, end) if (nis := nisba_at(toks, q, self.lx))), "")

    def _role_after_name(self, toks: list[Token], m: Mention) -> None:
        """"وقال وليام بوردون المحامي الفرنسي لبوغدير", "…، جون سميث، الخبير الأمريكي،":
        a name in apposition with a definite role noun and a nationality speaks for that
        country. Only as the subject of a verb of saying or set off by commas, so that
        the object of "استقبل X الوفد الروسي" is not read as X's description."""
        if m.entity.kind != "Person" or m.entity.country or m.end + 1 >= len(toks):
            return
        k = m.end + (toks[m.end].text in ("،", ","))
        role = toks[k].norm
        if k + 1 >= len(toks) or not role.startswith("ال") or not self.lx.in_class(role[2:], "person_noun"):
            return        # a person noun ("المحامي", "الخبير"), not an object ("انتقد الحريري القرار الروسي")
        nis = nisba_at(toks, k + 1, self.lx)
        if nis is None:
            return
        before = toks[m.start - 1].norm if m.start else ""
        said = before in self.lx.verbs or before[1:] in self.lx.verbs
        boxed = k > m.end and m.start and toks[m.start - 1].text in ("،", ",") \
            and (nis[0] >= len(toks) or toks[nis[0]].text in ("،", ",", "."))
        if said or boxed:
            m.entity.country = nis[1]
            m.entity.role = m.entity.role or toks[k].text

    def _described_name(self, toks: list[Token], found: list[Mention], m: Mention) -> Mention:
        """"المحلل القطري أحمد الشرفي", "الخبير الأمريكي جون سميث": a definite role noun (and its
        nationality) right before a name describes that person; the name, not an unnamed source, speaks.
        The role's mention becomes the person's."""
        prev = found[-1] if found else None
        if m.entity.kind == "Person" and not m.entity.role and m.start and (prev is None or prev.end <= m.start - 1
                                                                            or prev.how == "nisba"):
            m.entity.role = profession_before(toks, m.start, self.lx)    # "مقالا للكاتب أحمد أبو دوح"
        if m.entity.kind != "Person" or prev is None or prev.end != m.start or prev.entity.kind != "Anonymous" \
                or not toks[prev.start].norm.startswith("ال") or m.how not in ("given-name", "name", "tagged") \
                or toks[m.start].norm[:1] == "و" or toks[prev.start].norm[2:] not in self.lx.speaker_words:
            return m      # (a source's noun: "المحلل", "المتحدث"; not "الضربات … والبريطانية عددا")
        m.entity.country = m.entity.country or prev.entity.country
        m.entity.role = m.entity.role or " ".join(t.text for t in toks[prev.start:prev.end])
        found.pop()
        return Mention(m.sentence, prev.start, m.end, m.entity, m.how)

    def _office_before_titled_name(self, toks: list[Token], found: list[Mention], m: Mention) -> None:
        """"المندوب الباكستاني الدائم لدى الأمم المتحدة السفيرة مليحة لودهي": a national
        office, its posting, then a titled name with no comma between: the name holds the
        office, so it speaks for that country."""
        if m.entity.kind != "Person" or m.entity.country or m.how not in ("title", "given-name"):
            return
        office = next((o for o in reversed(found) if o.entity.kind == "Office" and o.how == "office" and o.entity.country
                       and 0 <= m.start - o.end <= 6), None)
        if office is None or any(t.text in _STOP_PUNCT_NAMES or t.text in ("،", ",") for t in toks[office.end:m.start]) \
                or any(x.entity.kind in ("Person", "Country") for x in found if office.end <= x.start < m.start):
            return
        if m.how == "given-name" and any(
                t.norm in self.lx.verbs or self.lx.is_function(t.norm) and not self.lx.is_function(t.norm, "preposition")
                or t.norm.startswith("و") and not t.norm.endswith(("ها", "ه")) for t in toks[office.end:m.start]):
            return        # an untitled name after a gap: only a posting and a second office of the same
            #               person ("السفير اليمني لدى واشنطن ومندوبها في الأمم المتحدة أحمد بن مبارك")
        m.entity.country = office.entity.country

    def _name_before_office(self, toks: list[Token], found: list[Mention], m: Mention) -> Mention:
        """"لكن حنيفة أمان وزير الخارجية الماليزي قال", "السفير علاء يوسف المتحدث باسم
        الرئاسة المصرية": a name right before a national office, with no comma, is
        its holder. The office's mention becomes the person's."""
        if m.entity.kind != "Office" or m.how != "office" or not m.entity.country or not m.start:
            return m
        lx, office = self.lx, m.entity
        prev = found[-1] if found else None
        if prev is not None and prev.end == m.start:
            if prev.entity.kind != "Person" or prev.entity.country:
                return m
            person = prev.entity
            found.pop()
            start = prev.start
        else:
            lo = max(prev.end if prev else 0, m.start - 4)
            j = m.start
            while j > lo and _is_name_token(toks[j - 1], lx) and not is_pronoun_preposition(toks[j - 1].norm):
                j -= 1        # ("اقترح فيه مبعوث روسيا": "فيه" is "in it")
            stop = toks[j - 1] if j > lo else None
            if stop is not None and self.names is not None and stop.text.isalpha() and not lx.is_function(stop.norm) \
                    and stop.norm not in lx.verbs and stop.norm[1:] not in lx.verbs and not stop.norm.startswith("ال"):
                # "وقال تشانغ مينغ نائب وزير الخارجية الصيني": a name our word rules reject ("تشانغ" has
                # the shape of a verbal noun) that the tagger finds right before the office
                tagged = next((a for a, b in self._tagged_spans(toks) if b == m.start and lo <= a < j), None)
                if tagged is not None and not any(lx.is_function(t.norm) for t in toks[tagged:m.start]) \
                        and lx.person_share.get(toks[tagged].norm) != "0":      # ("شملت خاصة محافظ المصرف")
                    j = tagged
            words = toks[j:m.start]
            before = toks[j - 1].norm if j else ""
            after_verb = before in lx.verbs or before[1:] in lx.verbs
            if not words or (before and not after_verb and not lx.is_function(before, "conjunction")
                             and toks[j - 1].text not in _STOP_PUNCT_NAMES):
                return m
            if before in _MEETING or before[1:] in _MEETING:
                return m      # "استقبل X وزير الخارجية الروسي": the guest is another man
            if not (_looks_like_name(words, lx) or len(words) == 1 and after_verb and not lx.names.has_single(words[0].norm)):
                return m
            first = words[0].norm
            joined = _joined_waw(first, lx)
            if first[:1] == "و" and first not in lx.given_names and not joined:
                return m      # "ويمنح القانون رئيس الولايات المتحدة": a verb and its subject, no name
            label = " ".join(t.text for t in words)[1 if joined else 0:]     # "ونايف البكري محافظ عدن": and Nayef
            person = self._curated_person(label) or Entity("Person", normalize_phrase(label).replace(" ", "_"), label,
                                                           gender=office.gender or "m")
            person = self.ctx.add(person)
            start = j
        person.country = person.country or office.country
        person.role = person.role or office.role
        self.ctx.by_role.setdefault((office.country, canonical_role(office.role)), person)
        return Mention(m.sentence, start, m.end, person, "name-title")

    def _appositive_name(self, toks: list[Token], found: list[Mention], m: Mention) -> None:
        """"مبعوث الأمم المتحدة للسلام في الشرق الأوسط، نيكولاي ميلادينوف، إن":
        a person set off by commas right after an office is its holder."""
        if m.entity.kind != "Person" or m.start == 0 or toks[m.start - 1].text not in ("،", ","):
            return
        office = next((o for o in reversed(found) if o.entity.kind == "Office" and m.start - o.end <= 7), None)
        if office is None or any(t.text in ("،", ",") for t in toks[office.end:m.start - 1]):
            return        # only the comma right before the name may separate them
        after = toks[m.end].norm if m.end < len(toks) else ""
        if after not in ("،", ",") and not self.lx.is_function(after, "complementizer"):
            return
        person, role = m.entity, office.entity.role
        person.role = person.role or role
        person.country = person.country or office.entity.country
        owner = office.entity.key.rsplit("_" + role.replace(" ", "_"), 1)[0]
        self.ctx.by_role.setdefault((owner, canonical_role(role)), person)
        office.entity = person

    # -- titles and discovered people ---------------------------------------------------------
    def _parse_title(self, sent: Sentence, i: int, found: list[Mention], last_person: Entity | None):
        """An office title at token i and what qualifies it:
        (end, role, gender, country, org, counterpart) or None."""
        toks, lx = sent.tokens, self.lx
        role, gender = "", "m"
        counterpart = False
        first = i
        if toks[i].norm in _DEPUTY and i + 1 < len(toks):
            hit = longest_phrase(toks, i + 1, lx.titles)
            if hit:
                _, (title, role_en, gender) = hit
                role = _DEPUTY[toks[i].norm] + role_en
                gender = "f" if toks[i].norm.endswith("ه") else gender     # "نائبة وزير": a woman
                i = hit[0]
        if not role:
            hit = longest_phrase(toks, i, lx.titles)
            kind = next((lx.speaker_words[w] for w in stems(toks[i].norm) if w in lx.speaker_words), ("", ""))
            if hit:
                _, (title, role, gender) = hit
                i = hit[0]
            elif kind[0] == "counterpart":
                prev = next((m.entity for m in reversed(found) if m.entity.kind == "Person" and m.entity.role), None)
                prev = prev or last_person
                if not prev or not prev.role:
                    return None
                role, gender, counterpart = prev.role, kind[1], True
                i += 1
            else:
                return None
        while i < len(toks) and (toks[i].norm in _TITLE_ADJECTIVES or toks[i].norm in _FORMER):
            i += 1        # "المتحدث الرئيسي باسم الأونروا", "رئيس الوزراء السابق، حيدر العبادي"
        # generic "وزير X" / "وزير خارجية <country>"
        if i < len(toks) and (role.endswith(("minister", "director")) or role == "commissioner" and toks[i].norm not in lx.org_adjectives
                              and self._known(sent, i) is None) \
                and toks[i].norm.startswith("ال") and toks[i].norm not in lx.nisba \
                and not nisba_at(toks, i, lx) and _portfolio_word(toks[i], lx):     # ("الكوري الشمالي" is one nationality)
            # ("مفوضة التجارة سيسليا مالستروم", not "مفوض الأمم المتحدة", "المفوض الأوروبي")
            role = f"{role} of {toks[i].text}"
            i += 1
            k = i
            while k < len(toks) and k - i < 4 and toks[k].norm.startswith(("ال", "وال")) and not nisba_at(toks, k, lx) \
                    and not lx.is_function(toks[k].norm) and toks[k].norm not in lx.verbs:
                k += 1
            if k > i and nisba_at(toks, k, lx):
                role = role + " " + " ".join(t.text for t in toks[i:k])   # "وزير الموارد المائية والكهرباء والري السوداني"
                i = k
        elif role.endswith("minister") and i + 1 < len(toks) and not toks[i].norm.startswith("ال") and is_arabic(toks[i].norm) \
                and not lx.is_function(toks[i].norm):     # (not "وقال الوزير إن إسرائيل …": a clause follows)
            nxt = self._known(sent, i + 1)
            if nxt and nxt.entity.kind == "Country" and nxt.how == "gazetteer":
                prefix = role[: -len("minister")]       # keeps "deputy "
                role = prefix + _MINISTRY_ROLE.get(toks[i].norm, f"minister of {toks[i].text}")
                i += 1      # "وزير خارجية كوريا الشمالية": the country follows
        if role.endswith("minister") and i + 2 < len(toks) and toks[i].text.isalpha() and is_arabic(toks[i].norm) \
                and not toks[i].norm.startswith("ال") and toks[i].norm[:1] not in "وفبل" and not lx.is_function(toks[i].norm) \
                and toks[i + 1].norm.startswith("ال") and not nisba_at(toks, i + 1, lx):
            k = i + 1     # "وزير حقوق الإنسان اليمني": a portfolio in construct, then the nationality
            while k < len(toks) and k - i <= 3 and toks[k].norm.startswith(("ال", "وال")) and not nisba_at(toks, k, lx) \
                    and not lx.is_function(toks[k].norm) and toks[k].norm not in lx.verbs:
                k += 1
            if nisba_at(toks, k, lx):
                role = f"{role} of {' '.join(t.text for t in toks[i:k])}"
                i = k
        if role.endswith("of state") and i + 1 < len(toks) and toks[i].norm in ("لشوون", "للشوون"):
            k = i + 1     # "وزير الدولة لشؤون الدفاع البريطاني": the portfolio, then the nationality
            while k < len(toks) and k - i <= 3 and toks[k].norm.startswith(("ال", "وال")) and not nisba_at(toks, k, lx) \
                    and not lx.is_function(toks[k].norm) and toks[k].norm not in lx.verbs:
                k += 1
            if k > i + 1:
                role = f"{role} for {' '.join(t.text for t in toks[i + 1:k])}"
                i = k
        country = ""
        # "منسق الأمم المتحدة": a title that names its body
        named = next((hit[1][1] for k in range(first + 1, i) if (hit := longest_phrase(toks, k, lx.names)) is not None
                      and hit[1][1].kind == "Organisation" and hit[0] <= i), None)
        org: Entity | None = self.ctx.add(named) if named is not None else None
        # "باسم X": spokesman of an organisation, ministry or government
        if i < len(toks) and toks[i].norm in _ON_BEHALF and i + 1 < len(toks):
            sub = self._known(sent, i + 1) or self._institution(sent, i + 1)
            if sub:
                org = sub.entity
                country = speaks_for(org)
                i = sub.end
            else:
                inner = self._parse_title(sent, i + 1, [], None) if longest_phrase(toks, i + 1, lx.titles) else None
                bare = longest_phrase(toks, i + 1, lx.institutions)    # "باسم الخارجية" with no nationality
                if inner is not None:                             # "الناطق باسم وزير الداخلية العراقي"
                    i, country, org = inner[0], inner[3], inner[4]
                elif bare:
                    one_word, i = bare[0] == i + 2, bare[0]
                    if one_word and i + 1 < len(toks) and _name_goes_on(toks[i], lx):
                        i += 1    # "باسم قوات التحالف": the body's name goes on
                elif _body_noun(toks[i + 1]) and (nis := self._body_nationality(toks, i + 2)):
                    i, country = nis     # "المتحدث باسم منظمة الطاقة الذرية الإيرانية، بهروز كمالوندي"
                elif toks[i + 1].norm.startswith("ال") and toks[i + 1].norm not in lx.nisba:
                    i += 2        # "المتحدث باسم الحركة محمد خرساني": a body we do not know
                elif i + 2 < len(toks) and _body_noun(toks[i + 1]) and _name_goes_on(toks[i + 2], lx):
                    i += 3        # "المتحدث باسم هيئة الأركان العقيد …": a body's two-word name
        elif i + 1 < len(toks) and (toks[i].norm.startswith("ل") or toks[i].norm in ("في",)):
            # "الأمين العام للأمم المتحدة", "سفير روسيا لدى"
            sub = self._known(sent, i)
            if sub and sub.entity.kind in ("Organisation", "Country"):
                org = sub.entity
                country = speaks_for(org)
                i = sub.end
            elif sub is None and toks[i].norm.startswith("لل") and toks[i + 1].text in ("،", ","):
                i += 1        # "الأمين العام للحلف، ينز ستولتنبرغ": a body we do not know, then the man
            elif sub is None and (served := self._served_office(toks, i)) is not None:
                i, country = served   # "المبعوث الخاص للرئيس الروسي", "مستشار لوزير الخارجية الأمريكي"
                if i + 1 < len(toks) and (role in _POSTED_ROLES or role.endswith(" envoy")) and toks[i].norm in ("في", "لدي", "الي") \
                        and (post := self._known(sent, i + 1)) is not None and post.entity.kind in ("Country", "Organisation"):
                    i = post.end      # "… إلى سورية": where the envoy is sent
        elif i < len(toks):
            sub = self._known(sent, i) or self._institution(sent, i)
            if sub and sub.entity.kind == "Country" and (sub.how == "gazetteer" or sub.how == "capital" and role in _POSTED_ROLES | _CITY_ROLES):
                # "وزير خارجية روسيا", "سفير واشنطن في جنيف": a capital stands for its state
                country = sub.entity.key
                i = sub.end
                if i + 2 < len(toks) and toks[i].norm in _TITLE_ADJECTIVES and toks[i + 1].norm == "لدي":
                    i += 1      # "مندوب سوريا الدائم لدى الأمم المتحدة"
                if i + 1 < len(toks) and toks[i].norm in ("لدي", "في") and self._known(sent, i + 1):
                    i = self._known(sent, i + 1).end       # "سفيرة روسيا لدى هولندا": where they serve
            elif sub and sub.entity.kind == "Organisation":                       # "رئيس الحكومة السورية"
                org = sub.entity
                country = speaks_for(org)
                i = sub.end
            elif sub and sub.entity.kind == "Person" and role in _POSTED_ROLES and sub.entity.key in lx.people \
                    and sub.entity.country and not toks[i - 1].norm.startswith("ال"):
                country = sub.entity.country     # "سفير خادم الحرمين الشريفين": the king's ambassador
                i = sub.end
            elif not nisba_at(toks, i, lx) and _body_noun(toks[i]):
                # "رئيس حكومة الوفاق الوطني الليبية": a short body name, then the nationality
                for k in range(i + 1, min(i + 5, len(toks))):
                    if nisba_at(toks, k, lx):
                        if all(t.text not in ("،", ",", "«", "»", '"') and not lx.is_function(t.norm) and t.norm not in lx.verbs
                               for t in toks[i:k]):
                            i = k
                        break
        if org is None and not country and i < len(toks) and toks[i].norm in lx.org_adjectives:
            org = self.ctx.add(lx.organisations[lx.org_adjectives[toks[i].norm]])   # "المبعوث الأممي"
            i += 1
        if org is None and not country and i < len(toks) and toks[i].norm in _US_PARTIES and role in _LAWMAKERS:
            country = "United_States"      # "السيناتور الجمهوري جيمس ريش", "النائبة الديمقراطية رشيدة طليب"
            i += 1
        while (country or org is not None) and i < len(toks) and toks[i].norm in _FORMER:
            i += 1        # "رئيس الديوان الملكي الأسبق باسم عوض الله": former holder of the office the body names
        nis = nisba_at(toks, i, lx)
        if nis:
            country = country or nis[1]
            i = nis[0]
            extra = nisba_at(toks, i, lx)     # "الكوري الشمالي" spelled as two adjectives
            if extra:
                i = extra[0]
            while i < len(toks) and toks[i].norm in _FORMER:
                i += 1      # "الرئيس الأمريكي الأسبق، جورج بوش"
            if i + 1 < len(toks) and role in _POSTED_ROLES and toks[i].norm[:1] == "ب" and toks[i].norm not in lx.titles \
                    and (post := self._known(sent, i)) is not None and post.entity.kind == "Country":
                i = post.end      # "السفير السعودي بالولايات المتحدة": where he serves
            elif i + 2 < len(toks) and toks[i].norm in ("في", "لدي", "الي") and role in _POSTED_ROLES:
                post = self._known(sent, i + 1)        # "السفير الإيراني في بريطانيا حميد بعيدي نجاد"
                if post is not None and post.entity.kind in ("Country", "Organisation") and (toks[i].norm != "الي" or (
                        post.end < len(toks) and (toks[post.end].norm in lx.given_names
                                                  or any(a == post.end for a, _ in self._tagged_spans(toks))))):
                    i = post.end      # (or "السفيرة الإماراتية لدى الأمم المتحدة لانا نسيبة"; "السفير الأمريكي السابق
                    #                   إلى كوريا الجنوبية سونج كيم" only before a name: "عودة السفير إلى اليمن موضوع …")
                elif toks[i + 2].norm in lx.given_names:
                    i += 2                              # "السفير البريطاني في لاهاي بيتر ولسون"
        k = i
        while (country or org is not None) and k < len(toks) and toks[k].norm in _TITLE_ADJECTIVES:
            k += 1        # "منسق الأمم المتحدة الإقليمي للشؤون الإنسانية"
        if (country or org is not None) and k + 1 < len(toks) and toks[k].norm == "للشوون" and toks[k + 1].norm.startswith("ال"):
            i = k + 2     # "منسقة الأمم المتحدة للشؤون الإنسانية": the portfolio after the body
            if i + 1 < len(toks) and role in _POSTED_ROLES and toks[i].norm in ("في", "لدي") \
                    and (post := self._known(sent, i + 1)) is not None and post.entity.kind == "Country":
                i = post.end      # "… في اليمن": where she serves
        if not country and not org:
            # "وزير الثقافة والإرشاد الإسلامي في إيران"
            for k in range(i, min(i + 5, len(toks) - 1)):
                if toks[k].text in ("،", ",") or toks[k].norm in lx.verbs or lx.is_function(toks[k].norm, "complementizer") \
                        or (toks[k].norm != "في" and (other := self._known(sent, k)) is not None
                            and other.entity.kind == "Person"):
                    break         # (not "الوزير بالرئيس الفرنسي إيمانويل ماكرون في القاهرة": another man, then a place)
                if toks[k].norm == "في":
                    sub = self._known(sent, k + 1) or self._institution(sent, k + 1)
                    if sub and sub.entity.kind == "Country" and role in _POSTED_ROLES:
                        i = sub.end      # "السفير في القاهرة": where the ambassador serves, not whose he is
                    elif sub and sub.entity.kind == "Country":
                        country, i = sub.entity.key, sub.end
                    elif sub and sub.entity.kind == "Organisation" and speaks_for(sub.entity):
                        # "مدير الاتصالات في الرئاسة التركية": an office inside a national body
                        org, country, i = sub.entity, speaks_for(sub.entity), sub.end
                    break
        return i, role, gender, country, org, counterpart

    def _served_office(self, toks: list[Token], i: int) -> tuple[int, str] | None:
        """"للرئيس الروسي", "لوزير الخارجية الأمريكي": the office an aide or envoy serves,
        with its nationality, which is the aide's too: (end, country) or None."""
        w = toks[i].norm
        bare = "ال" + w[2:] if w.startswith("لل") else w[1:]
        if len(bare) < 3 or not any(len(words) == 1 for words, _ in self.lx.titles.candidates(bare)):
            return None
        k = i + 1
        while k < len(toks) and k - i <= 2 and toks[k].norm.startswith("ال") and not nisba_at(toks, k, self.lx) \
                and _portfolio_word(toks[k], self.lx):
            k += 1        # "لوزير الخارجية": the portfolio before the nationality
        nis = nisba_at(toks, k, self.lx)
        return (nis[0], nis[1]) if nis else None

    def _title(self, sent: Sentence, i: int, found: list[Mention], last_person: Entity | None) -> Mention | None:
        toks, lx = sent.tokens, self.lx
        start = i
        parsed = self._parse_title(sent, i, found, last_person)
        if parsed is None:
            return self._name_then_title(sent, i, found, last_person)
        i, role, gender, country, org, counterpart = parsed
        past = any(t.norm in _PAST for t in toks[start:i])
        if past:      # "الرئيس الأمريكي السابق": a former holder, another office than the one in power
            role = "former " + canonical_role(role)
        acting = any(t.norm in _ACTING for t in toks[start:i])     # "وزير الخارجية الأمريكي بالوكالة جون سوليفان"
        described = next((m.entity for m in found if m.end == start - 1 and m.entity.kind == "Person"), None) \
            if start >= 2 and toks[start - 1].text in ("،", ",") and i < len(toks) and toks[i].text in ("،", ",", '"', "«", "“") and not (
                toks[start].norm[:1] == "و" and toks[start].norm not in lx.titles) else None
        # ("، والرئيس القبرصي X": the next one; "السيسي، رئيس الوزراء الإثيوبي أبي أحمد": no closing comma, a new person)
        if described is not None:
            # "العميد أحمد المسماري، المتحدث باسم الجيش الليبي، نبأ القبض": the title describes the
            # name before it; what follows its comma is the sentence going on, not another name
            if not described.country and (country or org is not None):
                described.country = country or speaks_for(org)
            if not described.role:
                described.role = role
            if not past and not acting and (country or org is not None) and described.country == (country or speaks_for(org)):
                # "الأمير خالد بن سلمان، السفير السعودي بالولايات المتحدة": "السفير السعودي" later is he
                self.ctx.by_role.setdefault((country or org.key, canonical_role(role)), described)
            return None
        if i == start + 1 and not country and toks[start].norm not in _BARE_TITLES:
            # a bare one-word title with nothing after it is too weak ("سفير" in passing)
            k = i
            while k < len(toks) and _rank_word(toks, k, lx):
                k += 1        # "العميد ركن أحمد عسيري"
            known = self._known(sent, k) if k < len(toks) and not toks[start].norm.startswith(("بال", "لل", "كال")) else None
            if _name_span(toks, k, lx) - k < 2 and (known is None or known.entity.kind != "Person"):
                return None
        j = i
        if (country or org is not None) and j + 1 < len(toks) and toks[j].norm.startswith("لل") and toks[j + 1].norm.startswith("ال"):
            j += 2        # "وزير الدولة الإماراتي للشؤون الخارجية أنور قرقاش": the portfolio after the nationality
            # (or after the body: "منسقة الأمم المتحدة للشؤون الإنسانية ليزا غراندي")
        elif (country or org is not None) and j + 1 < len(toks) and toks[j].norm == "لشوون" and toks[j + 1].norm.startswith("ال"):
            j += 2        # "مساعد وزير الخارجية الأمريكي لشؤون الشرق الأدنى ديفيد ساترفيلد": the portfolio in construct
            while j < len(toks) and j - i < 5 and toks[j].norm.startswith("ال") and not nisba_at(toks, j, lx):
                j += 1
        elif (country or org is not None) and (end := _regional_portfolio(toks, j, lx)) > j:
            j = end       # "الوزير البريطاني لآسيا ومنطقة الهادئ مارك فيلد", "نائب مدير منظمة العفو لجنوب آسيا عمر …"
        if j + 2 < len(toks) and toks[j].norm == "لدي":
            # "المندوب الدائم لدولة الإمارات لدى الأمم المتحدة في جنيف، عبيد سالم الزعابي": the posting, then the name
            post = self._known(sent, j + 1)
            k = post.end if post is not None else j
            if post is not None and k + 1 < len(toks) and toks[k].norm == "في":
                place = self._known(sent, k + 1)
                k = place.end if place is not None else k + 2
            if post is not None and k < len(toks) and toks[k].text in ("،", ","):
                j = k
        elif j + 2 < len(toks) and toks[j].norm in ("في", "عن") and not country and org is None:
            # "مفوضة العدل في الاتحاد الأوروبي فيرا جوروفا": the body the office is in, then the name
            # ("عضو مجلس النواب عن الحزب الديمقراطي فريدريكا ويلسون": or the party it sits for)
            post = self._known(sent, j + 1)
            if post is not None and post.entity.kind == "Organisation" and post.end < len(toks) \
                    and _is_name_word(toks[post.end], lx) and not toks[post.end].norm.startswith("ال"):
                j, org = post.end, post.entity
            elif post is None and toks[j].norm == "عن":
                k = j + 1
                while k < len(toks) and k - j <= 3 and toks[k].norm.startswith("ال") and toks[k].text.isalpha() \
                        and not lx.is_function(toks[k].norm) and not nisba_at(toks, k, lx):
                    k += 1
                if j + 1 < k < len(toks) - 1 and all(_is_name_word(t, lx) and not t.norm.startswith("ال") for t in toks[k:k + 2]):
                    j = k      # a party or constituency we do not list, then a name of two words or more
        if j < len(toks) and toks[j].text in ("،", ","):
            j += 1
        while j < len(toks) and (lx.is_function(toks[j].norm, "honorific") or _rank_word(toks, j, lx)):
            j += 1        # "وزير الخارجية القطري الدكتور خالد العطية", "… اللفتنانت كولونيل مانيش ميهتا"
        # a known name right after the title
        before = len(self.ctx.entities)      # (entities are kept in the order they were added)
        known = self._known(sent, j) if j < len(toks) else None
        collided = known is not None and known.entity.kind == "Person" and bool(known.entity.country) and bool(country) \
            and known.entity.country != country and not counterpart \
            and not any(t.norm in lx.nisba and t.norm in lx.given_names for t in toks[start:j])   # ("العقيد تركي المالكي")
        if collided:
            for key in list(self.ctx.entities)[before:]:
                del self.ctx.entities[key]
            known = None      # "رئيس الوزراء الإثيوبي، هايلي مريم ديسيلين" is not the American Haley
        if known and known.end == j + 1 and known.end + 1 < len(toks) and toks[known.end].norm in _NAME_LINKS:
            known = None      # "السفير أحمد بن حلي": a name that goes on, not the "أحمد" the article named before
        if known is None and j + 2 < len(toks) and _is_name_word(toks[j], lx) and toks[j].norm not in lx.verbs \
                and not toks[j].norm.startswith("ال") and toks[j + 1].norm not in _NAME_LINKS \
                and (later := self._known(sent, j + 1)) is not None and later.entity.kind == "Person" \
                and later.how == "gazetteer" and _same_given_name(toks[j].norm, later.entity) \
                and not (country and later.entity.country and later.entity.country != country):
            known = Mention(sent.index, j, later.end, later.entity, later.how)     # "ينز ستولتنبرغ": his given name spelled otherwise
            self.ctx.add_spelling(self.ctx.add(later.entity), written(toks[j:later.end]))
        if known and known.entity.kind == "Person" and self._spokesman_of(sent, start, j, known.entity):
            # "المتحدث باسم الرئيس الفلسطيني محمود عباس": Abbas's spokesman speaks, not Abbas
            label = " ".join(t.text for t in toks[start:known.end])
            office = Entity("Office", f"{known.entity.country}_spokesman_{known.entity.key}", label, "spokesman", (),
                            country=known.entity.country, role="spokesman", gender="f" if gender == "f" else "m")
            return Mention(sent.index, start, known.end, self.ctx.add(office), "aide")
        if known and known.entity.kind == "Person":
            person = known.entity
            if not person.country and country:
                person.country = country
            if not person.role or past:
                person.role = role
            person = self.ctx.add(person)
            if country and person.country == country:
                # the title this article gives them is how it will refer to them later
                self.ctx.by_role.setdefault((country, canonical_role(role)), person)
            if org is not None:      # "رئيس حكومة الوفاق الوطني" later is the same man
                self.ctx.by_role.setdefault((org.key, canonical_role(role)), person)
            if not country and org is None and not past and not acting:
                # "معالي وزير الخارجية عادل الجبير": a title the article gives with no nationality is
                # how it names that man again, whoever else holds the same office in the story
                self.ctx.by_role.setdefault(("", canonical_role(role)), person)
            return Mention(sent.index, start, known.end, person, "title")
        name_end = _name_span(toks, j, lx)
        if name_end == j + 1 and gender == "f" and toks[j].norm in lx.given_names \
                and (other := longest_phrase(toks, j + 1, lx.names)) is not None and other[0] == j + 2 \
                and other[1][1].kind == "Person" and other[1][1].gender == "m":
            name_end = j + 2      # "منسقة … ليزا غراندي": a woman's title, then a listed man's surname: another person
        if collided and name_end == j and toks[j].text.isalpha():
            name_end = max(j + 1, _name_span(toks, j + 1, lx))     # its first word is another's name
        if toks[j:j + 1] and toks[j].norm in _ON_BEHALF and canonical_role(role) in ("spokesman", "spokeswoman"):
            name_end = j      # "المتحدث باسم عائلة الصحفي": on behalf of a body we do not know, not "Bassem"
        elif name_end == j and j + 1 < len(toks) and toks[j].norm in _ON_BEHALF and not toks[j + 1].norm.startswith("ال") \
                and _is_name_token(toks[j + 1], lx) and _name_span(toks, j + 1, lx) > j + 1:
            name_end = _name_span(toks, j + 1, lx)     # "رئيس الديوان الملكي الأسبق باسم عوض الله": Bassem, a given name
        if name_end > j and j and toks[j - 1].text in ("،", ","):
            # "…، عبيد سالم الزعابي، الثلاثاء": between commas the whole name, family name with ال too
            c = next((c for c in range(name_end, min(j + 5, len(toks))) if toks[c].text in ("،", ",")), None)
            if c is not None and all(_is_name_token(t, lx) and not nisba_at(toks, q, lx)
                                     for q, t in enumerate(toks[name_end:c], start=name_end)):
                name_end = c
        if name_end > j and gender != "f" and toks[j].norm.endswith("ه") and toks[j].norm not in lx.given_names:
            name_end = j     # "سياسة الاستيطان" after a man's title is a noun phrase, not his name
        named = name_end > j and _looks_like_name(toks[j:name_end], lx) and toks[j].norm not in _ONE_OF \
            and not body_word(toks[j].norm, lx) and longest_phrase(toks, j, lx.org_heads) is None \
            and not any(_suffixed_common_word(t, lx) for t in toks[j + 1:name_end])      # (not "السفير السعودي فور وصوله")
        first = toks[j].norm if j + 1 < len(toks) else ""
        if not named and not past and first and (country or org is not None) and toks[j].text.isalpha() \
                and not lx.is_function(first) and not first.startswith(("ال", "بال", "لل", "وال", "فال", "كال")) \
                and (lx.person_share.get(first) != "0" or toks[j + 1].norm in _COMPOUND_SECOND) \
                and not (country and office_holder(lx, country, role, self.ctx.date, lambda r: canonical_role(r) == canonical_role(role))):
            # "رئيس البنك المركزي الإيراني ولي الله يوسف": a name our word rules reject, that the tagger finds
            # (not "المستشار السعودي بالطب النفسي"; and after "الرئيس الأفغاني" the name is the known
            # president's, however spelled)
            tagged = next((b for a, b in self._tagged_spans(toks) if a == j and b - a >= 2), None)
            if tagged is not None and all(self._known(sent, q) is None for q in range(j, tagged)) \
                    and not any(_suffixed_common_word(t, lx) for t in toks[j + 1:tagged]):
                name_end, named = tagged, True     # (not "لباريس محمد بن سلمان": a place and a known man)
        if named:
            label = written(toks[j:name_end])
            gaz = self._curated_person(label)
            if gaz:
                person = gaz
                person.role = person.role or role
            else:
                person = Entity("Person", normalize_phrase(label).replace(" ", "_"), label, "", (),
                                country=country or self.ctx.dynasty_country(label) or (
                                    self._country_in_focus(sent.index, role) if org is None and (
                                    role.removeprefix("former ") in _NATIONAL_ROLES or role.startswith("minister of"))
                                    else self._same_office_country(role) if org is None else ""),
                                role=role, gender="f" if gender == "f" else "m")
            person = self.ctx.add(person)
            if org and not person.country:
                person.country = speaks_for(org)
            if country and person.country == country:
                # the title this article gives them is how it will refer to them later
                self.ctx.by_role.setdefault((country, canonical_role(role)), person)
            if org is not None:
                self.ctx.by_role.setdefault((org.key, canonical_role(role)), person)
            return Mention(sent.index, start, name_end, person, "counterpart" if counterpart else "title")
        # a title without a name: the office holder known in this article, or the office itself
        if not country and not org and (i == start + 1 and toks[start].norm in _BARE_TITLES or i > start + 1) \
                and role in _NATIONAL_ROLES and (i >= len(toks) or not (toks[i].norm.startswith("ال") or toks[i].norm in lx.given_names)) \
                and not (start and (toks[start - 1].norm in _DEPUTY or toks[start - 1].norm in self.lx.speaker_words
                                    or toks[start - 1].norm in _ON_BEHALF)):
            # (not "نائب رئيس الوزراء لشؤون الطاقة", "مستشار وزير الخارجية": another man, in his office; nor
            # "ثمن الملك عبدالله المبادرة" after King Salman: a given name after the title names another)
            # "ولكن الرئيس قال", "وقال معالي وزير الخارجية": the one president (king, foreign minister …) this
            # article has named
            same = [(c, p) for (c, r), p in self.ctx.by_role.items() if r == canonical_role(role) and c in self.lx.countries]
            bare = self.ctx.by_role.get(("", canonical_role(role)))
            if bare is not None or len({p.key for _, p in same}) == 1:
                return Mention(sent.index, start, i, bare or same[0][1], "title")
            # "قال الرئيس" in a story of Obama's visit that also named Kenya's president: the holder
            # from the country the article is plainly about
            ranked = sorted(same, key=lambda cp: -self.ctx.country_counts[cp[0]])
            if len(ranked) > 1 and self.ctx.country_counts[ranked[0][0]] >= max(3, 2 * self.ctx.country_counts[ranked[1][0]]):
                return Mention(sent.index, start, i, ranked[0][1], "title")
        if not country and not org:
            return None
        if past:
            # "الرئيس الأمريكي السابق، بارك أوباما": not the one in office; a known name right after
            # its first word (here misspelled) is the man
            later = self._known(sent, j + 1) if j + 1 < len(toks) and _is_name_token(toks[j], lx) else None
            if later is not None and later.entity.kind == "Person" and (not later.entity.country or later.entity.country == country):
                later.entity.role = role
                person = self.ctx.add(later.entity)
                self.ctx.by_role.setdefault((country or (org.key if org else ""), canonical_role(role)), person)
                return Mention(sent.index, start, later.end, person, "title")
        many = canonical_role(role) in _LAWMAKERS     # "السيناتور الجمهوري": one of a hundred, never a known man by title alone
        holder = None if acting or many else self.ctx.by_role.get((country or (org.key if org else ""), canonical_role(role))) \
            or (self.ctx.by_role.get((org.key, canonical_role(role))) if org is not None else None)
        if holder is None and country and canonical_role(role) == "minister" and not past and not acting:
            # "وأضاف الوزير الأميركي" after "وزير الخارجية الأميركي مايك بومبيو": the one minister of that
            # country the article has named
            ministers = {p.key: p for (c, r), p in self.ctx.by_role.items() if c == country and p.kind == "Person"
                         and r.endswith("minister") and not r.endswith(("prime minister", "deputy minister"))}
            citizens = {p.key for p in self.ctx.entities.values() if p.kind == "Person" and p.country == country}
            holder = next(iter(ministers.values())) if len(ministers) == 1 and citizens <= set(ministers) else None
            # (only when no other man of that country is in the story: a minister we know by another title may be meant)
        if holder is None and country and not past and not acting and not many:
            holder = office_holder(self.lx, country, role, self.ctx.date,
                                   lambda r: canonical_role(r) == canonical_role(role))
            if holder is not None:
                holder = self.ctx.add(holder)
        if holder is not None and gender == "f" and holder.gender == "m":
            holder = None     # "سفيرة روسيا لدى هولندا" is not the (male) ambassador named before
        if holder is not None and i < len(toks) and toks[i].norm in ("لدي", "في") and self._known(sent, i + 1) is not None:
            holder = None     # a posting ("… لدى هولندا") names another holder of the same title
        if holder is not None:
            return Mention(sent.index, start, i, holder, "title")
        label = " ".join(t.text for t in toks[start:i])
        owner = country or (org.key if org else "")
        office = Entity("Office", f"{owner}_{role.replace(' ', '_')}", label, role, (), country=country,
                        role=role, gender=gender)
        return Mention(sent.index, start, i, self.ctx.add(office), "office")

    def _body_nationality(self, toks: list[Token], i: int) -> tuple[int, str] | None:
        """(end, country) of the nationality that closes an unknown body's name
        ("منظمة الطاقة الذرية الإيرانية"): within four plain words, no punctuation."""
        for k in range(i, min(i + 4, len(toks))):
            nis = nisba_at(toks, k, self.lx)
            if nis:
                return nis[0], nis[1]
            if not toks[k].text.isalpha() or self.lx.is_function(toks[k].norm) or toks[k].norm in self.lx.verbs:
                return None
        return None

    def _spokesman_of(self, sent: Sentence, start: int, j: int, person: Entity) -> bool:
        """"المتحدث باسم الرئيس الفلسطيني محمود عباس" names whom the spokesman speaks
        for: a known holder of the title after باسم. ("المتحدث باسم الرئيس الروسي دميتري
        بيسكوف" names the spokesman himself.)"""
        b = next((x for x in range(start, j) if sent.tokens[x].norm in _ON_BEHALF), None)
        if b is None or person.key not in self.lx.people or not person.role:
            return False
        inner = self._parse_title(sent, b + 1, [], None) if longest_phrase(sent.tokens, b + 1, self.lx.titles) else None
        return inner is not None and canonical_role(inner[1]) == canonical_role(person.role)

    def _name_then_title(self, sent: Sentence, i: int, found: list[Mention], last_person: Entity | None) -> Mention | None:
        """"هشام مروة، نائب رئيس الائتلاف …": a name, a comma, then its title."""
        toks, lx = sent.tokens, self.lx
        if not _is_name_token(toks[i], lx):
            return None
        # "انتقدت تشوي سون هوي نائبة وزير خارجية كوريا الشمالية": right after a verb no comma is needed
        after_verb = i > 0 and (toks[i - 1].norm in lx.verbs or toks[i - 1].norm[1:] in lx.verbs)
        if i > 1 and lx.is_function(toks[i - 1].norm, "honorific") and (toks[i - 2].norm in lx.verbs or toks[i - 2].norm[1:] in lx.verbs):
            after_verb = True     # "وقال الدكتور حازم الناصر وزير المياه والري الأردني"
        # "خلال لقائه رياض ياسين وزير الخارجية اليمني": after a meeting word the title follows the name at once
        after_meeting = i > 0 and (toks[i - 1].norm in _MEETING or toks[i - 1].norm.lstrip("و") in _MEETING)
        if i > 0 and lx.is_function(toks[i - 1].norm, "preposition") and not after_meeting:
            return None       # "في قصر الصخير، الجنرال …": a place, then the next guest's title
        if not after_verb and not after_meeting and not any(t.text in ("،", ",") for t in toks[i + 2:i + 5]):
            return None
        end = _name_span(toks, i, lx)
        if end - i < 2 or end >= len(toks) - 1 or not _looks_like_name(toks[i:end], lx) or lx.names.has_single(toks[i].norm) \
                or toks[i].norm.startswith("وال") or (is_pronoun_preposition(toks[i].norm) and toks[i].norm not in lx.given_names) \
                or any(toks[q].norm in _PRONOUNS and not (q and toks[q - 1].text in _HYPHENS) for q in range(i, end)):
            return None       # ("والثانية هي سمانثا باور، سفيرة …": "and the second is", then the name; not "يو إيون-هي";
            #                   "أشار إليه بحزن الأمين العام": "to it", then how and who)
        comma = toks[end].text in ("،", ",")
        if not comma and not after_verb and not after_meeting:
            return None
        if not comma and all(lx.person_share.get(t.norm) == "0" for t in toks[i:end]):
            return None       # "توقع تداعيات قرار الرئيس الأميركي": words news never uses in names, with no comma
            #                   to set a name apart from its title ("لام فول قبريال، نائب المتحدث" is one)
        parsed = self._parse_title(sent, end + (1 if comma else 0), found, last_person)
        if parsed is None:
            return None
        t_end, role, gender, country, org, _ = parsed
        if any(t.norm in _PAST for t in toks[end:t_end]):
            role = "former " + canonical_role(role)     # "هيلي ثورنينغ شميت الرئيسة السابقة لحكومة الدانمارك"
        label = " ".join(t.text for t in toks[i:end])
        if _joined_waw(toks[i].norm, lx):
            label = label[1:]     # "…، ونايف البكري، محافظ عدن": and Nayef al-Bakri
        person = self._curated_person(label) or Entity(
            "Person", normalize_phrase(label).replace(" ", "_"), label, "", (), country=country or (speaks_for(org) if org else ""),
            role=role, gender="f" if gender == "f" else "m")
        return Mention(sent.index, i, t_end, self.ctx.add(person), "name-title")

    def _given_name(self, sent: Sentence, i: int) -> Mention | None:
        """A known given name followed by more name words, with no title:
        "محمد بن راشد", "غيث الطراونة". Less sure than a titled name, so it
        needs two words and an unambiguous first name."""
        toks, lx = sent.tokens, self.lx
        first = toks[i].norm
        if first[:1] == "ل" and first[1:] in lx.given_names and i and lx.in_class(toks[i - 1].norm, "medium") \
                and first[1:] not in _AMBIGUOUS_GIVEN:
            first = first[1:]     # "في مقابلة لمايك هاكابي": whose interview it was
        introduced = i >= 2 and toks[i - 1].norm in lx.nisba and toks[i - 2].norm.startswith("ال")
        if first not in lx.given_names or (first in _AMBIGUOUS_GIVEN and not introduced) or i + 1 >= len(toks):
            return None
        if i and (toks[i - 1].norm in lx.titles or lx.is_function(toks[i - 1].norm, "preposition")
                  and toks[i - 1].norm in _ON_BEHALF):
            return None
        if first in lx.function_words.get("preposition", ()) and (toks[i].text[-1:] == "ى" or (
                toks[i + 1].norm.startswith("ال") and not (self.ctx.maqsura and toks[i].text[-1:] == "ي"))):
            return None       # "علي" is also "على" typed with a dotted yeh: "اتفقا علي التواصل" (not where the
            #                   article writes "على" with ى: "ويقول علي الشهابي")
        end = _name_span(toks, i, lx)
        if end - i < 2:
            return None
        label = " ".join(t.text for t in toks[i:end])
        if first != toks[i].norm:
            label = label[1:]     # without the preposition
        person = self._curated_person(label) or Entity("Person", normalize_phrase(label).replace(" ", "_"), label,
                                                       gender="m")
        return Mention(sent.index, i, end, self.ctx.add(person), "given-name")

    def _curated_person(self, label: str) -> Entity | None:
        """The listed person a full name names, spelled as listed or with other long vowels
        ("مولود تشاوش أوغلو" for "مولود تشاووش أوغلو"): the same first word, the others alike."""
        words = normalize_phrase(label).split()
        loose = None
        for words_, (how, ent) in self.lx.names.candidates(words[0]) if words else []:
            if ent.kind != "Person" or len(words_) != len(words):
                continue
            if list(words_) == words:
                return ent
            if len(words) >= 2 and all(a == b or (_consonants(a) == _consonants(b)
                                                  and not (a in self.lx.given_names and b in self.lx.given_names))
                                           for a, b in zip(words_[1:], words[1:])):
                loose = loose or ent      # (Arabic names differ by a vowel: "سليمان" is not "سلمان")
        if loose is not None:
            loose = self.ctx.add(loose)
            self.ctx.add_spelling(loose, label)
        return loose

    # -- gazetteer and names met before --------------------------------------------------------
    def _family_name(self, toks: list[Token], i: int, sentence: int) -> Mention | None:
        """"وقال كيم إن", "ورحب مون بكيم": a Korean or Chinese family name alone is the man the article
        named by it first; not when another name part stands next to it ("كيم كاي-غوان", "ديون كيم"), where a
        definite noun ("كيم الولايات المتحدة") or a present verb ("يذكر كيم") is none."""
        if not self.ctx.family_names:
            return None       # (this runs on every word no name index knows: most articles name no Korean or Chinese)
        word = next((s for s in stems(toks[i].norm) if s in self.ctx.family_names), None)
        if word is None:
            return None
        if i + 2 < len(toks) and toks[i + 2].text in _HYPHENS:
            return None       # "كيم أو-كييوم": a hyphenated given name follows
        for j in (i - 1, i + 1):
            if 0 <= j < len(toks) and toks[j].text.isalpha() and _is_name_word(toks[j], self.lx) \
                    and not toks[j].norm.startswith("ال") and not toks[j].norm[1:].startswith("ال") \
                    and not (j < i and toks[j].norm[:1] in "يت" and len(toks[j].norm) >= 4) \
                    and not self.lx.is_function(toks[j].norm) and toks[j].norm not in self.lx.verbs \
                    and not self.lx.is_function(toks[j].norm[1:]) and toks[j].norm not in self.lx.titles \
                    and toks[j].norm[2:] not in self.lx.titles:
                return None
        return Mention(sentence, i, i + 1, self.ctx.add(self.ctx.family_names[word]), "name")

    def _known(self, sent: Sentence, i: int) -> Mention | None:
        toks = sent.tokens
        best = None
        gaz = longest_phrase(toks, i, self.lx.names)
        if gaz:
            end, (how, ent) = gaz
            best = (end, ent, how)
        local = longest_phrase(toks, i, self.ctx.names)
        if local and local[0] == i + 1 and best is None and (family := self._family_name(toks, i, sent.index)) is not None:
            return family     # "كيم" after "كيم جونغ أون" and "سونج كيم": the family name first
        if local and (best is None or local[0] > best[0] or (local[0] == best[0] and best[1].kind != "Person")):
            best = (local[0], local[1], "name")
        if best is None:
            ent = self.ctx.skeletons.get(skeleton(toks[i].norm)) if _is_name_word(toks[i], self.lx) else None
            if ent is not None:
                return Mention(sent.index, i, i + 1, ent, "surname-variant")     # "نيكولسون" after "جون نيكلسون"
            return self._family_name(toks, i, sent.index)
        end, ent, how = best
        if end == i + 1 and toks[i].norm in self.lx.ambiguous_names and i and _indefinite_noun(toks[i - 1], self.lx):
            return None       # "دعم مالي وسياسي": the adjective, not the country
        if ent.kind == "Person" and _through_article(toks[i].norm, ent):
            return None       # "القلق المؤدي إلى": a definite adjective, not ال + "مودي"
        if ent.kind == "Country" and ent.key == "Oman" and end == i + 1 and "Jordan" in self.lx.countries \
                and "عمان" in stems(toks[i].norm) \
                and self.ctx.country_counts["Jordan"] > self.ctx.country_counts["Oman"] \
                and not (i and toks[i - 1].norm == "سلطنه"):
            ent, how = self.lx.countries["Jordan"], "capital"     # "في عمان" in a Jordan story is Amman
        if ent.kind in ("Person", "Organisation"):
            ent = self.ctx.add(ent)
            if how == "gazetteer":      # (a body too: "المفوضية العليا للأمم المتحدة للاجئين" for UNHCR)
                written = " ".join(t.text for t in toks[i:end])
                first = toks[i].norm
                clitic = first[:1] in "وفبلك" and any(normalize_phrase(a).startswith(first[1:])
                                                       for a in (ent.label_ar, *ent.aliases))     # "بلافروف" is ب + لافروف
                if not clitic and normalize_phrase(written) not in normalize_phrase(ent.label_ar) and written not in ent.spellings:
                    ent.spellings += (written,)      # "فاسيلي نيبنزيا": the article's spelling of "فاسيلي نيبينزيا"
            if ent.kind == "Organisation" and ent.role == "media" and (nis := nisba_at(toks, end, self.lx)):
                end = nis[0]          # "صحيفة لوموند الفرنسية": the outlet's nationality is part of its name
        return Mention(sent.index, i, end, ent, how)

    def _named_body(self, sent: Sentence, i: int) -> Mention | None:
        """A body not in the gazetteer, named by a head noun and what follows
        it: "مكتب العلاقات العامة للقوات المسلحة الباكستانية" (up to its
        nationality), "وكالة أنباء دوجان" (a head and one or two name words)."""
        toks, lx = sent.tokens, self.lx
        hit = longest_phrase(toks, i, lx.org_heads)
        if not hit or (i and toks[i - 1].norm in lx.titles):
            return None
        end, (speaks, kind, quoted_only) = hit
        if (end - i > 1 or quoted_only) and toks[i].norm.startswith(("ال", "وال", "فال", "بال", "لل", "وبال", "ولل")):
            return None       # "وأكدت الوكالة أنباء مقتل جنود", "بالوكالة": a definite noun heads no name ("وكالة أنباء دوجان")
        j, country = end, ""
        if (kind in ("media", "party") or quoted_only) and end + 2 < len(toks) and toks[end].text in ('"', "«", "“"):
            # "صحيفة "نيويورك تايمز"", "حزب "ساينوري" الحاكم": the quoted name, then perhaps its nationality
            close = next((k for k in range(end + 1, min(end + 7, len(toks))) if toks[k].text in ('"', "»", "”")), None)
            if close is not None and close > end + 1 and all(is_arabic(t.norm) or t.text.isalnum() for t in toks[end + 1:close]):
                nis = nisba_at(toks, close + 1, lx)
                head = toks[i].text[1:] if toks[i].norm[:1] in "لب" and toks[i].norm[1:] in (stems(toks[i].norm)) else toks[i].text
                label = " ".join([head] + [t.text for t in toks[i + 1:end] + toks[end + 1:close]])
                listed = longest_phrase(toks, end + 1, lx.names)
                if listed is not None and listed[0] == close and listed[1][1].kind == "Organisation":
                    # "صحيفة "واشنطن بوست"": the quoted name is a listed outlet or party
                    return Mention(sent.index, i, nis[0] if nis else close + 1, self.ctx.add(listed[1][1]), "gazetteer")
                ent = Entity("Organisation", normalize_phrase(label).replace(" ", "_"), label, "", (),
                             country=nis[1] if nis and speaks else "", role=kind)
                return Mention(sent.index, i, nis[0] if nis else close + 1, self.ctx.add(ent), "named-body")
        if quoted_only:
            return None       # "في موقع الحادث": without a quoted name the head is a common noun
        while j < len(toks) and j - end < 6:
            nis = nisba_at(toks, j, lx)
            if nis and j > end:
                country, j = nis[1], nis[0]
                break
            t = toks[j]
            if t.norm in ("العام", "العامه") and j > end:
                j += 1        # "وزارة الأمن العام الصينية": an adjective here, not the year
                continue
            if t.text in _STOP_PUNCT_NAMES or lx.is_function(t.norm) or t.norm in lx.verbs or not is_arabic(t.norm) \
                    or (t.norm[:1] in "وف" and t.norm[1:] in lx.verbs):
                break
            j += 1
        if not country:
            paper = kind == "media" and not toks[i].norm.startswith(("ال", "وال")) and 1 <= j - end <= 2 \
                and all(t.norm.startswith("ال") and t.text.isalpha() and not lx.is_function(t.norm) for t in toks[end:j])
            # ("صحيفة الحياة", "صحيفة الشرق الأوسط": after an indefinite head, the definite words are its name)
            said = j < len(toks) and (toks[j].norm in lx.verbs or lx.is_function(toks[j].norm, "complementizer")
                                      or toks[j].text in ("،", ",", ":"))
            longest = 3 if said and not paper else 2      # "صحيفة وال ستريت جورنال قالت", "صحيفة نيويورك دايلي نيوز:"
            if kind != "media" or j - end < 1 or j - end > longest or (any(t.norm.startswith("ال") for t in toks[end:j]) and not paper):
                return None       # without a nationality only "وكالة أنباء دوجان"-like names count
        label = " ".join(t.text for t in toks[i:j])
        if toks[i].norm[:1] == "و" and not known_word(toks[i].norm, lx):
            label = label[1:]     # "وصحيفة الحياة": the conjunction is not the name's
        ent = Entity("Organisation", normalize_phrase(label).replace(" ", "_"), label, "", (),
                     country=country if speaks else "", role=kind if kind != "office" else "")
        return Mention(sent.index, i, j, self.ctx.add(ent), "named-body")

    # -- "الخارجية الروسية", "الحكومة السورية" ----------------------------------------------------
    def _institution(self, sent: Sentence, i: int) -> Mention | None:
        toks = sent.tokens
        hit = longest_phrase(toks, i, self.lx.institutions)
        if not hit:
            return None
        end, inst = hit
        country, stop = "", end
        nis = nisba_at(toks, end, self.lx)
        written = ""
        if nis:
            country, stop = nis[1], nis[0]
            head = normalize_phrase(" ".join(t.text for t in toks[i:end]))
            if normalize_phrase(inst.label_ar) in (head, head[1:]):
                written = " ".join(t.text for t in toks[end:stop])     # "الأمريكية" or "الأميركية", as this article spells it
        else:
            sub = self._known(sent, end) if end < len(toks) else None
            if sub and sub.entity.kind == "Country" and sub.how == "gazetteer":
                country, stop = sub.entity.key, sub.end
            elif sub and sub.entity.kind == "Person" and inst.key in _MISSIONS and sub.entity.country:
                country, stop = sub.entity.country, sub.end    # "سفارة خادم الحرمين الشريفين": the king's embassy
            elif inst.key in _RULERS and end + 1 < len(toks) and toks[end].norm == "في" \
                    and (at := self._known(sent, end + 1)) is not None and at.entity.kind == "Country" and at.how != "nisba":
                country, stop = at.entity.key, at.end      # "السلطات في بكين", "النظام في دمشق": the state's own rulers
            elif end + 1 < len(toks) and toks[end].norm.startswith("و"):
                # "الحكومة والشرطة البريطانية": two bodies share one nationality
                nxt = longest_phrase([Token(toks[end].text[1:], toks[end].norm[1:], 0, 0), *toks[end + 1:]], 0,
                               self.lx.institutions)
                nis = nisba_at(toks, end + nxt[0], self.lx) if nxt else None
                if nis:
                    country = nis[1]
        if not country:
            # "وزارة الخارجية" with no nationality: the one this article has already named, if only one
            named = {e.country or e.key.rsplit("_", 1)[0] for e in self.ctx.entities.values()
                     if e.kind == "Organisation" and e.role == inst.key and e.key.endswith("_" + inst.key)}
            if len(named) == 1 and (toks[i].norm.startswith(("ال", "وال")) or stop > i + 1):
                country = named.pop()
        if not country or country not in self.lx.countries:
            return None
        ent = self.ctx.add(institution_entity(self.lx, inst, country, written))
        phrase = " ".join(t.text for t in toks[i:stop])[1:] if toks[i].norm[:1] == "و" and not known_word(toks[i].norm, self.lx) \
            else " ".join(t.text for t in toks[i:stop])
        if stop > end and normalize_phrase(phrase) not in normalize_phrase(ent.label_ar) and phrase not in ent.spellings \
                and not toks[i].norm[:1] in "بلك":
            ent.spellings += (phrase,)     # "التلفزيون الإسرائيلي", "النظام السوري": as this article names the body
        return Mention(sent.index, i, stop, ent, "institution")

    # -- anonymous sources, joint subjects ------------------------------------------------------
    def _speaker_kind(self, toks: list[Token], i: int) -> tuple[int, str, str]:
        """(end, kind, gender) of a speaker word or phrase at token i (kind "" if none)."""
        phrase = longest_phrase(toks, i, self.lx.speaker_phrases)
        if phrase:
            end, (kind, gender) = phrase
            return end, kind, gender
        word = next((s for s in stems(toks[i].norm) if s in self.lx.speaker_words), None)
        if word is None and toks[i].norm.endswith("ا") and toks[i].norm[:-1] in self.lx.speaker_words \
                and self.lx.speaker_words[toks[i].norm[:-1]][0] == "anonymous":
            word = toks[i].norm[:-1]      # "لكن مسؤولا كبيرا في حماس": the accusative after لكن/إن
        return (i + 1, *self.lx.speaker_words[word]) if word else (i + 1, "", "")

    def _speaker_word(self, sent: Sentence, i: int) -> Mention | None:
        toks, lx = sent.tokens, self.lx
        end, kind, gender = self._speaker_kind(toks, i)
        if not kind:
            return None
        if kind == "joint":
            return Mention(sent.index, i, end, Entity("Group", "joint", toks[i].text, "both sides", gender="p"), "joint")
        if kind == "pair":       # "الكوريتان": the two states the word itself names
            return Mention(sent.index, i, end, self._pair(toks, i, i, end), "joint")
        if kind == "joint3":     # one node per article: which three countries depends on the article
            ent = Entity("Group", f"{self.ctx.article_key}-three", " ".join(t.text for t in toks[i:end]),
                         "the three parties", role="joint3", gender="p")
            return Mention(sent.index, i, end, self.ctx.add(ent), "joint")
        if kind == "own":      # "بلاده": whoever speaks, their country
            return Mention(sent.index, i, end, Entity("Group", "own", toks[i].text, "own country", gender=gender), "own")
        if kind == "leaders":
            return self._leaders(sent.index, toks, i, end)
        if kind != "anonymous":
            return None
        if lx.in_class(toks[i].norm.lstrip("وف").removeprefix("ل"), "document") and end < len(toks) \
                and (by := self._known(sent, end) or self._institution(sent, end)) is not None \
                and by.entity.kind in ("Organisation", "Office") and by.how != "nisba":
            return None       # "تقرير لمجلس الشيوخ", "تقرير منظمة العفو": the body whose report it is speaks
        country, described = "", 0
        j = end
        while j < len(toks) and j - end < 2:     # "مسؤول أميركي", "مصادر دبلوماسية روسية"
            nis = nisba_at(toks, j, lx)
            if nis:
                country, j = nis[1], nis[0]
                break
            if toks[j].norm.startswith("ال") or not is_arabic(toks[j].norm) or lx.is_function(toks[j].norm):
                break
            j += 1
        construct = (self._known(sent, end) or self._institution(sent, end)) \
            if not country and end == i + 1 < len(toks) and not toks[i].norm.lstrip("وف").startswith(("ال", "بال", "لل")) else None
        if construct is not None and construct.entity.kind == "Organisation" and construct.how != "nisba":
            # "مراسل وكالة الأنباء الفرنسية", "مراسلة بي بي سي": a construct names whose reporter
            j, country = construct.end, speaks_for(construct.entity)
        elif not country:
            j = end
            while j < len(toks) and j - end < 2 and _adjective(toks[j]) and not lx.is_function(toks[j].norm):
                j += 1     # "مصدر خليجي", "مسؤول كبير"
            if j == end and j + 1 < len(toks) and _indefinite_noun(toks[j], lx) and toks[j].norm not in lx.speaker_words \
                    and toks[j].norm not in _ON_BEHALF and toks[j].norm[:1] not in "بلك" \
                    and toks[j + 1].norm.startswith("ال") and toks[j + 1].text.isalpha() and not lx.is_function(toks[j + 1].norm) \
                    and not nisba_at(toks, j + 1, lx) and self._known(sent, j) is None and self._known(sent, j + 1) is None:
                described = j + 2     # "قوات خفر السواحل", "مسؤولون رفيعو المستوى": a construct says what kind of source
            elif j == end and j < len(toks) and (toks[i].norm.lstrip("وف").endswith("و") or toks[i].norm.lstrip("وف") in _GROUPS
                                                 or lx.speaker_words.get(toks[i].norm.lstrip("وف"), ("", ""))[1] == "p") \
                    and not (i and toks[i - 1].norm in lx.titles) \
                    and toks[j].norm.startswith("ال") \
                    and toks[j].text.isalpha() and not lx.is_function(toks[j].norm) and not nisba_at(toks, j, lx) \
                    and self._known(sent, j) is None:
                described = j + 1     # "مسؤولو الاستخبارات", "منظمات الإغاثة الدولية", "قوات التحالف", "نشطاء المعارضة": the construct
                #                       names what kind (not after a title: "قائد قوات الباسيج الإيرانية" is the man's office)
                while described < len(toks) and described - j < 3 and toks[described].norm.startswith("ال") \
                        and toks[described].norm.endswith(("يه", "ي")) and not lx.is_function(toks[described].norm) \
                        and not self._known(sent, described):
                    nis = nisba_at(toks, described, lx)
                    if nis:       # "قوات الأمن الإسرائيلية": whose
                        country, described = nis[1], nis[0]
                        break
                    described += 1
            if j + 1 < len(toks) and toks[j].norm == "من":
                sub = self._known(sent, j + 1)
                if sub is not None and sub.entity.kind == "Country" and sub.how == "gazetteer":
                    country, j = sub.entity.key, sub.end      # "مسؤولة من كوريا الشمالية"
        if j == end and toks[i].norm.endswith("و") and j < len(toks):
            owner = self._known(sent, j)      # "مسؤولو البيت الأبيض": a construct names whose officials
            if owner is not None and owner.entity.kind in ("Organisation", "Country") and owner.how != "nisba":
                j = owner.end
                country = speaks_for(owner.entity) or (owner.entity.key if owner.entity.kind == "Country" else "")
        if gender == "p" and j == end and j < len(toks) and toks[j].text.isalpha() and not toks[j].norm.startswith("ال") \
                and toks[j].norm.endswith(("ون", "ين")) and len(toks[j].norm) > 4 and not lx.is_function(toks[j].norm) \
                and toks[j].norm not in lx.verbs and toks[j].norm not in lx.speaker_words and self._known(sent, j) is None:
            j += 1        # "نواب محافظون", "دبلوماسيون غربيون": the plural's adjective says which
        j, country = self._anonymous_affiliation(toks, j, country)
        while j < len(toks) and j - end < 3 and toks[j].norm.startswith("ال") and toks[j].norm.endswith(("يه", "ي")) \
                and not lx.is_function(toks[j].norm) and not self._known(sent, j):
            j += 1        # "بعض الدول الأوروبية", "مصادر دبلوماسية غربية": the group's description
        if i and toks[i - 1].norm in ("احد", "احدي") and toks[i].norm.startswith("ال"):
            i -= 1        # "أحد المصادر": one of them
        if toks[i].norm.lstrip("وف") in _GROUPS:
            j = max(j, described)     # "منظمات حقوق الإنسان": no name follows a group of bodies; the construct is its end
        label = " ".join(t.text for t in toks[i:max(j, described)])     # (the construct names it, but is not where
        # the subject ends: "مسؤول عمليات الاغاثة في الأمم المتحدة ستيفن اوبراين" is the man)
        if toks[i].norm[:1] in "لب" and toks[i].norm[1:] in lx.speaker_words and toks[i].text[:1] in "لب":
            label = label[1:]      # "وفقا لمراسل الوكالة": the source, without the preposition
        self.ctx.anon_count += 1
        ent = Entity("Anonymous", f"{self.ctx.article_key}-source-{self.ctx.anon_count}", label, "anonymous source",
                     country=country, gender="f" if gender == "f" else "p" if gender == "p" and lx.in_class(
                         toks[i].norm.lstrip("وفبل").removeprefix("ال"), "sources") else "m", anonymous=True)
        prev = toks[i - 1].norm if i else ""
        if not toks[i].norm.startswith("ال") and (prev == "عن" or prev in lx.verbs or prev[1:] in lx.verbs):
            self.ctx.last_source = ent      # "نقل الإعلام الرسمي عن مصدر في وزارة الخارجية" (not "فلاح مصطفى مسؤول دائرة …")
        return Mention(sent.index, i, j, ent, "anon")

    def _anonymous_affiliation(self, toks: list[Token], j: int, country: str) -> tuple[int, str]:
        """"مسؤول كبير في الإدارة الأمريكية", "مصدر مطلع بالخارجية الروسية": the
        rank and the body the source belongs to are part of its description."""
        lx = self.lx
        while j < len(toks) and toks[j].norm in _RANKS:
            j += 1
        if j + 1 < len(toks) and toks[j].norm in _ON_BEHALF:
            # "متحدث باسم الرئيس الفلسطيني", "مصدر باسم الخارجية الروسية"
            sent = Sentence(0, "", toks)
            sub = self._known(sent, j + 1) or self._institution(sent, j + 1)
            inner = self._parse_title(sent, j + 1, [], None) if sub is None and longest_phrase(toks, j + 1, lx.titles) else None
            if sub is not None:
                return sub.end, country or speaks_for(sub.entity) or (sub.entity.key if sub.entity.kind == "Country" else "")
            if inner is not None:
                return inner[0], country or inner[3] or (speaks_for(inner[4]) if inner[4] else "")
            if toks[j + 1].norm.startswith("ال") and toks[j + 1].norm not in lx.nisba:
                return j + 2, country          # "المتحدث باسم المهمة": a body we do not know
            if _body_noun(toks[j + 1]):
                k = j + 2     # "متحدث باسم وزارة الدفاع": a body named without its country
                while k < len(toks) and k - j <= 3 and toks[k].norm.startswith(("ال", "وال")) and not lx.is_function(toks[k].norm):
                    k += 1
                if k > j + 2:
                    return k, country
        if j + 1 < len(toks) and toks[j].norm[:1] == "ل" and len(toks[j].norm) > 3 and not toks[j].norm.startswith("لل"):
            # "تقرير لصحيفة يديعوت أحرونوت الإسرائيلية": whose report it is
            bare = [Token(toks[j].text[1:], toks[j].norm[1:], toks[j].start, toks[j].end), *toks[j + 1:]]
            body = self._named_body(Sentence(0, "", bare), 0) or self._known(Sentence(0, "", bare), 0)
            if body is not None and body.entity.kind == "Organisation":
                return j + body.end, country
        if j + 1 < len(toks) and toks[j].norm == "في":
            body = self._known(Sentence(0, "", toks), j + 1)
            if body is not None and body.entity.kind == "Organisation":
                # "مسؤول كبير في حماس": the source belongs to a body we know
                return body.end, country or speaks_for(body.entity)
        bare_body = toks[j].norm[1:] if j < len(toks) and toks[j].norm[:1] == "ب" else ""
        if j + 1 < len(toks) and (toks[j].norm == "في" or toks[j].norm.startswith("بال")
                                  or bare_body in _BODY_HEADS or lx.in_class(bare_body, "body")):
            # ("مسؤول بوزارة الخارجية الأمريكية", "مصدر بحزب المخلوع علي عبد الله صالح")
            k = j + 1 if toks[j].norm == "في" else j
            if k < len(toks) and (toks[k].norm.startswith(("ال", "بال")) or toks[k].norm in _BODY_HEADS
                                  or lx.in_class(toks[k].norm, "body") or k == j):
                end = k + 1
                sent = Sentence(0, "", toks)
                while end < len(toks) and end - k < 4 and not lx.is_function(toks[end].norm):
                    named = None if toks[end].norm.startswith("ال") else self._known(sent, end)
                    if named is not None and named.entity.kind in ("Person", "Country") and named.how != "nisba":
                        end = named.end       # "مسؤول في حملة ترامب الانتخابية": the body's owner
                        continue
                    if not toks[end].norm.startswith("ال"):
                        break
                    nis = nisba_at(toks, end, lx)
                    end = nis[0] if nis else end + 1
                    if nis:
                        country = country or nis[1]
                        break
                if country or end - k >= 2 or (toks[k].norm.startswith("ال") and (
                        toks[k].norm in lx.institutions or lx.in_class(toks[k].norm[2:], "body"))):
                    return end, country       # ("مصادر في التحالف": one word that names a body)
        return j, country

    def _state_by_nationality(self, sent: Sentence, i: int) -> Mention | None:
        """"الدولة الروسية", "الدولة التركية": the state itself, named by its nationality."""
        toks = sent.tokens
        if "الدوله" not in stems(toks[i].norm) or i + 1 >= len(toks):
            return None
        nis = nisba_at(toks, i + 1, self.lx)
        return Mention(sent.index, i, nis[0], self.lx.countries[nis[1]], "gazetteer") if nis else None

    def _bare_nisba(self, sent: Sentence, i: int, found: list[Mention] | None = None) -> Mention | None:
        toks = sent.tokens
        nis = nisba_at(toks, i, self.lx)
        if not nis and toks[i].norm.startswith("وال") and len(toks[i].norm) > 4:
            nis = nisba_at([Token(toks[i].text[1:], toks[i].norm[1:], 0, 0)], 0, self.lx)
            nis = (i + 1, nis[1]) if nis else None
        if not nis or not toks[i].norm.startswith(("ال", "وال")):
            return None
        # "بمشاركة وزير الري المصري حسام مغازي، والسوداني معتز موسى": the title is
        # understood from the person listed before (not "الأمريكية والفرنسية والبريطانية عدداً": more nationalities)
        prev = next((m.entity for m in reversed(found or []) if m.entity.kind == "Person" and m.entity.role), None)
        end = _name_span(toks, nis[0], self.lx)
        if prev is not None and nis[0] == i + 1 and end - nis[0] >= 2 and _looks_like_name(toks[nis[0]:end], self.lx) \
                and not toks[nis[0]].text.startswith(("ال", "وال")) \
                and (i == 0 or toks[i - 1].text in ("،", ",") or toks[i].norm.startswith("وال")):
            label = " ".join(t.text for t in toks[nis[0]:end])
            person = self._curated_person(label) or Entity(
                "Person", normalize_phrase(label).replace(" ", "_"), label, "", (), country=nis[1], role=prev.role,
                gender="m")
            return Mention(sent.index, i, end, self.ctx.add(person), "listed-nisba")
        if not toks[i].norm.startswith("ال"):
            return None
        return Mention(sent.index, i, nis[0], self.lx.countries[nis[1]], "nisba")


_RANKS = {normalize_phrase(w) for w in ("كبير", "كبيرة", "رفيع", "رفيعة", "بارز", "بارزة", "المستوى", "مطلع", "مطلعة",
                                        "مقرب", "مقربة", "آخر", "أخرى", "ثان", "ثانية", "كبيرا", "رفيعا", "بارزا",
                                        "مطلعا", "مقربا", "آخرا")}


def institution_entity(lx: Lexicon, inst: Institution, country: str, written: str = "") -> Entity:
    """One node per (country, institution): "الحكومة السورية" = Syria's government.
    `written`: the nationality as the article spells it, for the label."""
    c = lx.countries[country]
    masc = lx.nisba_of.get(country) or [""]
    adj = written if written and is_arabic(normalize_phrase(written)) else " ".join(
        w + ("ة" if inst.gender == "f" and w.endswith("ي") else "") for w in masc[0].split())    # "الكورية الشمالية"
    label = f"{inst.label_ar} {adj}".strip()
    en = f"{c.label_en} {inst.label_en}".strip()
    return Entity("Organisation", f"{country}_{inst.key}", label, en, (), country=country if inst.speaks_for else "",
                  gender=inst.gender, role=inst.key)
