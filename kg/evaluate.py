"""`kg eval`: score extraction against gold annotations.

The gold format and the matching rules are those of the shared scorer
(`../shared/eval/README.md`): statements are grouped by (article, speaker,
evidence sentence) and match when the gold anchor occurs in the evidence or
claim and a speaker alias occurs in a speaker label; stances are grouped by
(article, holder, polarity, target); affiliations are pooled over articles;
matching is greedy and one-to-one; `optional` gold absorbs a prediction.
So a user can score the graph on their own annotations the same way.
"""
from __future__ import annotations

import json
import re
import sys
import tempfile
import unicodedata
from pathlib import Path

from kg.graph.store import Store
from kg.ingest.batch import ingest

_DIAC = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_NONWORD = re.compile(r"[^\w]+", re.UNICODE)


def loose(text: str) -> str:
    """The scorer's loose normal form."""
    t = _DIAC.sub("", unicodedata.normalize("NFKC", str(text)))
    t = re.sub("[\u0622\u0623\u0625\u0671]", "\u0627", t)
    t = t.replace("\u0649", "\u064a").replace("\u0629", "\u0647").replace("\u0624", "\u0648").replace("\u0626", "\u064a")
    return " ".join(_NONWORD.sub(" ", t).replace("_", " ").lower().split())


def _any_in(aliases, labels) -> bool:
    labels = [loose(x) for x in labels]
    return any(a and any(a in lab for lab in labels) for a in (loose(x) for x in aliases))


Q_STATEMENTS = """SELECT ?src ?sp ?label ?ev ?claim WHERE {
  ?stmt a kg:Statement ; kg:speaker ?sp ; prov:wasDerivedFrom ?art . ?art dcterms:source ?src .
  OPTIONAL { ?sp rdfs:label ?label } OPTIONAL { ?stmt kg:evidence ?ev } OPTIONAL { ?stmt kg:claim ?claim } }"""
Q_STANCES = """SELECT ?src ?h ?hl ?pol ?t ?tl WHERE {
  ?st a kg:Stance ; kg:holder ?h ; kg:polarity ?pol ; kg:target ?t ; prov:wasDerivedFrom ?art .
  ?h a kg:Country . ?art dcterms:source ?src .
  OPTIONAL { ?h rdfs:label ?hl } OPTIONAL { ?t rdfs:label ?tl } }"""
Q_AFFIL = """SELECT ?p ?pl ?c ?cl WHERE { ?p a kg:Person ; kg:affiliation ?c .
  OPTIONAL { ?p rdfs:label ?pl } OPTIONAL { ?c rdfs:label ?cl } }"""


def _gid(src: str, golds) -> str | None:
    for gid in golds:
        if re.search(r"(^|[/\\])" + re.escape(gid) + r"(\.[A-Za-z0-9]+)?$", str(src)):
            return gid
    return None


def _prf(tp, fp, fn) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": round(p, 3), "recall": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0}


def _match(preds, golds, fits):
    used, tp, fp = set(), 0, 0
    for pr in preds:
        hit = next((i for i, g in enumerate(golds) if i not in used and fits(pr, g)), None)
        if hit is None:
            fp += 1
            continue
        used.add(hit)
        tp += 0 if golds[hit].get("optional") else 1
    misses = [g for i, g in enumerate(golds) if i not in used and not g.get("optional")]
    return tp, fp, len(misses), misses


def score_store(store: Store, golds: dict) -> dict:
    stmts, stances, affil = {}, {}, {}
    for src, sp, label, ev, claim in store.query(Q_STATEMENTS):
        gid = _gid(src, golds)
        if gid:
            u = stmts.setdefault((gid, str(sp), str(ev or claim or "")), {"labels": set(), "text": ""})
            if label is not None:
                u["labels"].add(str(label))
            u["text"] = " ".join(str(x) for x in (ev, claim) if x)
    for src, h, hl, pol, t, tl in store.query(Q_STANCES):
        gid = _gid(src, golds)
        if gid:
            polarity = "supports" if str(pol).endswith("Support") else "opposes"
            u = stances.setdefault((gid, str(h), polarity, str(t)), {"holder": set(), "target": set(), "polarity": polarity})
            if hl is not None:
                u["holder"].add(str(hl))
            if tl is not None:
                u["target"].add(str(tl))
            u["target"].add(str(t).rsplit("/", 1)[-1].replace("_", " "))
    for p, pl, c, cl in store.query(Q_AFFIL):
        u = affil.setdefault((str(p), str(c)), {"person": set(), "country": set()})
        if pl is not None:
            u["person"].add(str(pl))
        if cl is not None:
            u["country"].add(str(cl))
    stmt_fit = lambda pr, g: loose(g["anchor"]) in loose(pr["text"]) and _any_in(g["speaker"], pr["labels"])  # noqa: E731
    stance_fit = lambda pr, g: _any_in(g["holder"], pr["holder"]) and any(  # noqa: E731
        a["polarity"] == pr["polarity"] and _any_in(a["target"], pr["target"]) for a in g["alternatives"])
    total = {"statements": [0, 0, 0], "stances": [0, 0, 0]}
    per = {}
    for gid, g in golds.items():
        a = _match([u for k, u in stmts.items() if k[0] == gid], g.get("statements", []), stmt_fit)
        b = _match([u for k, u in stances.items() if k[0] == gid], g.get("stances", []), stance_fit)
        total["statements"] = [x + y for x, y in zip(total["statements"], a[:3])]
        total["stances"] = [x + y for x, y in zip(total["stances"], b[:3])]
        per[gid] = {"statements": _prf(*a[:3]), "stances": _prf(*b[:3]),
                    "missed_statements": [m["anchor"] for m in a[3]],
                    "missed_stances": [f"{m['holder'][0]} {m['alternatives'][0]['polarity']} "
                                       f"{m['alternatives'][0]['target'][0]}" for m in b[3]]}
    people = []
    for g in golds.values():
        for e in g.get("people", []):
            keys = {loose(x) for x in e["labels"]}
            same = next((p for p in people if keys & {loose(x) for x in p["labels"]}), None)
            if same:
                same["labels"] += [x for x in e["labels"] if x not in same["labels"]]
                same["country"] += [x for x in e["country"] if x not in same["country"]]
                same["optional"] = same.get("optional", False) and e.get("optional", False)
            else:
                people.append({**e, "labels": list(e["labels"]), "country": list(e["country"])})
    pa = [u for u in affil.values() if any(_any_in(e["labels"], u["person"]) for e in people)]
    c = _match(pa, people, lambda pr, g: _any_in(g["labels"], pr["person"]) and _any_in(g["country"], pr["country"]))
    result = {"articles": len(golds), "statements": _prf(*total["statements"]), "stances": _prf(*total["stances"]),
              "affiliations": _prf(*c[:3]), "per_article": per}
    result["macro_f1"] = round(sum(result[k]["f1"] for k in ("statements", "stances", "affiliations")) / 3, 3)
    return result


def load_gold(gold_dir: Path) -> dict:
    golds = {}
    for p in sorted(gold_dir.glob("*.gold.json")):
        golds[p.name[: -len(".gold.json")]] = json.loads(p.read_text(encoding="utf-8"))
    return golds


class GoldError(ValueError):
    """A gold folder that cannot be scored: no gold files, or article texts not found."""


def evaluate_gold(gold_dir: Path, texts: list[Path]) -> dict:
    """Ingest the articles of a gold folder into a fresh store on disk and score it;
    texts are looked up in `texts`, then beside the gold files."""
    golds = load_gold(gold_dir)
    if not golds:
        raise GoldError(f"no *.gold.json in {gold_dir}")
    folders = list(texts) + [gold_dir]
    files, missing = [], []
    for gid, g in golds.items():
        name = g.get("source_file", f"{gid}.txt")
        f = next((d / name for d in folders if (d / name).exists()), None)
        (files.append(str(f)) if f else missing.append(name))
    if missing:
        raise GoldError(f"article text not found for {len(missing)} gold file(s), e.g. {missing[0]} "
                        f"(pass the folder with --texts)")
    with tempfile.TemporaryDirectory() as tmp, Store.open(str(Path(tmp) / "store")) as store:
        ingest(files, store)
        return score_store(store, golds)


def evaluate_dir(gold: str, texts: list[str], floor: float | None, as_json: bool) -> int:
    try:
        r = evaluate_gold(Path(gold), [Path(t) for t in texts])
    except GoldError as e:
        print(f"kg eval: {e}", file=sys.stderr)
        return 2
    if as_json:
        print(json.dumps(r, ensure_ascii=False, indent=1))
    else:
        for gid, v in r["per_article"].items():
            print(f"{gid}: statements F1 {v['statements']['f1']}  stances F1 {v['stances']['f1']}")
        for k in ("statements", "stances", "affiliations"):
            x = r[k]
            print(f"{k}: P {x['precision']} R {x['recall']} F1 {x['f1']} (tp {x['tp']} fp {x['fp']} fn {x['fn']})")
        print(f"macro F1 {r['macro_f1']}")
    if floor is not None and r["macro_f1"] < floor:
        print(f"kg eval: macro F1 {r['macro_f1']} is below the floor {floor}", file=sys.stderr)
        return 1
    return 0
