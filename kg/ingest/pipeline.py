"""One article in, everything it says out: the ingest stages in order.

text → sentences → mentions → statements → stances, as one pure function
of the document (no files, no store)."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from kg.ingest.entities import NON_STATE, ArticleContext, MentionFinder
from kg.ingest.arabic import normalize_phrase
from kg.ingest.lexicon import Lexicon, load
from kg.ingest.sentences import split_sentences
from kg.ingest.stances import StanceFinder
from kg.ingest.statements import Attributor
from kg.ingest.targets import fuller_issue
from kg.records import Document, Entity, Extraction, Stance, Statement


@lru_cache(maxsize=1)
def default_name_tagger():
    """The CRF name tagger shipped in data/models, or None when there is no
    model (rules alone then name the speakers)."""
    try:
        from kg.ingest.ner_crf import MODEL_PATH, PersonTagger
        return PersonTagger.load() if MODEL_PATH.exists() else None
    except (ImportError, OSError):
        return None


def extract(doc: Document, lx: Lexicon | None = None, names=...) -> Extraction:
    """`names`: a name tagger for speakers no rule recognises (default: the
    shipped model, if any; None: rules only)."""
    lx = lx or load()
    names = default_name_tagger() if names is ... else names
    sentences = split_sentences(doc.text, lx.verbs)
    ctx = ArticleContext(lx, doc.key, doc.date, maqsura=" على " in f" {doc.text} ")
    finder = MentionFinder(ctx, names)
    last_person: Entity | None = None
    attributor = Attributor(ctx, names)
    stance_finder = StanceFinder(ctx)
    ex = Extraction(doc, sentences)
    for sent in sentences:
        # sentence by sentence, so that a name the tagger found while attributing one
        # sentence ("فخر الدين ألتون") is a known surname in the next ("وانتقد ألتون")
        ms = finder.find(sent, last_person)
        people = [m.entity for m in ms if m.entity.kind == "Person" and m.entity.role]
        if people:
            last_person = people[0]
        covered: set[int] = set()
        current = None
        said: list[tuple[int, Statement]] = []
        for st in attributor.sentence(sent, ms):
            said.append((len(ex.statements), st))
            ex.statements.append(st)
            ex.stances.extend(stance_finder.from_statement(len(ex.statements) - 1, st, sent, ms, st.verb_index))
            ex.stances.extend(stance_finder.judgements(len(ex.statements) - 1, st, sent, ms))
            covered.update(range(st.verb_index, st.claim_end))
            current = st.speaker
        ex.stances.extend(stance_finder.narrative(sent, ms, covered, current))
        ex.stances.extend(stance_finder.denials(sent, ms, said))
        ex.stances.extend(stance_finder.alliances(sent, ms))
    if doc.title:
        # the headline often states the position the article is about
        title = split_sentences(doc.title)
        for t in title:
            t.index = len(sentences)
            sentences.append(t)
            ms = finder.find(t, last_person)
            ex.stances.extend(stance_finder.narrative(t, ms, set()))
            head = attributor.headline(t, ms)
            saved = list(attributor.history)
            said = [head] if head is not None else attributor.sentence(t, ms)    # "والمعلم يرى الذهاب إلى جنيف سابقا لأوانه"
            attributor.history = saved
            for st in said:
                ex.stances.extend(stance_finder.from_statement(None, st, t, ms, st.verb_index))
                ex.stances.extend(stance_finder.judgements(None, st, t, ms))
    ex.stances = [replace(s, target=fuller_issue(s.target, s.sentence, sentences, lx)) for s in ex.stances]
    ex.stances = [s for s in _dedupe(ex.stances) if not _against_itself(s, lx) and not _disowned(s, lx)]
    ex.implied = implied_stances(ex.stances, lx)
    for ent in ctx.entities.values():
        ex.entities[f"{ent.kind}:{ent.key}"] = ent
    for st in ex.statements:
        _keep(ex, st.speaker)
        for r in st.reported_speakers:
            _keep(ex, r)
    for s in ex.stances + ex.implied:
        _keep(ex, s.holder)
        _keep(ex, s.target)
    for ent in list(ex.entities.values()):
        if ent.country and ent.country in lx.countries:
            _keep(ex, lx.countries[ent.country])
    return ex


def implied_stances(stances: list[Stance], lx: Lexicon) -> list[Stance]:
    """Supporting "مكافحة الإرهاب" is opposing الإرهاب; calling for رحيل الأسد is
    opposing الأسد. The issues file says what each such issue is against."""
    out = []
    for n, s in enumerate(stances):
        against = lx.issue_against.get(s.target.key) if s.target.kind == "Issue" else None
        target = (lx.issues.get(against) or lx.organisations.get(against) or lx.people.get(against)) if against else None
        if target is not None:
            out.append(Stance(s.holder, "oppose" if s.polarity == "support" else "support", target, s.cue,
                              s.sentence, f"implied-by:{s.target.key}", s.confidence, n))
    return out


def _keep(ex: Extraction, ent: Entity) -> None:
    ex.entities.setdefault(f"{ent.kind}:{ent.key}", ent)


def _against_itself(s: Stance, lx: Lexicon) -> bool:
    """"انتقد سياسات السعودية" said by a Saudi dissident is not Saudi Arabia
    opposing itself: a country never opposes its own name or its own state bodies. No holder
    takes a position on itself ("دانت الجامعة …" read with the League as target)."""
    if s.target.key == s.holder.key:
        return True
    if s.polarity != "oppose" or s.holder.kind != "Country":
        return False
    if s.target.country == s.holder.key and not (s.target.kind == "Organisation" and s.target.role in NON_STATE):
        return True       # (but a state may oppose a movement, party or group of its own: "الخوذ البيضاء")
    words = []
    for w in normalize_phrase(s.target.label_ar).split():
        if lx.is_function(w, "preposition") and w != "من":     # ("المزيد من القوات الأميركية" is still its own)
            break         # "تصريحات بومبيو بشأن إيران": what the thing is about is not the thing
        words.append(w)
    words = set(words)
    nisba = lx.nisba_of.get(s.holder.key, [])
    names = {normalize_phrase(n) for n in (s.holder.label_ar, *s.holder.aliases, *nisba, *(n + "ة" for n in nisba))}
    return bool(words & {n for n in names if " " not in n})


def _disowned(s: Stance, lx: Lexicon) -> bool:
    """"… أعمال الشغب التي تقوم بها، وعلى رأسها دعم الإرهاب": support for terrorism in what a
    state says is an act it charges another party with, never its own position."""
    return s.polarity == "support" and s.holder.kind == "Country" and s.target.kind == "Issue" \
        and s.target.key in lx.disowned_issues


def _dedupe(stances):
    seen, out = set(), []
    for s in stances:
        k = (s.holder.kind, s.holder.key, s.polarity, s.target.kind, s.target.key, s.sentence)
        if k not in seen:
            seen.add(k)
            out.append(s)
    return out
