"""What a position is about: the noun phrase after a cue, and its node.

A target runs to a clause boundary, a preposition, a verb or the next cue;
coordinated phrases share the cue ("وحدة اليمن وسلامة أراضيه"), a contrast
takes its opposite ("X، وليس Y"), and the perpetrator of a condemned act is
a target too. Phrases become a known actor, a known issue (so the same issue
across articles is one node) or a new issue named by the phrase.
"""
from __future__ import annotations

from kg.ingest.arabic import is_arabic, is_pronoun_preposition, normalize_phrase, stems, strip_suffix
from kg.ingest.cues import (CLOSE_QUOTES, OPEN_QUOTES, adjective_like, cue_at, definite_noun_not_cue, nisba_like,
                            present_cue_person, verb_form)
from kg.ingest.entities import ArticleContext, longest_phrase, nisba_at
from kg.ingest.lexicon import Lexicon, StanceCue, known_word
from kg.records import Entity, Mention, Sentence, Token


STOP_PUNCT = {"،", ",", ".", "؛", ";", ":", "«", "»", '"', "“", "”", "(", ")", "؟", "?", "!", "-", "–", "—", "/"}
_MAX_TARGET = 10
_ANY = {normalize_phrase(w) for w in ("أي", "أية")}
_VAGUE = {normalize_phrase(w) for w in ("بعض", "أحد", "إحدى", "مثل", "نحو", "غير", "ذات",
                                        "الأخيرة", "الأخير", "الأولى", "الأخرى", "الآخر", "الطرفين", "الطرف", "المرة", "مرة")}
ATTACHED = {"في", "مع"}


def is_place(tok: Token, lx: Lexicon) -> bool:
    """A one-word country or capital name ("سوريا", "إيران", "دمشق")."""
    return any(how in ("gazetteer", "capital") and ent.kind == "Country" and len(words) == 1
               for words, (how, ent) in lx.names.candidates(tok.norm))


def _past_naming(toks: list[Token], i: int, end: int, lx: Lexicon) -> int:
    """After a naming wrapper at `i` ("ما وصفه"، "ما بات يعرف"، "ما يطلق عليه"), where
    the thing named begins; `i` itself when there is none."""
    if i + 2 >= end or toks[i].norm != "ما":
        return i
    k = i + 2 if toks[i + 1].norm in _BECAME else i + 1
    if k + 1 >= end or not (lx.is_function(toks[k].norm, "naming") or lx.in_class(toks[k].norm, "known_as")):
        return i
    k += 1
    if k + 1 < end and toks[k].norm in ("عليه", "عليها", "عليهم"):
        k += 1
    return k


def after_naming(toks: list[Token], s: int, lx: Lexicon) -> bool:
    """Does the phrase at `s` follow a naming wrapper ("ما يعرف بصفقة القرن")? Its
    first word then carries the wrapper's ب, not the cue's preposition."""
    return any(_past_naming(toks, k, len(toks), lx) == s for k in range(max(0, s - 5), s - 1))


def purpose_of(toks: list[Token], s: int, e: int, end: int, lx: Lexicon) -> int | None:
    """Where the purpose of a target that is only a means begins ("تكثيف الجهود
    الإقليمية لاستعادة السلام", "بذل المزيد من أجل وقف القتال"), or None."""
    head = strip_clitic_of_first(toks[s].norm, lx)
    if not (lx.in_class(toks[s].norm, "means") or lx.in_class(head, "means")):
        return None
    if head in ("العمل", "التركيز"):
        k = s + 1
        while k < end and k - s <= 2 and lx.is_function(toks[k].norm, "adverb", "time"):
            k += 1
        if k + 1 < end and toks[k].norm == "علي":
            return k + 1  # "العمل على استئناف المفاوضات", "التركيز حاليا على إبقاء أميركا آمنة": what is worked on
    for k in range(s + 1, min(e + 4, end - 1)):
        w = toks[k].norm
        if toks[k].text in CLOSE_QUOTES and k >= e:
            continue      # '"تكثيف المشاورات" مع تركيا بهدف …': the quote closes the means, the purpose follows
        if toks[k].text in STOP_PUNCT or lx.is_function(w, "complementizer") or w in lx.verbs:
            return None
        if w in ("بهدف", "لاجل", "سعيا") or (w == "من" and toks[k + 1].norm == "اجل"):
            return k + (2 if w == "من" else 1)
        bare = strip_clitic_of_first(w, lx)
        if w[:1] == "ل" and len(w) > 4 and not lx.is_function(w) and bare != w and w not in lx.names \
                and bare not in lx.names:
            return k      # (not a name: "جهود المبعوث الخاص للأمم المتحدة")
    return None


def _markup(tok: Token) -> bool:
    """A token with no Arabic letter and no digit: markup left in web text, or a Latin word."""
    return tok.text not in STOP_PUNCT and not any("\u0600" <= c <= "\u06ff" or c.isdigit() for c in tok.text)


def _is_stop(tok: Token, lx: Lexicon, first: bool = False, shared_head: bool = False, noun: bool = False) -> bool:
    """Where a target phrase ends. `first`: the phrase's first word, which
    is never a coordinator's conjunct ("وحدة اليمن", "وقف إطلاق النار")."""
    w = tok.norm
    if tok.text in STOP_PUNCT or not w.strip():
        return True
    if _markup(tok):
        return True      # markup, symbols and Latin words ("<b", "=") are not part of an Arabic phrase
    if lx.is_function(w, "preposition", "conjunction", "relative", "complementizer", "negator", "clause_opener"):
        # ("سياسة عدم التدخل", "الهجرة غير الشرعية": inside a phrase these nouns go on with it)
        return w not in ("ب", "ل") and (first or w not in ("عدم", "غير"))
    if w[:3] == "لان" and w[3:] in _PRONOUN_SUFFIXES:
        return True       # "إلى جانب الشعب السوري لأنها …", "الاتفاق لأنه يبدو …": a reason follows
    if lx.in_class(w, "pronoun"):
        return True       # "الإعلان المشترك هو …", "ماتاريلا وهو قاض": a new clause about the phrase
    if (w in lx.verbs or (w[:1] in "وف" and w[1:] in lx.verbs)) and not (first and noun):
        return True       # (after a preposition "رد" is a reply, not "replied": "دعت إلى رد دولي منسق")
    if first and w.startswith("و") and w[1:2] in ("ي", "ت") and w.endswith(("ان", "ون", "وا")):
        return True      # "ويدعمان": a coordinated verb, not a phrase
    if not first and w[:1] in "وف" and present_cue_person(w, lx):
        return True      # "ندعم سوريا ونرفض الضربات": a second position, not part of the first target
    if w.startswith("و") and len(w) > 3 and not first and not shared_head and not known_word(w, lx):
        return True      # "و" + word: a coordinated phrase or a new clause starts
    if w[:1] in "وف" and lx.is_function(w[1:]):
        return True      # "ولن", "فإن"
    return False


_PRONOUN_SUFFIXES = ("", "ه", "ها", "هم", "هما", "نا", "ني", "ك", "كم")


def _hal(prev: Token, tok: Token, lx: Lexicon) -> bool:
    """An indefinite word after a definite one starts something else (an
    adjective would agree in definiteness): a circumstantial ("مدعومة") or
    a new predicate ("أمر سخيف"). Names and numbers are left alone."""
    p, w = prev.norm, tok.norm
    return prev.text.startswith(("ال", "بال", "لل", "وال")) and not w.startswith(("ال", "وال")) and tok.text.isalpha() \
        and is_arabic(w) and len(w) > 2 and w not in lx.names and w not in lx.given_names and w not in lx.nisba \
        and not lx.is_function(w) and not w.startswith(("ب", "ل", "ك")) \
        and not (p in lx.names or p in lx.titles or p[2:] in lx.titles)


def _takes_complement(toks: list[Token], i: int, p: int, lx: Lexicon) -> bool:
    """A definite head, or an indefinite one after "أي" ("أي تدخل في الشؤون"),
    whose preposition introduces a definite noun or a name."""
    bare = strip_clitic_of_first(toks[i].norm, lx)
    if any(w in lx.names or lx.names.has_single(w) for w in (toks[i].norm, bare)):
        return False      # "السعودية في السراء والضراء", "بالمملكة في جهودها": a name takes no complement
    if toks[i].norm.startswith("ال") or (toks[i].norm[:1] in "بلو" and bare.startswith("ال")):
        return True       # (also after the cue's preposition: "تطالب بالعودة إلى طاولة المفاوضات", and
        #                   coordinated: "والحفاظ على حظر الأسلحة")
    nxt = toks[p + 1].norm
    return i > 0 and toks[i - 1].norm in _ANY and (nxt.startswith("ال") or nxt in lx.names) and not lx.is_function(nxt)


def _quoted_word_goes_on(toks: list[Token], i: int, end: int, lx: Lexicon) -> bool:
    """One word in quotes, then its genitive (a name or a definite noun) or,
    for a definite verbal noun, its complement ("على اليمن")."""
    q = i + 1
    if not (i and toks[i - 1].text in OPEN_QUOTES and toks[q].text in CLOSE_QUOTES and q + 1 < end):
        return False
    nxt = toks[q + 1].norm
    if nxt in lx.names or lx.names.has_single(nxt):
        return True
    if nxt.startswith("ال") and not lx.is_function(nxt) and nxt not in lx.verbs:
        return True
    return nxt in ("علي", "عن", "من") and toks[i].norm.startswith("ال") and q + 2 < end \
        and (toks[q + 2].norm.startswith("ال") or toks[q + 2].norm in lx.names)


_QUANTITY = {normalize_phrase(w) for w in ("مزيد", "المزيد", "مزيدا", "كثير", "الكثير", "كثيرا", "بعض", "عدد", "مجموعة")}


_PER_CENT = {normalize_phrase(w) for w in ("المئة", "المائة", "بالمئة", "بالمائة", "%")}
_REMAINS = {"بقي", "تبقي", "يتبقي"}     # normalised: ى is written ي


def target_span(toks: list[Token], i: int, end: int, lx: Lexicon) -> tuple[int, int]:
    """The noun phrase a cue points at: up to a clause boundary, a
    preposition, a verb, or the next cue (which states its own position)."""
    if i + 1 < end and toks[i].norm == "جانب" and i and toks[i - 1].norm == "الي":
        i += 1        # "الوقوف إلى جانب السعودية": the side taken
    if i + 3 < end and toks[i].norm == "ما" and toks[i + 1].norm in _REMAINS and toks[i + 2].norm == "من":
        i += 3        # "القضاء على ما بقي من الإرهابيين": what is left of them is them
    if i + 1 < end and toks[i + 1].norm.startswith("ال") and any(lx.is_function(w, "demonstrative") for w in stems(toks[i].norm)) \
            and (toks[i + 1].norm in lx.issue_first_words
                 or (i + 2 < end and toks[i + 2].norm.startswith("ال") and adjective_like(toks[i + 2].norm))):
        i += 1        # "ترحب بهذا الاتفاق", "هذا الاعتداء الإرهابي": the thing pointed at, named by its noun
        #               (not "هذه الفكرة", "هذا الأمر": what they are is outside the phrase)
    named = _past_naming(toks, i, end, lx)
    if named > i:
        # "وقف ما وصفه بـ"العدوان" على اليمن", "ستحارب ما بات يعرف بصفقة القرن",
        # "ما يطلق عليه "الدولة الإسلامية"": the thing named
        i = named + (1 if toks[named].norm in ("ب", "باسم") else 0)
    while i < end and (toks[i].text in ("«", '"', "“", "<") or toks[i].norm in _ANY):
        if toks[i].text == "<":      # "تدعم <b …>الحل السياسي</b>": a tag left in web text
            close = next((k for k in range(i + 1, min(i + 25, end)) if toks[k].text == ">"), None)
            if close is None:
                break
            i = close
        i += 1       # "دعت إلى "تحقيق شامل"", "ترفض أي ضربات جديدة"
    # after a preposition or a cue noun the first word is a noun: "إلى رد دولي", "إلغاء نسب التخصيب"
    first_is_noun = i > 0 and (lx.is_function(toks[i - 1].norm, "preposition")
                               or (cue_at(toks, i - 1, lx) is not None and not verb_form(toks[i - 1].norm)))
    j = i
    while j < end and j - i < _MAX_TARGET:
        if j > i and toks[j].text in OPEN_QUOTES and (toks[j].text != '"' or sum(t.text == '"' for t in toks[:j]) % 2 == 0):
            # "سحب "جميع القوات الأجنبية"": a quoted complement belongs to the phrase
            q = next((q for q in range(j + 1, min(j + 9, len(toks))) if toks[q].text in CLOSE_QUOTES), None)
            if q is not None and q > j + 1:
                j = q + 1
            break
        # "محاكمة ومعاقبة مصدري الأوامر": two bare heads share one complement
        shared = j == i + 1 and not toks[i].norm.startswith("ال") and not toks[j].norm.startswith("وال") \
            and not adjective_like(toks[i].norm)
        if j > i and toks[j].norm == "غير" and j + 1 < end and \
                toks[j - 1].norm.lstrip("وبلف").startswith("ال") != toks[j + 1].norm.startswith("ال"):
            break         # "العنف غير مقبول": a predicate, where "الهجرة غير الشرعية" agrees and goes on
        if j > i and toks[j - 1].text[:1].isdigit() and (toks[j].norm in _PER_CENT or (
                toks[j].norm == "في" and j + 1 < end and toks[j + 1].norm in _PER_CENT)):
            j += 1 if toks[j].norm in _PER_CENT else 2
            continue      # "تخصيص 4 في المئة من الناتج": a share is one unit
        if _is_stop(toks[j], lx, first=j == i, shared_head=shared, noun=first_is_noun):
            if j == i + 1 and _quoted_word_goes_on(toks, i, end, lx):
                j += 1        # "تستنكر "تصعيد" مانيلا", "وقف "العدوان" على اليمن": the quoted word's phrase goes on
                continue
            # "المعارضة في سوريا", "التعاون مع إيران": a place or partner belongs to the phrase
            if j > i and toks[j].norm in ATTACHED and j + 1 < end and is_place(toks[j + 1], lx):
                j += 2
                continue
            if j > i and toks[j].norm == "من" and toks[j - 1].norm in _QUANTITY and j + 1 < end:
                j += 1        # "ممارسة مزيد من الضغط على الدول": the quantity's noun is the point
                if j + 2 < end and toks[j + 1].norm in ("علي", "عن") and toks[j + 2].norm.startswith("ال"):
                    j += 3    # … and its complement
                    break
                if _is_stop(toks[j], lx, first=True, noun=True):
                    break
                j += 1        # "الحاجة إلى المزيد من المناقشات": the noun, and its adjectives after it
                continue
            break
        if j > i and j + 1 < end and toks[j].norm in ("عاصمه", "عاصمة") and toks[j + 1].norm[:1] == "ل":
            j += 2        # "الاعتراف بالقدس عاصمة لإسرائيل": the city as someone's capital is the point
            break
        if j > i and _hal(toks[j - 1], toks[j], lx):
            break         # "رفضت روسيا القرار مدعومة بدمشق", "الأسد أمر سخيف": not the definite noun's adjective
        inner = cue_at(toks, j, lx) if j > i and not (shared and toks[j].norm.startswith("و")) else None
        if inner and inner[1].kind == "keep" and (inner[0] >= end or not (
                toks[inner[0]].norm.startswith(("ال", "لل", "بال")) or toks[inner[0]].norm == inner[1].prep)):
            inner = None      # "علاقة احترام وحوار": a protective word with no object is a genitive noun
        if inner and not definite_noun_not_cue(toks, j, inner, end):
            if j == i + 1 and inner[1].kind == "sever" and not verb_form(toks[j].norm) \
                    and not toks[i].norm.startswith(("ال", "وال")) and not verb_form(toks[i].norm):
                j = inner[0]   # "امتدحت إسرائيل قرار انسحاب ترامب": the act with its own actor is what is judged
                continue
            if j <= i + 1:
                return i, i    # "هدفنا المشترك مكافحة …": the inner cue states it
            break
        j += 1
    head = j - 1 if j == i + 2 and not toks[i].norm.startswith(("ال", "لل", "بال", "وال", "فال", "كال")) \
        and toks[i + 1].norm.startswith("ال") else i
    if (j == i + 1 or (j == i + 2 and toks[i + 1].text in CLOSE_QUOTES) or head > i) and j + 1 < end \
            and toks[j].norm in ("علي", "عن", "من", "الي", "في") and _takes_complement(toks, head, j, lx):
        # ("حماية المدنيين في مناطق خفض التوتر": a construct's definite noun takes it the same way)
        # "الحفاظ على وحدة سوريا", "التخلص من الاحتلال", "أي تدخل في الشؤون الداخلية": a verbal noun takes its complement
        k, j = j + 1, j + 1
        if j + 1 < end and toks[j].text in OPEN_QUOTES and toks[j - 1].norm in ("الي", "علي"):
            close = next((q for q in range(j + 1, min(j + 7, end)) if toks[q].text in CLOSE_QUOTES), None)
            if close is None and end - j <= 6 and not any(t.text in STOP_PUNCT for t in toks[j + 1:end]):
                close = end       # (the claim ends where the quote closes)
            if close is not None and close > j + 1:
                return i, min(close + 1, end)      # 'التوصل إلى "حل سياسي في سوريا"': the quoted complement whole
        while j < end and j - k < 4 and not _is_stop(toks[j], lx, first=j == k, noun=j == k):   # "على وحدة سوريا"
            j += 1
    while j > i and (toks[j - 1].norm in ("ب", "ل", "ال")
                     or (lx.is_function(toks[j - 1].norm) and not lx.is_function(toks[j - 1].norm, "honorific_pronoun", "stop"))
                     or (j - 1 > i and toks[j - 1].text.endswith(("اً", "ًا")))):
        j -= 1       # trailing function words and adverbs with tanween ("المفاوضات يوماً")
    if j <= i:
        return i, i
    if any(lx.is_function(st, "demonstrative") for t in toks[i:j] for st in stems(t.norm)):
        return i, i       # "هذه الخلافات": anaphoric, says nothing out of context
    if j - i == 1 and adjective_like(toks[i].norm) and (
            not toks[i].norm.endswith("يه") or (i and toks[i - 1].norm.endswith("ه"))):
        return i, i       # "المشترك", "(الإدانة) الدولية" alone are not targets; "(دعم) الشرعية" is
    first = toks[i].norm
    pronoun_prep = not toks[i].text.startswith("آ") and (
        any(lx.is_function(x) for x in strip_suffix(first)[1:]) or is_pronoun_preposition(first))
    if pronoun_prep or (first[:1] == "ي" and len(first) > 3):
        return i, i       # "فيها", "منها" (pronouns) and "يرحل" (a verb) are not targets
    if j - i > 1 and not first.startswith("ال") and first.endswith(("ها", "هم", "هما", "كم")) and len(first) > 4 \
            and first not in lx.names and not all(t.norm.startswith("ال") for t in toks[i + 1:j]):
        return i, i       # "أسبابها بوصفها خطرا": what "its causes" are lies outside the phrase
        #                   (but "سياساتها العدوانية", "حقوقها النووية": the noun with its adjective)
    if first in _VAGUE or (first in lx.nisba and not lx.names.has_single(first)) or lx.is_function(first, "honorific", "adverb"):
        return i, i       # "أي حل", "بعض الأطراف"; an adjective is never the head of a phrase
    return i, j


_BECAME = {"بات", "اصبح", "صار", "كان"}

_FIGHTERS = {normalize_phrase(w) for w in ("مقاتلو", "مقاتلي", "عناصر", "مسلحو", "مسلحي", "قوات", "ميليشيات", "أنصار", "طائرات")}


def perpetrator(toks: list[Token], e: int, end: int, mentions: list[Mention], lx: Lexicon) -> Entity | None:
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


def act_owner(toks: list[Token], s: int, e: int, target: Entity | None, lx: Lexicon) -> Entity | None:
    """"العدوان الإسرائيلي", "التدخلات الإيرانية", "القرار الأمريكي": the state whose nationality
    qualifies an act that is opposed is opposed too. Not a curated issue named with a nationality
    ("الاتفاق النووي الإيراني" is the deal, not Iran); only acts and policies a state carries out
    (word class state_act), not what it owns or suffers ("إسقاط الطائرة الروسية")."""
    if target is None or target.kind != "Issue" or target.key in lx.issues or e - s < 2 \
            or not any(lx.in_class(w, "state_act") for w in (toks[s].norm, strip_clitic_of_first(toks[s].norm, lx))):
        return None
    hit = nisba_at(toks, s + 1, lx)
    if hit is None or hit[0] > e:
        return None
    return lx.countries.get(hit[1])


_CONTRAST = {normalize_phrase(w) for w in ("وليس", "وليست", "لا", "وليس")}


def contrast(toks: list[Token], e: int, end: int, mentions: list[Mention], ctx: ArticleContext) -> Entity | None:
    """"X، وليس Y" after a cue's target: the cue's opposite holds for Y."""
    lx = ctx.lx
    for k in range(e, min(end - 1, e + 25)):
        if toks[k].text in (".", "؛", ";", "؟", "?") or (k > e and cue_at(toks, k, lx) and toks[k - 1].text not in ("،", ",")):
            return None
        if toks[k].norm in _CONTRAST and k and toks[k - 1].text in ("،", ",") and not cue_at(toks, k + 1, lx):
            s, t = target_span(toks, k + 1, end, lx)
            if t > s:
                # "اللجوء لاستخدام القوة": the named issue may start after a light noun
                return canonical_target(toks, s, t, mentions, ctx)
            return None
    return None


def issue_at(toks: list[Token], i: int, lx: Lexicon) -> bool:
    """A known issue of two or more words starts at token i ("وقف إطلاق النار")."""
    for first in {strip_clitic_of_first(toks[i].norm, lx), *stems(toks[i].norm)}:
        for n in range(2, 6):
            if i + n > len(toks):
                break
            if " ".join([first] + [t.norm for t in toks[i + 1:i + n]]) in lx.issue_phrases:
                return True
    return False


def conjuncts(toks: list[Token], e: int, end: int, cue: StanceCue, lx: Lexicon, limit: int = 4,
              opposing: bool = False) -> list[tuple[int, int]]:
    """Further targets coordinated with the first: "حرص على وحدة اليمن
    وسلامة أراضيه واحترام سيادته", "دعا إلى الحوار وإلى وقف النار". A
    conjunct that is itself a cue ("ودعم الشرعية") states its own position."""
    out: list[tuple[int, int]] = []
    while len(out) < limit:
        k = e + (1 if e < end and toks[e].text in ("،", ",") else 0)
        if k >= end or not toks[k].norm.startswith("و"):
            break
        if cue.prep and toks[k].norm == "و" + cue.prep:
            q = k + 1
            if q + 2 < end and toks[q].norm == "وجه" and toks[q + 1].norm in ("الخصوص", "التحديد"):
                q += 2    # "وعلى وجه الخصوص الاستثمارات": "in particular", then the conjunct
            s2, e2 = target_span(toks, q, end, lx)
        elif k == e and _noun_conjunct(toks[k].norm[1:], lx) and not cue_at(toks, k, lx) and not nisba_like(toks[k].norm[1:]) \
                and not known_word(toks[k].norm, lx):      # ("واسعة النطاق": its و is its own)
            # after a comma "و" + noun more often starts a new clause
            s2, e2 = target_span(toks, k, end, lx)
        else:
            break
        if e2 <= s2:
            break
        head = toks[s2].norm[1:] if toks[s2].norm.startswith("و") else toks[s2].norm
        if opposing and not head.startswith("ال") and _noun_conjunct(head, lx) and not head.endswith("ه"):
            break     # "لمحاربة التطرف والهجرة السرية وترسيخ دور الشباب": what one fights is no action of one's own
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


def canonical_target(toks: list[Token], s: int, e: int, mentions: list[Mention], ctx: ArticleContext,
                     conjunct: bool = False, prep: str = "") -> Entity | None:
    """A known actor, a known issue, or a new issue named by the phrase.
    A `conjunct` ("وسلامة أراضيه") is named without its "و"; `prep` is the
    cue's preposition when it is written on the first word ("طالب بفتح تحقيق")."""
    lx = ctx.lx
    clitic = "و" if conjunct else prep if prep in ("ب", "ل") else ""
    if clitic and toks[s].norm.startswith(clitic) and toks[s].text.startswith(clitic) and len(toks[s].norm) > 3 \
            and not toks[s].norm[1:].startswith("ل") and toks[s].norm not in lx.names:
        first = toks[s]
        toks = list(toks)
        toks[s] = Token(first.text[1:], first.norm[1:], first.start + 1, first.end)
    m = next((m for m in mentions if m.start == s), None)
    if m and not conjunct and toks[s].norm[:1] == "و" and toks[s].norm not in lx.names and m.end < len(toks) \
            and (toks[m.end].norm in lx.verbs or present_cue_person(toks[m.end].norm, lx)):
        return None       # "البحرين تؤيد وموسكو تدعو للحوار": a new clause with its own subject, not the object
    if m and m.entity.kind in ("Person", "Country", "Organisation") and m.how != "nisba":
        # "للحكومة السورية بتخطيط …": the actor, then a new prepositional phrase
        if m.end >= e or all(nisba_like(t.norm) for t in toks[m.end:e]) or toks[m.end].norm[:1] in "بل":
            return m.entity
    quoted = [t for t in toks[s + 1:e] if t.text not in OPEN_QUOTES | CLOSE_QUOTES]
    words = [strip_clitic_of_first(toks[s].norm, lx)] + [t.norm for t in quoted]
    written = [_display_without_clitic(toks[s].text, toks[s].norm, words[0])] + [t.text for t in quoted]
    # "نقل سفارتها", "برنامجه النووي": the issue is the same without whose it is ("نقل السفارة")
    owned = [_without_possessive(w, n, lx, head=not k) if (k or (e - s > 1 and n == toks[s].norm))
             and not (k and written[k - 1].endswith("ا") and w.endswith("ها")) else None
             for k, (w, n) in enumerate(zip(written, words))]
    # (not a first word we cut a clitic from: "برنامجها"; nor an adjective in the accusative: "تحقيقا نزيها")
    general = [o or w for o, w in zip(owned, written)]
    gwords = [normalize_phrase(o) if o else n for o, n in zip(owned, words)]
    for n in range(min(len(toks), e + 5), e, -1):
        # "إخلاء شبه الجزيرة الكورية من الأسلحة النووية": a named issue may run past where the phrase stops
        phrase = " ".join([words[0]] + [t.norm for t in toks[s + 1:n]])
        if phrase in lx.issue_phrases and not any(t.text in STOP_PUNCT for t in toks[e:n]):
            return lx.issues[lx.issue_phrases[phrase]]
    firsts = [words[0]] + [x for x in stems(toks[s].norm)[1:] if x != words[0] and len(x) >= 3]
    for ws, fs in ((words, firsts), (gwords, [gwords[0]])) if gwords != words else ((words, firsts),):
        for n in range(len(ws), 0, -1):
            hit = next((h for h in (" ".join([f] + ws[1:n]) for f in fs) if h in lx.issue_phrases), None)
            head = hit or " ".join(ws[:n])
            # the issue itself, with adjectives ("الإرهاب الدولي"), or a specific two-word name
            # with more after it ("الاتفاق النووي الموقع مع إيران", "وقف إطلاق النار في عفرين")
            if head in lx.issue_phrases and (n >= 2 or all(nisba_like(w) for w in ws[n:])):
                return lx.issues[lx.issue_phrases[head]]
    text = " ".join(written)
    if e - s == 1 and not words[0].startswith("ال"):
        return None    # "تطبيقه", "سحب": a bare verbal noun says nothing on its own
    key = "_".join(gwords[:6])
    if len(key) < 3:
        return None
    if gwords != words:
        return Entity("Issue", key, " ".join(general), spellings=(text,))
    return Entity("Issue", key, text)


def _without_possessive(text: str, norm: str, lx: Lexicon, head: bool = False) -> str | None:
    """"سفارتها" → "السفارة", "قواته" → "القوات", "برنامجها" → "البرنامج": a noun with a possessive
    pronoun, written as the definite noun; None when the word has none we can tell apart (a bare
    "ه" may be the word's own letter: "شبه", "توجيه"; a short stem before ته may end in its own ت: "بيته")."""
    if not text.isalpha() or text.startswith("ال") or lx.is_function(norm) or norm in lx.names or norm in lx.verbs \
            or text[0] in "وفبلكي" or text.startswith(("تت", "نت")):
        return None       # (a word that may carry و، ب، ل is left as written: "بموجبها", "لمسؤولياتها"; and
        # a verb with its object: "تتخذها")
    for suffix in ("تهما", "تهم", "تها", "ته"):
        if text.endswith(suffix):
            stem = text[:-len(suffix)]
            if lx.is_function(normalize_phrase(stem)) or (not head and stem[:1] in "تناأإ" and not stem.endswith("ا")):
                return None   # (after the head, "الذي أعلنته", "قرار أصدرته": a verb and its object)
            if stem.endswith("ا") and len(stem) >= 3:
                return "ال" + stem + "ت"       # a plural in ات
            return "ال" + stem + "ة" if len(stem) >= 3 else None
    for suffix in ("هما", "هم", "ها"):
        stem = text[:-len(suffix)]
        if text.endswith(suffix) and len(stem) >= 4 and stem[-1] not in "اأإآئؤءي" and not lx.is_function(normalize_phrase(stem)) \
                and (stem[0] not in "تناأإ" or stem.endswith("ات")):
            return "ال" + stem      # (not "تفاهم", "أبنائها"; nor "مواطنيها", whose ن the pronoun took; nor a
            # verb with its object: "تقودها", "أصدرها", "اقترحها")
    return None


def _display_without_clitic(orig: str, norm: str, stripped: str) -> str:
    """The written form of a word without the clitic `stripped` dropped."""
    if stripped == norm or len(orig) != len(norm):
        return orig if stripped == norm else stripped
    if norm.startswith("لل") and stripped.startswith("ال"):
        return "ال" + orig[2:]
    return orig[len(norm) - len(stripped):]


def strip_clitic_of_first(word: str, lx: Lexicon) -> str:
    """"للأسد" → "الاسد", "بالاتفاق" → "الاتفاق": a target starts after its preposition."""
    cands = stems(word)
    for c in cands[1:]:
        if c.startswith("ال") and word[:1] in "بلوفك":
            return c
    if word[:1] in "بل" and len(cands) > 1 and word not in lx.names and (
            len(cands[1]) >= 5 or cands[1] in lx.cues or cands[1] in lx.issue_first_words or cands[1] in ("كل", "جميع", "كافه")) \
            and not any(word.startswith(w) for w in lx.word_classes.get("b_initial", ())):
        return cands[1]     # "لتطبيق" → "تطبيق", "بوقف" → "وقف"; but "بذل", "برامج", "برنامجها" stay whole
    return word


def fuller_issue(target: Entity, at: int, sentences: list[Sentence], lx: Lexicon) -> Entity:
    """"الاتفاق" in an article that wrote "الاتفاق النووي": a position on a bare definite
    noun is on the fuller phrase the article used for it (the nearest one before, else
    the first after), so that it is the same issue as in other articles."""
    key = target.key
    if target.kind != "Issue" or "_" in key or not key.startswith("ال") or len(key) < 5 or key in _VAGUE \
            or key[2:] in lx.titles or key in lx.titles or key[2:] in lx.speaker_words or key in lx.speaker_words:
        return target     # (not "المسؤول الأميركي": a person, not an issue)
    best: tuple[tuple[int, int], list[Token], Entity | None] | None = None
    for sent in sentences:
        toks = sent.tokens
        for i in range(len(toks) - 1):
            if strip_clitic_of_first(toks[i].norm, lx) != target.key:
                continue
            j = i + 1
            while j < len(toks) and j - i <= 2 and toks[j].norm.startswith("ال") and adjective_like(toks[j].norm) \
                    and toks[j].text.isalpha() and not lx.is_function(toks[j].norm):
                j += 1
            if j == i + 1:
                continue
            rank = (0, at - sent.index) if sent.index <= at else (1, sent.index - at)
            if best is None or rank < best[0]:
                named = longest_phrase(toks, i, lx.names)
                best = (rank, [toks[i], *toks[i + 1:j]], named[1][1] if named and named[0] > i + 1 else None)
    if best is None:
        return target
    if best[2] is not None and best[2].kind in ("Country", "Organisation"):
        return best[2]     # "المملكة" after "المملكة العربية السعودية": the state
    words = [target.key] + [t.norm for t in best[1][1:]]
    for n in range(len(words), 1, -1):      # "الاتفاق النووي الحالي": the named issue, adjectives after it
        phrase = " ".join(words[:n])
        if phrase in lx.issue_phrases:
            return lx.issues[lx.issue_phrases[phrase]]
    text = " ".join([target.label_ar] + [t.text for t in best[1][1:]])
    return Entity("Issue", "_".join(words), text)
