from kg.ingest.sentences import split_paragraph, split_sentences


def test_full_stop_inside_guillemets_does_not_split():
    par = "وقال لافروف «نرى محاولات للعرقلة. ونعتبر هذا النهج خاطئا». وأضاف أن التعاون ممكن."
    out = split_paragraph(par)
    assert len(out) == 2
    assert out[0].endswith("خاطئا».")


def test_straight_quotes_and_question_marks():
    out = split_paragraph('وقالت: "هل نثق بهم؟ لا." ثم غادرت. هل انتهى الأمر؟')
    assert out == ['وقالت: "هل نثق بهم؟ لا." ثم غادرت.', "هل انتهى الأمر؟"]


def test_decimal_numbers_do_not_split():
    assert len(split_paragraph("بلغ النمو 3.5 في المئة هذا العام.")) == 1


def test_runaway_sentence_is_cut():
    long = "، ".join(["كلمة وكلمة أخرى"] * 400)
    sents = split_sentences(long)
    assert len(sents) > 1
    assert all(len(s.text) <= 1500 for s in sents)


def test_paragraphs_are_sentence_boundaries():
    sents = split_sentences("السطر الأول بلا نقطة\nالسطر الثاني.")
    assert [s.text for s in sents] == ["السطر الأول بلا نقطة", "السطر الثاني."]


def test_a_quote_never_closed_ends_where_the_writer_reports_again():
    from kg.ingest.lexicon import load
    par = ('وأضاف الجبير "خلال قدوم الوفد لم يكن هناك بحث ولا اجتماعات. وشدد الجبير على أن موقف المملكة لم يتغير. '
           'وقال الجبير إن مصر جزء أساسي من التحالف.')
    verbs = frozenset(load().verbs)
    assert len(split_paragraph(par, verbs)) == 3
    assert len(split_paragraph(par)) == 1          # without the verbs of saying, the quote runs on
    closed = 'وأضاف الجبير "لم يكن هناك بحث. وقال الوفد إنه جاء للعمرة". وشدد على أن الموقف لم يتغير.'
    assert len(split_paragraph(closed, verbs)) == 2   # a closed quote is left whole
