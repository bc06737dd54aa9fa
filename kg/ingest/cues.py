"""Stance cues: the words that state a position ("تأييد", "رفض", "دعا إلى").

Matching strips clitics and pronoun suffixes; a few readings are ruled out
here because they are never positions (a definite verbal noun without its
preposition names a thing: "تدعم المعارضة").
"""
from __future__ import annotations

from kg.ingest.arabic import stems, strip_suffix
from kg.ingest.lexicon import Lexicon, StanceCue
from kg.records import Token

OPEN_QUOTES = {"«", '"', "“", "("}
CLOSE_QUOTES = {"»", '"', "”", ")"}


def cue_at(toks: list[Token], i: int, lx: Lexicon) -> tuple[int, StanceCue] | None:
    """A stance cue starting at token i, with clitics and pronoun suffixes stripped."""
    word = toks[i].norm
    readings = stems(word)
    if word[:2] == "وس" and word[2:3] in ("ي", "ت", "ن") and len(word) > 4:
        readings += (word[2:],)     # "دعمت وستدعم", "وقفت وستقف إلى جانب": and-will + the present
    for stem in readings:
        clitic = word[: len(word) - len(stem)] if word.endswith(stem) else ""
        for form in strip_suffix(stem):
            if form != stem and stem[len(form):] == "ي":
                continue      # "أيدي" is hands, not "أيد"
            for words, cue in lx.cues.candidates(form):
                if form != stem and cue.kind != "accusation" and verb_form(form):
                    continue  # "يريده": the verb's object is a pronoun, its target unknown
                if "ب" in clitic and i and lx.in_class(toks[i - 1].norm.removeprefix("و"), "received_backing"):
                    return None   # "هجوم يحظى بمساندة تركيا": backing someone enjoys, no position of the speaker's
                if cue.verb and (any(c in clitic for c in "بك") or ("ل" in clitic and form[:1] not in "يتنا")):
                    continue  # "وبحثا" (and they discussed) is not ب + "حثا" (they urged): a verb takes no ب/ك,
                    #           and ل only before the present ("لتدعم": in order to support)
                n = len(words)
                if n == 1 and lx.is_function(toks[i].norm) and any(c in cue.form for c in "أإآ") \
                        and not any(c in toks[i].text for c in "أإآ"):
                    continue  # "هنا" (here) is not "هنأ" (congratulated) without its hamza
                if n == 1 and cue.form[:1] in "أإ" and _other_hamza(cue.form[0]) in toks[i].text \
                        and cue.form[0] not in toks[i].text:
                    continue  # "الأحياء" (the districts) is not "إحياء" (reviving)
                if all(i + k < len(toks) and toks[i + k].norm == words[k] for k in range(1, n)):
                    if cue.kind == "blame" and not responsibility_in(toks, i + n, i + n + 5, lx):
                        continue          # "حمل أسلحة", "حملة": carrying, not holding responsible
                    if cue.near and not any(t.norm == cue.prep for t in toks[i + n:i + n + 10]):
                        continue          # "هنأ الملك رئيس بلغاريا بذكرى اليوم الوطني": ceremony, no position
                    if cue.kind == "levelled":
                        if not any(lx.in_class(w, "levelling") for t in toks[max(0, i - 6):i]
                                   for w in (t.norm, t.norm[1:], t.norm[2:])):
                            continue      # "واجه انتقادات واسعة": criticism received, "انتقادات الغرب": someone else's
                        cue = StanceCue(cue.form, cue.polarity, "cue", cue.prep, cue.verb, cue.clause, levelled=True)
                    return i + n, cue
    return None


def responsibility_in(toks: list[Token], start: int, end: int, lx: Lexicon) -> bool:
    """The word of responsibility, with its clitics, in toks[start:end]: what makes حمّل
    "hold responsible" ("حملت بريطانيا روسيا المسؤولية") and not "carry"."""
    return any(lx.in_class(w, "responsibility") for t in toks[start:end] for w in stems(t.norm.strip('"«')))


def _other_hamza(c: str) -> str:
    return "إ" if c == "أ" else "أ"


def verb_form(word: str) -> bool:
    """A finite verb form as listed in the cue lexicon: present tense
    (يدعم، تؤيد، ندعو) or feminine past (رفضت، دعت)."""
    w = word[1:] if word[:1] in "وف" and len(word) > 4 else word
    if w.endswith("ه") or (w[:1] == "ت" and len(w) >= 5 and w[-2] == "ي"):
        return False      # "تأييد", "تسوية": verbal nouns
    return w[:1] in "يتن" or w.endswith("ت")


def present_cue_person(word: str, lx: Lexicon) -> str:
    """"ي", "ت" or "ن" when the word ("ونرفض", "تدعم", "سندعم") is the present tense of a cue verb
    (he/she/we): a new predicate, never a noun in a phrase; "" otherwise."""
    w = word[1:] if word[:1] in "وف" and len(word) > 4 else word
    w = w[1:] if w[:1] == "س" and len(w) > 4 and w[1:2] in ("ي", "ت", "ن") else w
    if w[:1] not in ("ي", "ت", "ن") or len(w) < 3 or w.endswith("ه") or (w[:1] == "ت" and w[-2] == "ي"):
        return ""
    return w[0] if any(words[0] == "ي" + w[1:] for words, _ in lx.cues.candidates("ي" + w[1:])) else ""    # ("نقف مع")


def skip_cue_adjective(toks: list[Token], j: int, end: int, cue: StanceCue) -> int:
    """"دعوات غربية لوقف …": the cue noun's adjective sits before its preposition. After
    criticism levelled ("وجه انتقادات حادة لألمانيا", "… لاذعة إلى حلفائه") any indefinite
    adjective may, and إلى stands for ل."""
    if cue.levelled and j + 1 < end and toks[j].norm in ("الي", "نحو", "ضد"):
        return j + 1      # "وجهت أصابع الاتهام إلى موسكو", "… نحو الجيش الإسرائيلي"
    k = j
    while cue.prep and k + 1 < end and k - j < 2 and not toks[k].norm.startswith("ال") and toks[k].text.isalpha() \
            and not (k > j and _opens(toks[k].norm, cue)) \
            and (nisba_like(toks[k].norm) or (cue.levelled and toks[k].norm.endswith(("ه", "ا")) and len(toks[k].norm) > 3)):
        k += 1
    if k == j:
        return j
    nxt = toks[k].norm
    if _opens(nxt, cue):
        return k
    if cue.levelled and cue.prep == "ل" and nxt == "الي":
        return k + 1
    return j


def _opens(w: str, cue: StanceCue) -> bool:
    """The word is the cue's preposition, or carries it."""
    return w == cue.prep or (cue.prep in ("ب", "ل") and w[:1] == cue.prep) or (cue.prep == "الي" and w[:1] == "ل")


def past_quote(toks: list[Token], i: int, cue_end: int, end: int) -> int:
    """After a cue word, past its closing quote if the word is quoted ("رفض" بلاده)."""
    quoted = cue_end < end and toks[cue_end].text in CLOSE_QUOTES and i and toks[i - 1].text in OPEN_QUOTES
    return cue_end + 1 if quoted else cue_end


def definite_noun_not_cue(toks: list[Token], i: int, hit: tuple[int, StanceCue], end: int) -> bool:
    """"تدعم المعارضة في سورية": a definite verbal noun without the
    preposition it governs names a thing (the opposition), not a position
    ("معارضة التدخل", "المعارضة للتدخل" do state one)."""
    cue_end, cue = hit
    w = toks[i].norm
    if not cue.prep or cue.kind != "cue" or hit[0] != i + 1 or not (w.startswith(("ال", "لل")) or w[1:3] in ("ال", "لل")):
        return False
    cue_end = past_quote(toks, i, cue_end, end)     # "عن "الأسف" لإلغاء القمة"
    if cue_end >= end:
        return True
    nxt = toks[cue_end].norm
    if nxt in ("الذي", "التي"):
        return False      # "الدعم الذي تقدمه طهران لدمشق": whose it is follows in the relative clause
    return not (nxt == cue.prep or (cue.prep in ("ب", "ل") and nxt[:1] == cue.prep))


def adjective_like(word: str) -> bool:
    return word.endswith(("ي", "يه", "يين", "يان")) and len(word) > 3


def nisba_like(word: str) -> bool:
    return adjective_like(word) or word in ("الدولي", "الدوليه")
