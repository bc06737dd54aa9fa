"""Attribute reported speech: actor – said – claim.

For every reporting verb the speaker is, in order of preference:
- the actor right after the verb (Arabic verb–subject order: "قال لافروف");
- the actor right before it ("وكان ريابكوف قال");
- for the circumstantial form ("مضيفا") or a verb coordinated after a comma
  ("، وأضاف"), the speaker of the statement it continues;
- otherwise (the dropped subject: "وأضاف أن…") the sentence's subject if it
  has one, else the last speaker whose gender agrees with the verb.
A reporting verb inside a claim, after its own subject ("أن بوتين أكد"),
is nested speech: it stays part of the outer statement and its speaker is
recorded as reported, not as a speaker.

The claim is the أن/إن clause, the «quote», the complement after the verb's
preposition ("شدد على …"), or the verb's object ("أكد تأييد روسيا للأسد").
"""
from __future__ import annotations

import re

from dataclasses import dataclass, replace

from kg.ingest.arabic import is_arabic, is_pronoun_preposition, normalize, normalize_phrase, stems, strip_suffix, written
from kg.ingest.cues import adjective_like
from kg.ingest.entities import (VERBAL_NOUN, ArticleContext, agrees, body_head, body_word, canonical_role, described_noun, institution_entity, longest_phrase, nisba_at,
                                 past_posting, profession_before)
from kg.ingest.lexicon import Lexicon, ReportingVerb, known_word
from kg.records import GROUP_NODES, Entity, Mention, Sentence, Statement, Token

_QUOTE_OPEN = {"«": "»", '"': '"', "“": "”", "”": "”", "'": "'"}
_PUNCT_BREAK = {"،", ",", "؛", ";", ":", ".", "؟", "?", "!", "(", ")", "-", "–", "—"}
_SAYING = {"قوله", "قولها", "قولهم", "القول", "تاكيده", "تاكيدها", "تصريحه", "تصريحها"}
_ACTOR_KINDS = {"Person", "Country", "Organisation", "Office", "Anonymous", "Group"}


_AS_PUT = {normalize(w) for w in ("قوله", "قولها", "قولهم", "تعبيره", "تعبيرها", "تعبيرهم", "وصفه", "وصفها", "وصفهم")}
_AS_PUT_LEMMA = "على حد قوله"


@dataclass
class VerbHit:
    index: int
    verb: ReportingVerb
    coordinated: bool       # "، وأضاف" / "كما أكد": continues the sentence's speaker
    according_to: bool = False
    prefixed: bool = False  # written with و/ف: starts a new clause
    antecedent: int = -1    # "وهو ما نفاه التحالف": the verb's object pronoun points back; its claim ends here
    completed_by: int = -1  # "ومضى ليندمان ليقول إن": the ل-verb of saying that completes a verb of going on


def find_verbs(sent: Sentence, mentions: list[Mention], lx: Lexicon) -> list[VerbHit]:
    inside = {k for m in mentions for k in range(m.start, m.end)}
    hits: list[VerbHit] = []
    toks = sent.tokens
    for k, tok in enumerate(toks):
        if k in inside:
            continue
        w, prefixed = tok.norm, False
        if tok.text.endswith("ى") and w.lstrip("وف") in ("تدعي", "يدعي"):
            continue          # "فتاة تدعى سوزانا" (is called), not "تدعي" (she claims)
        if _passive(tok, lx):
            continue
        if lx.is_function(w, "stop") and not any(c in tok.text for c in "أإؤئءآ"):
            continue          # "هنا" (here) is not "هنأ" (congratulated) written without its hamza
        verb = lx.verbs.get(w)
        if verb is None and len(w) > 3 and w[0] in "وف":
            verb, prefixed = lx.verbs.get(w[1:]), True
        if verb is not None and (lx.in_class(w, "noun_homograph") and not prefixed
                                 or lx.in_class(w[1:] if prefixed else w, "yeh_noun") and tok.text.endswith("ي")) \
                and ((after := _mention_at(mentions, _skip_fillers(toks, k + 1, lx))) is None
                     or (toks[after.start].norm[:1] in "لب" and toks[after.start].norm not in lx.names)):
            continue          # "ثمن النفط", "دفع ثمن", "مقالات رأي لصحيفة …": the noun; "ثمن السيسي جهود": the verb, its subject after it
        if verb is not None and lx.in_class(w[1:] if prefixed else w, "impersonal") and k + 1 < len(toks) and toks[k + 1].text == "أن":
            continue          # "ويتوقع أن يغادر نحو 40 ألف شخص": "it is expected", no one's statement
        elif verb is None and len(w) == 3 and w[0] in "وف" and k + 1 < len(toks) and toks[k + 1].text.isalpha() \
                and (not lx.is_function(toks[k + 1].norm) or lx.is_function(toks[k + 1].norm, "rank", "honorific")
                     or toks[k + 1].norm in lx.titles):
            verb, prefixed = lx.verbs.get(w[1:]), True     # "ورد الناطق" (and replied), not "ورد في البيان" (it was stated)
            #                                                ("ورد جنرال أمريكي بأن", "ورد الرئيس": a rank or title too)
        if verb is None and k >= 2 and ((lx.is_function(toks[k - 1].norm, "relative") and lx.in_class(toks[k - 2].norm, "remark_opener"))
                                       or lx.in_class(toks[k - 1].norm, "charge")):
            verb = _with_object_pronoun(w, lx)
            if verb is not None:     # "وهو ما نفاه التحالف", "الأمر الذي نفته وزارة الدفاع", "اتهام نفاه التحالف"
                hits.append(VerbHit(k, verb, False, antecedent=k - 1 if lx.is_function(toks[k - 1].norm, "relative") else k))
                continue
        if verb is not None and k >= 2 and k + 1 < len(toks) and toks[k + 1].norm in _PRONOUN_OBJECT \
                and lx.is_function(toks[k - 1].norm, "relative") and lx.in_class(toks[k - 2].norm, "remark_opener"):
            # "وهو الأمر الذي رد عليه الرئيس الإيراني قائلا": a remark on the clause before, by an
            # actor named after the pronoun (not "رد عليه الجيش بالقصف": an answer in deeds)
            subj = _mention_at(mentions, _skip_fillers(toks, k + 2, lx))
            nxt = toks[subj.end].norm if subj is not None and subj.end < len(toks) else ""
            if subj is not None and not (nxt[:1] == "ب" and nxt not in ("بالقول", "بان")):
                hits.append(VerbHit(k, verb, False, antecedent=k - 1))
            continue
        if verb is None and k + 1 < len(toks) and w.endswith(("ه", "ها")):
            # "كما اعتبره الرئيس الفرنسي "انتصارا"", "ووصفها الوزير بأنها": judging what was just named, the
            # judge right after the verb (the cheap tests first: this runs on every word no lexicon knows)
            bare = w[1:] if w[:1] in "وف" and len(w) > 5 else w
            judged = next((lx.verbs.get(bare[:-len(x)]) for x in ("ها", "ه") if bare.endswith(x)), None)
            prev = toks[k - 1].norm if k else ""
            m = _mention_at(mentions, k + 1) if judged is not None else None
            described = judged is not None and judged.lemma == "وصف" and m is not None and m.end < len(toks) \
                and toks[m.end].norm in ("بانه", "بانها", "بانهم", "بان")
            if judged is not None and judged.lemma in ("اعتبر", "وصف") and (bare[:1] not in "يت" or described) \
                    and toks[k + 1].norm[:1] not in "لب" and (described or not (lx.is_function(prev, "relative") or prev in ("بما", "مما"))) \
                    and m is not None \
                    and m.entity.kind in ("Person", "Office", "Country", "Organisation") and m.how != "nisba":
                # (not "التي تعتبرها تركيا", "بما تعتبره الأمم المتحدة", nor "وصفه لترامب": his description of;
                # but "الذي تصفه تركيا بأنه "يقود مجموعة إرهابية"": a description spelled out after بأنه)
                hits.append(VerbHit(k, judged, False, prefixed=bare != w))
                continue
            if judged is not None and judged.lemma in ("أبلغ", "أخبر") \
                    and any(lx.is_function(t.norm, "complementizer") for t in toks[k + 1:k + 9]) \
                    and any((m.start == k + 1 or m.end == k) and m.entity.kind in _ACTOR_KINDS for m in mentions):
                # "إن مصادر روسية أبلغتها بأن …", "وأبلغه وزير الخارجية الروسي أن …": told whom the pronoun
                # names, by the actor right before or after the verb
                hits.append(VerbHit(k, judged, False, prefixed=bare != w))
                continue
        if verb is None and w[:1] == "ل" and w[1:2] in "يت" and (said := lx.verbs.get(w[1:])) is not None \
                and not said.adverbial:
            went = next((g for g in range(k - 1, max(-1, k - 9), -1)
                         if lx.in_class(toks[g].norm, "went_on") or (toks[g].norm[:1] in "وف" and lx.in_class(toks[g].norm[1:], "went_on"))
                         or toks[g].text in ("،", ",", ".", ":", "؛")), None)
            if went is not None and toks[went].text.isalpha() and went not in inside:
                # "ومضى ليقول إن", "ثم عاد الرئيس الأمريكي ليؤكد أن": one verb of saying, subject between or dropped
                hits.append(VerbHit(went, said, False, prefixed=toks[went].norm[:1] in "وف", completed_by=k))
                continue
        if verb is None and w == "علي" and k + 2 < len(toks) and toks[k + 1].norm == "حد" and toks[k + 2].norm in _AS_PUT \
                and not any(t.text.isalpha() for t in toks[k + 3:]):
            # '"الكوريون الشماليون يفهمون ذلك"، على حد قوله.': as he put it, the words before are his (only at
            # the end: inside a sentence, "استدعت أنقرة السفير للتنديد بالقيود التي تفرضها على حد قولها بكين", whose
            # words they are depends on the clause)
            said = toks[k + 2].norm
            gender = "p" if said.endswith("هم") else "f" if said.endswith("ها") else "m"
            hits.append(VerbHit(k, ReportingVerb(_AS_PUT_LEMMA, tok.text, gender, False, "", False, ""), False, True))
            continue
        if verb is None:
            if (lx.is_function(w, "according_to") or (w[:1] in "وف" and lx.is_function(w[1:], "according_to"))) \
                    and k + 1 < len(toks):
                hits.append(VerbHit(k, ReportingVerb(w, tok.text, "", False, "", False, ""), False, True))
            continue
        n = k + 1
        while n < len(toks) and n - k < 3 and (lx.is_function(toks[n].norm, "adverb", "time") or toks[n].norm in ("له", "لها", "لهم")):
            n += 1            # "تحدث مرارا عن", "وعبر له عن دعمه"
        if verb.prep_required == "next" and not (n < len(toks) and (toks[n].norm == verb.prep or verb.lemma == "جاء"
                                                                    and toks[n].norm in _IN_IT
                                                                    and _author_of_medium(toks, mentions, k, lx)[1])) and not any(
                k < m.start <= k + 4 and m.end < len(toks)
                and verb.prep in (toks[x := _past_time(toks, past_posting(toks, mentions, m.end), lx)].norm,
                                  toks[_past_aside(toks, x, lx)].norm)
                and m.entity.kind in ("Person", "Office", "Organisation", "Country", "Group")
                and not any(t.text in ("،", ",", ".", ":") or lx.is_function(t.norm, "preposition") for t in toks[k + 1:m.start])
                for m in mentions):
            continue          # (the subject may come between: "تحدث وزير خارجيته مولود جاويش أوغلو عن",
            #                  "عبر سفراء السعودية واليمن لدى الأمم المتحدة عن")
        if verb.prep_required == "near" and not any(
                t.norm == verb.prep or (len(verb.prep) == 1 and t.norm.startswith(verb.prep) and len(t.norm) > 2
                                        and (verb.lemma != "اختتم" or t.norm.startswith(_SAYING_WITH_B)))
                for t in toks[k + 1:k + 11]) and not (
                verb.lemma == "نقل" and any(lx.is_function(t.norm, "complementizer") for t in toks[k + 1:k + 7])):
            continue      # (but "تنقل صحيفة الوطن أن": a paper reporting, with no one it quotes)
        prev = toks[k - 1].norm if k else ""
        prev_bare = prev[1:] if prev[:1] in "وف" and len(prev) > 2 else prev
        if not prefixed and ((any(lx.is_function(p, "preposition") and not lx.is_function(p, "clause_opener", "conjunction")
                                  for p in {prev, prev_bare}))
                             or lx.in_class(prev, "manner")):
            continue          # "إلى كيفية رد الأمير", "بعد رد الوزارة", "وفي رد آخر": a verbal noun, not the verb
        if not prefixed and k + 2 < len(toks) and toks[k + 1].text.isalpha() and not toks[k + 1].norm.startswith("ال") \
                and not lx.is_function(toks[k + 1].norm) and toks[k + 1].norm not in lx.verbs \
                and (toks[k + 2].norm in lx.verbs or (toks[k + 2].norm[:1] in "وف" and toks[k + 2].norm[1:] in lx.verbs)) \
                and not lx.is_function(toks[k + 2].norm, "time", "adverb"):
            continue          # "دان كوتس شكك": a first name that is also a verb form (دان = condemned), then the verb
            #                   (not "شدد ترامب مجددا على": "again" has the shape of a verb of saying)
        if not prefixed and _present_verb_shape(prev, lx) and k + 1 < len(toks) and _mention_at(mentions, k + 1) is not None \
                and toks[k + 1].norm.startswith("ال"):
            continue          # "يخالف تعهد الجانبين": after a verb, the verbal noun is its object (the sides' pledge)
        if lx.in_class(prev, "purpose") or (w in ("ردا", "وردا") and k + 1 < len(toks) and toks[k + 1].norm == "علي"):
            continue          # "لكي توضح موسكو": what someone should say; "ردا على": in response to
        if verb.lemma == "اعتبر" and _considered(toks, mentions, k, w[1:] if prefixed else w, lx):
            continue          # "وتعتبر ألمانيا أكبر مضيفة للاجئين": "is considered", nobody's statement
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        introduces = nxt is not None and (nxt.text in (":", *_QUOTE_OPEN) or lx.is_function(nxt.norm, "complementizer"))
        if verb.adverbial and prev not in ("،", ",") and not introduces and k:
            continue        # "معلومات مؤكدة": the participle used as an adjective; "قائلا:" still counts, and so does
            #                 one opening a sentence (a full stop typed for a comma: "…». متهمًا الحكومة …")
        source = _mention_at(mentions, _skip_fillers(toks, k + 1, lx)) if prev in ("كما", "وكما") else None
        if source is not None and k >= 2 and toks[k - 2].text in ("،", ",") and not introduces:
            close = source.end
            while close < len(toks) and close - source.end < 2 and lx.is_function(toks[close].norm, "time"):
                close += 1
            if close >= len(toks) or toks[close].text in ("،", ",", ".", "؛"):
                # "أسفر النزاع، كما تقول منظمة الصحة العالمية، عن مقتل …": as X says = according to X
                hits.append(VerbHit(k, verb, False, True))
                continue
        coordinated = (verb.adverbial or (prefixed and prev in ("،", ",")) or prev in ("كما", "وكما"))
        hits.append(VerbHit(k, verb, coordinated, prefixed=prefixed))
    return hits




def _considered(toks: list[Token], mentions: list[Mention], k: int, w: str, lx: Lexicon) -> bool:
    """"ويعتبر الحادث حلقة جديدة", "وتعتبر ألمانيا أكبر مضيفة", "جبهة النصرة التي تعتبر إحدى أقوى
    الجماعات": the present of اعتبر read as a passive ("is considered"), with no أن after it. The
    predicate (an elative, "من", "أحد", an indefinite accusative) follows the verb at once, or an
    actor and then at once the predicate, where an active verb takes its object first ("وتعتبر
    تركيا المليشيا الكردية فرعا"); or the sentence opens with the verb and a noun that is no actor.
    With its subject before it ("قبرص تعتبر مصر من الجيران") the verb is active."""
    if w[:1] not in "يت":
        return False
    stop = next((x for x in range(k + 1, len(toks)) if toks[x].text in ("،", ",", ".", "؛", ":") or toks[x].text in _QUOTE_OPEN),
                len(toks))
    if any(lx.is_function(t.norm, "complementizer") for t in toks[k + 1:stop]):
        return False
    j = _skip_fillers(toks, k + 1, lx)
    if j < len(toks) and _predicate_word(toks, mentions, j, lx):
        return True
    if k and (_mention_ending(mentions, k) is not None or (
            toks[k - 1].norm.startswith("ال") and toks[k - 1].text.isalpha() and not lx.is_function(toks[k - 1].norm))):
        return False      # "قبرص تعتبر مصر من الجيران", "ولا تزال الأسرة الدولية تعتبر القدس الشرقية أرضا محتلة"
    m = _mention_at(mentions, j)
    if m is None:
        return k == 0 and j < len(toks) and toks[j].text.isalpha() and toks[j].norm not in lx.speaker_words \
            and toks[j].norm[2:] not in lx.speaker_words
    return m.end < len(toks) and not m.entity.anonymous and _predicate_word(toks, mentions, m.end, lx)


def _predicate_word(toks: list[Token], mentions: list[Mention], j: int, lx: Lexicon) -> bool:
    """What opens the predicate of "is considered": "من", "أحد", an elative, an indefinite accusative."""
    w = toks[j].norm
    return lx.in_class(w, "considered_as") or (
        w.endswith("ا") and not w.startswith("ال") and toks[j].text.isalpha() and len(w) > 2 and _mention_at(mentions, j) is None)


def _with_object_pronoun(w: str, lx: Lexicon) -> ReportingVerb | None:
    """"نفاه" = نفى + ه, "نفته" = نفت + ه, "أكدته" = أكدت + ه: a past verb of saying
    with an object pronoun, found only after a relative ("ما نفاه"); a denial in the present
    too ("الأمر الذي تنفيه الفصائل")."""
    for suffix in ("ها", "ه"):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            stem = w[: -len(suffix)]
            verb = lx.verbs.get(stem) or (lx.verbs.get(stem[:-1] + "ي") if stem.endswith("ا") else None)
            if verb is not None and not verb.adverbial and not (stem[:1] in "يت" and len(stem) >= 4 and verb.lemma != "نفى") \
                    and lx.in_class(normalize(verb.lemma), "pointing_back"):   # a past form of saying ("التي أقرتها الدول" approves, says nothing)
                return verb
    return None


_QUANTIFIERS_WITHOUT_MIN = {normalize(w) for w in ("بعض", "جميع", "عشرات", "مئات", "آلاف", "عدة")}   # "عدد" needs its من
_QUANTIFIERS = _QUANTIFIERS_WITHOUT_MIN | {normalize(w) for w in ("عدد", "العديد", "الكثير", "كثير", "معظم", "غالبية", "أغلب")}


def _after_sabaq(toks: list[Token], k: int) -> bool:
    """"وسبق أن رفضت تركيا", "التي سبق وأن أعربت": سبق (و)أن before a verb means it had already
    happened; the أن opens no reported clause."""
    return k >= 2 and toks[k - 1].norm in ("ان", "وان") and toks[k - 2].norm.removeprefix("و") == "سبق"


def _described_as_said(toks: list[Token], hit: VerbHit, mentions: list[Mention], lx: Lexicon) -> bool:
    """"أصدرت شبكة سي بي إس تسجيلا آخر قالت إنها لم تتحقق من صحته": an indefinite noun, then a
    past verb of saying and a pronoun pointing back: what the actor just named said of the thing."""
    k = hit.index
    return 0 < k < len(toks) - 1 and not hit.prefixed and toks[k].norm[:1] not in "يت" \
        and toks[k + 1].norm in _WHAT_IT_IS and described_noun(toks[k - 1], mentions, k - 1, lx)


def _what_was_said(toks: list[Token], hit: VerbHit, mentions: list[Mention]) -> bool:
    """"قدم نتنياهو ما قال إنه دليل", "ما تقول الأمم المتحدة إنه أسوأ أزمة": "ما" before the verb is
    "what", not "not", when the clause after it points back with a pronoun ("إنه", "بأنها").
    (A masculine past other than قال may be passive, "ما ذُكر أنه خلاف", unless its subject follows.)"""
    k = hit.index
    if k >= 2 and toks[k - 1].norm == "ما" and toks[k - 2].norm == "علي" and any(m.start == k + 1 for m in mentions):
        return True       # "لكن الواضح، على ما قال الشرفي، أن …": as X said
    if k == 0 or toks[k - 1].norm != "ما" or not any(t.norm in _WHAT_IT_IS for t in toks[k + 1:k + 7]):
        return False
    return toks[k].norm != normalize(hit.verb.lemma) or hit.verb.lemma == "قال" or any(k < m.start <= k + 2 for m in mentions)


def _preposition_object(toks: list[Token], m: Mention, lx: Lexicon) -> bool:
    """"على روسيا", "لإيران", "من مقر وزارة الدفاع": an actor a preposition governs is nobody's subject."""
    return any(lx.is_function(toks[x].norm, "preposition") for x in range(max(0, m.start - 2), m.start)
               if toks[x].text.isalpha()) or toks[m.start].norm.startswith(("لل", "بال")) or _joined_preposition(toks, m, "لب")


def _skip_fillers(toks: list[Token], i: int, lx: Lexicon, limit: int = 4) -> int:
    """Past time words and commas that sit between a verb and its subject."""
    j = i
    while j < len(toks) and j - i < limit:
        w = toks[j].norm
        if w in ("،", ",") or (lx.is_function(w, "time", "honorific") and not toks[j].text.startswith("آ")):
            j += 1        # (but "آلان" is the name Alan, not "الآن" (now) without its hamza)
            continue
        break
    return j


_LEADER_ROLES = ("leader", "president", "king", "emir", "prime minister", "supreme leader")


def _ally_of_pronoun(w: str, lx: Lexicon) -> bool:
    """"حليفتها", "حليفه": an ally word with the pronoun of whom it is the ally."""
    w = w.lstrip("و")
    for suffix in ("هما", "هم", "ها", "ه"):
        if w.endswith(suffix) and len(w) > len(suffix) + 3:
            base = w[:-len(suffix)]
            return lx.in_class(base[:-1] + "ه" if base.endswith("ت") else base, "ally")
    return False


def _plural_stem(w: str) -> str:
    """"مسؤولون", "مسؤولين" → "مسؤول": the same unnamed group in either case."""
    return w[:-2] if w.endswith(("ون", "ين")) and len(w) > 4 else w


def _is_prep(word: str, prep: str) -> bool:
    """Is `word` the verb's preposition, alone or joined to its noun ("بـ" in "باستعادة")?"""
    return word == prep or (len(prep) == 1 and word.startswith(prep) and len(word) > 3)


def _mention_at(mentions: list[Mention], i: int) -> Mention | None:
    return next((m for m in mentions if m.start == i and m.entity.kind in _ACTOR_KINDS), None)


def _topic_of_amma(toks: list[Token], mentions: list[Mention], hit: VerbHit) -> Mention | None:
    """"أما رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، الذي أمر …، فقد توعد": after أما
    ("as for") the topic is the subject of the verb that فـ opens."""
    k = hit.index
    opens = toks[k].norm[:1] == "ف" and hit.prefixed or (k >= 1 and toks[k - 1].norm in ("فقد", "فانه", "فانها"))
    if not opens:
        return None
    a = next((x for x in range(k - 1, -1, -1) if toks[x].norm.lstrip("و") == "اما"), None)
    if a is None or a + 1 >= k or any(t.text in (".", "؛", ";", ":") for t in toks[a:k]) \
            or toks[a + 1].norm in ("عن", "في", "بالنسبه", "فيما", "بشان", "حول", "علي"):
        return None       # ("أما عن الأزمة القطرية، فقال وزير الخارجية": a topic, not the subject)
    first = [m for m in mentions if a < m.start <= a + 3 and m.entity.kind in _ACTOR_KINDS - {"Group"} and m.how != "nisba"
             and not (m.start > a + 1 and toks[m.start - 1].norm in ("من", "في", "عن"))]    # ("أما إينس من ألمانيا")
    if not first:
        return None
    m = first[0]
    if m.entity.kind != "Person":
        # "أما رئيس الوزراء الإسرائيلي، بنيامين نتنياهو", "أما مسؤولة السياسة الخارجية في الاتحاد الأوروبي،
        # فديريكا موغيريني": the name after the office, set off by a comma
        m = next((x for x in mentions if m.end <= x.start < k and x.start <= a + 10 and x.entity.kind == "Person"
                  and (x.start == m.end or toks[x.start - 1].text in ("،", ","))), m)
    return m


def _national_body(sent: Sentence, mentions: list[Mention], i: int, lx: Lexicon) -> tuple[Entity, int] | None:
    """"المنسقية العامة لرئاسة الوزراء التركية": a body we do not list, named by a definite
    noun phrase of up to six plain words that ends in a nationality → (body, end)."""
    toks = sent.tokens
    if i >= len(toks) or not toks[i].norm.startswith("ال") or toks[i].norm in lx.nisba:
        return None
    for k in range(i + 1, min(i + 6, len(toks))):
        nis = nisba_at(toks, k, lx)
        if nis is not None:
            label = sent.text[toks[i].start:toks[nis[0] - 1].end]
            return Entity("Organisation", normalize_phrase(label).replace(" ", "_"), label, country=nis[1], gender="f"), nis[0]
        t = toks[k]
        if not t.text.isalpha() or lx.is_function(t.norm) or t.norm in lx.verbs or any(m.start == k for m in mentions):
            return None
    return None


def _listed_actors(toks: list[Token], mentions: list[Mention], i: int, lx: Lexicon | None = None) -> list[Mention]:
    """The actors listed from token i on: "بريطانيا وفرنسا وألمانيا", "روسيا، والولايات المتحدة"."""
    out: list[Mention] = []
    m = _mention_at(mentions, i)
    while m is not None and m.entity.kind in ("Country", "Organisation", "Person", "Office"):
        out.append(m)
        n = m.end + 1 if m.end < len(toks) and toks[m.end].text in ("،", ",") else m.end
        m = _mention_at(mentions, n)
        if out[-1].entity.kind == "Person" and lx is not None and n + 1 < len(toks) and toks[n].norm.startswith("و") \
                and (m is None or m.how == "nisba") and toks[n].norm[1:] in lx.nisba \
                and (person := _mention_at(mentions, m.end if m is not None else n + 1)) is not None \
                and person.entity.kind == "Person":
            m = person     # "أردوغان والروسي فلاديمير بوتين": the next man's nationality, then his name
            n = m.start
        if m is None or n == out[-1].end and not (toks[m.start].norm.startswith("و") and toks[m.start].text[:1] == "و"
                                                   and not (lx is not None and known_word(toks[m.start].norm, lx))):
            break         # ("بكين واشنطن": the و of واشنطن is its own)
    return out


def _leaders_of_states(toks: list[Token], listed: list[Mention]) -> bool:
    """Men of different states joined by و ("أردوغان وبوتين وروحاني", "أردوغان والروسي بوتين"),
    not a man and, after a comma, whom he told ("أبلغ بوتين، نظيره السوري الأسد")."""
    countries = [m.entity.country for m in listed if m.entity.kind == "Person" and not m.entity.role.startswith("former ")]
    joined = all(toks[m.start].text.startswith("و") or toks[m.start - 1].text.startswith("و") for m in listed[1:])
    return joined and len(countries) == len(listed) and all(countries) and len(set(countries)) == len(countries)


def _listed_group(sent: Sentence, listed: list[Mention], keys: list[str] | None = None) -> Entity:
    """States that speak together, each for itself ("كل من بريطانيا وفرنسا"); or their leaders."""
    keys = tuple(keys or (m.entity.key for m in listed))
    label = sent.text[sent.tokens[listed[0].start].start:sent.tokens[listed[-1].end - 1].end]
    return Entity("Group", "each_" + "_".join(keys), label, role="listed", gender="p", members=keys)


def _adopted(toks: list[Token], c0: int, c1: int, lx: Lexicon) -> bool:
    """What أقر governs is a law, bill, budget or plan: it was passed, not admitted."""
    k = c0
    while k < c1:
        nis = nisba_at(toks, k, lx)         # ("وأقر الكنيست الإسرائيلي هذا القانون")
        if nis is None and not (lx.is_function(toks[k].norm, "demonstrative", "time") or toks[k].text in ("،", ",")):
            break
        k = nis[0] if nis else k + 1
    return k < c1 and lx.in_class(toks[k].norm, "adopted")


def _present_verb_shape(w: str, lx: Lexicon) -> bool:
    """"يخالف", "تنتهك": a present-tense verb by its shape (not a noun in ة, not a listed word)."""
    return len(w) >= 4 and w[:1] in "يت" and not w.endswith(("ه", "ي")) and not lx.is_function(w) \
        and w not in lx.names and w not in lx.verbs


def _came_from(toks: list[Token], mentions: list[Mention], lx: Lexicon) -> Mention | None:
    """"جاء ذلك على لسان المندوب الباكستاني …", "جاء ذلك في مؤتمر صحفي للجبير", "جاء ذلك في
    تغريدة للوزير البحريني": the news formula that names who said what the article just
    reported; the later dropped subjects ("وأوضحت") are theirs."""
    if len(toks) < 4 or toks[0].norm.lstrip("و") != "جاء" or toks[1].norm not in ("ذلك", "هذا"):
        return None
    if toks[2].norm == "علي" and toks[3].norm == "لسان":
        # (the name may stand well after the office: "المندوب الباكستاني الدائم لدى الأمم المتحدة السفيرة مليحة لودهي")
        return _through_the_mouth_of(toks, mentions, 2, lx, reach=8)
    if toks[2].norm not in ("في", "خلال"):
        return None
    medium = next((x for x in range(3, min(6, len(toks))) if lx.in_class(toks[x].norm, "medium")
                   or (toks[x].norm.startswith("ال") and lx.in_class(toks[x].norm[2:], "medium"))), None)
    if medium is None:
        return None
    author = next((m for m in mentions if medium < m.start <= medium + 3 and toks[m.start].norm[:1] == "ل"
                   and m.entity.kind in ("Person", "Office", "Organisation", "Country")
                   and not any(t.text in (".", "،", ",") for t in toks[medium + 1:m.start])), None)
    return author


def _issued_statement(toks: list[Token], mentions: list[Mention], lx: Lexicon) -> Entity | None:
    """The actor of "أصدر X بيانا" / "أصدرت X بيانا", or of "مقالا لـX": who issued a statement."""
    for i, t in enumerate(toks):
        if not lx.in_class(t.norm, "sending") and not (t.norm[:1] == "و" and lx.in_class(t.norm[1:], "sending")):
            continue
        m = _mention_at(mentions, _skip_fillers(toks, i + 1, lx))
        if m is None or m.entity.kind == "Anonymous":
            continue
        after = _skip_fillers(toks, m.end, lx)
        if after < len(toks) and lx.in_class(toks[after].norm, "issued_text"):
            return m.entity
    for i, t in enumerate(toks[:-1]):
        m = _mention_at(mentions, i + 1) if lx.in_class(t.norm, "issued_text") else None
        if m is not None and toks[i + 1].norm[:1] == "ل" and m.entity.kind in ("Person", "Office", "Organisation", "Country"):
            return m.entity   # "ونشرت أربع صحف عربية مقالا لوزير الخارجية الإيراني محمد جواد ظريف": its author
    return None


_IN_IT = {"فيه", "فيها", "خلاله", "خلالها"}    # ("بيانا تعهدت خلاله": in it)


def _author_of_medium(toks: list[Token], mentions: list[Mention], k: int, lx: Lexicon) -> tuple[bool, Mention | None]:
    """"ونشرت السفارة الروسية عدة تغريدات تقول فيها إنها …", "وأرسل أوربان برقية تهنئة إلى
    الرئيس التركي قال فيها إن", "تصريحات للمسؤول البريطاني قال فيها": a verb of saying whose
    "in it" points back to a statement, letter or tweet speaks for who made it: the actor
    before that noun (its subject, or its author after ل), not one it was sent to."""
    medium = next((x for x in range(k - 1, max(k - 15, -1), -1) if lx.in_class(toks[x].norm, "medium")
                   or (toks[x].norm[:1] in "وبل" and lx.in_class(toks[x].norm[1:], "medium"))), None)
    if medium is None or any(t.text in (".", "؛", ";", ":") or lx.is_function(t.norm, "complementizer") for t in toks[medium:k]):
        return False, None
    issued = medium + 3 < len(toks) and toks[medium + 1].norm in ("صادر", "الصادر", "صادره", "الصادره", "صدر", "صدرت") \
        and toks[medium + 2].norm == "عن"
    if k - medium > 8 and not issued:
        return False, None    # (far back only "تصريحات صدرت عن وزير الخارجية الأميركي جون كيري، يوم الجمعة، حذر فيها")
    if medium + 1 < len(toks):
        author = _mention_at(mentions, medium + 1)    # "تصريحات للمسؤول البريطاني"
        if author is not None and toks[author.start].norm.startswith("ل") and author.end <= k:
            return True, author
        author = _mention_at(mentions, medium + 2) if toks[medium + 1].norm == "من" else None
        if author is not None and author.end <= k:
            return True, author      # "واتصالا من ترامب يقول فيه"
        author = _mention_at(mentions, medium + 3) if issued else None
        if author is not None and author.end <= k:
            return True, author      # "في تقرير صادر عن صحيفة فاينانشيال تايمز جاء فيه", "تصريحات صدرت عن كيري … حذر فيها"
    owner = next((m for m in mentions if m.end == medium and m.entity.kind in _ACTOR_KINDS and toks[m.start].norm[:1] == "ل"
                  and m.start and toks[m.start - 1].norm.lstrip("و") in ("كان", "كانت")), None)
    if owner is not None:
        return True, owner           # "كان لأردوغان تصريح آخر، قال فيه": whose statement it was
    before = [m for m in mentions if m.end <= medium and len(_past_asides(toks, m.end, medium)) <= 4 and m.entity.kind in _ACTOR_KINDS
              and _subject_of_sending(toks, m.start, lx)
              and toks[m.start].norm[:1] not in "لب" and m.entity.kind != "Anonymous"]
    if not before or any(t.text in (".", "؛", ";", ":", "،", ",") for t in _past_asides(toks, before[-1].end, medium)):
        sender = next((m for m in reversed(mentions) if m.end < medium and m.entity.kind in _ACTOR_KINDS - {"Anonymous"}
                       and m.how != "nisba" and toks[m.start].norm[:1] not in "لب"
                       and any(lx.in_class(toks[v].norm.lstrip("و"), "sending") for v in range(m.end, medium))
                       and all(t.text in ("،", ",") or t.norm == "قد" or lx.in_class(t.norm.lstrip("و"), "sending")
                               for t in toks[m.end:medium])), None)
        # "وكان الأمين العام …، أنطونيو غوتيريس، قد قدم تقريرا … قال فيه": the subject before its verb of issuing
        return True, sender
    return True, before[-1]


def _past_asides(toks: list[Token], a: int, b: int) -> list[Token]:
    """The words between a and b without a short aside set off by commas ("أصدرت إسرائيل، أول
    من أمس، بيانا": the time between the subject and what it issued)."""
    out, x = [], a
    while x < b:
        if toks[x].text in ("،", ","):
            close = next((y for y in range(x + 1, min(x + 6, b)) if toks[y].text in ("،", ",")), None)
            if close is not None:
                x = close + 1
                continue
        out.append(toks[x])
        x += 1
    return out


def _subject_of_sending(toks: list[Token], start: int, lx: Lexicon) -> bool:
    """An actor right after a verb of issuing or sending ("ونشرت السفارة", "وأرسل أوربان"),
    past a time word or comma; not a genitive ("جهود تيلرسون") or a preposition's object."""
    x = start - 1
    while x >= 0 and (toks[x].text in ("،", ",") or lx.is_function(toks[x].norm, "time")):
        x -= 1
    if x < 0:
        return True
    w = toks[x].norm
    return lx.in_class(w, "sending") or lx.in_class(w[1:], "sending") or w in lx.verbs or w[1:] in lx.verbs


_PRONOUN_OBJECT = {"عليه", "عليها", "عليهم", "عنه", "عنها", "عليهما"}
_ITS_NAME = {"باسمه", "باسمها", "باسمهم", "باسمهما"}


def _through_the_mouth_of(toks: list[Token], mentions: list[Mention], i: int, lx: Lexicon, reach: int = 3) -> Mention | None:
    """"رحبت الولايات المتحدة على لسان رئيسها دونالد ترامب بـ…": a state or body
    that speaks "through the mouth of" someone speaks in that person's words; the
    person (or office, or unnamed source) after على لسان, within `reach` words, is the speaker."""
    j = _skip_fillers(toks, i, lx)
    if j + 1 >= len(toks) or toks[j].norm != "علي" or toks[j + 1].norm != "لسان":
        return None
    near = [m for m in sorted(mentions, key=lambda m: m.start)
            if j + 2 <= m.start <= j + 2 + reach and m.entity.kind in ("Person", "Office", "Anonymous")
            and not any(t.text in (".", "؛", ";", ":") or t.text in _QUOTE_OPEN for t in toks[j + 2:m.start])
            and not (m.end < len(toks) and toks[m.end].norm in _ITS_NAME)]
    # a name after the office ("متحدثها المستشار أحمد أبو زيد") is who spoke; an office
    # known only by a pronoun ("المتحدث باسمه") says less than the body that spoke
    return next((m for m in near if m.entity.kind == "Person"), None) \
        or next((m for m in near if m.entity.kind == "Anonymous" or (m.entity.country and m.end - m.start > 1)), None)


def _joined_preposition(toks: list[Token], m: Mention, preps: str) -> bool:
    """"لليبرمان", "لبي بي سي": the mention's first word is a preposition joined to the
    start of the actor's own name, so the actor is governed (an addressee), not a subject."""
    first = toks[m.start].norm
    return first[:1] in preps and any(normalize_phrase(a).split()[:1] == [first[1:]]
                                      for a in (m.entity.label_ar, *m.entity.aliases, *m.entity.spellings) if a)


def _mention_ending(mentions: list[Mention], i: int) -> Mention | None:
    return next((m for m in mentions if m.end == i and m.entity.kind in _ACTOR_KINDS), None)


def _claim_span(toks: list[Token], start: int, end: int, verb: ReportingVerb, lx: Lexicon) -> tuple[int, int, str]:
    """(first, last+1, quote type) of the claim between start and end."""
    if start + 1 < end and toks[start].text in ("،", ",") and _clause_break(toks, start + 1):
        start += 1        # the comma closing the speaker's apposition, before a word in و ("، وجود القوات …")
    window = min(end, start + 25)
    # "أعلن البشير تأييد بلاده لـ…، بسبب …«تمايز»": an object right after the verb
    # is the claim; a quote after the next comma belongs to another phrase
    object_first = start < end and is_arabic(toks[start].norm) and toks[start].text.isalpha() \
        and not lx.is_function(toks[start].norm) and toks[start].norm not in lx.verbs
    skip_to = start
    for c in range(start, window):
        if c < skip_to:
            continue
        w = toks[c].text
        if object_first and c > start and w in ("،", ","):
            break
        if w in _QUOTE_OPEN:
            close = _QUOTE_OPEN[w]
            q = next((q for q in range(c + 1, end) if toks[q].text == close or (close == "»" and toks[q].text == "”")), end)
            short_name = q - c <= 4 and (any(lx.is_function(t.norm, "complementizer") for t in toks[q + 1:min(end, q + 6)])
                                         or any(toks[x].text == ":" and toks[x + 1].text in _QUOTE_OPEN
                                                for x in range(q + 1, min(end - 1, q + 5))))
            # ("في حسابه على موقع "تويتر"، الأربعاء: "…"": the quoted name, then the words)
            if q - c <= 8 and q + 1 < end and (c > start or short_name and (
                    toks[q + 1].text in ("،", ",") or lx.is_function(toks[q + 1].norm, "complementizer"))) \
                    and (toks[q + 1].text.isalpha() or short_name) and any(
                    lx.is_function(t.norm, "complementizer") or t.text in _QUOTE_OPEN for t in toks[q + 1:min(end, q + 25)]):
                # ("في حسابه على موقع "تويتر"، أنه …": a short quoted name just before the أن clause;
                # "قال مسؤول في حلف شمال الأطلسي "الناتو"، الثلاثاء، إن", "ويقول صندوق الأمم المتحدة للطفولة
                # "يونيسيف" أن": the speaker's quoted name)
                skip_to = q + 1      # "في بيان نشرته مهمة "الدعم الحازم" التابعة …، أن": a quoted name on the way
                continue
            if c == start and q - c <= 3 and q + 1 < end and toks[q + 1].text.isalpha() and is_arabic(toks[q + 1].norm) \
                    and not lx.is_function(toks[q + 1].norm, "complementizer") and _scare_quoted(toks[c + 1].norm, lx):
                break         # "أكد "رفض" بلاده لنقل السفارة", "أدانت "بشدة" الاتهامات": a word quoted inside the object
            if c > start + 1 and q - c <= 6 and toks[c - 1].text.isalpha() and toks[c - 1].norm not in lx.verbs \
                    and (not lx.is_function(toks[c - 1].norm) or (q - c <= 3 and lx.is_function(toks[c - 1].norm, "preposition"))) \
                    and not any(t.text in (":", "،", ",") for t in toks[start + (toks[start].text in ("،", ",")):c]):
                # "دعت … للوقوف في وجه قانون "الدولة القومية اليهودية"", "نفى وجود أي شريط من "أبرانتيس"":
                # a quoted name inside the object (also after the comma that closes the speaker: "أعلن المغرب، قطع …")
                break
            return c + 1, q, "direct"
        if w == "»" and c == start:       # a mis-typed opening mark: ذكر لافروف»…
            return c + 1, end, "direct"
        if lx.is_function(toks[c].norm, "complementizer"):
            if c + 1 < end and toks[c + 1].text in _QUOTE_OPEN:
                close = _QUOTE_OPEN[toks[c + 1].text]
                q = next((q for q in range(c + 2, end) if toks[q].text == close), end)
                return c + 2, q if q < end and q + 1 >= end - 1 else end, "direct"
            if c > start and toks[c].norm.startswith("بان") and lx.in_class(normalize(verb.lemma), "describing"):
                return start, end, "indirect"     # "ووصفت روسيا هذه التقارير بأنها زائفة": what is described, and how
            return c + 1, end, "indirect"
        if verb.prep and toks[c].norm == verb.prep:      # "أعرب … عن أسفه"
            if c + 1 < end and lx.is_function(toks[c + 1].norm, "complementizer"):
                continue      # "أشار إلى أن …", "شدد على أن …": the clause after the complementizer
            if not lx.is_function(toks[c].norm, "preposition"):
                return c, end, "indirect"     # "ألقت الحكومة باللوم على …": the noun that says what it is belongs to it
            return c + 1, end, "indirect"
        if c > start and (toks[c].norm in lx.verbs or _clause_break(toks, c)) \
                and not lx.is_function(toks[c].norm, "according_to") and not lx.is_function(toks[c].norm[1:], "according_to"):
            break         # ("، وفقا لوكالة …، أن": the source on the way to the claim)
    # the verb's object: "أكد تأييد روسيا للأسد، وكرر …" ends at the next clause
    stop = next((c for c in range(start + 1, end) if _clause_break(toks, c)), end)
    return start, stop, "indirect"


def _scare_quoted(w: str, lx: Lexicon) -> bool:
    """A quoted word that is a stance cue or an adverb ("رفض", "تأييدها",
    "بشدة"), not a name ("توتال", "الشرق الأوسط")."""
    return any(lx.cues.candidates(f) for x in stems(w) for f in strip_suffix(x)) or lx.is_function(w, "adverb")


def _coordination_head(toks: list[Token], mentions: list[Mention], m: Mention, lx: Lexicon) -> Mention:
    """The first of actors joined by و that ends with `m` ("إيران وإسرائيل" for "وإسرائيل")."""
    while m.start and toks[m.start].norm[:1] == "و" and toks[m.start].norm not in lx.names \
            and (prev := _mention_ending(mentions, m.start)) is not None:
        m = prev
    return m


def _clause_break(toks: list[Token], c: int) -> bool:
    """"، وكرر" — a comma and a و-word start a new clause."""
    return toks[c - 1].text in ("،", ",") and toks[c].norm.startswith("و") and len(toks[c].norm) > 3


def _passive(tok: Token, lx: Lexicon) -> bool:
    """"اتُهمت روسيا", "واقتُرح", "يُتهم": a damma written on a verb makes it passive, nobody's
    statement. But "نُقل عن شويغو قوله" still relays Shoigu's words, and the present of
    أضاف/أكد/أشار/أوضح ("ويُضيف") carries that damma in the active too."""
    bare = tok.text[1:] if tok.text[:1] in "وف" and len(tok.text) > 3 else tok.text
    if "\u064f" not in bare[:4]:
        return False
    w = tok.norm
    lemma = getattr(lx.verbs.get(w[1:] if w[:1] in "وف" and len(w) > 3 else w) or lx.verbs.get(w), "lemma", "")
    return lemma not in ("نقل", "نسب") and not (bare[:1] in "يتن" and bare[1:2] == "\u064f"
                                               and lemma in ("أضاف", "أكد", "أشار", "أوضح"))


def _quote_before(toks: list[Token], k: int) -> tuple[int, int] | None:
    """The quote that closes right before the verb at k (a comma may stand between) and opens the
    sentence: ""الوضع خطير جدا"، يقول المتحدث" → its token span."""
    j = k - 1
    while j >= 0 and toks[j].text in ("،", ",", "-", "–"):
        j -= 1
    if j < 2 or toks[j].text not in ("»", "”", '"'):
        return None
    opener = next((x for x in range(j - 1, -1, -1) if toks[x].text in ("«", "“", '"')), None)
    if opener is None or opener > 1 or j - opener < 3:
        return None       # (only a quote that opens the sentence, not one inside a clause before the verb)
    return opener + 1, j


def _closing_source(toks: list[Token], m: Mention, hit: VerbHit) -> bool:
    """A plain verb of saying whose subject ends the sentence or opens a relative clause:
    "… تقول لوموند.", "… تقول لاكروا التي أشارت"."""
    verb = hit.verb
    return not (verb.takes_object or verb.polarity or verb.prep) and toks[hit.index].norm[:1] in "يت" \
        and not m.entity.anonymous and (
        m.end >= len(toks) or toks[m.end].text in (".", "،", ",", "؛") or toks[m.end].norm in ("التي", "الذي"))


_SAYING_WITH_B = ("بان", "بالقول", "بالتاكيد", "بالاشاره", "بالدعوه", "بالتشديد")   # "واختتم البيان بأن"


def _name_like(tok: Token, lx: Lexicon) -> bool:
    """A word that may be a place or a name we do not list ("في كتالونيا"): no grammar word,
    verb or definite noun."""
    return tok.text.isalpha() and is_arabic(tok.norm) and not tok.norm.startswith("ال") \
        and not lx.is_function(tok.norm) and tok.norm not in lx.verbs


def _past_time(toks: list[Token], i: int, lx: Lexicon) -> int:
    """After an actor, past a day or time between commas ("… الجمعة عن", "…، الإثنين، عن")."""
    j = i
    while j < len(toks) - 1 and j - i < 4 and (toks[j].text in ("،", ",") or lx.is_function(toks[j].norm, "time")):
        j += 1
    return j if any(lx.is_function(t.norm, "time") for t in toks[i:j]) else i


def _past_aside(toks: list[Token], i: int, lx: Lexicon) -> int:
    """After an actor and its time, past an aside between commas ("وعبر ترامب السبت، في مكالمة مع
    مون، عن سعادته"): where the verb's preposition would stand; `i` itself when there is none."""
    j = i - 1 if 0 < i < len(toks) and toks[i - 1].text in ("،", ",") and toks[i].text not in ("،", ",") else i
    if j >= len(toks) or toks[j].text not in ("،", ","):
        return i
    close = next((c for c in range(j + 1, min(j + 9, len(toks))) if toks[c].text in ("،", ",", ".", ":", "؛")), None)
    if close is None or toks[close].text not in ("،", ",") or close + 1 >= len(toks) \
            or any(t.norm in lx.verbs for t in toks[j + 1:close]):
        return i
    return close + 1


def _clause_before(toks: list[Token], k: int, lx: Lexicon) -> tuple[int, int] | None:
    """The clause that opens the sentence (or follows its colon) and ends right before the verb at k,
    when nothing follows the verb but its subject: "موضوع سيزيد من التوتر تقول لوموند" → its span."""
    j = k
    while j > 0 and toks[j - 1].text in ("،", ",", "-", "–"):
        j -= 1
    start = next((x + 1 for x in range(j - 1, -1, -1) if toks[x].text in (":", "؛", ";", ".")), 0)
    if j - start < 3 or lx.is_function(toks[start].norm, "preposition", "complementizer") \
            or any((t.norm in lx.verbs or t.norm[1:] in lx.verbs and t.norm[:1] in "وف")
                   and (lx.is_function(toks[x + 1].norm, "complementizer") or toks[x + 1].text in (":", *_QUOTE_OPEN))
                   for x, t in enumerate(toks[start:j - 1], start)):
        return None       # (a clause with its own verb of saying and its أن is not the one this verb reports)
    return start, j


def _quoted(toks: list[Token]) -> set[int]:
    """Token indexes inside «…» or "…": a verb there is part of a quote."""
    inside, depth, straight = set(), 0, False
    for i, t in enumerate(toks):
        if t.text in ("«", "“"):
            depth += 1
        elif t.text in ("»", "”") and depth:
            depth -= 1
        elif t.text == '"':
            straight = not straight
        elif depth or straight:
            inside.add(i)
    return inside


def _trim(toks: list[Token], s: int, e: int) -> tuple[int, int]:
    while s < e and toks[s].text in _PUNCT_BREAK | {"»", "«", '"'}:
        s += 1
    while e > s and toks[e - 1].text in _PUNCT_BREAK | {"»", "«", '"', "و"}:
        e -= 1
    if e - s > 2 and toks[e - 1].norm == "ان" and toks[e - 2].norm in ("رغم", "برغم", "الا", "غير", "بيد"):
        e -= 2            # "…، رغم أن" / "…، إلا أن": the next clause, the narrator's, starts here
        while e > s and toks[e - 1].text in _PUNCT_BREAK:
            e -= 1
    return s, e


_CLAUSE_WORDS = ("complementizer", "conjunction", "negator", "demonstrative", "relative", "clause_opener")


def sentence_subject(sent: Sentence, mentions: list[Mention], lx: Lexicon) -> Mention | None:
    """The actor a sentence is about, when it opens with "verb/كان + actor"
    or with the actor itself: the antecedent of its later dropped subjects."""
    toks = sent.tokens
    i = 0
    disc = None
    while i < len(toks):
        hit = lx.multiword_function.candidates(toks[i].norm)
        disc = next((len(w) for w, cat in hit if cat == "discourse"
                     and tuple(t.norm for t in toks[i:i + len(w)]) == w), None)
        if disc:
            i += disc
            continue
        if toks[i].text in ("،", ","):
            i += 1
            continue
        break
    limit = i + 3
    for m in mentions:
        if m.start > limit:
            break
        if m.start < i:
            continue
        before = toks[max(i, m.start - 2):m.start]
        if len(before) == 2 and any(cat == "discourse" and w == (before[0].norm, before[1].norm)
                                    for w, cat in lx.multiword_function.candidates(before[0].norm)):
            pass      # "وتقدمت من جهتها منظمة الصحة العالمية": a discourse phrase after the verb, not a place
        elif before and lx.is_function(before[-1].norm, "preposition") or len(before) == 2 \
                and lx.is_function(before[0].norm, "preposition") and before[1].text.isalpha() \
                and not lx.is_function(before[1].norm, *_CLAUSE_WORDS) and before[1].norm not in lx.verbs:
            limit = m.end + 2     # a phrase of place comes first: "وتحدث في مؤتمر روما أيضاً رئيس الوزراء"
            continue
        if m.entity.kind == "Country" and m.how == "nisba":
            # "الناشط البنغالي نازرول علي احمد، يقول": the nationality describes the person after it
            person = next((x for x in mentions if m.end <= x.start <= m.end + 1 and x.entity.kind == "Person"), None)
            if person is not None:
                return person
        if m.entity.kind in _ACTOR_KINDS:
            return m
    return None


# the verbal-noun shapes of the name rules, and فعال(ة) (الالتزام، الحوار، الإشراف)
_VERBAL_NOUN_RE = re.compile(VERBAL_NOUN.pattern + r"|[^ا][^ا]ا[^ا]ه?")
_STATE_ORGANS = {"government", "presidency", "foreign_ministry", "defence_ministry", "army", "forces"}
_RESUMED = re.compile(r"^(الي|عن)(ه|ها|هم|هما)$")      # "دعت إليه", "تحدث عنها": a pronoun for what was said
_PUBLISHED = {normalize(w) for w in ("أصدرت", "أصدر", "نشرت", "نشر", "وزعت", "وزع", "نقلت", "نقل", "بثت", "بث",
                                      "أوردت", "أورد")}     # "بيان أصدرته …": who issued or carried it
_WHAT_IT_IS = {normalize(w) for w in ("إنه", "إنها", "أنه", "أنها", "بأنه", "بأنها", "إنهم", "أنهم", "بأنهم")}
_BACK_POINTERS = {normalize(w) for w in ("ذلك", "هذا", "هذه", "تلك", "الأمر", "الامر", "ذلك الأمر")}   # "ينفي ذلك"
_FORMER_HOLDER = {normalize(w) for w in ("السابق", "السابقة", "الأسبق", "الأسبقة")}
_SAME = {normalize(w) for w in ("نفسه", "نفسها", "نفسهم", "أنفسهم", "ذاته", "ذاتها", "ذاتهم")}     # "المصدر نفسه"
THE_LATTER = {normalize(w) for w in ("الأخير", "الأخيرة")}     # "فيما نفت الأخيرة": the one named last
# "لكنه قال إن", "ولكنها تنفي": "but he/she/they", then a verb: the pronoun is the verb's subject
_BUT_PRONOUN = {"لكنه": "m", "لكنها": "f", "لكنهم": "p", "لكنهما": "p"}
# the outlets a bare definite noun points back to, whether or not we recognised the name the article gave
# them ("وقالت الصحيفة"); a bare "الإذاعة" or "الموقع" is more often one not named before
_QUOTED_OUTLETS = {normalize(w) for w in ("صحيفة", "وكالة", "قناة", "شبكة", "مجلة")}
_RELAY_RULES = {"according-to", "dropped-subject", "adverbial-continuation", "coordinated-continuation"}


class Attributor:
    """Walks an article's sentences in order, keeping the speaker history."""

    def __init__(self, ctx: ArticleContext, names=None):
        self.ctx = ctx
        self.lx = ctx.lx
        self.history: list[Entity] = []
        self.issuer: Entity | None = None      # who last spoke "في بيان" (in a statement)
        self.names = names                     # optional statistical name tagger (kg.ingest.ner_crf)
        self.actor: Entity | None = None        # the subject of the last sentence, when it said nothing
        self.actor_sentence = -1                # the sentence self.actor was the subject of
        self._pending: Entity | None = None     # a speaker found in this sentence whose own claim was empty
        self._last_claim = ""                   # what was last said: what "ينفي ذلك", "وهو ما تنفيه" deny

    def _person_spans(self, toks: list[Token]) -> list[tuple[int, int]]:
        """The name tagger's person spans of a sentence (the tagger keeps the last sentence's)."""
        return self.names.person_spans([t.text for t in toks])

    def last_speaker(self, gender: str = "") -> Entity | None:
        if gender in ("m", "f") and self.actor is not None and agrees(self.actor, gender) \
                and self.history and not agrees(self.history[-1], gender):
            return self.actor     # "أصدرت الحكومة العراقية بيانا نأت فيه …. وقالت في بيان": the body just named
        for ent in reversed(self.history[-4:]):
            if agrees(ent, gender):
                return ent
        last = self.history[-1] if self.history else None
        if last is not None and last.kind == "Person" and gender in ("m", "f") and (last.gender or "m") != gender:
            return None       # "وقالت: …" after only men spoke: a woman we did not recognise, not the last man
        return last

    def headline(self, sent: Sentence, mentions: list[Mention]) -> Statement | None:
        """"ظريف: قد نتخذ إجراءات صارمة …": a headline that names its speaker
        before a colon. Used for positions only; the body reports the speech."""
        toks = sent.tokens
        m = next((m for m in mentions if m.start == 0), None)
        if m is None or m.entity.kind not in _ACTOR_KINDS or m.end + 1 >= len(toks) or toks[m.end].text not in (":", "："):
            return None
        return Statement(sent.index, m.entity, ":", sent.text[toks[m.end + 1].start:], "direct", "headline-colon", 0.7,
                         sent.text, verb_index=m.end, claim_start=m.end + 1, claim_end=len(toks))

    def sentence(self, sent: Sentence, mentions: list[Mention]) -> list[Statement]:
        toks, lx = sent.tokens, self.lx
        if toks and toks[-1].text in ("؟", "?") and lx.is_function(toks[0].norm.lstrip("و"), "interrogative"):
            return []         # "ماذا قالت تركيا بشأن اختفاء خاشقجي؟": a subheading asks, nobody says
        hits = [h for h in find_verbs(sent, mentions, lx)
                if not h.according_to or h.verb.lemma == _AS_PUT_LEMMA or self._source_after(sent.tokens, mentions, h.index) is not None
                or self._quoted_name(toks, mentions, h.index + 1, probe=True) is not None
                or self._source_named_before(toks, h.index) is not None]
        hits = [h for h in hits if h.according_to or h.antecedent >= 0
                or not (h.index and lx.is_function(toks[h.index - 1].norm.lstrip("وف"), "negator"))
                or _what_was_said(toks, h, mentions)]
        hits = [h for n, h in enumerate(hits) if h.verb.lemma != _AS_PUT_LEMMA or not n]   # (after "وأضاف أن …" it adds no one;
        #                                                      a negated verb before it says nothing: "التي لم تستبعد …"، على حد قولها)
        hits = [h for h in hits if h.according_to or h.verb.lemma != "نقل" or not any(
            a.according_to and a.index < h.index <= a.index + 2 and all(t.norm in ("ما", "لما") for t in toks[a.index + 1:h.index])
            for a in hits)]       # ("حسبما نقلت وكالة رويترز عن مسؤول": the agency's verb belongs to "according to")
        # ("ولم يكشف عن سبب استهداف نيازي": a verb of saying under a negation says nothing)
        subject = sentence_subject(sent, mentions, lx)
        quoted = _quoted(toks)
        tops = [h for n, h in enumerate(hits) if (not self._nested(toks, mentions, h) and (n == 0 or h.index not in quoted))
                or (n == 0 and not self._after_complementizer(toks, h))]
        nested = [h for h in hits if h not in tops]
        tops = [h for n, h in enumerate(tops) if not (n and (self._parenthetical_source(toks, tops[:n], h, mentions)
                                                             or self._inside_claim(toks, mentions, h)))]
        out: list[Statement] = []
        self._pending = None
        for n, hit in enumerate(tops):
            k = hit.index
            later = [h for h in tops[n + 1:] if h.antecedent < 0]     # (a denial pointing back does not cut the claim)
            end = self._clause_start(toks, mentions, later[0]) if later else len(toks)
            speaker, rule, conf, after = self._speaker(sent, mentions, hit, subject, out)
            if speaker is None or (rule in _RELAY_RULES | {"sentence-subject", "coordinated-continuation"}
                                   and lx.in_class(normalize(hit.verb.lemma), "named_only")):
                continue
            while after + 1 < len(toks) and toks[after].text in ("،", ","):
                app = _mention_at(mentions, after + 1)     # "المالكي، المتحدث باسم "تحالف …"،": the appositive
                if app is None and any(lx.in_class(x, "ally") for x in strip_suffix(toks[after + 1].norm)):
                    # "كما نفت موسكو، حليفتها، وقوع الهجوم": what the speaker is to someone, between commas
                    after = next((c for c in range(after + 2, min(after + 6, len(toks))) if toks[c].text in ("،", ",")), after)
                    break
                if app is None or app.entity.kind not in ("Office", "Person", "Organisation"):
                    break
                after = app.end
            if after <= hit.completed_by:
                after = hit.completed_by + 1       # "ومضى ليندمان ليقول إن": the claim follows the ل-verb
            if speaker.kind in ("Organisation", "Office"):
                after = past_posting(toks, mentions, after)   # "استنكرت سفارة المملكة لدى البحرين حادث …"
            mouth = _through_the_mouth_of(toks, mentions, after, lx)
            if mouth is not None and speaker.kind in ("Country", "Organisation", "Office"):
                speaker, rule, after = mouth.entity, "through-the-mouth-of", _skip_fillers(toks, mouth.end, lx)
            c0, c1, qtype = _claim_span(toks, after, end, hit.verb, lx)
            if hit.antecedent >= 0:
                # what the pronoun points back to: the clause before the relative
                c1 = hit.antecedent
                c0 = next((x + 1 for x in range(c1 - 1, -1, -1) if toks[x].text in (".", "؛", ";", ":")), 0)
                qtype = "indirect"
            if hit.according_to:
                c0, c1, qtype = 0, hit.index, "indirect"
                if c1 - c0 < 3:
                    c0, c1 = after, len(toks)
                else:
                    close = next((c for c in range(after, min(after + 3, end)) if not toks[c].text.isalpha()), end)
                    if close + 3 < end and toks[close].text in ("-", "–", "،", ",") \
                            and not lx.is_function(toks[close + 1].norm, "clause_opener"):
                        # "وقد أمضت الفرق - بحسب وكالة الأناضول للأنباء - 9 ساعات": the report goes on, to the next
                        # clause; not to one of its own ("بحسب وزارة الداخلية، فيما أعلن الجيش …")
                        c1 = next((c for c in range(close + 1, end) if toks[c].text in ("،", ",", "؛", ";", "-", "–")), end)
            remark = next((h.antecedent for h in tops[n + 1:] if c0 < h.antecedent < c1), None)
            if remark is not None and qtype == "indirect":
                c1 = remark       # "أكد … أن أمن إسرائيل شرط … وهو ما رفضته طهران": the remark is another's
            if remark is not None or hit.antecedent >= 0:
                while c1 > c0 + 1 and lx.in_class(toks[c1 - 1].norm, "remark_opener"):
                    c1 -= 1       # (without its "وهو")
            c0, c1 = _trim(toks, c0, c1)
            if hit.verb.lemma == "أقر" and qtype == "indirect" and _adopted(toks, c0, c1, lx):
                continue      # "وأقر الكنيست هذا القانون": passed a law, not admitted (أقر بأن / أقر أن)
            if hit.verb.lemma in ("رد", "اختتم") and qtype == "indirect" and c0 < c1 and toks[c0].norm[:1] == "ب" \
                    and toks[c0].norm not in ("بان", "بالقول", "بالاعلان", "بالتاكيد", "بالتصريح", "بالنفي"):
                continue      # "ورد الناتو بزيادة انتشار القوات": a response in deeds, not words
            before_verb = not out and rule == "verb-subject" and not hit.prefixed and hit.antecedent < 0 \
                and toks[k].norm[:1] in "يت" and not speaker.anonymous \
                and not hit.according_to and not (hit.verb.takes_object or hit.verb.polarity or hit.verb.prep) \
                and k and not lx.is_function(toks[k - 1].norm, "relative") \
                and _clause_before(toks, k, lx)
            if before_verb and c0 < c1 and toks[c0].norm in ("التي", "الذي"):
                c1 = c0       # "… تقول لاكروا التي أشارت إلى أن": what it says came first; the relative adds more
            denied = self._denied_before(toks, hit, c0, c1)
            if c1 - c0 < 2 and hit.antecedent < 0 and not hit.according_to and (q := _quote_before(toks, k)) is not None:
                c0, c1, qtype = q[0], q[1], "direct"      # ""لن نتراجع"، قال لافروف": the words came first
            elif c1 - c0 < 2 and before_verb:
                c0, c1, qtype = before_verb[0], before_verb[1], "indirect"    # "… أمر يهدد وحدة أوروبا تقول لاكروا"
            # ("أجابت نويرت "نعم"": a one-word quote right after a named speaker is an answer)
            one_word_answer = qtype == "direct" and c1 - c0 == 1 and c0 - 1 == _skip_fillers(toks, after, lx) \
                and toks[c0].text.isalpha() and speaker.kind in ("Person", "Office", "Organisation", "Country")
            # ('نددت السلطة الفلسطينية بـ"مجزرة"': a verb that takes a side says it with one word too)
            one_word_object = c1 - c0 == 1 and bool(hit.verb.polarity) and toks[c0].text.isalpha() and qtype != "direct" \
                and len(toks[c0].norm) > 2 and not lx.is_function(toks[c0].norm) and not is_pronoun_preposition(toks[c0].norm) \
                and not (toks[c0].norm.startswith("ال") and toks[c0].norm.endswith("ي")) \
                and not (toks[c0].norm[:1] in "بل" and toks[c0].norm.endswith(("ه", "ها", "هم")))
            # (not the adjective left over from a name: "زعيم كوريا الشمالية نزع السلاح النووي"; nor "اتُّهم … بتنفيذه")
            if denied:
                c0 = c1 = max(c0, k + 1)
            elif (c1 - c0 < 2 and not one_word_answer and not one_word_object) or (c1 - c0 <= 4 and lx.is_function(toks[c0].norm, "preposition")
                               and any(m.start == c0 + 1 and m.end == c1 for m in mentions)):
                # ("رد على عباس": whom he answered is no claim)
                self._pending = speaker      # "إلا أن روحاني رد بالقول إن": the participle goes on with him
                continue
            inner = self._reported_by(toks, mentions, nested, speaker, c0, c1,
                                      document=rule in ("stated-in", "issued-by", "author-of-medium"))
            if inner is not None:      # "وأفادت تقارير بأن بولتون قال إن …": Bolton's words, reported
                speaker, rule, c0 = inner[0], "reported-by", inner[1]
            claim = denied or sent.text[toks[c0].start:toks[c1 - 1].end]
            self._last_claim = claim
            reported = tuple(m.entity for h in nested if c0 <= h.index < c1
                             for m in [_mention_ending(mentions, h.index) or _mention_at(mentions, _skip_fillers(toks, h.index + 1, lx))]
                             if m is not None)
            speakers = self._expand_joint(speaker)
            for sp in speakers:
                out.append(Statement(sent.index, sp, toks[k].text, claim, qtype, rule, conf, sent.text, reported,
                                     verb_index=k, claim_start=c0, claim_end=c1))
            if hit.antecedent < 0 and not (hit.according_to and speakers[0].role == "media"):
                # ("وهو ما نفاه التحالف" is a remark, and "وفقا لوكالة الأنباء" names a relay: who speaks
                # next is still the one before)
                self.history.append(speakers[0])
            for sp in speakers:
                c = sp.key if sp.kind == "Country" else sp.country
                if c:
                    self.ctx.speaker_countries[c] += 1
            if any(t.norm in ("بيان", "ببيان") for t in toks[:c0]):
                relayer = _mention_at(mentions, _skip_fillers(toks, k + 1, lx)) if rule == "relayed-quote" else None
                # ("ونقلت وزارة الدفاع في بيان عن ليبرمان قوله": the ministry issued the statement)
                self.issuer = relayer.entity if relayer is not None else speakers[0]
        out = self._drop_relays(out)
        source = _came_from(toks, mentions, lx) if all(st.rule == "according-to" for st in out) else None
        if source is not None:
            out = []      # "جاء ذلك على لسان لودهي …، وفقا لما نقلته وسائل الإعلام": who said it, and the relay
            self.history.append(source.entity)     # "جاء ذلك على لسان السفيرة مليحة لودهي": who said what came before
        issued = _issued_statement(toks, mentions, lx)
        if issued is not None and not any(t.norm in ("بيان", "ببيان") for st in out for t in toks[:st.claim_start]):
            self.issuer = issued       # "أصدر قادة … بيانا مشتركا": "وجاء في البيان" is theirs
        if out:
            self.actor = None
        elif subject is not None and subject.entity.kind in ("Organisation", "Country", "Person", "Office"):
            self.actor, self.actor_sentence = subject.entity, sent.index
        return out

    def _reported_by(self, toks: list[Token], mentions: list[Mention], nested: list[VerbHit], speaker: Entity,
                     c0: int, c1: int, document: bool = False) -> tuple[Entity, int] | None:
        """"وأفادت تقارير بأن مستشار الأمن القومي، جون بولتون، قال إن …", "وذكرت الصحيفة أن
        ترامب أكد أن …", "وجاء في بيان للرئاسة أن الرئيس قال": reports, the press and a body's
        statement relay; the one whose words they report is the speaker, and what he said the
        claim. (A speaker who reports another keeps his statement.)"""
        relay = document or speaker.role == "media" or (speaker.anonymous and self.lx.in_class(
            normalize(speaker.label_ar).split()[0] if speaker.label_ar else "", "document"))
        if not relay or c1 - c0 < 4:
            return None
        p = c0 - 1 if c0 and toks[c0 - 1].text not in _QUOTE_OPEN else c0 - 2
        if p >= 0 and toks[p].norm in ("انه", "انها"):
            return self._pronoun_reported(toks, mentions, nested, speaker, p)
        m = _mention_at(mentions, c0)
        if m is None or m.entity.kind not in ("Person", "Office", "Organisation", "Country", "Anonymous") or m.entity.role == "media":
            return None       # ("وذكرت الصحيفة أن مصادر روسية أكدت أن": the paper's sources speak)
        k = m.end
        while k + 1 < c1 and toks[k].text in ("،", ","):
            app = _mention_at(mentions, k + 1)      # "مستشار الأمن القومي، جون بولتون، قال"
            if app is None or app.entity.kind != "Person" or app.end >= c1 or toks[app.end].text not in ("،", ","):
                break
            m, k = app, app.end + 1
        if k + 1 < c1 and toks[k].text in ("،", ","):
            k += 1        # "مستشار الأمن القومي الأمريكي، جون بولتون، قال": the apposition's closing comma
        hit = next((h for h in nested if h.index == k and not h.according_to and not h.verb.polarity), None)
        if hit is None or toks[k].norm[:1] in "وف":
            return None
        after = _skip_fillers(toks, k + 1, self.lx)
        if after >= c1 or not (self.lx.is_function(toks[after].norm, "complementizer") or toks[after].text in (":", *_QUOTE_OPEN)):
            return None
        return m.entity, after + 1

    def _pronoun_reported(self, toks: list[Token], mentions: list[Mention], nested: list[VerbHit], speaker: Entity,
                          p: int) -> tuple[Entity, int] | None:
        """"وتشاور الرئيس الفرنسي مع نظيره التركي، وأورد بيان للإليزيه أنه "أكد عزمه …"": the
        relay reports what "he" (the pronoun at p) said, and "he" is the person the sentence named first."""
        k = p + 2 if p + 1 < len(toks) and toks[p + 1].text in _QUOTE_OPEN else p + 1
        hit = next((h for h in nested if h.index == k and not h.according_to and not h.verb.polarity), None)
        if hit is None or toks[k].norm[:1] in "وف" or k + 1 >= len(toks):
            return None
        gender = "f" if toks[p].norm == "انها" else "m"
        named = next((m for m in mentions if m.end < p and m.entity.kind == "Person" and m.entity is not speaker), None)
        if named is None or not agrees(named.entity, gender):
            return None
        return named.entity, k + 1

    def _parenthetical_source(self, toks: list[Token], before: list[VerbHit], hit: VerbHit,
                              mentions: list[Mention]) -> bool:
        """"وأكد صالحي، وفقا لوكالة الأنباء الإيرانية، أن …", "مؤكدا بحسب تصريحات
        لوسائل إعلام أن …": a source named between a verb of saying and its أن
        clause says where the words were reported; the one who said them is the
        verb's subject."""
        if not hit.according_to or all(h.according_to for h in before):
            return False
        if before[-1].index == hit.index - 1 and not before[-1].according_to and not before[-1].verb.polarity \
                and not before[-1].verb.takes_object:
            return True       # "حيث قال وفقا لما نقلته وكالة الأنباء، حيث قال: …"
        last = before[-1]
        if not last.according_to and (last.verb.polarity or last.verb.takes_object) and hit.index - last.index <= 6:
            # "ورفض المفاوضون الروس الثلاثاء، وفق المصدر، الاقتراح الأوروبي": the source stands between a
            # verb that takes an object (or states a position) and that object
            src = next((m for m in mentions if hit.index < m.start <= hit.index + 2 and m.entity.kind in _ACTOR_KINDS), None)
            nxt = src.end + 1 if src is not None and src.end + 1 < len(toks) and toks[src.end].text in ("،", ",") else \
                src.end if src is not None else len(toks)
            if nxt < len(toks) and toks[nxt].text.isalpha() \
                    and not self.lx.is_function(toks[nxt].norm) and toks[nxt].norm not in self.lx.verbs \
                    and toks[nxt].norm[1:] not in self.lx.verbs and _mention_at(mentions, nxt) is None:
                return True
        for c in range(hit.index + 1, min(hit.index + 10, len(toks))):
            w = toks[c].norm
            if self.lx.is_function(w, "complementizer") or toks[c].text in _QUOTE_OPEN \
                    or (toks[c].text == ":" and c + 1 < len(toks) and toks[c + 1].text in _QUOTE_OPEN):
                return True
            if w in self.lx.verbs or w[1:] in self.lx.verbs or toks[c].text in (".", "؛", ";"):
                return False
        return False

    def _drop_relays(self, out: list[Statement]) -> list[Statement]:
        """"كشف المتحدث … عن …، حسبما نقلت وكالة الأنباء": when the sentence
        names who spoke, the agency that relayed it is not a second speaker."""
        explicit = [st for st in out if st.rule not in _RELAY_RULES]
        relays = [st for st in out if st.rule == "according-to"]
        if not relays or not explicit and not any(r.speaker.role == "media" for r in relays):
            return out
        drop = [r for r in relays if any(e.claim_start < r.claim_end and r.claim_start < e.claim_end
                                         for e in (out if r.speaker.role == "media" else explicit) if e is not r)
                and not (r.speaker.kind == "Anonymous" and not r.speaker.role)]
        # (a news agency relays any other speaker of the sentence, a dropped subject too: "حيث قال وفقا لما نقلته واس")
        # (an unnamed source after حسب is where the facts come from, not who relayed the words: "حسب مراقبين")
        for r in drop:
            if self.history and self.history[-1] is r.speaker:
                self.history.pop()
        return [st for st in out if not any(st is r for r in drop)]

    def _denied_before(self, toks: list[Token], hit: VerbHit, c0: int, c1: int) -> str:
        """"لكن السعوديين ينفون ذلك", "وهو ما تنفيه موسكو بشدة." (a sentence of its own): a denial whose
        object only points back denies what was last said; that is its claim ("" when it says more)."""
        if not self._last_claim or (hit.verb.lemma != "نفى" and not self.lx.in_class(toks[hit.index].norm.lstrip("وف"), "denial")):
            return ""
        if hit.antecedent >= 0:
            return self._last_claim if c1 - c0 < 2 else ""
        rest = [t.norm for t in toks[c0:c1] if t.text.isalpha() and not self.lx.is_function(t.norm, "adverb")]
        return self._last_claim if rest and len(rest) <= 2 and rest[0] in _BACK_POINTERS else ""

    def _after_complementizer(self, toks: list[Token], hit: VerbHit) -> bool:
        """"لهذا التحالف أن يرى": a verb inside a subordinate clause whose
        subject is not an actor is not reported speech."""
        k = hit.index
        return k > 0 and self.lx.is_function(toks[k - 1].norm, "complementizer") and not hit.prefixed

    def _body_before(self, toks: list[Token], mentions: list[Mention], hit: VerbHit) -> Entity | None:
        """"الصحيفة السورية كتبت أن", "أن الوزارة قالت إن", "ولكن الحزب رفض تلك الاتهامات": a body or
        outlet named by its common noun, right before the verb at the start of a clause, is its subject:
        the one the article named by that noun."""
        k, lx = hit.index, self.lx
        if hit.prefixed or hit.coordinated:
            return None
        outlet = next((x for x in (k - 1, k - 2) if x >= 0 and toks[x].norm.startswith("ال")
                       and (lx.in_class(toks[x].norm[2:], "outlet") or body_word(toks[x].norm[2:], lx))), None)
        if outlet is None or not (outlet == k - 1 or toks[k - 1].norm.startswith("ال")) \
                or any(m.start <= outlet < m.end for m in mentions) \
                or not (outlet == 0 or toks[outlet - 1].text in ("،", ",", ".", ":")
                        or lx.is_function(toks[outlet - 1].norm, "conjunction", "complementizer", "clause_opener")):
            return None
        return self._definite_anaphor(toks[outlet].norm)

    def _joint_subject(self, sent: Sentence, mentions: list[Mention], before: Mention, hit: VerbHit) -> Entity:
        """"وكانت روسيا وإيران قالتا": before a dual or plural verb, all the actors joined by و
        that end with the one right before it speak, each for itself."""
        if hit.verb.gender != "p" or sent.tokens[before.start].norm[:1] != "و":
            return before.entity
        head = _coordination_head(sent.tokens, mentions, before, self.lx)
        listed = _listed_actors(sent.tokens, mentions, head.start, self.lx)
        if len(listed) >= 2 and listed[-1].end == before.end:
            # (leaders stand for their states: "ترامب وماكرون أبديا رغبتهما")
            return _listed_group(sent, listed, [m.entity.country if m.entity.kind in ("Person", "Office") and m.entity.country
                                                else m.entity.key for m in listed])
        return before.entity

    def _quoted_before(self, toks: list[Token], mentions: list[Mention], hit: VerbHit) -> Entity | None:
        """'"العربي الجديد" ترى بأن', 'صحيفة "القدس العربي" تتساءل:': a short quoted name (after an outlet's
        or a body's noun) that opens the clause right before an unprefixed verb is its subject."""
        k, lx = hit.index, self.lx
        if hit.prefixed or hit.coordinated or k < 3 or toks[k - 1].text not in _QUOTE_OPEN.values():
            return None
        o = next((o for o in range(k - 2, max(-1, k - 7), -1) if toks[o].text in _QUOTE_OPEN), None)
        inner = toks[o + 1:k - 1] if o is not None else []
        if not inner or any(not t.text.isalnum() or t.norm in lx.verbs or lx.is_function(t.norm) for t in inner):
            return None
        j = o - 1 if o and (lx.in_class(toks[o - 1].norm, "outlet") or lx.in_class(toks[o - 1].norm, "body")) else o
        if not (j == 0 or toks[j - 1].text in ("،", ",", ".", ":") or lx.is_function(
                toks[j - 1].norm, "conjunction", "complementizer", "clause_opener")):
            return None       # (a quoted phrase inside the sentence is no subject: 'وصف الاتفاق بـ"الكارثي" قال')
        known = next((m for m in mentions if j <= m.start <= o + 1 and k - 1 <= m.end <= k and m.entity.kind in _ACTOR_KINDS), None)
        if known is not None:
            return known.entity       # 'صحيفة "القدس العربي"', a paper we know
        return self._unnamed(" ".join(t.text for t in toks[j:o] + inner), "unnamed body", "f")

    def _nested(self, toks: list[Token], mentions: list[Mention], hit: VerbHit) -> bool:
        """Reported speech inside a claim ("أن بوتين أكد", "أن الجانبين أكدا"),
        as opposed to a new statement later in the sentence."""
        if hit.coordinated or hit.according_to:
            return False
        k = hit.index
        if hit.antecedent >= 0 and k + 1 < len(toks) and toks[k + 1].norm in _PRONOUN_OBJECT:
            return False      # "الأمر الذي رد عليه الرئيس": a remark, its subject after the pronoun
        before = _mention_ending(mentions, k) if not hit.prefixed else None
        if before is not None:
            prev = toks[before.start - 1] if before.start else None
            if prev is not None and self.lx.is_function(prev.norm, "preposition") and not self.lx.is_function(
                    prev.norm, "clause_opener", "according_to"):
                return True   # "قرارا إلى مجلس الأمن الدولي تقترح فيه": the actor is a preposition's object, the verb is inside
            if prev is not None and prev.norm == "ان" and before.start >= 2 and self.lx.in_class(toks[before.start - 2].norm, "but"):
                return False  # "…، إلا أن موسكو تنفي تلك التهم": "but" opens a new clause, not a claim
            if prev is not None and prev.norm == "ان" and before.start >= 3 and toks[before.start - 2].norm in ("رغم", "برغم") \
                    and toks[before.start - 3].text in ("،", ","):
                return False  # "سيشارك في القمة، رغم أن السلطات البيروفية أعلنت أنه …": the narrator's concession
            if prev is not None and (self.lx.is_function(prev.norm, "complementizer") or prev.text in _QUOTE_OPEN):
                return True
            # "إن تقييم السلطات الأميركية يشير إلى أن": the actor is the genitive of the clause's subject
            x = before.start - 1
            while x > 0 and before.start - x <= 2 and toks[x].text.isalpha() and not self.lx.is_function(toks[x].norm) \
                    and toks[x].norm not in self.lx.verbs and toks[x].norm[1:] not in self.lx.verbs:
                x -= 1
            return x < before.start - 1 and x >= 0 and self.lx.is_function(toks[x].norm, "complementizer")
        prev = toks[k - 1] if k else None
        if prev is not None and prev.norm == "ان" and k >= 2 and self.lx.in_class(toks[k - 2].norm, "temporal") \
                and _mention_at(mentions, _skip_fillers(toks, k + 1, self.lx)) is not None and k not in _quoted(toks):
            return False      # "بعد أن قال بومبيو إن": a time clause whose speaker is named is a statement of its own
        if _after_sabaq(toks, k) and not (k >= 3 and self._relative(toks[k - 3].norm) and _mention_ending(mentions, k - 3) is None):
            return False      # "وسبق أن رفضت تركيا": "had already", not a clause someone reports (but "المهاجرين الذين
            #                   سبق أن رفضت ألمانيا طلباتهم": a relative on a noun inside the claim)
        if prev is not None and prev.norm in ("انه", "انها", "انهم") and k >= 2 and self.lx.in_class(toks[k - 2].norm, "but"):
            return False      # "إلا أنه استطرد بأنه …": "but he went on": the last speaker, a new statement
        if prev is not None and prev.norm.removeprefix("و") in _BUT_PRONOUN:
            return False      # "…، لكنه أضاف أن": "but he added": a new statement
        if prev is not None and (self.lx.is_function(prev.norm, "complementizer") or prev.text in _QUOTE_OPEN):
            return True
        back = next((x for x in range(k - 1, max(k - 5, -1), -1) if toks[x].text in (".", "؛", ";", ":", "؟", "!", "«", "»", "\"")
                     or self.lx.is_function(toks[x].norm, "complementizer")), None)
        if back is not None and self.lx.is_function(toks[back].norm, "complementizer") and not hit.prefixed:
            return True       # "إنه قبل الضربات أبلغت موسكو …": inside the clause just opened
        j = _skip_fillers(toks, k + 1, self.lx)
        if _mention_at(mentions, j) is not None:
            return False
        if j < len(toks) and toks[j].norm in THE_LATTER and (prev is None or self.lx.is_function(prev.norm, "clause_opener")
                                                             or prev.text in ("،", ",")) \
                and not (hit.verb.takes_object and j + 1 < len(toks) and _is_prep(toks[j + 1].norm, hit.verb.prep)):
            return False      # "…، فيما نفت الأخيرة هذه الاتهامات": a new clause, its subject the one named last
        if j + 2 < len(toks) and toks[j].norm == "كل" and toks[j + 1].norm == "من" and _mention_at(mentions, j + 2) is not None:
            return False      # "…، قللت كل من السلطات السورية وفصائل المعارضة من": a new clause, each of them speaks
        if hit.antecedent >= 0 and j < len(toks) and toks[j].norm.startswith("ال") and self._definite_anaphor(toks[j].norm) is not None:
            return False      # "…، اتهام نفاه التحالف": a remark on the claim by an actor the article named before
        if k >= 2 and self.lx.is_function(toks[k - 2].norm, "clause_opener") and self._body_before(toks, mentions, hit) is not None:
            return False      # "…، ولكن الحزب رفض تلك الاتهامات": a new clause whose subject the article named
        if prev is not None and (self.lx.is_function(prev.norm, "clause_opener") or prev.text in ("،", ",")) \
                and self._titled_subject(toks, mentions, j) is not None:
            return False      # "…، في حين أعلن وزير خارجية النظام وليد المعلم أن", "وبحسب واس، أفاد العقيد المالكي أن":
            # a new clause with its own speaker
        if prev is not None and self.lx.is_function(prev.norm, "clause_opener") and j < len(toks) and toks[j].norm.startswith("ال") \
                and (any(len(words) == 1 for words, _ in self.lx.institutions.candidates(toks[j].norm))
                     or body_word(toks[j].norm[2:], self.lx)):
            return False      # "…، فيما أعلن الجيش مقتل الجندي": a new clause whose subject is a body named by its noun
        if k + 4 < len(toks) and toks[k + 1].text in _QUOTE_OPEN and toks[k + 2].text.isalpha() \
                and toks[k + 3].text in ("»", "”", '"') and toks[k + 4].text == ":":
            return False      # '…، قال "الصباح": "…"': a speaker named in quotes, then his words
        return not hit.prefixed

    def _source_named_before(self, toks: list[Token], k: int) -> tuple[Entity, str, float, int] | None:
        """"وفق المرصد", "بحسب البيان", "حسبما أوضح السفير": a body, outlet, document or office named by
        its common noun alone points back to the speaker the article named by it (or the document's issuer)."""
        j = k + 1
        while j < len(toks) and j - k <= 3 and (toks[j].norm in ("ل", "لـ", "ما", "لما") or self._said_verb(toks[j].norm)):
            j += 1        # ("بحسب ما علمته الصحيفة": the verb, with its object pronoun)
        if j >= len(toks):
            return None
        word = "ال" + toks[j].norm[2:] if toks[j].norm.startswith("لل") else toks[j].norm
        if not word.startswith("ال") or len(word) < 5 or (j + 1 < len(toks) and (
                toks[j + 1].norm.startswith("ال") or toks[j + 1].norm in self.lx.nisba)):
            return None       # ("بحسب الوكالة الرسمية": a description, not the noun alone)
        head = word[2:]
        back = self._definite_anaphor(word)
        if back is None or not (body_word(head, self.lx) or self.lx.in_class(head, "outlet") or self.lx.in_class(head, "document")
                                or normalize(back.label_ar).split()[:1] == [word]
                                or back.kind == "Person" and self._titled_speaker(word, [back]) is back):
            return None       # ("وفقا للاتفاق", "بحسب القانون": nothing that speaks)
        return back, "according-to", 0.7, j + 1

    def _said_verb(self, w: str) -> bool:
        """"قال", "علمته", "ذكرتها": a verb of saying, bare or with an object pronoun."""
        return w in self.lx.verbs or (w.endswith("ه") and w[:-1] in self.lx.verbs) or (w.endswith("ها") and w[:-2] in self.lx.verbs)

    def _source_after(self, toks: list[Token], mentions: list[Mention], k: int) -> Mention | None:
        """The source named after "بحسب", "وفقا لـ", "حسبما ذكرت"."""
        j = k + 1
        while j < len(toks) and j - k <= 4 and (toks[j].norm in ("ل", "لـ", "ما", "قول") or toks[j].norm in self.lx.verbs
                                                 or toks[j].norm in ("به", "عنه") and toks[j - 1].norm in self.lx.verbs
                                                 and self.lx.verbs[toks[j - 1].norm].lemma != "نقل"):
            j += 1        # ("بحسب قول مسؤولين أمريكيين": as they say; "وفق ما أفادت به الخارجية القطرية",
            #              but "حسب ما نقلت عنه وكالة سانا": the agency relays him)
        author = self._document_author(toks, mentions, j)
        if author is not None:
            return author
        m = _mention_at(mentions, j) or _mention_at(mentions, k + 1) or self._owned_role_then_name(toks, mentions, j)
        if m is None:     # "وبحسب لورانس ناردون من المعهد الفرنسي": a full name the tagger finds
            m = self._tagged_source(toks, mentions, j)
            if m is not None and (m.end - m.start < 2 or toks[m.start].norm[:1] in "لب"
                                  and toks[m.start].norm[1:] in self.lx.given_names):
                m = None      # (not one word, and not "لجيفري كوري" with its preposition)
        if m is None and j < len(toks) and toks[j].norm == "لما":
            j += 1        # "وفقا لما ذكرته مؤسسة خيرية", "بحسب ما ذكرته صحيفة الوطن": the verb with its pronoun, then the body
        if m is None and j < len(toks) and toks[j - 1].norm in ("ما", "لما") \
                and toks[j].norm not in self.lx.verbs and self._said_verb(toks[j].norm):
            j += 1        # (only the verb with its object pronoun: "لما ذكرته")
        if m is None:
            m = _mention_at(mentions, j)      # "بحسب ما ذكرته وكالة الأناضول"
        if m is None and j < len(toks) and not any(x.start <= j < x.end for x in mentions):
            m = self._body_source(toks, mentions, j) or self._titled_source(toks, mentions, j)
        if m is None and j + 1 < len(toks) and toks[j].norm.startswith("ال") and toks[j].text.isalpha() \
                and not self.lx.is_function(toks[j].norm):
            m = next((x for x in mentions if x.start == j + 1 and x.entity.kind == "Person"), None)
            # ("حسب الباحث اليوسفي", "طبقا لما أعلنه الملازم فرج قعيم": a role noun we do not list, then the man)
        if any(t.norm.lstrip("و").startswith(("نقل", "تنقل")) for t in toks[k:j]):
            # "حسبما نقلت وكالة رويترز عن مسؤول سعودي": the agency relays, the official is the source
            c = m.end if m is not None else j
            while c < len(toks) and c - j < 6 and toks[c].text.isalpha() and toks[c].norm != "عن":
                c += 1
            if c + 1 < len(toks) and toks[c].norm == "عن":
                told = _mention_at(mentions, c + 1)
                if told is not None and told.entity.kind in _ACTOR_KINDS:
                    return told
        return m

    def _document_author(self, toks: list[Token], mentions: list[Mention], j: int) -> Mention | None:
        """"وفقا لبيان صادر عن وزارة الخارجية", "بحسب تقرير لمجلس الشيوخ", "وفقا لتقرير منظمة العفو",
        "ووفق ملخص لتقرير المنظمة", "وفقا لبيان أصدرته وزارة …": the body whose document it is."""
        def document(w: str) -> bool:
            return self.lx.in_class(w, "document") or (w[:1] == "ل" and self.lx.in_class(w[1:], "document"))
        if j >= len(toks) or not document(toks[j].norm):
            return None
        c = j + 1
        while c < len(toks) and c - j <= 5 and toks[c].text.isalpha() and (document(toks[c].norm) or _mention_at(mentions, c) is None and (
                self.lx.in_class(toks[c].norm, "issued") or toks[c].norm == "عن"
                or self.lx.is_function(toks[c].norm, "time") or toks[c].norm.rstrip("هاه") in self.lx.verbs)):
            c += 1        # "صادر عن", "أصدرته", "نشرته", "مشترك", "السبت", "ملخص لتقرير"
        m = _mention_at(mentions, c) or self._owned_role_then_name(toks, mentions, c, tagged=True)
        if m is not None and m.entity.kind in ("Organisation", "Office", "Person", "Country", "Group", "Anonymous") \
                and not document(toks[m.start].norm):
            return m      # (an unnamed one too: "حسب بيان المتحدث العسكري")
        if c < len(toks) and toks[c].norm.startswith(("ال", "لل")) and not any(x.start <= c < x.end for x in mentions):
            w = "ال" + toks[c].norm[2:] if toks[c].norm.startswith("لل") else toks[c].norm
            back = self._definite_anaphor(w)       # "لتقرير المنظمة": the body named before
            if back is not None and back.kind in ("Organisation", "Office", "Country"):
                return Mention(-1, c, c + 1, back, "anaphor")
        return None

    def _owned_role_then_name(self, toks: list[Token], mentions: list[Mention], j: int, tagged: bool = False) -> Mention | None:
        """"بحسب ما أعلن رئيسها فائز السراج", "بحسب تصريحات محاميتها لورا بيشور": a role with its
        owner's pronoun, then the name (`tagged`: also one only the name tagger finds)."""
        if j + 1 >= len(toks) or not toks[j].text.isalpha() or not toks[j].norm.endswith(("ها", "ه", "هم")):
            return None
        return next((x for x in mentions if x.start == j + 1 and x.entity.kind == "Person"), None) \
            or (self._tagged_source(toks, mentions, j + 1) if tagged else None)

    def _titled_source(self, toks: list[Token], mentions: list[Mention], j: int) -> Mention | None:
        """"ووفقا لزعيم الحزب الاشتراكي الديمقراطي، فإن": a title we cannot tie to a name or a
        country, with its preposition joined on, is still the source, unnamed."""
        w = toks[j].norm
        if not (w.startswith("ل") and not w.startswith("لل") and w[1:] in self.lx.titles):
            return None
        e = self._phrase_end(toks, mentions, j, 6)
        label = written(toks[j:e])[1:]
        return Mention(-1, j, e, self._unnamed(label, "unnamed speaker", "m"), "unnamed")

    def _phrase_end(self, toks: list[Token], mentions: list[Mention], j: int, most: int) -> int:
        """Where an unnamed source's phrase that starts at j ends: at punctuation, a grammar word, a
        verb or another actor (a country may qualify it), after at most `most` words."""
        e = j + 1
        while e < len(toks) and e - j < most and toks[e].text.isalpha() and not self.lx.is_function(toks[e].norm) \
                and toks[e].norm not in self.lx.verbs and not any(x.start == e and x.entity.kind != "Country" for x in mentions):
            e += 1
        return e

    def _body_source(self, toks: list[Token], mentions: list[Mention], j: int) -> Mention | None:
        """"حسب الشرطة", "وفقا لما ذكرته مؤسسة خيرية طبية", "حسب جريدة لوفيغارو الفرنسية": a body
        we do not know, named by its kind, is the source (one node for this mention)."""
        head = toks[j].norm[2:] if toks[j].norm.startswith("ال") else toks[j].norm
        if not (self.lx.in_class(head, "body") or self.lx.in_class(head, "named_head")) or head in ("وكاله", "وكالات") \
                or (j + 1 < len(toks) and toks[j + 1].text in _QUOTE_OPEN):
            return None       # (a news agency relays; "وكالة «رويترز»" is a quoted name)
        named = next((x for x in mentions if x.start == j + 1 and x.entity.kind in ("Organisation", "Person")), None)
        if named is not None:
            return named      # "حسب جريدة لوفيغارو الفرنسية": the outlet we know, after its noun
        if toks[j].norm.startswith("ال") and (back := self._definite_anaphor(toks[j].norm)) is not None:
            return Mention(-1, j, j + 1, back, "anaphor")      # "وبحسب الصحيفة": the paper named before
        found = longest_phrase(toks, j, self.lx.institutions)
        if found is not None and (found[0] >= len(toks) or not toks[found[0]].norm.startswith("ال")) \
                and (organ := self._organ_of_last_speaker(found[1])) is not None:
            return Mention(-1, j, found[0], organ, "organ")    # "بحسب وزارة الداخلية": the story's state's ministry
        e = self._phrase_end(toks, mentions, j, 5)
        label = written(toks[j:e])
        body = self._unnamed(label, "unnamed body", "f" if head.endswith("ه") else "m")
        if self.lx.in_class(head, "outlet"):
            body.role = "media"      # "وفقا لما أورده موقع ميزان": an outlet relays what others said
        return Mention(-1, j, e, body, "unnamed")

    def _quoted_name(self, toks: list[Token], mentions: list[Mention], j: int,
                     probe: bool = False, relay: bool = False) -> tuple[Entity | None, int] | None:
        """"وقالت "ديليك دريلينغ" في بيان إن", "وأعلنت مجموعة "الأفضل لبريطانيا" المعارضة لبريكست أن",
        "وبحسب "عرب فاينينس"، فإن": a short quoted name (after a body's noun, if any), its
        adjectives, then the claim or where it was said: the speaker (one we know if the name is one).
        `probe`: only whether there is one, without making its node."""
        lx = self.lx
        k = j
        if j < len(toks) and (lx.in_class(toks[j].norm, "body") or lx.in_class(toks[j].norm, "named_head")):
            # "مجموعة "الأفضل لبريطانيا"", "هيئة إذاعة وتلفزيون "إيريب"": the body's noun, its construct, the name
            k = next((x for x in range(j + 1, min(j + 4, len(toks))) if toks[x].text in _QUOTE_OPEN), j)
            if any(not t.text.isalpha() or t.norm in lx.verbs or lx.is_function(t.norm) and lx.categories_of.get(t.norm) != {"stop"}
                   for t in toks[j + 1:k]):
                k = j
        if k >= len(toks) or toks[k].text not in _QUOTE_OPEN:
            return None
        q = next((q for q in range(k + 1, min(k + 6, len(toks))) if toks[q].text in _QUOTE_OPEN.values()), None)
        inner = toks[k + 1:q] if q is not None else []
        if not inner or any(not t.text.isalnum() or t.norm in lx.verbs or lx.is_function(t.norm) for t in inner):
            return None
        e = q + 1
        while e < len(toks) and e - q <= 3 and (toks[e].norm.startswith(("ال", "لل")) or (
                e > q + 1 and toks[e].norm[:1] == "ل" and toks[e - 1].norm.startswith("ال"))) and toks[e].text.isalpha() \
                and not lx.is_function(toks[e].norm) and toks[e].norm not in lx.verbs:
            e += 1        # "الإسرائيلية", "المعارضة لبريكست"
        e = _past_time(toks, e, lx)      # "وقالت منظمة "هيومن رايتس ووتش" الأسبوع الماضي إن"
        if e < len(toks) and not (lx.is_function(toks[e].norm, "complementizer") or toks[e].text in (":", "،", ",")
                                  or (toks[e].norm == "عن" and not relay)
                                  or (toks[e].norm == "في" and e + 1 < len(toks) and lx.in_class(toks[e + 1].norm, "medium"))):
            return None   # (not "ونقلت «رويترز» عن مسؤول": a relay; nor "اعتبره "مزعزعا للاستقرار" في المنطقة")
        known = next((m for m in mentions if m.start == k + 1 and m.end == q and m.entity.kind in _ACTOR_KINDS), None)
        if known is not None:
            return known.entity, e       # "قال "الصباح":": a person we know
        if probe:
            return None, e
        label = " ".join(t.text for t in (toks[j:k] if k == j + 1 else []) + inner)     # ("مجموعة الأفضل لبريطانيا", "إيريب")
        return self._unnamed(label, "unnamed body", "f"), e

    def _is_object(self, toks: list[Token], m: Mention, hit: VerbHit, anywhere: bool = False) -> bool:
        """"واتهمت فرنسا بإعطاء…", "دعا واشنطن إلى…": with a dropped subject
        (or, `anywhere`, a subject before the verb), the actor after the verb
        is its object when the verb's preposition follows."""
        prep = hit.verb.prep
        if not prep or not hit.verb.takes_object or m.end >= len(toks) or not (hit.prefixed or hit.coordinated or anywhere):
            return False
        w = toks[m.start].norm
        if m.entity.anonymous and m.end > m.start + 1 and not w.startswith("ال") and not w.endswith(("ين", "ا")):
            return False      # "وطالب خبراء الأمم المتحدة بإجراء تحقيق": a nominative source speaks ("مسؤولين" is an object)
        if toks[m.end].norm == prep and not self.lx.is_function(prep, "preposition"):
            return True       # "وحملت إسرائيل المسؤولية": the one held responsible; a subject would need its own object
        last = self.last_speaker()
        feminine_body = m.entity.kind == "Organisation" and (w.endswith("ه") or w == "الامم")
        if (m.entity.kind == "Country" or feminine_body) and m.how != "nisba" and hit.verb.gender == "f" and not anywhere \
                and hit.verb.lemma != "اتهم" and not (last is not None and last.kind == "Person" and last.gender == "f"):
            # "ودعت فرنسا إلى …", "وطالبت بريطانيا بـ…", "وتحذر الأمم المتحدة من": a state or a body
            # named by a feminine word after a feminine verb is its subject
            # (not "واتهمت الإمارات بالوقوف وراء …", nor after a woman spoke: "ودعت [باور] إيران إلى")
            return False
        if m.how == "title" and m.entity.kind == "Person" and not anywhere and agrees(m.entity, hit.verb.gender):
            return False      # "ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى": a person introduced in full speaks
        if m.entity.kind == "Person" and m.start == hit.index + 1 == m.end - 1 and not anywhere and agrees(m.entity, hit.verb.gender) \
                and any(e is m.entity for e in self.history):
            return False      # "ودعا باسيل إلى": a man who has spoken, by his surname, speaks again
            #                   (but "ودعت ولي العهد السعودي إلى": the verb does not agree, he is asked)
        k = m.end
        if toks[k].text in ("،", ","):
            # "طالب السلطة الفلسطينية، خلال الجلسة في نيويورك، باستعادة …": a parenthesis first
            close = next((x for x in range(k + 1, min(k + 8, len(toks))) if toks[x].text in ("،", ",")), None)
            if close is not None and any(self.lx.is_function(t.norm, "time") for t in toks[k + 1:close]):
                return False      # "حذرت روسيا، اليوم الاثنين، من …": a date after the subject
            if close is not None and close + 1 < len(toks):
                k = close + 1
        return _is_prep(toks[k].norm, prep)

    def _relayed(self, toks: list[Token], mentions: list[Mention], k: int) -> Mention | None:
        """"نقلت الوكالة عن الرئيس بوتين قوله إن…": the words are the one
        after عن, whatever relayed them."""
        verb = self.lx.verbs.get(toks[k].norm) or self.lx.verbs.get(toks[k].norm[1:])
        relay = verb is not None and verb.lemma == "نقل"      # a verb of relaying needs no قوله before إن
        i = k + 1
        while i < min(k + 14, len(toks) - 2):
            if toks[i].norm in ("عن", "الي"):     # "نقلت الوكالة عن X قوله", "ونسب إلى لافروف قوله"
                m = _mention_at(mentions, i + 1) or self._tagged_source(toks, mentions, i + 1)
                if m is not None and m.entity.anonymous and m.end == i + 2 and toks[i + 1].norm.startswith("ال") \
                        and (back := self._named_before(toks[i + 1].norm[2:])) is not None:
                    # "ونقلت وكالة رويترز عن المسؤول قوله": the official named before
                    m = Mention(-1, i + 1, i + 3 if i + 2 < len(toks) and toks[i + 2].norm in _SAME else i + 2, back, "anaphor")
                if m is None and toks[i + 1].norm.startswith("ال") and any(
                        len(words) == 1 for words, _ in self.lx.institutions.candidates(toks[i + 1].norm)):
                    back = self._definite_anaphor(toks[i + 1].norm)     # "ونقلت الصحيفة عن الجيش قوله"
                    m = Mention(-1, i + 1, i + 2, back, "anaphor") if back is not None else None
                if m is None and toks[i + 1].norm in ("احد", "احدي"):
                    m = _mention_at(mentions, i + 2)      # "ونسبت الصحيفة إلى أحد المصادر قوله"
                if m is not None and m.end < len(toks):
                    # "عن الدباشي، الذي يقوم بزيارة خاصة إلى تونس …، قوله إن": قوله may follow a relative clause
                    stop = next((x for x in range(m.end, min(m.end + 16, len(toks)))
                                 if self.lx.is_function(toks[x].norm, "complementizer") or toks[x].text in _QUOTE_OPEN),
                                min(m.end + 16, len(toks)))
                    if any(toks[x].norm in _SAYING for x in range(m.end, stop)) or (relay and (
                            toks[m.end].text == "أن" or any(self.lx.is_function(t.norm, "complementizer") and t.text != "أن"
                                                            for t in toks[m.end:min(m.end + 10, len(toks))])
                            or self._described_then_that(toks, m.end) or self._quote_follows(toks, m.end))):
                        return m      # ("ونقلت "فرانس برس" عن ماكرون في مقابلة مع … إن": no قوله, but إن)
                    return None       # the source after the first عن, or none
            if toks[i].text in _QUOTE_OPEN:
                close = _QUOTE_OPEN[toks[i].text]
                q = next((q for q in range(i + 1, min(i + 5, len(toks))) if toks[q].text == close), None)
                if q is not None:
                    i = q + 1     # a quoted name on the way: "ونقلت "فرانس برس" عن …"
                    continue
            if self.lx.is_function(toks[i].norm, "complementizer") or toks[i].text in _QUOTE_OPEN:
                return None
            i += 1
        return None

    def _quote_follows(self, toks: list[Token], e: int) -> bool:
        """"ونقلت رويترز عن الوزير الألماني في المؤتمر الصحفي "…"": where he spoke, a short
        phrase with no verb, then the quote opens."""
        for x in range(e, min(e + 8, len(toks))):
            t = toks[x]
            if t.text in _QUOTE_OPEN or t.text == ":":
                return x + 1 < len(toks)
            if t.text in _PUNCT_BREAK or t.norm in self.lx.verbs or self.lx.is_function(t.norm, "complementizer", "relative"):
                return False
        return False

    def _described_then_that(self, toks: list[Token], e: int) -> bool:
        """"عن مسؤول أميركي كبير في مجال مكافحة الإرهاب أن": the source's field, a short phrase
        with no verb or comma, then أن."""
        if e >= len(toks) or toks[e].norm not in ("في", "من", "ب"):
            return False
        for x in range(e + 1, min(e + 7, len(toks))):
            if toks[x].text == "أن":
                return True
            if not toks[x].text.isalpha() or toks[x].norm in self.lx.verbs or self.lx.is_function(toks[x].norm, "complementizer"):
                return False
        return False

    def _title_of_country(self, toks: list[Token], mentions: list[Mention], j: int, e: int) -> Entity | None:
        """"وأكد ملك البحرين أن": a title in construct with a country is the holder of
        that office the article has named ("ملك البحرين حمد بن عيسى آل خليفة")."""
        country = next((m.entity.key for m in mentions if m.start == j + 1 and m.end == e and m.entity.kind == "Country"
                        and m.how != "nisba"), None)
        if country is None:
            return None
        w = toks[j].norm
        found = list(self.lx.titles.candidates(w)) or list(self.lx.titles.candidates("ال" + w))
        role = next((role_en for words, (_, role_en, _) in found if len(words) == 1), None)
        return self.ctx.by_role.get((country, canonical_role(role))) if role else None

    def _unnamed_subject(self, toks: list[Token], mentions: list[Mention], j: int, hit: VerbHit):
        """"قالت خطيبة الصحفي إن…": a subject we cannot name is still not the
        previous speaker. Only a short noun phrase right after the verb and
        right before the claim counts, so an object ("وأكد ضرورة…") does not."""
        if hit.coordinated or j >= len(toks) or any(m.start <= j < m.end for m in mentions):
            return None
        deputy = toks[j].norm in ("نايب", "نايبه") and j + 1 < len(toks) and toks[j + 1].norm in self.lx.titles
        titled = (toks[j].norm in self.lx.titles or deputy) and not toks[j].norm.startswith("ال") \
            and self._other_subject(toks, j, hit, self.last_speaker(hit.verb.gender))
        # ("وقال نائب وزير العدل إن": an office we cannot name; but "وقال وزير العدل" after the minister spoke is he)
        if self.lx.in_class(toks[j].norm, "outlet") and not titled:
            owner = next((m for m in mentions if j < m.start <= j + 2 and m.entity.kind == "Organisation" and m.how != "nisba"
                          and all(self.lx.in_class(t.norm, "outlet") or t.norm.startswith("ال") for t in toks[j + 1:m.start])), None)
            if owner is not None:
                # "وقال موقع شبكة الإعلام العراقي الحكومي إن", "وذكر موقع صحيفة الغارديان أن": the outlet's owner speaks
                return owner.entity, "verb-subject", 0.7, owner.end
        e = j
        prep = hit.verb.prep
        title = longest_phrase(toks, j, self.lx.titles) if titled else None
        title_end = title[0] if title is not None else j      # "وزيرة الدولة", whose "الدولة" is a stop word
        while e < len(toks) and e - j < 7 and toks[e].text.isalpha() and is_arabic(toks[e].norm) \
                and not (e > j and prep in ("ب", "ل") and toks[e].norm[:1] == prep and len(toks[e].norm) > 3
                         and (toks[e - 1].norm.startswith("ال") or toks[e].norm[1:3] == "ال")) \
                and not (titled and e > j and self._addressee(toks[e].norm)) \
                and not (e > j and hit.verb.takes_object and toks[e - 1].norm.startswith("ال")
                         and any(m.start == e and m.entity.kind in _ACTOR_KINDS and m.how != "nisba" for m in mentions)) \
                and toks[e].norm not in self.lx.verbs and (e < title_end or self._subject_word(toks, mentions, j, e, titled)):
            e += 1        # "شخصيات بارزة في الحرس الثوري الإيراني", "صقور السياسة الخارجية في واشنطن"
            #               (but "اتهم الانفصاليون القوات الأوكرانية بـ": after a definite noun, an actor is the object)
        if e == j or toks[j].norm in self.lx.cues or e >= len(toks) \
                or (toks[j].norm[:1] in "بل" and not body_word(toks[j].norm, self.lx)) or is_pronoun_preposition(toks[j].norm):
            return None       # ("لصحيفة …": a preposition's object; "لجنة الانتخابات" is a body)
        if body_head(toks[j].norm) and not toks[j].norm.startswith("ال"):
            owner = None if titled else next((m for m in mentions if j < m.start <= j + 3 and m.end <= e + 1
                                              and m.entity.kind == "Organisation" and m.how != "nisba"), None)
            if owner is not None and all(t.norm.startswith("ال") for t in toks[j + 1:owner.start]):
                # "طالب مجلس جامعة الدول العربية بتحقيق": a body of a body we know; the one we know speaks
                k = owner.end + (1 if owner.end < len(toks) and toks[owner.end].text in ("،", ",") else 0)
                return owner.entity, "verb-subject", 0.7, k
            if j + 2 == e and toks[j + 1].norm.startswith("ال") and (back := self._definite_anaphor(toks[j + 1].norm)) is not None \
                    and back.kind == "Organisation":
                return back, "definite-anaphor", 0.7, e     # "وأكد مجلس الجامعة": the League named before
        holder = self._title_of_country(toks, mentions, j, e)
        if holder is not None:
            return holder, "title-of-country", 0.75, e
        core = e
        while core > j + 1 and self.lx.is_function(toks[core - 1].norm, "time"):
            core -= 1         # "وأكدت الوزارة وقتها أن": the noun, then when
        if toks[j].norm.startswith("ال") and (core - j == 1 or (
                not toks[j + 1].norm.startswith("ال") and toks[j + 1].norm not in self.lx.nisba)):
            # ("وأكدت الوكالة أنباء مقتل جنود": the noun, then the verb's indefinite object)
            # "وأضافت الوكالة أن": a definite noun points back to a speaker named by it;
            # "وأكد البيان أن": the statement is its issuer's
            back = self._definite_anaphor(toks[j].norm)
            if back is not None:
                opened = e < len(toks) and (self.lx.is_function(toks[e].norm, "complementizer") or toks[e].text in (":", *_QUOTE_OPEN))
                return back, "definite-anaphor", 0.7, e if opened else j + 1      # ("دعم مصر الكامل …" is what it affirmed)
        if core - j == 2 and toks[j].norm.startswith("ال") and toks[j + 1].norm in _FORMER_HOLDER \
                and (back := self._titled_speaker(toks[j].norm, list(reversed(self.history[-6:])), former=True)) is not None:
            return back, "definite-anaphor", 0.7, e       # "وقال السفير السابق إن" after the former ambassador spoke
        construct = j + 1 < core and toks[j + 1].norm.startswith("ال") and not toks[j].norm.startswith("ال")
        head = toks[j].norm[2:] if toks[j].norm.startswith("ال") else toks[j].norm if construct else ""
        introduced = core < len(toks) and (self.lx.is_function(toks[core].norm, "complementizer") or toks[core].text in _QUOTE_OPEN)
        if (self.lx.in_class(head, "body") or construct and body_head(head)) and (hit.verb.gender != "m" or not head.endswith("ه")) \
                and e > j + 1 \
                and (not hit.verb.takes_object or introduced):      # ("وأكدت اللجنة الدولية أن": its subject, not its object)
            # "وأعلنت الشركة تشكيل لجنة تحقيق": a body named by its common noun, then what it announced
            k = j + 1
            while k < core and k - j < 6 and (toks[k].norm.startswith("ال") or (k > j + 1 and toks[k].norm.startswith("لل"))):
                k += 1
            # "وأعلنت المفوضية العليا المستقلة للانتخابات أن": the body's adjectives and complement name it
            k = k if (k == core and introduced) or construct else j + 1
            while k < core and k - j < 3 and toks[k].norm.startswith("ال") and adjective_like(toks[k].norm) \
                    and toks[k].norm.endswith("يه"):
                k += 1        # "وأعلنت المقاومة الشعبية سيطرتها": the body's adjective, then what it announced
            quoted = self._quoted_name(toks, mentions, k) if k < len(toks) and toks[k].text in _QUOTE_OPEN else None
            if quoted is not None:
                return quoted[0], "quoted-name-subject", 0.7, quoted[1]     # "شركة الطاقة الإسرائيلية "ديليك دريلينغ" في بيان"
            ent = self._unnamed(" ".join(t.text for t in toks[j:k]), "unnamed body", "f" if head.endswith("ه") else "m")
            return ent, "unnamed-body", 0.6, k
        medium_at = e if not toks[j].norm.startswith("ال") and e + 1 < len(toks) and toks[e].norm == "في" \
            and self.lx.in_class(toks[e + 1].norm, "medium") and not any(body_head(x) for x in strip_suffix(toks[j].norm)[1:]) \
            else None     # ("وقال مكتبه في بيان": his office speaks for him)
        if medium_at is not None:
            # "وأوضحت جماعة مسلحة في بيان أن", "وذكر مكتب حاكم إسطنبول في بيان، أنه": where it said it
            e = medium_at + 2
            while e < len(toks) and e - medium_at < 5 and toks[e].norm.startswith("ال") and not self.lx.is_function(toks[e].norm):
                e += 1
            if e < len(toks) and toks[e].norm in ("له", "لها", "لهم"):
                e += 1        # "في كلمة له"
            if e + 1 < len(toks) and toks[e].norm == "بهذه" and toks[e + 1].norm == "المناسبه":
                e += 2        # "… بهذه المناسبة"
        if self.lx.is_function(toks[j].norm) and self.lx.in_class(toks[j].norm, "body") and not (
                e < len(toks) and self.lx.is_function(toks[e].norm, "complementizer")):
            return None       # ("وزارة النفط شركات الخدمة بالتلاعب": a body noun that is not the subject here)
        k = e + (1 if toks[e].text in ("،", ",") else 0)
        if k > e:
            k = max(k, _past_time(toks, e, self.lx))      # "وزيرة الدولة المقالة، الاثنين، إنها", "وسائل إعلام محلية، الأربعاء، إن"
        if titled and k < len(toks) and self._addressee(toks[k].norm):
            k += 1        # "وقال مدير مكتب رئيس الوزراء للإذاعة البولندية: إن": whom the office spoke to
            while k < len(toks) and k - e < 4 and toks[k].norm.startswith("ال") and toks[k].text.isalpha():
                k += 1
        if k < len(toks) and k > e and (self._relative(toks[k].norm) or toks[k].norm in ("وهي", "وهو")):
            # "وقال صقور السياسة الخارجية في واشنطن، الذين أشادوا بـ…، إن": a relative clause on the way
            # ("وقال اتحاد منظمات الرعاية الطبية، وهي مؤسسة خيرية …، إن": or what the body is)
            close = next((c for c in range(k + 1, min(k + 15, len(toks))) if toks[c].text in ("،", ",")), None)
            if close is not None and close + 1 < len(toks) and self.lx.is_function(toks[close + 1].norm, "complementizer"):
                k = close + 1
        if k >= len(toks) or not (self.lx.is_function(toks[k].norm, "complementizer") or toks[k].text in (":", *_QUOTE_OPEN)
                                  or (prep in ("ب", "ل") and toks[k].norm[:1] == prep and len(toks[k].norm) > 3)
                                  or (prep and k == e + 1 and toks[k].norm == prep and toks[j].norm in self.lx.titles)):
            # (a title heading a body we do not know, its comma, then the verb's preposition: "شدد رئيس فريق الخبراء، على")
            return None       # ("رحبت شخصيات بارزة … بتصريحات": the verb's own preposition also ends the subject)
        named = medium_at if medium_at is not None else e
        label = " ".join(t.text for t in toks[j:named])
        country = next((self.lx.nisba[t.norm] for t in toks[j:named] if t.norm in self.lx.nisba), "")
        ent = self._unnamed(label, "unnamed speaker", hit.verb.gender if hit.verb.gender in ("m", "f") else "", country)
        return ent, "unnamed-subject", 0.6, (k if k > e + 1 else e)

    def _unlisted_issuer(self, toks: list[Token], mentions: list[Mention], i: int) -> tuple[Entity, int] | None:
        """"وأكد بيان قيادة التحالف أن", "أكد بيان وزارة الخزانة أن": a statement's author named by a
        body's noun in construct (with a body we know it belongs to) right before the claim: the body we
        know, the one the article named by those words, or a body we cannot name. (entity, claim start) or None."""
        lx, first = self.lx, toks[i].norm if i < len(toks) else ""
        if not body_word(first, lx) or first.startswith(("ب", "ل", "ال")):
            return None
        e = i + 1
        while e < len(toks) and e - i < 5 and toks[e].norm.startswith("ال") and toks[e].text.isalpha() \
                and not lx.is_function(toks[e].norm) and _mention_at(mentions, e) is None:
            e += 1
        owner = _mention_at(mentions, e)
        if owner is not None and owner.entity.kind == "Organisation" and owner.how != "nisba":
            e = owner.end       # "قيادة التحالف": the command of a body we know is that body
        if e == i + 1 or e >= len(toks) or not lx.is_function(toks[e].norm, "complementizer"):
            return None
        if owner is not None and e == owner.end:
            return owner.entity, e
        # "أكد بيان وزارة الخزانة أن" after "وزارة الخزانة الأميركية": the body the article named so
        phrase = normalize_phrase(" ".join(t.text for t in toks[i:e]))
        named = next((x for x in reversed(list(self.ctx.entities.values())) if x.kind in ("Organisation", "Anonymous")
                      and normalize_phrase(x.label_ar).startswith(phrase)), None)
        return named or self._unnamed(" ".join(t.text for t in toks[i:e]), "unnamed body", "f"), e

    def _issuer_phrase(self, toks: list[Token], mentions: list[Mention], j: int, hit: VerbHit) -> tuple[Entity, int] | None:
        """"وقال بيان للقصر الملكي إن", "وأكد بيان صادر عن المقاومة أن", "وقال البيان الصادر عن
        مكتب نتانياهو إنه", "وأضاف بيان القيادة العامة للجيش السوري أن", "ودعا البيان المصري إلى":
        a statement whose issuer is named right after it, and only that phrase stands between it
        and the claim, is the issuer speaking — a body we may not list, never the last speaker.
        A statement issued "في ختام اللقاء" names no issuer: None. (entity, claim start)."""
        lx, n = self.lx, len(toks)
        w = toks[j].norm if j < n else ""
        definite = w.startswith("ال")
        if not lx.in_class(w[2:] if definite else w, "issued_text") or j + 2 >= n:
            return None
        i = j + 1
        if toks[i].norm.removeprefix("ال").rstrip("ه") in ("صادر", "صدر") and i + 1 < n and toks[i + 1].norm in ("عن", "من"):
            i += 2
        elif definite:
            m = _mention_at(mentions, i)      # "البيان المصري": the country's statement
            if m is None or m.how != "nisba" or m.entity.kind != "Country" or not self._claim_opens(toks, m.end, hit):
                return None
            return m.entity, m.end
        e = i
        while e < n and e - i < 6 and toks[e].text.isalpha() and not self._claim_opens(toks, e, hit) \
                and toks[e].norm not in lx.verbs \
                and (not lx.is_function(toks[e].norm) or lx.categories_of.get(toks[e].norm) == {"stop"}):
            e += 1
        if e == i or not self._claim_opens(toks, e, hit):
            return None
        m = next((x for x in mentions if x.start == i and x.end == e), None)
        if m is not None and m.entity.kind in _ACTOR_KINDS - {"Anonymous", "Group"}:
            return m.entity, e
        if m is not None or any(i <= x.start < e and x.entity.kind == "Person" for x in mentions):
            return None
        first = toks[i].norm
        if i == j + 1 and not first.startswith(("ال", "ل")) and (e == i + 1 or first.endswith("ي")):
            return None       # ("بيان أوروبي", "بيان مشترك": an adjective, not who issued it)
        words = [t.text for t in toks[i:e]]
        if i == j + 1 and first.startswith("لل"):
            words[0] = "ال" + words[0][2:]        # "بيان للقصر الملكي": the royal palace's
        elif i == j + 1 and first.startswith("ل") and len(first) > 3:
            words[0] = words[0][1:]               # "بيان لوزارة الدفاع"
        if e == i + 1 and normalize(words[0]).startswith("ال"):
            back = self._definite_anaphor(normalize(words[0]))
            if back is not None:
                return back, e        # "بيان الوزارة" after the ministry was named
        country = next((lx.nisba[t.norm] for t in toks[i:e] if t.norm in lx.nisba), "")
        return self._unnamed(" ".join(words), "unnamed body", "f", country), e

    def _claim_opens(self, toks: list[Token], x: int, hit: VerbHit) -> bool:
        """Does the claim (or the verb's own preposition) open at token x?"""
        if x >= len(toks):
            return False
        t = toks[x]
        if self.lx.is_function(t.norm, "complementizer") or t.text in (":", *_QUOTE_OPEN):
            return True
        if t.text in ("،", ",") and x + 1 < len(toks):
            return self.lx.is_function(toks[x + 1].norm, "complementizer")
        prep = hit.verb.prep
        return bool(prep) and _is_prep(t.norm, prep)

    def _addressee(self, w: str) -> bool:
        """"للإذاعة", "للصحيفة", "للصحفيين": to an outlet or the press."""
        return w.startswith("لل") and (self.lx.in_class(w[2:], "outlet") or self.lx.in_class(w[2:], "medium")
                                       or w[2:] in ("صحفيين", "صحافيين"))

    def _subject_word(self, toks: list[Token], mentions: list[Mention], j: int, e: int, titled: bool) -> bool:
        """May token e go on the unnamed subject phrase that starts at j? Any content word; of the
        grammar words, a body's head noun first ("حزب الشعب الجمهوري", whose "الشعب" is a stop word too),
        a title when the phrase is an office ("نائب وزير العدل"), and "في"/"من" before a place or a body."""
        w, lx = toks[e].norm, self.lx
        if not lx.is_function(w) or (e == j and body_word(w, lx)) or (titled and w in lx.titles):
            return True
        if titled and e > j and toks[e - 1].norm in lx.titles and body_word(w, lx):
            return True       # "نائب رئيس حزب الشعب الجمهوري": an office of a body
        if e > j and any(body_word(t.norm, lx) for t in toks[j:e]) and w.startswith("ال") and lx.categories_of.get(w) == {"stop"}:
            return True
        return e > j and w in ("في", "من") and e + 1 < len(toks) \
            and (toks[e + 1].norm.startswith("ال") or any(m.start == e + 1 for m in mentions)
                 or titled and _name_like(toks[e + 1], lx) and not lx.in_class(toks[e + 1].norm, "medium")
                 and not body_word(toks[e + 1].norm, lx))

    def _quantified_subject(self, toks: list[Token], j: int, hit: VerbHit):
        """"وانتقد الكثير من الجمهوريين …", "أكد عدد من زعماء الحزب الجمهوري أنهم",
        "أعلن جميع المرشحين الجمهوريين للرئاسة أنهم": part of a group speaks, not the
        last speaker. The group is a noun and the definite words that describe it."""
        lx = self.lx
        if hit.coordinated or j + 2 >= len(toks) or toks[j].norm not in _QUANTIFIERS:
            return None
        start = j + 2 if toks[j + 1].norm == "من" else j + 1
        if start == j + 1 and toks[j].norm not in _QUANTIFIERS_WITHOUT_MIN:
            return None       # ("عدد المحتجزين": the number of, not some of)
        if start >= len(toks) or not toks[start].text.isalpha() or lx.is_function(toks[start].norm) \
                or toks[start].norm in lx.verbs or toks[start].norm[:1] in "بل":
            return None
        e = start + 1
        while e < len(toks) and e - start < 4 and toks[e].norm.startswith(("ال", "لل")) and not lx.is_function(toks[e].norm):
            e += 1
        while e == start + 1 and e < len(toks) and not toks[start].norm.startswith("ال") and toks[e].text.isalpha() \
                and toks[e].norm.endswith(("يه", "يون", "يين")) and not lx.is_function(toks[e].norm) and toks[e].norm not in lx.verbs:
            e += 1        # "عدة جماعات حقوقية": an indefinite group and its adjective
        label = " ".join(t.text for t in toks[j:e])
        country = next((lx.nisba[t.norm] for t in toks[start:e] if t.norm in lx.nisba), "")
        return self._unnamed(label, "unnamed group", "", country), "unnamed-subject", 0.6, e

    def _plural_subject(self, toks: list[Token], j: int, hit: VerbHit):
        """"فيما اتهم المتمردون القوات الحكومية", "ورفض المفاوضون الروس": a definite plural in the
        nominative right after the verb is its subject, a group we cannot name (with its nationality,
        if an adjective gives one), not the last speaker."""
        lx = self.lx
        w = toks[j].norm if j < len(toks) else ""
        bodies = w.startswith("ال") and w.endswith("ات") and body_word(w[2:-2] + "ه", lx) \
            and not hit.verb.takes_object      # "وتتوقع الحكومات الغربية", "وقالت المنظمات الحقوقية"
        if hit.coordinated or not ((w.startswith("ال") and w.endswith("ون") and len(w) > 6) or bodies) or not toks[j].text.isalpha() \
                or lx.is_function(w) or w in lx.verbs or lx.in_class(w, "singular_un") \
                or (w.startswith("الت") and w.endswith("اون") and len(w) == 7):
            return None       # (a verbal noun like "التعاون" is no plural)
        e = j + 1
        while e < len(toks) and e - j < 3 and toks[e].norm.startswith("ال") and toks[e].norm.endswith(("ون", "يون", "يه")) \
                and not lx.is_function(toks[e].norm):
            e += 1        # "المفاوضون الروس" is written "الروس"; "المسؤولون الأمريكيون"
        if e < len(toks) and toks[e].norm in lx.nisba:
            e += 1
        country = next((lx.nisba[t.norm] for t in toks[j:e] if t.norm in lx.nisba), "")
        return self._unnamed(" ".join(t.text for t in toks[j:e]), "unnamed group", "", country), "unnamed-subject", 0.6, e

    def _subject_before_object(self, toks: list[Token], mentions: list[Mention], j: int, hit: VerbHit):
        """"واتهمت القوى الغربية دمشق بتنفيذه", "واتهم سفراء غربيون لدى المنظمة النظام السوري بعرقلة": a verb
        whose object comes before its preposition ("اتهم X بـ"), then a noun phrase we cannot name, then an
        actor and that preposition: the phrase is the subject, the actor the object (not the last speaker)."""
        lx, verb = self.lx, hit.verb
        if hit.coordinated or not verb.takes_object or not verb.prep or j >= len(toks):
            return None
        w = toks[j].norm
        if not toks[j].text.isalpha() or not is_arabic(w) or lx.is_function(w) or w in lx.verbs or w[:1] in "بلك" \
                or any(m.start <= j < m.end for m in mentions):
            return None
        obj = next((m for m in mentions if j < m.start <= j + 8 and m.entity.kind in _ACTOR_KINDS and m.how != "nisba"
                    and not lx.is_function(toks[m.start - 1].norm)), None)     # (past "لدى منظمة …": where they serve;
        #                                                                            "القادة الإيرانيين" is one phrase)
        if obj is None or obj.end >= len(toks) or not _is_prep(toks[obj.end].norm, verb.prep):
            return None
        inside = {k for m in mentions for k in range(m.start, m.end)}
        if any(k not in inside and (not t.text.isalpha() or t.norm in lx.verbs or (lx.is_function(t.norm) and not (
                lx.is_function(t.norm, "preposition") or any(m.start == k + 1 for m in mentions))))
               for k, t in enumerate(toks[j:obj.start], start=j)):
            return None       # (a word of grammar only before a body: "لدى منظمة …")
        e = j + 1
        while e < obj.start and e - j < 3 and not lx.is_function(toks[e].norm) and not any(m.start == e for m in mentions) \
                and (toks[e].norm in lx.nisba or toks[e].norm.endswith(("ي", "يه", "يون", "يين"))
                     or (w.startswith("ال") and toks[e].norm.startswith("ال"))):
            e += 1        # its adjectives: "القوى الغربية", "سفراء غربيون"
        label = " ".join(t.text for t in toks[j:e])
        country = next((lx.nisba[t.norm] for t in toks[j:e] if t.norm in lx.nisba), "")
        return self._unnamed(label, "unnamed group", "", country), "unnamed-subject", 0.6, obj.start

    def _unnamed(self, label: str, role: str, gender: str = "", country: str = "") -> Entity:
        """An actor we cannot name ("مصادر سياسية", "رئاسة الوزراء"): one node per mention in this article."""
        self.ctx.anon_count += 1
        return Entity("Anonymous", f"{self.ctx.article_key}-source-{self.ctx.anon_count}", label, role,
                      country=country, gender=gender, anonymous=True)

    def _relative(self, word: str) -> bool:
        """A relative pronoun that stands for a noun (الذي، التي، والذين …), not "ما"/"من"."""
        w = word[1:] if word[:1] == "و" and len(word) > 3 else word
        return self.lx.is_function(w, "relative") and w not in ("ما", "من")

    def _after_relative(self, toks: list[Token], mentions: list[Mention], hit: VerbHit) -> bool:
        """A verb right after a relative pronoun (الذي قال), with no subject of its own
        after it ("التي تقول منظمات إنسانية"), and not a remark pointing back (وهو ما نفاه)."""
        k = hit.index
        if hit.antecedent >= 0 or k < 2 or not self._relative(toks[k - 1].norm):
            return False
        own = _mention_at(mentions, _skip_fillers(toks, k + 1, self.lx))
        return own is None or (toks[own.start].norm[:1] in "بل" and toks[own.start].norm not in self.lx.names)

    def _inside_claim(self, toks: list[Token], mentions: list[Mention], hit: VerbHit) -> bool:
        """"مشيرا إلى التقارير الدولية التي أشادت بالإمارات": after an earlier verb of
        saying, a relative clause on an unnamed or governed noun is part of the claim
        (not a remark on the clause before: "وهو الأمر الذي رد عليه روحاني")."""
        if hit.antecedent >= 0 or not self._after_relative(toks, mentions, hit):
            return False
        m = self._relative_antecedent(toks, mentions, hit)
        return m is None or m.entity.anonymous or bool(m.start and self.lx.is_function(toks[m.start - 1].norm, "preposition")) \
            or toks[m.start].norm[:1] in "بل"

    def _relative_antecedent(self, toks: list[Token], mentions: list[Mention], hit: VerbHit) -> Mention | None:
        """"سيرغي لافروف الذي قال إن", "جو بايدن، نائب الرئيس الأميركي سابقا، والذي قال
        إن": after a relative pronoun the verb's subject is the actor it follows
        (past the appositive between commas)."""
        if not self._after_relative(toks, mentions, hit):
            return None
        k = hit.index
        if toks[k - 1].norm.startswith("و") and any(self._relative(toks[x].norm) and not toks[x].norm.startswith("و")
                                                    for x in range(max(0, k - 9), k - 1)) \
                and not any(t.text in (".", "،", ",", ":") for t in toks[max(0, k - 9):k - 1]):
            return None       # "الفكر المتطرف الذي يقوده تنظيم داعش والذي يهدد": the second relative shares the first's antecedent
        end = k - 1 if toks[k - 2].text not in ("،", ",") else k - 2
        m = _mention_ending(mentions, end)
        if m is None and end == k - 2:
            # "بايدن، نائب الرئيس الأميركي سابقا، والذي": a comma closes an appositive
            m = next((x for x in reversed(mentions) if x.end < end and end - x.end <= 3 and x.entity.kind in _ACTOR_KINDS
                      and not any(t.text in ("،", ",") for t in toks[x.end:end])), None)
            if m is not None and not (m.start and toks[m.start - 1].text in ("،", ",")):
                m = None      # "قصف نظام الرئيس بشار الأسد للمنطقة المحاصرة، التي": not the name's appositive
        if m is None or m.entity.kind not in ("Person", "Office", "Organisation", "Anonymous") or m.how == "nisba":
            return None
        if m.entity.kind == "Office" and m.start >= 2 and toks[m.start - 1].text in ("،", ","):
            m = _mention_ending(mentions, m.start - 1) or m
        return m

    def _stated_in(self, toks: list[Token], mentions: list[Mention], k: int) -> tuple[Entity | None, str, float, int]:
        """"وجاء في بيان لوزارة الخارجية الباكستانية أن", "وجاء في بيان أصدره المجلس"،
        "وجاء في البيان أن": the author of the statement speaks; "جاء في وقت …" says nothing."""
        j = k + 2
        if j >= len(toks):
            return None, "", 0.0, k + 1
        if toks[k + 1].norm in _IN_IT:
            # "وأصدرت الخارجية السودانية بيانا جاء فيه": the statement's author speaks
            _, author = _author_of_medium(toks, mentions, k, self.lx)
            return (author.entity, "author-of-medium", 0.8, k + 2) if author is not None else (None, "", 0.0, k + 1)
        w = toks[j].norm
        if w.startswith("ال") and self.lx.in_class(w[2:], "issued_text"):
            return self.issuer, "stated-in", 0.8, j + 1
        outlet = _mention_at(mentions, j)
        if outlet is not None and outlet.entity.role == "media":
            return outlet.entity, "stated-in", 0.8, outlet.end     # "وجاء في وكالة الأنباء السعودية أن": it reports
        if not self.lx.in_class(w, "issued_text"):
            return None, "", 0.0, k + 1
        for x in range(j + 1, min(j + 4, len(toks))):
            if self.lx.is_function(toks[x].norm, "complementizer") or toks[x].text in _QUOTE_OPEN:
                break
            src = _mention_at(mentions, x)
            if src is not None and src.entity.kind in _ACTOR_KINDS - {"Anonymous", "Group"}:
                self.issuer = src.entity
                return src.entity, "stated-in", 0.85, src.end
        return None, "", 0.0, k + 1

    def _definite_anaphor(self, word: str) -> Entity | None:
        head = word[2:]
        if self.lx.in_class(head, "document"):
            return self.issuer
        recent = list(reversed(self.history[-6:]))
        # "الوزارة" is first the speaker named by that noun ("وزارة الخارجية الجزائرية"),
        # then one whose name only contains it ("الناطق باسم وزارة الخارجية"); "الصحيفة", "الوكالة"
        # is also an outlet named without its noun ("نيويورك تايمز", "يونهاب")
        return next((sp for sp in recent if normalize(sp.label_ar).split()[:1] in ([head], ["ال" + head])
                     or (self.lx.in_class(head, "outlet") and sp.kind == "Organisation" and sp.role == "media"
                         and any(normalize(a).split()[:1] == [head] for a in sp.aliases))), None) \
            or next((sp for sp in recent if head in normalize(sp.label_ar)), None) \
            or self._titled_speaker(word, recent) \
            or next((e for e in reversed(list(self.ctx.entities.values())) if e.kind == "Organisation"
                     and normalize(e.label_ar).split()[:1] in ([head], ["ال" + head])), None) \
            or next((e for e in reversed(list(self.ctx.entities.values())) if self.lx.in_class(head, "outlet")
                     and e.kind == "Organisation" and e.role == "media"
                     and any(normalize(a).split()[:1] == [head] for a in e.aliases)), None) \
            or self._described_person(head) \
            or self._own_institution(word)
        # (the last body of that name the article mentioned: "قالت المتحدثة باسم وزارة الخارجية …"
        # then "ووجهت الوزارة انتقادات …، قائلة"; or the last outlet: "نشرت صحيفة نيويورك تايمز تقريرا"
        # then "وقالت الصحيفة، في تقريرها، إن")

    def _described_person(self, head: str) -> Entity | None:
        """"يقول الكاتب" after "مقالا للكاتب أحمد أبو دوح", "وأضاف المحامي" after "المحامي وليام
        بوردون": the last person the article described by that noun (a profession, not a title)."""
        if not self.lx.in_class(head, "person_noun"):
            return None
        described = lambda e: e.kind == "Person" and normalize(e.role).split()[:1] == ["ال" + head]  # noqa: E731
        return next((sp for sp in reversed(self.history[-6:]) if described(sp)), None) \
            or next((e for e in reversed(list(self.ctx.entities.values())) if described(e)), None)

    def _named_before(self, head: str) -> Entity | None:
        """"المسؤول", "المصدر", "المراقبون" (a definite speaker noun, without its article): the
        recent speaker or source that noun names, or the official just quoted."""
        lx = self.lx
        named = lambda sp: normalize(sp.label_ar).split()[:1] == [head]
        if lx.in_class(head, "medium"):
            # "وقال التقرير إن" after "قال تقرير لمجلس الأمن": the report's author first
            author = next((sp for sp in reversed(self.history[-4:]) if named(sp)), None) \
                or (self.issuer if lx.in_class(head, "document") else None)
            if author is not None:
                return author
        # ("وقال المصدر" after "وفق ما نقل الإعلام الرسمي عن مصدر في وزارة الخارجية": the source named, even
        # if it was not the speaker; "يرى المراقبون أن": observers, many and unnamed, are not the official just quoted)
        return next((sp for sp in reversed(self.history[-4:]) if named(sp)), None) \
            or (self.ctx.last_source if self.ctx.last_source is not None and named(self.ctx.last_source) else None) \
            or next((sp for sp in reversed(self.history[-4:]) if sp.kind in ("Person", "Office", "Anonymous")
                     and sp.role not in ("unnamed body", "unnamed speaker")
                     and (lx.speaker_words.get(head, ("", ""))[1] != "p"
                          or sp.kind == "Anonymous" and _plural_stem(normalize(sp.label_ar).split()[0]) == _plural_stem(head))), None)

    def _titled_speaker(self, word: str, recent: list[Entity], former: bool = False) -> Entity | None:
        """"وقال السفير:" after "السفير القطري زايد الخيارين" spoke: the recent speaker
        whose office that title names (with `former`, one who held it before)."""
        words = (word, word[2:]) if word.startswith("ال") else (word,)
        roles = {canonical_role(v[1]) for x in words for w, v in self.lx.titles.candidates(x) if len(w) == 1}
        # "وقال الوزير" after the foreign minister spoke: the bare title names the specific office
        # it ends ("foreign minister"), though not the prime minister's
        fits = lambda r: r in roles or (not r.startswith("prime ") and any(r.endswith(" " + g) for g in roles))
        return next((sp for sp in recent if sp.kind == "Person" and sp.role and fits(canonical_role(sp.role))
                     and (not former or sp.role.startswith("former "))), None)

    def _but_pronoun(self, toks: list[Token], mentions: list[Mention], hit: VerbHit, out: list[Statement],
                     subject: Mention | None):
        """"…، لكنه أضاف أن": the one who just spoke goes on, if the pronoun fits him; otherwise the
        sentence's subject, or the nearest actor before it that fits ("اتهم المسلحون الحكومة السورية …،
        ولكنها تنفي")."""
        k = hit.index
        if hit.prefixed or hit.coordinated or k < 1 or toks[k - 1].norm.removeprefix("و") not in _BUT_PRONOUN:
            return None
        gender = _BUT_PRONOUN[toks[k - 1].norm.removeprefix("و")]
        if out and out[-1].verb_index < k and agrees(out[-1].speaker, gender) \
                and (gender != "p" or out[-1].speaker.kind in ("Group", "Anonymous")):
            return out[-1].speaker, "coordinated-continuation", 0.75, k + 1
        def fits(m: Mention) -> bool:
            return m.end < k and m.entity.kind in _ACTOR_KINDS and m.how != "nisba" and gender != "p" \
                and agrees(m.entity, gender) and not (m.entity.kind == "Person" and gender == "f" and m.entity.gender != "f")
        if subject is not None and fits(subject):
            return subject.entity, "sentence-subject", 0.75, k + 1
        # the one the last verb was about: its object, where the claim starts ("اتهم المسلحون الحكومة …")
        m = _mention_at(mentions, out[-1].claim_start) if out and out[-1].verb_index < k else None
        if m is not None and fits(m):
            return m.entity, "pronoun-subject", 0.7, k + 1
        # or the subject of a present verb in the clause before ("لن تعقد ماي اجتماعا …، لكنها أصرت")
        m = next((m for m in reversed(mentions) if m.end < k and m.start and fits(m)
                  and _present_verb_shape(toks[m.start - 1].norm.removeprefix("و"), self.lx)
                  and not any(t.text in (".", "؛", ":") for t in toks[m.end:k])), None)
        if m is not None:
            return m.entity, "pronoun-subject", 0.7, k + 1
        return None

    def _named_after_kana(self, toks: list[Token], mentions: list[Mention], hit: VerbHit):
        """"وكان روحاني قد هدد ترامب", "وكانت موسكو أعلنت": an actor between كان and the
        verb (or its قد) is the verb's subject, whatever follows the verb (unless he relays
        another's words: "وكان القحطاني نقل عن ولي العهد قوله")."""
        k = hit.index
        if hit.prefixed or hit.coordinated or k < 2 or self._relayed(toks, mentions, k) is not None:
            return None
        end = k - 1 if toks[k - 1].norm == "قد" else k
        m = _mention_ending(mentions, end)
        if m is None or m.start < 1 or m.entity.kind not in _ACTOR_KINDS or m.how == "nisba" \
                or toks[m.start - 1].norm.removeprefix("و") not in ("كان", "كانت") \
                or not agrees(m.entity, hit.verb.gender):
            return None
        return m.entity, "subject-verb", 0.85, k + 1

    def _body_before_qad(self, toks: list[Token], mentions: list[Mention], hit: VerbHit):
        """"وكان الجيش قد أعلن أن", "وكانت المفوضية العليا المستقلة للانتخابات أعلنت تصدر …": between
        كان and the verb (or its قد), a body named by its common noun is the subject, read as if it followed the verb
        ("وأعلن الجيش أن"): the one named before by that noun, or a body we cannot name."""
        k = hit.index
        if hit.prefixed or hit.coordinated or k < 2:
            return None
        end = k - 1 if toks[k - 1].norm == "قد" else k
        p = end
        while p >= 1 and end - p < 6 and toks[p - 1].text.isalpha() and toks[p - 1].norm.startswith(("ال", "لل")):
            p -= 1
        if p == end or p == 0 or toks[p - 1].norm.removeprefix("و") not in ("كان", "كانت") \
                or not (self.lx.in_class(toks[p].norm[2:], "body") or body_word(toks[p].norm[2:], self.lx)) \
                or any(m.start < end and m.end > p and m.how != "nisba" for m in mentions):
            return None
        # the verb, then the subject, then the claim: the order the rules for a subject after its verb read
        order = [k] + list(range(p, end)) + list(range(k + 1, len(toks)))
        at = {old: new for new, old in enumerate(order)}
        vtoks = [toks[x] for x in order]
        vmentions = [replace(m, start=at[m.start], end=at[m.end - 1] + 1) for m in mentions
                     if m.start in at and m.end - 1 in at and at[m.end - 1] - at[m.start] == m.end - 1 - m.start]
        vhit = replace(hit, index=0, antecedent=-1, completed_by=-1)
        found = self._bare_institution(vtoks, vmentions, 1, vhit) or self._unnamed_subject(vtoks, vmentions, 1, vhit)
        if found is not None and found[0] is not None and found[1] != "unnamed-body":
            return found[0], found[1], found[2], k + 1
        if not self.lx.in_class(toks[p].norm[2:], "body"):
            return None
        # the whole phrase before the verb names it ("أعلنت" takes an object, so after it only one word would)
        label = " ".join(t.text for t in toks[p:end])
        return self._unnamed(label, "unnamed body", "f" if toks[p].norm.endswith("ه") else "m"), "unnamed-body", 0.6, k + 1

    def _bare_institution(self, toks: list[Token], mentions: list[Mention], j: int, hit: VerbHit):
        """"قالت وزارة الخارجية إنه", "وأكدت وزارة الصحة أن": an institution named without its
        country, right after the verb and before the claim, is the subject — a state organ of the
        last speaker's country, any other body as itself — not the last speaker."""
        if hit.coordinated or j >= len(toks) or any(m.start <= j < m.end for m in mentions) or toks[j].norm.startswith("ال"):
            return None       # ("وقال الجيش إن" is the army named before: _definite_anaphor)
        found = longest_phrase(toks, j, self.lx.institutions)
        if found is None:
            return None
        e, inst = found
        while e < len(toks) and e - j < 6 and toks[e].text.isalpha() and toks[e].norm.startswith("ال") \
                and not self.lx.is_function(toks[e].norm) and not any(m.start == e for m in mentions):
            e += 1        # "وزارة الصحة العامة": the rest of its name
        if e >= len(toks) or not (self.lx.is_function(toks[e].norm, "complementizer") or toks[e].text in (":", *_QUOTE_OPEN)):
            return None
        label = " ".join(t.text for t in toks[j:e])
        organ = self._organ_of_last_speaker(inst) if e == found[0] else None
        if organ is not None:
            return organ, "own-institution", 0.65, e
        return self._unnamed(label, "unnamed body", "f" if toks[j].norm.endswith("ه") else "m"), "unnamed-body", 0.6, e

    def _own_institution(self, word: str) -> Entity | None:
        """"شددت الحكومة الإسرائيلية الحصار … وأعلن الجيش أنه": an institution named by its
        noun alone, never named before, is the last speaker's country's."""
        inst = next((v for words, v in self.lx.institutions.candidates(word) if len(words) == 1), None)
        return self._organ_of_last_speaker(inst) if inst is not None else None

    def _organ_of_last_speaker(self, inst) -> Entity | None:
        """A state organ (army, government, ministries …) of the last speaker's country; not
        the police, which are where the story happens, not the last speaker's."""
        last = self.last_speaker()
        country = last and (last.key if last.kind == "Country" else last.country)
        if inst.key not in _STATE_ORGANS or not country or country not in self.lx.countries:
            return None
        return self.ctx.add(institution_entity(self.lx, inst, country))

    def _holder_after_role(self, toks: list[Token], mentions: list[Mention], m: Mention) -> Mention | None:
        """"صرح المتحدث الرسمي لقوات التحالف "تحالف دعم الشرعية" العقيد الركن تركي المالكي، أنه":
        an unnamed role, what it belongs to, ranks, then a name that closes the phrase (a comma
        or أن after it) with no comma or verb before it: the name holds the role and speaks."""
        held = self._holder_after_relative(toks, mentions, m)
        if held is not None:
            return held
        for x in mentions:
            if x.entity.kind != "Person" or not m.end < x.start <= m.end + 12:
                continue
            between = toks[m.end:x.start]
            after = x.end
            while after < len(toks) and after - x.end < 2 and self.lx.is_function(toks[after].norm, "time"):
                after += 1    # "… الأمير زيد بن رعد الحسين الجمعة، إن"
            closes = after < len(toks) and (toks[after].text in ("،", ",") or self.lx.is_function(toks[after].norm, "complementizer")
                                            or ((toks[after].text in (":", "«", "“") or (toks[after].text == '"' and not sum(
                                                t.text == '"' for t in toks[:after]) % 2)) and self._describes_role(between)))
            # ("وقال المتحدث الرسمي باسم أهالي السجناء عبدالله الناهض: «…»": a colon or an opening quote closes it too,
            # after a plain description: not "… في مؤتمر صحافي عقده مع الأمين العام للجامعة العربية «")
            if closes and not any(t.text in (".", "،", ",", ":", "؛") or t.norm in self.lx.verbs
                                  or (self.lx.in_class(t.norm, "led_by") and (n or t.norm != "باسم"))
                                  or self.lx.speaker_words.get(t.norm, ("",))[0] in ("relative", "aide")
                                  or self.lx.is_function(t.norm, "complementizer", "relative") for n, t in enumerate(between)):
                # ("المتحدث باسم …": the spokesman's own "on behalf of" right after the role leads nothing;
                # but "المتحدث باسم عائلة الصحفي جمال خاشقجي" speaks for the family of the man named)
                return x      # (not "المتحدث باسم الجيش الليبي بقيادة الجنرال خليفة حفتر": who leads it)
            return None
        return None

    def _tagged_after_role(self, toks: list[Token], mentions: list[Mention], m: Mention) -> tuple[int, int] | None:
        """"واستبعد القيادي السوري المعارض برهان غليون أن": an unnamed role, its adjectives, then a name
        only the tagger knows, closed by أن or a comma: the name holds the role."""
        if self.names is None or not m.entity.anonymous:
            return None
        for a, b in self._person_spans(toks):
            if not m.end <= a <= m.end + 2 or b - a < 2 or b >= len(toks):
                continue
            if not all(t.text.isalpha() for t in toks[a:b]) or (toks[a].norm[:1] in "لب" and toks[a].norm not in self.lx.given_names):
                return None       # ("مصدر دبلوماسي فرنسي لموقع فرانس24": to whom it spoke)
            if any(not t.norm.startswith("ال") or self.lx.is_function(t.norm) or t.norm in self.lx.verbs for t in toks[m.end:a]) \
                    or any(x.start < b and x.end > a for x in mentions):
                return None
            if toks[b].text in ("،", ",") or self.lx.is_function(toks[b].norm, "complementizer"):
                return a, b
        return None

    def _holder_after_relative(self, toks: list[Token], mentions: list[Mention], m: Mention) -> Mention | None:
        """"وقال وزير الدولة الكويتي لشؤون مجلس الوزراء الذي يترأس وفد بلاده في مفاوضات … الشيخ محمد
        المبارك الصباح في تصريحات لصحيفة "الحياة": …": a role, a relative clause on it, then the
        holder's name (a title before it) and where he said it: the name speaks."""
        rel = next((k for k in range(m.end, min(m.end + 4, len(toks))) if toks[k].norm in ("الذي", "التي")), None)
        if rel is None or any(t.text in _PUNCT_BREAK | {":", "«", "»", '"'} for t in toks[m.end:rel]):
            return None
        x = next((x for x in mentions if x.entity.kind == "Person" and x.how == "title" and rel + 2 < x.start <= rel + 25), None)
        if x is None or any(t.text in _PUNCT_BREAK | {":"} or t.norm in self.lx.verbs or self.lx.is_function(t.norm, "complementizer")
                            for t in toks[rel + 1:x.start]) \
                or any(y.entity.kind == "Person" and rel < y.start < x.start for y in mentions):
            return None
        after = x.end
        while after < len(toks) and after - x.end < 2 and self.lx.is_function(toks[after].norm, "time"):
            after += 1
        opens = after < len(toks) and (toks[after].text in (":", "«", "،", ",") or self.lx.is_function(toks[after].norm, "complementizer")
                                       or (toks[after].norm == "في" and after + 1 < len(toks)
                                           and self.lx.in_class(toks[after + 1].norm, "medium")))
        return x if opens else None

    def _past_outlet(self, sent: Sentence, mentions: list[Mention], j: int, hit: VerbHit) -> int:
        """"كشفت لـ«عكاظ» مصادر مطلعة عن …", "كما قال لوكالة فرانس برس مصدر أمني": the outlet
        spoken to may stand between the verb and its subject; the subject is after it."""
        toks, lx = sent.tokens, self.lx
        if hit.coordinated or j + 1 >= len(toks) or not toks[j].norm.startswith("ل"):
            return j
        n = j
        if toks[j].text in ("ل", "لـ") and toks[j + 1].text in _QUOTE_OPEN:
            close = next((c for c in range(j + 2, min(j + 8, len(toks))) if toks[c].text == _QUOTE_OPEN[toks[j + 1].text]), None)
            n = close + 1 if close is not None else j      # "لـ«الشرق الأوسط»", 'ل"الرياض"'
        elif toks[j].text.startswith("لـ") and len(toks[j].text) > 2 and not is_arabic(toks[j].text[2:]):
            n = j + 1     # "لـCNN"
        elif lx.in_class(toks[j].norm[1:], "outlet") or lx.in_class(toks[j].norm[2:], "outlet"):
            m = next((m for m in mentions if m.start in (j, j + 1) and m.entity.kind == "Organisation"), None)
            n = m.end if m is not None else j      # "لوكالة فرانس برس"
        if n == j:
            return j
        n = _skip_fillers(toks, n, lx)
        subject = n < len(toks) and (_mention_at(mentions, n) is not None or toks[n].norm in lx.speaker_words
                                     or toks[n].norm in lx.titles or toks[n].norm.removeprefix("ال") in lx.titles
                                     or (self.names is not None and any(a == n for a, _ in self._person_spans(toks))))
        return n if subject else j

    def _titled_subject(self, toks: list[Token], mentions: list[Mention], j: int, far: bool = False) -> Mention | None:
        """"أعلن وزير خارجية النظام وليد المعلم أن": a person a few title words
        after the verb, with no punctuation, preposition or verb between; `far`: up to ten
        words of a role's description between (tried after the name tagger)."""
        if j < len(toks) and toks[j].norm.startswith(("بال", "لل")):
            return None       # "أشاد بالجنرال دانفورد": who is praised, not who praises
        titled = j < len(toks) and self._role_word(toks[j].norm)
        described = titled or (j < len(toks) and self.lx.in_class(toks[j].norm.removeprefix("ال"), "person_noun"))
        for m in mentions:
            # a known person may stand after a longer title ("مستشار المرشد الأعلى للشؤون الدولية علي أكبر ولايتي")
            reach = 7 if m.entity.key in self.lx.people and titled else 4
            if j < m.start <= j + reach and m.entity.kind == "Person":
                first = toks[m.start].norm
                if first.startswith(("لل", "بال")) or (first[:1] in "لب" and first[1:] in self.lx.titles):
                    continue      # "وأكد وزير الخارجية لولي العهد السعودي أن": who was told
                between = toks[j:m.start]
                if not described and between and m.how in ("name", "surname-variant") and all(
                        t.text.isalpha() and not t.norm.startswith("ال") and not self.lx.is_function(t.norm)
                        and t.norm not in self.lx.titles and normalize(t.text) not in normalize(m.entity.label_ar) for t in between) \
                        and (len(between) == 1 and between[0].norm in self.lx.given_names
                             or all(str(self.lx.person_share.get(t.norm)) == "0" and t.norm[:1] not in "لب" for t in between)):
                    continue      # "وقال مارك حداد" after "ليلى حداد": another given name, another person;
                    #               "طلبت توقيف مسلم", "رفضت دخول سيغيف": a common noun, whose object the man is
                if all(t.text.isalpha() and t.norm not in self.lx.verbs and not self.lx.is_function(
                        t.norm, "preposition", "conjunction", "complementizer", "relative", "negator", "demonstrative")
                       for t in between):
                    return m
        for m in mentions if far else ():
            if described and j + 4 < m.start <= j + 10 and m.entity.kind == "Person" and self._describes_role(toks[j + 1:m.start]) \
                    and not (toks[m.start].norm[:1] == "و" and toks[m.start].norm not in self.lx.given_names):
                # (not "رئيس جمعية الإعلام العربية التركية وصديق خاشقجي،": "and Khashoggi's friend")
                return m      # "وقال الباحث في قسم آسيا بمنظمة هيومن رايتس ووتش كارلوس كونديه": a longer description
        return None

    def _role_word(self, w: str) -> bool:
        """Does a title ("وزير", "رئيس …") or a speaker noun ("المتحدث") begin with this word?"""
        return w in self.lx.titles or w in self.lx.speaker_words

    def _title_opens(self, toks: list[Token], comma: int) -> bool:
        """Does the clause that ends at `comma` open (after "و", "لكن" …) with a title followed only by
        the words of a role's description?"""
        start = comma - 1
        while start > 0 and toks[start - 1].text not in ("،", ",", ".", ":", "؛", "(", ")") \
                and not self.lx.is_function(toks[start - 1].norm, "conjunction", "discourse", "complementizer", "clause_opener") \
                and not self.lx.in_class(toks[start - 1].norm, "but") and comma - start < 8:
            start -= 1
        w = toks[start].norm if start < comma else ""
        if not (w in self.lx.titles or w.removeprefix("و") in self.lx.titles):     # ("ووزير" as well as "وزير")
            return False
        return self._describes_role(toks[start + 1:comma])

    def _describes_role(self, words: list[Token]) -> bool:
        """The words between a title and its holder's name: where he serves ("في", "لدى"), a quoted
        body ('شبكة "وان تي في"'), but no verb, no other grammar word and no text he issued."""
        marks = ('"', "«", "»", "“", "”")
        if sum(t.text in marks for t in words) % 2:
            return False
        lx, quoted = self.lx, False
        for t in words:
            if t.text in marks:
                quoted = not quoted
            elif not t.text.isalpha():
                return False
            elif not quoted and (t.norm in lx.verbs or (lx.is_function(t.norm) and t.norm not in ("في", "لدي")
                                                        and not lx.is_function(t.norm, "stop", "demonstrative"))
                                 or lx.in_class(t.norm, "medium") or lx.in_class(t.norm, "document") or lx.in_class(t.norm, "issued")):
                return False
        return True

    def _appositive(self, toks: list[Token], mentions: list[Mention], k: int) -> Mention | None:
        """"قال مبعوث الأمم المتحدة للسلام في الشرق الأوسط، نيكولاي ميلادينوف، إن":
        the subject is set off by commas before the claim."""
        for m in mentions:
            if m.start <= k or m.start > k + 15 or m.entity.kind not in ("Person", "Office", "Anonymous"):
                continue
            if any(self.lx.is_function(t.norm, "complementizer") or t.text in _QUOTE_OPEN for t in toks[k + 1:m.start]):
                return None
            before = toks[m.start - 1].text in ("،", ",")
            after = m.end < len(toks) and (toks[m.end].text in ("،", ",") or self.lx.is_function(toks[m.end].norm, "complementizer"))
            if before and after:
                return m
        return None

    def _clause_start(self, toks: list[Token], mentions: list[Mention], hit: VerbHit) -> int:
        """Where the clause of a later statement begins: its subject if it
        precedes the verb, and the comma or conjunction before that."""
        i = hit.index
        before = _mention_ending(mentions, i)
        if before is not None and not hit.coordinated and not hit.prefixed:
            i = before.start
        while i > 0 and (toks[i - 1].text in ("،", ",") or self.lx.is_function(toks[i - 1].norm, "conjunction")
                         or self.lx.in_class(toks[i - 1].norm, "but") or toks[i - 1].norm.removeprefix("و") in _BUT_PRONOUN
                         or self.lx.is_function(toks[i - 1].norm.removeprefix("و"), "clause_opener")
                         or (toks[i - 1].norm == "في" and i < len(toks) and toks[i].norm == "حين")
                         or (toks[i - 1].norm == "ان" and i >= 2 and self.lx.in_class(toks[i - 2].norm, "but"))):
            i -= 1        # (and "إلا أن": but; "لكنه": but he; "فيما", "بينما": while)
        if i >= 2 and toks[i - 1].norm == "ان" and self.lx.in_class(toks[i - 2].norm, "temporal"):
            i -= 2        # ("بعد أن": after)
        elif _after_sabaq(toks, i):
            i -= 2        # ("وسبق أن": had already)
            while i > 0 and (toks[i - 1].text in ("،", ",") or self.lx.is_function(toks[i - 1].norm, "conjunction")):
                i -= 1
        return i

    def _tagged_subject(self, sent: Sentence, mentions: list[Mention], j: int, hit: VerbHit):
        """"ودعا أبومازن إلى …", "وأكد عبدالحافظ الموظف في …": a name no rule
        knows, right after the verb, found by the statistical name tagger."""
        toks = sent.tokens
        if self.names is None or hit.coordinated or j >= len(toks) or any(m.start <= j < m.end for m in mentions) \
                or not toks[j].text.isalpha() \
                or ((self.lx.is_function(toks[j].norm) or toks[j].norm.startswith("ال")) and not toks[j].text.startswith("آ")) \
                or (hit.verb.prep in ("ب", "ل") and toks[j].norm[:1] == hit.verb.prep):
            return None       # "يطالب بإطلاق سراحه": the verb's own preposition, not a name
        span = next(((a, b) for a, b in self._person_spans(toks) if a == j), None)
        if span is None:
            return None
        return self._tagged_person(toks, span, hit), "verb-subject-tagged", 0.7, span[1]

    def _titled_tagged_subject(self, sent: Sentence, mentions: list[Mention], j: int, hit: VerbHit):
        """"وقال زعيم حركة خمس نجوم لويدجي دي مايو أمام …": a title, what it heads, then a
        name the statistical tagger finds, with only plain words between."""
        toks = sent.tokens
        if self.names is None or hit.verb.adverbial or j >= len(toks) or not self._role_word(toks[j].norm):
            return None
        for a, b in self._person_spans(toks):
            if not j < a <= j + 7:
                continue
            between = toks[j:a]
            if any(not t.text.isalpha() or t.norm in self.lx.verbs or self.lx.is_function(
                    t.norm, "preposition", "conjunction", "complementizer", "relative", "negator") for t in between) \
                    or any(m.start < a and m.end > j and m.entity.kind == "Person" for m in mentions):
                return None
            # "وقال رئيس البنك المركزي الإيراني ولي الله يوسف": the office right before the name is his
            office = next((m for m in mentions if m.start == j and m.end == a and m.entity.kind == "Office"), None)
            country, role = (office.entity.country, office.entity.role) if office is not None else ("", "")
            return self._tagged_person(toks, (a, b), hit, country=country, role=role), "verb-subject-after-title", 0.7, b
        return None

    def _tagged_source(self, toks: list[Token], mentions: list[Mention], i: int) -> Mention | None:
        """"ونقلت وكالة رويترز عن تشانغ أن": after عن, a name no rule knows that the
        name tagger finds (one to three words) is whom the words are quoted from."""
        if self.names is None or i >= len(toks) or _mention_at(mentions, i) is not None:
            return None
        w, lx = toks[i].norm, self.lx
        if not toks[i].text.isalpha() or w.startswith(("ال", "لل")) or lx.is_function(w) or w in lx.verbs \
                or w in lx.cues or w in lx.speaker_words or w.endswith(("ه", "ها", "هم", "هما")) and w not in lx.given_names:
            return None       # only a word that could open a name is worth asking the tagger about ("أعرب عن قلقه")
        span = next(((a, b) for a, b in self._person_spans(toks) if a == i and b - a <= 3), None)
        if span is None or any(self.lx.is_function(t.norm) for t in toks[span[0]:span[1]]):
            return None
        label = " ".join(t.text for t in toks[span[0]:span[1]])
        person = self.ctx.add(Entity("Person", normalize(label).replace(" ", "_"), label, "", (), gender="m"))
        return Mention(-1, span[0], span[1], person, "tagged")

    def _tagged_person(self, toks: list[Token], span: tuple[int, int], hit: VerbHit, country: str = "",
                       role: str = "") -> Entity:
        """The person the name tagger found at `span`, as this article's node (the verb's gender is theirs)."""
        label = written(toks[span[0]:span[1]])
        if span[1] - span[0] == 1:
            # "وأشار كيم إلى" after "كيم جونغ أون": one word of the one person named so in this article
            w = normalize(label)
            named = {e.key: e for e in self.ctx.entities.values() if e.kind == "Person" and len(e.label_ar.split()) > 1
                     and w in normalize(e.label_ar).split() + [x for a in e.spellings for x in normalize(a).split()]}
            if len(named) == 1:
                person = next(iter(named.values()))
                self.ctx.add_spelling(person, label)      # later "وانغ" is he too
                return person
        return self.ctx.add(Entity("Person", normalize(label).replace(" ", "_"), label, "", (), country=country,
                                   role=role or profession_before(toks, span[0], self.lx),
                                   gender=hit.verb.gender if hit.verb.gender in ("m", "f") else "m"))

    def _tagged_before(self, sent: Sentence, mentions: list[Mention], k: int, hit: VerbHit):
        """"رئيس أجهزة الاستخبارات الأمريكية دان كوتس شكك": a name no rule knows,
        right before an unprefixed verb, after the title and nationality that
        give its country."""
        toks = sent.tokens
        if self.names is None or hit.prefixed or hit.coordinated or k < 3 or _mention_ending(mentions, k) is not None:
            return None
        span = next(((a, b) for a, b in self._person_spans(toks) if b == k and b - a >= 2), None)
        if span is None:
            return None
        nis = _mention_ending(mentions, span[0])
        if nis is None or nis.how != "nisba" or nis.entity.kind != "Country":
            return None
        return self._tagged_person(toks, span, hit, country=nis.entity.key), "subject-verb-tagged", 0.7, k + 1

    def _acting_subject(self, toks: list[Token], mentions: list[Mention], k: int) -> Entity | None:
        """"وفي هذا الشأن أصدر خامنئي …، موضحاً أن": the actor right after the
        sentence's first verb-like word (indefinite, no grammar word) goes on speaking."""
        for m in mentions:
            if m.start >= k or m.start < 1 or m.how == "nisba" or m.entity.kind not in ("Person", "Office", "Organisation", "Country"):
                continue
            if _joined_preposition(toks, m, "لب"):
                return None       # "التي تحدثت لبي بي سي …، قائلة": whom she spoke to ("برانسون" is no ب + …)
            p = toks[m.start - 1]
            w = p.norm[1:] if p.norm[:1] in "وف" and len(p.norm) > 3 else p.norm
            if m.entity.kind == "Country" and not (w.endswith("ت") or w.startswith("ت")):
                return None       # a country acts with a feminine verb ("لوحت موسكو"); "زار موسكو" is a visit
            if p.text.isalpha() and not w.startswith("ال") and not self.lx.is_function(w) and not self.lx.is_function(p.norm) \
                    and w not in self.lx.titles and not w.endswith(("ه", "ات")) and 3 <= len(w) <= 5:
                return m.entity
            if w in ("كان", "كانت") and m.start == 1:
                return m.entity   # "وكان المرشد الإيراني، علي خامنئي، قد أمر …، مؤكدا أن"
            return None       # only the first actor of the sentence
        return None

    def _tagged_actor(self, toks: list[Token], mentions: list[Mention], k: int, hit: VerbHit) -> Entity | None:
        """"وعلقت حنان عشراوي، عضو اللجنة التنفيذية …، قائلة:": a name only the tagger knows,
        right after the sentence's first word, a past verb with و, is who goes on speaking."""
        if self.names is None or k < 3 or any(m.start == 1 for m in mentions):
            return None
        w = toks[0].norm
        if not (w[:1] == "و" and 4 <= len(w) <= 6 and toks[0].text.isalpha() and not self.lx.is_function(w[1:])
                and not w.endswith(("ه", "ات"))):
            return None
        span = next(((a, b) for a, b in self._person_spans(toks) if a == 1 and b - a >= 2 and b < k), None)
        if span is None or any(t.text in ("،", ",") for t in toks[span[0]:span[1]]):
            return None
        return self._tagged_person(toks, span, hit)

    def _clause_subject(self, toks: list[Token], mentions: list[Mention], k: int) -> Entity | None:
        """"ردّ وليد الصمعاني، وزير العدل السعودي، على … مؤكدا أن …": the
        actor right after the sentence's first verb is who goes on speaking."""
        start = next((len(w) for w, cat in self.lx.multiword_function.candidates(toks[0].norm) if cat == "discourse"
                      and tuple(t.norm for t in toks[:len(w)]) == w), 0) if toks else 0
        first = next((x for x in range(start, min(k, start + 6)) if toks[x].text not in _QUOTE_OPEN and toks[x].text not in ("،", ",")
                      and not self.lx.is_function(toks[x].norm, "discourse", "conjunction", "time")), None)
        # ("من جهتها حمّلت منظمة التحرير …، معتبرة أن": past the discourse phrase that opens the sentence)
        if first is None or first + 1 >= k:
            return None
        w = toks[first].norm
        if w[:1] in "وف" and len(w) > 3:
            w = w[1:]
        m = _mention_at(mentions, first + 1)
        if m is None and toks[first + 1].norm.startswith("ال") and first + 2 < k and not w.startswith("ال"):
            return self._definite_anaphor(toks[first + 1].norm)     # "ووجهت الوزارة انتقادات …، قائلة إنها"
        if m is None or m.end > k or m.entity.kind not in ("Person", "Office", "Organisation", "Country", "Anonymous") \
                or w.startswith("ال") or len(w) < 2 or self.lx.is_function(w):
            return None
        if m.entity.kind == "Country" and m.how == "capital" and not (w.endswith("ت") or w.startswith("ت")):
            return None       # "وزار موسكو وفد": a capital after a masculine verb is the place visited
        return m.entity

    def _expand_joint(self, speaker: Entity) -> list[Entity]:
        if speaker.kind != "Group":
            return [speaker]
        if speaker.key == "own":
            return [self.last_speaker() or speaker]
        if speaker.role in GROUP_NODES:
            return [speaker]       # "قادة الدول الثلاث", "كل من بريطانيا وفرنسا" speak together; their positions are split in stances
        if speaker.members:        # "الرئيسان الروسي والتركي": the countries the phrase lists
            sides = [self.lx.countries.get(k) or self.lx.organisations[k] for k in speaker.members
                     if k in self.lx.countries or k in self.lx.organisations]
        else:
            sides = self.ctx.joint_countries()
        return self._office_holders(speaker, sides) or sides or [speaker]

    def _office_holders(self, group: Entity, sides: list[Entity]) -> list[Entity]:
        """"وكان الرئيسان بحثا …" after "الرئيس التركي رجب طيب أردوغان ونظيره الفرنسي إيمانويل
        ماكرون": a dual title stands for the two holders the article named, when it named both."""
        word = normalize(group.label_ar).split()[0] if group.label_ar.strip() else ""
        base = next((word[:-len(x)] for x in ("ان", "ين", "ا") if word.endswith(x) and len(word) - len(x) >= 4), "")
        title = next((v for words, v in self.lx.titles.candidates(base) if len(words) == 1), None) if base else None
        if title is None or len(sides) != 2:
            return []
        roles = (canonical_role(title[1]),) if canonical_role(title[1]) != "leader" else _LEADER_ROLES
        # ("زعيما الكوريتين": a leader is whoever leads each state, president or supreme leader)
        holders = [next((h for r in roles if (h := self.ctx.by_role.get((side.key, r))) is not None), None) for side in sides]
        return holders if all(h is not None and h.kind == "Person" for h in holders) else []

    def _speaker(self, sent: Sentence, mentions: list[Mention], hit: VerbHit, subject: Mention | None,
                 out: list[Statement]) -> tuple[Entity | None, str, float, int]:
        """(speaker, rule, confidence, index where the claim search starts)."""
        toks, k, lx = sent.tokens, hit.index, self.lx
        if hit.according_to and hit.verb.lemma == _AS_PUT_LEMMA:
            back = self.last_speaker(hit.verb.gender)
            return (back, "as-put-by", 0.75, k + 3) if back is not None else (None, "", 0.0, k + 3)
        if hit.according_to:
            m = self._source_after(toks, mentions, k)
            quoted = self._quoted_name(toks, mentions, k + 1) if m is None else None
            if quoted is not None:
                return quoted[0], "according-to", 0.75, quoted[1]
            if m is not None and m.entity.anonymous and m.end - m.start == 1 and toks[m.start].norm.startswith("ال") \
                    and m.end < len(toks) and toks[m.end].norm in _SAME \
                    and (back := self._named_before(toks[m.start].norm[2:])) is not None:
                return back, "according-to", 0.8, m.end + 1      # "وفق المصادر ذاتها": the sources named before
            if m is None and quoted is None and (back := self._source_named_before(toks, k)) is not None:
                return back                                       # "، وفق المرصد.": the observatory named before
            if m is not None and m.entity.kind in ("Office", "Anonymous"):
                ap = self._appositive(toks, mentions, m.end - 1)
                if ap is not None and ap.entity.kind == "Person":
                    m = ap        # "فحسب السيناتور الجمهوري ورئيس لجنة العلاقات الخارجية، بوب كوركر، …": the name in apposition
            return (m.entity, "according-to", 0.8, m.end) if m else (None, "", 0.0, k + 1)
        if hit.verb.lemma == "جاء":
            return self._stated_in(toks, mentions, k)
        if (found := self._body_before_qad(toks, mentions, hit)) is not None:
            return found          # "وكانت المفوضية … أعلنت تصدر …": the subject before the verb, not the words after it
        if (found := self._but_pronoun(toks, mentions, hit, out, subject)) is not None:
            return found          # "لكنها قالت إن", "واتهم المسلحون الحكومة، ولكنها تنفي": whom the pronoun stands for
        if _after_sabaq(toks, k) and k >= 3:
            # "تركيا التي سبق وأن أعربت عن رفضها": the actor before the relative (or before سبق) said it
            at = k - 3 if not self._relative(toks[k - 3].norm) else k - 4
            before = _mention_ending(mentions, at + 1) if at >= 0 else None
            if before is not None and before.entity.kind in _ACTOR_KINDS and before.how != "nisba" \
                    and agrees(before.entity, hit.verb.gender):
                return before.entity, "subject-verb", 0.8, k + 1
        if (found := self._named_after_kana(toks, mentions, hit)) is not None:
            return found          # "وكان روحاني قد هدد ترامب": the subject before the verb, not its object
        described = _described_as_said(toks, hit, mentions, lx)
        if (described or _what_was_said(toks, hit, mentions)) and not any(k < m.start <= k + 3 for m in mentions) \
                and not _RESUMED.match(toks[k + 1].norm) \
                and not (not described and subject is not None and subject.end <= k and agrees(subject.entity, hit.verb.gender)):
            # "عرض قدمه نتنياهو يوم الاثنين بشأن ما قال إنه دليل": what the actor named before it in the
            # same clause said
            m = next((m for m in reversed(mentions) if m.end < k and m.entity.kind in _ACTOR_KINDS
                      and agrees(m.entity, hit.verb.gender) and not _preposition_object(toks, m, lx)), None)
            if m is not None and any(t.text in ("،", ",", ".", ":", "؛") for t in toks[m.end:k]):
                m = None
            if m is not None:
                return m.entity, "relative-subject", 0.75, k + 1
        if k + 1 < len(toks) and _RESUMED.match(toks[k + 1].norm):
            # "اجتماع استثنائي دعت إليه روسيا", "ما أشار إليه سفير روسيا": what was said is the noun before;
            # the subject is the actor after the pronoun, never the last speaker
            j = k + 2 + (k + 3 < len(toks) and toks[k + 2].norm[:1] == "ب" and not any(m.start == k + 2 for m in mentions))
            m = _mention_at(mentions, _skip_fillers(toks, j, lx))
            if m is None or m.entity.kind not in _ACTOR_KINDS:
                return None, "", 0.0, k + 1
            return m.entity, "verb-subject", 0.8, m.end
        antecedent = self._relative_antecedent(toks, mentions, hit)
        if antecedent is None and self._after_relative(toks, mentions, hit) and toks[k - 1].norm.lstrip("و") == "الذين" \
                and hit.verb.gender == "p":
            # "صقور السياسة الخارجية في واشنطن، الذين أشادوا بـ…": the plural noun before the relative
            # is the subject; nobody we know spoke ("كارل غيرشمان الذي اعترف": a name we may have missed)
            return None, "", 0.0, k + 1
        if antecedent is not None and not antecedent.entity.anonymous:
            rel = toks[k - 1].norm.lstrip("و")
            if agrees(antecedent.entity, "f" if rel in ("التي", "اللتين", "اللتان") else "m" if rel == "الذي" else "p"):
                return antecedent.entity, "relative-subject", 0.8, k + 1
            # ("إدارة ترامب التي ردت": the administration, not Trump)
        if hit.verb.adverbial:
            said = [st for st in out if not (st.rule == "according-to" and st.speaker.role == "media")]
            prev = said[-1].speaker if said else (self._pending or self._clause_subject(toks, mentions, k) or self._acting_subject(toks, mentions, k)
                                                or self._tagged_actor(toks, mentions, k, hit) or self.last_speaker())
            return prev, "adverbial-continuation", 0.8, k + 1
        relayed = self._relayed(toks, mentions, k)
        if relayed is not None:
            return relayed.entity, "relayed-quote", 0.85, relayed.end + 1
        if k + 1 < len(toks) and toks[k + 1].norm in _IN_IT:
            named = _mention_at(mentions, _skip_fillers(toks, k + 2, lx))
            listed = _listed_actors(toks, mentions, named.start, lx) if named is not None else []
            if len(listed) > 1 and all(m.entity.kind == "Country" for m in listed):
                # "في وقت أدانت فيه دمشق وموسكو بشدة العقوبات": the states listed after "in it"
                return _listed_group(sent, listed), "verb-subject", 0.85, listed[-1].end
            if named is not None:      # "بيانا أكد فيه وزير الخارجية أن": the subject after "in it"
                return named.entity, "verb-subject", 0.9, named.end
            medium, author = _author_of_medium(toks, mentions, k, lx)
            if author is not None:
                return author.entity, "author-of-medium", 0.8, k + 2
            if medium:
                return None, "", 0.0, k + 1     # written by someone we did not recognise: not the last speaker
        topic = _topic_of_amma(toks, mentions, hit)
        if topic is not None:
            return topic.entity, "topic-subject", 0.8, k + 1
        j = _skip_fillers(toks, k + 1, lx)
        if j + 1 < len(toks) and _ally_of_pronoun(toks[j].norm, lx) and _mention_at(mentions, j + 1) is not None:
            j += 1        # "وقالت حليفتها روسيا إن": whose ally, then who it is
        j = next((m.start for m in mentions if k < m.start < j < m.end and m.entity.kind in _ACTOR_KINDS), j)
        j = self._past_outlet(sent, mentions, j, hit)
        # ("تحدث الشيخ تميم بن حمد": the honorific skipped above is part of the name)
        if j < len(toks) and toks[j].norm in THE_LATTER and _mention_at(mentions, j) is None \
                and not (hit.verb.takes_object and j + 1 < len(toks) and _is_prep(toks[j + 1].norm, hit.verb.prep)):
            # (not "وثيقة تتهم الأخير بممارسة …": the latter is whom it accuses)
            # "اتهمت لندن موسكو بـ…، فيما نفت الأخيرة هذه الاتهامات": the actor named last, of that gender
            gender = "f" if toks[j].norm.endswith("ه") else "m"
            latter = next((m for m in reversed(mentions) if m.end <= k and m.entity.kind in _ACTOR_KINDS and m.how != "nisba"
                           and agrees(m.entity, gender) and not (m.entity.kind == "Person" and gender == "f"
                                                                 and m.entity.gender != "f")), None)
            if latter is not None:
                return latter.entity, "the-latter", 0.75, j + 1
        if j < len(toks) and hit.prefixed and lx.in_class(toks[j].norm, "addressing"):
            # "وقال مخاطبا ترامب:": the subject is dropped; the actor after it is addressed
            return self.last_speaker(hit.verb.gender), "dropped-subject", 0.7, j + 1
        each = j + 2 < len(toks) and toks[j].norm == "كل" and toks[j + 1].norm == "من"
        listed = _listed_actors(toks, mentions, j + 2 if each else j, lx)
        leaders = len(listed) > 1 and not hit.verb.takes_object and not hit.verb.prep and _mention_ending(mentions, k) is None \
            and _leaders_of_states(toks, listed)      # (not "وخامنئي يصف ترامب وماكرون وماي": whom he describes)
        if not each and listed and hit.verb.prep and listed[-1].end < len(toks):
            nxt = toks[listed[-1].end].norm      # "وطالبت بريطانيا، وألمانيا، وفرنسا بإجراء تحقيق": the states
            subject_first = _mention_ending(mentions, k) if not hit.prefixed else None
            # ("موسكو تدعو إيران وإسرائيل إلى الحوار": with its subject before it, the states are whom it urges)
            if (subject_first is not None and subject_first.entity.kind in _ACTOR_KINDS) or not (
                    len(listed) > 1 and all(m.entity.kind == "Country" for m in listed) and hit.verb.gender != "m"
                    and (nxt == hit.verb.prep or len(hit.verb.prep) == 1 and nxt.startswith(hit.verb.prep))):
                listed = []
        elif not each and not (len(listed) > 1 and all(m.entity.kind == "Country" for m in listed) and not hit.verb.prep) \
                and not leaders:
            listed = []   # (kept: "أدانت فيه دمشق وموسكو بشدة العقوبات": states listed right after a verb with no preposition)
        if listed:       # "دانت كل من بريطانيا وفرنسا إطلاق الصواريخ": each of them
            if len(listed) > 1 and all(m.entity.kind == "Country" for m in listed):
                return _listed_group(sent, listed), "verb-subject", 0.85, listed[-1].end
            if leaders:
                # "أكد أردوغان والروسي فلاديمير بوتين والإيراني حسن روحاني أنهم": the leaders speak together,
                # each for his state
                return _listed_group(sent, listed, [m.entity.country for m in listed]), "verb-subject", 0.85, listed[-1].end
            return listed[0].entity, "verb-subject", 0.85, listed[-1].end
        if j + 1 < len(toks) and lx.is_function(toks[j].norm, "demonstrative") and _mention_at(mentions, j + 1) is not None:
            j += 1        # "وتؤكد هذه الدول الثلاث أن"
        m = _mention_at(mentions, j)
        if m is not None and m.entity.kind != "Person" and toks[m.start].norm[:1] in "لب" \
                and toks[m.start].norm not in lx.names and not lx.is_function(toks[m.start].norm):
            m = None          # "لصحيفة واشنطن بوست": a preposition's object is not the subject ("بعض الدول" is no ب)
        if m is not None and m.entity.kind == "Person" and _joined_preposition(toks, m, "ل"):
            m = None          # "وأضاف لليبرمان": whom he spoke to ("لافروف" is a name, not ل + افروف)
        present = toks[k].norm[:1] in "يتن"
        if (back := self._body_before(toks, mentions, hit)) is not None:
            return back, "definite-anaphor", 0.75, k + 1      # "الصحيفة السورية كتبت أن", "أن الوزارة قالت إن": named before
        if (quoted_before := self._quoted_before(toks, mentions, hit)) is not None:
            return quoted_before, "quoted-name-subject", 0.7, k + 1
        if not hit.prefixed and not hit.coordinated and (
                (m is not None and (hit.verb.takes_object or present) and not _closing_source(toks, m, hit))
                or (hit.verb.takes_object and present)):
            # (but "… داخل الاتحاد الأوروبي تقول لوموند.": a verb of saying with no object, then an actor
            # that ends the sentence: the actor after it is its subject)
            # (also with an object we cannot name: "غير أن روسيا تتهم مقاتلي المعارضة بأنها …")
            # "البيت الأبيض يدين عباس", "طهران تتهم بريطانيا بالتقصير": an actor right
            # before an unprefixed verb is its subject; the one after is its object
            # (but "… بقيادة الرئيس ترامب قال بومبيو": "قال" takes no object, the name after it speaks)
            end = k - 1 if k and toks[k - 1].norm == "قد" else k
            if end >= 2 and _mention_ending(mentions, end) is None and (toks[end - 1].text in ("»", "”") or (
                    toks[end - 1].text == '"' and sum(t.text == '"' for t in toks[:end - 1]) % 2)):
                end -= 1      # ('وكانت وكالة "أسوشيتد برس" قد اتهمت الجزائر': the quoted name closes first)
            before = _mention_ending(mentions, end)
            # ("أن المفوضية قد حثت الأردن على": "قد" may stand between them)
            head = _coordination_head(toks, mentions, before, lx) if before is not None else None
            if before is not None and before.entity.kind in _ACTOR_KINDS and before.how != "nisba" and not (
                    head.start and any(lx.is_function(w, "preposition") for w in (toks[head.start - 1].norm,
                                                                                 toks[head.start - 1].norm.removeprefix("و")))):
                # (not "وحول سوريا كتبت مجلة …": what it wrote about; nor "وعن المواجهة بين إيران وإسرائيل
                # تتساءل صحيفة …": the first of coordinated actors decides)
                return self._joint_subject(sent, mentions, before, hit), "subject-verb", 0.85, k + 1
        if m is not None and not hit.prefixed and hit.verb.takes_object and hit.verb.prep and k >= 1 \
                and toks[k - 1].text in ("،", ",") and subject is not None and subject.end < k \
                and subject.entity.kind in ("Person", "Office", "Organisation", "Country"):
            # "الوزير القطري الذي كان يتحدث …، اتهم السعودية والإمارات بـ…": the sentence's subject
            # accuses; the actors after the verb, then its preposition, are the accused
            listed = _listed_actors(toks, mentions, m.start, lx) or [m]
            nxt = toks[listed[-1].end].norm if listed[-1].end < len(toks) else ""
            prep = hit.verb.prep
            if _is_prep(nxt, prep):
                return subject.entity, "sentence-subject", 0.8, k + 1
        if m is not None and present and not hit.prefixed and not hit.coordinated and k \
                and described_noun(toks[k - 1], mentions, k - 1, lx) and not agrees(m.entity, hit.verb.gender) \
                and not toks[m.start].norm.endswith(("ون", "يين")):
            return None, "", 0.0, k + 1     # "قرارا يدين الدولة العبرية": the verb agrees with the noun it describes
        if m is not None and m.entity.kind == "Country" and hit.verb.gender == "m" and not agrees(m.entity, "m") \
                and m.how != "nisba":
            # a state takes a feminine verb: after a masculine one it is the object ("وطالب روسيا بالتدخل"),
            # or the verb describes the noun before it ("مسودة قرار على مجلس الأمن يدين إيران"); a masculine
            # past form is otherwise a verbal noun whose genitive is the state ("زعم روسيا أن": Russia's claim)
            if not hit.prefixed and k and toks[k].norm[:1] == "ي":
                return None, "", 0.0, k + 1
            if hit.verb.takes_object:
                m = None
        if m is not None and not self._is_object(toks, m, hit):
            same = m.end < len(toks) and toks[m.end].norm in _SAME      # "وقال المصدر نفسه إن"
            end = m.end + 1 if same else m.end
            if m.entity.anonymous and m.end - m.start == 1 and toks[m.start].norm.startswith("ال") and (
                    end >= len(toks) or toks[end].text in ("،", ",") or lx.is_function(toks[end].norm, "complementizer")
                    or toks[end].norm[:1] == (hit.verb.prep or "-")[:1] or same
                    or (toks[end].text in (":", *_QUOTE_OPEN) and not lx.in_class(toks[m.start].norm[2:], "medium"))):
                # ("وقال المتحدث: "…"" too, but not "وقال التقرير: "…"": a document is no one just quoted)
                back = self._named_before(toks[m.start].norm[2:])
                if back is not None:      # "وأشاد المسؤول، الذي …": the official just quoted
                    return back, "definite-anaphor", 0.75, end
            if m.entity.kind in ("Anonymous", "Office"):
                # "قال المتحدث باسم المهمة، الكولونيل مارتن أودونيل، إن": the role, then who holds it
                ap = self._appositive(toks, mentions, m.end - 1)
                comma = next((x for x in range(m.end, len(toks)) if toks[x].text in ("،", ",")), None)
                if ap is not None and ap.entity.kind == "Person" and comma == ap.start - 1:
                    # (the first comma opens the appositive: "كشف مصدر مطلع لـCNN تفاصيل اللقاء، الذي دار بين …،
                    # الأمير محمد بن سلمان،" names who met, not the source)
                    return ap.entity, "appositive-subject", 0.85, ap.end
                held = self._holder_after_role(toks, mentions, m)
                if held is not None:
                    return held.entity, "appositive-subject", 0.85, held.end
                tagged = self._tagged_after_role(toks, mentions, m)
                if tagged is not None:
                    person = self._tagged_person(toks, tagged, hit, country=m.entity.country)
                    return person, "appositive-subject", 0.75, tagged[1]
            return m.entity, "verb-subject", 0.9, m.end
        if j < len(toks) and lx.is_function(toks[j].norm, "honorific_pronoun"):     # "أشار معاليه"
            return self.last_speaker(), "honorific-pronoun", 0.75, j + 1
        m = self._appositive(toks, mentions, k)
        if m is not None and m.entity.kind == "Office" and self.names is not None and j < m.start - 1:
            # "قال فخر الدين ألتون، مدير الاتصالات في الرئاسة التركية، إن": a name the tagger finds, then its office
            span = next(((a, b) for a, b in self._person_spans(toks) if a == j and b == m.start - 1), None)
            if span is not None:
                person = self._tagged_person(toks, span, hit, country=m.entity.country, role=m.entity.role)
                return person, "verb-subject-appositive-office", 0.75, m.end
        if m is not None:
            return m.entity, "appositive-subject", 0.75, m.end
        before = _mention_ending(mentions, k) if not hit.prefixed and not hit.coordinated else None
        if before is not None and before.entity.kind in _ACTOR_KINDS and before.how != "nisba" \
                and (before.start == 0 or toks[before.start - 1].text in ("،", ",", ":", "-", "–")):
            # "متحدث باسم محمود عباس ينتقد وقف تمويل إدارة الرئيس الأمريكي …": the clause opens with its subject
            return self._joint_subject(sent, mentions, before, hit), "subject-verb", 0.85, k + 1
        told = m is not None and self._is_object(toks, m, hit)     # "وحثت مرارا حكومة ميركل على حظر …": whom it urged
        m = self._titled_subject(toks, mentions, j) if not told else None
        if m is not None and self._is_object(toks, m, hit):
            m = None
        if m is not None:
            return m.entity, "verb-subject-after-title", 0.75, m.end
        if j + 3 < len(toks) and self.lx.in_class(toks[j].norm, "issued_text") and toks[j + 1].norm in ("صادر", "الصادر", "صادره", "الصادره") \
                and toks[j + 2].norm == "عن":
            src = _mention_at(mentions, j + 3)
            if src is not None and src.entity.kind in _ACTOR_KINDS:
                self.issuer = src.entity     # "وأوضح بيان صادر عن مكتب العلاقات العامة …": who issued it speaks
                return src.entity, "issued-by", 0.85, src.end
            e = j + 4
            while e < len(toks) and e - j < 7 and toks[e].norm.startswith(("ال", "لل")) and not lx.is_function(toks[e].norm) \
                    and _mention_at(mentions, e) is None:
                e += 1
            if src is None and e > j + 4 and (lx.in_class(toks[j + 3].norm, "body") or lx.is_function(toks[j + 3].norm, "stop")):
                # "وأكد بيان صادر عن رئاسة الوزراء أنه": a body we do not list, named by its words
                self.issuer = self._unnamed(" ".join(t.text for t in toks[j + 3:e]), "unnamed body", "f")
                return self.issuer, "issued-by", 0.75, e
        if j + 2 < len(toks) and self.lx.in_class(toks[j].norm, "issued_text") \
                and any(toks[j + 1].norm == v + x for v in _PUBLISHED for x in ("ه", "ها")):
            src = _mention_at(mentions, _skip_fillers(toks, j + 2, lx))
            if src is not None and src.entity.kind in _ACTOR_KINDS - {"Anonymous", "Group"}:
                self.issuer = src.entity     # "وقال بيان أصدرته وزارة الخارجية الروسية إن", "بيان نقلته وكالة الأنباء":
                return src.entity, "issued-by", 0.8, src.end     # who issued or carried it speaks
        if j + 1 < len(toks) and self.lx.in_class(toks[j].norm, "issued_text"):
            src = _mention_at(mentions, j + 1)
            if src is not None and src.entity.kind in _ACTOR_KINDS - {"Anonymous", "Group"}:
                self.issuer = src.entity     # "وقال بيان وزارة الخارجية الأمريكية إن", "وأكد بيان للخارجية أن": its author speaks
                return src.entity, "issued-by", 0.85, src.end
            body = _national_body(sent, mentions, j + 1, lx) if src is None else None
            if body is not None:
                self.issuer = self.ctx.add(body[0])     # "وقال بيان المنسقية العامة لرئاسة الوزراء التركية، إن"
                return self.issuer, "issued-by", 0.8, body[1]
            unlisted = self._unlisted_issuer(toks, mentions, j + 1) if src is None else None
            if unlisted is not None:
                self.issuer = unlisted[0]
                return self.issuer, "issued-by", 0.7, unlisted[1]
        issuer = self._issuer_phrase(toks, mentions, j, hit) if not hit.coordinated else None
        if issuer is not None:
            self.issuer = issuer[0]
            return self.issuer, "issued-by", 0.7, issuer[1]
        quoted = self._quoted_name(toks, mentions, j, relay=hit.verb.lemma == "نقل") \
            if not told and _mention_at(mentions, j) is None else None
        if quoted is not None:
            return quoted[0], "quoted-name-subject", 0.7, quoted[1]
        named = self._tagged_subject(sent, mentions, j, hit) if not told else None
        if named is None and not told:
            named = self._titled_tagged_subject(sent, mentions, j, hit)
        if named is not None:
            return named
        m = self._titled_subject(toks, mentions, j, far=True) if not told else None
        if m is not None and not self._is_object(toks, m, hit):
            return m.entity, "verb-subject-after-title", 0.7, m.end
        unnamed = self._bare_institution(toks, mentions, j, hit) or self._quantified_subject(toks, j, hit) \
            or self._unnamed_subject(toks, mentions, j, hit)
        if unnamed is not None:
            return unnamed
        named_before = self._tagged_before(sent, mentions, k, hit)
        if named_before is not None:
            return named_before
        # "ريابكوف قال", "كانت موسكو قد أعلنت" — but "الأمم المتحدة وطلب": a و-verb is coordinated, not SVO
        before = _mention_ending(mentions, k) if not hit.prefixed else None
        if before is None and k >= 2 and (toks[k - 1].norm in ("قد", "كان", "كانت") or toks[k - 1].norm in _SAME):
            before = _mention_ending(mentions, k - 1)     # ("الرئيس الأميركي نفسه ندد": himself)
        if before is None and not hit.prefixed and k >= 2 and toks[k - 1].text in ("،", ","):
            # "ولكن المتحدث باسم البيت الأبيض، راج شاه، قال إن": the subject and its apposition, then the verb
            boxed = _mention_ending(mentions, k - 1)
            if boxed is not None and boxed.entity.kind in ("Person", "Office") and boxed.how in ("title", "apposed-name") \
                    and (boxed.start == 0 or toks[boxed.start - 1].text in ("،", ",") or any(
                        lx.is_function(w, "conjunction", "discourse") for w in stems(toks[boxed.start - 1].norm))):
                before = boxed
            elif boxed is not None and boxed.entity.kind == "Person" and boxed.start >= 2 \
                    and toks[boxed.start - 1].text in ("،", ",") and self._title_opens(toks, boxed.start - 1):
                before = boxed    # "ولكن مفوضة الشؤون الخارجية في الاتحاد الأوروبي، فيديريكا موغيريني، قالت إن"
            elif boxed is None and self.names is not None:
                # "ولكن المتحدث باسم المجلس العسكري لمدينة منبج، شرفان درويش، قال إن": a role, then
                # between commas a name only the tagger knows, then the verb
                span = next(((a, b) for a, b in self._person_spans(toks) if b == k - 1 and a >= 2
                             and toks[a - 1].text in ("،", ",")), None)
                role = next((m for m in mentions if span is not None and span[0] - 4 <= m.end <= span[0] - 1
                             and m.entity.kind in ("Office", "Anonymous")
                             and not any(t.text in ("،", ",") for t in toks[m.end:span[0] - 1])), None)
                #   (the role may end in where it serves: "… المجلس العسكري لمدينة منبج،")
                if role is not None and role.entity.kind in ("Office", "Anonymous") and not any(
                        t.text in ("،", ",") for t in toks[span[0]:span[1]]):
                    person = self._tagged_person(toks, span, hit, country=role.entity.country, role=role.entity.role)
                    return person, "appositive-subject", 0.75, k + 1
                if span is not None and role is None and self._title_opens(toks, span[0] - 1):
                    # "ولكن رئيسة لجنة مراقبة الانتخابات، إيلا بامفيلوفا، قالت إن": a title heading a body
                    # we do not know opens the clause
                    return self._tagged_person(toks, span, hit), "appositive-subject", 0.7, k + 1
        if before is not None and not hit.coordinated and not (
                before.start and toks[before.start - 1].norm != "من" and lx.is_function(toks[before.start - 1].norm, "preposition")) \
                and not (before.how == "nisba" and any(lx.is_function(t.norm.lstrip("و"), "preposition")
                                                       for t in toks[max(0, before.start - 6):before.start])):
            # ("مسؤولا كبيرا في حماس رد": where the source sits; "وحول الملف النووي الإيراني قالت": the
            # adjective of a topic, where "القيادة العامة للقوات المسلحة الليبية تعلن" is a body)
            owner = next((a for a in mentions if a.end == before.start and a.entity.kind == "Anonymous"
                          and any(t.norm == "في" or t.norm[:1] == "ب" for t in toks[a.start + 1:a.end])), None)
            if owner is not None:     # "وكان عضو بحزب المخلوع علي عبد الله صالح قال": the member, not the party's owner
                return owner.entity, "subject-verb", 0.8, k + 1
            return self._joint_subject(sent, mentions, before, hit), "subject-verb", 0.85, k + 1
        if hit.coordinated and out:
            return out[-1].speaker, "coordinated-continuation", 0.8, k + 1
        if hit.prefixed and out and out[-1].rule == "subject-verb" and out[-1].verb_index < k \
                and agrees(out[-1].speaker, hit.verb.gender) and (subject is None or out[-1].speaker is not subject.entity):
            # "أن المفوضية قد حثت الأردن على فتح حدوده وحثت بلدان أخرى": the verb joined by و goes on with
            # the last speaker of its sentence, not the sentence's first subject
            return out[-1].speaker, "coordinated-continuation", 0.75, k + 1
        if subject is not None and subject.end <= k and hit.prefixed and out and out[-1].verb_index < k \
                and out[-1].claim_start <= subject.start < out[-1].claim_end <= k and agrees(out[-1].speaker, hit.verb.gender):
            # '"إسرائيل لا تريد الحرب …" يقول الكاتب ويضيف أنه': the sentence's first noun is inside what was
            # said; the و-verb goes on with the one who said it
            return out[-1].speaker, "coordinated-continuation", 0.75, k + 1
        if subject is not None and subject.end <= k:
            return subject.entity, "sentence-subject", 0.75, k + 1
        if self._noun_subject(toks, mentions, j, hit):
            return None, "", 0.0, k + 1
        body = self._definite_subject(toks, mentions, j, hit)
        if body is not None:
            return body
        plain = not (hit.verb.takes_object or hit.verb.polarity or hit.verb.prep)
        claim_next = j + 1 < len(toks) and (self.lx.is_function(toks[j + 1].norm, "complementizer")
                                            or toks[j + 1].text in _QUOTE_OPEN or toks[j + 1].norm == "في")
        object_next = plain and j + 1 < len(toks) and toks[j + 1].text.isalpha() and not toks[j + 1].norm.startswith("ال") \
            and not self.lx.is_function(toks[j + 1].norm) and toks[j + 1].norm not in self.lx.nisba
        if (claim_next or object_next) and not hit.coordinated and toks[j].norm.startswith("ال") \
                and any(len(words) == 1 for words, _ in self.lx.institutions.candidates(toks[j].norm)):
            back = self._definite_anaphor(toks[j].norm)     # "وقال الجيش إن": the army, not the last speaker
            if back is not None:
                return back, "definite-anaphor", 0.7, j + 1
            if object_next:      # "فيما أعلن الجيش مقتل الجندي": an army we cannot place announced it
                return self._unnamed(toks[j].text, "unnamed body", hit.verb.gender), "unnamed-subject", 0.6, j + 1
        if not hit.prefixed and not hit.coordinated and k and toks[k - 1].norm not in _SAME \
                and described_noun(toks[k - 1], mentions, k - 1, lx):
            return None, "", 0.0, k + 1     # "أمر يهدد وحدة أوروبا", "عدة دول رفضت": the verb describes the noun before it
        plural = self._plural_subject(toks, j, hit) or self._subject_before_object(toks, mentions, j, hit)
        if plural is not None:
            return plural
        last = self.last_speaker(hit.verb.gender)
        if self._other_subject(toks, j, hit, last):
            return None, "", 0.0, k + 1
        source = last is not None and last.anonymous and not last.label_en.startswith("unnamed")
        bare = self._bare_noun_subject(toks, mentions, j, hit) if not source else None
        # (an anonymous source is often named next: "قال مسؤول يمني …" then "وقال الخضر لصور مدير عام …")
        if bare is not None:
            return bare
        if last is None and hit.prefixed and k == 0 and self.actor is not None and self.actor.kind == "Person" \
                and self.actor_sentence == sent.index - 1 and agrees(self.actor, hit.verb.gender) \
                and j < len(toks) and (toks[j].text in (":", *_QUOTE_OPEN) or lx.is_function(toks[j].norm, "complementizer")):
            # "وحدد تيلرسون في خطاب … أهدافا عامة. وقال إن …": before anyone spoke, the man the
            # sentence before was about, when this one opens with "وقال إن"
            return self.actor, "dropped-subject", 0.6, k + 1
        return last, "dropped-subject", 0.7, k + 1

    def _bare_noun_subject(self, toks: list[Token], mentions: list[Mention], j: int, hit: VerbHit):
        """"وقال عنصر أمن سألته الوكالة إن", "وأعرب الوزراء عن الأمل": a verb of
        saying that takes no direct object (قال، أضاف; or one whose preposition introduces
        what is said), then a noun, has that noun for subject: someone we cannot name, not
        the last speaker. What may follow such a verb with its subject dropped is a
        preposition, أن, a quote, a time, or an adverbial accusative ("ردا على", "مضيفا")
        ending in alif; a noun in the nominative does not. Titles, bodies and speaker words
        were weighed before (a definite title points back to the last speaker)."""
        lx = self.lx
        verb = hit.verb
        if hit.coordinated or verb.takes_object or j >= len(toks) or not toks[j].text.isalpha() \
                or not (lx.in_class(normalize(verb.lemma), "no_object") or (verb.prep and verb.prep_required != "near")):
            return None
        k = hit.index
        if not (hit.prefixed or k == 0 or toks[k - 1].text in ("،", ",", ":", ".")
                or lx.is_function(toks[k - 1].norm, "discourse", "conjunction")):
            return None       # ("هناك أطرافا رأت الإرهاب": a clause whose subject stands before the verb)
        w = toks[j].norm
        if not is_arabic(w) or len(w) < 3 or w[:1] in "وفبلك" or w.endswith("ا") or lx.is_function(w) \
                or w in lx.verbs or w in lx.cues or w in lx.given_names or w in lx.titles or w[2:] in lx.titles \
                or (verb.prep and w.startswith(verb.prep)) or w in ("اول", "نايب", "نايبه") \
                or longest_phrase(toks, j, lx.titles) is not None or body_head(w) \
                or w.removeprefix("ال") in lx.speaker_words or lx.in_class(w.removeprefix("ال"), "medium") \
                or any(m.start <= j < m.end for m in mentions) or any(body_head(x) for x in strip_suffix(w)[1:]):
            return None       # ("وقال مكتبه في بيان": his office speaks for him)
        e = j + 1
        definite = w.startswith("ال")
        if not definite and e < len(toks) and toks[e].text.isalpha() and is_arabic(toks[e].norm) \
                and not toks[e].norm.startswith("ال") and toks[e].norm[:1] not in "وفبلك" and not lx.is_function(toks[e].norm) \
                and toks[e].norm not in lx.verbs:
            e += 1        # an indefinite construct or a two-word name: "عنصر أمن", "شاهد عيان", "مختار بنعبد"
        if definite and w[2:] in _QUOTED_OUTLETS:
            return None       # ("وقالت الصحيفة": the outlet the article named before)
        back = self._definite_anaphor(w) if definite else None
        if back is not None:
            return back, "definite-anaphor", 0.7, e
        while e < len(toks) and e - j < 3 and toks[e].text.isalpha() and not lx.is_function(toks[e].norm) \
                and toks[e].norm not in lx.verbs and (toks[e].norm in lx.nisba or (
                    toks[e].norm.startswith("ال") if definite else toks[e].norm.endswith(("ي", "يه")) and not toks[e].norm.startswith("ال"))):
            e += 1        # its adjectives: "مزارع محلي", "المصور الصحفي"
        if not definite and e + 1 < len(toks) and toks[e].norm == "من":
            e = self._from_group(toks, e)     # "وقال عناصر من فرق الإنقاذ": the group they come from
        label = " ".join(t.text for t in toks[j:e])
        country = next((lx.nisba[t.norm] for t in toks[j:e] if t.norm in lx.nisba), "")
        gender = verb.gender if verb.gender in ("m", "f") else ""
        return self._unnamed(label, "unnamed speaker", gender, country), "bare-noun-subject", 0.55, e

    def _from_group(self, toks: list[Token], e: int) -> int:
        """End of "من فرق الإنقاذ", "من الجيش الحر" after an unnamed speaker: a definite noun phrase (its first
        word may be an indefinite construct head); `e` itself when none follows من."""
        lx, k = self.lx, e + 1
        plain = [t.text.isalpha() and not lx.is_function(t.norm) and t.norm not in lx.verbs for t in toks[k:k + 3]]
        if len(plain) >= 2 and plain[0] and plain[1] and not toks[k].norm.startswith("ال") and toks[k + 1].norm.startswith("ال"):
            k += 1
        n = k
        while n < len(toks) and n - k < 2 and toks[n].norm.startswith("ال") and toks[n].text.isalpha() \
                and not lx.is_function(toks[n].norm) and toks[n].norm not in lx.verbs:
            n += 1
        return n if n > k else e

    def _other_subject(self, toks: list[Token], j: int, hit: VerbHit, last: Entity | None) -> bool:
        """"وقالت منسقة الأمم المتحدة … ليزا غراندي في بيان إن", "وقال رئيس شركة دي لا رو": an
        office or a body named right after the verb is its subject, one we could not name — not
        the last speaker, unless the words name the last speaker's own office or body ("وأشار
        وزير الخارجية إلى" after the minister spoke)."""
        if hit.coordinated or j >= len(toks) or not toks[j].text.isalpha():
            return False
        t = j + 1 if toks[j].norm in ("نايب", "نايبه") and j + 1 < len(toks) else j
        title = longest_phrase(toks, t, self.lx.titles)
        if title is not None:
            role = canonical_role(title[1][1])
            if last is None or last.kind not in ("Person", "Office", "Anonymous"):
                return True
            # "وشدد الوزير": a definite title points back to the one who spoke; "وقال رئيس شركة …" names
            # someone new unless the office is the last speaker's ("وقال نائب وزير العدل" after him)
            return not toks[t].norm.startswith("ال") and role.lower() not in canonical_role(last.role).lower()
        w = toks[j].norm
        if w.startswith("ال") and w[2:] in self.lx.speaker_words and not hit.verb.takes_object:
            # "وقال الباحث في معهد واشنطن، …": a kind of speaker the last one is not
            return last is None or normalize(last.label_ar).split()[:1] not in ([w], [w[2:]])
        if body_head(toks[j].norm):
            head = toks[j].norm.removeprefix("ال")
            return last is None or not any(normalize(a).split()[:1] in ([head], ["ال" + head])
                                           for a in (last.label_ar, *last.aliases))
        return False

    def _definite_subject(self, toks: list[Token], mentions: list[Mention], j: int, hit: VerbHit):
        """"أعلنت قوة المهام المشتركة أمس، أن", "أكد المكتب الاعلامي للتحالف الدولي في رسالة …
        أنه": a definite noun phrase right after the verb, then (past a time, a
        place or a medium) the أن clause, is the subject we cannot name, not the
        last speaker. A verbal noun there is the verb's object ("وأكد الالتزام بـ")."""
        if hit.coordinated or hit.prefixed is False and j and toks[j - 1].norm in ("،", ",") or j >= len(toks):
            return None
        first = toks[j]
        w = first.norm
        chain = 1 if j + 2 < len(toks) and not toks[j + 1].norm.startswith("ال") and toks[j + 1].text.isalpha() \
            and not self.lx.is_function(toks[j + 1].norm) and toks[j + 1].norm not in self.lx.verbs else 0
        construct = not w.startswith("ال") and j + 1 + chain < len(toks) and toks[j + 1 + chain].norm.startswith("ال") \
            and not (w[:1] in "بلكوف" and (len(w) < 4 or w[1:].startswith(("ال", "ل")) or w[1:] in self.lx.titles
                                           or body_word(w[1:], self.lx)))
        # ("فريق الدفاع", but "للشبكة الإخبارية", "فالحكومة", "لوزارة الخارجية" begin with a preposition or و/ف)
        # ("قوة المهام المشتركة", "وكالة استخبارات الدولة": a head in construct with a definite noun)
        if not ((w.startswith("ال") and len(w) > 4 or construct and len(w) > 2) and first.text.isalpha()) \
                or (self.lx.is_function(w) and not (body_head(w) and self.lx.categories_of.get(w) == {"stop"})) \
                or w in self.lx.cues or w in self.lx.verbs \
                or (_VERBAL_NOUN_RE.fullmatch(w[2:] if w.startswith("ال") else w) and not body_head(w)) \
                or any(m.start <= j < m.end for m in mentions):
            return None   # ("مجلس المقاومة في عدن" has the shape of a verbal noun, but heads a body)
        e = j + 1 + (chain if construct else 0)
        while e < len(toks) and e - j < 5 and toks[e].text.isalpha() and (toks[e].norm.startswith(("ال", "لل"))) \
                and not self.lx.is_function(toks[e].norm):
            e += 1        # the phrase: its adjectives and a لل complement
        if e < len(toks) and toks[e].text.isalpha() and not self.lx.is_function(toks[e].norm):
            return None   # "وقال الخضر لصور": a name with ال goes on with more name
        if w in self.lx.given_names or e - j < 2 or hit.verb.takes_object or is_pronoun_preposition(w) \
                or w in self.lx.titles or w[2:] in self.lx.titles \
                or any(j < m.start < e and m.how != "nisba" and m.entity.kind in ("Country", "Person") for m in mentions):
            # ("ملك البحرين": a title and its country name a person we know)
            return None   # ("وقالت المنظمة", "وأوضح الخصاونة": one word points back or is a name)
        for x in range(e, min(e + 18, len(toks))):
            t = toks[x]
            if any(m.start == x and m.entity.kind == "Person" for m in mentions) \
                    and not self.lx.is_function(toks[x - 1].norm, "preposition") or (
                    t.text in ("،", ",") and x + 1 < len(toks) and toks[x + 1].text.isalpha()
                    and not self.lx.is_function(toks[x + 1].norm)):
                return None   # "المدير العام للمنظمة، أحمد أوزومجو": the name comes after ("فريق الدفاع عن أسانج" is whose team)
            if self.lx.is_function(t.norm, "complementizer") or t.text in _QUOTE_OPEN or (t.text == ":" and x + 1 < len(toks)):
                if self.names is not None and any(e <= a and b <= x and not (a and self.lx.is_function(toks[a - 1].norm, "preposition"))
                                                  for a, b in self._person_spans(toks)):
                    return None   # "ممثل الحركة في كوالالمبور أنور الآغا": a name the tagger finds before the claim
                owner = next((m for m in mentions if j < m.start and m.end == e and m.entity.kind == "Organisation"), None)
                if owner is not None and body_head(w) and construct:
                    return owner.entity, "verb-subject", 0.7, x     # "وأكد مجلس الجامعة العربية": the League speaks
                label = " ".join(tk.text for tk in toks[j:e])
                country = next((self.lx.nisba[tk.norm] for tk in toks[j:e] if tk.norm in self.lx.nisba), "")
                ent = self._unnamed(label, "unnamed speaker", hit.verb.gender if hit.verb.gender in ("m", "f") else "", country)
                return ent, "unnamed-subject", 0.55, x
            if (t.norm[:1] in "وف" and t.norm[1:] in self.lx.verbs) or t.text in (".", "؛", ";") or _clause_break(toks, x):
                return None   # a new clause ("عبر البريد" is "via", not a verb)
        return None

    def _noun_subject(self, toks: list[Token], mentions: list[Mention], j: int, hit: VerbHit) -> bool:
        """"وتشير لقطات الفيديو، وشهادات شهود العيان إلى أن": a verb whose own
        preposition follows a noun phrase has that phrase, not an actor, for subject:
        no one spoke, and the last speaker did not either."""
        prep = hit.verb.prep
        if not prep or hit.verb.takes_object or hit.verb.adverbial or j >= len(toks) or hit.coordinated:
            return False
        for x in range(j, min(j + 8, len(toks))):
            t = toks[x]
            if t.norm == prep:
                # a common noun phrase ("لقطات الفيديو"), not a name we missed ("وأشار لصور إلى أن")
                return any(w.norm.startswith("ال") for w in toks[j:x]) and x - j >= 2
            if t.text in ("،", ","):
                continue
            if not t.text.isalpha() or t.norm in self.lx.verbs or self.lx.is_function(t.norm) \
                    or any(m.start == x and not m.entity.anonymous for m in mentions):
                return False
        return False
