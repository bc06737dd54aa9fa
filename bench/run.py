"""kg benchmarks: ingest, SPARQL on Oxigraph vs plain rdflib, growth.

    python bench/run.py [--quick] [--out FILE]      # bench/results.json, --quick: bench/results-quick.json
    python bench/run.py --report bench/results.json  # print the summary of an earlier run again

Everything runs in a temporary directory that is removed at the end; the
corpus is only read. Each measurement whose memory we report runs in its own
subprocess (`kg ingest`, or this file with --worker), because peak RSS is a
per-process high-water mark: measured in one process, every figure would
include the biggest one before it. bench/README.md explains the figures.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import platform
import random
import resource
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from datetime import date, datetime, timedelta
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path("/work/shared/corpus/ant-multisource-intl/text")
QUERIES = ROOT / "data" / "queries"
EXTRA_QUERIES = ROOT / "bench" / "queries"   # variants, not goals
PY = sys.executable
KG = str(Path(PY).with_name("kg"))

ID = "https://w3id.org/diplomatic-kg/id/"
META, ENTITIES = ID + "graph/meta", ID + "graph/entities"
ARTICLE_IRI = re.compile(r"(<https://w3id\.org/diplomatic-kg/id/(?:graph/)?article/)([^/>]+)")
XSD_DATE = re.compile(r'"(\d{4}-\d{2}-\d{2})"(\^\^<http://www\.w3\.org/2001/XMLSchema#date>)')
IRI = re.compile(r"<([^>]+)>")

FULL = dict(articles=3000, sizes=[10_000, 100_000, 1_000_000], ox_reps=20, rdflib_reps=5, cap=60.0, budget=20.0,
            growth_rounds=5)
QUICK = dict(articles=300, sizes=[10_000, 100_000], ox_reps=5, rdflib_reps=3, cap=5.0, budget=2.0, growth_rounds=1)
GROWTH_ARTICLES, TOKENISE_ROUNDS = 100, 3


# -- measuring a subprocess --------------------------------------------------------------------

def _tree(root: int) -> list[int]:
    """A process and all its descendants (this kernel has no /proc/PID/task/TID/children)."""
    children = defaultdict(list)
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat") as f:
                    children[int(f.read().rsplit(")", 1)[1].split()[1])].append(int(d))
            except (OSError, IndexError, ValueError):
                pass
    out, stack = [], [root]
    while stack:
        out.append(stack.pop())
        stack += children.get(out[-1], [])
    return out


def _status_kb(pid: int | str, field: str) -> int:
    try:
        with open(f"/proc/{pid}/{'smaps_rollup' if field == 'Pss' else 'status'}") as f:
            return next(int(ln.split()[1]) for ln in f if ln.startswith(field + ":"))
    except (OSError, StopIteration):
        return 0


def peak_rss_mb() -> float:
    """This process's high-water RSS. VmHWM, not getrusage's ru_maxrss: Linux
    carries ru_maxrss over exec from the parent that forked us, so every
    subprocess would report at least the orchestrator's own size."""
    return _status_kb("self", "VmHWM") / 1024


def run_measured(cmd: list[str], timeout: float | None = None) -> dict:
    """Run cmd (killed after `timeout` s); wall time; CPU time of it and its
    workers (less sensitive than wall time to other load on the machine,
    whose 1-min load average is recorded too); and memory sampled every
    0.25 s (the sampler costs ~5 % of a core): the largest VmHWM of any process in its tree, and the peak sum of
    PSS over the tree (PSS, not RSS: forked extraction workers share their
    parent's pages; summing RSS would count them twice)."""
    ru0, load0 = resource.getrusage(resource.RUSAGE_CHILDREN), os.getloadavg()[0]
    with tempfile.TemporaryFile("w+") as out:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, text=True)
        hwm: dict[int, int] = {}
        pss, done = [0], threading.Event()

        def sample():
            while not done.wait(0.25):
                tree = _tree(p.pid)
                hwm.update({pid: max(hwm.get(pid, 0), _status_kb(pid, "VmHWM")) for pid in tree})
                pss[0] = max(pss[0], sum(_status_kb(pid, "Pss") for pid in tree))
        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        try:
            p.wait(timeout)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()
        finally:
            wall = time.perf_counter() - t0
            done.set()
            sampler.join()
        out.seek(0)
        text = out.read()
    if timeout and wall >= timeout:
        return {"timeout_s": timeout}
    if p.returncode:
        raise RuntimeError(f"{' '.join(cmd)} failed ({p.returncode}):\n{text[-3000:]}")
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"wall_s": wall, "cpu_s": ru.ru_utime + ru.ru_stime - ru0.ru_utime - ru0.ru_stime,
            "peak_rss_mb": max(hwm.values(), default=0) / 1024, "tree_pss_mb": pss[0] / 1024,
            "loadavg": [load0, os.getloadavg()[0]], "stdout": text}


def worker(*args: str, timeout: float | None = None) -> dict:
    """This file in worker mode, in a fresh process; its last stdout line is
    JSON, and its own exact peak RSS replaces the sampled one."""
    r = run_measured([PY, __file__, "--worker", *args], timeout)
    if "timeout_s" in r:
        return r
    return {**r, **json.loads(r.pop("stdout").strip().splitlines()[-1])}


# -- a. ingest ---------------------------------------------------------------------------------

def bench_ingest(paths: list[Path], tmp: Path) -> dict:
    """`kg ingest` end to end per job count, against camel-tools' word
    tokeniser alone over the same texts: the ratio says how much our
    extraction costs over the cheapest pass any Arabic pipeline makes."""
    from camel_tools.tokenizers.word import simple_word_tokenize
    from kg.ingest.readers import read_any
    from kg.ingest.sentences import split_sentences

    src = tmp / "articles"
    src.mkdir()
    for p in paths:                      # symlinks: the texts stay in the corpus
        (src / p.name).symlink_to(p)
    t0 = time.perf_counter()
    docs = [d for p in paths for d in read_any(p)]
    read_s = time.perf_counter() - t0
    texts = [d.text for d in docs]
    sentences = sum(len(split_sentences(t)) for t in texts)
    tok = []
    for _ in range(TOKENISE_ROUNDS):
        t0 = time.perf_counter()
        tokens = sum(len(simple_word_tokenize(t)) for t in texts)
        tok.append(time.perf_counter() - t0)
    tok_s = statistics.median(tok)
    out = {"articles": len(docs), "chars": sum(map(len, texts)), "sentences": sentences, "tokens": tokens,
           "read_s": read_s, "tokenise_s": tok_s, "runs": {}}
    for jobs in (1, 2):
        store = tmp / f"store-j{jobs}"
        r = run_measured([KG, "ingest", str(src), "--store", str(store), "-j", str(jobs)])
        m = re.search(r"(\d+) added.*?statements (\d+), stances (\d+) \| ([\d.]+) s", r["stdout"])
        out["runs"][jobs] = {
            **{k: r[k] for k in ("wall_s", "cpu_s", "loadavg", "peak_rss_mb", "tree_pss_mb")},
            "summary_s": float(m[4]), "added": int(m[1]), "statements": int(m[2]), "stances": int(m[3]),
            "articles_per_s": len(docs) / r["wall_s"], "sentences_per_s": sentences / r["wall_s"],
            "ratio_ingest_tokenise": r["wall_s"] / tok_s, "store_mb": _du(store)}
    return out


# -- b. datasets -------------------------------------------------------------------------------

def split_export(nq: Path):
    """Cut the extracted graph into what gets cloned (one unit per article:
    its named graph and its bookkeeping) and what stays shared (entities,
    ontology): clones then join on the same countries and people."""
    import pyoxigraph as ox
    shared, entities, units = [], defaultdict(list), defaultdict(list)
    for q in ox.parse(path=str(nq), format=ox.RdfFormat.N_QUADS):
        line = f"{q} .\n"
        g = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else ""
        s = q.subject.value if isinstance(q.subject, ox.NamedNode) else ""
        if g.startswith(ID + "graph/article/"):
            units[g[len(ID + "graph/article/"):]].append(line)
        elif g == META and s.startswith(ID + "article/"):
            units[s[len(ID + "article/"):]].append(line)
        elif g == ENTITIES:
            entities[s].append(line)
        else:
            shared.append(line)
    units = {k: "".join(v) for k, v in units.items()}
    ent_refs = {e: {i for i in IRI.findall("".join(ls)) if i in entities and i != e} for e, ls in entities.items()}
    refs = {}
    for k, text in units.items():        # entities an article needs, with their affiliations
        need = {i for i in IRI.findall(text) if i in entities}
        refs[k] = need.union(*(ent_refs[e] for e in need))
    return shared, entities, units, refs


def clone(text: str, n: int) -> str:
    """Copy n of an article: new article, statement, stance and graph IRIs;
    its dates n years and n days earlier (so date filters see a spread)."""
    if n == 0:
        return text
    shift = timedelta(days=366 * n)
    text = ARTICLE_IRI.sub(lambda m: f"{m[1]}{m[2]}-copy{n}", text)
    return XSD_DATE.sub(lambda m: f'"{date.fromisoformat(m[1]) - shift}"{m[2]}', text)


def build_dataset(parts, size: int, out: Path) -> dict:
    """Write about `size` quads: the shared graphs, then whole articles in a
    fixed shuffled order (so small sets mix all five sources), original first,
    then clones, each with the entity descriptions it refers to."""
    shared, entities, units, refs = parts
    keys = sorted(units)
    random.Random(0).shuffle(keys)
    written: set[str] = set()
    count, copy = len(shared), 0
    with open(out, "w", encoding="utf-8") as f:
        f.writelines(shared)
        while count < size:
            for k in keys:
                if count >= size:
                    break
                for e in refs[k] - written:
                    f.writelines(entities[e])
                    count += len(entities[e])
                written |= refs[k]
                text = clone(units[k], copy)
                f.write(text)
                count += text.count("\n")
            copy += 1
    # copies: passes over the articles, the first with their own IRIs, the last maybe partial
    return {"target": size, "quads": count, "copies": copy, "file_mb": out.stat().st_size / 2**20}


# -- b. queries (worker side) ------------------------------------------------------------------

class Timeout(Exception):
    pass


def _on_alarm(*_):
    raise Timeout


def percentile(xs: list[float], p: float) -> float:
    """Nearest-rank percentile: with 5 runs p95 is the slowest."""
    xs = sorted(xs)
    return xs[max(0, math.ceil(p / 100 * len(xs)) - 1)]


def time_query(run, q: str, reps: int, cap: float, budget: float) -> dict:
    """One warm-up, then `reps` runs, fewer if they would take more than
    `budget` s; a warm-up longer than `budget` is the only sample, one
    longer than `cap` is reported as a timeout. The cap is SIGALRM, which
    interrupts rdflib's pure-Python evaluation; Oxigraph evaluates in Rust
    and only sees it on return, so the orchestrator also kills its worker."""
    signal.signal(signal.SIGALRM, _on_alarm)

    def once() -> tuple[float, int]:
        signal.setitimer(signal.ITIMER_REAL, cap)
        try:
            t0 = time.perf_counter()
            rows = len(list(run(q)))
            return time.perf_counter() - t0, rows
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    try:
        warm, rows = once()
    except Timeout:
        return {"timeout_s": cap}
    times = [once()[0] for _ in range(min(reps, int(budget / max(warm, 1e-9))))] or [warm]
    n = len(times)
    return {"rows": rows, "runs": n, "p50_ms": 1000 * percentile(times, 50), "p95_ms": 1000 * percentile(times, 95)}


def ox_load_worker(nq: str, store_dir: str) -> dict:
    """Bulk-load a dataset into a fresh kg store (Store.open adds the schema
    record and ontology, as for any new store)."""
    import pyoxigraph as ox
    from kg.graph.store import Store
    t0 = time.perf_counter()
    with Store.open(store_dir) as store:
        store.inner.bulk_load(path=nq, format=ox.RdfFormat.N_QUADS)
        load_s = time.perf_counter() - t0
        store.inner.optimize()           # compact now, not in the background during the queries
        optimize_s = time.perf_counter() - t0 - load_s
        quads = len(store.inner)
    return {"quads": quads, "load_s": load_s, "optimize_s": optimize_s, "store_mb": _du(Path(store_dir)),
            "peak_rss_mb": peak_rss_mb()}


def ox_query_worker(store_dir: str, query: str, reps: int, cap: float, budget: float) -> dict:
    """One query against a loaded store, read-only, through kg's Store.query
    (rdflib Result over oxrdflib), as `kg query` runs it."""
    from kg.graph.store import Store
    with Store.open(store_dir, read_only=True) as store:
        res = time_query(store.query, Path(query).read_text(encoding="utf-8"), reps, cap, budget)
    return {**res, "peak_rss_mb": peak_rss_mb()}


def rdflib_worker(nq: str, reps: int, cap: float, budget: float, *queries: str) -> dict:
    """Plain rdflib: parse the N-Quads into an in-memory Dataset whose
    default graph is the union, as kg's store, and run every query."""
    import rdflib
    from kg.graph.vocab import SPARQL_PREFIXES
    t0 = time.perf_counter()
    ds = rdflib.Dataset(default_union=True)
    ds.parse(nq, format="nquads")
    res = {"quads": sum(len(g) for g in ds.graphs()), "load_s": time.perf_counter() - t0,
           "load_rss_mb": peak_rss_mb(), "queries": {}}
    for q in queries:
        sparql = SPARQL_PREFIXES + Path(q).read_text(encoding="utf-8")
        res["queries"][Path(q).stem] = time_query(lambda x: ds.query(x), sparql, reps, cap, budget)
    return {**res, "peak_rss_mb": peak_rss_mb()}


def bench_queries(nq: Path, tmp: Path, cfg: dict, queries: list[Path]) -> dict:
    """Both backends on one dataset, each in its own processes."""
    store = tmp / "ox-store"
    ox = worker("oxload", str(nq), str(store))
    ox["load_rss_mb"] = ox["peak_rss_mb"]
    ox["queries"] = {}
    for q in queries:
        r = worker("oxquery", str(store), str(q), *(str(cfg[k]) for k in ("ox_reps", "cap", "budget")),
                   timeout=cfg["cap"] + cfg["budget"] + 15)
        if "timeout_s" in r:             # killed: it ran longer than cap + budget
            r = {"timeout_s": cfg["cap"]}
        ox["peak_rss_mb"] = max(ox["peak_rss_mb"], r.get("peak_rss_mb", 0))
        ox["queries"][q.stem] = {k: v for k, v in r.items() if k in ("rows", "runs", "p50_ms", "p95_ms", "timeout_s")}
    shutil.rmtree(store)
    rd = worker("rdflib", str(nq), str(cfg["rdflib_reps"]), str(cfg["cap"]), str(cfg["budget"]), *map(str, queries))
    return {"oxigraph": ox, "rdflib": rd}


# -- c. growth (worker side) -------------------------------------------------------------------

def growth_worker(nq: str, articles: str, store_dir: str) -> dict:
    """Add new articles to a fresh store bulk-loaded with `nq`. Time spent
    inside store calls (the hash look-up and the update) is what could grow
    with the store; extraction cannot."""
    import pyoxigraph as ox
    from kg.graph.store import Store
    from kg.ingest.batch import ingest
    from kg.ingest.lexicon import load

    with Store.open(store_dir) as store:
        store.inner.bulk_load(path=nq, format=ox.RdfFormat.N_QUADS)
        store.inner.optimize()           # no compaction left running in the background
        quads = len(store.inner)
        load()                           # lexicon loaded once, as in any long-lived ingest
        in_store = [0.0]

        def timed(fn):
            def call(*a):
                t0 = time.perf_counter()
                try:
                    return fn(*a)
                finally:
                    in_store[0] += time.perf_counter() - t0
            return call
        store.update, store.article_hash = timed(store.update), timed(store.article_hash)
        cpu0 = time.process_time()
        s = ingest([articles], store, jobs=1)
        cpu = time.process_time() - cpu0
    shutil.rmtree(store_dir)
    if s.added != len(os.listdir(articles)):
        raise RuntimeError(f"expected only new articles, got {s.added} added; {s.failed[:3]}")
    return {"quads": quads, "articles": s.added, "seconds": s.seconds, "cpu_s": cpu, "store_s": in_store[0],
            "loadavg": os.getloadavg()[0]}


def bench_growth(nq: Path, articles: Path, tmp: Path, rounds: int) -> dict:
    """Median of `rounds` runs, each on a freshly loaded store, so that no
    round sees another's deletions or additions."""
    runs = [worker("growth", str(nq), str(articles), str(tmp / "grow-store")) for _ in range(rounds)]
    med = sorted(runs, key=lambda r: r["seconds"])[len(runs) // 2]
    return {**{k: med[k] for k in ("quads", "articles", "seconds", "cpu_s", "store_s")},
            "articles_per_s": med["articles"] / med["seconds"],
            "rounds": [{k: r[k] for k in ("seconds", "cpu_s", "store_s", "loadavg")} for r in runs]}


# -- report ------------------------------------------------------------------------------------

def machine() -> dict:
    cpu = next((ln.split(":", 1)[1].strip() for ln in open("/proc/cpuinfo") if ln.startswith("model name")), "?")
    return {"date": datetime.now().strftime("%Y-%m-%d %H:%M"), "nproc": os.cpu_count(), "cpu": cpu,
            "free_h": subprocess.run(["free", "-h"], capture_output=True, text=True).stdout.strip(),
            "python": platform.python_version(), "platform": platform.platform(),
            "packages": {p: version(p) for p in ("rdflib", "pyoxigraph", "oxrdflib", "camel-tools")},
            "git": _git("describe", "--always", "--dirty"), "modified": _git("status", "--short", "kg").split("\n")}


def _git(*args: str) -> str:
    """The code measured: others edit kg/ while benchmarks run."""
    return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True).stdout.strip()


def _du(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20


def _ms(q: dict) -> str:
    return f"> {q['timeout_s']:.0f} s" if "timeout_s" in q else f"{q['p50_ms']:.1f} / {q['p95_ms']:.1f} ({q['runs']})"


def speedup(ox: dict, rd: dict) -> tuple[float, str]:
    """rdflib p50 / Oxigraph p50, with "≥" or "≤" when one side hit the cap
    (its cap then stands in for its time), or nan when both did."""
    t_ox = ox.get("timeout_s", 0) * 1000 or ox["p50_ms"]
    t_rd = rd.get("timeout_s", 0) * 1000 or rd["p50_ms"]
    rel = "≤" if "timeout_s" in ox else "≥" if "timeout_s" in rd else ""
    return (math.nan, "") if "timeout_s" in ox and "timeout_s" in rd else (t_rd / t_ox, rel)


def _x(up: tuple[float, str]) -> str:
    return "—" if math.isnan(up[0]) else f"{up[1]} {up[0]:.{0 if up[0] >= 100 else 1}f}×".strip()


def goals(r: dict) -> list[tuple[str, bool, str]]:
    """The targets this suite is judged against (shipped queries only), with
    the measured values."""
    j2 = r["ingest"]["runs"]["2"]
    out = [("ingest ≥ 100 articles/s with --jobs 2", j2["articles_per_s"] >= 100,
            f"{j2['articles_per_s']:.1f} articles/s"),
           ("ingest / tokenise time ≤ 3 with --jobs 2", j2["ratio_ingest_tokenise"] <= 3,
            f"{j2['ratio_ingest_tokenise']:.1f}")]
    big = max(r["queries"], key=int)
    ox, rd = r["queries"][big]["oxigraph"], r["queries"][big]["rdflib"]
    shipped = [f.stem for f in sorted(QUERIES.glob("*.rq"))]
    p50 = {q: ox["queries"][q].get("timeout_s", 0) * 1000 or ox["queries"][q]["p50_ms"] for q in shipped}
    slow = sorted((q for q in shipped if p50[q] > 50), key=p50.get, reverse=True)
    out.append((f"query p50 ≤ 50 ms at {int(big):,} quads (kg store)", not slow,
                f"{len(shipped) - len(slow)} of {len(shipped)} queries; over: " +
                ", ".join(f"{q} {_ms(ox['queries'][q]).split(' /')[0]}" for q in slow)))
    ups = {q: speedup(ox["queries"][q], rd["queries"][q]) for q in shipped}
    low = [q for q, (v, rel) in ups.items() if not v >= 20 or rel == "≤"]
    out.append((f"≥ 20× plain rdflib at {int(big):,} quads", not low,
                f"{len(shipped) - len(low)} of {len(shipped)} queries; " +
                ", ".join(f"{q} {_x(ups[q])}" for q in low)))
    out.append((f"peak RSS ≤ 1.5 GB at {int(big):,} quads (kg store, load and queries)", ox["peak_rss_mb"] <= 1536,
                f"{ox['peak_rss_mb']:.0f} MB"))
    g = r["growth"]
    small, large = g[min(g, key=int)], g[max(g, key=int)]
    out.append((f"adding {small['articles']} articles not slower at {large['quads']:,} "
                f"than at {small['quads']:,} quads (within 10 %)", large["seconds"] <= 1.1 * small["seconds"],
                f"{small['seconds']:.2f} s → {large['seconds']:.2f} s ({large['seconds'] / small['seconds']:.2f}×); "
                f"CPU {small['cpu_s']:.2f} s → {large['cpu_s']:.2f} s"))
    return out


def markdown(r: dict) -> str:
    m, ing, c = r["machine"], r["ingest"], r["config"]
    lines = [f"# kg benchmarks — {m['date']}{' (--quick)' if r['quick'] else ''}", "",
             f"{m['cpu']}, {m['nproc']} cores, {m['free_h'].splitlines()[1].split()[1]} RAM, Python {m['python']}, "
             + ", ".join(f"{k} {v}" for k, v in m["packages"].items()), "",
             f"## Ingest: {ing['articles']:,} articles, {ing['sentences']:,} sentences, "
             f"{ing['chars'] / 1e6:.1f} M chars",
             "", f"camel-tools `simple_word_tokenize` alone: {ing['tokenise_s']:.2f} s ({ing['tokens']:,} tokens; "
             f"median of {TOKENISE_ROUNDS}); reading the files: {ing['read_s']:.2f} s", "",
             "| jobs | wall s | CPU s | articles/s | sentences/s | ingest / tokenise | peak RSS MB (largest process) "
             "| peak PSS MB (all processes) | store on disk MB |", "|---|---|---|---|---|---|---|---|---|"]
    for j, x in ing["runs"].items():
        lines.append(f"| {j} | {x['wall_s']:.1f} | {x['cpu_s']:.1f} | {x['articles_per_s']:.1f} | "
                     f"{x['sentences_per_s']:.0f} | {x['ratio_ingest_tokenise']:.1f} | {x['peak_rss_mb']:.0f} | "
                     f"{x['tree_pss_mb']:.0f} | {x['store_mb']:.0f} |")
    lines += ["", "## Load", "", "| quads | backend | load s | then compact s | on disk MB | peak RSS MB after load "
              "| peak RSS MB overall |", "|---|---|---|---|---|---|---|"]
    for b in r["queries"].values():
        for name in ("oxigraph", "rdflib"):
            x = b[name]
            extra = f"{x['optimize_s']:.1f} | {x['store_mb']:.0f}" if name == "oxigraph" else "— | —"
            lines.append(f"| {x['quads']:,} | {name} | {x['load_s']:.1f} | {extra} | {x['load_rss_mb']:.0f} | "
                         f"{x['peak_rss_mb']:.0f} |")
    lines += ["", f"## Queries: p50 / p95 ms (runs); cap {c['cap']:.0f} s a run", "",
              "| quads | query | rows | kg store (Oxigraph) | rdflib Dataset | speed-up (p50) |",
              "|---|---|---|---|---|---|"]
    for size, b in r["queries"].items():
        ox, rd = b["oxigraph"]["queries"], b["rdflib"]["queries"]
        for q in ox:
            a, b_ = ox[q].get("rows"), rd[q].get("rows")      # they must agree; both shown if not
            rows = f"{a} / {b_}" if None not in (a, b_) and a != b_ else str(a if a is not None else b_ or "?")
            lines.append(f"| {int(size):,} | {q} | {rows} | {_ms(ox[q])} | {_ms(rd[q])} | "
                         f"{_x(speedup(ox[q], rd[q]))} |")
    lines += ["", "## Growth: adding new articles (--jobs 1, median of rounds, fresh store each round)", "",
              "| store quads | articles | seconds | CPU s | articles/s | of which in store calls s | all rounds s |",
              "|---|---|---|---|---|---|---|"]
    for x in r["growth"].values():
        lines.append(f"| {x['quads']:,} | {x['articles']} | {x['seconds']:.2f} | {x['cpu_s']:.2f} | "
                     f"{x['articles_per_s']:.1f} | {x['store_s']:.2f} | "
                     + ", ".join(f"{y['seconds']:.2f}" for y in x["rounds"]) + " |")
    load = ([x["loadavg"][0] for x in ing["runs"].values()]
            + [y["loadavg"] for x in r["growth"].values() for y in x["rounds"]])
    lines += ["", f"Load average (1 min) on the machine when measuring: {min(load):.1f} to {max(load):.1f} "
              f"on {m['nproc']} cores; code: {m['git']}"]
    lines += ["", "## Goals", "", "| goal | met | measured |", "|---|---|---|"]
    lines += [f"| {g} | {'yes' if ok else '**no**'} | {v} |" for g, ok, v in goals(r)]
    return "\n".join(lines)


# -- main --------------------------------------------------------------------------------------

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="300 articles, 10k/100k quads: about a minute")
    ap.add_argument("--out", help="results JSON (default bench/results.json, with --quick bench/results-quick.json)")
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--report", metavar="RESULTS_JSON", help="only print the summary of an earlier run")
    ap.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.report:
        print(markdown(json.loads(Path(a.report).read_text(encoding="utf-8"))))
        return 0
    if a.worker:
        kind, *args = a.worker
        fn = {"oxload": lambda nq, d: ox_load_worker(nq, d),
              "oxquery": lambda d, q, reps, cap, bud: ox_query_worker(d, q, int(reps), float(cap), float(bud)),
              "rdflib": lambda nq, reps, cap, bud, *qs: rdflib_worker(nq, int(reps), float(cap), float(bud), *qs),
              "growth": growth_worker}[kind]
        print(json.dumps(fn(*args)))
        return 0

    cfg = QUICK if a.quick else FULL
    a.out = a.out or str(ROOT / "bench" / f"results{'-quick' if a.quick else ''}.json")
    corpus = sorted(Path(a.corpus).glob("*.txt"))
    paths = corpus[:cfg["articles"]]
    r = {"quick": a.quick, "config": cfg, "machine": machine()}
    t_all = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as td:
        tmp = Path(td)
        log = lambda msg: print(f"[{time.perf_counter() - t_all:6.0f} s] {msg}", file=sys.stderr, flush=True)
        log(f"ingest {len(paths)} articles, --jobs 1 and 2")
        r["ingest"] = bench_ingest(paths, tmp)

        log("export and clone datasets")
        from kg.graph.store import Store
        with Store.open(str(tmp / "store-j1"), read_only=True) as s:
            s.export(str(tmp / "extracted.nq"), "nquads")
        with open(tmp / "extracted.nq", "rb") as f:
            r["extracted_quads"] = sum(1 for _ in f)
        parts = split_export(tmp / "extracted.nq")
        r["datasets"] = {}
        for size in cfg["sizes"]:
            r["datasets"][size] = build_dataset(parts, size, tmp / f"d{size}.nq")
        del parts
        for j in (1, 2):
            shutil.rmtree(tmp / f"store-j{j}")

        queries = sorted(QUERIES.glob("*.rq")) + sorted(EXTRA_QUERIES.glob("*.rq"))
        r["queries"] = {}
        for size in cfg["sizes"]:
            log(f"queries at {size:,} quads")
            r["queries"][size] = bench_queries(tmp / f"d{size}.nq", tmp, cfg, queries)

        new = tmp / "new"                # copies under new names: new keys, new sources
        new.mkdir()
        for p in corpus[-GROWTH_ARTICLES:]:
            shutil.copy(p, new / f"new-{p.name}")
        r["growth"] = {}
        for size in (cfg["sizes"][0], cfg["sizes"][-1]):
            log(f"growth: {GROWTH_ARTICLES} articles into {size:,}")
            r["growth"][size] = bench_growth(tmp / f"d{size}.nq", new, tmp, cfg["growth_rounds"])
    r["total_s"] = time.perf_counter() - t_all
    r = json.loads(json.dumps(r))        # the same str keys as results.json when read back
    Path(a.out).write_text(json.dumps(r, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(markdown(r))
    print(f"\n(total {r['total_s']:.0f} s; raw figures in {a.out})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
