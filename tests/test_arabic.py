from kg.ingest.arabic import normalize, normalize_phrase, stems, strip_suffix, tokenize


def test_normalize_folds_spelling_variants():
    assert normalize("أمريكا") == normalize("امريكا") == normalize("إمريكا")
    assert normalize("سورية") == "سوريه"
    assert normalize("مُحَمَّد") == "محمد"
    assert normalize("مـــصر") == "مصر"
    assert normalize("پومبيو") == normalize("بومبيو")
    assert normalize("على") == normalize("علي")


def test_tokens_keep_offsets_into_original_text():
    text = "قال لافروف «إن التعاون مهم»."
    toks = tokenize(text)
    assert [t.text for t in toks][:3] == ["قال", "لافروف", "«"]
    for t in toks:
        assert text[t.start:t.end] == t.text


def test_stems_strip_proclitics():
    assert "الاسد" in stems(normalize("للأسد"))
    assert "الاتفاق" in stems(normalize("بالاتفاق"))
    assert "روسيا" in stems(normalize("وروسيا"))
    assert "عزم" in strip_suffix("عزمهما")


def test_normalize_phrase_drops_punctuation():
    assert normalize_phrase("  «الولايات  المتحدة» ") == "الولايات المتحده"
