"""A real Oxigraph store on disk: atomic per-article writes, idempotence,
replacement of changed articles, bad files among good ones, exports."""
import json

import rdflib

from kg.graph.store import Store, StoreError
from kg.ingest.batch import ingest
from tests.conftest import FIXTURES


def quad_count(store):
    return len(store.inner)


def test_reingest_unchanged_changes_nothing(store, fixture_copy):
    p = fixture_copy("lavrov-example.txt")
    s1 = ingest([str(p)], store)
    n1 = quad_count(store)
    s2 = ingest([str(p)], store)
    assert (s1.added, s2.unchanged, s2.added) == (1, 1, 0)
    assert quad_count(store) == n1


def test_changed_article_replaces_its_graph(store, fixture_copy):
    p = fixture_copy("lavrov-example.txt")
    ingest([str(p)], store)
    before = {str(r[0]) for r in store.query("SELECT ?c WHERE { ?s a kg:Statement ; kg:claim ?c }")}
    p.write_text(p.read_text(encoding="utf-8").replace("تؤيد الحكومة السورية", "تعارض الحكومة السورية"),
                 encoding="utf-8")
    s = ingest([str(p)], store)
    assert s.replaced == 1
    after = {str(r[0]) for r in store.query("SELECT ?c WHERE { ?s a kg:Statement ; kg:claim ?c }")}
    assert any("تعارض" in c for c in after) and not any("تعارض" in c for c in before)
    assert not any("تؤيد الحكومة" in c for c in after)
    assert store.count_articles() == 1


def test_bad_file_among_good_ones(store, tmp_path, fixture_copy):
    good = fixture_copy("lavrov-example.txt")
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    s = ingest([str(bad), str(good), str(empty)], store)
    assert s.added == 1
    assert sorted(src.rsplit("/", 1)[-1] for src, _ in s.failed) == ["broken.txt", "empty.txt"]
    assert store.count_articles() == 1


def test_store_survives_reopen_and_refuses_a_second_writer(store_dir, fixture_copy):
    p = fixture_copy("lavrov-example.txt")
    with Store.open(str(store_dir)) as s:
        ingest([str(p)], s)
        try:
            Store.open(str(store_dir))
            raised = None
        except StoreError as e:
            raised = e
        assert raised is not None and "in use" in str(raised)
    with Store.open(str(store_dir)) as s:
        assert s.count_articles() == 1


def test_old_schema_is_refused(store_dir):
    with Store.open(str(store_dir)) as s:
        s.update('DELETE WHERE { GRAPH <https://w3id.org/diplomatic-kg/id/graph/meta> '
                 '{ <https://w3id.org/diplomatic-kg/id/store> kg:schemaVersion ?v } } ;'
                 'INSERT DATA { GRAPH <https://w3id.org/diplomatic-kg/id/graph/meta> '
                 '{ <https://w3id.org/diplomatic-kg/id/store> kg:schemaVersion "0" } }')
        s.update('INSERT DATA { GRAPH <https://w3id.org/diplomatic-kg/id/graph/meta> { <urn:a> kg:contentHash "x" } }')
    try:
        Store.open(str(store_dir))
        assert False, "an old store must be refused"
    except StoreError as e:
        assert "schema version 0" in str(e)


def test_exports_parse_back(store, tmp_path, fixture_copy):
    ingest([str(fixture_copy("lavrov-example.txt"))], store)
    n = quad_count(store)
    for fmt, rdf_fmt in (("nquads", "nquads"), ("trig", "trig")):
        out = tmp_path / f"g.{fmt}"
        store.export(str(out), fmt)
        ds = rdflib.Dataset()
        ds.parse(str(out), format=rdf_fmt)
        assert len(list(ds.quads())) == n
    out = tmp_path / "g.ttl"
    store.export(str(out), "turtle")
    assert len(rdflib.Graph().parse(str(out), format="turtle")) > 0
    out = tmp_path / "g.jsonld"
    store.export(str(out), "jsonld")
    assert json.loads(out.read_text(encoding="utf-8"))


def test_same_person_is_one_node_across_articles(store, tmp_path):
    for n in (1, 2):
        (tmp_path / f"a{n}.txt").write_text(
            f"خبر رقم {n} عن روسيا\n\nقال وزير الخارجية الروسي سيرغي لافروف إن روسيا تدعم الحوار رقم {n}.\n",
            encoding="utf-8")
    ingest([str(tmp_path)], store)
    rows = list(store.query("SELECT DISTINCT ?p WHERE { ?s a kg:Statement ; kg:speaker ?p }"))
    assert len(rows) == 1
    [(n,)] = store.query("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s a kg:Statement } }")
    assert int(n) == 2


def test_the_rules_version_is_a_digest_of_the_extraction_code_and_data():
    """Adding an article again after upgrading kg re-extracts it: the content
    hash includes a digest of kg/ingest and data/, not a constant."""
    from kg.graph.triples import rules_version
    assert len(rules_version()) == 16 and rules_version() == rules_version() != "1"
