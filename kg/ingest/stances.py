"""Derive positions: country – supports/opposes – issue.

Within each statement (its verb and its claim) a stance cue ("تأييد",
"رفض", "دعا إلى", "مكافحة") states a position on the noun phrase after it.
Cues chain ("أهمية منع تكرار الضربات" = support × oppose = oppose) and a
negator before a cue flips it. The holder is the claim's own subject when it
has one ("أن الجانبين أكدا…", "لدى روسيا وأميركا موقف…", "تأييد روسيا لـ…"),
else the speaker; people, offices and institutions roll up to the country
they speak for, and "both sides" stands for the article's two main countries.
Targets are canonicalised: a known actor, a known issue, or the phrase.

The pieces live in their own modules: cue words in `cues`, target phrases in
`targets`, evaluative predicates ("سابق لأوانه") in `judgements`; this module
finds the holder and puts a stance together.
"""
from __future__ import annotations

import re

from kg.ingest.alliances import alliances
from kg.ingest.arabic import is_pronoun_preposition, normalize_phrase, stems, strip_suffix
from kg.ingest.cues import (adjective_like, cue_at, definite_noun_not_cue, nisba_like, past_quote, present_cue_person,
                            responsibility_in, skip_cue_adjective, verb_form)
from kg.ingest.entities import NON_STATE, ArticleContext, agrees, body_word, described_noun, past_posting
from kg.ingest.denials import deny
from kg.ingest.judgements import judge
from kg.ingest.lexicon import StanceCue
from kg.ingest.targets import (ATTACHED, CLOSE_QUOTES, OPEN_QUOTES, STOP_PUNCT, act_owner, after_naming, canonical_target,
                               conjuncts, contrast, is_place, issue_at, perpetrator, purpose_of, strip_clitic_of_first, target_span)
from kg.records import Entity, Mention, Sentence, Stance, Statement, Token


_HOLDER_KINDS = {"Country", "Person", "Organisation", "Office", "Group", "Anonymous"}
# verbal nouns whose possessive pronoun is who undergoes the act, not who does it
_PATIENT_NOUNS = {normalize_phrase(w) for w in ("منع", "وقف", "إيقاف", "إنهاء", "إلغاء", "معاقبة", "دحر", "هزيمة",
                                                "استئصال", "إسقاط", "الإطاحة", "اتهام")}
_ROLE_WORDS = {normalize_phrase(w) for w in ("دور", "دورا", "الدور", "مساهمة", "المساهمة", "المشاركة", "مشاركة")}
_VOTE_WAYS = {"ضد": "oppose", "لصالح": "support", "بالموافقه": "support", "برفض": "oppose"}
_EVALUATION_FILLERS = {normalize_phrase(w) for w in ("أن", "يتم", "يكون", "تكون", "نكون", "تتم", "يجري", "تجري", "نعمل", "على",
                                                     "قادرين", "قادرة", "قادر", "قادرون")}
_POSSESSIVE = {normalize_phrase(w) for w in ("لدى", "عند")}          # "لدى روسيا موقف": the country has the position
_ABILITY = {normalize_phrase(w) for w in ("نستطيع", "يستطيع", "تستطيع", "يمكننا", "نتمكن", "يتمكن", "تتمكن", "نقدر",
                                           "ينجح", "تنجح", "ننجح", "نجح", "نجحت")}    # "لم ينجح بردع إيران": still wanted
_ON_PRONOUN = {normalize_phrase(w) for w in ("علينا", "عليه", "عليها", "عليهم", "عليكم")}   # "يتعين علينا": on us, him, them
_ONLY = {normalize_phrase(w) for w in ("فحسب", "فقط")}
_BUT_ALSO = {normalize_phrase(w) for w in ("بل", "وإنما", "إنما", "ولكن", "لكن")}
_DONE = {normalize_phrase(w) for w in ("تم", "جرى", "تمت", "جرت")}
# verbs of being and remaining before a present verb ("ستظل تدعم", "لا تزال تدعم"): the verb is theirs, not a noun's
_AUXILIARY = {normalize_phrase(w) for w in ("ظل", "تظل", "يظل", "كان", "كانت", "كنت", "كنا", "كانوا", "يكون", "تكون", "يكن",
                                             "تكن", "باتت", "بات", "أصبحت", "أصبح", "تبقى", "يبقى", "عادت", "عاد", "مازال",
                                             "مازالت", "لازال", "لازالت", "لاتزال", "لايزال")}
_STILL = {"زال", "زالت", "يزال", "تزال", "نزال", "يزالون", "زالوا", "برح", "يبرح", "فتئ", "يفتا"}
_MEDIA = {normalize_phrase(w) for w in ("تويتر", "بيان", "تغريدة", "تصريح", "تصريحات", "مؤتمر", "كلمة", "حسابه", "حسابها",
                                        "مقابلة", "رسالة", "اتصال", "لقاء", "بيانها", "بيانه")}
_OBLIGATION = {normalize_phrase(w) for w in ("عليها", "عليه", "عليهم", "عليهما", "بإمكانها", "بإمكانه", "بوسعها", "بوسعه",
                                              "مطالبة", "مطالب", "مدعوة", "مدعو", "ملزمة", "ملزم", "مقصرة", "مقصر",
                                              "تهاونت", "تهاون", "فشلت", "فشل", "عجزت", "عجز")}
_FEMININE_SUBJECT = {normalize_phrase(w) for w in ("أنها", "إنها", "بأنها", "وأنها", "وإنها", "لأنها", "كونها")}
_PLURAL_SUBJECT = {normalize_phrase(w) for w in ("وهم", "هم", "أنهم", "إنهم", "بأنهم", "وأنهم", "لأنهم", "كونهم")}


# statements whose speaker is a common noun right after the verb ("وانتقد الحلف روسيا", "وأدانت الوزارة …")
_SUBJECT_NOUN_RULES = {"definite-anaphor", "unnamed-body", "unnamed-subject", "title-of-country"}


def _genitive(toks: list[Token], m: Mention, lx) -> bool:
    """The actor closes a construct whose head is another party ("معارضي الأسد",
    "حلفاء إيران"): the actor is not the subject ("قرار الولايات المتحدة" is)."""
    w = toks[m.start - 1].norm if m.start > 0 else ""
    return lx.in_class(w, "other_party") or (w[:1] in "لب" and lx.in_class(w[1:], "other_party"))


def _construct_head(tok: Token, lx) -> bool:
    """An indefinite content word: before an actor, the head of a construct the actor closes."""
    w = tok.norm
    return tok.text.isalpha() and len(w) > 2 and not w.startswith(("ال", "وال", "فال", "بال", "لل")) \
        and not lx.is_function(w) and not lx.is_function(w.lstrip("وف")) and w not in lx.verbs \
        and w.lstrip("وف") not in lx.verbs and w not in lx.names and not cue_at([tok], 0, lx)


def _clause_end(toks: list[Token], start: int, end: int) -> int:
    """Where the clause running from `start` ends: a full stop or colon, or "، و…"."""
    return next((k for k in range(start, end) if toks[k].text in (".", "؛", ";", ":") or (
        toks[k - 1].text in ("،", ",") and toks[k].norm[:1] == "و")), end)


def _definite(word: str) -> bool:
    return word.lstrip("وف").startswith(("ال", "بال", "لل", "كال"))


def _construct_with_actor(toks: list[Token], k: int, mentions: list[Mention], lx) -> bool:
    """"أنشطة إيران": an indefinite noun whose genitive is a named actor (not "في سوريا")."""
    return not toks[k].norm.startswith("ال") and toks[k].text.isalpha() and not lx.is_function(toks[k].norm) \
        and toks[k].norm not in lx.verbs and any(m.start == k + 1 for m in mentions)


def _frame_has_object(toks: list[Token], k: int, end: int, mentions: list[Mention], lx) -> bool:
    """"مكافحة الإرهاب", "التصدي لـ…", "ردع أنشطة إيران" have what they fight after them
    (from `k`, the frame words' end); "القتال" at a phrase's end, or "القتال في سوريا", does not."""
    if k >= end:
        return False
    nxt = toks[k].norm
    return nxt.startswith(("ال", "لل", "بال")) or nxt[:1] in "لب" or any(m.start == k for m in mentions) \
        or _construct_with_actor(toks, k, mentions, lx)


def _after_addressee(toks: list[Token], j: int, end: int, mentions: list[Mention], lx) -> int | None:
    """Where the obligation starts after "على" + its addressee: the actor named
    there, or one noun with its adjectives ("المجتمع الدولي")."""
    m = next((m for m in mentions if m.start == j), None)
    k = m.end if m is not None else j + 1
    if m is None:
        while k < end and nisba_like(toks[k].norm) and toks[k].norm.startswith("ال") == toks[j].norm.startswith("ال") \
                and not cue_at(toks, k, lx):          # "المجتمع الدولي التصدي": the adjective, then the verbal noun
            k += 1
    if k >= end or toks[k].text in STOP_PUNCT or lx.is_function(toks[k].norm):
        return None
    return k


def _clause_after(toks: list[Token], j: int, cue: StanceCue) -> bool:
    """An أن clause right after the cue, or after its preposition ("بأن", "في أن", "إلى أن")."""
    w = toks[j].norm
    if w == "ان" or (w == "بان" and cue.prep in ("", "ب")):
        return True
    return bool(cue.prep) and w == cue.prep and toks[j + 1].norm == "ان"


def _bare_indefinite(word: str, cue: StanceCue) -> bool:
    """Only a bare indefinite noun takes an indefinite adjective ("أهمية إستراتيجية");
    after "رفضها" or a verb, "اتفاقية" is the object."""
    w = word[1:] if word[:1] in "وف" and word[1:] == cue.form_norm else word
    return w == cue.form_norm and not verb_form(w) and not w.startswith("ال")


_WHEN = {"عندما", "حين", "حينما", "بعدما", "لما", "منذ", "عند"}     # an act that dates something
_NEEDED = {"يلزم", "يتطلب", "يجب", "ينبغي"}     # "ستقوم بكل ما يلزم لإنقاذ الاتفاق": the purpose is the position

_GOES_ON = {"يستمر", "تستمر", "يتواصل", "تتواصل", "يتعزز", "تتعزز", "يبقي", "تبقي", "يظل", "تظل"}


_FRESH = {normalize_phrase(w) for w in ("آخر", "جديد", "جديدا", "صارخ", "صارخا", "واضح", "واضحا", "متكرر", "خطير", "جسيم")}
_BEFORE_VSO = {"لم", "لن", "اذا", "لو", "حتي", "عندما", "بعدما", "طالما"}    # particles a verb follows before its subject


def _whether(toks: list[Token], i: int, start: int) -> bool:
    """Is the cue at i inside an embedded question ("ما إذا كان", "هل"), with no punctuation between?"""
    for k in range(i - 1, max(start, i - 7) - 1, -1):
        w = toks[k].norm
        if toks[k].text in STOP_PUNCT or toks[k].text in ("،", ","):
            return False
        if w in ("هل", "وهل") or (w == "اذا" and k and toks[k - 1].norm in ("ما", "عما", "فيما")):
            return True
    return False


def _prep_phrase(w: str, prep: str) -> bool:
    """A preposition clitic on a word, not on a pronoun: "بشن", "بدعم"; not "به", "لهم"."""
    return w[:1] == prep and len(w) > 2 and w[1:] not in ("ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا", "ي")


def _future(w: str, lx) -> bool:
    """A future verb ("سيضعف", "ستزداد"), not a noun that happens to start so
    ("سياسي", "سيطرة", "ستوكهولم")."""
    return w[:2] in ("سي", "ست") and 5 <= len(w) <= 7 and not w.endswith(("ي", "ه", "ات", "ين")) \
        and w not in lx.names and not lx.is_function(w)


def _coordinated(tok: Token, lx) -> bool:
    """"وتونس", "وأنصاره": و + a word; but "واشنطن", "وزارة" are words of their own."""
    w = tok.norm
    return w.startswith("و") and len(w) > 2 and w not in lx.names and not lx.names.has_single(w) \
        and w not in lx.institutions


def _both(toks: list[Token], k: int) -> bool:
    """"وكلا البلدين يريد الانضمام": كلا before a dual or definite noun is "both", not "no"."""
    return toks[k].norm.lstrip("وف") == "كلا" and k + 1 < len(toks) and (
        toks[k + 1].norm.startswith("ال") or toks[k + 1].norm.endswith(("ين", "ان", "هما")))


_PART_OF = {"مطلع", "اوايل", "اواخر", "منتصف", "بدايه", "نهايه", "خلال"}     # "مطلع شهر فبراير": part of a month
_SOONER_LATER = {"سابق", "لاحق", "متاخر", "مبكر"}


def _time_phrase(toks: list[Token], j: int, end: int, lx: Lexicon) -> int:
    """End of a time phrase at j ("في وقت سابق", "مطلع شهر فبراير الجاري", "منتصف الشهر الماضي"), j if none."""
    w = toks[j].norm
    if w == "في" and j + 2 < end and toks[j + 1].norm == "وقت" and toks[j + 2].norm in _SOONER_LATER:
        return j + 3
    if w in _PART_OF and j + 1 < end and (toks[j + 1].norm in ("شهر", "الشهر", "العام", "الاسبوع", "السنه")
                                          or toks[j + 1].norm in lx.months):
        k = j + 1 + (toks[j + 1].norm == "شهر")
        while k < end and (toks[k].norm in lx.months or lx.is_function(toks[k].norm, "time") or toks[k].norm.isdigit()):
            k += 1
        return k
    return j


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
            if not hit or hit[1].kind not in ("cue", "sever", "vote", "confront", "blame", "expel"):
                continue
            we = present_cue_person(tok.norm, lx) == "ن"
            if we and not (
                    current is not None and tok.norm[:1] == "و" and i and toks[i - 1].text in ("،", ",")):
                continue          # "روسيا: ندعم الحكومة السورية": "we" is a speaker, never the narrator, and the actor
                #                   after the verb is its object ("…، ونرفض الضربات" goes on for the sentence's speaker)
            possessor = self._possessor(toks, i, hit, mentions)
            leveller = self._leveller(toks, i, hit, mentions) if possessor is None else None
            if possessor is not None or leveller is not None:
                # "روسيا تجدد دعمها للأسد", "جددت روسيا رفضها للضربات": the actor of the light verb owns the position;
                # "وجهت لندن أصابع الاتهام إلى موسكو": so does the actor of the verb of levelling
                actor = possessor or leveller
                pseudo = Statement(sent.index, actor.entity, tok.text, sent.text, "indirect", "narrative", 0.7,
                                   sent.text, verb_index=i, claim_start=i, claim_end=len(toks))
                for x in self._holder_fixed(self.from_statement(None, pseudo, sent, mentions, i, only_at=i), actor.entity):
                    x.confidence = min(x.confidence, 0.65)
                    x.rule = ("narrative-possessive-" if possessor is not None else "narrative-levelled-") + x.rule
                    out.append(x)
                continue
            if not verb_form(tok.norm):
                # "رفض السراج انتقادات …", "دعا أبو مازن إلى …": a past verb (or a
                # verbal noun, "رفض روسيا لـ…") counts with its actor right after it
                after = next((m for m in mentions if m.start == hit[0] and m.entity.kind in _HOLDER_KINDS
                              and m.how != "nisba" and not self._behind_clitic(toks, m)), None)
                bare = tok.norm[1:] if tok.norm[:1] in "وف" and tok.norm[1:] == hit[1].form_norm else tok.norm
                if after is None or bare != hit[1].form_norm or (i and cue_at(toks, i - 1, lx)):
                    continue      # "دعمها للأسد": a noun with its possessor, not a verb
                if hit[1].polarity == "oppose" and after.end < len(toks) and len(toks[after.end].norm) > 3 and (
                        hit[1].prep in ("ب", "ل") and toks[after.end].norm[:1] == hit[1].prep
                        or lx.in_class(bare, "charge") and toks[after.end].norm[:1] == "ب"
                        and not any(m.start == after.end for m in mentions)):     # ("اتهام ترامب بكين بـ…")
                    continue      # "اتهم الانفصاليون القوات الأوكرانية بتكثيف …", "بعد اتهام روسيا بالوقوف وراء …":
                    #               the accused, not who accuses
            subj = next((m for m in mentions if m.end == i and m.entity.kind in _HOLDER_KINDS and m.how != "nisba"
                         and not we), None)
            if subj is None and i >= 1 and lx.is_function(toks[i - 1].norm, "relative"):
                subj = next((m for m in mentions if m.end == i - 1 and m.entity.kind in _HOLDER_KINDS), None)
            shared = None
            if subj is not None and tok.norm[:1] == "و" and subj.start and cue_at(toks, subj.start - 1, lx) and (
                    verb_form(toks[subj.start - 1].norm) or self._behind_clitic(toks, subj)):
                # "إن بلاده تدعم الحكومة السورية وترفض الضربات": the actor is the first verb's object; the
                # second verb shares that verb's subject, the one quoted when the first verb is in the claim
                if current is None or subj.start - 1 not in covered:
                    continue
                subj, shared = None, current
            after = None
            if subj is None and i >= 1 and self._present(tok.norm) and described_noun(toks[i - 1], mentions, i - 1, lx) \
                    and any(m.start == hit[0] and not agrees(m.entity, "m" if tok.norm[:1] == "ي" else "f")
                            and not toks[m.start].norm.endswith(("ون", "يين")) for m in mentions):
                continue          # "قرارا يدين إسرائيل": the verb agrees with the noun it describes; the actor is its object
            if subj is None and not we and shared is None:
                after = next((m for m in mentions if m.start == hit[0] and m.entity.kind in _HOLDER_KINDS), None)
                subj = after
            holder = subj.entity if subj is not None else shared
            if holder is not None and holder.key == "own":
                # "قام أمير قطر … بزيارة … للتعبير عن تضامن بلاده لتركيا": whose country, in narration, is
                # the person the sentence has named before it, not the last one quoted
                owner = next((m for m in reversed(mentions) if m.end <= i and m.entity.kind in ("Person", "Office")
                              and m.entity.country), None)
                holder = owner.entity if owner is not None else None
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

    def _relative_obligation(self, toks: list[Token], i: int, cue_end: int, end: int) -> bool:
        """"ما يجب فعله", "عمل يجب القيام به": an obligation in a relative clause (after ما, or
        after an indefinite noun that a pronoun after the verbal noun points back to)."""
        if i == 0 or not verb_form(toks[i].norm.lstrip("وف")):
            return False
        prev = toks[i - 1].norm
        if prev in ("ما", "مما", "بما"):
            return True
        indefinite = toks[i - 1].text.isalpha() and not prev.startswith("ال") and not self.lx.is_function(prev) \
            and prev not in self.lx.verbs and not any(m for m in self.lx.names.candidates(prev))
        return indefinite and any(is_pronoun_preposition(t.norm) for t in toks[cue_end:min(cue_end + 5, end)])

    def _third_party_possessive(self, toks: list[Token], i: int, st: Statement, mentions: list[Mention]) -> bool:
        """Inside a claim, a cue noun whose possessive pronoun (دعمها، مواقفها الداعمة) points at
        another country or body named before it in the claim states that party's position,
        not the speaker's ("أكدت روسيا دعمها" is the speaker's own)."""
        if i <= st.claim_start or i >= st.claim_end:
            return False
        owner = toks[i] if not toks[i].norm.startswith(("ال", "وال")) else toks[i - 1]
        if len(owner.norm) < 5 or not owner.norm.endswith(("ها", "هم", "هما")) or not owner.text.isalpha() \
                or is_pronoun_preposition(owner.norm):
            return False      # ("الحكومة البريطانية عليها التزام بـ…": an obligation put on them)
        before = [m for m in mentions if st.claim_start <= m.start and m.end <= i and m.how != "nisba"
                  and m.entity.kind in ("Country", "Organisation")]
        if not before:
            # "عندما يبدون استعدادهم لاستهداف …" in a president's words: "they", not the one speaking (a
            # country or body is "ها"; "هم" is the speaker's own only when the speaker is a group of people)
            # (with nothing after it the pronoun is the noun's object: "ومعاقبتهم،")
            nxt = toks[i + 1] if owner is toks[i] and i + 1 < len(toks) else None
            return owner.norm.endswith("هم") and st.speaker.kind in ("Person", "Office", "Country") \
                and nxt is not None and nxt.text.isalpha() and nxt.norm[:1] != "و"
        mine = {c.key for c in self._roll_up(st.speaker)}
        theirs = {c.key for c in self._roll_up(before[-1].entity)}
        return not (mine & theirs)

    def _possessor(self, toks: list[Token], i: int, hit: tuple[int, StanceCue], mentions: list[Mention]) -> Mention | None:
        """The actor of "X يجدد دعمه" / "جدد X دعمه": a cue noun carrying a
        possessive pronoun right after a verb whose subject is an actor."""
        w = toks[i].norm
        if hit[0] != i + 1 or not w.endswith(("ها", "ه", "هم", "هما")) or w.startswith("ال") \
                or hit[1].form_norm == w or hit[1].form_norm.endswith("ه") or hit[1].form_norm in _PATIENT_NOUNS:
            return None       # ("منعه من السفر": he is the one banned, not the one banning)
        before = next((m for m in mentions if m.end == i and m.entity.kind in _HOLDER_KINDS and m.how != "nisba"), None)
        if before is not None and before.start >= 1 and not toks[before.start - 1].norm.startswith("ال") and toks[before.start - 1].text not in STOP_PUNCT:
            return before       # "جددت روسيا دعمها"
        if i >= 2 and not toks[i - 1].norm.startswith("ال") and toks[i - 1].text not in STOP_PUNCT \
                and not self.lx.is_function(toks[i - 1].norm):
            return next((m for m in mentions if m.end == i - 1 and m.entity.kind in _HOLDER_KINDS and m.how != "nisba"), None)
        return None

    def _behind_clitic(self, toks: list[Token], m: Mention) -> bool:
        """"لإيران", "بروسيا": an actor written with a joined preposition is that preposition's
        object, never the subject of a verb ("لافروف" is a name, not ل + "افروف")."""
        return toks[m.start].norm[:1] in "بلك" and toks[m.start].norm not in self.lx.names

    def _after_preposition(self, toks: list[Token], m: Mention) -> bool:
        """"الحملة على الرياض", "العقوبات على إيران": an actor after a preposition written apart
        is its object, not the subject of the verb that follows."""
        return m.start > 0 and self.lx.is_function(toks[m.start - 1].norm, "preposition")

    def _leveller(self, toks: list[Token], i: int, hit: tuple[int, StanceCue], mentions: list[Mention]) -> Mention | None:
        """Who levels the criticism or the finger of accusation ("وجهت ماي أصابع الاتهام إلى موسكو",
        "وكانت لندن قد وجهت انتقادات حادة لـ…"): the actor of the verb of levelling before the cue."""
        if not hit[1].levelled and (verb_form(toks[i].norm) or hit[1].kind != "cue"):
            return None
        v = next((v for v in range(i - 1, max(0, i - 6) - 1, -1)
                  if any(self.lx.in_class(w, "levelling") for w in (toks[v].norm, toks[v].norm[1:]))), None)
        if v is None:
            return None
        actor = next((m for m in mentions if v < m.start <= v + 3 and m.end <= i and m.entity.kind in _HOLDER_KINDS
                      and m.how != "nisba" and not any(t.text in STOP_PUNCT for t in toks[v:m.start])
                      and not self._behind_clitic(toks, m)), None)
        #   ("توجيه ضربات للنظام السوري بعد اتهامه": who is struck is no leveller)
        e = actor.end if actor is not None else v + 1
        while actor is not None and (nxt := next((m for m in mentions if m.start == e and _coordinated(toks[e], self.lx)), None)):
            e = nxt.end       # "لتوجه روسيا وسوريا أصابع الاتهام"
        if e != i:
            return None       # the cue is what is levelled, right after the verb and its actor
        k = v - 1 if v and toks[v - 1].norm in ("قد", "فقد", "وقد") else v
        k = k - 1 if k and self.lx.is_function(toks[k - 1].norm, "relative") else k
        return actor or next((m for m in mentions if m.end == k and m.entity.kind in _HOLDER_KINDS and m.how != "nisba"), None)

    def _holder_fixed(self, found: list[Stance], holder: Entity) -> list[Stance]:
        keys = {c.key for c in self._roll_up(holder)}
        return [x for x in found if x.holder.key in keys]

    def from_statement(self, idx: int | None, st: Statement, sent: Sentence, mentions: list[Mention], verb_index: int,
                       only_at: int | None = None) -> list[Stance]:
        toks, lx = sent.tokens, self.lx
        out: list[Stance] = []
        consumed: set[int] = set()
        target_end = 0          # end of the last target (with its conjuncts)
        governing = 0           # the polarity that governed the last target phrase (0: none yet)
        last_holders: list[Entity] = []     # who held it
        i = verb_index
        end = st.claim_end
        # between the verb and the claim, only the verb's object states anything ("معلنا انسحاب بلاده من
        # الاتفاق: "…""); a phrase of place or occasion does not ("في كلمة خلال "المؤتمر الدولي لمواجهة الإرهاب"")
        if only_at is None:
            out.extend(self._complaint(idx, st, sent, mentions, verb_index))
        subject = next((m for m in mentions if m.start == verb_index + 1), None)
        object_at = subject.end if subject is not None else verb_index + 1
        if subject is None and st.rule in ("unnamed-subject", "bare-noun-subject") and st.claim_start > verb_index + 1:
            object_at = st.claim_start      # "واتهم سفراء غربيون … النظام السوري بعرقلة": past the unnamed subject
        if subject is not None and subject.entity.kind in ("Organisation", "Office"):
            object_at = past_posting(toks, mentions, object_at)     # "استنكرت السفارة لدى البحرين حادث …"
        while i < end:
            if only_at is not None and i != only_at:
                break
            if i in consumed:
                i += 1
                continue
            if verb_index < i < st.claim_start and i != object_at:
                i = st.claim_start
                continue
            hit = cue_at(toks, i, lx)
            if hit is None and i == verb_index and lx.in_class(toks[i].norm.lstrip("وف"), "noun_homograph"):
                said = lx.verbs.get(toks[i].norm) or lx.verbs.get(toks[i].norm[1:])
                if said is not None and said.polarity:     # "ثمن السيسي جهود …": the verb of saying states it
                    hit = (i + 1, StanceCue(toks[i].text, said.polarity, "cue", said.prep, verb=True))
            if not hit or definite_noun_not_cue(toks, i, hit, end) or (hit[1].kind == "cue" and issue_at(toks, i, lx)) \
                    or any(m.start < i < m.end and m.entity.kind in ("Organisation", "Office") for m in mentions):
                i += 1        # ("تحالف دعم الشرعية": a cue inside a name says nothing)
                continue
            cue_end, cue = hit
            if i > verb_index and toks[i].norm[:1] == "ب" and self._charge_of_accused(toks, st, mentions, verb_index, i):
                accuser = next((k for k in range(i - 1, verb_index - 1, -1) if self._accusing(toks, k)), verb_index)
                out.extend(self._upheld(idx, st, sent, mentions, i, end, accuser))      # ("… بانتهاك وقف إطلاق النار")
                i = _clause_end(toks, cue_end, end)      # "واتهم بومبيو طهران بدعم جماعات": the charge is not the speaker's
                continue
            bare = toks[i].norm.lstrip("وف")
            if not cue.prep and cue_end == i + 1 and bare != cue.form_norm and bare.startswith(cue.form_norm) \
                    and bare[len(cue.form_norm):] in ("ه", "ها", "هم", "هما") and cue_end < end \
                    and (toks[cue_end].norm[:1] == "و" or toks[cue_end].text in (".", "،", ",", "؛", ":")) and not verb_form(bare):
                i = cue_end       # "للقضاء على الإرهاب واستئصاله والحفاظ على الاستقرار": its object is the pronoun
                continue
            if self._charged(toks, mentions, i, cue_end):
                i = _clause_end(toks, cue_end, end)      # "المعارضة متهمة بدعم الإرهاب": a charge, nobody's position
                continue
            if i >= st.claim_start > verb_index and toks[st.claim_start - 1].norm in ("بان", "بانها", "بانه", "بانهم") \
                    and self._accusing(toks, verb_index):
                break         # "تتهم مقاتلي المعارضة بأنها تفرض حظرا لمنع المدنيين": the charge, all of it the accused's
            nx = past_quote(toks, i, cue_end, end)        # "عن "أسفه" لإلغاء القمة"
            if not cue.clause and (nx >= end or not toks[nx].norm.startswith(cue.prep)
                                   or lx.is_function(toks[nx].norm) or toks[nx].norm == "بان"):
                # only its preposition on the next word states it ("الثقة بالتقييم البريطاني"); not "الثقة
                # بأن الحل قريب" (a belief), "الثقة بين البلدين", "ثقة دول العالم بواشنطن" (whose trust)
                i = cue_end
                continue
            if i >= 1 and toks[i - 1].norm in ("اي", "ايه") and not (i >= 2 and cue_at(toks, i - 2, lx)) \
                    and not verb_form(toks[i].norm):
                i = cue_end       # "إن أي دعم لمعارضي الأسد سيقوض …": what is talked about, not a position taken
                continue
            if not verb_form(toks[i].norm) and self._hypothetical(toks, i, hit[0], st, end, mentions):
                i = hit[0]        # "إن رفض الكونغرس للاتفاق سيسبب له إحراجا": what would follow, not a position
                continue
            if i >= 2 and toks[i - 2].norm in ("اي", "ايه") and toks[i - 1].norm in ("محاوله", "محاولات", "خطوه", "خطوات") \
                    and not verb_form(toks[i].norm):
                i = cue_end       # "أي محاولة للإطاحة بالحكومة السورية لن تسهم …": the same
                continue
            if i >= 1 and lx.in_class(toks[i - 1].norm.lstrip("وف"), "denial"):
                i = cue_end       # "نافيا انتقاده ماي": an act denied is no position
                continue
            if i >= 2 and toks[i - 1].norm == "من" and any(
                    (v := lx.verbs.get(t.norm) or lx.verbs.get(t.norm[1:])) is not None and lx.in_class(normalize_phrase(v.lemma), "playing_down")
                    for t in toks[max(0, i - 6):i - 1]):
                i = cue_end       # "وقلل الكرملين من أهمية العقوبات": played down, not supported
                continue
            if _whether(toks, i, st.claim_start):
                i = cue_end       # "لا يعلم بعد ما إذا كان وزير الدفاع يعتزم مغادرة منصبه": a question, no position
                continue
            if i >= 1 and not verb_form(toks[i].norm) and not (toks[i].norm[:1] == "س" and verb_form(toks[i].norm[1:])) \
                    and any(lx.in_class(w, "named_for") for w in stems(toks[i - 1].norm)):
                i = cue_end       # "اتفاقية منع انتشار الأسلحة", "وحدة مكافحة الإرهاب": a name, not a position
                continue
            if cue.kind == "keep" and not cue.prep and any(w.startswith("ال") for w in (toks[i].norm, toks[i].norm[1:])):
                i = cue_end       # "الحماية الدولية", "الاحترام المتبادل": a definite verbal noun with no
                continue          # preposition names a thing; "حماية المدنيين" takes its object
            if cue.kind == "keep" and toks[i].norm[:1] == "ل" and i == target_end \
                    and any(m.end == i and m.entity.kind in _HOLDER_KINDS for m in mentions):
                i = cue_end       # "دعم مصر وجهود مصر للحفاظ على الأمن": the purpose of the actor's effort before
                continue          # it is the actor's ("اتخاذ التدابير لحماية المدنيين" is the speaker's)
            if cue.kind == "aim":       # "لا تسعى إلى التصعيد": a cue inside what is said, never in narration
                cue = StanceCue(cue.form, cue.polarity, "cue", cue.prep)
            cue_start = i
            if self._third_party_possessive(toks, i, st, mentions):
                i = cue_end       # "ولا تراجع عن مواقفها الداعمة للإرهاب": Qatar's position as the speaker tells it
                continue
            if i >= 2 and i > st.claim_start and lx.is_function(toks[i - 2].norm, "relative") and verb_form(toks[i - 1].norm) \
                    and not cue_at(toks, i - 1, lx) and not verb_form(toks[i].norm) and toks[i - 1].norm not in _NEEDED:
                i = cue_end       # "الفوضى التي أعقبت الإطاحة بنظام القذافي": an event in a relative clause
                continue
            if i >= 2 and toks[i - 1].norm == "الي" and lx.in_class(toks[i - 2].norm.lstrip("و"), "leads_to") \
                    and not verb_form(toks[i].norm):
                i = cue_end       # "سيؤدي إلى الحد من العمليات": a consequence, not a position
                continue
            if i >= 1 and toks[i - 1].norm.lstrip("و") in _DONE and not verb_form(toks[i].norm):
                i = cue_end       # "تم احتواء الوضع", "جرى وقف القتال": an event reported, not a position
                continue
            if cue.kind == "evaluation" and self._relative_obligation(toks, i, cue_end, end):
                i = cue_end       # "هم يعلمون ما يجب أن يكون مطروحا", "قضايا أمنية يجب التعامل معها": a
                continue          # description of something, not a position
            if cue.kind == "link":      # "تنفيذ", "إجراء": only inside a chain
                i = cue_end
                continue
            if cue.kind == "accusation":
                out.extend(self._accusation(idx, st, sent, mentions, i, cue_end, cue))
                i = cue_end
                continue
            if cue.kind == "against" and not cue.form_norm.startswith("ليس") and (
                    self._inside_other_cue(toks, i, st.claim_start)
                    or any(lx.in_class(w, "lifting") for t in toks[max(0, i - 2):i] for w in stems(t.norm))):
                i = cue_end
                continue      # "الدعوات إلى السماح للإرهابيين بالتقدم ضد …": part of what the other cue is about;
                #               "رفع العقوبات على روسيا": sanctions lifted are no position against it
            if i > st.claim_start and self._present(toks[i].norm) and described_noun(toks[i - 1], mentions, i - 1, lx) \
                    and not cue_at(toks, i - 1, lx) and toks[i - 1].norm.lstrip("س") not in _STILL | _AUXILIARY \
                    and not toks[i - 1].norm.endswith(("نا", "ها", "هم", "كم")):
                i = cue_end       # "أدلة تدعم الادعاء", "دول تدعم الإرهاب": what the noun does, no one's position
                continue
            if cue.polarity == "oppose" and (verb_form(toks[i].norm) or i == verb_index) and self._declined_comment(toks, cue_end, end):
                i = cue_end       # "ورفض البيت الأبيض ووزارتا الدفاع والخارجية التعليق على …": no position
                continue
            if cue.kind == "expel":
                out.extend(self._expulsion(idx, st, sent, mentions, i, cue_end, cue, end))
                i = cue_end
                continue
            if cue.kind == "sever":
                out.extend(self._severance(idx, st, sent, mentions, i, cue_end, cue, end))
                i = cue_end
                continue
            if cue.kind in ("confront", "blame"):
                out.extend(self._confrontation(idx, st, sent, mentions, i, cue_end, cue))
                i = cue_end
                continue
            nxt_cue = cue_at(toks, cue_end, lx) if cue_end < end and toks[cue_end].norm[:1] == "و" else None
            if nxt_cue and nxt_cue[1].kind == "cue" and not verb_form(toks[i].norm) and (
                    nxt_cue[1].polarity == cue.polarity or (cue.kind == "frame" and nxt_cue[1].polarity == "oppose")):
                i = cue_end       # "دعم وتضامن بلادها مع حكومة أنقرة": two heads share what follows the second
                #                   (so do "لاحتواء وإنهاء البرنامج النووي": fighting X = opposing X)
                continue
            if cue.kind == "vote":
                # "صوتت روسيا وسوريا ضد القرار", "صوتت 82 دولة لصالح القرار"
                way = next((k for k in range(cue_end, min(cue_end + 8, end)) if toks[k].norm in _VOTE_WAYS
                            or toks[k].text in STOP_PUNCT), None)
                if way is None or toks[way].text in STOP_PUNCT:
                    i = cue_end
                    continue
                cue = StanceCue(cue.form, _VOTE_WAYS[toks[way].norm], "cue", "")
                cue_end, voted = way + 1, True
            else:
                voted = False
            polarity = 1 if cue.polarity == "support" else -1
            if self._negated(toks, i):
                polarity = -polarity
            coordinated_cue = governing and toks[i].norm[:1] == "و" and not cue.form_norm.startswith("و") \
                and i in (target_end, target_end + 1) and not cue.verb and cue.kind != "evaluation" \
                and not verb_form(toks[i].norm) and (i == target_end or toks[i - 1].text in ("،", ","))
            if coordinated_cue and cue.kind != "keep" and not (governing < 0 and (cue.polarity == "oppose" or cue.kind == "frame")):
                # "أن تتوقف عن انتهاك القوانين ودعم الإرهاب": a cue coordinated with the last phrase
                # stays under what governed it (stop supporting = oppose); "ويجب" is a new predicate
                # (a protective frame is the governing cue's second object: "وقف القتال وحماية المدنيين";
                # and a second act against after one against is its sibling: "للقضاء على داعش ومكافحة الفكر المتطرف")
                polarity *= governing
            base_polarity = polarity
            outer = polarity
            holder_m = self._implicated(toks, i, mentions)      # "تورط النظام الإيراني بدعم الميليشيات"
            if (holder_m is not None and not self._own(st, holder_m.entity)) or (
                    i and any(lx.in_class(w, "implicated") for w in stems(toks[i - 1].norm))):
                i = cue_end       # what another actor is said to be implicated in is a charge, not its stated position
                continue          # ("يثبت تورط دعم النظام الإيراني للميليشيا": the same, its actor after the cue)
            if holder_m is None and self._implicated_pronoun(toks, i):
                i = cue_end       # "بسبب تورطها في دعم البوليساريو": the act of whom "ها" points back to
                continue
            j = past_quote(toks, i, cue_end, end)         # "رفض" بلاده لنقل السفارة
            past_subject = i == verb_index and st.rule in _SUBJECT_NOUN_RULES and j < st.claim_start <= j + 4 \
                and all(t.norm.startswith("ال") or t.text in OPEN_QUOTES for t in toks[j:st.claim_start]) \
                and not lx.is_function(toks[st.claim_start].norm) and not any(j <= m.start < st.claim_start for m in mentions)
            named_subject = len(st.speaker.label_ar.split())
            skipped_subject = not past_subject and i == verb_index and st.rule == "unnamed-subject" \
                and j + named_subject <= st.claim_start and " ".join(t.text for t in toks[j:j + named_subject]) == st.speaker.label_ar
            if skipped_subject:
                j += named_subject     # "واتهم سفراء غربيون … النظام السوري بعرقلة": past the unnamed subject's words
            if i == verb_index and st.speaker.kind == "Group" and st.speaker.role == "listed":
                j = st.claim_start     # "دانت كل من بريطانيا وفرنسا إطلاق الصواريخ": past the listed subjects
            elif past_subject:
                j = st.claim_start     # "وانتقد الحلف روسيا": the subject a common noun names, then its object
            actor = self._relative_actor(toks, i, j, end, mentions) if holder_m is None else None
            if actor is not None:
                holder_m, j = actor, actor.end     # "الدعم الذي تقدمه طهران لدمشق": Tehran's support, as reported
            clause = False
            # evaluation phrases: "من المهم أن يتم X"
            if cue.kind == "evaluation":
                if j + 1 < end and toks[j].norm == "علي":
                    # "يجب على القوات المسلحة أن تستعد": the obligation is on them, the position is what follows أن
                    k = next((k for k in range(j + 1, min(j + 7, end)) if toks[k].norm == "ان"), None)
                    if k is None:
                        # "يتعين على بيونغ يانغ اتخاذ خطوات": no أن, the verbal noun follows the addressee
                        k = _after_addressee(toks, j + 1, end, mentions, lx)
                    if k is not None:
                        j = k
                elif j + 2 < end and toks[j].norm[:1] == "ل" and any(
                        m.start == j and m.end < end and toks[m.end].norm == "ان" for m in mentions):
                    j = next(m.end for m in mentions if m.start == j)   # "لا ينبغي لإيران أن تمتلك سلاحا نوويا"
                elif j + 1 < end and toks[j].norm in _ON_PRONOUN and not verb_form(toks[j + 1].norm) \
                        and not lx.is_function(toks[j + 1].norm):
                    j += 1        # "يتعين علينا عقد قمة": the obligation is on the subject; the verbal noun after it
                while j < end and toks[j].norm in _EVALUATION_FILLERS:
                    j += 1
            elif cue.kind == "cue" and not cue.prep and j + 2 < end and toks[j].norm[:1] == "ل" and any(
                    m.start == j and m.end < end and toks[m.end].norm == "ان" for m in mentions):
                # "أمريكا تريد لإيران أن تعود إلى طهران": who is wanted to act, then what
                j = next(m.end for m in mentions if m.start == j)
                while j < end and toks[j].norm in _EVALUATION_FILLERS:
                    j += 1
            elif cue.kind == "cue" and j + 2 < end and _clause_after(toks, j, cue):
                # "تأمل أن تعترف الدول بفلسطين", "نريد أن يتم تنفيذ الاتفاق", "طالب بأن يتم …",
                # "أمله في أن تسفر القمة عن …": the clause is the target
                clause = True
                j += 1 if toks[j].norm in ("ان", "بان") else 2
                while j < end and toks[j].norm in _EVALUATION_FILLERS:
                    j += 1
            # the mention right after a cue: the holder ("تأييد روسيا للأسد") or the target
            m = next((m for m in mentions if m.start == j and m.entity.kind in _HOLDER_KINDS
                      and not (cue.prep == "الي" and toks[j].norm[:1] == "ل" and toks[j].norm not in lx.names
                               and not verb_form(toks[i].norm) and i != verb_index)), None)
            # ("أصابع الاتهام لإيران": ل stands for إلى, the actor after it is the target, not the holder)
            if m and cue.prep in ("ب", "ل") and cue.polarity == "oppose" and verb_form(toks[i].norm) and m.end < end \
                    and _prep_phrase(toks[m.end].norm, cue.prep) and m.entity.key != st.speaker.key \
                    and m.entity.kind in ("Country", "Organisation", "Person"):
                # "واتهمت فرنسا بإعطاء معلومات كاذبة": a finite verb's object, then what it is accused of
                for h in self._holders(st, sent, mentions, cue_end - 1, None):
                    if h.key != m.entity.key and h.key != m.entity.country:
                        out.append(Stance(h, "support" if polarity > 0 else "oppose", m.entity, toks[i].text, sent.index,
                                          f"cue-object:{cue.form}", round(st.confidence * 0.8, 2), idx))
                if polarity < 0:
                    out.extend(self._upheld(idx, st, sent, mentions, m.end, end, cue_end - 1))
                # "اتهمت … الحكومة القطرية بدعم الإرهاب": what the object is accused of is not the speaker's position
                i = _clause_end(toks, m.end + 1, end)
                continue
            first_person = present_cue_person(toks[i].norm, lx) == "ن"     # "ندعم" (we), not "ونددت" (she denounced)
            after_m = m.end if m else 0
            while m and after_m < end and lx.is_function(toks[after_m].norm, "intensifier"):
                after_m += 1      # "رفض الإمارات التام لكل المحاولات": the cue's adjective after its holder
            if m and not first_person and not past_subject and not skipped_subject and (m.entity.key in (st.speaker.key, "own")
                                           or (m.how == "joint" and verb_form(toks[i].norm))     # "وتتهم الدولتان إيران"
                                           or (after_m < end and toks[after_m].norm[:1] in "لب"
                                               and (m.entity.kind == "Country" or self._genitive_subject(toks, i, m, cue)))
                                           or (i > st.claim_start and toks[i - 1].norm in _BEFORE_VSO and verb_form(toks[i].norm)
                                               and cue.prep and after_m < end and _prep_phrase(toks[after_m].norm, cue.prep[:1])
                                               and not (toks[m.start].norm[:1] in "لب" and toks[m.start].norm not in lx.names))):
                # ("إذا لم تلتزم الميليشيات بخيارات السلام": after a particle the verb comes first, then its subject;
                # not "لن تسمح للنظام في إيران بـ": whom it allows)
                holder_m, j = m, after_m
                if m.entity.kind in ("Organisation", "Office"):
                    j = past_posting(toks, mentions, j)     # "استنكرت السفارة لدى البحرين حادث …"
                while True:       # "رفض المغرب وتونس وألبانيا استقبال …": the coordinated holders come first
                    nxt = next((x for x in mentions if x.start == j and _coordinated(toks[j], lx)
                                and x.entity.kind in _HOLDER_KINDS), None)
                    if nxt is None:
                        break
                    j = nxt.end
                while j < end and _coordinated(toks[j], lx) and toks[j].norm.endswith(("ه", "ها", "هم")) \
                        and not any(x.start == j for x in mentions):
                    j += 1        # "النظام السوري وأنصاره": the rest of the subject
                if j + 2 < end and toks[j].text in ("،", ","):
                    # "حذر جون بولتون، مستشار الأمن القومي للرئيس الأمريكي، من …": the appositive
                    close = next((k for k in range(j + 1, min(j + 12, end)) if toks[k].text in ("،", ",")), None)
                    accused = cue.prep and any(x.start == j + 1 and x.entity.kind in _HOLDER_KINDS and x.end < end
                                               and toks[x.end].norm[:1] == cue.prep[:1] for x in mentions)
                    if close is not None and not accused and not any(
                            t.norm in lx.verbs or lx.is_function(t.norm, "complementizer") for t in toks[j + 1:close]):
                        j = close + 1     # (but "اتهم روساريو، الصين بممارسة …": the object after the comma)
            elif m is None and not verb_form(toks[i].norm):
                j = self._past_bare_subject(toks, j, end, cue)    # "دعم الحكومة لجهود المبعوث"
            # past the cue noun's subject, a ل opens what the position is on ("رفض بلاده لنقل السفارة")
            subject_prep = "ل" if (holder_m is not None or j > cue_end) and not verb_form(toks[i].norm) \
                and not cue.prep and j < end and toks[j].norm[:1] == "ل" else ""
            if not cue.prep and cue.kind == "cue" and j < end and adjective_like(toks[j].norm) \
                    and _bare_indefinite(toks[i].norm, cue) \
                    and not toks[j].norm.startswith("ال") and not any(m.start == j for m in mentions):
                i = cue_end
                continue      # "أهمية إستراتيجية": the cue noun with its adjective, not a position
            j = self._skip_adverbs(toks, j, end)      # "اتفقتا أيضا على", "رفضه بشكل قطعي"
            cognate = self._skip_cognate(toks, j, end, cue)  # "ترفض رفضا قاطعا القرار"
            consumed.update(range(j, cognate))
            j = cognate
            j = skip_cue_adjective(toks, j, end, cue)
            if not cue.prep and j + 1 < end and j == cue_end and lx.in_class(toks[j].norm, "degree") \
                    and toks[j + 1].norm[:1] == "ل" and len(toks[j + 1].norm) > 3:
                j += 1        # "تولي أهمية خاصة لتحسين علاقاتها": the degree, then what the importance is on
            if not clause and cue.prep in ("ب", "ل") and cue.polarity == "support" and (verb_form(toks[i].norm) or cue.verb or cue.form.endswith("ا")
                                                                      or any(x.start == j and x.entity.kind in _HOLDER_KINDS
                                                                             for x in mentions)
                                                                      or any(t.norm == "ان" for t in toks[j + 1:j + 4])) \
                    and j + 1 < end \
                    and toks[j].norm[:1] != cue.prep and toks[j].text.isalpha() \
                    and not lx.is_function(toks[j].norm, "preposition", "conjunction", "complementizer", "negator", "relative"):
                # "يطالب الجيش بالاستعداد", "رحبت شخصيات بارزة … بتصريحات": the addressee
                # or the subject, then what is asked or welcomed
                listed = j
                while True:       # "طالبت مجلس الأمن والأمم المتحدة والمجتمع الدولي بموقف حازم": several addressees
                    nxt = next((x for x in mentions if x.start == listed and x.entity.kind in _HOLDER_KINDS), None)
                    if nxt is None or nxt.end >= end or not (toks[nxt.end].norm.startswith("و") or toks[nxt.end].text in ("،", ",")):
                        break
                    listed = nxt.end + (1 if toks[nxt.end].text in ("،", ",") else 0)
                    if toks[listed].norm.startswith("و") and not any(x.start == listed for x in mentions):
                        break
                limit = max(j + 5, listed + 5)
                last = max((x for x in mentions if j <= x.start <= listed and x.entity.kind in _HOLDER_KINDS),
                           key=lambda x: x.start, default=None)
                if last is not None and not (verb_form(toks[i].norm) or cue.verb or cue.form.endswith("ا")) \
                        and (last.end >= end or toks[last.end].norm[:1] != cue.prep):
                    limit = j + 1     # "لدعم مصر وجهود مصر للحفاظ على …": a noun's object is what it supports
                k = next((k for k in range(j + 1, min(limit, end)) if toks[k].norm[:1] == cue.prep and len(toks[k].norm) > 3
                          and not any(m.start == k for m in mentions)), None)
                if k is not None and not any(t.text in STOP_PUNCT for t in toks[j:k]):
                    j = k
                elif k is None:
                    # "وطالب العالم أن يكون حازما": the addressee, then what is asked in an أن clause
                    a = next((a for a in range(j + 1, min(limit, end)) if toks[a].norm == "ان"), None)
                    if a is not None and not any(t.text in STOP_PUNCT for t in toks[j:a]):
                        j = a
                        while j < end and toks[j].norm in _EVALUATION_FILLERS:
                            j += 1
            if not clause and cue.kind == "cue" and j + 2 < end and _clause_after(toks, j, cue):
                clause = True     # "طالب الرئيس بأن يتم …": the clause after the subject
                j += 1 if toks[j].norm in ("ان", "بان") else 2
                while j < end and toks[j].norm in _EVALUATION_FILLERS:
                    j += 1
            if clause and cue.polarity == "support" and j < end and (
                    lx.in_class(toks[j].norm, "leads_to") or lx.in_class(toks[j].norm, "contributes")):
                # "أملها في أن تؤدي هذه الخطوة إلى إخلاء شبه الجزيرة من الأسلحة النووية", "أن تسهم القمة في
                # تحقيق السلام": what is hoped for is the outcome
                to = "الي" if lx.in_class(toks[j].norm, "leads_to") else "في"
                k = next((k for k in range(j + 2, min(j + 8, end)) if toks[k].norm == to
                          or (to == "الي" and toks[k].norm[:1] == "ل" and len(toks[k].norm) > 3)), None)
                if k is not None and not any(t.text in STOP_PUNCT or t.text in ("،", ",") for t in toks[j:k]):
                    j = k + 1 if toks[k].norm == to else k
            if clause and cue.polarity == "oppose" and cue.prep == "من" \
                    and any(m.start == j + (toks[j].text in ('"', "«", "“")) and m.entity.kind in _HOLDER_KINDS
                            for m in mentions):
                i = cue_end
                continue      # "وحذر من أن موسكو سترد": what an actor will do is warned of, not opposed
            if cue.verb and cue.prep in ("ب", "ل") and cue.polarity == "support" and not clause and j < end \
                    and toks[j].norm[:1] != cue.prep and not any(m.start == j for m in mentions) \
                    and not lx.is_function(toks[j].norm) and toks[j].text.isalpha():
                i = cue_end
                continue      # "تعهد رؤساء تركيا … بتعزيز …" with the ب too far: the subject is no target
            hoped = cue.prep == "في" and verb_form(toks[i].norm) and j == cue_end and j < end \
                and not toks[j].norm.startswith("ال") and toks[j].text.isalpha() and not lx.is_function(toks[j].norm) \
                and not any(m.start == j for m in mentions) and j + 1 < end and toks[j + 1].norm.startswith("ال") \
                and not toks[j].text.endswith(("ه", "ها", "هم"))     # ("يأمل إبرامه المبعوث": its object is a pronoun)
            if cue.prep == "في" and not clause and not hoped and (j >= end or toks[j].norm != "في" or (
                    not verb_form(toks[i].norm) and j != cue_end)):
                i = cue_end
                continue      # "أمله في …" needs its preposition ("أمل كلوني" is a name); a verb may take
                #               a verbal noun with its object instead ("نأمل استئناف الحوار")
            if cue.prep and j < end and (toks[j].norm == cue.prep or (cue.prep == "الي" and toks[j].norm == "نحو")):
                j += 1
                if j + 2 < end and lx.in_class(toks[j].norm, "time_span") and lx.in_class(toks[j + 1].norm, "coming"):
                    j += 2        # "يأمل في الأيام المقبلة بـ"تكثيف المشاورات"": when, then what is hoped for
                    j += 1 if toks[j].norm in ("ب", "بـ") else 0
            elif cue.prep in ("ب", "ل") and j + 2 < end and toks[j].norm in ATTACHED and is_place(toks[j + 1], lx) \
                    and toks[j + 2].norm[:1] == cue.prep:
                j += 2        # "رحبنا في موسكو باحتمال عقد …": where, then what
            elif cue.prep and cue.prep not in ("ب", "ل") and not clause and cue.prep != "في":
                j = self._past_addressee(toks, j, end, cue.prep, mentions)
            frame_cue = cue if cue.kind in ("frame", "keep") else None
            frame_start = i if frame_cue is not None else None
            frame_end = cue_end      # "الحد من": a frame may be two words
            chained = False
            last_prep = cue.prep or subject_prep
            # chains: the phrase begins with another cue
            while j + 1 < end and toks[j].text in ('"', "«", "“") and cue_at(toks, j + 1, lx):
                j += 1        # "متعهدا بـ"الضرب بيد من حديد على …""
            if j + 1 < end and toks[j].norm in ("اي", "ايه") and cue_at(toks, j + 1, lx):
                j += 1        # "لا تقبل أي مساس بأمن البحرين": any of what follows
            while j < end and frame_start is None:
                inner = cue_at(toks, j, lx)
                if not inner or inner[1].kind in ("sever", "against", "accusation", "confront", "blame", "expel") \
                        or definite_noun_not_cue(toks, j, inner, end) or (inner[1].kind == "cue" and issue_at(toks, j, lx)):
                    break       # "إلى وقف إطلاق النار": a named issue, not a chain; "من انسحاب أمريكا": an act with its own actor
                also = toks[j].norm[1:].removeprefix("س") if toks[j].norm[:1] == "و" else ""
                if verb_form(also) and also == inner[1].form_norm.lstrip("و"):
                    consumed.add(j)
                    j = inner[0]      # "أدانت إيران واستنكرت تحذيرات …", "ترفض وسترفض": a coordinated verb shares the object
                    continue
                obj_at = inner[0] + (inner[0] < end and bool(inner[1].prep) and toks[inner[0]].norm == inner[1].prep)
                if inner[1].kind in ("frame", "keep") and not _frame_has_object(toks, obj_at, end, mentions, lx):
                    break         # "وقف القتال": the frame word alone is the thing stopped
                if not verb_form(toks[j].norm) and any(
                        m.start == inner[0] and m.entity.kind in _HOLDER_KINDS and toks[m.start].norm.startswith("ال")
                        and m.end < end and toks[m.end].norm[:1] in "لب" for m in mentions):
                    break         # "انتقد إدانة السلطات الأمريكية لأتيلا": the act with its own actor is the target
                consumed.add(j)
                if inner[1].kind in ("frame", "keep"):        # the frame word is part of the target
                    frame_start, frame_end, frame_cue = j, inner[0], inner[1]
                    break
                outer = polarity
                polarity *= 1 if inner[1].polarity == "support" else -1
                chained = True
                j = inner[0]
                j = skip_cue_adjective(toks, j, end, inner[1])
                last_prep = inner[1].prep
                agent = next((m for m in mentions if m.start == j and m.entity.kind == "Country"
                              and m.entity.key in (st.speaker.key, st.speaker.country,
                                                   holder_m.entity.key if holder_m is not None else "")), None)
                if agent is not None and not inner[1].prep and not verb_form(toks[inner[0] - 1].norm) \
                        and agent.end + 1 < end and toks[agent.end].norm[:1] == "ل" and len(toks[agent.end].norm) > 3:
                    j = agent.end     # "دافع بومبيو عن إلغاء واشنطن للاتفاق": its own state's act, then what that acts on
                if inner[1].prep and j < end and toks[j].norm == inner[1].prep:
                    j += 1
                elif inner[1].prep in ("من", "الي") and not verb_form(toks[inner[0] - 1].norm):
                    j = self._past_addressee(toks, j, end, inner[1].prep, mentions)   # "يريد منع دول العالم من استيراد …"
            s, e = target_span(toks, j if frame_start is None else frame_start, end, lx)
            played_by = next((m for m in mentions if m.start == s + 1 and m.entity.kind in ("Country", "Organisation", "Person")
                              and m.how != "nisba" and not self._behind_clitic(toks, m)
                              and m.entity.key not in (st.speaker.key, st.speaker.country, "own")), None) \
                if frame_start is None and e > s and lx.in_class(toks[s].norm.lstrip("وبل"), "effort") else None
            if played_by is not None:
                s, e = played_by.start, played_by.end   # "أشاد بدور السعودية", "انتقد دور إيران في سوريا",
                #                                         "ثمن مواقف الصين": a position on that actor
            elif frame_start is None and e > s and toks[s].norm.lstrip("بل") in _ROLE_WORDS:
                # "دعا الصين إلى دور فاعل في إعادة البناء": the position is on what the role is in
                k = next((k for k in range(s + 1, min(s + 4, end)) if toks[k].norm == "في"), None)
                if k is not None and k + 1 < end:
                    s, e = target_span(toks, k + 1, end, lx)
            elif frame_start is None and e > s and lx.in_class(toks[s].norm.lstrip("بل"), "progress") \
                    and (k := self._progress_in(toks, s, end)) is not None:
                s, e = target_span(toks, k, end, lx)    # "نرحب بالتقدم الحاصل في التحقيق": the position is on what progresses
                last_prep = "ب" if toks[k].norm[:1] == "ب" else ""
            elif frame_start is None and e > s and (p := purpose_of(toks, s, e, end, lx)) is not None \
                    and (cue_at(toks, p, lx) or (0, StanceCue("", "", "link", "")))[1].kind == "link" \
                    and not any(m.start == p for m in mentions) \
                    and target_span(toks, p, end, lx)[1] > p:
                s, e = target_span(toks, p, end, lx)      # "تكثيف الجهود لاستعادة السلام": the purpose
                last_prep = "ل" if toks[s].norm[:1] == "ل" else ""
            elif frame_start is None and e > s and lx.in_class(strip_clitic_of_first(toks[s].norm, lx), "empty_means"):
                i = cue_end
                continue      # "دعا إلى بذل المزيد", "بذل الجهود": effort with no purpose says nothing
            elif frame_start is None and s + 2 < end and toks[s].norm == "فتح" and toks[s + 1].norm in ("باب", "الباب"):
                # "فتح باب لعلاقة احترام وحوار": what the door is opened to
                k = s + 3 if toks[s + 2].norm == "امام" else s + 2
                if k < end:
                    s, e = target_span(toks, k, end, lx)
                    last_prep = "ل"
            if frame_start is not None and frame_end + 1 < e and toks[frame_end].norm == frame_cue.prep:
                frame_end += 1    # "الحفاظ على وحدة سوريا": what is kept follows the preposition
            nxt = toks[frame_end] if frame_start is not None and frame_end < len(toks) else None
            if frame_start is not None and (e <= frame_end or (adjective_like(nxt.norm) and not (
                    # "حماية المدنيين", "مكافحة الإرهابيين": after a bare frame word a definite -ي word is its object
                    nxt.norm.startswith("ال") and not _definite(toks[frame_start].norm))) or (
                    not nxt.norm.startswith(("ال", "لل", "بال")) and nxt.norm[:1] not in "لب"
                    # a pronoun object only where it points back to the phrase before ("وحدة اليمن
                    # واحترام سيادته"); alone, "حماية نفسها", "الحفاظ على أمنها" are self-interest
                    and not (coordinated_cue and len(nxt.text) > 4 and nxt.text.endswith(("ه", "ها", "هم", "هما")))
                    and not any(m.start == frame_end for m in mentions)
                    and not _construct_with_actor(toks, frame_end, mentions, lx)
                    and not (frame_end + 1 < len(toks) and toks[frame_end + 1].norm.startswith("ال")))
                    or (_definite(toks[frame_start].norm) and not frame_cue.form_norm.startswith("ال")
                        and nxt.norm[:1] != "ل" and nxt.norm != "ضد")):
                # a frame word with nothing, or only an adjective, after it: "مواجهة نووية", "مواجهة كبيرة"
                # (its object may be a construct: "مكافحة الإرهاب", "ردع أنشطة إيران"); a frame word
                # made definite names a thing: "وسائل الردع الأضعف"
                e = s
            if e > s and e + 1 < end and toks[e].text in ("،", ",") and any(
                    m.end == e and m.start > s and m.entity.kind == "Person" for m in mentions):
                s2, e2 = target_span(toks, e + 1, end, lx)    # "مقترح نظيره التركي أردوغان، إعلان هدنة": the appositive says what
                if e2 > s2 and not any(m.start == s2 for m in mentions):
                    e = e2
            cue_text = " ".join(t.text for t in toks[i:cue_end])
            i = cue_end
            if e <= s or lx.is_function(toks[s].norm, "demonstrative", "relative"):
                continue
            if cue.form_norm.endswith("اعتراف") and any(lx.in_class(w, "atrocity") for w in stems(toks[s].norm)):
                continue      # "اعتراف البرلمان الهولندي بإبادة الأرمن": recognising a crime is not supporting it
            coordinated = frame_start == s and toks[s].norm[:1] == "و" and not frame_cue.form_norm.startswith("و")
            targets = [canonical_target(toks, s, e, mentions, self.ctx, conjunct=coordinated,    # "وحماية المدنيين"
                                        prep="ب" if after_naming(toks, s, lx) else last_prep)]
            if frame_start is not None and frame_end < e and frame_cue.kind == "frame":
                o = self._skip_adverbs(toks, frame_end, e)     # "التصدي بكل قوة للإرهاب"
                if o + 1 < e and lx.in_class(toks[o].norm, "frame_filler"):
                    o += 1        # "كبح جماح الميليشيات"
                if o < e and any(lx.in_class(w, "challenge") for w in stems(toks[o].norm)):
                    continue      # "مواجهة التحديات", "مواجهة مختلف التهديدات": meeting challenges is no position
                obj = canonical_target(toks, o, e, mentions, self.ctx, prep=cue_at(toks, s, lx)[1].prep) if o < e else None
                if obj is not None and obj.kind in ("Country", "Person", "Organisation"):
                    targets, polarity = [obj], -polarity     # fighting/confronting an actor = opposing it
                elif obj is not None and targets[0] is not None and targets[0].key not in lx.issue_against:
                    # "التصدي لاتساع دائرة التطرف والإرهاب": supporting the fight is opposing what is fought
                    # (named issues such as مكافحة الإرهاب keep their node and get this from the issues file)
                    targets = [obj] + [canonical_target(toks, s2, e2, mentions, self.ctx, conjunct=True)
                                       for s2, e2 in conjuncts(toks, e, end, cue, lx, opposing=polarity > 0)]
                    polarity = -polarity
            elif frame_start is not None and frame_end < e:
                kept = canonical_target(toks, frame_end, e, mentions, self.ctx)
                if kept is not None and (kept.kind in ("Country", "Person") or kept.key in lx.issues):
                    targets = [kept]      # "الحفاظ على الاتفاق النووي", "حماية الأسد": keeping a known issue, state or
                    #                       leader is supporting it ("حماية السفارة الإيرانية" stays whole)
            accused = next((m for m in mentions if m.start == s and m.end < end and toks[m.end].norm[:1] == "ب"), None)
            accusation = cue.prep == "ب" and cue.polarity == "oppose" and accused is not None
            kept_whole = frame_start is not None and frame_cue.kind == "keep"
            if not chained and (frame_start is None or kept_whole) and cue_start >= target_end and not accusation:
                # "حرص على وحدة اليمن وسلامة أراضيه"; after a chain or a frame, or for a
                # cue inside an earlier target, the conjunct may attach at either level
                # (not after "اتهمت روسيا بمحاولة قتل سكريبال وابنته": that conjunct is in the charge;
                # after a protective frame, yes: "حماية المدنيين وتسهيل وصول المساعدات")
                spans = conjuncts(toks, e, end, cue, lx, opposing=polarity < 0)
                more = [canonical_target(toks, s2, e2, mentions, self.ctx, conjunct=True) for s2, e2 in spans]
                if targets[0] is not None and targets[0].kind == "Issue":
                    # "يطالب بإطلاق سراحه، والرئيس التركي أردوغان": a person after an issue is the next phrase
                    more = [x for x in more if x is None or x.kind != "Person"]
                targets.extend(more)
                e = max([e] + [e2 for _, e2 in spans])
            target_end = max(target_end, e)
            governing = outer
            if accusation:
                # "اتهمت … الحكومة القطرية بدعم الإرهاب": what the actor is accused of is not the speaker's position
                i = _clause_end(toks, accused.end + 1, end)
                out.extend(self._upheld(idx, st, sent, mentions, accused.end, end, cue_end - 1))
            if polarity < 0 and not voted:      # voting against a text is not opposing who tabled it
                culprit = perpetrator(toks, e, end, mentions, lx)
                if culprit is not None:
                    targets.append(culprit)     # "دان الهجمات التي نفذها مقاتلو حزب العمال": opposes who did it
            opposite = contrast(toks, e, end, mentions, self.ctx) if not chained else None
            holders = self._holders(st, sent, mentions, cue_end - 1, holder_m)
            if coordinated_cue and last_holders:
                holders = last_holders    # "حرص بلاده على وحدة اليمن واحترام سيادته": Qatar's, not Yemen's
            last_holders = holders
            if opposite is not None:      # "الأهم مكافحة داعش …، وليس اللجوء لاستخدام القوة"
                for h in holders:
                    out.append(Stance(h, "oppose" if base_polarity > 0 else "support", opposite, cue_text, sent.index,
                                      f"contrast:{cue.form}", round(st.confidence * 0.75, 2), idx))
            for target in filter(None, targets):
                for h in holders:
                    if h.key == target.key and h.kind == target.kind:
                        continue
                    out.append(Stance(h, "support" if polarity > 0 else "oppose", target, cue_text,
                                      sent.index, f"cue:{cue.form}", round(st.confidence * 0.85, 2), idx))
            owner = act_owner(toks, s, e, targets[0], lx) if polarity < 0 and not voted and not chained else None
            for h in holders if owner is not None else ():
                if h.key != owner.key:      # "أدانت مصر العدوان الإسرائيلي": Egypt opposes Israel too
                    out.append(Stance(h, "oppose", owner, cue_text, sent.index, f"act-owner:{cue.form}",
                                      round(st.confidence * 0.7, 2), idx))
        return out

    def _relative_actor(self, toks: list[Token], i: int, j: int, end: int, mentions: list[Mention]) -> Mention | None:
        """"الدعم الذي تقدمه طهران لدمشق": a definite cue noun, a relative, a verb that is no cue,
        then the actor whose position it is; what it is on follows."""
        lx = self.lx
        if verb_form(toks[i].norm) or not toks[i].norm.lstrip("وفبل").startswith("ال") or j + 2 >= end \
                or not lx.is_function(toks[j].norm, "relative") or toks[j].norm in ("ما", "من") \
                or any(m.start == j + 1 for m in mentions) or cue_at(toks, j + 1, lx) or not toks[j + 1].text.isalpha():
            return None
        m = next((m for m in mentions if m.start == j + 2 and m.entity.kind in ("Country", "Organisation", "Person", "Office")
                  and toks[m.start].norm[:1] not in "لب"), None)
        return m if m is not None and m.end < end and toks[m.end].norm[:1] in "لب" else None

    @staticmethod
    def _progress_in(toks: list[Token], s: int, end: int) -> int | None:
        """Where what progresses begins after a progress noun ("التقدم الحاصل في التحقيق",
        "التقدم المحرز بالمفاوضات"), past at most two adjectives or a short relative; None if nothing."""
        k = s + 1
        while k < end and k - s <= 3 and toks[k].norm.startswith("ال") and toks[k].text.isalpha():
            k += 1        # "الحاصل", "المحرز", "الكبير", "الذي" (then its verb)
            if toks[k - 1].norm in ("الذي", "التي") and k < end:
                k += 1
        if k + 1 < end and toks[k].norm == "في":
            return k + 1
        if k < end and toks[k].norm.startswith(("بال", "لل")) and len(toks[k].norm) > 4:
            return k
        return None

    def _upheld(self, idx, st: Statement, sent: Sentence, mentions: list[Mention], k: int, end: int,
                cue_i: int | None = None) -> list[Stance]:
        """"اتهمت باكستان الهند بانتهاك وقف إطلاق النار": accusing someone of violating something upholds it."""
        violated = self._violated(sent.tokens, k, end, mentions)
        if violated is None:
            return []
        cue_i = st.verb_index if cue_i is None else cue_i
        return [Stance(h, "support", violated, sent.tokens[cue_i].text, sent.index, "violation-charge",
                       round(st.confidence * 0.7, 2), idx)
                for h in self._holders(st, sent, mentions, cue_i, None) if h.key != violated.key]

    def _violated(self, toks: list[Token], k: int, end: int, mentions: list[Mention]) -> Entity | None:
        """What a charge at k says was violated: "بانتهاك (آخر) لوقف إطلاق النار", "بخرق الهدنة"."""
        lx = self.lx
        if k >= end or toks[k].norm[:1] != "ب" or not lx.in_class(toks[k].norm[1:], "violation"):
            return None
        k += 1
        while k < end and (adjective_like(toks[k].norm) or lx.is_function(toks[k].norm, "time") or toks[k].norm in _FRESH) \
                and not toks[k].norm.startswith(("ل", "ال")):
            k += 1        # "بانتهاك آخر لوقف إطلاق النار", "بانتهاك صارخ للهدنة"
        if k >= end or not toks[k].text.isalpha() or lx.is_function(toks[k].norm):
            return None
        s, e = target_span(toks, k, end, lx)
        if e <= s:
            return None
        return canonical_target(toks, s, e, mentions, self.ctx, prep="ل" if toks[s].norm[:1] == "ل" else "")

    def _complaint(self, idx, st: Statement, sent: Sentence, mentions: list[Mention], verb_index: int) -> list[Stance]:
        """"وشكت روسيا من أن بريطانيا لم تقدم أدلة": a complaint about what an actor does or fails
        to do opposes that actor, the subject of the clause complained of."""
        toks, lx = sent.tokens, self.lx
        w = toks[verb_index].norm if verb_index < len(toks) else ""
        verb = lx.verbs.get(w) or (lx.verbs.get(w[1:]) if w[:1] in "وف" else None)
        if verb is None or not lx.in_class(normalize_phrase(verb.lemma), "complaining") or verb.adverbial:
            return []
        actor = next((m for m in mentions if m.start == st.claim_start and m.entity.kind in ("Country", "Organisation", "Person")
                      and m.how != "nisba"), None)
        if actor is None:
            return []
        return [Stance(h, "oppose", actor.entity, toks[verb_index].text, sent.index, f"complaint:{verb.lemma}",
                       round(st.confidence * 0.8, 2), idx)
                for h in self._roll_up(st.speaker) if h.key not in (actor.entity.key, actor.entity.country)]

    def _past_addressee(self, toks: list[Token], j: int, end: int, prep: str, mentions: list[Mention]) -> int:
        """"دعا الدول الأوروبية إلى ممارسة …", "منع دول العالم من استيراد …": past the addressee
        to the cue's preposition (not across a comma that opens a new clause: "منع أي هجوم على إدلب،
        إذ يوجد بها كثير من …")."""
        k = next((k for k in range(j, min(j + 10, end)) if (toks[k].norm == prep and not (
                  prep == "من" and k + 1 < end and self.lx.in_class(toks[k + 1].norm, "compound_prep")))
                  or (prep == "الي" and k > j and toks[k].norm[:1] in "لب" and len(toks[k].norm) > 3
                      and not any(m.start == k for m in mentions)
                      and (toks[k].norm[:1] == "ل" or cue_at(toks, k, self.lx) is not None))), None)
        # ("دعا … ميليشيات الحوثي وفلول صالح باحترام الهدنة": what is asked may also come with ب)
        if k is None or any(t.text in STOP_PUNCT and t.text not in ("،", ",", '"', "«", "»", "“", "”")
                            or t.text in ("،", ",") and q + 1 < k and self.lx.is_function(toks[q + 1].norm, "clause_opener", "conjunction")
                            for q, t in enumerate(toks[j:k], start=j)):
            return j
        return k + 1 if toks[k].norm == prep else k

    def _accusing(self, toks: list[Token], verb_index: int) -> bool:
        """The reporting verb accuses someone of something (اتهم … بـ)."""
        acc = cue_at(toks, verb_index, self.lx)
        return acc is not None and acc[1].prep == "ب" and acc[1].polarity == "oppose"

    def _charge_of_accused(self, toks: list[Token], st: Statement, mentions: list[Mention], verb_index: int, i: int) -> bool:
        """The reporting verb accuses (اتهم … بـ) and the cue at i is the charge right after the accused."""
        if not self._accusing(toks, verb_index):
            return False
        while i > st.claim_start and self.lx.is_function(toks[i - 1].norm, "time", "adverb"):
            i -= 1        # "حفتر يتهم تركيا مجددا بدعم الإرهاب": "again" between the accused and the charge
        if any(m.start == st.claim_start and m.end == i and m.entity.kind in _HOLDER_KINDS for m in mentions):
            return True
        # "وتتهم تركيا المسلحين الأكراد في سوريا بالسعي لإنشاء كيان": an accused no mention covers, in a
        # short plain phrase before the first ب
        between = toks[st.claim_start:i]
        return 0 < len(between) <= 6 and all(
            t.text.isalpha() and t.norm[:1] != "ب" and not self.lx.is_function(t.norm, "complementizer", "relative", "negator")
            and t.norm not in self.lx.verbs for t in between)

    def denials(self, sent: Sentence, mentions: list[Mention], statements: list[tuple[int, Statement]]) -> list[Stance]:
        """Charges denied (kg.ingest.denials)."""
        return deny(sent, mentions, self.ctx, self._roll_up, statements)

    def alliances(self, sent: Sentence, mentions: list[Mention]) -> list[Stance]:
        """Backers and allies the narrator names (kg.ingest.alliances)."""
        return alliances(sent, mentions, self.lx, self._roll_up)

    def judgements(self, idx: int | None, st: Statement, sent: Sentence, mentions: list[Mention]) -> list[Stance]:
        """Evaluative predicates on the claim's subject (kg.ingest.judgements)."""
        return judge(idx, st, sent, mentions, self.ctx, self._roll_up)

    def _accusation(self, idx, st: Statement, sent: Sentence, mentions: list[Mention], i: int, cue_end: int,
                    cue: StanceCue) -> list[Stance]:
        """"قال إن إدارة ترمب تجاهلت مطالبنا": the speaker opposes the actor
        whose wrongful act it reports (only inside a claim, actor right before the verb).
        "إن موسكو تقف وراء الهجوم": being behind counts only when an attack or a crime follows
        ("يقف وراء موقف بلاده" is standing by it)."""
        if i <= st.claim_start:
            return []
        toks = sent.tokens
        if cue.form_norm.endswith("وراء") and not (
                cue_end < len(toks) and any(self.lx.in_class(w, "wrong_event") for w in stems(toks[cue_end].norm))):
            return []
        actor = next((m for m in mentions if m.end == i and m.entity.kind in ("Country", "Person", "Organisation", "Office")
                      and not _genitive(toks, m, self.lx) and not self._after_preposition(toks, m)), None)
        #   ("الحملة الشرسة على الرياض تتجاهل …": the campaign ignores, not Riyadh)
        if actor is None and (self.lx.is_function(toks[i - 1].norm, "relative") or toks[i].norm != cue.form_norm):
            # "الجرائم التي يرتكبها النظام السوري": in a relative clause the actor follows the verb
            actor = next((m for m in mentions if m.start == i + 1 and m.entity.kind in ("Country", "Person", "Organisation", "Office")), None)
        if actor is None:
            return []
        clause = False        # an أن between the word looked at and the actor
        for k in range(actor.start - 1, max(0, actor.start - 9) - 1, -1):
            if toks[k].text in STOP_PUNCT:
                break
            clause = clause or self.lx.is_function(toks[k].norm, "complementizer")
            words = (toks[k].norm, toks[k].norm[1:], toks[k].norm[:-1], toks[k].norm[1:-1])
            if any(self.lx.in_class(w, "denial") or w == "نفي" for w in words) or (
                    clause and toks[k].norm not in ("غير", "ما") and any(self.lx.is_function(w, "negator") for w in words[:2])):
                return []     # "وكرر نفيه أن تكون حكومة الأسد وراء هجوم", "لا توجد أدلة دامغة على أن دمشق تقف
                #               وراء الهجمات": the charge is denied
        target = actor.entity
        out = []
        for h in self._roll_up(st.speaker):
            if h.key != target.key and h.key != target.country:
                out.append(Stance(h, "oppose", target, sent.tokens[i].text, sent.index, f"accusation:{cue.form}",
                                  round(st.confidence * 0.75, 2), idx))
        return out

    def _inside_other_cue(self, toks: list[Token], i: int, start: int) -> bool:
        for k in range(i - 1, max(start, i - 10) - 1, -1):
            if toks[k].text in STOP_PUNCT or self.lx.is_function(toks[k].norm, "complementizer"):
                return False
            if cue_at(toks, k, self.lx):
                return True
        return False

    def _confrontation(self, idx, st: Statement, sent: Sentence, mentions: list[Mention], i: int, cue_end: int,
                       cue: StanceCue) -> list[Stance]:
        """"وهدد ترامب إيران بعقوبات", "روسيا تهدد الولايات المتحدة": threatening or attacking an
        actor is opposing it; so is holding it responsible ("حملت بريطانيا روسيا المسؤولية").
        The first actor after the verb is its subject unless the subject stands before the
        verb; the actor after the subject is the object. "تهدد السلام العالمي" or "هاجموا
        مواقع" name no actor, and an attack that only dates something ("عندما هاجمت الولايات
        المتحدة كابل") or one the speaker reports of another is no stated position."""
        toks = sent.tokens
        if not cue.verb or self._negated(toks, i) or (i and toks[i - 1].norm in _WHEN):
            return []
        if i and (cue_at(toks, i - 1, self.lx) or self.lx.is_function(toks[i - 1].norm, "preposition")):
            return []     # "ضرورة تحمل المجتمع الدولي مسؤولياته": a verbal noun after a cue, not a verb
        actors = ("Country", "Person", "Organisation", "Office")

        def actor_at(k: int, end_at: bool = False) -> Mention | None:
            return next((m for m in mentions if (m.end if end_at else m.start) == k and m.entity.kind in actors
                         and m.how != "nisba" and not self._behind_clitic(toks, m)),
                        None)
        subject = actor_at(i, end_at=True) or (actor_at(i - 1, end_at=True) if i and self.lx.is_function(toks[i - 1].norm, "relative") else None)
        if subject is not None and self._after_preposition(toks, subject):
            subject = None    # "العقوبات على إيران وتهدد واشنطن …": not the subject
        first = actor_at(cue_end)
        subjects = [subject] if subject is not None else []
        if subject is None and first is not None:
            group, nxt = [first], actor_at(first.end)
            while nxt is not None and _coordinated(toks[nxt.start], self.lx):
                group.append(nxt)       # "هددت فرنسا والولايات المتحدة دمشق": both threaten
                nxt = actor_at(nxt.end)
            held = cue.kind == "blame" and nxt is None and len(group) == 1 and st.speaker.key != first.entity.key \
                and st.rule in ("coordinated-continuation", "dropped-subject", "adverbial-continuation") \
                and responsibility_in(toks, first.end, first.end + 3, self.lx)
            # ("وحملت إسرائيل المسؤولية": with the subject dropped, the one actor after the verb is the one blamed)
            if (nxt is not None or cue.kind != "blame" or i <= st.claim_start) and not held:
                subjects, first = group, nxt        # verb, subject, object
            # (inside a claim, "إن روسيا … تحمل بوتين شخصيا مسؤولية": one actor after the verb is the one blamed)
        if first is None and cue.kind == "blame" and len(subjects) == 1 and i > st.claim_start \
                and responsibility_in(toks, cue_end, cue_end + 3, self.lx):
            first, subjects = subjects[0], []     # "إن روسيا تتحمل بالنهاية مسؤولية الهجوم": the speaker blames it
        if first is None:
            return []
        at = first.end if subjects else cue_end
        if cue.kind == "blame" and not responsibility_in(toks, at, at + 3, self.lx):
            return []     # "حملت بريطانيا روسيا المسؤولية": only with the responsibility after the one blamed
        speaker = {h.key for h in self._roll_up(st.speaker)}
        holders = [h for m in subjects for h in self._roll_up(m.entity)] if subjects else self._roll_up(st.speaker)
        if i > st.claim_start and not {h.key for h in holders} & speaker:
            return []     # "قال إن إيران تهدد إسرائيل": an act the speaker reports of another
        out = []
        for h in holders:
            if h.key != first.entity.key and h.key != first.entity.country:
                out.append(Stance(h, "oppose", first.entity, toks[i].text, sent.index, f"{cue.kind}:{cue.form}",
                                  round(st.confidence * 0.75, 2), idx))
        return out

    def _severance(self, idx, st: Statement, sent: Sentence, mentions: list[Mention], i: int, cue_end: int,
                   cue: StanceCue, end: int) -> list[Stance]:
        """"قطعت السعودية والإمارات العلاقات مع قطر", "استدعت سفيرها لدى
        طهران": breaking ties with an actor is opposing it. The actor follows
        the cue's preposition (مع / لدى / من) within a few words."""
        toks = sent.tokens
        start = cue_end
        while (m := next((m for m in mentions if m.start == start and m.entity.kind in _HOLDER_KINDS), None)) is not None:
            start = m.end
            if m.end + 1 < end and toks[m.end].text in ("،", ",") and any(x.start == m.end + 1 and x.entity.kind in _HOLDER_KINDS
                                                                            for x in mentions):
                start += 1    # ("قطعت السعودية، والإمارات، والبحرين، ومصر علاقاتها مع الدوحة": past the states listed with commas)
        if start > cue_end and start + 1 < end and toks[start].text in ("،", ",") \
                and (toks[start + 1].norm in (cue.prep or "مع").replace("|", " ").split() or toks[start + 1].norm.startswith("ال")):
            start += 1        # ("انسحاب الرئيس الأمريكي، دونالد ترامب، من الاتفاق", "قطعت الإمارات والبحرين، العلاقات
            #                   مع قطر": the comma that closes the actors; not "…، خوفا من …")
        k = next((k for k in range(start, min(start + 8, end)) if toks[k].norm in (cue.prep or "مع").replace("|", " ").split()
                  or toks[k].text in STOP_PUNCT), None)
        if k is None or toks[k].text in STOP_PUNCT:
            return []
        target = next((m.entity for m in mentions if m.start == k + 1 and m.entity.kind in ("Country", "Organisation", "Person")), None)
        if target is None and k + 1 < end and toks[k].norm == "من" and not self.lx.in_class(toks[k + 1].norm, "place_noun"):
            s2, e2 = target_span(toks, k + 1, end, self.lx)      # "انسحبت أمريكا من الاتفاق النووي"
            target = canonical_target(toks, s2, e2, mentions, self.ctx) if e2 > s2 else None
        if target is None:
            return []
        holder_m = next((m for m in mentions if m.start == cue_end and m.entity.kind in _HOLDER_KINDS), None)
        if holder_m is None and not verb_form(toks[i].norm) and not (
                i == st.claim_start and i > st.verb_index and not self.lx.is_function(toks[i - 1].norm, "complementizer")):
            return []     # "تهديدات ترامب بالانسحاب": a verbal noun without its actor does not say whose act it is
            #               (but "أعلن المغرب قطع علاقاته مع إيران": the verb's object is the speaker's own act)
        polarity = "oppose"
        if self._negated(toks, i):
            if getattr(target, "kind", "") in ("Country", "Organisation", "Person"):
                return []     # "لن نسحب سفيرنا من طهران": no break, and no position on the state either
            polarity = "support"      # "لن تنسحب من الاتفاق": staying in the agreement
        out = []
        for h in self._holders(st, sent, mentions, i, holder_m):
            if h.key != target.key and h.key != target.country:
                out.append(Stance(h, polarity, target, toks[i].text, sent.index, f"sever:{cue.form}",
                                  round(st.confidence * 0.8, 2), idx))
        return out

    def _expulsion(self, idx, st: Statement, sent: Sentence, mentions: list[Mention], i: int, cue_end: int,
                   cue: StanceCue, end: int) -> list[Stance]:
        """"طردت بريطانيا 23 دبلوماسيا روسيا", "قررت طرد السفير الإيراني": expelling a
        state's diplomats is opposing that state, named by the diplomats' nationality or
        in construct with them ("سفير إسرائيل"), a few words after the verb."""
        toks = sent.tokens
        holder_m = next((m for m in mentions if m.start == cue_end and m.entity.kind in _HOLDER_KINDS and m.how != "nisba"
                         and not m.entity.anonymous), None)      # ("طرد الدبلوماسيين الروس": those expelled)
        start = holder_m.end if holder_m is not None else cue_end
        target = None
        for x in range(start, min(start + 4, end)):
            if toks[x].text in STOP_PUNCT:
                break
            if any(self.lx.in_class(w, "diplomat") for w in stems(toks[x].norm)):
                group = next((m.entity for m in mentions if m.start == x and m.entity.country
                              and (m.entity.anonymous or m.entity.kind in ("Office", "Person"))), None)
                target = self.lx.countries.get(group.country) if group is not None else next(
                    (m.entity for m in mentions if m.start in (x + 1, x + 2) and m.entity.kind == "Country"
                     and all(t.text not in STOP_PUNCT and (t.norm == "من" or not self.lx.is_function(t.norm))
                             for t in toks[x + 1:m.start])), None)      # ("دبلوماسيين من الروس", not "سفراء بين بريطانيا")
                break     # ("الدبلوماسيين الروس", "السفير الصيني" are one mention: diplomats with their state)
        if target is None or self._negated(toks, i):
            return []     # ("لن نطرد السفير": no expulsion, and no position either)
        return [Stance(h, "oppose", target, toks[i].text, sent.index, f"expel:{cue.form}", round(st.confidence * 0.8, 2), idx)
                for h in self._holders(st, sent, mentions, i, holder_m) if h.key != target.key and h.key != target.country]

    def _hypothetical(self, toks: list[Token], i: int, cue_end: int, st: Statement, end: int,
                      mentions: list[Mention]) -> bool:
        """Is the cue noun at `i` in a condition ("في حال رفض الكونغرس الاتفاق"), or
        another actor's act as the subject of what it would cause ("إن رفض الكونغرس
        للاتفاق سيسبب له إحراجا")? Then it is no position. (Without an actor, "إلغاء
        الاتفاق سيجعل أميركا أكثر أمانا" is the speaker's case for it.)"""
        lx = self.lx
        if i >= 2 and toks[i - 2].norm == "في" and toks[i - 1].norm in ("حال", "حاله"):
            return True
        if not (i == st.claim_start or (i and lx.is_function(toks[i - 1].norm, "complementizer"))):
            return False
        actor = next((m for m in mentions if m.start == cue_end and m.entity.kind in _HOLDER_KINDS), None)
        if actor is None or actor.entity.key in (st.speaker.key, "own"):
            return False
        for k in range(actor.end, min(actor.end + 9, end)):
            w = toks[k].norm
            if toks[k].text in STOP_PUNCT or lx.is_function(w, "complementizer", "relative"):
                return False
            if w == "سوف" or _future(w, lx):
                # "إن دعم روسيا للأسد سيستمر": what will go on is a position held
                return w[1:] not in _GOES_ON and not (w == "سوف" and k + 1 < end and toks[k + 1].norm in _GOES_ON)
        return False

    def _own(self, st: Statement, ent: Entity) -> bool:
        """Does the actor stand for the speaker's own side (the same entity or the same country)?"""
        mine = {e.key for e in self._roll_up(st.speaker)} | {st.speaker.key}
        return ent.key in mine or bool({e.key for e in self._roll_up(ent)} & mine)

    def _implicated(self, toks: list[Token], i: int, mentions: list[Mention]) -> Mention | None:
        """The actor a few words before a cue that the speaker says is implicated in it
        ("يثبت تورط النظام الإيراني بدعم الميليشيات"): the position is that actor's,
        as the speaker reports it, not the speaker's own."""
        lx = self.lx
        k = next((x for x in range(i - 1, max(-1, i - 5), -1) if any(lx.in_class(w, "implicated") for w in stems(toks[x].norm))), None)
        if k is None:
            return None
        return next((m for m in mentions if m.start == k + 1 and m.end <= i and m.entity.kind in _HOLDER_KINDS), None)

    def _charged(self, toks: list[Token], mentions: list[Mention], i: int, cue_end: int) -> bool:
        """"إن المعارضة متهمة بدعم الإرهاب", "إن اتهام موسكو بدعم الأسد باطل": the cue after ب is
        what someone is accused of, and an accusation noun before its accused and ب is no
        position of the accused either (the verb اتهم is the reporting rule's)."""
        lx = self.lx
        if toks[i].norm[:1] == "ب" and i > 0:
            m = next((m for m in mentions if m.end == i), None)
            k = m.start - 1 if m is not None else i - 1
            return k >= 0 and lx.in_class(toks[k].norm.lstrip("و"), "accused")
        m = next((m for m in mentions if m.start == cue_end and toks[m.start].norm[:1] != "ل"), None)
        # (not "مجددا اتهامه للحكومة السورية بتخطيط …": his accusation of them, the speaker's position)
        return lx.in_class(toks[i].norm.lstrip("و"), "accused") and m is not None and m.end < len(toks) \
            and toks[m.end].norm[:1] == "ب" and len(toks[m.end].norm) > 3 and not any(x.start == m.end for x in mentions)

    def _implicated_pronoun(self, toks: list[Token], i: int) -> bool:
        """"قطع علاقاته مع إيران بسبب تورطها في دعم البوليساريو": implicated, with a pronoun
        for the actor, a few words before the cue; the act is that actor's, not the speaker's."""
        means = i >= 1 and toks[i - 1].norm in ("عبر", "خلال", "بواسطه")     # "…، عبر دعم ميليشيات": how that act is done
        for x in range(i - 1, max(-1, i - 25), -1):
            if toks[x].text in (".", "؛", ";", ":", "؟", "?", "!") or self.lx.is_function(toks[x].norm, "complementizer") \
                    or (toks[x].text in ("،", ",") and not means):
                return False      # (within its own clause: "… في دعم البوليساريو …، عبر دعم ميليشيات حزب الله")
            if any(toks[x].norm.endswith(suffix) and self.lx.in_class(toks[x].norm[:-len(suffix)], "implicated")
                   for suffix in ("ه", "ها", "هم", "هما")):
                return True
        return False

    def _genitive_subject(self, toks: list[Token], i: int, m: Mention, cue: StanceCue) -> bool:
        """Is the actor right after a cue noun, before its ل/ب phrase, whose position it
        is ("دعم النظام الإيراني للميليشيات", "دعوة الزعيم الكوري الشمالي للقاء")? Not
        the object of a verb or of a charge, nor an actor after a preposition ("اتهامه للحكومة السورية بـ")."""
        return (m.how == "institution" or m.entity.kind in ("Person", "Office")) and cue.kind != "accusation" \
            and not (verb_form(toks[i].norm) or toks[i].norm.endswith("ا")) \
            and (toks[m.start].norm.startswith("ال") or toks[m.start].norm[:1] not in "بلك")

    def _past_bare_subject(self, toks: list[Token], j: int, end: int, cue: StanceCue) -> int:
        """After a cue noun, a state or body named without its country ("دعم الحكومة
        لجهود المبعوث", "رفض القيادة الفلسطينية لكل المشاريع") is whose position it
        is; what it is on follows its preposition (ل, or the cue's own ب)."""
        if j >= end or not (self.lx.in_class(toks[j].norm, "own_state")
                            or self.lx.in_class(toks[j].norm.removeprefix("ال"), "body")):
            return j
        k = j + 1
        while k < end and k - j <= 2 and toks[k].norm.startswith("ال") and adjective_like(toks[k].norm):
            k += 1
        prep = cue.prep if cue.prep in ("ب", "ل") else "ل" if not cue.prep else ""
        if k < end and prep and toks[k].norm[:1] == prep and len(toks[k].norm) > 3 \
                and not self.lx.is_function(toks[k].norm):
            return k
        return j

    def _skip_adverbs(self, toks: list[Token], j: int, end: int) -> int:
        lx = self.lx
        while j < end:
            w = toks[j].norm
            if lx.is_function(w, "time", "adverb"):
                j += 2 if w == "بشكل" else 1
            elif (span := _time_phrase(toks, j, end, lx)) > j:
                j = span      # "رفضت تركيا مطلع شهر فبراير الجاري تصريحات …", "في وقت سابق": when, not what
            elif w in ("بكل", "بمنتهي") and j + 2 < end and toks[j + 1].text.isalpha() and not toks[j + 1].norm.startswith("ال"):
                j += 2        # "التصدي بكل قوة لـ…", "رفض بكل حزم"
            elif w in ("في", "علي", "عبر", "خلال") and j + 1 < end and any(f in _MEDIA for f in strip_suffix(toks[j + 1].norm)):
                j += 2        # "دان على تويتر الهجمات", "رحب في بيان بالقرار", "انتقد في كلمته الأحد": where it was said
                while j < end and (toks[j].norm in ("له", "لها", "صحفي", "صحافي") or toks[j].norm in _MEDIA):
                    j += 1
            elif toks[j].text in OPEN_QUOTES and j + 2 < end and lx.is_function(toks[j + 1].norm, "adverb") \
                    and toks[j + 2].text in CLOSE_QUOTES:
                j += 3        # "ونددت تركيا "بشدة" الخميس باعتراف …"
            elif toks[j].text in ("،", ",") and j + 1 < end and (
                    not lx.is_function(toks[j + 1].norm) or lx.is_function(toks[j + 1].norm, "time", "adverb")):
                j += 1
            else:
                break
        return j

    def _skip_cognate(self, toks: list[Token], j: int, end: int, cue: StanceCue) -> int:
        """The verb's own verbal noun in the accusative, and its adjective:
        "ترفض رفضا قاطعا القرار", "ندين بشدة" is an adverb already."""
        if j >= end or not toks[j].norm.endswith("ا") or toks[j].norm.startswith("ال"):
            return j
        bare = toks[j].norm[:-1]
        if not any(c.polarity == cue.polarity and c.kind == cue.kind for _, c in self.lx.cues.candidates(bare)):
            return j
        j += 1
        while j < end and toks[j].norm.endswith("ا") and not toks[j].norm.startswith("ال") and len(toks[j].norm) > 3 \
                and not self.lx.is_function(toks[j].norm):
            j += 1        # "قاطعا", "تاما", "شديدا"
        return j

    def _present(self, w: str) -> bool:
        """"يدعم", "تدعم" (she supports), not the past "تعهد", "تخلى" that also begin with ت."""
        if w[:1] == "ي":
            return verb_form(w)
        return w[:1] == "ت" and any(len(words) == 1 for words, _ in self.lx.cues.candidates("ي" + w[1:]))

    def _declined_comment(self, toks: list[Token], j: int, end: int) -> bool:
        """Is the verb's object, past its subject, a word of speaking ("رفض … التعليق")?"""
        for k in range(j, min(j + 9, end)):
            if toks[k].text in ("،", ",", ".", ":", "؛") or self.lx.is_function(toks[k].norm, "preposition", "complementizer"):
                return False
            if self.lx.in_class(toks[k].norm, "no_comment"):
                return True
        return False

    def _negated(self, toks: list[Token], i: int) -> bool:
        """A negator just before the cue, unless it is "ما زال"/"لا يزال" (still)."""
        window = range(max(0, i - 2), i)
        if any(toks[k].norm in _STILL for k in window):
            return False
        if i and toks[i - 1].norm in _ABILITY:
            return False      # "لن نستطيع منع …": a negated ability, not a negated position
        if i and toks[i - 1].norm in _NEEDED:
            return False      # "كل ما يلزم لإنقاذ": ما is the relative
        if any(self.lx.in_class(toks[k].norm, "hesitation") for k in range(max(0, i - 2), i)):
            return False      # "لا تخشى فرض عقوبات", "لن نتردد في": the negation affirms
        if not any((self.lx.is_function(toks[k].norm, "negator")
                    or (toks[k].norm[:1] in "وف" and self.lx.is_function(toks[k].norm[1:], "negator"))
                    or toks[k].text.removeprefix("و") == "ألا") and not _both(toks, k)
                   and not (toks[k].norm == "ما" and k < i - 1) for k in window):
            return False      # ("ألا نسمح له": أن + لا, written with its hamza, unlike إلا; "نعرف ما لديهم
            #                   وسنرحب": ما with a word between it and the cue is "what")
        # "لا يجب مناقشة توجهات إيران فحسب، بل …": "not only", then more
        only = next((k for k in range(i + 1, min(i + 12, len(toks))) if toks[k].norm in _ONLY), None)
        return only is None or not any(t.norm in _BUT_ALSO for t in toks[only + 1:only + 3])

    def _reported_other(self, st: Statement, holder: Entity) -> bool:
        """The claim's subject is another country than the speaker's."""
        mine = {c.key for c in self._roll_up(st.speaker)}
        theirs = {c.key for c in self._roll_up(holder)}
        return bool(mine) and bool(theirs) and not (mine & theirs) and holder.key != "own"

    def _holders(self, st: Statement, sent: Sentence, mentions: list[Mention], cue_i: int, holder_m: Mention | None) -> list[Entity]:
        """Who holds the position: the claim's subject, else the speaker,
        rolled up to countries."""
        toks = sent.tokens
        if holder_m is None and cue_i >= 2:      # "تركيا التي تدعم قوات المعارضة"
            first_cue = next((x for x in range(cue_i, -1, -1) if cue_at(toks, x, self.lx)), cue_i)
            if first_cue >= 2 and self.lx.is_function(toks[first_cue - 1].norm, "relative") \
                    and toks[first_cue - 1].norm not in ("ما", "من"):
                holder_m = next((m for m in mentions if m.end == first_cue - 1 and m.entity.kind in _HOLDER_KINDS), None)
                if holder_m is None:
                    return []     # "أولئك الذين يدعمون الأسد": not the speaker's position
        if holder_m is None and cue_i > st.claim_start:
            cands = [m for m in mentions if st.claim_start <= m.start < cue_i and m.entity.kind in _HOLDER_KINDS
                     and m.how != "nisba"]
            for m in reversed(cands):
                prev = toks[m.start - 1].norm if m.start else ""
                if self.lx.is_function(prev, "preposition") and prev not in _POSSESSIVE:
                    continue
                if toks[m.start].norm[:1] in "بلك" and toks[m.start].norm not in self.lx.names and m.entity.kind != "Group":
                    continue      # "للحكومة السورية": object of a preposition, not a subject (but "كلا الجانبين" is one)
                if _genitive(toks, m, self.lx):
                    continue      # "جهود معارضي الأسد": the second noun of a construct, not a subject
                if m.start > st.claim_start and _construct_head(toks[m.start - 1], self.lx) and any(
                        t.norm[:1] == "ي" and len(t.norm) > 3 and t.norm not in self.lx.names for t in toks[m.end:cue_i]):
                    continue      # "نزع نووي كوريا الشمالية يساعد على مواجهة إيران": the phrase it closes is the
                    #               verb's subject, not the actor in it
                if m.start and m.start - 1 >= st.claim_start and cue_at(toks, m.start - 1, self.lx):
                    continue      # "تؤيد الحكومة السورية في مكافحة …": the object of a cue verb
                if m.start == st.claim_start and self._told(st, toks):
                    continue      # "أبلغت الحكومة الأردنية الحكومة التركية برغبتها …": who was told
                if m.end <= cue_i and toks[m.end].norm[:1] in "بل" and toks[m.end].norm not in self.lx.names \
                        and cue_at(toks, m.end, self.lx):
                    continue      # "طالب … الحكومة الإسرائيلية بوقف الاستيطان": the addressee, not the holder
                if any(self.lx.is_function(t.norm, "complementizer", "clause_opener") for t in toks[m.end:cue_i]):
                    continue      # "إن الاتفاق كان لمصلحة إيران …، وإن إلغاء الاتفاق …", "…، في حين حث …": a new clause
                if any(t.norm in self.lx.verbs and t.norm[:1] == "م" and t.norm.endswith("ا") and q and toks[q - 1].norm not in self.lx.verbs
                       and not verb_form(toks[q - 1].norm) for q, t in enumerate(toks[m.end:cue_i], start=m.end)):
                    break         # "… مواقع النظام السوري …، مشددا على ضرورة …": the speaker's adverbial goes on for him
                if self.lx.in_class(prev, "announcing") and cue_i - m.end <= 4 and not any(
                        t.text in STOP_PUNCT or t.text in ("،", ",") or self.lx.is_function(t.norm) for t in toks[m.end:cue_i]):
                    holder_m = m  # "بعد إعلان كيم جونغ-أون زعيم كوريا الشمالية وقف الاختبارات": who announced it
                    break
                if m.start > st.claim_start + 4 and not (prev in _POSSESSIVE or m.start == st.claim_start
                                                         or (toks[m.start - 1].text in ("،", ",") and toks[m.start].norm[:1] == "ف"
                                                             and toks[m.start].text[:1] == "ف")):
                    # a subject sits at the start of its clause, not in the middle of a phrase
                    # ("…، فباريس تدعم السعودية": a clause opened by ف after a comma)
                    continue
                if m.end < cue_i and not self._holds_position(toks, m, cue_i, st):
                    break         # "الحكومة البريطانية عليها التزام بحماية …": the speaker's demand on another
                holder_m = m
                break
        if holder_m is not None and st.claim_start <= holder_m.start and verb_form(toks[cue_i].norm) \
                and self._reported_other(st, holder_m.entity):
            return []         # "قال ترمب إن النظام الإيراني يدعم المنظمات الإرهابية": an allegation, not Iran's stated position
        ents: list[Entity] = []
        while holder_m is not None and _coordinated(toks[holder_m.start], self.lx):
            first = next((m for m in mentions if m.end == holder_m.start and m.entity.kind in _HOLDER_KINDS), None)
            if first is None:
                break
            holder_m = first
        if holder_m is not None:
            ents.append(holder_m.entity)
            # "روسيا وأميركا", "السعودية والإمارات والبحرين ومصر": coordinated holders
            cur = holder_m
            while True:
                at = cur.end + (cur.end + 1 < len(toks) and toks[cur.end].text in ("،", ","))
                nxt = next((m for m in mentions if m.start == at and (_coordinated(toks[m.start], self.lx) or (
                            at > cur.end and m.entity.kind == cur.entity.kind == "Country"))
                            and m.entity.kind in _HOLDER_KINDS), None)     # (listed with commas: "السعودية، والإمارات")
                if nxt is None:
                    break
                ents.append(nxt.entity)
                cur = nxt
        else:
            referent = self._pronoun_subject(st, sent, mentions, cue_i)
            if referent is False:
                return []
            c0 = max([st.claim_start] + [x + 1 for x in range(st.claim_start, cue_i)
                                         if self.lx.is_function(toks[x].norm, "complementizer")
                                         or toks[x].norm in ("بان", "وان", "بانه", "بانها")])
            if referent is None and c0 < cue_i <= c0 + 4 and verb_form(toks[cue_i].norm) and toks[c0].norm.startswith("ال") \
                    and toks[c0].text.isalpha() and not self.lx.is_function(toks[c0].norm) and toks[c0].norm not in self.lx.verbs \
                    and not cue_at(toks, c0, self.lx) and not any(m.start <= x < m.end for m in mentions for x in range(c0, cue_i)) \
                    and all(t.norm.startswith("ال") and t.text.isalpha() for t in toks[c0:cue_i]) \
                    and not any(self.lx.in_class(w, c) for w in (toks[c0].norm, toks[c0].norm[2:])
                                for c in ("own_state", "document", "medium", "issued_text", "forum")) \
                    and not body_word(toks[c0].norm, self.lx) and not body_word(toks[c0].norm[2:], self.lx):
                # (not "إن المملكة تدعم", "أن الوزارة استدعت السفير", "إن القمة الثلاثية تتعهد", nor "أن المذكرة
                # طالبت البعثة بـ": the speaker's own state, body, forum or text)
                return []     # "إن الدول المقاطعة تسعى إلى فرض هيمنتها": a subject we cannot name acts, not the speaker
            if referent is None and c0 + 1 < cue_i and toks[c0].norm in ("هناك", "ثمه") and not any(
                    t.text in STOP_PUNCT for t in toks[c0:cue_i]) and not cue_at(toks, c0 + 1, self.lx) \
                    and any(verb_form(t.norm) and not cue_at(toks, x, self.lx)
                            for x, t in enumerate(toks[c0 + 2:cue_i], start=c0 + 2)):
                return []     # "هناك جهات تحاول حماية الإرهابيين": what those there do, not the speaker's position
            if referent is None and c0 + 2 < cue_i and self.lx.is_function(toks[c0].norm, "demonstrative") \
                    and any(verb_form(t.norm) and not cue_at(toks, c0 + 2 + n, self.lx) for n, t in enumerate(toks[c0 + 2:cue_i])):
                return []     # "إن هذه الدول تفسر التضامن مع بريطانيا": the position of "these countries", not the speaker's
            ents.append(referent or st.speaker)
        out: list[Entity] = []
        ents = [st.speaker if e.kind == "Group" and e.key == "own" else e for e in ents]    # "بلاده": the speaker's
        for e in ents:
            for c in self._roll_up(e):
                if all(c.key != o.key for o in out):
                    out.append(c)
        return out

    def _told(self, st: Statement, toks: list[Token]) -> bool:
        """Does the statement's verb take the addressee as its object (أبلغ، دعا، طالب)?"""
        w = toks[st.verb_index].norm if st.verb_index < len(toks) else ""
        verb = self.lx.verbs.get(w) or (self.lx.verbs.get(w[1:]) if w[:1] in "وف" else None)
        return bool(verb and verb.takes_object)

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
        named last before it. "وهم يسعون": "they", said by one man, are others,
        the group named last. None: the speaker holds it; False: nobody we know."""
        toks = sent.tokens
        pronoun = lambda words, reach: next((x for x in range(cue_i - 1, max(st.claim_start - 1, cue_i - reach), -1)
                                             if toks[x].norm in words), None)
        they = pronoun(_PLURAL_SUBJECT, 3)
        if they is not None and st.speaker.kind in ("Person", "Office"):
            group = [m for m in mentions if m.end <= they and m.entity.kind == "Organisation" and m.how != "nisba"]
            return group[-1].entity if group else False
        comp = pronoun(_FEMININE_SUBJECT, 4)
        if comp is None or st.speaker.kind not in ("Person", "Office") or st.speaker.gender == "f":
            return None
        before = [m for m in mentions if m.end <= comp and m.entity.kind in ("Country", "Organisation") and m.how != "nisba"]
        if before and (before[-1].entity.key == st.speaker.country or before[-1].entity.country == st.speaker.country):
            return None       # "إن المملكة تدعو …، وأنها ترفض …": the speaker's own country goes on
        if not before and any(self.lx.in_class(t.norm, "own_state") for t in toks[st.claim_start:comp]):
            return None
        return before[-1].entity if before else False

    def _roll_up(self, ent: Entity) -> list[Entity]:
        if ent.kind == "Group" and ent.members:
            return [self.lx.countries.get(k) or self.lx.organisations[k] for k in ent.members
                    if k in self.lx.countries or k in self.lx.organisations]
        if ent.kind == "Group":
            return self.ctx.joint_countries(3 if ent.role == "joint3" else 2)
        if ent.kind == "Country":
            return [ent]
        if ent.role.startswith("former ") or any(self.lx.in_class(w, "stateless_role") for w in re.split(r"\W+", ent.role.lower())):
            return [ent]      # a former president, a cleric or a movement's leader speaks for himself, not for his state
        if ent.kind == "Organisation" and ent.role in NON_STATE:
            return [ent]      # Hezbollah or the Houthis do not speak for Lebanon or Yemen
        if ent.country and ent.country in self.lx.countries:
            return [self.lx.countries[ent.country]]
        return [ent]
