"""Alliances the narrator states: a state that backs an actor supports it.

"روسيا، الحليف الرئيسي للأسد", "إيران الداعمة للحوثيين": an ally or backer in
apposition to an actor, then the one it backs; "الحوثيين المدعومين من إيران",
"حزب الله المدعوم من إيران", "المدعومة إيرانيا": the one backed, then its backer. News
describes the sides of a conflict this way far more often than anyone says
"we support X", so these phrases are where many positions are stated at all.
The words are data (word_classes.tsv: ally, backed); only a named actor
(a mention) counts on either side, so "الفصائل المدعومة من تركيا" gives a
position only when the factions are an actor we know.
"""
from __future__ import annotations

from typing import Callable

from kg.ingest.lexicon import Lexicon
from kg.records import Entity, Mention, Sentence, Stance

_ACTORS = ("Country", "Person", "Organisation", "Office", "Group")
_CONFIDENCE = 0.6


def _actor(mentions: list[Mention], **where: int) -> Mention | None:
    """The actor mention that starts or ends at the given token (not a bare nationality)."""
    return next((m for m in mentions if all(getattr(m, k) == v for k, v in where.items())
                 and m.entity.kind in _ACTORS and m.how != "nisba"), None)


def alliances(sent: Sentence, mentions: list[Mention], lx: Lexicon, roll_up: Callable[[Entity], list[Entity]]) -> list[Stance]:
    """Support of each backer (rolled up to its state) for the actor it backs, in one sentence."""
    toks = sent.tokens
    out: list[Stance] = []
    for i, tok in enumerate(toks):
        if lx.in_class(tok.norm, "ally"):
            # the ally stands right before, maybe past a comma; the one it backs follows,
            # past adjectives ("الحليف الرئيسي للأسد", "الحليف الأبرز لنظام الأسد")
            comma = i and toks[i - 1].text in ("،", ",")
            ally = _actor(mentions, end=i - 1 if comma else i)
            if ally is not None and ((ally.start > 0 and lx.is_function(toks[ally.start - 1].norm, "preposition"))
                                     or (comma and any(lx.is_function(w, "relative") and w not in ("ما", "من")
                                                       for t in toks[max(0, ally.start - 12):ally.start]
                                                       for w in (t.norm.removeprefix("و"),)))):
                continue      # ("الوحدات الكردية، التي تسيطر على … سوريا، حليف لـ…": the ally is the noun before the
                #               relative clause, not the last name in it; "في مجلس الأمن حليفة لسوريا": a place)
            j = i + 1
            while j < len(toks) and j - i <= 2 and toks[j].norm.startswith("ال") and _actor(mentions, start=j) is None:
                j += 1
            backer, backed = ally, _actor(mentions, start=j)
        elif lx.in_class(tok.norm, "backed") and i + 1 < len(toks):
            nxt = toks[i + 1].norm
            k = i + 3 if nxt == "من" and i + 2 < len(toks) and toks[i + 2].norm == "قبل" else i + 2
            backer = _actor(mentions, start=k) if nxt == "من" and k < len(toks) else None
            state = lx.countries.get(lx.nisba.get(nxt[:-1], "")) if backer is None and nxt.endswith("يا") else None
            if state is not None:     # "المدعومة إيرانيا": the backer as an adverb of nationality
                backer = Mention(sent.index, i + 1, i + 2, state, "nisba-adverb")
            backed = _actor(mentions, end=i) or (_actor(mentions, end=i - 1) if i and toks[i - 1].text in ("،", ",") else None)
            # ("القوات السورية، المدعومة من قبل روسيا،": the one backed, then a comma)
        else:
            continue
        if backer is None or backed is None:
            continue
        target = backed.entity
        if target.key == "own":
            continue          # ("الداعمة لبلاده": whose country the text does not say here)
        for h in roll_up(backer.entity):
            if h.key != target.key and h.key != target.country:
                out.append(Stance(h, "support", target, tok.text, sent.index, f"alliance:{tok.text}", _CONFIDENCE, None))
    return out
