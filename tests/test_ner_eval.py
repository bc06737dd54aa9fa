"""`kg eval-ner` on CoNLL data: spans, and the ANERcorp figures as a floor."""
import json
import subprocess
import sys

from kg.evaluate_ner import spans
from tests.conftest import FIXTURES, ROOT, SHARED, need_shared


def test_spans_from_iob2():
    assert spans(["O", "B-PERS", "I-PERS", "O", "B-LOC", "I-PERS"]) == {(1, 3, "PERS"), (4, 5, "LOC"), (5, 6, "PERS")}


def run(path):
    r = subprocess.run([sys.executable, "-m", "kg", "eval-ner", str(path), "--json"], capture_output=True,
                       text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_sample_names_with_title_and_surname():
    r = run(FIXTURES / "ner-sample.conll")
    assert r["PERS"]["entity"]["f1"] == 1.0
    assert r["LOC"]["entity"]["f1"] == 1.0


def test_anercorp_floor():
    path = SHARED / "corpus" / "anercorp" / "ANERCorp_CamelLab_test.txt"
    need_shared(path)
    r = run(path)
    assert r["PERS"]["token"]["f1"] >= 0.5
    assert r["LOC"]["entity"]["f1"] >= 0.7


def test_a_directory_or_binary_file_is_a_clear_error(tmp_path):
    for path in (tmp_path, tmp_path / "data.bin"):
        if path.suffix:
            path.write_bytes(b"\xff\xfe\x00binary")
        r = subprocess.run([sys.executable, "-m", "kg", "eval-ner", str(path)], capture_output=True, text=True, cwd=ROOT)
        assert r.returncode == 2 and str(path) in r.stderr and "Traceback" not in r.stderr
