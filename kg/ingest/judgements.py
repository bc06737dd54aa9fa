"""Evaluative predicates: the speaker judges the subject of a clause.

"الذهاب إلى جنيف سابق لأوانه" opposes going to Geneva; "وصف المقترح بأنه
مبشر" supports the proposal; "الأسد يجب أن يرحل" / "على الأسد الرحيل"
opposes Assad. The subject is read backwards from the predicate
(data/lexicon/evaluations.tsv) to the clause boundary.
"""
from __future__ import annotations

from typing import Callable

from kg.ingest.arabic import normalize_phrase
from kg.ingest.entities import ArticleContext
from kg.ingest.lexicon import Lexicon, ReportingVerb, known_word
from kg.ingest.targets import CLOSE_QUOTES, OPEN_QUOTES, STOP_PUNCT, canonical_target
from kg.records import Entity, Mention, Sentence, Stance, Statement, Token


_NO_VERB = ReportingVerb("", "", "", False, "", False, "")
COPULAS = {normalize_phrase(w) for w in (
    "هو", "هي", "يعد", "تعد", "يعتبر", "تعتبر", "يمثل", "تمثل", "يشكل", "تشكل", "امر", "أمرا", "أمر", "بات", "باتت",
    "أصبح", "أصبحت", "يبقى", "تبقى", "كان", "كانت", "سيكون", "ستكون", "يكون", "تكون", "يظل", "تظل", "مجرد",
    "بمثابة", "يبدو", "تبدو", "عمل", "عملا", "خطوة", "قرار", "قرارا", "للغاية", "جدا", "تماما", "حقا", "فعلا")}
_CLASSIFY = {normalize_phrase(w) for w in ("تصنف", "يصنف", "صنفت", "صنف", "تعتبر", "يعتبر", "اعتبرت", "نعتبر", "تعد", "يعد",
                                           "تعدّ", "وصفت", "وصف", "تصف", "يصف", "ترى", "يرى", "نرى")}
MODALS = {normalize_phrase(w) for w in ("يجب", "ينبغي", "لا", "بد", "من", "أن", "عليه", "عليها", "وعليه", "أن")}
BACK_POINTERS = {normalize_phrase(w) for w in ("بأنه", "بأنها", "بأنهم", "بكونه", "بكونها")}
VAGUE_SUBJECTS = {normalize_phrase(w) for w in ("الأمر", "الأمور", "الموضوع", "الوضع", "الشيء", "ذلك", "هذا", "هذه")}


def mention_ends(mentions: list[Mention], k: int) -> bool:
    return any(m.end == k for m in mentions)


def definite_then_bare(toks: list[Token], s: int, e: int, mentions: list[Mention], lx: Lexicon) -> bool:
    """A definite word followed by a bare (indefinite, unnamed) one: in a
    noun phrase a definite word is never followed by an indefinite noun, so
    the bare word is a verb or starts another clause."""
    inside = {x for m in mentions for x in range(m.start, m.end)}
    ends = {m.end for m in mentions}
    for x in range(s + 1, e):
        prev, w = toks[x - 1].norm, toks[x].norm
        if (prev.startswith("ال") or x in ends) and x not in inside and not w.startswith(("ال", "لل", "بال", "وال")) \
                and not lx.is_function(w) and toks[x].text not in STOP_PUNCT and not w.isdigit():
            return True
    return False


def verb_like(w: str, lx: Lexicon) -> bool:
    """A present-tense or future verb form ("يراد", "ستتخذ"), or a reporting verb."""
    bare = w[1:] if w[:1] in "وف" and len(w) > 3 else w
    if bare in lx.verbs or w in lx.names:
        return False if w in lx.names else True
    if bare.endswith("ه"):
        return False      # "سياسة", "سيادة": nouns
    return (bare[:1] == "ي" and len(bare) > 3) or (bare[:2] in ("ست", "سي", "سن") and len(bare) > 4)


def evaluation_at(toks: list[Token], i: int, lx: Lexicon):
    """An evaluative predicate starting at token i: (end, Evaluation). The second of two
    predicates joined by و counts too ("الاتفاق متوازن ومهم")."""
    w = toks[i].norm
    joined = i > 1 and w[:1] == "و" and len(w) > 3 and _bare_predicate(toks[i - 1], lx) \
        and toks[i - 2].norm.startswith("ال") and toks[i - 2].text.isalpha() and not lx.is_function(toks[i - 2].norm)
    # (the first predicate right after a definite subject: not "عمل عدائي وغير مبرر", an indefinite noun and its adjectives)
    for word in (w, w[1:]) if joined else (w,):
        for words, ev in lx.evaluations.candidates(word):
            n = len(words)
            if all(i + k < len(toks) and toks[i + k].norm == words[k] for k in range(1, n)):
                return i + n, ev
    return None


def _bare_predicate(tok: Token, lx: Lexicon) -> bool:
    """An indefinite adjective that may stand as a predicate before "و" and another one
    ("متوازن ومهم"): no article, no preposition joined, not a grammar word, verb or name."""
    w = tok.norm
    return tok.text.isalpha() and len(w) > 2 and not w.startswith(("ال", "وال", "بال", "لل")) and w[:1] not in "وفبلك" \
        and not lx.is_function(w) and w not in lx.verbs and w not in lx.names and not verb_like(w, lx)


def described_as(toks: list[Token], i: int, lx: Lexicon):
    """"وصف قرار واشنطن بالخطأ الفادح": after a verb of describing, the predicate joined to ب,
    its words with or without the article: (end, Evaluation)."""
    if not toks[i].norm.startswith("ب") or len(toks[i].norm) < 4:
        return None
    bare = [toks[i].norm[1:]] + [t.norm for t in toks[i + 1:i + 4]]
    bare = [Token(w, w[2:] if w.startswith("ال") and len(w) > 4 else w, 0, 0) for w in bare]
    hit = evaluation_at(bare, 0, lx)
    return (i + hit[0], hit[1]) if hit else None


def subject_span(toks: list[Token], k: int, lo: int, lx: Lexicon) -> tuple[int, int]:
    """The subject phrase ending before token k: from the nearest
    complementizer, punctuation or verb; a relative clause is dropped, its
    head kept ("الحريق الذي نشب في …" → "الحريق")."""
    rel = next((r for r in range(k - 1, max(lo, k - 9) - 1, -1) if lx.is_function(toks[r].norm, "relative")
                and toks[r].norm not in ("ما", "من")), None)
    if rel is not None and not any(toks[x].text in STOP_PUNCT for x in range(rel, k)):
        k = rel           # "الحريق الذي نشب في …": the head before the relative clause
    j = k
    while j > lo:
        t = toks[j - 1]
        w = t.norm
        bare = w[1:] if w[:1] in "وف" and len(w) > 2 else w
        if t.text in STOP_PUNCT or lx.is_function(w, "complementizer", "negator", "demonstrative") or bare in _CLASSIFY \
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
            and not toks[j].norm.startswith("تل") and not toks[j].norm.endswith(("ات", "ه")):
        return k, k    # a verb, not a noun phrase ("تصريحات", "تسوية" are nouns)
    return j, k


def _blamed_for_wrong(toks: list[Token], e: int, lx: Lexicon) -> bool:
    """After "مسؤولة": nothing more, "على الأرجح", or a wrong done ("عن الهجوم")."""
    if e >= len(toks) or not toks[e].text.isalpha() or lx.is_function(toks[e].norm, "adverb"):
        return True
    if e + 1 < len(toks) and toks[e].norm == "علي" and toks[e + 1].norm in ("الارجح", "ما", "الاغلب"):
        return True
    return e + 1 < len(toks) and toks[e].norm == "عن" and lx.in_class(toks[e + 1].norm, "wrong_event")


def judge(idx: int | None, st: Statement, sent: Sentence, mentions: list[Mention], ctx: ArticleContext,
          roll_up: Callable[[Entity], list[Entity]], lo: int | None = None) -> list[Stance]:
    """Evaluative predicates on a clause's subject: "الذهاب إلى جنيف سابق
    لأوانه" (opposes going to Geneva), "وصف المقترح بأنه مبشر" (supports
    it), "الأسد يجب أن يرحل" / "على الأسد الرحيل" (opposes Assad). The
    subject is read backwards from the predicate to the clause boundary;
    `lo` is the first token it may start at (default: after the speaker);
    `roll_up` says which countries a speaker stands for."""
    toks, lx = sent.tokens, ctx.lx
    lo = st.verb_index + 1 if lo is None else lo
    speaker_m = next((m for m in mentions if m.start <= st.verb_index + 1 < m.end or m.start == st.verb_index + 1), None)
    if speaker_m is not None and speaker_m.end <= st.claim_start:
        lo = max(lo, speaker_m.end)
    out: list[Stance] = []
    p = max(st.claim_start, lo)
    verb = toks[st.verb_index].norm if st.verb_index < len(toks) else ""
    describing = (lx.verbs.get(verb) or lx.verbs.get(verb[1:]) or _NO_VERB).lemma == "وصف"
    while p < st.claim_end:
        hit = evaluation_at(toks, p, lx) or (described_as(toks, p, lx) if describing and p > lo else None)
        if not hit:
            p += 1
            continue
        p_end, ev = hit
        k, polarity = p, 1 if ev.polarity == "support" else -1
        if toks[p].norm[:1] == "و" and not lx.evaluations.candidates(toks[p].norm):
            k -= 1        # "الاتفاق متوازن ومهم": the first predicate stands between the subject and "ومهم"
        while k > lo and (toks[k - 1].norm in COPULAS or (ev.kind == "departure" and toks[k - 1].norm in MODALS)
                          or toks[k - 1].text in OPEN_QUOTES | CLOSE_QUOTES):
            k -= 1
        if k > lo and lx.is_function(toks[k - 1].norm, "negator"):
            polarity, k = -polarity, k - 1      # "ليس مقبولا"
        linked = k < p or (k > lo and toks[k - 1].norm in BACK_POINTERS)
        if k > lo and toks[k - 1].norm in BACK_POINTERS:
            k -= 1        # "وصف المقترح بأنه مبشر": the pronoun points at the phrase before it
        np_s, k = subject_span(toks, k, lo, lx)
        if ev.kind == "judgement" and np_s < k and np_s - 2 >= lo and toks[np_s - 1].norm == "علي" and toks[np_s - 2].norm.startswith("ال") \
                and not lx.is_function(toks[np_s - 2].norm) and toks[np_s - 2].norm not in lx.verbs \
                and not any(m.start <= np_s - 2 < m.end for m in mentions):
            np_s -= 2     # "الهجوم على الرياض مرفوض": the attack is judged, not Riyadh
        at, p = p, p_end
        if p_end - at == 1 and p_end < len(toks) and toks[p_end].norm.startswith("ال") and len(toks[p_end].norm) > 3:
            continue      # "مشروع المقاومة", "تهديد الأمن": a noun in construct, not a predicate
        if p_end < len(toks) and toks[p_end].norm in ("من", "مما"):
            continue      # "الوضع أسوأ مما كان": a comparison, not a judgement
        clause_subject = k > np_s and (toks[np_s].norm.startswith("ال") or any(m.start == np_s for m in mentions)) and (
            np_s == st.claim_start or lx.is_function(toks[np_s - 1].norm, "complementizer")
            or toks[np_s - 1].text in STOP_PUNCT)
        if not (linked or clause_subject or (k > np_s and (toks[k - 1].norm.startswith("ال") or mention_ends(mentions, k)))):
            continue      # "أفكارا بناءة": an adjective after an indefinite noun describes it
        if np_s >= k or k - np_s > 8 or any(verb_like(t.norm, lx) for t in toks[np_s:k]):
            continue
        if definite_then_bare(toks, np_s, k, mentions, lx):
            continue      # "الطرفين أجريا مناقشات": a clause, not one noun phrase
        if k - np_s == 1 and toks[np_s].norm in VAGUE_SUBJECTS:
            continue      # "الأمر سابق لأوانه": what "الأمر" is lies outside the clause
        target = canonical_target(toks, np_s, k, mentions, ctx,
                                  conjunct=toks[np_s].norm[:1] == "و" and not known_word(toks[np_s].norm, lx))
        if target is None or (ev.kind in ("departure", "culpable") and target.kind not in ("Person", "Country", "Organisation")):
            continue
        if ev.kind == "culpable" and not _blamed_for_wrong(toks, p_end, lx):
            continue      # "الحكومة مسؤولة عن حماية المدنيين": a duty, not blame
        cue_text = " ".join(t.text for t in toks[at:p_end])
        for h in roll_up(st.speaker):
            if h.key == target.key and h.kind == target.kind:
                continue
            out.append(Stance(h, "support" if polarity > 0 else "oppose", target, cue_text, sent.index,
                              f"{ev.kind}:{ev.form}", round(st.confidence * 0.75, 2), idx))
    return out
