"""Denials: a state that denies a charge opposes it.

"إلا أن موسكو تنفي تلك التهم", "ونفت روسيا الاتهامات البريطانية", and
"وهو ما تنفيه روسيا" after "اتهمت بريطانيا روسيا بـ…": the one who denies
opposes the accusation. The accusation is one node per accused state
("الاتهامات الموجهة إلى روسيا"), so that the denials of that state in every
article meet there; the article's own wording stays a label of the node.
Denying a fact ("نفى أن يكون الرئيس قد التقى …") states no position, so only
a charge noun (data/lexicon/word_classes.tsv: charge_noun), the denier's own
involvement ("نفت أي علاقة لها بالحادثة", "نفت ضلوعها": involvement), or a
remark pointing back at an accusation (accusing) counts.
"""
from __future__ import annotations

from typing import Callable

from kg.ingest.arabic import strip_suffix
from kg.ingest.entities import ArticleContext
from kg.ingest.statements import THE_LATTER
from kg.ingest.targets import target_span
from kg.records import Entity, Mention, Sentence, Stance, Statement, Token

_DENIERS = ("Country", "Person", "Organisation", "Office", "Group")
_DETERMINERS = {"تلك", "هذه", "كل", "اي", "جميع"}


def _denial_verb(tok: Token, ctx: ArticleContext) -> bool:
    """A finite form of نفى, bare or with an object pronoun ("تنفيه")."""
    w = tok.norm[1:] if tok.norm[:1] in "وف" and len(tok.norm) > 3 else tok.norm
    for form in (w, w[:-1] if w.endswith("ه") else "", w[:-2] if w.endswith("ها") else ""):
        verb = ctx.lx.verbs.get(form) if form else None
        if verb is not None and verb.lemma == "نفى" and not verb.adverbial:
            return True
    return False


def _charge_at(toks: list[Token], k: int, ctx: ArticleContext) -> int | None:
    """Where a charge noun starts at k, past "تلك", "كل", "أي"; or the denier's
    involvement ("نفت أي علاقة لها", "نفت روسيا ضلوعها")."""
    start = k
    while k < len(toks) and toks[k].norm in _DETERMINERS:
        k += 1
    if k >= len(toks):
        return None
    if ctx.lx.in_class(toks[k].norm, "charge_noun"):
        return k
    own = [f for f in strip_suffix(toks[k].norm)[1:] if len(f) >= 3]      # "ضلوعها" → "ضلوع"
    if (k > start and toks[k - 1].norm == "اي" and ctx.lx.in_class(toks[k].norm, "involvement")) \
            or any(ctx.lx.in_class(f, "involvement") for f in own):
        return k
    return None


def deny(sent: Sentence, mentions: list[Mention], ctx: ArticleContext, roll_up: Callable[[Entity], list[Entity]],
         statements: list[tuple[int, Statement]]) -> list[Stance]:
    """Oppositions to accusations in one sentence; `statements` are the sentence's
    statements with their indexes, so a denial that is one stays linked to it."""
    toks, lx = sent.tokens, ctx.lx
    out: list[Stance] = []
    for i, tok in enumerate(toks):
        if not _denial_verb(tok, ctx):
            continue
        if i and lx.is_function(toks[i - 1].norm, "negator") and toks[i - 1].norm != "ما":
            continue      # "لم تنف روسيا الاتهامات"
        rel = i - 1 if i and toks[i - 1].norm in ("التي", "الذي", "الذين") else i      # "موسكو التي نفت"
        before = next((m for m in mentions if m.end == rel and m.entity.kind in _DENIERS), None)
        after = next((m for m in mentions if m.start == i + 1 and m.entity.kind in _DENIERS), None)
        span = None
        if i and toks[i - 1].norm == "ما" and tok.norm.endswith("ه"):
            # "وهو ما تنفيه روسيا": the denier follows; what is denied is the accusation before
            denier = after
            if denier is None or not any(lx.in_class(w, "accusing") for t in toks[:i] for w in (t.norm, t.norm[1:])):
                continue
            written = "الاتهامات"
        else:
            denier = before or after
            first = after.end if after is not None and before is None else i + 1
            said = next((st for n, st in statements if st.verb_index == i), None)
            if denier is None and said is not None:
                # "فيما نفت الأخيرة هذه الاتهامات", "ونفت هذه الاتهامات": who denies is who the statement names
                denier = Mention(sent.index, i, i + 1, said.speaker, "statement")
                first += first < len(toks) and toks[first].norm in THE_LATTER
            k = _charge_at(toks, first, ctx)
            if denier is None or k is None:
                continue
            span = (k, max(target_span(toks, k, len(toks), lx)[1], k + 1))
            # the article's words for it: "تلك التهم", "الاتهامات التركية", "أي علاقة لها"
            short = next((x for x in range(k + 1, min(span[1], k + 3)) if lx.is_function(toks[x].norm)
                          or not toks[x].text.isalpha()), min(span[1], k + 3))
            written = " ".join(t.text for t in toks[first:short])
        holders = roll_up(denier.entity)
        # "الاتهامات الموجهة إلى سوريا" names the accused; "الاتهامات البريطانية" names the accuser
        accused = next((m.entity for m in mentions if span and span[0] < m.start < span[1] and m.entity.kind == "Country"
                        and (lx.is_function(toks[m.start - 1].norm, "preposition") or toks[m.start].norm[:1] in "لب")),
                       holders[0] if holders else None)
        if accused is None:
            continue
        target = Entity("Issue", f"accusations_against_{accused.key}", f"الاتهامات الموجهة إلى {accused.label_ar}",
                        f"accusations against {accused.label_en or accused.key}", spellings=(written,))
        idx = next((n for n, st in statements if st.verb_index == i), None)
        conf = next((st.confidence for n, st in statements if n == idx), 0.8)
        for h in holders:
            out.append(Stance(h, "oppose", target, tok.text, sent.index, f"denial:{tok.text}", round(conf * 0.8, 2), idx))
    return out
