"""Readers: every format, every encoding, and clear errors naming the file."""
import json
from pathlib import Path

from kg.ingest.readers import ReadError, read_any

ARTICLE = "تركيا ترفض الهدنة\n\nقال وزير الخارجية التركي مولود جاويش أوغلو إن بلاده ترفض الهدنة في عفرين.\n"


def read(path):
    return list(read_any(path))


def test_plain_text(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    [doc] = read(p)
    assert doc.title == "تركيا ترفض الهدنة" and doc.key == "a"
    assert doc.source == str(p.resolve())


def test_encodings_are_detected(tmp_path):
    for name, data in {
        "bom.txt": b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"),
        "utf16.txt": ARTICLE.encode("utf-16"),
        "utf16le.txt": ARTICLE.encode("utf-16-le"),
        "cp1256.txt": ARTICLE.encode("cp1256"),
    }.items():
        p = tmp_path / name
        p.write_bytes(data)
        [doc] = read(p)
        assert not isinstance(doc, ReadError), (name, doc)
        assert "عفرين" in doc.text, name


def test_bad_inputs_are_reported_by_name(tmp_path):
    cases = {"empty.txt": b"", "binary.txt": bytes(range(256)) * 10, "x.pdf": b"%PDF-1.4"}
    for name, data in cases.items():
        p = tmp_path / name
        p.write_bytes(data)
        [err] = read(p)
        assert isinstance(err, ReadError), name
        assert name in str(err)
    [err] = read(tmp_path / "missing.txt")
    assert isinstance(err, ReadError) and "no such file" in err.reason


def test_jsonl_bad_line_does_not_lose_the_rest(tmp_path):
    p = tmp_path / "batch.jsonl"
    good = {"id": "a1", "title": "عنوان", "date": "2018-05-06", "url": "https://example.org/a1", "text": ARTICLE}
    p.write_text(json.dumps(good, ensure_ascii=False) + "\n{not json\n" + json.dumps({"id": "a2"}) + "\n"
                 + json.dumps({**good, "id": "a3"}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = read(p)
    docs = [d for d in out if not isinstance(d, ReadError)]
    errs = [d for d in out if isinstance(d, ReadError)]
    assert [d.key for d in docs] == ["a1", "a3"]
    assert docs[0].date == "2018-05-06" and docs[0].url == "https://example.org/a1"
    assert len(errs) == 2 and errs[0].source.endswith("batch.jsonl:2") and "JSON" in errs[0].reason
    assert "text" in errs[1].reason


def test_html_main_text_without_navigation(tmp_path):
    p = tmp_path / "page.html"
    p.write_text("""<html><head><meta charset="utf-8"><title>لافروف يلتقي تيلرسون</title>
    <meta property="article:published_time" content="2017-04-13"></head><body>
    <nav><a href="/">الرئيسية</a> <a href="/world">العالم</a></nav>
    <article><h1>لافروف يلتقي تيلرسون</h1>
    <p>قال وزير الخارجية الروسي سيرغي لافروف إن العلاقات بين روسيا والولايات المتحدة تمر بمرحلة صعبة للغاية بسبب الخلافات.</p>
    <p>وأضاف أن موسكو مستعدة للحوار البناء مع واشنطن في جميع القضايا الدولية والإقليمية المطروحة.</p></article>
    <footer>جميع الحقوق محفوظة</footer></body></html>""", encoding="utf-8")
    [doc] = read(p)
    assert not isinstance(doc, ReadError), doc
    assert "لافروف" in doc.title
    assert doc.date == "2017-04-13"
    assert "للحوار البناء" in doc.text
    assert "الرئيسية" not in doc.text and "محفوظة" not in doc.text


def test_directories_recurse(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    from kg.ingest.readers import iter_paths
    assert [Path(p).name for p in iter_paths([str(tmp_path)])] == ["b.txt"]
