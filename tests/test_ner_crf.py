"""The CRF person tagger: the shipped model on hand-written sentences, training
and reloading a tiny model, the NewsFANE reader, and an ANERcorp floor."""
import json
import subprocess
import sys

import pytest

from kg.ingest.ner_crf import (
    CLUSTERS_PATH,
    MODEL_PATH,
    PERSONS_PATH,
    Featurizer,
    PersonTagger,
    coarse,
    entity_spans,
    fix_iob,
    join_clitics,
    load_clusters,
    load_person_shares,
    person_share_level,
    person_shares,
    propagate_names,
    read_newsfane,
    train,
    write_person_shares,
)
from tests.conftest import ROOT, SHARED, need_shared


@pytest.fixture(scope="module")
def tagger():
    return PersonTagger.load()


def test_shipped_model_is_in_the_data_dir():
    assert MODEL_PATH == ROOT / "data" / "models" / "ner-crf.crfsuite"
    assert MODEL_PATH.exists()
    assert MODEL_PATH.stat().st_size < 5_000_000


def test_word_tables_are_small_and_hold_no_text():
    for path in (CLUSTERS_PATH, PERSONS_PATH):
        assert path.parent == MODEL_PATH.parent and path.exists()
        assert path.stat().st_size < 3_000_000
        rows = [line.rstrip("\n").split("\t") for line in path.read_text(encoding="utf-8").splitlines()
                if not line.startswith("#")]
        assert rows and all(" " not in r[0] for r in rows)
    clusters = load_clusters(str(CLUSTERS_PATH))
    assert all(set(bits) <= {"0", "1"} for bits, _ in clusters.values())
    assert set(load_person_shares(str(PERSONS_PATH)).values()) == {"0", "1", "2", "3"}


def test_cluster_and_share_features():
    f = Featurizer()
    own = f(["وقال", "لافروف"])[1]
    assert any(x.startswith("c4=") for x in own) and any(x.startswith("ps=") for x in own)
    assert any(x.startswith("-1c6=") for x in own)          # the neighbour's cluster
    assert "c=none" in f(["زقزقلوبيا"])[0]


def test_person_share_levels(tmp_path):
    assert [person_share_level(p, 10) for p in (0, 1, 4, 9)] == ["0", "1", "2", "3"]
    sents = _hand_sentences()
    path = train(sents, tmp_path / "tiny.crfsuite", max_iterations=60, c1=0.0, c2=0.01, document=False,
                 persons="")
    lines = [[w for w, _ in s] for s in sents] + [["قال", "زقزقلوبيا"]]
    levels = person_shares(PersonTagger.load(path, persons=""), lines)
    assert levels["خالد"] == "3" and levels["قال"] == "0"
    assert "زقزقلوبيا" not in levels                # seen once: no level
    out = write_person_shares(levels, tmp_path / "p.tsv")
    assert load_person_shares(str(out)) == levels


def test_title_then_known_name(tagger):
    words = "قال الرئيس الفرنسي إيمانويل ماكرون إن فرنسا ستواصل دعم الحوار .".split()
    assert (3, 5) in tagger.person_spans(words)
    tags = tagger.tag(words)
    assert tags[1] == "O" and tags[2] == "O"        # the title is not part of the name


def test_unknown_foreign_name_after_title(tagger):
    # a made-up name: neither word is in NewsFANE or in our lexicons
    words = "وأكد وزير الخارجية الأوروغوياني فاليريو بومبينوتي أن بلاده تدعم المبادرة .".split()
    assert (4, 6) in tagger.person_spans(words)


def test_name_with_reporting_verb_and_no_title(tagger):
    words = "وقال محمد الطراونة إن المشروع سينتهي العام المقبل .".split()
    assert (1, 3) in tagger.person_spans(words)


def test_surname_alone_later_in_the_article(tagger):
    doc = ["قال وزير الخارجية الروسي سيرغي لافروف إن موسكو تدعم الحوار .".split(),
           "وأكد وزير الخارجية الأوروغوياني فاليريو بومبينوتي أن بلاده تدعم المبادرة .".split(),
           "وأضاف لافروف أن الاجتماع المقبل سيعقد في جنيف .".split(),
           "وأشار بومبينوتي إلى أن الحوار هو الطريق الوحيد .".split()]
    spans = [entity_spans(t, "PER") for t in tagger.tag_document(doc)]
    assert spans == [[(4, 6, "PER")], [(4, 6, "PER")], [(1, 2, "PER")], [(1, 2, "PER")]]
    assert tagger.document_person_spans(doc)[3] == [(1, 2)]


def test_propagate_names():
    from kg.ingest.lexicon import load
    norms = [["قال", "الوزير", "فاليريو", "بومبينوتي", "ان"],
             ["التقي", "فاليريو", "بومبينوتي", "ولبومبينوتي", "وبومبينوتي", "في"],
             ["اكد", "بومبينوتي", "ان"]]
    tags = [["O", "O", "B-PER", "I-PER", "O"], ["O"] * 6, ["O"] * 3]
    assert propagate_names(norms, tags, load()) == [
        ["O", "O", "B-PER", "I-PER", "O"],
        ["O", "B-PER", "I-PER", "B-PER", "B-PER", "O"],  # with و the surname is another mention
        ["O", "B-PER", "O"]]


def test_no_person_in_a_sentence_without_one(tagger):
    words = "ارتفعت أسعار النفط في الأسواق العالمية أمس بنسبة اثنين في المئة .".split()
    assert tagger.person_spans(words) == []
    assert tagger.tag([]) == []


HAND = [
    "قال الوزير خالد_عمران إن الحكومة ستدعم الزراعة",
    "وأكد خالد_عمران أن الخطة جاهزة",
    "زار الرئيس سامي_فارس مدينة حلب أمس",
    "وقال سامي_فارس إن الزيارة ناجحة",
    "التقى الوزير نادر_حداد وفدا من عمان",
    "وأضاف نادر_حداد أن التعاون مستمر",
    "قال الأمين ليلى_سعيد إن اللجنة ستجتمع",
    "وأعلنت ليلى_سعيد موعد الاجتماع في حلب",
]


def _hand_sentences():
    """Sentences with names written Name_Surname; the two words are one PER span."""
    out = []
    for line in HAND:
        sent = []
        for w in line.split():
            if "_" in w:
                a, b = w.split("_")
                sent += [(a, "B-PER"), (b, "I-PER")]
            elif w in ("حلب", "عمان"):
                sent.append((w, "B-LOC"))
            else:
                sent.append((w, "O"))
        out.append(sent)
    return out


def test_train_tiny_model_round_trip(tmp_path):
    sents = _hand_sentences()
    path = train(sents, tmp_path / "m" / "tiny.crfsuite", max_iterations=60, c1=0.0, c2=0.01, document=True,
                 group=2, folds=2)
    assert path.exists()
    t = PersonTagger.load(path)
    for s in sents:
        assert t.tag([w for w, _ in s]) == [tag for _, tag in s]
    doc = [[w for w, _ in s] for s in sents[:2]]
    assert t.tag_document(doc) == [[tag for _, tag in s] for s in sents[:2]]
    # the same data gives the same model, byte for byte
    again = train(sents, tmp_path / "again.crfsuite", max_iterations=60, c1=0.0, c2=0.01, document=True,
                  group=2, folds=2)
    assert again.read_bytes() == path.read_bytes()


def test_load_missing_model(tmp_path):
    with pytest.raises(FileNotFoundError):
        PersonTagger.load(tmp_path / "none.crfsuite")


def test_coarse_classes():
    assert coarse("B-Politician") == "B-PER"
    assert coarse("I-Athlete") == "I-PER"
    assert coarse("B-Other_PER") == "B-PER"
    assert coarse("B-Group") == "O"
    assert coarse("B-Nation") == "B-LOC"
    assert coarse("I-Population-Center") == "I-LOC"
    assert coarse("B-Government") == "B-ORG"
    assert coarse("B-Land") == "O"
    assert coarse("O") == "O"


def test_join_clitics():
    sent = [("و", "O"), ("ل", "O"), ("الرئيس", "O"), ("بلاد", "O"), ("ه", "O"), ("و", "O"),
            ("شيراك", "B-Politician"), ("حكومة", "O"), ("ها", "O"), ("ال", "O"), ("11", "O")]
    assert join_clitics(sent) == [("وللرئيس", "O"), ("بلاده", "O"), ("وشيراك", "B-Politician"),
                                  ("حكومتها", "O"), ("ال", "O"), ("11", "O")]


def test_iob_helpers():
    tags = ["B-PER", "I-PER", "O", "B-LOC", "B-PER", "I-PER", "I-PER"]
    assert fix_iob(["O", "I-PER", "I-LOC"]) == ["O", "B-PER", "B-LOC"]
    assert entity_spans(tags, "PER") == [(0, 2, "PER"), (4, 7, "PER")]


def test_read_newsfane_format(tmp_path):
    # the published file: UTF-8 BOM, CRLF, a U+200E mark before most tokens, clitics split off
    text = ("\ufeff\u200eوقال\tO\r\n\u200eرئيس\tO\r\n\u200eالاتحاد\tO\r\n\u200eبرند\tB-Businessperson\r\n"
            "\u200eجوتشولك\tI-Businessperson\r\n\u200eفي\tO\r\n\u200eب\tO\r\n\u200eرلين\tB-Population-Center\r\n"
            "\r\n\u200eو\tO\r\n\u200eالعرب\tB-Group\r\n.\tO\r\n")
    f = tmp_path / "nf.txt"
    f.write_bytes(text.encode("utf-8"))
    assert read_newsfane(f) == [
        [("وقال", "O"), ("رئيس", "O"), ("الاتحاد", "O"), ("برند", "B-PER"), ("جوتشولك", "I-PER"),
         ("في", "O"), ("برلين", "B-LOC")],
        [("والعرب", "O"), (".", "O")],
    ]


def test_anercorp_person_floor():
    path = SHARED / "corpus" / "anercorp" / "ANERCorp_CamelLab_test.txt"
    need_shared(path)
    r = subprocess.run([sys.executable, "-m", "kg", "eval-ner", str(path), "--json"], capture_output=True,
                       text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    res = json.loads(r.stdout)
    assert res["PERS"]["entity"]["f1"] >= FLOOR_ENTITY
    assert res["PERS"]["token"]["f1"] >= FLOOR_TOKEN


FLOOR_ENTITY = 0.68
FLOOR_TOKEN = 0.80


def test_unlabelled_text_leaves_out_the_held_out_buckets(tmp_path):
    """The word tables are learnt from unlabelled news; articles of buckets 50–99
    (the evaluation's unseen pool) must never feed them."""
    from kg.ingest.ner_crf import read_lines
    text = tmp_path / "corpus" / "text"
    text.mkdir(parents=True)
    (text / "a.txt").write_text("قال الوزير إن الحل سياسي", encoding="utf-8")
    (text / "b.txt").write_text("قال السفير إن الموقف واضح", encoding="utf-8")
    (tmp_path / "corpus" / "manifest.tsv").write_text("docno\tbucket\na\t12\nb\t77\n", encoding="utf-8")
    lines = read_lines([text])
    assert lines == [["قال", "الوزير", "إن", "الحل", "سياسي"]]
