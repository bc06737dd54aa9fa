"""How fast `kg viz` is on a 5,000-node graph: HTML written, page interactive.

Builds a synthetic store whose shape follows real news (a few countries and
issues take most stances, people speak for countries, articles spread over
four years and eight publishers) through the same records → quads path as
ingest, so the SPARQL that `kg viz` runs is the real one. Then times, in this
process and as a `kg viz` command, store → graph → layout → HTML, and opens the
page in headless Chromium (scripts/ensure-chromium.sh) for the time until it
has drawn and wired its handlers, and for a filter and a search.

    python bench/viz_bench.py                 # 5,000 nodes, prints a Markdown table
    python bench/viz_bench.py --nodes 1000 --runs 1
"""
from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.graph.store import Store  # noqa: E402
from kg.graph.triples import article_quads  # noqa: E402
from kg.records import Document, Entity, Extraction, Sentence, Stance, Statement  # noqa: E402

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
PUBLISHERS = ["الشرق الأوسط", "الاتحاد", "الجزيرة", "العربية", "فرانس 24", "بي بي سي", "سبوتنيك", "سي إن إن"]


def _name(rng: random.Random, words: int) -> str:
    return " ".join("".join(rng.choice(LETTERS) for _ in range(rng.randint(3, 6))) for _ in range(words))


def entities(n: int, rng: random.Random) -> dict[str, list[Entity]]:
    """n entities: 4% countries, 46% people, 6% organisations, 44% issues."""
    counts = {"Country": n * 4 // 100, "Organisation": n * 6 // 100, "Person": n * 46 // 100}
    counts["Issue"] = n - sum(counts.values())
    out: dict[str, list[Entity]] = {}
    for kind, k in counts.items():
        out[kind] = [Entity(kind, f"{kind}_{i}", _name(rng, 1 if kind == "Country" else 2), f"{kind} {i}")
                     for i in range(k)]
    for p in out["Person"] + out["Organisation"]:
        p.country = rng.choice(out["Country"][: max(1, len(out["Country"]) // 2)]).key
    return out


def articles(ents: dict[str, list[Entity]], rng: random.Random):
    """Extractions until every entity has appeared at least once."""
    people, countries = ents["Person"], ents["Country"]
    targets = ents["Issue"] + ents["Country"] + ents["Organisation"] + people
    by_key = {e.key: e for es in ents.values() for e in es}
    todo = list(targets)
    rng.shuffle(todo)
    i = 0
    while todo:
        i += 1
        date = f"{rng.randint(2015, 2018)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        doc = Document(source=f"synthetic/{i}.txt", key=f"bench-{i}", text="", title=_name(rng, 5), date=date,
                       publisher=rng.choice(PUBLISHERS))
        ex = Extraction(doc, [Sentence(0, _name(rng, 12), [])])
        for j in range(3):
            sp = people[int(len(people) * rng.random() ** 2)]
            tgt = todo.pop() if todo else targets[int(len(targets) * rng.random() ** 3)]
            holder = by_key[sp.country]
            ex.statements.append(Statement(0, sp, "قال", _name(rng, 10), "indirect", "bench", 0.9, _name(rng, 14)))
            ex.stances.append(Stance(holder, rng.choice(["support", "support", "oppose"]), tgt, "يدعم", 0, "bench",
                                     0.9, statement=j))
            for e in (sp, holder, tgt):
                ex.entities[e.key] = e
        yield ex


def build_store(path: str, n: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    ents = entities(n, rng)
    countries = {c.key: c for c in ents["Country"]}
    count = 0
    with Store.open(path) as store:
        for ex in articles(ents, rng):
            g, quads = article_quads(ex, countries)
            store.replace_article(g, quads[0][0], quads)
            count += 1
    return count


def time_html(store_path: str, out: Path, max_nodes: int) -> dict[str, float]:
    from kg.viz import views
    from kg.viz.html import render_view
    from kg.viz.network import stance_graph
    t0 = time.perf_counter()
    with Store.open(store_path, create=False) as store:
        g = stance_graph(store)
    t1 = time.perf_counter()
    view = views.overview(g, max_nodes=max_nodes)
    t2 = time.perf_counter()
    render_view(view, out)
    t3 = time.perf_counter()
    return {"query": t1 - t0, "budget+layout": t2 - t1, "write": t3 - t2, "total": t3 - t0,
            "nodes": view.graph.number_of_nodes(), "edges": view.graph.number_of_edges(), "mb": out.stat().st_size / 1e6}


def time_cli(store_path: str, out: Path, max_nodes: int) -> float:
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kg", "viz", "--store", store_path, "-o", str(out),
                    "--max-nodes", str(max_nodes)], check=True, cwd=ROOT, capture_output=True)
    return time.perf_counter() - t


def time_page(page: Path, runs: int) -> dict[str, float] | None:
    from kg.viz.browser import Browser, missing
    if missing():
        print(f"skipping the browser: {missing()}", file=sys.stderr)
        return None
    ready, filt, search, errors = [], [], [], []
    with Browser() as b:
        for _ in range(runs):
            ready.append(b.open(page, timeout=120))
            errors += b.console_errors()
            filt.append(b.js("""var c = document.querySelector('#kinds input[value=Person]'); c.checked = false;
                var t = performance.now(); window.kg.apply(); var d = performance.now() - t;
                c.checked = true; window.kg.apply(); return d;"""))
            search.append(b.js("var t = performance.now(); window.kg.search('اب'); return performance.now() - t;"))
    return {"ready_ms": statistics.median(ready), "filter_ms": statistics.median(filt),
            "search_ms": statistics.median(search), "errors": len(errors)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = f"{tmp}/store"
        t = time.perf_counter()
        n_articles = build_store(store, a.nodes)
        print(f"synthetic store: {n_articles} articles, {time.perf_counter() - t:.1f} s to build", file=sys.stderr)
        print("| view | nodes | edges | HTML MB | store→graph s | budget+layout s | write s | HTML total s "
              "| `kg viz` command s | page interactive ms | filter ms | search ms |")
        print("|---|---|---|---|---|---|---|---|---|---|---|---|")
        for label, budget in ((f"all {a.nodes} nodes (--max-nodes 0)", 0), ("default --max-nodes 2000", 2000)):
            out = Path(tmp) / f"graph-{budget}.html"
            rows = [time_html(store, out, budget) for _ in range(a.runs)]
            med = {k: statistics.median(r[k] for r in rows) for k in rows[0]}
            cli = statistics.median(time_cli(store, out, budget) for _ in range(a.runs))
            page = time_page(out, a.runs)
            p = (f"{page['ready_ms']:.0f} | {page['filter_ms']:.0f} | {page['search_ms']:.0f}" if page
                 else "— | — | —")
            if page and page["errors"]:
                p += f" ({page['errors']} console errors!)"
            print(f"| {label} | {med['nodes']:.0f} | {med['edges']:.0f} | {med['mb']:.1f} | {med['query']:.2f} "
                  f"| {med['budget+layout']:.2f} | {med['write']:.2f} | {med['total']:.2f} | {cli:.2f} | {p} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
