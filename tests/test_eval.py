"""`kg eval` scores the graph against gold annotations, with floors that
fail when extraction quality drops."""
import json
import subprocess
import sys

import pytest

from kg.evaluate import evaluate_gold
from tests.conftest import FIXTURES, ROOT, SHARED, need_shared


def kg_eval(*args):
    return subprocess.run([sys.executable, "-m", "kg", "eval", *args], capture_output=True, text=True, cwd=ROOT)


def test_eval_on_fixture_gold():
    r = kg_eval("--gold", str(FIXTURES / "gold"), "--json")
    assert r.returncode == 0, r.stderr
    res = json.loads(r.stdout)
    assert res["statements"]["f1"] >= 0.9
    assert res["stances"]["f1"] >= 0.6
    assert res["affiliations"]["f1"] >= 0.9


def test_eval_floor_fails_below_it():
    r = kg_eval("--gold", str(FIXTURES / "gold"), "--min-macro-f1", "1.01")
    assert r.returncode == 1 and "below the floor" in r.stderr


def test_eval_missing_texts_is_clear(tmp_path):
    (tmp_path / "x.gold.json").write_text('{"statements": []}', encoding="utf-8")
    r = kg_eval("--gold", str(tmp_path))
    assert r.returncode == 2 and "x.txt" in r.stderr


FLOORS = {   # a little under what was measured, so a real drop fails
    "gold": {"statements": 0.94, "stances": 0.65, "affiliations": 0.90, "macro_f1": 0.83},
    "gold_check": {"statements": 0.95, "stances": 0.53, "affiliations": 0.92, "macro_f1": 0.80},
    "gold_blind": {"statements": 0.94, "stances": 0.55, "affiliations": 0.87, "macro_f1": 0.80},
    "gold_final": {"statements": 0.92, "stances": 0.40, "affiliations": 0.89, "macro_f1": 0.74},
    "gold_holdout": {"statements": 0.88, "stances": 0.43, "affiliations": 0.89, "macro_f1": 0.74},
    "gold_fresh": {"statements": 0.80, "stances": 0.22, "affiliations": 0.92, "macro_f1": 0.65},
    "gold_fresh2": {"statements": 0.78, "stances": 0.29, "affiliations": 0.83, "macro_f1": 0.63},
    "gold_fresh3": {"statements": 0.78, "stances": 0.22, "affiliations": 0.85, "macro_f1": 0.62},
    "gold_fresh4": {"statements": 0.77, "stances": 0.30, "affiliations": 0.78, "macro_f1": 0.61},
    "gold_fresh5": {"statements": 0.74, "stances": 0.21, "affiliations": 0.87, "macro_f1": 0.61},
    "gold_fresh6": {"statements": 0.80, "stances": 0.30, "affiliations": 0.82, "macro_f1": 0.64},
    "gold_more_b": {"statements": 0.88, "stances": 0.39, "affiliations": 0.86, "macro_f1": 0.71},
    "gold_more_c": {"statements": 0.94, "stances": 0.36, "affiliations": 0.89, "macro_f1": 0.73},
    "gold_more_d": {"statements": 0.86, "stances": 0.39, "affiliations": 0.91, "macro_f1": 0.72},
    "gold_more_e": {"statements": 0.87, "stances": 0.36, "affiliations": 0.95, "macro_f1": 0.74},
    "gold_more_g": {"statements": 0.87, "stances": 0.35, "affiliations": 0.93, "macro_f1": 0.71},
    "gold_more_h": {"statements": 0.90, "stances": 0.38, "affiliations": 0.89, "macro_f1": 0.72},
    "gold_more_i": {"statements": 0.86, "stances": 0.41, "affiliations": 0.85, "macro_f1": 0.72},
    "gold_more_j": {"statements": 0.86, "stances": 0.38, "affiliations": 0.93, "macro_f1": 0.73},
    "gold_more_k": {"statements": 0.81, "stances": 0.23, "affiliations": 0.69, "macro_f1": 0.56},
    "gold_more_l": {"statements": 0.80, "stances": 0.32, "affiliations": 0.82, "macro_f1": 0.65},
    "gold_more_m": {"statements": 0.79, "stances": 0.31, "affiliations": 0.75, "macro_f1": 0.62},
    "gold_fresh7": {"statements": 0.76, "stances": 0.22, "affiliations": 0.86, "macro_f1": 0.62},
    "gold_fresh8": {"statements": 0.74, "stances": 0.34, "affiliations": 0.73, "macro_f1": 0.61},
    "gold_more_n": {"statements": 0.75, "stances": 0.28, "affiliations": 0.86, "macro_f1": 0.63},
    "gold_more_o": {"statements": 0.80, "stances": 0.05, "affiliations": 0.70, "macro_f1": 0.53},
    "gold_fresh9": {"statements": 0.69, "stances": 0.35, "affiliations": 0.60, "macro_f1": 0.56},
    "gold_more_p": {"statements": 0.78, "stances": 0.33, "affiliations": 0.79, "macro_f1": 0.63},
    "gold_fresh10": {"statements": 0.71, "stances": 0.31, "affiliations": 0.86, "macro_f1": 0.63},
    "gold_more_q": {"statements": 0.66, "stances": 0.14, "affiliations": 0.85, "macro_f1": 0.52},
    "gold_fresh11": {"statements": 0.79, "stances": 0.11, "affiliations": 0.93, "macro_f1": 0.61},
    "gold_more_r": {"statements": 0.77, "stances": 0.32, "affiliations": 0.78, "macro_f1": 0.62},
    "gold_fresh12": {"statements": 0.67, "stances": 0.11, "affiliations": 0.75, "macro_f1": 0.51},
    "gold_more_s": {"statements": 0.81, "stances": 0.28, "affiliations": 0.79, "macro_f1": 0.63},
    "gold_more_t": {"statements": 0.66, "stances": 0.23, "affiliations": 0.75, "macro_f1": 0.55},
    "gold_fresh13": {"statements": 0.83, "stances": 0.38, "affiliations": 0.73, "macro_f1": 0.65},
    "gold_more_u": {"statements": 0.61, "stances": 0.32, "affiliations": 0.74, "macro_f1": 0.56},
    "gold_fresh14": {"statements": 0.79, "stances": 0.31, "affiliations": 0.88, "macro_f1": 0.66},
    "gold_more_v": {"statements": 0.80, "stances": 0.39, "affiliations": 0.74, "macro_f1": 0.64},
    "gold_more_w": {"statements": 0.73, "stances": 0.26, "affiliations": 0.87, "macro_f1": 0.62},
    "gold_fresh15": {"statements": 0.77, "stances": 0.19, "affiliations": 0.86, "macro_f1": 0.61},
    "gold_more_x": {"statements": 0.82, "stances": 0.03, "affiliations": 0.60, "macro_f1": 0.46},
    "gold_fresh16": {"statements": 0.80, "stances": 0.37, "affiliations": 0.83, "macro_f1": 0.67},
    "gold_more_y": {"statements": 0.74, "stances": 0.36, "affiliations": 0.84, "macro_f1": 0.62},
    "gold_more_z": {"statements": 0.80, "stances": 0.29, "affiliations": 0.84, "macro_f1": 0.63},
    "gold_fresh17": {"statements": 0.71, "stances": 0.51, "affiliations": 0.82, "macro_f1": 0.68},
    "gold_more_aa": {"statements": 0.79, "stances": 0.21, "affiliations": 0.92, "macro_f1": 0.64},
    "gold_more_ab": {"statements": 0.76, "stances": 0.47, "affiliations": 0.82, "macro_f1": 0.68},
    "gold_fresh18": {"statements": 0.82, "stances": 0.28, "affiliations": 0.87, "macro_f1": 0.66},
    "gold_more_ac": {"statements": 0.82, "stances": 0.25, "affiliations": 0.88, "macro_f1": 0.65},
    "gold_fresh19": {"statements": 0.77, "stances": 0.29, "affiliations": 0.85, "macro_f1": 0.64},
    "gold_more_ad": {"statements": 0.70, "stances": 0.35, "affiliations": 0.82, "macro_f1": 0.62},
    "gold_fresh20": {"statements": 0.80, "stances": 0.33, "affiliations": 0.74, "macro_f1": 0.62},
    "gold_more_ae": {"statements": 0.84, "stances": 0.28, "affiliations": 0.92, "macro_f1": 0.68},
    "gold_fresh21": {"statements": 0.78, "stances": 0.03, "affiliations": 0.88, "macro_f1": 0.55},
    "gold_more_af": {"statements": 0.88, "stances": 0.40, "affiliations": 0.89, "macro_f1": 0.72},
    "gold_more_ag": {"statements": 0.78, "stances": 0.57, "affiliations": 0.90, "macro_f1": 0.75},
    "gold_more_ah": {"statements": 0.70, "stances": 0.22, "affiliations": 0.74, "macro_f1": 0.55},
    "gold_more_ai": {"statements": 0.84, "stances": 0.29, "affiliations": 0.91, "macro_f1": 0.68},
    "gold_more_aj": {"statements": 0.88, "stances": 0.40, "affiliations": 0.93, "macro_f1": 0.74},
    "gold_more_ak": {"statements": 0.85, "stances": 0.18, "affiliations": 0.85, "macro_f1": 0.62},
    "gold_more_al": {"statements": 0.88, "stances": 0.39, "affiliations": 0.93, "macro_f1": 0.73},
    "gold_more_am": {"statements": 0.76, "stances": 0.21, "affiliations": 0.77, "macro_f1": 0.58},
}


@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_own_gold_set_floor(folder):
    """Our annotated real articles (texts read from ../shared), all annotated without
    looking at the system's output. The errors of gold_holdout, gold_fresh and gold_fresh3
    to gold_fresh21 were never looked at (gold_fresh2's headline located one regression),
    so their floors are the honest ones; the others are development sets."""
    corpus = SHARED / "corpus"
    need_shared(corpus)
    # in this process (the CLI is tested above), so that the lexicons load once for all the sets
    res = evaluate_gold(ROOT / "tests" / folder, [corpus / "ant-multisource-intl" / "text", corpus / "saudinewsnet-intl" / "text"])
    floor = FLOORS[folder]
    for part in ("statements", "stances", "affiliations"):
        assert res[part]["f1"] >= floor[part], (part, res[part])
    assert res["macro_f1"] >= floor["macro_f1"], res["macro_f1"]
