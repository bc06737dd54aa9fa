"""Derive positions: country – supports/opposes – issue.

Within each statement (its verb and its claim) a stance cue ("تأييد",
"رفض", "دعا إلى", "مكافحة") states a position on the noun phrase after it.
Cues chain ("أهمية منع تكرار الضربات" = support × oppose = oppose) and a
negator before a cue flips it. The holder is the claim's own subject when it
has one ("أن الجانبين أكدا…", "لدى روسيا وأميركا موقف…", "تأييد روسيا لـ…"),
else the speaker; people, offices and institutions roll up to the country
they speak for, and "both sides" stands for the article's two main countries.
Targets are canonicalised: a known actor, a known issue, or the phrase.
"""
from __future__ import annotations


from kg.ingest.arabic import is_pronoun_preposition, normalize_phrase, stems, strip_suffix
from kg.ingest.entities import NON_STATE, ArticleContext
from kg.ingest.lexicon import Lexicon, StanceCue  # noqa: F401
from kg.records import Entity, Mention, Sentence, Stance, Statement, Token

_STOP_PUNCT = {"،", ",", ".", "؛", ";", ":", "«", "»", '"', "“", "”", "(", ")", "؟", "?", "!", "-", "–", "—", "/"}
_MAX_TARGET = 10
_OPEN_QUOTES = {"«", '"', "“", "("}
_CLOSE_QUOTES = {"»", '"', "”", ")"}
_HOLDER_KINDS = {"Country", "Person", "Organisation", "Office", "Group", "Anonymous"}
_ANY = {normalize_phrase(w) for w in ("أي", "أية")}
_VAGUE = {normalize_phrase(w) for w in ("بعض", "أحد", "إحدى", "مثل", "نحو", "غير", "ذات")}
_EVALUATION_FILLERS = {normalize_phrase(w) for w in ("أن", "يتم", "يكون", "تكون", "تتم", "نعمل", "على")}
_POSSESSIVE = {normalize_phrase(w) for w in ("لدى", "عند")}          # "لدى روسيا موقف": the country has the position


def cue_at(toks: list[Token], i: int, lx: Lexicon) -> tuple[int, StanceCue] | None:
    """A stance cue starting at token i, with clitics and pronoun suffixes stripped."""
    for stem in stems(toks[i].norm):
        for form in strip_suffix(stem):
            if form != stem and stem[len(form):] == "ي":
                continue      # "أيدي" is hands, not "أيد"
            for words, cue in lx.cues.candidates(form):
                if form != stem and cue.kind != "accusation" and _verb_form(form):
                    continue  # "يريده": the verb's object is a pronoun, its target unknown
                n = len(words)
                if all(i + k < len(toks) and toks[i + k].norm == words[k] for k in range(1, n)):
                    return i + n, cue
    return None


_ATTACHED = {"في", "مع"}
_STILL = {"زال", "زالت", "يزال", "تزال", "نزال", "يزالون", "زالوا", "برح", "يبرح", "فتئ", "يفتا"}


def _place(tok: Token, lx: Lexicon) -> bool:
    """A one-word country or capital name ("سوريا", "إيران", "دمشق")."""
    return any(how in ("gazetteer", "capital") and ent.kind == "Country" and len(words) == 1
               for words, (how, ent) in lx.names.candidates(tok.norm))


def _verb_form(word: str) -> bool:
    """A finite verb form as listed in the cue lexicon: present tense
    (يدعم، تؤيد، ندعو) or feminine past (رفضت، دعت)."""
    w = word[1:] if word[:1] in "وف" and len(word) > 4 else word
    if w.endswith("ه") or (w[:1] == "ت" and len(w) >= 5 and w[-2] == "ي"):
        return False      # "تأييد", "تسوية": verbal nouns
    return w[:1] in "يتن" or w.endswith("ت")


def _is_stop(tok: Token, lx: Lexicon, first: bool = False, shared_head: bool = False) -> bool:
    """Where a target phrase ends. `first`: the phrase's first word, which
    is never a coordinator's conjunct ("وحدة اليمن", "وقف إطلاق النار")."""
    w = tok.norm
    if tok.text in _STOP_PUNCT or not w.strip():
        return True
    if lx.is_function(w, "preposition", "conjunction", "relative", "complementizer", "negator"):
        return w not in ("ب", "ل")
    if w in lx.verbs or (w[:1] in "وف" and w[1:] in lx.verbs):
        return True
    if w.startswith("و") and len(w) > 3 and not first and not shared_head and not _known_word(w, lx):
        return True      # "و" + word: a coordinated phrase or a new clause starts
    if w[:1] in "وف" and lx.is_function(w[1:]):
        return True      # "ولن", "فإن"
    return False


def _known_word(w: str, lx: Lexicon) -> bool:
    """A word whose و is part of it (واشنطن, وزارة, وكالة), known from the lexicons."""
    return w in lx.names or w in lx.institutions or w in lx.titles or w in lx.nisba


def _target_span(toks: list[Token], i: int, end: int, lx: Lexicon) -> tuple[int, int]:
    """The noun phrase a cue points at: up to a clause boundary, a
    preposition, a verb, or the next cue (which states its own position)."""
    while i < end and (toks[i].text in ("«", '"', "“") or toks[i].norm in _ANY):
        i += 1       # "دعت إلى "تحقيق شامل"", "ترفض أي ضربات جديدة"
    j = i
    while j < end and j - i < _MAX_TARGET:
        if j > i and toks[j].text in _OPEN_QUOTES and (toks[j].text != '"' or sum(t.text == '"' for t in toks[:j]) % 2 == 0):
            # "سحب "جميع القوات الأجنبية"": a quoted complement belongs to the phrase
            q = next((q for q in range(j + 1, min(j + 9, len(toks))) if toks[q].text in _CLOSE_QUOTES), None)
            if q is not None and q > j + 1:
                j = q + 1
            break
        # "محاكمة ومعاقبة مصدري الأوامر": two bare heads share one complement
        shared = j == i + 1 and not toks[i].norm.startswith("ال") and not toks[j].norm.startswith("وال") \
            and not _adjective_like(toks[i].norm)
        if _is_stop(toks[j], lx, first=j == i, shared_head=shared):
            # "المعارضة في سوريا", "التعاون مع إيران": a place or partner belongs to the phrase
            if j > i and toks[j].norm in _ATTACHED and j + 1 < end and _place(toks[j + 1], lx):
                j += 2
                continue
            break
        inner = cue_at(toks, j, lx) if j > i and not (shared and toks[j].norm.startswith("و")) else None
        if inner and not _definite_noun_not_cue(toks, j, inner, end):
            if j <= i + 1:
                return i, i    # "هدفنا المشترك مكافحة …": the inner cue states it
            break
        j += 1
    if j == i + 1 and j + 1 < end and toks[j].norm in ("علي", "عن", "من", "الي") and toks[i].norm.startswith("ال"):
        k, j = j + 1, j + 1      # "الحفاظ على وحدة سوريا", "التخلص من الاحتلال": a verbal noun takes its complement
        while j < end and j - k < 4 and not _is_stop(toks[j], lx):
            j += 1
    while j > i and (toks[j - 1].norm in ("ب", "ل", "ال")
                     or (lx.is_function(toks[j - 1].norm) and not lx.is_function(toks[j - 1].norm, "honorific_pronoun", "stop"))
                     or (j - 1 > i and toks[j - 1].text.endswith(("اً", "ًا")))):
        j -= 1       # trailing function words and adverbs with tanween ("المفاوضات يوماً")
    if j <= i:
        return i, i
    if any(lx.is_function(st, "demonstrative") for t in toks[i:j] for st in stems(t.norm)):
        return i, i       # "هذه الخلافات": anaphoric, says nothing out of context
    if j - i == 1 and _adjective_like(toks[i].norm) and (
            not toks[i].norm.endswith("يه") or (i and toks[i - 1].norm.endswith("ه"))):
        return i, i       # "المشترك", "(الإدانة) الدولية" alone are not targets; "(دعم) الشرعية" is
    first = toks[i].norm
    pronoun_prep = not toks[i].text.startswith("آ") and (
        any(lx.is_function(x) for x in strip_suffix(first)[1:]) or is_pronoun_preposition(first))
    if pronoun_prep or (first[:1] == "ي" and len(first) > 3):
        return i, i       # "فيها", "منها" (pronouns) and "يرحل" (a verb) are not targets
    if j - i > 1 and not first.startswith("ال") and first.endswith(("ها", "هم", "هما", "كم")) and len(first) > 4 \
            and first not in lx.names:
        return i, i       # "أسبابها بوصفها خطرا": what "its causes" are lies outside the phrase
    if first in _VAGUE or first in lx.nisba or lx.is_function(first, "honorific", "adverb"):
        return i, i       # "أي حل", "بعض الأطراف"; an adjective is never the head of a phrase
    return i, j


_FIGHTERS = {normalize_phrase(w) for w in ("مقاتلو", "مقاتلي", "عناصر", "مسلحو", "مسلحي", "قوات", "ميليشيات", "أنصار", "طائرات")}


def _perpetrator(toks: list[Token], e: int, end: int, mentions: list[Mention], lx: Lexicon) -> Entity | None:
    """The actor of a relative clause right after a target: "الهجمات التي
    نفذها مقاتلو حزب العمال", "الجرائم التي يرتكبها النظام"."""
    if e + 2 >= end or not lx.is_function(toks[e].norm, "relative") or toks[e].norm in ("ما", "من"):
        return None
    k = e + 2                           # the relative, then its verb
    if k < end and toks[k].norm in _FIGHTERS:
        k += 1
    m = next((m for m in mentions if m.start == k and m.entity.kind in ("Country", "Organisation", "Person")
              and m.how != "nisba"), None)
    return m.entity if m is not None else None


_CONTRAST = {normalize_phrase(w) for w in ("وليس", "وليست", "لا", "وليس")}


def _contrast(toks: list[Token], e: int, end: int, mentions: list[Mention], ctx: ArticleContext) -> Entity | None:
    """"X، وليس Y" after a cue's target: the cue's opposite holds for Y."""
    lx = ctx.lx
    for k in range(e, min(end - 1, e + 25)):
        if toks[k].text in (".", "؛", ";", "؟", "?") or (k > e and cue_at(toks, k, lx) and toks[k - 1].text not in ("،", ",")):
            return None
        if toks[k].norm in _CONTRAST and k and toks[k - 1].text in ("،", ",") and not cue_at(toks, k + 1, lx):
            s, t = _target_span(toks, k + 1, end, lx)
            if t > s:
                # "اللجوء لاستخدام القوة": the named issue may start after a light noun
                return canonical_target(toks, s, t, mentions, ctx)
            return None
    return None


def _skip_cue_adjective(toks: list[Token], j: int, end: int, cue: StanceCue) -> int:
    """"دعوات غربية لوقف …": the cue noun's adjective sits before its preposition."""
    if cue.prep and j + 1 < end and _nisba_like(toks[j].norm) and not toks[j].norm.startswith("ال") \
            and (toks[j + 1].norm == cue.prep or (cue.prep in ("ب", "ل") and toks[j + 1].norm[:1] == cue.prep)
                 or (cue.prep == "الي" and toks[j + 1].norm[:1] == "ل")):
        return j + 1
    return j


def _issue_at(toks: list[Token], i: int, lx: Lexicon) -> bool:
    """A known issue of two or more words starts at token i ("وقف إطلاق النار")."""
    for first in {_strip_clitic_of_first(toks[i].norm, lx), *stems(toks[i].norm)}:
        for n in range(2, 6):
            if i + n > len(toks):
                break
            if " ".join([first] + [t.norm for t in toks[i + 1:i + n]]) in lx.issue_phrases:
                return True
    return False


_COPULAS = {normalize_phrase(w) for w in (
    "هو", "هي", "يعد", "تعد", "يعتبر", "تعتبر", "يمثل", "تمثل", "يشكل", "تشكل", "امر", "أمرا", "أمر", "بات", "باتت",
    "أصبح", "أصبحت", "يبقى", "تبقى", "كان", "كانت", "سيكون", "ستكون", "يكون", "تكون", "يظل", "تظل", "مجرد",
    "بمثابة", "يبدو", "تبدو", "عمل", "عملا", "خطوة", "قرار", "قرارا", "للغاية", "جدا", "تماما", "حقا", "فعلا")}
_MEDIA = {normalize_phrase(w) for w in ("تويتر", "بيان", "تغريدة", "تصريح", "تصريحات", "مؤتمر", "كلمة", "حسابه", "حسابها",
                                        "مقابلة", "رسالة", "اتصال", "لقاء", "بيانها", "بيانه")}
_CLASSIFY = {normalize_phrase(w) for w in ("تصنف", "يصنف", "صنفت", "صنف", "تعتبر", "يعتبر", "اعتبرت", "نعتبر", "تعد", "يعد",
                                           "تعدّ", "وصفت", "وصف", "تصف", "يصف", "ترى", "يرى", "نرى")}
_MODALS = {normalize_phrase(w) for w in ("يجب", "ينبغي", "لا", "بد", "من", "أن", "عليه", "عليها", "وعليه", "أن")}
_BACK_POINTERS = {normalize_phrase(w) for w in ("بأنه", "بأنها", "بأنهم", "بكونه", "بكونها")}
_OBLIGATION = {normalize_phrase(w) for w in ("عليها", "عليه", "عليهم", "عليهما", "بإمكانها", "بإمكانه", "بوسعها", "بوسعه",
                                              "مطالبة", "مطالب", "مدعوة", "مدعو", "ملزمة", "ملزم", "مقصرة", "مقصر",
                                              "تهاونت", "تهاون", "فشلت", "فشل", "عجزت", "عجز")}
_FEMININE_SUBJECT = {normalize_phrase(w) for w in ("أنها", "إنها", "بأنها", "وأنها", "وإنها", "لأنها", "كونها")}
_VAGUE_SUBJECTS = {normalize_phrase(w) for w in ("الأمر", "الأمور", "الموضوع", "الوضع", "الشيء", "ذلك", "هذا", "هذه")}


def _mention_ends(mentions: list[Mention], k: int) -> bool:
    return any(m.end == k for m in mentions)


def _definite_then_bare(toks: list[Token], s: int, e: int, mentions: list[Mention], lx: Lexicon) -> bool:
    """A definite word followed by a bare (indefinite, unnamed) one: in a
    noun phrase a definite word is never followed by an indefinite noun, so
    the bare word is a verb or starts another clause."""
    inside = {x for m in mentions for x in range(m.start, m.end)}
    ends = {m.end for m in mentions}
    for x in range(s + 1, e):
        prev, w = toks[x - 1].norm, toks[x].norm
        if (prev.startswith("ال") or x in ends) and x not in inside and not w.startswith(("ال", "لل", "بال", "وال")) \
                and not lx.is_function(w) and toks[x].text not in _STOP_PUNCT and not w.isdigit():
            return True
    return False


def _verb_like(w: str, lx: Lexicon) -> bool:
    """A present-tense or future verb form ("يراد", "ستتخذ"), or a reporting verb."""
    bare = w[1:] if w[:1] in "وف" and len(w) > 3 else w
    if bare in lx.verbs or w in lx.names:
        return False if w in lx.names else True
    if bare.endswith("ه"):
        return False      # "سياسة", "سيادة": nouns
    return (bare[:1] == "ي" and len(bare) > 3) or (bare[:2] in ("ست", "سي", "سن") and len(bare) > 4)


def _evaluation_at(toks: list[Token], i: int, lx: Lexicon):
    """An evaluative predicate starting at token i: (end, Evaluation)."""
    w = toks[i].norm
    for words, ev in lx.evaluations.candidates(w):
        n = len(words)
        if all(i + k < len(toks) and toks[i + k].norm == words[k] for k in range(1, n)):
            return i + n, ev
    return None


def _subject_span(toks: list[Token], k: int, lo: int, lx: Lexicon) -> tuple[int, int]:
    """The subject phrase ending before token k: from the nearest
    complementizer, punctuation or verb; a relative clause is dropped, its
    head kept ("الحريق الذي نشب في …" → "الحريق")."""
    rel = next((r for r in range(k - 1, max(lo, k - 9) - 1, -1) if lx.is_function(toks[r].norm, "relative")
                and toks[r].norm not in ("ما", "من")), None)
    if rel is not None and not any(toks[x].text in _STOP_PUNCT for x in range(rel, k)):
        k = rel           # "الحريق الذي نشب في …": the head before the relative clause
    j = k
    while j > lo:
        t = toks[j - 1]
        w = t.norm
        bare = w[1:] if w[:1] in "وف" and len(w) > 2 else w
        if t.text in _STOP_PUNCT or lx.is_function(w, "complementizer", "negator", "demonstrative") or bare in _CLASSIFY \
                or lx.is_function(bare, "complementizer", "demonstrative") \
                or w in lx.verbs or bare in lx.verbs or (bare in ("علي", "علىه") or w in ("علي", "وعلي")):
            break
        if j - 1 > lo and lx.is_function(w, "preposition") and j == k:
            break      # the phrase cannot end in a preposition
        j -= 1
    while j < k and (lx.is_function(toks[j].norm, "preposition", "conjunction", "time", "adverb")
                     and toks[j].norm not in ("ب", "ل")):
        j += 1
    if j < k and toks[j].norm[:1] in "يتن" and len(toks[j].norm) > 3 and toks[j].norm not in lx.names \
            and not toks[j].norm.startswith("تل"):
        return k, k    # a verb, not a noun phrase
    return j, k


def _definite_noun_not_cue(toks: list[Token], i: int, hit: tuple[int, StanceCue], end: int) -> bool:
    """"تدعم المعارضة في سورية": a definite verbal noun without the
    preposition it governs names a thing (the opposition), not a position
    ("معارضة التدخل", "المعارضة للتدخل" do state one)."""
    cue_end, cue = hit
    w = toks[i].norm
    if not cue.prep or cue.kind != "cue" or hit[0] != i + 1 or not (w.startswith("ال") or w[1:3] == "ال"):
        return False
    if cue_end >= end:
        return True
    nxt = toks[cue_end].norm
    return not (nxt == cue.prep or (cue.prep in ("ب", "ل") and nxt[:1] == cue.prep))


def _conjuncts(toks: list[Token], e: int, end: int, cue: StanceCue, lx: Lexicon, limit: int = 4) -> list[tuple[int, int]]:
    """Further targets coordinated with the first: "حرص على وحدة اليمن
    وسلامة أراضيه واحترام سيادته", "دعا إلى الحوار وإلى وقف النار". A
    conjunct that is itself a cue ("ودعم الشرعية") states its own position."""
    out: list[tuple[int, int]] = []
    while len(out) < limit:
        k = e + (1 if e < end and toks[e].text in ("،", ",") else 0)
        if k >= end or not toks[k].norm.startswith("و"):
            break
        if cue.prep and toks[k].norm == "و" + cue.prep:
            s2, e2 = _target_span(toks, k + 1, end, lx)
        elif k == e and _noun_conjunct(toks[k].norm[1:], lx) and not cue_at(toks, k, lx) and not _nisba_like(toks[k].norm[1:]):
            # after a comma "و" + noun more often starts a new clause
            s2, e2 = _target_span(toks, k, end, lx)
        else:
            break
        if e2 <= s2:
            break
        out.append((s2, e2))
        e = e2
    return out


def _noun_conjunct(w: str, lx: Lexicon) -> bool:
    """A noun after "و": definite ("والسيادة"), or a verbal noun of a common
    pattern (احترام، استكمال، تعزيز، سلامة). Verbs and function words are not."""
    if len(w) < 4 or w in lx.verbs or lx.is_function(w):
        return False
    if w.startswith("ال"):
        return True
    return (w.endswith("ه") and w[:1] not in "يتن") or (w[0] == "ا" and w[-2] == "ا") or (w[0] == "ت" and w[-2] == "ي")


def _adjective_like(word: str) -> bool:
    return word.endswith(("ي", "يه", "يين", "يان")) and len(word) > 3


def _nisba_like(word: str) -> bool:
    return _adjective_like(word) or word in ("الدولي", "الدوليه")


def canonical_target(toks: list[Token], s: int, e: int, mentions: list[Mention], ctx: ArticleContext,
                     conjunct: bool = False) -> Entity | None:
    """A known actor, a known issue, or a new issue named by the phrase.
    A `conjunct` ("وسلامة أراضيه") is named without its "و"."""
    lx = ctx.lx
    if conjunct and toks[s].norm.startswith("و") and toks[s].text.startswith("و"):
        first = toks[s]
        toks = list(toks)
        toks[s] = Token(first.text[1:], first.norm[1:], first.start + 1, first.end)
    m = next((m for m in mentions if m.start == s), None)
    if m and m.entity.kind in ("Person", "Country", "Organisation") and m.how != "nisba":
        # "للحكومة السورية بتخطيط …": the actor, then a new prepositional phrase
        if m.end >= e or all(_nisba_like(t.norm) for t in toks[m.end:e]) or toks[m.end].norm[:1] in "بل":
            return m.entity
    quoted = [t for t in toks[s + 1:e] if t.text not in _OPEN_QUOTES | _CLOSE_QUOTES]
    words = [_strip_clitic_of_first(toks[s].norm, lx)] + [t.norm for t in quoted]
    firsts = [words[0]] + [x for x in stems(toks[s].norm)[1:] if x != words[0] and len(x) >= 3]
    for n in range(len(words), 0, -1):
        hit = next((h for h in (" ".join([f] + words[1:n]) for f in firsts) if h in lx.issue_phrases), None)
        head = hit or " ".join(words[:n])
        # the issue itself, with adjectives ("الإرهاب الدولي"), or a specific two-word name
        # with more after it ("الاتفاق النووي الموقع مع إيران", "وقف إطلاق النار في عفرين")
        if head in lx.issue_phrases and (n >= 2 or all(_nisba_like(w) for w in words[n:])):
            return lx.issues[lx.issue_phrases[head]]
    text = " ".join([_display_without_clitic(toks[s].text, toks[s].norm, words[0])] + [t.text for t in quoted])
    if e - s == 1 and not words[0].startswith("ال"):
        return None    # "تطبيقه", "سحب": a bare verbal noun says nothing on its own
    key = "_".join(words[:6])
    if len(key) < 3:
        return None
    return Entity("Issue", key, text)


def _display_without_clitic(orig: str, norm: str, stripped: str) -> str:
    """The written form of a word without the clitic `stripped` dropped."""
    if stripped == norm or len(orig) != len(norm):
        return orig if stripped == norm else stripped
    if norm.startswith("لل") and stripped.startswith("ال"):
        return "ال" + orig[2:]
    return orig[len(norm) - len(stripped):]


def _strip_clitic_of_first(word: str, lx: Lexicon) -> str:
    """"للأسد" → "الاسد", "بالاتفاق" → "الاتفاق": a target starts after its preposition."""
    cands = stems(word)
    for c in cands[1:]:
        if c.startswith("ال") and word[:1] in "بلوفك":
            return c
    if word[:1] in "بل" and len(cands) > 1 and len(cands[1]) >= 4 and word not in lx.names:
        return cands[1]     # "لتطبيق" → "تطبيق", but "بذل" stays "بذل"
    return word


class StanceFinder:
    def __init__(self, ctx: ArticleContext):
        self.ctx = ctx
        self.lx = ctx.lx

    def narrative(self, sent: Sentence, mentions: list[Mention], covered: set[int],
                  current: Entity | None = None) -> list[Stance]:
        """Positions stated by the narrator, not quoted: "تركيا التي تدعم قوات
        المعارضة", "وتساند ميليشيات إيرانية قوات الحكومة". Only a cue verb with
        its actor subject right before or after it counts."""
        toks, lx = sent.tokens, self.lx
        out: list[Stance] = []
        for i, tok in enumerate(toks):
            if i in covered:
                continue
            hit = cue_at(toks, i, lx)
            if not hit or hit[1].kind not in ("cue", "sever"):
                continue
            possessor = self._possessor(toks, i, hit, mentions)
            if possessor is not None:
                # "روسيا تجدد دعمها للأسد", "جددت روسيا رفضها للضربات": the actor of the light verb owns the position
                pseudo = Statement(sent.index, possessor.entity, tok.text, sent.text, "indirect", "narrative", 0.7,
                                   sent.text, verb_index=i, claim_start=i, claim_end=len(toks))
                for x in self._holder_fixed(self.from_statement(None, pseudo, sent, mentions, i, only_at=i), possessor.entity):
                    x.confidence, x.rule = min(x.confidence, 0.65), "narrative-possessive-" + x.rule
                    out.append(x)
                continue
            if not _verb_form(tok.norm):
                # "رفض السراج انتقادات …", "دعا أبو مازن إلى …": a past verb (or a
                # verbal noun, "رفض روسيا لـ…") counts with its actor right after it
                after = next((m for m in mentions if m.start == hit[0] and m.entity.kind in _HOLDER_KINDS
                              and m.how != "nisba" and not (toks[m.start].norm[:1] in "بلك" and toks[m.start].norm not in lx.names)), None)
                bare = tok.norm[1:] if tok.norm[:1] in "وف" and tok.norm[1:] == hit[1].form_norm else tok.norm
                if after is None or bare != hit[1].form_norm or (i and cue_at(toks, i - 1, lx)):
                    continue      # "دعمها للأسد": a noun with its possessor, not a verb
            subj = next((m for m in mentions if m.end == i and m.entity.kind in _HOLDER_KINDS and m.how != "nisba"), None)
            if subj is None and i >= 1 and lx.is_function(toks[i - 1].norm, "relative"):
                subj = next((m for m in mentions if m.end == i - 1 and m.entity.kind in _HOLDER_KINDS), None)
            after = None
            if subj is None:
                after = next((m for m in mentions if m.start == hit[0] and m.entity.kind in _HOLDER_KINDS), None)
                subj = after
            holder = subj.entity if subj is not None else None
            if holder is None and current is not None and tok.norm[:1] == "و" and i and toks[i - 1].text in ("،", ","):
                holder = current       # "…، وتمسك بضرورة دحر …": the sentence's speaker goes on
            if holder is None:
                continue
            pseudo = Statement(sent.index, holder, tok.text, sent.text, "indirect", "narrative", 0.7, sent.text,
                               verb_index=i, claim_start=i, claim_end=len(toks))
            found = self.from_statement(None, pseudo, sent, mentions, i, only_at=i)
            conf = 0.6 if subj is None else 0.7
            for x in found:
                x.confidence = min(x.confidence, conf)
            for x in found:
                x.rule = "narrative-" + x.rule
            out.extend(found)
        return out

    def _possessor(self, toks: list[Token], i: int, hit: tuple[int, StanceCue], mentions: list[Mention]) -> Mention | None:
        """The actor of "X يجدد دعمه" / "جدد X دعمه": a cue noun carrying a
        possessive pronoun right after a verb whose subject is an actor."""
        w = toks[i].norm
        if hit[0] != i + 1 or not w.endswith(("ها", "ه", "هم", "هما")) or w.startswith("ال") \
                or hit[1].form_norm == w or hit[1].form_norm.endswith("ه"):
            return None
        before = next((m for m in mentions if m.end == i and m.entity.kind in _HOLDER_KINDS and m.how != "nisba"), None)
        if before is not None and before.start >= 1 and not toks[before.start - 1].norm.startswith("ال") and toks[before.start - 1].text not in _STOP_PUNCT:
            return before       # "جددت روسيا دعمها"
        if i >= 2 and not toks[i - 1].norm.startswith("ال") and toks[i - 1].text not in _STOP_PUNCT \
                and not self.lx.is_function(toks[i - 1].norm):
            return next((m for m in mentions if m.end == i - 1 and m.entity.kind in _HOLDER_KINDS and m.how != "nisba"), None)
        return None

    def _holder_fixed(self, found: list[Stance], holder: Entity) -> list[Stance]:
        keys = {c.key for c in self._roll_up(holder)}
        return [x for x in found if x.holder.key in keys]

    def from_statement(self, idx: int | None, st: Statement, sent: Sentence, mentions: list[Mention], verb_index: int,
                       only_at: int | None = None) -> list[Stance]:
        toks, lx = sent.tokens, self.lx
        out: list[Stance] = []
        consumed: set[int] = set()
        target_end = 0          # end of the last target (with its conjuncts)
        i = verb_index
        end = st.claim_end
        while i < end:
            if only_at is not None and i != only_at:
                break
            if i in consumed:
                i += 1
                continue
            hit = cue_at(toks, i, lx)
            if not hit or _definite_noun_not_cue(toks, i, hit, end) or (hit[1].kind == "cue" and _issue_at(toks, i, lx)) \
                    or any(m.start < i < m.end and m.entity.kind in ("Organisation", "Office") for m in mentions):
                i += 1        # ("تحالف دعم الشرعية": a cue inside a name says nothing)
                continue
            cue_end, cue = hit
            cue_start = i
            if cue.kind == "link":      # "تنفيذ", "إجراء": only inside a chain
                i = cue_end
                continue
            if cue.kind == "accusation":
                out.extend(self._accusation(idx, st, sent, mentions, i, cue))
                i = cue_end
                continue
            if cue.kind == "against" and self._inside_other_cue(toks, i, st.claim_start):
                i = cue_end
                continue      # "الدعوات إلى السماح للإرهابيين بالتقدم ضد …": part of what the other cue is about
            if cue.kind == "sever":
                out.extend(self._severance(idx, st, sent, mentions, i, cue_end, cue, end))
                i = cue_end
                continue
            polarity = 1 if cue.polarity == "support" else -1
            if self._negated(toks, i):
                polarity = -polarity
            base_polarity = polarity
            holder_m = None
            j = cue_end
            # evaluation phrases: "من المهم أن يتم X"
            if cue.kind == "evaluation":
                while j < end and toks[j].norm in _EVALUATION_FILLERS:
                    j += 1
            # the mention right after a cue: the holder ("تأييد روسيا للأسد") or the target
            m = next((m for m in mentions if m.start == j and m.entity.kind in _HOLDER_KINDS), None)
            if m and cue.prep in ("ب", "ل") and _verb_form(toks[i].norm) and m.end < end \
                    and toks[m.end].norm[:1] == cue.prep and len(toks[m.end].norm) > 3 and m.entity.key != st.speaker.key \
                    and m.entity.kind in ("Country", "Organisation", "Person"):
                # "واتهمت فرنسا بإعطاء معلومات كاذبة": a finite verb's object, then what it is accused of
                for h in self._holders(st, sent, mentions, cue_end - 1, None):
                    if h.key != m.entity.key and h.key != m.entity.country:
                        out.append(Stance(h, "support" if polarity > 0 else "oppose", m.entity, toks[i].text, sent.index,
                                          f"cue-object:{cue.form}", round(st.confidence * 0.8, 2), idx))
                i = cue_end
                continue
            if m and (m.entity.key in (st.speaker.key, "own")
                      or (m.end < end and toks[m.end].norm[:1] in "لب" and m.entity.kind == "Country")):
                holder_m, j = m, m.end
                while True:       # "رفض المغرب وتونس وألبانيا استقبال …": the coordinated holders come first
                    nxt = next((x for x in mentions if x.start == j and toks[j].norm.startswith("و")
                                and x.entity.kind in _HOLDER_KINDS), None)
                    if nxt is None:
                        break
                    j = nxt.end
            if not cue.prep and cue.kind == "cue" and j < end and _adjective_like(toks[j].norm) \
                    and not toks[j].norm.startswith("ال") and not any(m.start == j for m in mentions):
                i = cue_end
                continue      # "أهمية إستراتيجية": the cue noun with its adjective, not a position
            j = self._skip_adverbs(toks, j, end)      # "اتفقتا أيضا على", "رفضه بشكل قطعي"
            j = _skip_cue_adjective(toks, j, end, cue)
            if cue.prep and j < end and toks[j].norm == cue.prep:
                j += 1
            elif cue.prep in ("ب", "ل") and j + 2 < end and toks[j].norm in _ATTACHED and _place(toks[j + 1], lx) \
                    and toks[j + 2].norm[:1] == cue.prep:
                j += 2        # "رحبنا في موسكو باحتمال عقد …": where, then what
            elif cue.prep and cue.prep not in ("ب", "ل"):
                # "دعا الدول الأوروبية إلى ممارسة …": the addressee, then what is called for
                k = next((k for k in range(j, min(j + 6, end)) if toks[k].norm == cue.prep), None)
                if k is not None and not any(t.text in _STOP_PUNCT and t.text not in ("،", ",") for t in toks[j:k]):
                    j = k + 1
            frame_start = i if cue.kind == "frame" else None
            chained = False
            # chains: the phrase begins with another cue
            while j < end and frame_start is None:
                inner = cue_at(toks, j, lx)
                if not inner or inner[1].kind in ("sever", "against", "accusation") \
                        or _definite_noun_not_cue(toks, j, inner, end) or (inner[1].kind == "cue" and _issue_at(toks, j, lx)):
                    break       # "إلى وقف إطلاق النار": a named issue, not a chain; "من انسحاب أمريكا": an act with its own actor
                consumed.add(j)
                if inner[1].kind == "frame":        # the frame word is part of the target
                    frame_start = j
                    break
                polarity *= 1 if inner[1].polarity == "support" else -1
                chained = True
                j = inner[0]
                j = _skip_cue_adjective(toks, j, end, inner[1])
                if inner[1].prep and j < end and toks[j].norm == inner[1].prep:
                    j += 1
            s, e = _target_span(toks, j if frame_start is None else frame_start, end, lx)
            if frame_start is not None and (e <= frame_start + 1 or _adjective_like(toks[frame_start + 1].norm)):
                e = s            # a frame word with nothing (or only an adjective) after it: "مواجهة نووية"
            if e > s and e + 1 < end and toks[e].text in ("،", ",") and any(
                    m.end == e and m.start > s and m.entity.kind == "Person" for m in mentions):
                s2, e2 = _target_span(toks, e + 1, end, lx)    # "مقترح نظيره التركي أردوغان، إعلان هدنة": the appositive says what
                if e2 > s2 and not any(m.start == s2 for m in mentions):
                    e = e2
            cue_text = " ".join(t.text for t in toks[i:cue_end])
            i = cue_end
            if e <= s or lx.is_function(toks[s].norm, "demonstrative", "relative"):
                continue
            targets = [canonical_target(toks, s, e, mentions, self.ctx)]
            if frame_start is not None and s + 1 < e:
                obj = canonical_target(toks, s + 1, e, mentions, self.ctx)
                if obj is not None and obj.kind in ("Country", "Person", "Organisation"):
                    targets, polarity = [obj], -polarity     # fighting/confronting an actor = opposing it
            if not chained and frame_start is None and cue_start >= target_end:
                # "حرص على وحدة اليمن وسلامة أراضيه"; after a chain or a frame, or for a
                # cue inside an earlier target, the conjunct may attach at either level
                spans = _conjuncts(toks, e, end, cue, lx)
                targets.extend(canonical_target(toks, s2, e2, mentions, self.ctx, conjunct=True) for s2, e2 in spans)
                e = max([e] + [e2 for _, e2 in spans])
            target_end = max(target_end, e)
            if polarity < 0:
                perpetrator = _perpetrator(toks, e, end, mentions, lx)
                if perpetrator is not None:
                    targets.append(perpetrator)     # "دان الهجمات التي نفذها مقاتلو حزب العمال": opposes who did it
            contrast = _contrast(toks, e, end, mentions, self.ctx) if not chained else None
            holders = self._holders(st, sent, mentions, cue_end - 1, holder_m)
            if contrast is not None:      # "الأهم مكافحة داعش …، وليس اللجوء لاستخدام القوة"
                for h in holders:
                    out.append(Stance(h, "oppose" if base_polarity > 0 else "support", contrast, cue_text, sent.index,
                                      f"contrast:{cue.form}", round(st.confidence * 0.75, 2), idx))
            for target in filter(None, targets):
                for h in holders:
                    if h.key == target.key and h.kind == target.kind:
                        continue
                    out.append(Stance(h, "support" if polarity > 0 else "oppose", target, cue_text,
                                      sent.index, f"cue:{cue.form}", round(st.confidence * 0.85, 2), idx))
        return out

    def judgements(self, idx: int | None, st: Statement, sent: Sentence, mentions: list[Mention],
                   lo: int | None = None) -> list[Stance]:
        """Evaluative predicates on a clause's subject: "الذهاب إلى جنيف سابق
        لأوانه" (opposes going to Geneva), "وصف المقترح بأنه مبشر" (supports
        it), "الأسد يجب أن يرحل" / "على الأسد الرحيل" (opposes Assad). The
        subject is read backwards from the predicate to the clause boundary;
        `lo` is the first token it may start at (default: after the speaker)."""
        toks, lx = sent.tokens, self.lx
        lo = st.verb_index + 1 if lo is None else lo
        speaker_m = next((m for m in mentions if m.start <= st.verb_index + 1 < m.end or m.start == st.verb_index + 1), None)
        if speaker_m is not None and speaker_m.end <= st.claim_start:
            lo = max(lo, speaker_m.end)
        out: list[Stance] = []
        p = max(st.claim_start, lo)
        while p < st.claim_end:
            hit = _evaluation_at(toks, p, lx)
            if not hit:
                p += 1
                continue
            p_end, ev = hit
            k, polarity = p, 1 if ev.polarity == "support" else -1
            while k > lo and (toks[k - 1].norm in _COPULAS or (ev.kind == "departure" and toks[k - 1].norm in _MODALS)
                              or toks[k - 1].text in _OPEN_QUOTES | _CLOSE_QUOTES):
                k -= 1
            if k > lo and lx.is_function(toks[k - 1].norm, "negator"):
                polarity, k = -polarity, k - 1      # "ليس مقبولا"
            linked = k < p or (k > lo and toks[k - 1].norm in _BACK_POINTERS)
            if k > lo and toks[k - 1].norm in _BACK_POINTERS:
                k -= 1        # "وصف المقترح بأنه مبشر": the pronoun points at the phrase before it
            np_s, k = _subject_span(toks, k, lo, lx)
            at, p = p, p_end
            if p_end - at == 1 and p_end < len(toks) and toks[p_end].norm.startswith("ال") and len(toks[p_end].norm) > 3:
                continue      # "مشروع المقاومة", "تهديد الأمن": a noun in construct, not a predicate
            clause_subject = k > np_s and (toks[np_s].norm.startswith("ال") or any(m.start == np_s for m in mentions)) and (
                np_s == st.claim_start or lx.is_function(toks[np_s - 1].norm, "complementizer")
                or toks[np_s - 1].text in _STOP_PUNCT)
            if not (linked or clause_subject or (k > np_s and (toks[k - 1].norm.startswith("ال") or _mention_ends(mentions, k)))):
                continue      # "أفكارا بناءة": an adjective after an indefinite noun describes it
            if np_s >= k or k - np_s > 8 or any(_verb_like(t.norm, lx) for t in toks[np_s:k]):
                continue
            if _definite_then_bare(toks, np_s, k, mentions, lx):
                continue      # "الطرفين أجريا مناقشات": a clause, not one noun phrase
            if k - np_s == 1 and toks[np_s].norm in _VAGUE_SUBJECTS:
                continue      # "الأمر سابق لأوانه": what "الأمر" is lies outside the clause
            target = canonical_target(toks, np_s, k, mentions, self.ctx,
                                      conjunct=toks[np_s].norm[:1] == "و" and not _known_word(toks[np_s].norm, lx))
            if target is None or (ev.kind == "departure" and target.kind not in ("Person", "Country", "Organisation")):
                continue
            cue_text = " ".join(t.text for t in toks[at:p_end])
            for h in self._roll_up(st.speaker):
                if h.key == target.key and h.kind == target.kind:
                    continue
                out.append(Stance(h, "support" if polarity > 0 else "oppose", target, cue_text, sent.index,
                                  f"{ev.kind}:{ev.form}", round(st.confidence * 0.75, 2), idx))
        return out

    def _accusation(self, idx, st: Statement, sent: Sentence, mentions: list[Mention], i: int, cue: StanceCue) -> list[Stance]:
        """"قال إن إدارة ترمب تجاهلت مطالبنا": the speaker opposes the actor
        whose wrongful act it reports (only inside a claim, actor right before the verb)."""
        if i <= st.claim_start:
            return []
        actor = next((m for m in mentions if m.end == i and m.entity.kind in ("Country", "Person", "Organisation", "Office")), None)
        toks = sent.tokens
        if actor is None and (self.lx.is_function(toks[i - 1].norm, "relative") or toks[i].norm != cue.form_norm):
            # "الجرائم التي يرتكبها النظام السوري": in a relative clause the actor follows the verb
            actor = next((m for m in mentions if m.start == i + 1 and m.entity.kind in ("Country", "Person", "Organisation", "Office")), None)
        if actor is None:
            return []
        target = actor.entity
        out = []
        for h in self._roll_up(st.speaker):
            if h.key != target.key and h.key != target.country:
                out.append(Stance(h, "oppose", target, sent.tokens[i].text, sent.index, f"accusation:{cue.form}",
                                  round(st.confidence * 0.75, 2), idx))
        return out

    def _inside_other_cue(self, toks: list[Token], i: int, start: int) -> bool:
        for k in range(i - 1, max(start, i - 10) - 1, -1):
            if toks[k].text in _STOP_PUNCT or self.lx.is_function(toks[k].norm, "complementizer"):
                return False
            if cue_at(toks, k, self.lx):
                return True
        return False

    def _severance(self, idx, st: Statement, sent: Sentence, mentions: list[Mention], i: int, cue_end: int,
                   cue: StanceCue, end: int) -> list[Stance]:
        """"قطعت السعودية والإمارات العلاقات مع قطر", "استدعت سفيرها لدى
        طهران": breaking ties with an actor is opposing it. The actor follows
        the cue's preposition (مع / لدى / من) within a few words."""
        toks = sent.tokens
        k = next((k for k in range(cue_end, min(cue_end + 8, end)) if toks[k].norm in (cue.prep or "مع").replace("|", " ").split()
                  or toks[k].text in _STOP_PUNCT), None)
        if k is None or toks[k].text in _STOP_PUNCT:
            return []
        target = next((m.entity for m in mentions if m.start == k + 1 and m.entity.kind in ("Country", "Organisation", "Person")), None)
        if target is None and k + 1 < end and toks[k].norm == "من":
            s2, e2 = _target_span(toks, k + 1, end, self.lx)      # "انسحبت أمريكا من الاتفاق النووي"
            target = canonical_target(toks, s2, e2, mentions, self.ctx) if e2 > s2 else None
        if target is None:
            return []
        holder_m = next((m for m in mentions if m.start == cue_end and m.entity.kind in _HOLDER_KINDS), None)
        if holder_m is None and not _verb_form(toks[i].norm):
            return []     # "تهديدات ترامب بالانسحاب": a verbal noun without its actor does not say whose act it is
        out = []
        for h in self._holders(st, sent, mentions, i, holder_m):
            if h.key != target.key and h.key != target.country:
                out.append(Stance(h, "oppose", target, toks[i].text, sent.index, f"sever:{cue.form}",
                                  round(st.confidence * 0.8, 2), idx))
        return out

    def _skip_adverbs(self, toks: list[Token], j: int, end: int) -> int:
        lx = self.lx
        while j < end:
            w = toks[j].norm
            if lx.is_function(w, "time", "adverb"):
                j += 2 if w == "بشكل" else 1
            elif w in ("في", "علي", "عبر", "خلال") and j + 1 < end and toks[j + 1].norm in _MEDIA:
                j += 2        # "دان على تويتر الهجمات", "رحب في بيان بالقرار": where it was said
                while j < end and (toks[j].norm in ("له", "لها", "صحفي", "صحافي") or toks[j].norm in _MEDIA):
                    j += 1
            elif toks[j].text in ("،", ",") and j + 1 < end and (
                    not lx.is_function(toks[j + 1].norm) or lx.is_function(toks[j + 1].norm, "time", "adverb")):
                j += 1
            else:
                break
        return j

    def _negated(self, toks: list[Token], i: int) -> bool:
        """A negator just before the cue, unless it is "ما زال"/"لا يزال" (still)."""
        window = range(max(0, i - 2), i)
        if any(toks[k].norm in _STILL for k in window):
            return False
        return any(self.lx.is_function(toks[k].norm, "negator") for k in window)

    def _holders(self, st: Statement, sent: Sentence, mentions: list[Mention], cue_i: int, holder_m: Mention | None) -> list[Entity]:
        """Who holds the position: the claim's subject, else the speaker,
        rolled up to countries."""
        toks = sent.tokens
        if holder_m is None and cue_i >= 2:      # "تركيا التي تدعم قوات المعارضة"
            first_cue = next((x for x in range(cue_i, -1, -1) if cue_at(toks, x, self.lx)), cue_i)
            if first_cue >= 2 and self.lx.is_function(toks[first_cue - 1].norm, "relative"):
                holder_m = next((m for m in mentions if m.end == first_cue - 1 and m.entity.kind in _HOLDER_KINDS), None)
        if holder_m is None and cue_i > st.claim_start:
            cands = [m for m in mentions if st.claim_start <= m.start < cue_i and m.entity.kind in _HOLDER_KINDS
                     and m.how != "nisba"]
            for m in reversed(cands):
                prev = toks[m.start - 1].norm if m.start else ""
                if self.lx.is_function(prev, "preposition") and prev not in _POSSESSIVE:
                    continue
                if toks[m.start].norm[:1] in "بلك" and toks[m.start].norm not in self.lx.names and m.entity.kind != "Group":
                    continue      # "للحكومة السورية": object of a preposition, not a subject (but "كلا الجانبين" is one)
                if m.start and m.start - 1 > st.claim_start and cue_at(toks, m.start - 1, self.lx):
                    continue      # "تؤيد الحكومة السورية في مكافحة …": the object of a cue verb
                if m.end <= cue_i and toks[m.end].norm[:1] in "بل" and toks[m.end].norm not in self.lx.names \
                        and cue_at(toks, m.end, self.lx):
                    continue      # "طالب … الحكومة الإسرائيلية بوقف الاستيطان": the addressee, not the holder
                if m.start > st.claim_start + 4 and not (prev in _POSSESSIVE or m.start == st.claim_start):
                    # a subject sits at the start of its clause, not in the middle of a phrase
                    continue
                if m.end < cue_i and not self._holds_position(toks, m, cue_i, st):
                    break         # "الحكومة البريطانية عليها التزام بحماية …": the speaker's demand on another
                holder_m = m
                break
        ents: list[Entity] = []
        while holder_m is not None and toks[holder_m.start].norm.startswith("و"):
            first = next((m for m in mentions if m.end == holder_m.start and m.entity.kind in _HOLDER_KINDS), None)
            if first is None:
                break
            holder_m = first
        if holder_m is not None:
            ents.append(holder_m.entity)
            # "روسيا وأميركا", "السعودية والإمارات والبحرين ومصر": coordinated holders
            cur = holder_m
            while True:
                nxt = next((m for m in mentions if m.start == cur.end and toks[m.start].norm.startswith("و")
                            and m.entity.kind in _HOLDER_KINDS), None)
                if nxt is None:
                    break
                ents.append(nxt.entity)
                cur = nxt
        else:
            referent = self._pronoun_subject(st, sent, mentions, cue_i)
            if referent is False:
                return []
            ents.append(referent or st.speaker)
        out: list[Entity] = []
        ents = [st.speaker if e.kind == "Group" and e.key == "own" else e for e in ents]    # "بلاده": the speaker's
        for e in ents:
            for c in self._roll_up(e):
                if all(c.key != o.key for o in out):
                    out.append(c)
        return out

    def _holds_position(self, toks: list[Token], m: Mention, cue_i: int, st: Statement) -> bool:
        """Is the clause subject `m` (a few words before a cue noun) the one
        taking the position? Not when an obligation is put on it ("عليها
        التزام", "كان بإمكانها منع") by a speaker of another country."""
        mine = {c.key for c in self._roll_up(st.speaker)}
        theirs = {c.key for c in self._roll_up(m.entity)}
        if not mine or mine & theirs or st.speaker.kind not in ("Person", "Office", "Country", "Organisation"):
            return True
        between = {t.norm for t in toks[m.end:cue_i]}
        return not (between & _OBLIGATION)

    def _pronoun_subject(self, st: Statement, sent: Sentence, mentions: list[Mention], cue_i: int) -> Entity | None | bool:
        """"قال كيري إن إيران تتدخل … وأنها تدعم حزب الله": a feminine subject
        pronoun cannot be a male speaker; it points at the country or body
        named last before it. None: the speaker holds it; False: nobody we know."""
        toks = sent.tokens
        comp = next((x for x in range(cue_i - 1, max(st.claim_start - 1, cue_i - 4), -1)
                     if toks[x].norm in _FEMININE_SUBJECT), None)
        if comp is None or st.speaker.kind not in ("Person", "Office") or st.speaker.gender == "f":
            return None
        before = [m for m in mentions if m.end <= comp and m.entity.kind in ("Country", "Organisation")
                  and m.entity.key != st.speaker.country and m.how != "nisba"]
        return before[-1].entity if before else False

    def _roll_up(self, ent: Entity) -> list[Entity]:
        if ent.kind == "Group":
            return self.ctx.joint_countries(3 if ent.role == "joint3" else 2)
        if ent.kind == "Country":
            return [ent]
        if ent.kind == "Organisation" and ent.role in NON_STATE:
            return [ent]      # Hezbollah or the Houthis do not speak for Lebanon or Yemen
        if ent.country and ent.country in self.lx.countries:
            return [self.lx.countries[ent.country]]
        return [ent]
