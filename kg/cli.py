"""The `kg` command: ingest, query, export, viz, stats, eval, demo."""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

from kg.graph import open_store
from kg.graph.store import StoreError, default_location

EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "examples"
QUERIES = Path(__file__).resolve().parents[1] / "data" / "queries"


def _store_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", default=None,
                   help=f"store directory or SPARQL server URL (default $KG_STORE or {default_location()})")


def cmd_ingest(a) -> int:
    from kg.ingest.batch import ingest, progress_bar
    with open_store(a.store) as store:
        s = ingest(a.paths, store, progress_bar(None), jobs=a.jobs)
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    for src, reason in s.failed:
        print(f"failed: {src}: {reason}", file=sys.stderr)
    rate = s.articles / s.seconds if s.seconds else 0.0
    print(f"articles: {s.added} added, {s.replaced} replaced, {s.unchanged} unchanged, {len(s.failed)} failed"
          f" | statements {s.statements}, stances {s.stances} | {s.seconds:.1f} s ({rate:.1f} articles/s)")
    return 1 if s.failed and not s.articles else 0


_UPDATE = re.compile(r"^\s*(?:(?:PREFIX|BASE)\s[^\n]*\n\s*|#[^\n]*\n\s*)*(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b",
                     re.IGNORECASE)


def cmd_query(a) -> int:
    from kg.graph import results
    if a.file:
        try:
            sparql = Path(a.file).read_text(encoding="utf-8")
        except OSError as e:
            print(f"kg query: {a.file}: {e.strerror}", file=sys.stderr)
            return 2
    elif a.sparql:
        sparql = a.sparql
    else:
        print("kg query: give a SPARQL query or -f FILE.rq", file=sys.stderr)
        return 2
    is_update = bool(_UPDATE.match(sparql))
    if is_update and not a.allow_update:
        print("kg query: this is a SPARQL UPDATE; the store is read-only unless you pass --allow-update",
              file=sys.stderr)
        return 2
    with open_store(a.store, create=False) as store:
        def run():
            if is_update:
                store.update(sparql)
                return "update applied"
            res = store.query(sparql)
            fmt = {"table": results.to_table, "csv": results.to_csv, "json": results.to_json}[a.format]
            return fmt(res)
        try:
            out = _with_timeout(run, a.timeout)
        except TimeoutError:
            print(f"kg query: no answer within {a.timeout} s (raise --timeout or narrow the query)", file=sys.stderr)
            sys.stdout.flush()
            os._exit(3)      # the engine cannot be interrupted; leave without waiting for it
        except SyntaxError as e:
            print(f"kg query: SPARQL syntax error: {e}", file=sys.stderr)
            return 2
        except StoreError:
            raise
        except Exception as e:   # pyoxigraph raises SyntaxError/ValueError subclasses by version
            print(f"kg query: {type(e).__name__}: {e}", file=sys.stderr)
            return 2
        print(out)
    return 0


def _with_timeout(fn, seconds: float | None):
    """Run fn in a thread and give up after `seconds`."""
    if not seconds:
        return fn()
    import concurrent.futures
    pool = concurrent.futures.ThreadPoolExecutor(1)
    fut = pool.submit(fn)
    try:
        return fut.result(timeout=seconds)
    except concurrent.futures.TimeoutError as e:
        raise TimeoutError from e
    finally:
        pool.shutdown(wait=False)


def cmd_export(a) -> int:
    with open_store(a.store, create=False) as store:
        store.export(a.output, a.format)
    print(f"wrote {a.output}")
    return 0


def cmd_viz(a) -> int:
    """Overview, stance map (--target), actor view (--actor) or any query (--query) as one offline page."""
    from kg.viz import views
    from kg.viz.html import render_view
    from kg.viz.network import find_nodes, stance_graph
    from kg.viz.query import QueryShapeError, query_graph
    opts = {"max_nodes": a.max_nodes, "size_by": a.size_by}
    with open_store(a.store, create=False) as store:
        if a.query:
            try:
                g = query_graph(store, Path(a.query).read_text(encoding="utf-8"))
            except OSError as e:
                print(f"kg viz: {a.query}: {e.strerror}", file=sys.stderr)
                return 2
            except QueryShapeError as e:
                print(f"kg viz: {e}", file=sys.stderr)
                return 2
            except Exception as e:   # SPARQL syntax errors: the parser's exception type varies by version
                print(f"kg viz: {a.query}: {type(e).__name__}: {e}", file=sys.stderr)
                return 2
            view = views.overview(g, f"kg — {Path(a.query).name}", mode="query", **opts)
        else:
            g = stance_graph(store)
            view = None
    for name, what, make in ((a.target, "target", views.stance_map), (a.actor, "actor", views.actor)):
        if name and view is None:
            hits = find_nodes(g, name)
            if not hits:
                print(f"kg viz: no {what} matches '{name}'", file=sys.stderr)
                return 2
            view = make(g, hits, f"kg — {name}", **opts)
    view = view or views.overview(g, **opts)
    out = render_view(view, a.output)
    dropped = f"; dropped {view.dropped.nodes} nodes over --max-nodes {a.max_nodes}" if view.dropped.nodes else ""
    print(f"wrote {out.resolve()} ({view.graph.number_of_nodes()} nodes, {view.graph.number_of_edges()} edges{dropped})")
    return 0


STATS_QUERIES = {
    "by class": """SELECT ?class (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ?class FILTER(STRSTARTS(STR(?class), STR(kg:))) }
                   GROUP BY ?class ORDER BY DESC(?n)""",
    "top speakers": """SELECT ?speaker (SAMPLE(?l) AS ?label) (COUNT(?s) AS ?statements) WHERE {
                   ?s a kg:Statement ; kg:speaker ?speaker . OPTIONAL { ?speaker rdfs:label ?l FILTER(lang(?l) = "ar") } }
                   GROUP BY ?speaker ORDER BY DESC(?statements) LIMIT 10""",
    "top stance targets": """SELECT ?target (SAMPLE(?l) AS ?label) (SUM(IF(?p = kg:Support, 1, 0)) AS ?supports)
                   (SUM(IF(?p = kg:Oppose, 1, 0)) AS ?opposes) WHERE {
                   ?x a kg:Stance ; kg:target ?target ; kg:polarity ?p . OPTIONAL { ?target rdfs:label ?l FILTER(lang(?l) = "ar") } }
                   GROUP BY ?target ORDER BY DESC(?supports + ?opposes) LIMIT 10""",
}


def cmd_stats(a) -> int:
    from kg.graph import results
    with open_store(a.store, create=False) as store:
        print(f"articles: {store.count_articles()}")
        for name, q in STATS_QUERIES.items():
            print(f"\n{name}:")
            print(results.to_table(store.query(q)))
    return 0


STANCE_TABLE = """
SELECT ?holder ?polarity ?target (COUNT(DISTINCT ?x) AS ?n) WHERE {
  ?x a kg:Stance ; kg:holder ?h ; kg:polarity ?p ; kg:target ?t .
  ?h a kg:Country ; rdfs:label ?holder FILTER(lang(?holder) = "ar")
  ?t rdfs:label ?target FILTER(lang(?target) = "ar")
  BIND(IF(?p = kg:Support, "يؤيد supports", "يعارض opposes") AS ?polarity)
} GROUP BY ?holder ?polarity ?target ORDER BY ?holder ?polarity DESC(?n)"""


def cmd_demo(a) -> int:
    """Ingest the bundled examples, print the stance table, write the HTML view."""
    from kg.graph import results
    from kg.ingest.batch import ingest
    from kg.viz.html import render
    from kg.viz.network import stance_graph
    with open_store(a.store) as store:
        s = ingest([str(EXAMPLES)], store)
        print(f"ingested {s.articles} example articles ({s.added} new, {s.unchanged} unchanged): "
              f"{s.statements} statements, {s.stances} stances")
        for src, reason in s.failed:
            print(f"failed: {src}: {reason}", file=sys.stderr)
        print("\nCountry positions:")
        print(results.to_table(store.query(STANCE_TABLE)))
        g = stance_graph(store)
    out = render(g, a.output, "kg — example articles")
    print(f"\nHTML graph: {out.resolve()}  (open it in a browser; it works offline)")
    return 0


def cmd_eval(a) -> int:
    from kg.evaluate import evaluate_dir
    return evaluate_dir(a.gold, a.texts, a.min_macro_f1, a.json)


def cmd_serve(a) -> int:
    """The embedded store as a SPARQL 1.1 endpoint on 127.0.0.1, read-only
    unless --allow-update: Oxigraph's own server over the same directory."""
    import shutil
    from kg.graph.remote import is_remote
    location = a.store or default_location()
    if is_remote(location):
        print("kg serve: --store is already a SPARQL server", file=sys.stderr)
        return 2
    if not Path(location).is_dir():
        print(f"kg serve: {location}: no store here (run 'kg ingest' first or pass --store)", file=sys.stderr)
        return 2
    exe = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(exe).exists():
        print("kg serve: the oxigraph server is not installed (pip install oxigraph)", file=sys.stderr)
        return 2
    mode = "serve" if a.allow_update else "serve-read-only"
    cmd = [exe, mode, "--location", location, "--bind", f"127.0.0.1:{a.port}", "--union-default-graph"]
    if a.cors:
        cmd.append("--cors")
    if a.timeout:
        cmd += ["--timeout-s", str(int(a.timeout))]
    print(f"SPARQL endpoint: http://127.0.0.1:{a.port}/query ({'read-write' if a.allow_update else 'read-only'}); "
          f"Ctrl-C to stop", flush=True)
    if os.name == "posix":
        # become the server, so that a stop signal sent to "kg serve" (a service manager's SIGTERM)
        # stops it, rather than leaving it running without its parent
        os.execv(exe, cmd)
    try:
        return subprocess.call(cmd)
    except KeyboardInterrupt:
        return 0


def cmd_eval_ner(a) -> int:
    from kg.evaluate_ner import main as run
    return run(a.path, a.json)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="kg", description="Knowledge graph of diplomatic statements in Arabic news.")
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("ingest", help="add articles (.txt, .html, .jsonl, directories, - for stdin)")
    p.add_argument("paths", nargs="+")
    p.add_argument("--jobs", "-j", type=int, default=1, help="extraction processes (one writer)")
    _store_arg(p)
    p.set_defaults(fn=cmd_ingest)
    p = sub.add_parser("query", help="run SPARQL")
    p.add_argument("sparql", nargs="?")
    p.add_argument("-f", "--file")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p.add_argument("--allow-update", action="store_true", help="allow SPARQL UPDATE (read-only otherwise)")
    p.add_argument("--timeout", type=float, default=None, help="give up after this many seconds")
    _store_arg(p)
    p.set_defaults(fn=cmd_query)
    p = sub.add_parser("export", help="write the whole graph to a file")
    p.add_argument("--format", choices=["nquads", "trig", "turtle", "jsonld"], default="nquads")
    p.add_argument("-o", "--output", required=True)
    _store_arg(p)
    p.set_defaults(fn=cmd_export)
    p = sub.add_parser("viz", help="write an interactive HTML graph")
    p.add_argument("-o", "--output", default="graph.html")
    p.add_argument("--actor", help="an actor's view: its neighbourhood, statements and positions over time")
    p.add_argument("--target", help="a stance map: who supports and who opposes this target, with the quotes")
    p.add_argument("--query", metavar="FILE.rq", help="draw the result of a SPARQL CONSTRUCT or SELECT ?s ?p ?o")
    p.add_argument("--max-nodes", type=int, default=2000,
                   help="keep the top N nodes by degree and say in the page what was dropped (default 2000; 0 = no limit)")
    p.add_argument("--size-by", choices=["degree", "statements"], default="degree", help="what node size shows")
    _store_arg(p)
    p.set_defaults(fn=cmd_viz)
    p = sub.add_parser("stats", help="counts by class, top speakers, top targets")
    _store_arg(p)
    p.set_defaults(fn=cmd_stats)
    p = sub.add_parser("demo", help="ingest the bundled examples, print positions, write graph.html")
    p.add_argument("-o", "--output", default="graph.html")
    _store_arg(p)
    p.set_defaults(fn=cmd_demo)
    p = sub.add_parser("eval", help="score extraction against gold annotations")
    p.add_argument("--gold", required=True, help="folder of <id>.gold.json files")
    p.add_argument("--texts", action="append", default=[], help="folder(s) holding the <id>.txt articles")
    p.add_argument("--min-macro-f1", type=float, default=None, help="exit 1 below this macro F1")
    p.add_argument("--json", action="store_true")
    p.set_defaults(fn=cmd_eval)
    p = sub.add_parser("serve", help="serve the store as a SPARQL endpoint on 127.0.0.1")
    p.add_argument("--port", type=int, default=7878)
    p.add_argument("--allow-update", action="store_true", help="accept SPARQL UPDATE (read-only otherwise)")
    p.add_argument("--cors", action="store_true", help="allow browser tools on other origins (YASGUI)")
    p.add_argument("--timeout", type=float, default=None, help="query timeout in seconds")
    _store_arg(p)
    p.set_defaults(fn=cmd_serve)
    p = sub.add_parser("eval-ner", help="score entity recognition on CoNLL NER data (e.g. ANERcorp)")
    p.add_argument("path")
    p.add_argument("--json", action="store_true")
    p.set_defaults(fn=cmd_eval_ner)
    a = ap.parse_args(argv)
    try:
        return a.fn(a)
    except StoreError as e:
        print(f"kg: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
