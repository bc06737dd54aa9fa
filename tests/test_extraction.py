"""Entities, statements and stances on short texts written for the tests."""
import pytest

from kg.ingest.metadata import document_from_text
from kg.ingest.pipeline import extract


def run(body: str, title: str = "عنوان الخبر للاختبار"):
    return extract(document_from_text(f"{title}\n\n{body}", source="t.txt", key="t"))


def speakers(ex):
    return [(st.speaker.label_ar, st.claim) for st in ex.statements]


def stances(ex):
    return {(s.holder.label_ar, s.polarity, s.target.label_ar) for s in ex.stances}


def stance_keys(ex):
    return {(s.holder.key, s.polarity, s.target.key) for s in ex.stances}


def country_of(ex, label):
    """The country of the entity the text calls `label`."""
    return next(e for e in ex.entities.values() if e.label_ar == label).country


def test_title_nationality_and_name_make_a_person_with_country():
    ex = run("قال وزير الخارجية الروسي سيرغي لافروف إن التعاون ممكن.")
    p = next(e for e in ex.entities.values() if e.kind == "Person")
    assert p.label_ar == "سيرغي لافروف" and p.country == "Russia"
    assert canonical(p.role) == "foreign minister"


def canonical(role):
    from kg.ingest.entities import canonical_role
    return canonical_role(role)


def test_discovered_person_not_in_gazetteer():
    ex = run("أكد وزير الخارجية البرازيلي ألويسيو نونيس أن بلاده تدعم الحوار.")
    p = next(e for e in ex.entities.values() if e.kind == "Person")
    assert p.label_ar == "ألويسيو نونيس" and p.country == "Brazil"
    assert ex.statements[0].speaker is p


def test_dropped_subject_goes_to_the_last_speaker_across_sentences():
    ex = run("قال وزير الخارجية الفرنسي جان إيف لودريان إن الوضع خطير. وأضاف أن باريس تدعم الحوار. "
             "وتابع أن الحل يجب أن يكون سياسيا.")
    assert [s for s, _ in speakers(ex)] == ["جان إيف لودريان"] * 3


def test_surname_alone_is_the_same_person():
    ex = run("قال وزير الخارجية البرازيلي ألويسيو نونيس إن الوضع خطير. وأكد نونيس أن بلاده تدعم الحوار.")
    assert {st.speaker.key for st in ex.statements} == {"الويسيو_نونيس"}


def test_counterpart_takes_the_role_and_its_own_country():
    ex = run("التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأميركي ريكس تيلرسون. وقال تيلرسون إن اللقاء مفيد.")
    till = next(e for e in ex.entities.values() if e.label_ar == "ريكس تيلرسون")
    assert till.country == "United_States"
    assert ex.statements[0].speaker.label_ar == "ريكس تيلرسون"


def test_feminine_verb_prefers_a_feminine_antecedent():
    ex = run("قالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن موسكو سترد. "
             "وقال وزير الدفاع البريطاني مايكل فالون إن لندن لن تتراجع. وأضافت أن الرد سيكون حازما.")
    assert [s for s, _ in speakers(ex)] == ["ماريا زاخاروفا", "مايكل فالون", "ماريا زاخاروفا"]


def test_nested_speech_is_the_outer_speakers_statement():
    ex = run("قال وزير الخارجية الروسي سيرغي لافروف إن بوتين أكد الاستعداد للحوار.")
    assert len(ex.statements) == 1
    st = ex.statements[0]
    assert st.speaker.label_ar == "سيرغي لافروف"
    assert [r.label_en for r in st.reported_speakers] == ["Vladimir Putin"]


def test_direct_quote_is_the_claim():
    ex = run("وقال وزير الخارجية الروسي سيرغي لافروف «نرى محاولات لعرقلة تعاوننا. ونعتبر هذا خطأ».")
    st = ex.statements[0]
    assert st.quote_type == "direct"
    assert st.claim == "نرى محاولات لعرقلة تعاوننا. ونعتبر هذا خطأ"


def test_organisations_and_anonymous_sources_speak():
    ex = run("وأعلن الكرملين أن الاجتماع كان مثمرا. وقال مسؤول أميركي إن واشنطن تدرس الرد.")
    sp = [st.speaker for st in ex.statements]
    assert sp[0].label_ar == "الكرملين" and sp[0].country == "Russia"
    assert sp[1].kind == "Anonymous" and sp[1].country == "United_States"


def test_according_to_names_the_speaker():
    ex = run("وستعقد القمة الشهر المقبل، بحسب وزير الخارجية التركي مولود جاويش أوغلو.")
    assert ex.statements and ex.statements[0].speaker.label_en == "Mevlüt Çavuşoğlu" or \
        ex.statements[0].speaker.label_ar.endswith("أوغلو")


def test_support_and_oppose_roll_up_to_countries():
    ex = run("وأكد الرئيس الروسي فلاديمير بوتين تأييد روسيا للأسد. وقال وزير الخارجية الفرنسي جان إيف لودريان "
             "إن فرنسا تدين الهجوم الكيميائي.")
    got = stances(ex)
    assert ("روسيا", "support", "بشار الأسد") in got
    assert ("فرنسا", "oppose", "الهجوم الكيميائي") in got


def test_joint_subject_gives_one_stance_per_country():
    ex = run("قال وزير الخارجية الروسي سيرغي لافروف بعد لقائه نظيره الأميركي ريكس تيلرسون إن الجانبين أكدا "
             "عزمهما محاربة الإرهاب.")
    holders = {h for h, pol, t in stances(ex) if t == "مكافحة الإرهاب"}
    assert holders == {"روسيا", "الولايات المتحدة"}


def test_cue_chains_and_negation_flip_polarity():
    ex = run("وشدد وزير الخارجية الروسي سيرغي لافروف على أهمية منع تكرار الضربات. "
             "وقال إن روسيا لا تؤيد العقوبات.")
    got = stances(ex)
    assert ("روسيا", "oppose", "تكرار الضربات") in got
    assert ("روسيا", "oppose", "العقوبات") in got


def test_issue_variants_are_one_node():
    a = run("قال وزير الخارجية الروسي سيرغي لافروف إن روسيا تدعم محاربة الإرهاب.")
    b = run("قال وزير الخارجية الروسي سيرغي لافروف إن روسيا تدعم مكافحة الارهاب الدولي.")
    ka = {s.target.key for s in a.stances}
    kb = {s.target.key for s in b.stances}
    assert ka == kb == {"counterterrorism"}


@pytest.mark.parametrize("name", ["english.txt", "no-statements.txt"])
def test_no_invented_statements(name):
    from tests.conftest import FIXTURES
    ex = extract(document_from_text((FIXTURES / name).read_text(encoding="utf-8"), source=name, key=name))
    assert ex.statements == [] and ex.stances == []


def test_malformed_punctuation_and_long_sentences_do_not_crash():
    body = "قال «" * 200 + " وزير الخارجية " + "، " * 3000 + "».. ؟؟ !! «« »» \"\" ((( )))"
    ex = run(body)
    assert isinstance(ex.statements, list)


def test_equivalences_are_recorded_as_implied_edges():
    ex = run("قال وزير الخارجية الروسي سيرغي لافروف إن روسيا تدعم مكافحة الإرهاب. "
             "وقال وزير الخارجية الأميركي ريكس تيلرسون إنه من المهم رحيل الأسد عن السلطة.")
    implied = {(s.holder.label_ar, s.polarity, s.target.key) for s in ex.implied}
    direct = {(s.holder.label_ar, s.polarity, s.target.key) for s in ex.stances}
    assert ("روسيا", "oppose", "terrorism") in implied and ("روسيا", "support", "counterterrorism") in direct
    assert all(s.target.key != "terrorism" for s in ex.stances)       # no second stance node to double-count
    # calling for an actor's departure opposes the actor
    assert ("الولايات المتحدة", "oppose", "Bashar_al-Assad") in implied | direct


def test_wrongful_act_pinned_on_an_actor_is_opposition():
    ex = run("وقال الرئيس الفلسطيني محمود عباس إن الولايات المتحدة تجاهلت كل مطالبنا.")
    assert ("فلسطين", "oppose", "الولايات المتحدة") in stances(ex)
    ex = run("وقال الرئيس الفلسطيني محمود عباس إن المفاوضات تعثرت.")
    assert not any(s.polarity == "oppose" for s in ex.stances)


def test_evaluative_predicate_judges_the_clause_subject():
    got = stances(run("وقال وزير الخارجية السوري وليد المعلم إن الذهاب إلى مؤتمر جنيف سابق لأوانه. "
                      "وقال وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني إن المقاطعة تمثل تعديا على سيادة بلاده. "
                      "ووصف وزير الخارجية التركي مولود جاويش أوغلو مقترح الهدنة بأنه \"مبشر للغاية\"."))
    assert ("سوريا", "oppose", "الذهاب إلى مؤتمر جنيف") in got
    assert ("قطر", "oppose", "المقاطعة") in got
    assert ("تركيا", "support", "مقترح الهدنة") in got


def test_an_attributive_adjective_is_not_a_judgement():
    ex = run("وقال وزير الخارجية الروسي سيرغي لافروف إن الطرفين أجريا مناقشات بناءة بشأن سوريا.")
    assert not [s for s in ex.stances if s.rule.startswith("judgement")]


def test_calling_on_an_actor_to_leave_opposes_it():
    got = stances(run("وقال وزير الخارجية الأميركي جون كيري: \"الأسد يجب أن يرحل عن السلطة\"."))
    assert ("الولايات المتحدة", "oppose", "بشار الأسد") in got


def test_coordinated_targets_share_the_cue_and_a_definite_cue_noun_is_a_thing():
    got = stances(run("وأكد وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني حرص بلاده على وحدة اليمن "
                      "واحترام سيادته. وقال إن قطر تدعم المعارضة في سوريا."))
    assert {("قطر", "support", "وحدة اليمن"), ("قطر", "support", "احترام سيادته"),
            ("قطر", "support", "المعارضة في سوريا")} <= got
    assert not any(t == "في سوريا" or p == "oppose" for _, p, t in got)


def test_quoted_complement_stays_in_the_target():
    got = stances(run("وقال الرئيس الروسي فلاديمير بوتين إنه لا بد من سحب \"جميع القوات الأجنبية\" من سوريا."))
    assert ("روسيا", "support", "سحب جميع القوات الأجنبية") in got


def test_past_tense_cue_with_its_subject_after_it_is_a_position():
    got = stances(run("ورفض رئيس الوزراء الليبي فايز السراج فتح مراكز لاستقبال المهاجرين في ليبيا."))
    assert any(h == "ليبيا" and p == "oppose" and t.startswith("فتح مراكز") for h, p, t in got)


def test_headline_speaker_before_a_colon_states_a_position():
    ex = extract(document_from_text("العبادي: حرق مخازن صناديق الانتخابات مخطط لضرب الديمقراطية\n\n"
                                    "وقال رئيس الوزراء العراقي حيدر العبادي إن التحقيقات مستمرة.", source="t.txt", key="t"))
    assert ("العراق", "oppose", "حرق مخازن صناديق الانتخابات") in stances(ex)
    assert len(ex.statements) == 1      # the headline is not a second statement


def test_feminine_pronoun_subject_is_not_the_male_speaker():
    # "she supports Hezbollah" is Iran, not Kerry; and as Kerry's allegation it is not Iran's stated position either
    got = stances(run("وقال وزير الخارجية الأمريكي جون كيري إن الكل يعلم عن تدخلات إيران في المنطقة "
                      "وأنها تدعم حزب الله."))
    assert not any(t == "حزب الله" and p == "support" for _, p, t in got)
    got = stances(run("وقال وزير الخارجية الإيراني محمد جواد ظريف إن الكل يعلم عن دور بلاده في المنطقة "
                      "وأنها تدعم الحل السياسي."))
    assert ("إيران", "support", "الحل السياسي") in got


def test_addressee_of_a_demand_is_neither_speaker_nor_holder():
    ex = run("وطالب وزير الخارجية الفرنسي جان إيف لودريان الحكومة الإسرائيلية بوقف الاستيطان. "
             "كما طالب السلطة الفلسطينية، خلال الجلسة في نيويورك، باستعادة قطاع غزة.")
    assert [st.speaker.label_ar for st in ex.statements] == ["جان إيف لودريان"] * 2
    assert ("فرنسا", "oppose", "الاستيطان") in stances(ex)


def test_anonymous_source_keeps_rank_and_body_and_a_relay_is_not_a_second_speaker():
    ex = run("وقال مسؤول كبير في الإدارة الأمريكية إن واشنطن تخطط لعقد القمة. "
             "وكشف المتحدث باسم الخارجية الروسية عن موعد القمة، حسبما نقلت وكالة الأنباء الروسية.")
    src = ex.statements[0].speaker
    assert src.anonymous and src.label_ar == "مسؤول كبير في الإدارة الأمريكية" and src.country == "United_States"
    assert len(ex.statements) == 2 and "وكالة" not in ex.statements[1].speaker.label_ar


def test_breaking_ties_opposes_the_other_country_for_every_coordinated_holder():
    got = stances(run("وقطعت السعودية والإمارات والبحرين ومصر روابط السفر والتجارة مع قطر في يونيو 2017."))
    assert {(c, "oppose", "قطر") for c in ("السعودية", "الإمارات", "البحرين", "مصر")} <= got


def test_against_inside_a_claim_is_opposition_and_its_negation_support():
    got = stances(run("وقال وزير الخارجية التركي مولود جاويش أوغلو إن العملية معركة ضد التنظيمات الإرهابية. "
                      "وقال الرئيس الفلسطيني محمود عباس إن الاعتراف بفلسطين ليس ضد المفاوضات."))
    assert ("تركيا", "oppose", "التنظيمات الإرهابية") in got
    assert ("فلسطين", "support", "المفاوضات") in got


def test_accused_object_of_a_finite_verb_is_the_target_and_coordinated_holders_are_not_targets():
    got = stances(run("وقال وزير الخارجية التركي مولود جاويش أوغلو إن بلاده ترفض الحملة، واتهمت فرنسا بإعطاء "
                      "\"معلومات كاذبة\". كما رفض المغرب وتونس وألبانيا استقبال مهاجرين على أراضيهم."))
    assert ("تركيا", "oppose", "فرنسا") in got and not any(h == "فرنسا" for h, _, _ in got)
    assert {(c, "oppose", "استقبال مهاجرين") for c in ("المغرب", "تونس", "ألبانيا")} <= got
    assert not any(t in ("تونس", "ألبانيا") for _, _, t in got)


def test_adverbial_speech_continues_the_sentence_subject_not_the_last_speaker():
    ex = run("وقال وزير الخارجية الكندي إن الحوار مهم. رد وليد الصمعاني، وزير العدل السعودي، على الانتقادات "
             "مؤكدا أن القضاء السعودي مستقل.")
    assert ex.statements[-1].speaker.label_ar == "وليد الصمعاني"


def test_possessive_cue_after_a_light_verb_and_accusation_in_a_relative_clause():
    got = stances(extract(document_from_text(
        "روسيا تجدد دعمها للأسد\n\nوقال وزير الخارجية القطري خالد العطية إن المجتمع الدولي تخاذل إزاء الجرائم "
        "التي يرتكبها النظام السوري.", source="t.txt", key="t")))
    assert ("روسيا", "support", "بشار الأسد") in got
    assert any(h == "قطر" and p == "oppose" and t in ("الحكومة السورية", "النظام السوري") for h, p, t in got)


def test_withdrawal_opposes_what_is_left_and_an_appositive_names_the_proposal():
    ex = extract(document_from_text(
        "ظريف: قد نتخذ إجراءات صارمة إذا انسحبت أمريكا من الاتفاق النووي\n\n"
        "ورفض الرئيس الروسي فلاديمير بوتين مقترح نظيره التركي رجب طيب أردوغان، إعلان هدنة في إدلب.",
        source="t.txt", key="t"))
    got = stances(ex)
    assert ("الولايات المتحدة", "oppose", "الاتفاق النووي") in got
    assert any(h == "روسيا" and p == "oppose" and "هدنة" in t for h, p, t in got)


@pytest.mark.parametrize("text, name", [
    ("وقال المتحدث باسم الخارجية الباكستانية قاضي خليل الله إن الحوار مهم.", "قاضي خليل الله"),
    ("وقال المتحدث باسم الحكومة الإيرانية محمد باقر نوبخت إن الحوار مهم.", "محمد باقر نوبخت"),
    ("قال المتحدث الرئيسي باسم الأونروا، كريس غانيس، إن الخطوة مدمرة.", "كريس غانيس"),
    ("وقال نائب وزير الصناعة والتجارة الروسي غورغي كالامانوف إن المنظمة تغرق.", "غورغي كالامانوف"),
])
def test_titled_names_with_compounds_portfolios_and_unknown_bodies(text, name):
    assert run(text).statements[0].speaker.label_ar == name


def test_unnamed_titles_keep_their_body_and_posting():
    ex = run("وقال متحدث باسم الرئيس الفلسطيني إن القرار تحد. وكتبت سفيرة روسيا لدى هولندا في تغريدة \"لا أدلة\".")
    a, b = (st.speaker for st in ex.statements)
    assert a.label_ar == "متحدث باسم الرئيس الفلسطيني" and a.country == "Palestine"
    assert b.label_ar == "سفيرة روسيا لدى هولندا" and b.country == "Russia"


def test_relay_far_from_its_verb_according_to_with_clitic_and_saying_by_bil_qawl():
    ex = run("ونقل جورج شترايتر نائب المتحدث باسم الحكومة الألمانية امس عن ميركل قولها خلال مكالمة هاتفية "
             "إنه ينبغي الحفاظ على عملية السلام. ووفقا لشترايتر، فإن داود أوغلو أطلع ميركل على تحرك الحكومة. "
             "واختتم شترايتر تصريحاته بالقول إن الجانبين اتفقا على تعاون وثيق.")
    assert [st.speaker.label_ar for st in ex.statements] == ["أنغيلا ميركل", "جورج شترايتر", "جورج شترايتر"]


def test_bodies_named_by_a_head_noun_and_the_statement_points_to_its_issuer():
    ex = run("وقال مكتب العلاقات العامة للقوات المسلحة الباكستانية في بيان إن الهند تنتهك الهدنة. "
             "وأكد البيان أن الهند انتهكت اتفاقية وقف إطلاق النار. وذكرت وكالة أنباء دوجان أن ستة أشخاص اعتقلوا.")
    a, b, c = (st.speaker for st in ex.statements)
    assert a.label_ar == "مكتب العلاقات العامة للقوات المسلحة الباكستانية" and a.country == "Pakistan"
    assert b is a
    assert c.label_ar == "وكالة أنباء دوجان" and not c.country


def test_an_obligation_put_on_another_country_is_the_speakers_demand():
    got = stances(run("أكد السفير الإيراني في بريطانيا حميد بعيدي نجاد أن \"الحكومة البريطانية عليها التزام "
                      "بحماية السفارة الإيرانية\"."))
    assert ("إيران", "support", "حماية السفارة الإيرانية") in got
    assert not any(h == "بريطانيا" for h, _, _ in got)


def test_his_country_is_the_speakers_and_the_three_countries_hold_one_position_each():
    got = stances(run("وأعلن الرئيس السوداني عمر البشير تأييد بلاده لإنشاء السد الإثيوبي. "
                      "وأكد قادة الدول الثلاث مصر وقبرص واليونان على أهمية تعزيز الشراكة بين دولهم."))
    assert ("السودان", "support", "إنشاء السد الإثيوبي") in got
    assert {(c, "support", "تعزيز الشراكة") for c in ("مصر", "قبرص", "اليونان")} <= got


def test_listed_ministers_postings_and_construct_titles_name_people():
    ex = run("بمشاركة وزير الري والمياه المصري حسام مغازي، والسوداني معتز موسى، والإثيوبي ألمايو تجنو. "
             "وأكد السفير الإيراني في بريطانيا حميد بعيدي نجاد أن الحكومة مقصرة. "
             "وقال رئيس وزراء اليونان أليكسيس تسيبراس إن التعاون مهم.")
    people = {e.label_ar: e.country for e in ex.entities.values() if e.kind == "Person"}
    assert people["معتز موسى"] == "Sudan" and people["ألمايو تجنو"] == "Ethiopia"
    assert people["حميد بعيدي نجاد"] == "Iran" and people["أليكسيس تسيبراس"] == "Greece"


def test_condemning_an_attack_opposes_its_perpetrator_and_classing_a_group_as_terrorist():
    got = stances(run("ودان دبلوماسي أميركي كبير على تويتر الهجمات التي نفذها مقاتلو حزب العمال الكردستاني. "
                      "وقال وزير الخارجية التركي مولود جاويش أوغلو إن بلاده تصنف وحدات حماية الشعب منظمة إرهابية."))
    assert ("الولايات المتحدة", "oppose", "حزب العمال الكردستاني") in got
    assert any(h == "تركيا" and p == "oppose" and "وحدات حماية الشعب" in t for h, p, t in got)


def test_withdrawal_noun_without_actor_and_cues_inside_names_state_nothing():
    got = stances(run("وقال وزير الخارجية الإيراني جواد ظريف عن تهديدات ترامب بالانسحاب من الاتفاق: \"هذه رسالة خطرة\". "
                      "وقال العقيد تركي المالكي، المتحدث الرسمي باسم قوات \"تحالف دعم الشرعية في اليمن\"، إن الضربات مشروعة."))
    assert not any(t == "الاتفاق" for _, _, t in got)
    assert not any("الشرعية" in t for _, _, t in got)


def test_the_three_countries_are_the_ones_named_together():
    got = stances(run("عقدت القمة بين الرئيس المصري عبد الفتاح السيسي، والرئيس القبرصي نيكوس أناستاسيادس، "
                      "ورئيس وزراء اليونان أليكسيس تسيبراس. وناقشت القمة الوضع في ليبيا وليبيا وسوريا. "
                      "وأكد قادة الدول الثلاث على أهمية تعزيز الشراكة بين دولهم."))
    assert {h for h, p, t in got if t == "تعزيز الشراكة"} == {"مصر", "قبرص", "اليونان"}


def test_contrast_after_a_cue_takes_the_opposite_position():
    got = stances(run("وقال المتحدث باسم الكرملين دميتري بيسكوف «الأهم الحوار، ثم البحث عن مخرج، وليس اللجوء لاستخدام القوة»."))
    assert ("روسيا", "oppose", "استخدام القوة") in got and ("روسيا", "support", "الحوار") in got


def test_object_claim_is_not_replaced_by_a_quote_after_a_comma():
    ex = run("وأعلن الرئيس السوداني عمر البشير تأييد بلاده لإنشاء السد، بسبب المكاسب، كأول «تمايز» بين الموقفين.")
    assert ex.statements and ex.statements[0].claim.startswith("تأييد بلاده")


def test_mali_after_a_noun_is_financial_and_coordinated_heads_share_a_complement():
    ex = run("وقال الرئيس المصري عبد الفتاح السيسي إن الجماعات تتلقى دعم مالي وسياسي. "
             "ودعا المتحدث باسم الخارجية الإيرانية بهرام قاسمي في بيان إلى \"محاكمة ومعاقبة مصدري الأوامر\".")
    assert not any(e.key == "Mali" for e in ex.entities.values())
    assert any(h == "إيران" and p == "support" and t.startswith("محاكمة ومعاقبة") for h, p, t in stances(ex))


def test_svo_headline_subject_obligation_on_an_addressee_and_what_is_demanded_of_it():
    ex = extract(document_from_text("البيت الأبيض يدين عباس لنعته السفير الأمريكي\n\n"
                                    "وقال المرشد الإيراني علي خامنئي إنه \"يجب على القوات المسلحة أن تعزز قدراتها\". "
                                    "وطالبت الحكومة السورية الجيش بالاستعداد.", source="t.txt", key="t"))
    got = stances(ex)
    assert ("الولايات المتحدة", "oppose", "محمود عباس") in got and not any(h == "فلسطين" for h, _, _ in got)
    assert not any(t == "القوات المسلحة" for _, _, t in got)
    assert ("سوريا", "support", "الاستعداد") in got


def test_accused_acts_are_not_the_accusers_positions_and_prevention_targets_the_act():
    got = stances(run("وكانت الأزمة قد اندلعت حين اتهمت السعودية والإمارات الحكومة القطرية بدعم الإرهاب. "
                      "وقال الرئيس الأمريكي دونالد ترامب: \"لن نستطيع منع إيران من تصنيع قنبلة نووية\"."))
    assert ("السعودية", "oppose", "الحكومة القطرية") in got
    assert not any(h in ("السعودية", "الإمارات") and p == "support" for h, p, _ in got)
    assert ("الولايات المتحدة", "oppose", "تصنيع قنبلة نووية") in got
    assert not any(t == "إيران" for _, _, t in got)


def test_demand_addressee_after_a_participle_and_words_that_only_look_like_clitics():
    got = stances(run("وقال كبير المفاوضين الفلسطينيين صائب عريقات إن الوزير قدم الإحالة، مطالبا المحكمة الجنائية الدولية "
                      "بفتح تحقيق فوري. وأعلنت وزارة التعليم السعودية إيقاف برامج التدريب لكندا."))
    assert any(p == "support" and t.startswith("فتح تحقيق") for _, p, t in got)
    assert any(t.startswith("برامج التدريب") for _, _, t in got)


def test_names_starting_with_waw_relative_clauses_and_frames_with_adjectives():
    ex = run("وبالطبع حذرت موسكو واشنطن وحلفاءها من شن هجوم على سوريا. "
             "وقال وزير الدفاع الأمريكي جيمس ماتيس: \"نتوقع حملة مضللة من قبل أولئك الذين يدعمون بشار الأسد\". "
             "ويتهم النظام السوري وأنصاره مجموعة \"الخوذ البيضاء\" بأنها أداة. "
             "وقال وزير الخارجية الإسرائيلي إن النفوذ الإيراني يهدد بمواجهة كبيرة مع إسرائيل.")
    got = stances(ex)
    assert ("روسيا", "oppose", "شن هجوم") in got and not any(h == "الولايات المتحدة" for h, _, _ in got)
    assert ("سوريا", "oppose", "الخوذ البيضاء") in got
    assert not any("مواجهة" in t for _, _, t in got)


def test_appositive_after_the_subject_shared_nationality_and_the_addressee_of_told():
    got = stances(run("حذر جون بولتون، مستشار الأمن القومي للرئيس الأمريكي، من التدخل في الانتخابات. "
                      "اتهمت السلطات الإيرانية، السبت، الحكومة والشرطة البريطانية بالتقصير. "
                      "أبلغت الحكومة الأردنية الحكومة التركية برغبتها إنهاء العمل باتفاقية الشراكة."))
    assert ("الولايات المتحدة", "oppose", "التدخل في الانتخابات") in got
    assert {("إيران", "oppose", "الحكومة البريطانية"), ("إيران", "oppose", "الشرطة البريطانية")} <= got
    assert not any(h == "تركيا" for h, _, _ in got)


def test_markup_left_in_web_text_stays_out_of_targets():
    got = stances(run("قال وزير الخارجية الروسي سيرغي لافروف إن روسيا تدعم <b class=x>الحل السياسي</b>. "
                      "وأكد أن موسكو ترفض <img src=x> التدخل الأجنبي."))
    assert {("روسيا", "support", "الحل السياسي"), ("روسيا", "oppose", "التدخل الأجنبي")} <= got
    assert not any("<" in t or "=" in t for _, _, t in got)


def test_obligations_hopes_and_the_object_of_a_possessive_cue():
    got = stances(run("وقال وزير الخارجية المصري سامح شكري إنه يتعين على إسرائيل وقف الاستيطان. "
                      "وأضاف أن بلاده تأمل أن تعترف الدول بفلسطين. "
                      "وأعربت تركيا عن رفضها اتفاقية ترسيم الحدود."))
    assert {("مصر", "oppose", "الاستيطان"), ("مصر", "support", "تعترف الدول بفلسطين"),
            ("تركيا", "oppose", "اتفاقية ترسيم الحدود")} <= got
    assert not any(t == "إسرائيل" for _, _, t in got)       # who the obligation is on is not the position


def test_supporting_the_fight_against_a_thing_is_opposing_it():
    got = stances(run("قال الرئيس المصري عبد الفتاح السيسي إنه يجب على المجتمع الدولي التصدي لاتساع دائرة التطرف والإرهاب. "
                      "وأكد ضرورة مكافحة الفساد."))
    assert ("مصر", "oppose", "الفساد") in got
    assert any(h == "مصر" and p == "oppose" and "التطرف" in t for h, p, t in got)
    assert not any(p == "support" and t.startswith(("التصدي", "مكافحة الفساد", "المجتمع")) for _, p, t in got)


def test_ali_typed_for_the_preposition_is_not_a_person():
    ex = run("وقال وزير الخارجية الروسي سيرغي لافروف إن البلدين اتفقا علي التواصل بهدف تشجيع المفاوضات.")
    assert not any(e.kind == "Person" and e.label_ar.startswith("علي") for e in ex.entities.values())


def test_spokesman_named_in_apposition_and_transliteration_variants():
    ex = run("وقال الجنرال الأميركي جون نيكلسون إن بلاده مستعدة للتفاوض. "
             "كما أكد نيكولسون أن تعليقاته تم تحريفها. "
             "من جانبه، قال المتحدث باسم المهمة، الكولونيل مارتن أودونيل، إن واشنطن تستكشف كل السبل.")
    got = speakers(ex)
    assert [sp for sp, _ in got] == ["جون نيكلسون", "جون نيكلسون", "مارتن أودونيل"]


def test_newspaper_with_quoted_name_and_quoted_names_on_the_way_to_the_claim():
    got = speakers(run('وقال الجنرال الأميركي جون نيكلسون إن بلاده مستعدة. '
                       'وكانت صحيفة "نيويورك تايمز" قد أفادت، الأحد، بأن الإدارة أبلغت دبلوماسييها بالسعي إلى محادثات. '
                       'وأضاف نيكلسون، في بيان نشرته مهمة "الدعم الحازم" التابعة للحلف، أن "واشنطن ليست بديلا عن الشعب".'))
    assert got[1][0] == "نيويورك تايمز"      # the listed outlet
    assert got[2][0] == "جون نيكلسون" and got[2][1].startswith("واشنطن ليست")


def test_replied_spokesman_of_the_ministry_named_before_and_the_ministry_then():
    ex = run("اعتبرت وزارة الخارجية الجزائرية أن التعليق لا يلزم إلا صاحبه. "
             "وأكدت الوزارة وقتها أن الشريط مسيء. "
             "ورد الناطق باسم وزارة الخارجية، الاثنين، أن التغريدة لا تلزم إلا شخصه. "
             "وأوضح عبدالعزيز بن علي الشريف أن التغريدة لا علاقة لها بالتساؤلات.")
    got = speakers(ex)
    assert got[1][0] == "وزارة الخارجية الجزائرية"
    spokesman = ex.statements[2].speaker
    assert spokesman.label_ar == "الناطق باسم وزارة الخارجية" and spokesman.country == "Algeria"
    assert got[3][0] == "عبدالعزيز بن علي الشريف"


def test_title_name_stops_before_its_object_and_a_place_is_not_the_country_in_focus():
    ex = run("وكانت الفلبين وسعت الحظر على عمل مواطنيها في الكويت بعد توجيه الرئيس رودريغو دوتيرتي انتقادات حادة. "
             "وقال دوتيرتي إن حكومته ستطلب إجلاء العمال. "
             "وكان دوتيرتي تحدث مرارا عن تعرض العمالة للاستغلال.")
    duterte = next(e for e in ex.entities.values() if e.kind == "Person")
    assert duterte.label_ar == "رودريغو دوتيرتي" and duterte.country == "Philippines"
    assert [sp for sp, _ in speakers(ex)] == ["رودريغو دوتيرتي", "رودريغو دوتيرتي"]


def test_subject_opening_a_headline_wins_over_a_titled_name_after_the_verb():
    ex = run("قال مسؤولون فلسطينيون إنهم يرفضون القرار.", title="متحدث باسم محمود عباس ينتقد وقف تمويل إدارة الرئيس الأمريكي دونالد ترامب وكالة الأونروا")
    assert not any(s.holder.label_ar == "الولايات المتحدة" and s.polarity == "support" for s in ex.stances)


def test_present_and_first_person_cue_forms_and_fighting_verbs():
    got = stances(run("وقال وزير الخارجية الكويتي صباح الخالد الصباح: \"نحن نستغرب ونستنكر تصريحات الرئيس الفلبيني\". "
                      "وقال وزير الخارجية التركي مولود جاويش أوغلو: \"نحن شجبنا كل أشكال الإرهاب، لأن دولتنا تحارب التطرف منذ 40 عاما\"."))
    assert ("الكويت", "oppose", "تصريحات الرئيس الفلبيني") in got
    assert ("تركيا", "oppose", "كل أشكال الإرهاب") in got and ("تركيا", "oppose", "التطرف") in got


def test_spokesman_bilisan_and_verbal_nouns_are_not_names():
    ex = run("وقال الناطق بلسان الخارجية التركية إن بلاده ترفض اعتبار كلام الوزير بداية للعملية.")
    assert ex.statements[0].speaker.country == "Turkey"
    assert not any(e.kind == "Person" and "اعتبار" in e.label_ar for e in ex.entities.values())


def test_role_then_nationality_then_a_name_and_the_office_of_a_named_body_later():
    ex = run("وبرر الممثل الأمريكي للتجارة روبرت لايتزر في بيان، هذه الشكوى بأن الرسوم قانونية. "
             "أعلن رئيس حكومة الوفاق الوطني الليبية فائز السراج رفضه إقامة مراكز للمهاجرين. "
             "كما قال رئيس حكومة الوفاق الوطني المعترف بها دوليا \"أنا مستغرب جدا من أوروبا\".")
    lighthizer = next(e for e in ex.entities.values() if e.label_ar == "روبرت لايتزر")
    assert lighthizer.country == "United_States"
    assert [st.speaker.label_ar for st in ex.statements][-1] == "فايز السراج"


def test_according_to_a_role_with_a_pronoun_and_a_whereas_clause_with_a_titled_speaker():
    ex = run("ستغلق الحكومة الليبية مراكز المهاجرين على أراضيها، بحسب ما أعلن رئيسها فائز السراج الجمعة. "
             "كرر حلفاء النظام رؤيتهم أن الحل سياسي، في حين أعلن وزير خارجية النظام وليد المعلم أن «الذهاب إلى جنيف سابق لأوانه».")
    got = [(st.speaker.label_ar, st.rule) for st in ex.statements]
    assert ("فايز السراج", "according-to") in got
    assert any(sp == "وليد المعلم" for sp, _ in got)


def test_quantity_phrases_and_events_in_relative_clauses():
    got = stances(run("وقال رئيس الوزراء الليبي فائز السراج إنه يدعو الدول الأوروبية إلى ممارسة مزيد من الضغط على الدول "
                      "التي ينطلق منها المهاجرون، في ليبيا التي تشهد الفوضى التي أعقبت الإطاحة بنظام معمر القذافي."))
    assert ("ليبيا", "support", "ممارسة مزيد من الضغط على الدول") in got
    assert not any(p == "oppose" and "القذافي" in t for _, p, t in got)


def test_a_source_from_a_country_identified_by_name_then_called_by_family_name():
    ex = run("وكانت مسؤولة من كوريا الشمالية، هي تشوي سون-هوي قد رفضت التعليقات. "
             "وقال نائب الرئيس الأمريكي مايك بنس إن كوريا الشمالية قد تنتهي نهاية ليبيا. "
             "وقال تشوي، التي كانت ضالعة في الاتصالات، إن كوريا الشمالية لن تتوسل من أجل الحوار.")
    choe = ex.statements[-1].speaker
    assert choe.label_ar == "تشوي سون-هوي" and choe.country == "North_Korea"


def test_want_someone_to_act_hamza_less_here_and_a_national_title_in_a_one_country_story():
    got = stances(run("وقال الوزير الروسي سيرغي لافروف إن أمريكا تريد لإيران أن تعود إلى حدودها. "
                      "وقال لافروف إن هنا ترتبط الأمور بالتعامل."))
    assert not any(t == "إيران" or "ترتبط" in t for _, _, t in got)
    ex = run("قال رئيس الوزراء العراقي حيدر العبادي إن الحريق متعمد. وأكد مسؤولون عراقيون في العراق أن العراق يحقق. "
             "وتحدث سكان بغداد عن الحريق. وأكد رئيس مجلس النواب سليم الجبوري أن الجريمة متعمدة.")
    assert next(e for e in ex.entities.values() if e.label_ar == "سليم الجبوري").country == "Iraq"


def test_quoted_addressee_and_a_quoted_idiom_after_a_pledge():
    got = stances(run("قال رئيس الوزراء العراقي حيدر العبادي إن التحقيقات مستمرة، متعهدا بـ\"الضرب بيد من حديد على كل من يعبث بالأمن\". "
                      "كما دعا العبادي \"الأجهزة الأمنية والجهات المختصة في بغداد إلى اتخاذ إجراءات صارمة\"."))
    assert ("العراق", "support", "اتخاذ إجراءات صارمة") in got
    assert not any(p == "support" and (t.startswith("الضرب") or "الجهات" in t) for _, p, t in got)


def test_adverb_phrases_before_the_fought_thing_and_conjuncts_inside_a_charge():
    got = stances(run("وقال المتحدث باسم وزارة الداخلية السعودية إن المملكة ستواصل التصدي بكل قوة للإرهاب والتطرف. "
                      "وأعلن وزير الخارجية البريطاني بوريس جونسون أن بريطانيا اتهمت روسيا بمحاولة قتل سكريبال وابنته يوليا."))
    assert {("السعودية", "oppose", "الإرهاب"), ("السعودية", "oppose", "التطرف"), ("بريطانيا", "oppose", "روسيا")} <= got
    assert not any("بكل" in t or "يوليا" in t for _, _, t in got)


def test_votes_for_and_against_and_a_circumstantial_after_the_target():
    got = stances(run("وصوتت روسيا وسوريا ضد القرار الذي قدمته بريطانيا، بينما صوتت فرنسا لصالح القرار. "
                      "وقال لافروف إن روسيا رفضت القرار مدعومة بدمشق."))
    assert {("روسيا", "oppose", "القرار"), ("سوريا", "oppose", "القرار"), ("فرنسا", "support", "القرار")} <= got
    assert not any(t == "بريطانيا" or "مدعومة" in t for _, _, t in got)


def test_first_person_call_keeps_the_speakers_country_and_certainly_is_an_adverb():
    got = stances(run("وقال السفير الروسي في ايرلندا يوري فيلاتوف \"نأمل في مناقشة المسألة وندعو بريطانيا لتقديم كل الأدلة\". "
                      "وأضاف \"نأمل بالتأكيد أن يتم إحياء الحوار\"."))
    assert ("روسيا", "support", "تقديم كل الأدلة") in got
    assert not any(h == "بريطانيا" for h, _, _ in got) and not any("التأكيد" in t for _, _, t in got)


def test_several_addressees_coordinated_verbs_and_districts_are_not_revival():
    got = stances(run("قال وزير الخارجية اليمني إن الحكومة اليمنية تطالب مجلس الأمن الدولي والأمم المتحدة والمجتمع الدولي "
                      "بموقف حازم. أدانت إيران واستنكرت تحذيرات الولايات المتحدة الأمريكية. "
                      "وقالت الخارجية السعودية إن الهجمات استهدفت الأحياء السكنية."))
    assert ("اليمن", "support", "موقف حازم") in got
    assert ("إيران", "oppose", "تحذيرات الولايات المتحدة الأمريكية") in got
    assert not any(p == "support" and (t in ("مجلس الأمن الدولي", "الأمم المتحدة") or "السكنية" in t
                                       or t.startswith("تحذيرات")) for _, p, t in got)


def test_verbal_nouns_after_a_preposition_are_not_names_and_a_ban_is_on_its_possessor():
    ex = run("وأثارت قضيته أزمة بين ترامب الذي كان يطالب بإطلاق سراحه، والرئيس التركي رجب طيب أردوغان. "
             "وطالب الادعاء العام التركي بإلغاء منع السفر عن القس. وقضت المحكمة بإلغاء منعه من السفر.")
    assert not any(e.kind == "Person" and "إطلاق" in e.label_ar for e in ex.entities.values())
    assert not any(s.target.label_ar == "رجب طيب أردوغان" or (s.polarity == "oppose" and s.target.label_ar == "السفر")
                   for s in ex.stances)


def test_a_country_does_not_oppose_itself_and_vague_or_filler_targets():
    got = stances(run("وقال الناشط السعودي عمر عبد العزيز إنه ينتقد سياسات السعودية للمرة الثانية. "
                      "وقال وزير الخارجية الأمريكي مايك بومبيو إنه يجب أن نكون قادرين على تفتيش المنشآت."))
    assert not any(h == "السعودية" and p == "oppose" for h, p, _ in got)
    assert not any(t.startswith(("نكون", "قادرين", "المرة")) for _, _, t in got)


def test_insisted_and_stopping_the_fighting():
    ex = run("وتؤكد الدول الغربية أن النظام مسؤول، فيما تصر روسيا على أنه لا توجد أدلة دامغة. "
             "وقال الرئيس المصري عبد الفتاح السيسي إن الحل سياسي، مشددا على ضرورة وقف القتال.")
    assert ("روسيا", "لا توجد أدلة دامغة") in speakers(ex)
    assert ("مصر", "oppose", "القتال") in stances(ex)


def test_a_demonstrative_before_the_subject():
    ex = run("وقدمت الولايات المتحدة وبريطانيا وفرنسا مشروع قرار. "
             "وتؤكد هذه الدول الثلاث أن النظام السوري هو الوحيد الذي يمتلك مروحيات.")
    assert speakers(ex)[0][0] == "الدول الثلاث"


def test_solidarity_shared_cue_heads_and_positions_of_unnamed_others():
    got = stances(run("وتابع المتحدث باسم الحكومة الألمانية أن ميركل أكدت لداود أوغلو دعم وتضامن بلادها مع حكومة أنقرة. "
                      "وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن هذه الدول تفسر التضامن مع بريطانيا بشكل مختلف."))
    assert ("ألمانيا", "support", "حكومة أنقرة") in got
    assert not any(h == "روسيا" for h, _, _ in got) and not any(t.startswith("وتضامن") for _, _, t in got)


def test_a_new_clause_has_its_own_subject_and_an_allegation_is_not_the_accuseds_position():
    got = stances(run("قال الرئيس الأمريكي دونالد ترامب إن الاتفاق النووي كان لمصلحة إيران، وإن إلغاء الاتفاق النووي سيجعل أميركا أكثر أمانا. "
                      "وأضاف ترامب أن النظام الإيراني يشعل الصراعات ويدعم المنظمات الإرهابية."))
    assert ("الولايات المتحدة", "oppose", "الاتفاق النووي") in got or any(
        h == "الولايات المتحدة" and p == "oppose" for h, p, _ in got)
    assert not any(h == "إيران" for h, _, _ in got)


def test_what_these_militias_want_an_addressee_then_an_an_clause_and_own_bodies():
    got = stances(run("واعتبر وزير الخارجية اليمني إطلاق الصواريخ رسالة واضحة للعالم بأن هذه الميليشيات لا تريد السلام. "
                      "وطالب وزير الخارجية اليمني العالم أن يكون حازما مع الانقلابيين. "
                      "وقال وزير الخارجية البريطاني بوريس جونسون إن زعيم حزب العمال يعطي مصداقية للدعاية الروسية، "
                      "برفضه دعم رؤية الحكومة البريطانية."))
    assert not any(t in ("السلام", "العالم") or "الحكومة البريطانية" in t for _, _, t in got)


def test_stance_words_are_not_names_the_official_and_broken_plural_nationalities():
    ex = run("من جهته أكد السفير الصيني تواصل دعم بلاده لليمن في مختلف المجالات. "
             "قال وزير الدفاع الأمريكي آشتون كارتر إن الولايات المتحدة ستواصل العمل مع العراق. "
             "وأشاد المسؤول، الذي تقود بلاده ائتلافا دوليا، بنجاح البيشمركة. "
             "أعرب مسؤولون أتراك عن اعتقادهم بأن الصحفي قتل في القنصلية.")
    assert not any(e.kind == "Person" and "دعم" in e.label_ar for e in ex.entities.values())
    got = [(st.speaker.label_ar, st.speaker.country or st.speaker.key) for st in ex.statements]
    assert ("آشتون كارتر", "United_States") in got[1:3] and got[2][0] == "آشتون كارتر"
    assert got[3] == ("مسؤولون أتراك", "Turkey")


def test_a_newspaper_object_attributed_words_a_commander_and_a_verb_inside_the_clause():
    ex = run('وكان الصحفي يكتب مقالات رأي لصحيفة "واشنطن بوست" قبل اختفائه. '
             "وقال قائد في الجيش الروسي إن موسكو تبحث تزويد سوريا بأنظمة دفاعية. "
             "ونسب إلى وزير الخارجية الروسي سيرغي لافروف قوله إنه قبل الضربات أبلغت موسكو مسؤولين أمريكيين بالخطوط الحمراء.")
    got = speakers(ex)
    assert [sp for sp, _ in got] == ["قائد في الجيش الروسي", "سيرغي لافروف"]
    assert ex.statements[0].speaker.country == "Russia"


def test_a_quoted_event_name_before_the_claim_states_nothing_but_the_verbs_object_does():
    ex = run("وقال وزير الخارجية السوري وليد المعلم في كلمة ألقاها خلال \"المؤتمر الدولي لمواجهة الإرهاب التكفيري\" "
             "الذي عقد في دمشق \"هناك حديث كثير عن الاتفاق النووي\". "
             "وكان الرئيس الأمريكي دونالد ترامب قال في كلمة له، معلنا انسحاب بلاده من الاتفاق النووي: \"الاتفاق ضعيف\".")
    assert speakers(ex)[0][1].startswith("هناك حديث")
    got = stances(ex)
    assert not any(t.startswith(("مكافحة", "مواجهة")) or t == "الإرهاب" for _, _, t in got)
    assert any(h == "الولايات المتحدة" and p == "oppose" for h, p, _ in got)


def test_stance_verbs_are_conjugated_from_their_lemma():
    from kg.ingest.lexicon import conjugations
    assert {"رفضنا", "نرفض", "يرفضون", "رفضتا"} <= set(conjugations("رفض", "رفض"))
    got = stances(run("وقال وزير الخارجية السعودي عادل الجبير: \"رفضنا التدخل الإيراني، ونستنكر الهجمات، ونحث المجتمع الدولي على التحرك\"."))
    assert {("السعودية", "oppose", "التدخل الإيراني"), ("السعودية", "oppose", "الهجمات"), ("السعودية", "support", "التحرك")} <= got


def test_a_role_in_something_a_door_opened_to_it_intent_and_not_allowing():
    got = stances(run("ودعا الرئيس اليمني عبد ربه منصور هادي الصين إلى دور فاعل في إعادة البناء. "
                      "وأعرب الرئيس الفنزويلي نيكولاس مادورو عن رغبته في فتح باب لعلاقة احترام وحوار. "
                      "وقال وزير الخارجية التركي إن تركيا تعتزم تفتيش القنصلية. "
                      "ونسبت الوكالة إلى لافروف القول إنه مقتنع بأن الرئيس فلاديمير بوتين ونظيره الأمريكي دونالد ترامب لن يسمحا بمواجهة مسلحة."))
    assert {("اليمن", "support", "إعادة البناء"), ("فنزويلا", "support", "علاقة احترام"),
            ("تركيا", "support", "تفتيش القنصلية"), ("روسيا", "oppose", "مواجهة مسلحة")} <= got


def test_subheading_questions_negated_saying_issued_statements_and_a_posted_ambassadress():
    ex = run("ماذا قالت تركيا بشأن اختفاء الصحفي؟ "
             "ولم يكشف المسؤول عن سبب استهداف نيازي. "
             "وأوضح بيان صادر عن مكتب العلاقات العامة للقوات المسلحة الباكستانية أن المذكرة طالبت البعثة بإجراء تحقيق. "
             "وأكد البيان أن الهند انتهكت اتفاقية وقف إطلاق النار. "
             "وقال سفير روسيا ألكسندر شولغين إن الموقف واضح. "
             "وكتبت سفيرة روسيا لدى هولندا في تغريدة \"هل قدمت المملكة المتحدة أدلة ملموسة؟ لا\".")
    got = [sp for sp, _ in speakers(ex)]
    assert got == ["مكتب العلاقات العامة للقوات المسلحة الباكستانية"] * 2 + ["ألكسندر شولغين", "سفيرة روسيا لدى هولندا"]


def test_names_introduced_by_meetings_retirement_and_role_nationality_and_a_whereas_clause():
    ex = run("وعبر المسؤول الأوروبي، خلال لقائه رياض ياسين وزير الخارجية اليمني، عن دعمه للحكومة. "
             "واستقبل الملك حمد بن عيسى في قصر الصخير، الجنرال الأميركي المتقاعد أنتوني زيني. "
             "وتحقق تركيا في اختفاء الصحفي السعودي جمال خاشقجي. "
             "وقال الرئيس الأمريكي دونالد ترامب إنه قلق حيال مصير خاشقجي، في حين حث وزير خارجيته، مايك بومبيو، "
             "الرياض على إجراء تحقيق شامل.")
    people = {e.label_ar: e.country for e in ex.entities.values() if e.kind == "Person"}
    assert people.get("رياض ياسين") == "Yemen" and people.get("أنتوني زيني") == "United_States"
    assert people.get("جمال خاشقجي") == "Saudi_Arabia" and "قصر الصخير" not in people
    assert not any(h == "السعودية" for h, _, _ in stances(ex))


def test_a_short_quoted_site_name_before_the_an_clause():
    got = speakers(run("على صعيد متصل، كشف رئيس الوزراء الإسرائيلي بنيامين نتنياهو، في حسابه على موقع \"تويتر\"، "
                       "أنه \"أجرى مشاورات أمنية في مقر وزارة الدفاع\"."))
    assert got[0][1].startswith("أجرى مشاورات")


def test_news_outlets_and_agencies_speak_but_never_for_a_country():
    ex = run("وقد أذاعت بي بي سي تسجيلا للمحادثة، قائلة إنه على الرغم من أنها لا تفعل ذلك في العادة، فإنها قررت نشره. "
             "وذكرت وكالة سبأ أن اللقاء ناقش التطورات في اليمن، وأن الحكومة ترفض التدخل.")
    assert [sp for sp, _ in speakers(ex)][:2] == ["بي بي سي", "سبأ"]
    assert not any(s.holder.kind == "Country" for s in ex.stances)


def test_hope_for_a_thing_or_a_clause_and_a_demand_in_a_clause():
    got = stances(run("وأعرب وزير الخارجية الأمريكي مايك بومبيو عن أمله في إطلاق سراح القس برونسون. "
                      "ويأمل الرئيس الروسي فلاديمير بوتين في رفع العقوبات. "
                      "وطالب وزير الخارجية التركي مولود جاويش أوغلو بأن يتم تسليم المشتبه بهم. "
                      "وقال بومبيو إن أمل كلوني في لندن."))
    assert {("الولايات المتحدة", "support", "إطلاق سراح القس برونسون"), ("روسيا", "support", "رفع العقوبات"),
            ("تركيا", "support", "تسليم المشتبه بهم")} <= got
    assert not any(t in ("بريطانيا", "لندن") for _, _, t in got)      # "أمل" before a name is the name


def test_a_named_wrapper_and_a_quoted_word_with_its_genitive():
    got = stances(run("ودعا وزير الخارجية الإيراني محمد جواد ظريف الرياض إلى وقف ما وصفه بـ \"العدوان\" على اليمن. "
                      "وقال وزير الخارجية الكويتي إن الكويت تستنكر \"تصعيد\" مانيلا."))
    assert ("إيران", "oppose", "العدوان على اليمن") in got
    assert any(h == "الكويت" and p == "oppose" and t.startswith("تصعيد مانيلا") for h, p, t in got)


def test_a_cue_noun_after_lil_and_a_thing_named_by_a_definite_noun_after_it():
    # "للمطالبة" reads as ل + المطالبة like "بالمطالبة"; "للمعارضة" without its preposition is the opposition
    got = stances(run("وقال وزير الخارجية الفلسطيني رياض المالكي إن فلسطين ستتحرك للمطالبة بإنهاء الاحتلال، "
                      "بعد هجوم على منطقة خاضعة للمعارضة قرب دمشق."))
    assert got == {("فلسطين", "oppose", "الاحتلال")}


def test_said_takes_no_object_so_the_name_after_it_speaks_and_a_statement_speaks_for_its_author():
    ex = run("قال وزير الخارجية الأمريكي مايك بومبيو إن المحادثات مثمرة. "
             "وفي كلمة خلال اجتماع حكومي بقيادة الرئيس دونالد ترامب قال بومبيو إن تقدما تحقق. "
             "وقال بيان وزارة الخارجية الأمريكية إن المنظمة لم تتخذ أي خطوة. "
             "وقال آلان بوزويل الباحث المستقل في شؤون جنوب السودان إن \"هذه محاولة جادة\". "
             "وحث نشطاء الأربعاء الجانبين على التوصل إلى اتفاق.")
    assert [sp for sp, _ in speakers(ex)] == ["مايك بومبيو", "مايك بومبيو", "وزارة الخارجية الأمريكية", "آلان بوزويل", "نشطاء"]


def test_a_minister_of_any_portfolio_with_an_honorific_before_the_name():
    ex = run("من جانبه قال وزير الأوقاف الأردني الدكتور هايل داود إن الزيارة تاريخية.")
    people = {e.label_ar: e.country for e in ex.entities.values() if e.kind == "Person"}
    assert people == {"هايل داود": "Jordan"} and speakers(ex)[0][0] == "هايل داود"


def test_an_ambassadors_posting_before_the_name_a_family_name_with_al_and_a_praised_general():
    ex = run("أكد السفير والمندوب الدائم لدولة الإمارات لدى الأمم المتحدة في جنيف، عبيد سالم الزعابي، الثلاثاء، "
             "أن بلاده ردت على المزاعم. "
             "وقال رئيس هيئة الأركان الأمريكي جوزيف دانفورد إن روسيا تهديد. "
             "وكان الرئيس الأميركي باراك أوباما قد أشاد بالجنرال دانفورد كقائد ساعد في تشكيل الدور المتغير للقوات الأميركية.")
    assert [sp for sp, _ in speakers(ex)] == ["عبيد سالم الزعابي", "جوزيف دانفورد", "باراك أوباما"]
    people = {e.label_ar: e.country for e in ex.entities.values() if e.kind == "Person"}
    assert people.get("عبيد سالم الزعابي") == "United_Arab_Emirates"


def test_a_run_of_whole_stories_after_the_article_is_not_its_body():
    from kg.ingest.metadata import document_from_text
    story = "قال وزير الخارجية الأمريكي إن بلاده ستعمل مع الحلفاء على معالجة الأزمة في المنطقة خلال الأسابيع المقبلة، وإن الحوار هو السبيل الوحيد للخروج منها."
    body = [f"وأضاف الوزير أن المحادثات ستستمر في الأيام المقبلة بين الجانبين من أجل التوصل إلى اتفاق شامل ينهي الأزمة رقم {n}."
            for n in range(4)]
    teasers = [(f"كشف مسؤول بوزارة الخارجية أن الحكومة أرسلت مساعدات إلى المنطقة المنكوبة بعد الزلزال الذي ضرب البلاد الأسبوع {n}، "
                "وهو ما رحبت به الأمم المتحدة في بيان صدر عنها اليوم.") for n in range(3)]
    doc = document_from_text("عنوان الخبر للاختبار هنا\n" + "\n".join([story] + body + teasers), "x.txt", "x")
    assert "كشف مسؤول" not in doc.text and "وأضاف الوزير" in doc.text


def test_told_and_how_someone_replied_are_not_subjects_and_a_cues_adjective_after_its_holder():
    ex = run("وقال وزير الخارجية الأمريكي مايك بومبيو إن الوقت قصير. "
             "وأكد وزير الخارجية لولي العهد السعودي أن مستقبله على المحك. "
             "ولم يشر المصدر إلى كيفية رد الأمير محمد بن سلمان. "
             "بينما قالت صحيفة السفير اللبنانية إن المقال يمهد لجولة.")
    got = [sp for sp, _ in speakers(ex)]
    assert got[:2] == ["مايك بومبيو", "مايك بومبيو"] and "محمد بن سلمان" not in got and len(got) == 3
    assert ("الإمارات", "oppose", "كل المحاولات") in stances(run(
        "وقال وزير الخارجية الإماراتي عبدالله بن زايد إن بلاده تؤكد رفض الإمارات التام لكل المحاولات."))


def test_an_aide_speaks_not_the_person_served_and_bassem_is_a_name_after_a_title():
    ex = run("قال مدير مكتب رئيس وزراء إثيوبيا أبي أحمد إن الاجتماع عقد. "
             "وقال مستشار الرئيس الأمريكي دونالد ترامب إن العقوبات باقية. "
             "وقال وزير المالية الأردني الأسبق باسم عوض الله إن الزيارة مهمة.")
    got = speakers(ex)
    assert [sp for sp, _ in got] == ["مدير مكتب رئيس وزراء إثيوبيا أبي أحمد", "مستشار الرئيس الأمريكي دونالد ترامب", "باسم عوض الله"]
    aides = [e for e in ex.entities.values() if e.kind == "Office"]
    assert {e.country for e in aides} == {"Ethiopia", "United_States"}


def test_a_title_after_a_name_describes_it_and_a_coordinated_title_starts_the_next_person():
    ex = run("وصف العميد أحمد المسماري، المتحدث باسم الجيش الليبي، نبأ القبض على الإرهابي بأنه هدية. "
             "وقال المسماري إن العملية تمت فجرا. "
             "واستضافت كريت القمة بين الرئيس المصري عبد الفتاح السيسي، والرئيس القبرصي نيكوس أناستاسيادس.")
    people = {e.label_ar: e.country for e in ex.entities.values() if e.kind == "Person"}
    assert "نبأ القبض" not in people and people.get("أحمد المسماري") == "Libya"
    assert people.get("نيكوس أناستاسيادس") == "Cyprus"


def test_seeking_accepting_refuting_no_alternative_and_a_reply_after_a_preposition():
    got = stances(run("وقالت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا إن موسكو لا تسعى إلى التصعيد، ولن نقبل أبدا الإملاء. "
                      "وقال وزير الخارجية الأمريكي جون كيري إنه لا بديل عن الاتفاق النووي. "
                      "وأعلن البيت الأبيض أن ترامب لم يقرر بعد، فيما دعت بريطانيا إلى رد دولي منسق. "
                      "وسعى الوفد الروسي إلى إطالة النقاشات."))
    assert {("روسيا", "oppose", "التصعيد"), ("روسيا", "oppose", "الإملاء"), ("الولايات المتحدة", "support", "الاتفاق النووي"),
            ("بريطانيا", "support", "رد دولي منسق")} <= got
    assert not any(t == "إطالة النقاشات" for _, _, t in got)      # a delegation's efforts, told by the narrator
    assert ("الإمارات", "oppose", "المزاعم القطرية") in stances(run("الإمارات تدحض المزاعم القطرية", title="عنوان آخر للاختبار"))


def test_standing_by_rejecting_participles_cognate_objects_and_recognising_a_capital():
    got = stances(run("وقال وزير الخارجية الإماراتي عبدالله بن زايد إن الإمارات تقف إلى جانب السعودية في السراء والضراء. "
                      "وجدد وزير الخارجية السعودي عادل الجبير موقف المملكة الرافض للتدخل الإيراني. "
                      "وقال وزير الخارجية الفلسطيني رياض المالكي إن فلسطين ترفض رفضا قاطعا القرار الأمريكي. "
                      "وطالب وزير الخارجية الأمريكي مايك بومبيو دول العالم بالاعتراف بالقدس عاصمة لإسرائيل."))
    assert {("الإمارات", "support", "السعودية"), ("السعودية", "oppose", "التدخل الإيراني"),
            ("فلسطين", "oppose", "القرار الأمريكي"), ("الولايات المتحدة", "support", "القدس عاصمة لإسرائيل")} <= got
    assert not any(t.startswith(("قاطعا", "الضراء", "السعودية في")) for _, _, t in got)


def test_titles_with_a_possessive_pronoun_an_office_of_a_person_and_gunmen():
    ex = run("وقالت إيطاليا إنها ترحب بالاتفاق. وأشاد رئيس وزرائها جوزيبي كونتي بالاتفاق مؤكدا أن بلاده لم تعد بمفردها. "
             "وقال مكتب نتنياهو إن الاجتماع كان جيدا. "
             "واتهم المسلحون الحكومة السورية بتدبير الهجوم.")
    people = {e.label_ar: e.country for e in ex.entities.values() if e.kind == "Person"}
    assert people.get("جوزيبي كونتي") == "Italy"
    assert [sp for sp, _ in speakers(ex)][-2:] == ["مكتب نتنياهو", "المسلحون"]


def test_verbs_inside_a_claim_purpose_and_response_phrases_and_the_one_urged():
    ex = run("وقال وزير الخارجية الروسي، سيرغي لافروف، إن روسيا سوف تقدم قرارا إلى مجلس الأمن الدولي تقترح فيه زيارة مفتشين. "
             "وأعلنت رئيسة الوزراء البريطانية تيريزا ماي طرد 23 دبلوماسيا روسيا ردا على تسميم عميل سابق. "
             "ويأتي ذلك بعد أن انقضت مهلة حددتها لندن لكي توضح موسكو كيفية استخدام الغاز. "
             "وصنفت الإدارة الأميركية الحرس الثوري منظمة إرهابية، وحثت مرارا حكومة ميركل على حظر حزب الله.")
    got = speakers(ex)
    assert [sp for sp, _ in got] == ["سيرغي لافروف", "تيريزا ماي", "الإدارة الأميركية"]


def test_a_feminine_dropped_subject_goes_to_the_body_just_named_when_the_last_speaker_is_a_man():
    ex = run("وأعلن مسؤول أمريكي أن بلاده لديها أسباب للاعتقاد بأن إسرائيل شنت الغارة. "
             "وأصدرت الحكومة العراقية مساء الاثنين بيانا نأت فيه بنفسها عن القوات. "
             "وقالت في بيان إننا نأسف لما حصل.")
    assert [sp for sp, _ in speakers(ex)] == ["مسؤول أمريكي", "الحكومة العراقية"]


def test_a_rank_between_an_office_and_its_holder_and_an_honorific_between_the_verb_and_the_name():
    ex = run("وقال المتحدث باسم وزارة الدفاع الهندية اللفتنانت كولونيل مانيش ميهتا: «بدأ الجيش القصف». "
             "وقال الدكتور حازم الناصر وزير المياه والري الأردني: مرحبا بسمو الأمير.")
    people = {e.label_ar: e.country for e in ex.entities.values() if e.kind == "Person"}
    assert people.get("مانيش ميهتا") == "India" and people.get("حازم الناصر") == "Jordan"
    assert [sp for sp, _ in speakers(ex)] == ["مانيش ميهتا", "حازم الناصر"]


def test_giving_up_is_opposing_and_a_possessed_noun_keeps_its_adjective():
    got = stances(run("قال وزير الخارجية السعودي عادل الجبير إن \"على إيران أن تتخلى عن سياساتها العدوانية\". "
                      "وقال وزير الخارجية الإيراني محمد جواد ظريف إن إيران لن تتخلى عن حقوقها النووية. "
                      "وكانت ليبيا قد تخلت عن برنامجها النووي."))
    # (the issue is named without whose it is: "سياساتها العدوانية" is "السياسات العدوانية")
    assert {("السعودية", "oppose", "السياسات العدوانية"), ("إيران", "support", "الحقوق النووية")} <= got
    assert not any(h == "ليبيا" for h, _, _ in got)      # giving something up, told by the narrator, is an act


def test_a_denial_that_points_back_with_its_object_pronoun():
    ex = run("وأعلنت دمشق أن التحالف استهدف أحد مواقعها، الأمر الذي نفته وزارة الدفاع الأمريكية. "
             "واتهم الحشد الشعبي التحالف الدولي بشن غارة، وهو ما نفاه التحالف الدولي. "
             "وطبقت الدول الخطة التي أقرتها الدول الثلاث.")
    got = speakers(ex)
    assert [sp for sp, _ in got] == ["سوريا", "وزارة الدفاع الأمريكية", "الحشد الشعبي", "التحالف الدولي"]
    assert got[1][1].startswith("وأعلنت دمشق أن التحالف")      # what was denied comes before the relative


def test_a_body_named_by_its_common_noun_speaks_but_not_the_one_informed():
    ex = run("وأكد الوزير الكويتي محمد العبدالله أن الخلاف فني. وأعلنت الشركة تشكيل لجنة تحقيق. "
             "وكشف الجيش الإسرائيلي عن أنشطة إيرانية وأبلغ السلطات المحلية بفتح الملاجئ.")
    got = [sp for sp, _ in speakers(ex)]
    assert got[1] == "الشركة" and "السلطات" not in got


def test_doubting_a_name_before_the_verb_a_first_name_that_is_a_verb_and_the_articles_spelling():
    ex = run("لكن رئيس أجهزة الاستخبارات الأمريكية دان كوتس شكك في عروض الحوار التي اقترحتها كوريا الشمالية. "
             "وقال سفير روسيا في الأمم المتحدة فاسيلي نيبنزيا إن الضربات عدوان.")
    assert [sp for sp, _ in speakers(ex)] == ["دان كوتس", "فاسيلي نيبينزيا"]
    people = {e.label_ar: e for e in ex.entities.values() if e.kind == "Person"}
    assert people["دان كوتس"].country == "United_States"
    assert people["فاسيلي نيبينزيا"].spellings == ("فاسيلي نيبنزيا",)     # also a label of the node


def test_the_articles_spelling_of_a_known_name_is_a_label_of_the_node():
    from kg.graph.triples import entity_quads
    from kg.records import Entity
    from rdflib.namespace import RDFS
    ent = Entity("Person", "Vasily_Nebenzya", "فاسيلي نيبينزيا", "Vasily Nebenzya", spellings=("فاسيلي نيبنزيا",))
    labels = {str(o) for _, p, o, _ in entity_quads(ent, {}) if p == RDFS.label}
    assert labels == {"فاسيلي نيبينزيا", "Vasily Nebenzya", "فاسيلي نيبنزيا"}


def test_a_title_between_two_names_without_a_closing_comma_introduces_the_second():
    ex = run("وحضر القمة الرئيس المصري عبد الفتاح السيسي، رئيس الوزراء الإثيوبي أبي أحمد.")
    people = {e.label_ar: e.country for e in ex.entities.values() if e.kind == "Person"}
    assert people.get("عبد الفتاح السيسي") == "Egypt" and "Ethiopia" in people.values()


def test_what_is_talked_about_denied_or_done_by_another_party_is_no_position():
    got = stances(run("وقالت وزارة الخارجية الروسية إن أي دعم لمعارضي الأسد سيقوض جهود التسوية. "
                      "وقال الرئيس الأميركي دونالد ترامب إن علاقته بماي قوية جدا، نافيا انتقاده ماي. "
                      "تعهد رؤساء تركيا رجب طيب أردوغان وروسيا فلاديمير بوتين وإيران حسن روحاني اليوم الأربعاء، في قمة، بتعزيز التعاون."))
    assert not any(t in ("معارضي الأسد", "بشار الأسد", "تيريزا ماي") or t.startswith("رؤساء") for _, _, t in got)


def test_a_tagged_name_then_its_office_in_a_national_body():
    ex = run("قال فخر الدين ألتون، مدير الاتصالات في الرئاسة التركية، إن القرار جيد.")
    assert speakers(ex)[0][0] == "فخر الدين ألتون"
    people = {e.label_ar: e.country for e in ex.entities.values() if e.kind == "Person"}
    assert people.get("فخر الدين ألتون") == "Turkey"


def test_reaching_a_ceasefire_in_a_chain_and_not_yielding_to_threats():
    got = stances(run("وقال الرئيس التركي رجب طيب أردوغان إن القمة الثلاثية تتعهد بالتوصل لوقف إطلاق نار دائم في سوريا. "
                      "وأضاف أن تركيا لن ترضخ للتهديدات الأمريكية، وأن الطرفين توصلا إلى اتفاق."))
    assert {("تركيا", "support", "وقف إطلاق النار"), ("تركيا", "oppose", "التهديدات الأمريكية")} <= got
    assert not any(t == "اتفاق" for _, _, t in got)      # reaching an agreement is an event, not a position


def test_bodies_as_the_article_names_them_and_groups_described_by_adjectives():
    ex = run("وحسب التلفزيون الإسرائيلي فإن الوزير قد يزور رام الله. "
             "ومن جهة أخرى، أكدت بعض الدول الأوروبية والصين أنها ستقف مع الاتفاق النووي. "
             "والسبت أبدت شخصيات سياسية فرنسية، بينها زعيم اليسار، أسفها لعدم حصول تصويت.")
    media = next(e for e in ex.entities.values() if e.kind == "Organisation")
    assert "التلفزيون الإسرائيلي" in media.spellings
    assert [sp for sp, _ in speakers(ex)][1:] == ["بعض الدول الأوروبية", "شخصيات سياسية فرنسية"]


def test_a_participle_goes_on_with_the_actor_after_the_sentences_first_verb():
    ex = run("وقال الرئيس الأمريكي دونالد ترامب إن الاتفاق سيئ. "
             "وفي هذا الشأن أصدر خامنئي، الشهر الماضي، مجموعة من المطالب للدول الأوروبية، موضحاً أن الاتفاق لن يستمر.")
    assert [sp for sp, _ in speakers(ex)] == ["دونالد ترامب", "علي خامنئي"]


def test_a_coordinated_cue_noun_stays_under_what_governed_the_phrase_and_challenges_are_no_target():
    got = stances(run("وقال وزير الخارجية السعودي عادل الجبير إن على طهران أن تتوقف عن انتهاك القوانين الدولية ودعم الإرهاب. "
                      "وأضاف أن المملكة تدعو إلى وقف القتال ودعم الحوار، وأنها ترفض التدخل الإيراني وتدعم الشرعية. "
                      "وقال وزير الخارجية الإيطالي إن بلاده ليست وحيدة في مواجهة الأزمة."))
    assert {("السعودية", "oppose", "الإرهاب"), ("السعودية", "support", "الحوار"), ("السعودية", "oppose", "التدخل الإيراني"),
            ("السعودية", "support", "الشرعية")} <= got
    assert ("السعودية", "support", "الإرهاب") not in got and not any(h == "إيطاليا" for h, _, _ in got)


def test_a_name_the_tagger_found_is_known_in_the_next_sentences_with_its_nationality():
    ex = run("قال فخر الدين ألتون، مدير الاتصالات في الرئاسة التركية، إن القرار جيد. "
             "وانتقد ألتون الرئيس الأمريكي دونالد ترامب قائلاً: \"أعلن ترامب أنه يعمل بجد\". "
             "وقال دان كوتس إن العرض غير جدي. "
             "لكن رئيس أجهزة الاستخبارات الأمريكية دان كوتس شكك في عروض الحوار.")
    assert ("تركيا", "oppose", "دونالد ترامب") in stances(ex)
    people = {e.label_ar: e.country for e in ex.entities.values() if e.kind == "Person"}
    assert people.get("دان كوتس") == "United_States"


def test_word_classes_are_data_and_are_not_grammar_words():
    from kg.ingest.arabic import normalize_phrase
    from kg.ingest.lexicon import load
    lx = load()
    assert lx.in_class(normalize_phrase("معارضي"), "other_party") and lx.in_class(normalize_phrase("شركة"), "body")
    assert not lx.is_function(normalize_phrase("شركة"))      # still a word a name or target may hold


def test_name_right_before_a_national_office_is_its_holder():
    ex = run("لكن حنيفة أمان وزير الخارجية الماليزي قال إن دول الرابطة اتفقت على البيان.")
    st = ex.statements[0]
    assert st.speaker.label_ar == "حنيفة أمان" and st.speaker.country == "Malaysia"
    # a titled name without a country takes the country of the office that follows it
    ex = run("وقال السفير علاء يوسف المتحدث باسم الرئاسة المصرية إن اللقاء كان مثمرا.")
    assert ex.statements[0].speaker.label_ar == "علاء يوسف" and ex.statements[0].speaker.country == "Egypt"
    # "فيه" (in it) before an office is no name
    ex = run("وجاء ذلك في الوقت الذي اقترح فيه مبعوث روسيا إلى الأمم المتحدة تخفيف العقوبات.")
    assert not [e for e in ex.entities.values() if e.kind == "Person"]


def test_source_between_a_verb_of_saying_and_its_clause_is_not_the_speaker():
    ex = run("قال رئيس الوزراء الإيراني علي أكبر صالحي إن العمل بدأ أمس. "
             "وأكد صالحي، وفقا لوكالة الأنباء الإيرانية، أن النشاطات تتركز الآن على التركيب.")
    assert speakers(ex)[-1] == ("علي أكبر صالحي", "النشاطات تتركز الآن على التركيب")
    assert not any("وكالة" in sp for sp, _ in speakers(ex))


def test_participle_after_kana_goes_on_with_its_subject():
    ex = run("وكان المرشد الإيراني، علي خامنئي، قد أمر المنظمة الإيرانية للطاقة بالبدء بزيادة التخصيب، "
             "مؤكداً بحسب تصريحات لوسائل إعلام إيرانية أن \"من واجب المنظمة التحضير\".")
    assert speakers(ex) == [("علي خامنئي", "من واجب المنظمة التحضير")]


def test_stated_in_a_statement_by_someone():
    ex = run("وجاء في بيان لوزارة الخارجية الباكستانية أن القوات الهندية فتحت النار السبت.")
    assert speakers(ex) == [("وزارة الخارجية الباكستانية", "القوات الهندية فتحت النار السبت")]
    ex = run("وقالت وزارة الخارجية الروسية في بيان إن الأمر خطير. وجاء في البيان أن موسكو لن تقبل ذلك.")
    assert speakers(ex)[-1] == ("وزارة الخارجية الروسية", "موسكو لن تقبل ذلك")
    # "جاء في وقت سابق" (it came earlier) says nothing, and is no dropped subject
    assert run("قال لافروف إن الحوار ممكن. وجاء في وقت سابق أن الجيش انسحب.").statements[-1].claim == "الحوار ممكن"


def test_indefinite_national_media_speak_as_the_media():
    ex = run("فيما قالت أجهزة إعلام روسية أمس إن تشكيل القوة الجديدة تأخر.")
    st = ex.statements[0]
    assert st.speaker.kind == "Organisation" and "أجهزة إعلام روسية" in st.speaker.spellings


def test_relative_pronoun_before_a_verb_of_saying_points_back_to_its_actor():
    ex = run("ولقي هذا التعليق انتقادات من جو بايدن، نائب الرئيس الأميركي سابقا، والذي قال إن هذا التعليق أفقد الحلفاء الثقة.")
    assert speakers(ex) == [("جو بايدن", "هذا التعليق أفقد الحلفاء الثقة")]
    ex = run("واستقبل الرئيس المصري وزير الخارجية الروسي سيرغي لافروف الذي قال إن العلاقات ممتازة.")
    assert speakers(ex) == [("سيرغي لافروف", "العلاقات ممتازة")]
    # inside a claim, a relative clause about a preposition's object is part of what was said
    ex = run("وأكد السفير الإماراتي عبيد الزعابي أن بلاده تحترم القانون، مشيرا إلى التقارير الدولية التي أشادت بالإمارات.")
    assert speakers(ex) == [("عبيد الزعابي", "بلاده تحترم القانون"),
                            ("عبيد الزعابي", "التقارير الدولية التي أشادت بالإمارات")]


def test_quoted_platform_name_before_a_colon_and_quote_is_not_the_claim():
    ex = run("وفي أول تعليق له، كتب ترامب، في حسابه على موقع \"تويتر\": \"أفكاري وصلواتي مع القس برونسون\".")
    assert speakers(ex) == [("دونالد ترامب", "أفكاري وصلواتي مع القس برونسون")]


def test_participle_goes_on_with_the_subject_of_a_verb_without_claim():
    ex = run("وقال ترامب إن الحوار ممكن. إلا أن روحاني رد بالقول إن \"الأمريكيين يقولون شيئا مختلفا كل يوم\".")
    assert speakers(ex)[-1] == ("حسن روحاني", "الأمريكيين يقولون شيئا مختلفا كل يوم")


def test_unnamed_source_is_not_the_person_named_later_between_commas():
    ex = run("كشف مصدر مطلع تفاصيل اللقاء، الذي دار بين وزير الخارجية الأمريكي، مايك بومبيو، وولي العهد السعودي، "
             "الأمير محمد بن سلمان، الثلاثاء، قائلا إنه \"لا ينبغي قراءة الابتسامات في الصور\".")
    assert {sp for sp, _ in speakers(ex)} == {"مصدر مطلع"}


def test_spokesman_of_a_named_president_is_not_the_president():
    ex = run("وقال المتحدث باسم الرئيس الفلسطيني محمود عباس إن القرار الأمريكي اعتداء سافر.")
    sp = ex.statements[0].speaker
    assert sp.kind == "Office" and sp.country == "Palestine" and sp.label_ar.startswith("المتحدث باسم")
    # the name after the president's title is the spokesman's own when it is not the president's
    ex = run("وقال المتحدث باسم الرئيس الروسي دميتري بيسكوف إن القرار الأمريكي اعتداء سافر.")
    assert ex.statements[0].speaker.label_ar == "دميتري بيسكوف"


def test_bare_commission_is_not_the_refugee_agency_unless_named_before():
    ex = run("وكانت المفوضية العليا المستقلة للانتخابات أعلنت تصدر تحالف سائرون نتائج الانتخابات.")
    assert not any(e.key == "UNHCR" for e in ex.entities.values())
    ex = run("وقالت مفوضية الأمم المتحدة لشؤون اللاجئين إن الوضع خطير. وأضافت المفوضية أن آلاف اللاجئين عبروا الحدود.")
    assert [st.speaker.key for st in ex.statements] == ["UNHCR", "UNHCR"]


def test_spokesman_of_an_unknown_national_body_named_between_commas():
    ex = run("من جهته، أكد المتحدث باسم منظمة الطاقة الذرية الإيرانية، بهروز كمالوندي، أن إيران ستبلغ الوكالة.")
    sp = ex.statements[0].speaker
    assert sp.label_ar == "بهروز كمالوندي" and sp.country == "Iran"


def test_ambassador_of_a_head_of_state_is_that_country_ambassador():
    ex = run("قال السفير السعودي أحمد قطان إن العلاقات قوية. وأكد سفير خادم الحرمين الشريفين أن المملكة لم تسع لحرب شاملة.")
    assert [st.speaker.label_ar for st in ex.statements] == ["أحمد قطان", "أحمد قطان"]


def test_ambassador_posting_is_not_his_country():
    ex = run("أكد أحمد قطان، سفير خادم الحرمين في القاهرة، على متانة العلاقات.")
    assert ex.statements[0].speaker.country == "Saudi_Arabia"
    ex = run("أكد أحمد قطان، السفير في القاهرة، على متانة العلاقات.")
    assert ex.statements[0].speaker.country != "Egypt"


def test_unnamed_body_is_labelled_with_its_adjectives_and_complement():
    ex = run("وأعلنت المفوضية العليا المستقلة للانتخابات أن النتائج نهائية.")
    assert speakers(ex) == [("المفوضية العليا المستقلة للانتخابات", "النتائج نهائية")]
    assert speakers(run("وأعلنت الشركة تشكيل لجنة تحقيق.")) == [("الشركة", "تشكيل لجنة تحقيق")]


def test_dual_that_lists_its_countries_stands_for_them():
    got = stances(run("وبحث الرئيس المصري والعاهل الأردني الأزمة في سوريا. وأكد الرئيسان الروسي والتركي دعمهما للحل السياسي في سوريا."))
    assert {h for h, _, _ in got} == {"روسيا", "تركيا"}
    got = stances(run("وأكد وزيرا خارجية روسيا وتركيا دعمهما للحل السياسي في سوريا."))
    assert {h for h, _, _ in got} == {"روسيا", "تركيا"}
    # "رئيسا البلدين" is one phrase for the article's two sides
    got = stances(run("وبحث الرئيس الروسي ونظيره التركي الأزمة. وأكد رئيسا البلدين دعمهما للحل السياسي."))
    assert {h for h, _, _ in got} == {"روسيا", "تركيا"}


def test_person_after_li_is_the_one_spoken_to():
    ex = run("وقال شويغو إن الوضع معقد. وأضاف لليبرمان \"يجب علينا أن نبحث اليوم كل شيء\".")
    assert [sp for sp, _ in speakers(ex)] == ["سيرغي شويغو", "سيرغي شويغو"]


def test_in_response_with_wa_is_no_verb_of_saying():
    ex = run("وقال لافروف إن الوضع معقد. وردا على الهجوم شنت الولايات المتحدة غارات على منشآت سورية.")
    assert len(ex.statements) == 1


def test_unnamed_critics_and_unnamed_subject_with_a_relative_clause():
    assert speakers(run("وأدان منتقدون تغريدة ترامب لما وصفوه بأنه نبرة عنصرية."))[0][0] == "منتقدون"
    ex = run("وقال ترامب إن الاتفاق سيء. وقال صقور السياسة الخارجية في واشنطن، الذين أشادوا بهجوم ترامب على الاتفاق، إن الأمر جيد.")
    assert speakers(ex)[-1] == ("صقور السياسة الخارجية في واشنطن", "الأمر جيد")


def test_party_with_a_quoted_name_and_a_television_channel_are_bodies():
    assert speakers(run("وذكر حزب \"ساينوري\" الحاكم أن رئيس الوزراء سيخون ثقة المجتمع الدولي."))[0][0] == "حزب ساينوري"
    ex = run("وذكر تلفزيون القناة الأولى الإسرائيلي أن المحادثة تطرقت إلى ترتيب محتمل.")
    assert speakers(ex)[0][0] == "تلفزيون القناة الأولى الإسرائيلي"


def test_common_noun_subject_before_the_verbs_preposition_is_nobody():
    ex = run("قال لافروف إن الوضع خطير. وتشير لقطات الفيديو، وشهادات شهود العيان إلى أن الغاز تسرب إلى المخابئ.")
    assert len(ex.statements) == 1
    # a name we do not know is still the speaker who goes on
    ex = run("وقال المسؤول الصحي الخضر لصور إن الوضع صعب. وأشار لصور إلى أن الوضع الصحي في عدن استثنائي.")
    assert len(ex.statements) == 2


def test_leaders_of_listed_countries_speak_as_one_group_and_each_country_holds_the_position():
    ex = run("أعرب قادة الولايات المتحدة وبريطانيا وفرنسا عن الثقة بالتقييم البريطاني. "
             "وأكد القادة دعمهم للتحقيق الدولي ورفضهم لاستخدام الأسلحة الكيميائية.")
    assert {st.speaker.label_ar for st in ex.statements} == {"قادة الولايات المتحدة وبريطانيا وفرنسا"}
    assert {(h, p) for h, p, _ in stances(ex)} == {(c, p) for c in ("الولايات المتحدة", "بريطانيا", "فرنسا")
                                                   for p in ("support", "oppose")}
    # "القادة" with no list before it is nobody we know
    assert not run("وأكد القادة دعمهم للتحقيق الدولي.").stances


def test_statement_relayed_in_a_body_statement_makes_the_body_its_issuer():
    ex = run("ونقلت وزارة الدفاع الإسرائيلية في بيان عن ليبرمان قوله لشويغو \"إسرائيل تقدر بشدة تفهم روسيا\". "
             "وذكر البيان أن الرجلين اجتمعا لأكثر من 90 دقيقة.")
    assert [sp for sp, _ in speakers(ex)] == ["أفيغدور ليبرمان", "وزارة الدفاع الإسرائيلية"]


def test_plural_relative_clause_on_an_unnamed_noun_is_nobody():
    ex = run("وقال ترامب إن الاتفاق سيء. صقور السياسة الخارجية في واشنطن، الذين أشادوا بهجوم ترامب على الاتفاق، لم يتصنعوا كلماتهم.")
    assert len(ex.statements) == 1
    assert speakers(run("ونفا ترامب وجود أي شريط."))[0][0] == "دونالد ترامب"     # a common misspelling of نفى


def test_unnamed_source_in_a_body_named_by_its_owner():
    ex = run("وفي تطور آخر، قال مسؤول في حملة ترامب الانتخابية، التي تستعد للتنافس، إن الحملة رفعت دعوى ضد نيومان.")
    assert speakers(ex) == [("مسؤول في حملة ترامب الانتخابية", "الحملة رفعت دعوى ضد نيومان")]


def test_hyphenated_name_is_one_name():
    ex = run("وأضاف المتحدث باسم الحزب كيم يونج-وو أن رئيسي الوزراء السابقين اعتذرا.")
    assert ex.statements[0].speaker.label_ar == "كيم يونج-وو"
    # a dash between spaces is punctuation, not part of a name
    ex = run("وقال لافروف إن العلاقات بين روسيا - أمريكا متوترة.")
    assert [st.speaker.label_ar for st in ex.statements] == ["سيرغي لافروف"]


def test_participle_goes_on_with_a_country_acting_with_a_feminine_verb():
    ex = run("من جانبها، لوحت موسكو التي صوتت ضد القرار، بالانسحاب من المنظمة، مشددة على أن تسمية المسؤولين "
             "يجب أن يظل من اختصاصات مجلس الأمن.")
    assert [st.speaker.label_ar for st in ex.statements] == ["روسيا"]
    # a country visited is not who speaks on
    ex = run("قال لافروف إن الحوار ممكن. وزار موسكو وفد أمريكي، مؤكدا أن العلاقات مهمة.")
    assert ex.statements[-1].speaker.label_ar != "روسيا"


def test_unnamed_definite_subject_before_its_claim_is_not_the_last_speaker():
    ex = run("قال لافروف إن الوضع خطير. من جهة أخرى، أكد المكتب الاعلامي للتحالف الدولي في رسالة عبر البريد الإلكتروني "
             "أنه \"لم تكن هناك غارات\".")
    assert speakers(ex)[-1] == ("المكتب الاعلامي للتحالف الدولي", "لم تكن هناك غارات")
    ex = run("قال لافروف إن الوضع خطير. وأعلن البنك المركزي التركي الاثنين أن البنوك ستتلقى كل السيولة.")
    assert ex.statements[-1].speaker.label_ar == "البنك المركزي التركي" and ex.statements[-1].speaker.country == "Turkey"
    # a verbal noun after the verb is its object; one word points back; a name with ال goes on
    assert speakers(run("قال لافروف إن الوضع خطير. وأكد الالتزام بالاتفاق."))[-1][0] == "سيرغي لافروف"
    assert speakers(run("قال لافروف إن الوضع خطير. وقالت المنظمة في بيانها إن الهجوم وقع.")) != []


def test_a_verb_cue_takes_no_preposition_clitic():
    from kg.ingest.arabic import tokenize
    from kg.ingest.cues import cue_at
    from kg.ingest.lexicon import load
    lx = load()
    assert cue_at(tokenize("وبحثا"), 0, lx) is None          # "and they discussed", not ب + "حثا" (they urged)
    assert cue_at(tokenize("وحثا"), 0, lx) is not None
    assert cue_at(tokenize("لتدعم"), 0, lx) is not None        # "in order to support"


def test_quoted_name_inside_the_object_is_not_the_whole_claim():
    ex = run("دعت الجزائر السبت المجتمع الدولي للوقوف في وجه قانون \"الدولة القومية اليهودية\" الذي أقره الكنيست الخميس.")
    assert "المجتمع الدولي" in ex.statements[0].claim
    # "أي محاولة للإطاحة بـ…" is what is talked about, not a position taken
    got = stances(run("وقال لافروف إن أي محاولة للإطاحة بالحكومة السورية لن تسهم سوى في مساعدة المتشددين."))
    assert not any(p == "oppose" and "السورية" in t for _, p, t in got)


def test_accusative_unnamed_source_in_a_known_body():
    ex = run("وقال عباس إن المصالحة ممكنة. لكن مسؤولا كبيرا في حماس رد على عباس وأكد إصرار الحركة على السير في جهود التهدئة.")
    assert ex.statements[-1].speaker.label_ar == "مسؤولا كبيرا في حماس" and ex.statements[-1].speaker.anonymous
    assert len(ex.statements) == 2       # "رد على عباس": whom he answered is no claim


def test_report_of_a_named_newspaper_is_the_newspaper():
    ex = run("وقال تقرير لصحيفة يديعوت أحرونوت الإسرائيلية إن الأسد كان في مأزق. وأشار التقرير إلى أن رد فعل الأسد جاء مرتبكا.")
    assert {st.speaker.label_ar for st in ex.statements} == {"يديعوت أحرونوت"}
    assert len(ex.statements) == 2


def test_but_opens_a_new_statement_not_a_claim():
    ex = run("وتتهم كييف ومعها الغرب روسيا بتأجيج التمرد والمشاركة فيه، إلا أن موسكو تنفي تلك التهم بشكل مستمر.")
    assert [(st.speaker.label_ar, st.claim.endswith("أن")) for st in ex.statements] == [("أوكرانيا", False), ("روسيا", False)]


def test_a_response_in_deeds_is_no_statement():
    assert not run("ورد الناتو بزيادة انتشار القوات في أوروبا الشرقية.").statements
    assert speakers(run("ورد الناتو بأن الانتشار دفاعي."))[0][1] == "الانتشار دفاعي"


def test_unnamed_subject_in_construct_but_not_a_title_with_its_country():
    ex = run("قال لافروف إن الوضع خطير. إلى ذلك أعلنت قوة المهام المشتركة أمس، أن الولايات المتحدة شنت تسع غارات.")
    assert ex.statements[-1].speaker.label_ar == "قوة المهام المشتركة"
    ex = run("قال ملك البحرين حمد بن عيسى آل خليفة إن الأزمة ستحل. وأكد ملك البحرين أن قطر لم تلتزم بتعهداتها.")
    assert not any(st.speaker.anonymous for st in ex.statements)


def test_a_third_partys_position_told_by_the_speaker_is_not_the_speakers():
    got = stances(run("وأضاف ملك البحرين حمد بن عيسى آل خليفة أن الموقف القطري مصر على أنه لا تراجع عن مواقفها الداعمة للإرهاب."))
    assert not any(h == "البحرين" and p == "support" for h, p, _ in got)
    # the speaker's own country's position stays
    got = stances(run("قال وزير الخارجية الروسي سيرغي لافروف إن روسيا تؤكد دعمها للحل السياسي في سوريا."))
    assert ("روسيا", "support", "الحل السياسي") in got


# A person's country when the text gives it only indirectly: (why, text, person, country)
_COUNTRY_CASES = [
    ("a bare national title takes the country whose holder of the same office was named; "
     "a country after a preposition (عاصمة لإسرائيل) is an object, not the country in focus",
     "أثار رئيس الوزراء الأسترالي، سكوت موريسون، ضجة بعدما قال إن بلاده منفتحة على الاعتراف بالقدس عاصمة لإسرائيل. "
     "وستجري انتخابات على المقعد الذي كان يشغله رئيس الوزراء السابق، مالكولم ترنبول، يوم السبت.",
     "مالكولم ترنبول", "Australia"),
    ("a bare national title takes the actor country of the previous sentence",
     "أعلنت بلجيكا أنها ستغلق سفارتها في دمشق. وبرر رئيس الوزراء شارل ميشيل القرار بأسباب أمنية.",
     "شارل ميشيل", "Belgium"),
    ("a role and nationality give their country to a name between commas",
     "وأدانت لندن محاولة اغتيال الجاسوس الروسي السابق، سيرغي سكريبال، وابنته في بريطانيا.",
     "سيرغي سكريبال", "Russia"),
    ("a senator without nationality takes the country in focus",
     "انتقدت الولايات المتحدة القرار الروسي. ووصف السيناتور جيف فليك لغة الرئيس بأنها غير لائقة.",
     "جيف فليك", "United_States"),
    ("chief of staff of a seat of power, described before a quote",
     "وقال ترامب في تغريدة مشيرا إلى جون كيلي، كبير موظفي البيت الأبيض \"عندما تمنح فرصة لا تنجح\".",
     "جون كيلي", "United_States"),
]


@pytest.mark.parametrize("why,text,person,country", _COUNTRY_CASES, ids=[c[2] for c in _COUNTRY_CASES])
def test_country_given_indirectly(why, text, person, country):
    assert country_of(run(text), person) == country, why


@pytest.mark.parametrize("date,holder", [
    ("2015-07-20", "خالد العطية"),                         # in office 2013–2016
    ("2018-04-09", "محمد بن عبد الرحمن آل ثاني"),           # from 2016
    ("", "محمد بن عبد الرحمن آل ثاني"),                     # no date: the first listed
])
def test_a_bare_title_is_the_holder_on_the_articles_date(date, holder):
    from kg.records import Document
    doc = Document("t.txt", "t", "وقال وزير الخارجية القطري إن الحوار هو الحل الوحيد.", "عنوان الخبر", date)
    assert extract(doc).statements[0].speaker.label_ar == holder


def test_no_curated_holder_in_office_leaves_the_office():
    from kg.records import Document
    doc = Document("t.txt", "t", "وقال وزير الخارجية الفرنسي إن الحوار هو الحل الوحيد.", "عنوان الخبر", "2005-03-01")
    speaker = extract(doc).statements[0].speaker
    assert speaker.kind == "Office" and speaker.country == "France"


def test_a_claim_after_the_apposition_that_closes_the_speaker():
    # the comma closing "، محمد بن سلمان،" does not end the claim before "وجود" (a word in و, not "and")
    ex = run("وقد وصف ولي العهد السعودي، محمد بن سلمان، وجود القوات الأمريكية في سوريا بأنه الحصن الأخير ضد التوسع الإيراني.")
    [(speaker, claim)] = speakers(ex)
    assert speaker == "محمد بن سلمان" and claim.startswith("وجود القوات") and "الحصن الأخير" in claim


@pytest.mark.parametrize("text,speaker", [
    ("رحبت الولايات المتحدة على لسان رئيسها دونالد ترامب الثلاثاء بدعوات الحوار التي أطلقتها كوريا الشمالية.", "دونالد ترامب"),
    ("وأكدت الخارجية المصرية على لسان متحدثها المستشار أحمد أبو زيد أن الحل في ليبيا سياسي.", "أحمد أبو زيد"),
    ("وأعربت الإمارات، على لسان وزير خارجيتها، الشيخ عبد الله بن زايد، عن ترحيبها بالاتفاق.", "عبد الله بن زايد آل نهيان"),
    # an office known only by a pronoun says less than the body that spoke
    ("وأكد البيت الأبيض على لسان المتحدث باسمه أن العقوبات ستستمر.", "البيت الأبيض"),
])
def test_a_body_speaking_through_the_mouth_of_someone(text, speaker):
    assert speakers(run(text))[0][0] == speaker


def test_the_statement_in_a_statement_someone_issued():
    ex = run('أصدرت وزارة الخارجية الفرنسية بيانا مساء الأحد بشأن الهجوم. وجاء في البيان: "إن فرنسا تدين هذا الهجوم".')
    assert speakers(ex) == [("وزارة الخارجية الفرنسية", "إن فرنسا تدين هذا الهجوم")]


def test_a_statement_no_one_issued_has_no_speaker():
    assert speakers(run('وجاء في البيان: "إن فرنسا تدين هذا الهجوم".')) == []


@pytest.mark.parametrize("text,expected", [
    ("وأعرب وزير الخارجية الفرنسي جان إيف لودريان عن الثقة بالتقييم البريطاني.",
     {("فرنسا", "support", "التقييم البريطاني")}),
    ('وقال وزير الخارجية الفرنسي جان إيف لودريان: "نجدد غضبنا حيال استخدام غاز الأعصاب في سالزبري".',
     {("فرنسا", "oppose", "استخدام غاز الأعصاب")}),
    # a belief, whose trust, trust between two: no position
    ("وقال وزير الخارجية الفرنسي جان إيف لودريان إن الثقة بأن الحل قريب كبيرة.", set()),
    ("وقال وزير الخارجية الفرنسي جان إيف لودريان إن تراجع ثقة دول العالم بواشنطن كبير.", set()),
    ("وقال وزير الخارجية الفرنسي جان إيف لودريان إن الثقة بين البلدين ضعيفة.", set()),
])
def test_confidence_in_and_anger_at(text, expected):
    assert stances(run(text)) == expected


@pytest.mark.parametrize("text,speaker", [
    ("وقال وزير الخارجية الأردني أيمن الصفدي إن الحل سياسي. ونشرت السفارة الروسية في بريطانيا عدة تغريدات "
     "تقول فيها إنها لن ترد قبل الحصول على عينات.", "السفارة الروسية"),
    ("وقال وزير الخارجية الأردني أيمن الصفدي إن الحل سياسي. وتزامن هذا مع تصريحات لترامب قال فيها إن القمة ستعقد.",
     "دونالد ترامب"),
    # the subject after "in it" speaks
    ("وأصدرت الوزارة بيانا أكد فيه وزير الخارجية الأردني أيمن الصفدي أن الحل سياسي.", "أيمن الصفدي"),
])
def test_said_in_it_is_the_author_of_the_statement_or_tweet(text, speaker):
    assert speakers(run(text))[-1][0] == speaker


def test_said_in_a_letter_by_someone_unrecognised_is_not_the_addressee():
    # the letter was sent to the Turkish president: he is not its author
    said = speakers(run("وأرسل أوربان برقية تهنئة إلى الرئيس التركي رجب طيب أردوغان قال فيها إن الانتخابات ناجحة."))
    assert all(s != "رجب طيب أردوغان" for s, _ in said)


def test_a_subject_between_the_verb_and_its_preposition():
    ex = run("وقال رئيس الوزراء التركي أحمد داود أوغلو إن العملية مستمرة، فيما تحدث وزير خارجيته مولود جاويش أوغلو "
             "عن أن المناطق المحررة سوف تصبح آمنة. ويتحدث الساسة هنا في موسكو عن حقبة الحرب الباردة.")
    said = speakers(ex)
    assert said[1][0] == "مولود جاويش أوغلو" and "المناطق المحررة" in said[1][1]
    assert len(said) == 2      # a place after في is not the subject of يتحدث


@pytest.mark.parametrize("text,speaker", [
    ("ونقلت الصحيفة عن شخص مطلع على الترتيبات قوله إن السفير استدعي من منصبه.", "شخص"),
    ('وقال أكبر مسؤول تنفيذي في الشركة "تركيا لديها بنية تحتية متطورة".', "أكبر مسؤول"),
])
def test_unnamed_sources_a_person_and_a_superlative_official(text, speaker):
    ex = run(text)
    assert ex.statements[0].speaker.kind == "Anonymous" and ex.statements[0].speaker.label_ar.startswith(speaker)


def test_a_short_quoted_name_after_a_preposition_is_inside_the_object():
    [(speaker, claim)] = speakers(run('ونفى ترامب الاثنين وجود أي شريط من "أبرانتيس" يستخدم فيه صفة عنصرية.'))
    assert speaker == "دونالد ترامب" and "وجود أي شريط" in claim


def test_came_from_names_who_said_what_came_before():
    ex = run("دعت باكستان مجلس الأمن الدولي إلى اتخاذ خطوات جادة لمعالجة قضايا الشرق الأوسط. "
             "جاء ذلك على لسان المندوب الباكستاني الدائم لدى الأمم المتحدة السفيرة مليحة لودهي خلال اجتماع بمجلس الأمن. "
             "وأوضحت أنه يجب على المجتمع الدولي تبني إستراتيجية شاملة. "
             "وبينت أنه لا بد من هزيمة الفكر المتطرف الذي يقوده تنظيم داعش والذي يهدد الأمن في المنطقة.")
    said = speakers(ex)
    assert [s for s, _ in said[1:]] == ["مليحة لودهي", "مليحة لودهي"]     # not داعش for "والذي يهدد"
    assert country_of(ex, "مليحة لودهي") == "Pakistan"      # the office before her titled name


def test_each_of_the_listed_countries_speaks_and_holds_the_position():
    ex = run("كما دانت كل من بريطانيا وفرنسا إطلاق الصواريخ على إسرائيل.")
    [st] = ex.statements
    assert st.speaker.kind == "Group" and st.speaker.members == ("United_Kingdom", "France")
    assert stances(ex) == {("بريطانيا", "oppose", "إطلاق الصواريخ على إسرائيل"),
                           ("فرنسا", "oppose", "إطلاق الصواريخ على إسرائيل")}


def test_a_listed_group_is_a_node_with_its_members(tmp_path):
    from kg.graph.triples import article_quads
    from kg.graph.vocab import KG
    from kg.ingest.lexicon import load
    ex = run("كما دانت كل من بريطانيا وفرنسا إطلاق الصواريخ على إسرائيل.")
    _, quads = article_quads(ex, load().countries)
    members = {str(o).rsplit("/", 1)[-1] for s, p, o, g in quads if p == KG.member}
    assert members == {"United_Kingdom", "France"}


@pytest.mark.parametrize("text,speaker", [
    ("أما رئيس الوزراء الإسرائيلي، بنيامين نتنياهو، الذي أمر جيشه بالرد على كل صاروخ، فقد توعد مجددا الفصائل "
     "الفلسطينية بقرارات حاسمة.", "بنيامين نتنياهو"),
    ("أما منظمة التحرير الفلسطينية فقالت في بيان إن القرار الأمريكي مرفوض.", "منظمة التحرير الفلسطينية"),
    # a topic after a preposition is not the subject: the one after the verb is
    ("أما عن الأزمة القطرية، فقال وزير الخارجية السعودي عادل الجبير إن الحل بيد الدوحة.", "عادل الجبير"),
])
def test_the_topic_after_amma_is_the_subject_of_the_verb_fa_opens(text, speaker):
    assert speakers(run(text))[0][0] == speaker


def test_a_statement_of_a_national_body_we_do_not_list():
    [(speaker, _)] = speakers(run("وقال بيان المنسقية العامة لرئاسة الوزراء التركية، إن العملية العسكرية تأتي في إطار "
                                  "تطبيق ما تمخض عنه الاجتماع الأمني."))
    assert speaker == "المنسقية العامة لرئاسة الوزراء التركية"


@pytest.mark.parametrize("text,speaker", [
    ('صرح المتحدث الرسمي لقوات التحالف "تحالف دعم الشرعية في اليمن" العقيد الركن تركي المالكي، أنه تم اعتراض '
     "سبعة صواريخ.", "تركي المالكي"),
    # who leads the body is not who speaks for it
    ("أعلن المتحدث باسم الجيش الليبي بقيادة الجنرال خليفة حفتر، خبر وقوع الهجوم.", None),
])
def test_the_name_that_closes_a_role_phrase_speaks(text, speaker):
    said = speakers(run(text))
    if speaker is None:
        assert all(s != "خليفة حفتر" for s, _ in said)
    else:
        assert said[0][0] == speaker


def test_a_reporting_noun_after_a_verb_is_its_object():
    said = speakers(run('وقال الرئيس الإيطالي سيرجيو ماتاريلا إن تسمية وزير يشكك في الاتحاد الأوروبي يخالف تعهد الجانبين '
                        'بالبقاء في منطقة اليورو.'))
    assert [s for s, _ in said] == ["سيرجيو ماتاريلا"]


@pytest.mark.parametrize("text,speaker,kind", [
    ('لكن محكمة التمييز العراقية أعادت دراسة الملف، واعتبرت أن الأمر "لم يكن دخولا غير شرعي".',
     "محكمة التمييز العراقية", "Organisation"),
    ('وفي الرسالة، قال المحامون الثلاثة إن الحكم "تجاوز خطير لعدة مبادئ أساسية".', "المحامون", "Anonymous"),
    ("وترد المذكرة على المعلومات التي قدمتها قطر في مذكرتها، والتي ادعت فيها الدوحة بأن الإمارات انتهكت الاتفاقية.",
     "قطر", "Country"),
])
def test_courts_lawyers_and_claims(text, speaker, kind):
    st = next(st for st in run(text).statements if st.speaker.label_ar.startswith(speaker))
    assert st.speaker.kind == kind


def test_a_reply_noun_at_the_end_of_a_sentence_is_no_crash():
    # "لم تتلق أي رد": "رد" (a reply) ends the sentence; it once indexed past the last word
    ex = run("وقال الكاتب السعودي إن الجو السياسي لا يطاق. وكانت الصحيفة قد تواصلت مع السلطات، إلا أنها لم تتلق أي رد.")
    assert speakers(ex) == [("الكاتب السعودي", "الجو السياسي لا يطاق")]


def test_a_support_nouns_object_is_what_it_supports_not_the_purpose_after_it():
    ex = run("وشدد وزير الخارجية السعودي عادل الجبير على أن موقف المملكة بالنسبة لدعم مصر وجهود مصر للحفاظ على الأمن "
             "لم يتغير.")
    [(holder, polarity, target)] = stances(ex)
    assert (holder, polarity) == ("السعودية", "support") and target.startswith("مصر")


@pytest.mark.parametrize("text,expected", [
    ('وذكر المتحدث باسم الكرملين ديمتري بيسكوف أن هذه المناورات "مبررة".', ("روسيا", "support", "المناورات")),
    ('واعتبرت اليابان أن الرسوم الأمريكية "مؤسفة".', ("اليابان", "oppose", "الرسوم الأمريكية")),
    ("وقال وزير الخارجية الصيني وانغ يي إن القناة الجديدة تعد إنجازا عظيما.", ("الصين", "support", "القناة الجديدة")),
])
def test_more_judgements(text, expected):
    assert expected in stances(run(text))


def test_a_one_word_answer_in_quotes():
    ex = run('وقالت المتحدثة باسم الخارجية الأمريكية هيذر نويرت إن الهجوم مروع. وعندما سئلت إن كان نظام الأسد وراء الضربة، '
             'أجابت نويرت "نعم".')
    assert speakers(ex)[-1] == ("هيذر ناورت", "نعم")


def test_no_state_is_said_to_support_terrorism():
    ex = run('ولفت وزير الخارجية السعودي عادل الجبير إلى أن المشكلة هي تدخل إيران في شؤون المنطقة وأعمال الشغب التي '
             'تقوم بها، وعلى رأسها دعم الإرهاب.')
    assert not any(p == "support" and t == "الإرهاب" for _, p, t in stances(ex))


def test_relayed_by_a_quoted_agency_without_qawlihi():
    ex = run('وقال الرئيس الفرنسي إيمانويل ماكرون إن الحوار مهم. ونقلت "فرانس برس" عن ماكرون في مقابلة مع '
             '"فوكس نيوز" الأميركية إن الرئيس الروسي يريد إضعاف الديمقراطيات.')
    assert speakers(ex)[-1] == ("إيمانويل ماكرون", "الرئيس الروسي يريد إضعاف الديمقراطيات")


# Who speaks, sentence after sentence: each case is the full list of speakers, in order.
_WHO_SPEAKS = [
    ('a remark on the clause before, by the speaker after the pronoun',
     'وهدد ترامب إيران بعقوبات اقتصادية، وهو الأمر الذي رد عليه الرئيس الإيراني، حسن روحاني قائلا إن '
     'أمريكا فشلت بالالتزام بتعهداتها.',
     ['دونالد ترامب', 'حسن روحاني', 'حسن روحاني']),
    ('a definite body is the body of that name mentioned before',
     'وقالت المتحدثة باسم وزارة الخارجية الأمريكية هيذر ناورت في بيان إن المسألة خضعت للمراجعة. '
     'ووجهت الوزارة انتقادات لاذعة لطريقة عمل الوكالة، قائلة إنها "معيبة بشكل لا يمكن إصلاحه".',
     ['هيذر ناورت', 'وزارة الخارجية الأمريكية']),
    ("'جاء ذلك في مؤتمر صحفي لـX' names who goes on speaking",
     'قال وزير الخارجية الأردني أيمن الصفدي إن الحل سياسي. وأكدت السعودية دعمها للحوار. جاء ذلك في '
     'مؤتمر صحفي للجبير في الرياض. وأضاف أن الحوار هو الطريق.',
     ['أيمن الصفدي', 'السعودية', 'عادل الجبير']),
    ('a known person after a long title',
     'وقال وزير الخارجية الفرنسي جان إيف لودريان إن الزيارة مهمة. وفي السياق نفسه قال مستشار المرشد '
     'الأعلى للشؤون الدولية علي أكبر ولايتي السبت "من الأفضل عدم اتخاذ مواقف سلبية".',
     ['جان إيف لودريان', 'علي أكبر ولايتي']),
    ('the adjective of a topic is not the subject',
     'وقالت السفيرة الباكستانية مليحة لودهي إن الحل سياسي. وحول الاتفاق بشأن الملف النووي الإيراني '
     'قالت إن باكستان ترحب بهذا الاتفاق.',
     ['مليحة لودهي', 'مليحة لودهي']),
    ('a tagged name after a title and what it heads',
     'وقال زعيم حركة خمس نجوم أليساندرو دي باتيستا أمام تجمع لمناصريه في روما "لقد استبدلوا حكومة تتمتع '
     'بالأغلبية".',
     ['أليساندرو دي باتيستا']),
    ('a titled speaker after a source and a comma',
     'صرح المتحدث الرسمي لقوات التحالف العقيد الركن تركي المالكي، أنه تم اعتراض سبعة صواريخ. وبحسب '
     'وكالة الأنباء السعودية واس، أفاد العقيد المالكي أن ثلاثة من الصواريخ كانت باتجاه الرياض.',
     ['تركي المالكي', 'تركي المالكي']),
    ('a feminine dropped subject after only men spoke',
     'وقال المبعوث الأمريكي سكوت غريشن إن الزيارة ناجحة. وقالت: «الآن أود أن أصبح طبيبة متخصصة في '
     'القلب».',
     ['سكوت غريشن']),
    ("'إلا أنه استطرد': but he went on",
     'وقال الرئيس الأمريكي باراك أوباما إن التقدم الديمقراطي في أفريقيا مهدد. إلا أنه استطرد بأنه لو '
     'كان بإمكانه الترشح مجددا فإنه قد يفوز.',
     ['باراك أوباما', 'باراك أوباما']),
    ("a phrase of place before the subject of a VSO sentence is not its subject",
     'وتحدث في مؤتمر روما أيضاً رئيس الوزراء الإيطالي باولو جنتيلوني فذكّر بأن بلاده تشارك في قوات حفظ السلام.',
     ['باولو جنتيلوني']),
    ("'يشار إلى أن' is no phrase of place",
     'يشار إلى أن وزير الإعلام اليمني، معمر الإرياني، كان قد كشف أن الطائرة لم تصل.', ['معمر الإرياني']),
    ("a permanent envoy's posting, then his name",
     'وأشار مندوب سوريا الدائم لدى الأمم المتحدة بشار الجعفري أمام مجلس الأمن إلى تأخير وصول وفد البعثة.',
     ['بشار الجعفري']),
    ("رجح: considered likely, said of a named speaker",
     'ورجح غلام حسين غياببارفار، أحد كبار القادة في الجيش الثوري الإيراني، أن التصريحات جزء من استراتيجية أوسع.',
     ['غلام حسين غياببارفار']),
    ("a relay far after the verb, from an unnamed source",
     'أفادت قناة سي بي أس نيوز في 8 فبراير، نقلا عن مسؤول أمريكي قوله إن قراصنة روس كانوا بين القوات.',
     ['مسؤول أمريكي']),
    ("a relay from a name only the tagger knows, with أن",
     'ونقلت وكالة رويترز عن تشانغ أن إردوغان أبلغ شي أن تركيا تعتبر الحركة إرهابية.', ['تشانغ']),
    ("a relay whose قوله follows a relative clause; not the place inside that clause",
     'ونقلت مصادر صحافية عن مصطفى الدباشي، الذي يقوم بزيارة خاصة إلى تونس لم يسبق الإعلان عنها، قوله إن حارسا '
     'متورط مع أطراف ليبية.', ['مصطفى الدباشي']),
    ("a name ends before a known body joined to its preposition (whom he told)",
     'وقال أحمد علي لبي بي سي إن المؤامرة واضحة.', ['أحمد علي']),
    ("whom she spoke to is not who goes on speaking",
     'ولا يطمئن ذلك السيدة، التي تحدثت لبي بي سي قبل أيام من صدور القائمة، قائلة إنها لا تعرف وطنا آخر.', []),
    ("a name after a noun and its nationality is the sentence's subject, not the nationality",
     'بيد أن الناشط البنغالي عبدالكريم أحمد، يقول إن مكتب السجل الوطني يخدم أجندة أخرى.', ['عبدالكريم أحمد']),
    ("a statement issued by a body we do not list",
     'وأوضح بيان صادر عن رئاسة الوزراء أنه تم في القمة إعادة النظر في التدابير الأمنية.', ['رئاسة الوزراء']),
    ("according to a name only the tagger knows",
     'لكن الآن، وبحسب لورانس ناردون من المعهد الفرنسي للعلاقات الدولية، فإن أحد اللاعبين الرئيسيين لم يعد يتبع '
     'نفس النص.', ['لورانس ناردون']),
    ("a bare 'the president' is the one president the article has named",
     'وقال الرئيس الأمريكي دونالد ترامب إن الجدار ضروري. وقال المتحدث باسم البيت الأبيض راج شاه إن ترامب وعد '
     'النواب. ولكن الرئيس قال إنه من الضروري وقف عبور الحدود.', ['دونالد ترامب', 'راج شاه', 'دونالد ترامب']),
    ("a subject with its name between commas, then the verb",
     'وخرج من السجن الشهر الماضي، لكن وزير الخارجية الأمريكي، مايك بومبيو، قال إن هذا ليس كافياً.', ['مايك بومبيو']),
    ("the same after ولكن",
     'ولا يعرف إذا كان الجانبان توصلا إلى تفاهم، ولكن المتحدث باسم البيت الأبيض، راج شاه، قال إن ترامب وعد النواب.',
     ['راج شاه']),
    ("whose interview it was, and not the channel it was given to",
     'ففي مقابلة لمايك هاكابي مع قناة فوكس نيوز أوضح أن توقيع الصفقة خطأ.', ['مايك هاكابي']),
    ("'يتوقع أن' is 'it is expected that', no one's statement",
     'وقال ترامب إن القمة ستعقد قريبا. ويتوقع أن يعقد ترامب قمة مع كيم في شهر يونيو.', ['دونالد ترامب']),
    ("a two-word nationality after 'وزير الخارجية' is no portfolio",
     'وقال رئيس كوريا الجنوبية مون جاي إن إن القمة مهمة. وقال نائب وزير الخارجية الكوري الشمالي إن بلاده تشك في نوايا '
     'واشنطن.', ['مون جاي إن', 'نائب وزير الخارجية الكوري الشمالي']),
    ("an unnamed general", 'وقال جنرال أمريكي رفيع، الأسبوع الماضي، إن قواته سترد بقوة.', ['جنرال أمريكي رفيع']),
    ("an unnamed spokesman of a body named without its country",
     'وأضاف متحدث باسم وزارة الدفاع لفرانس برس أن البارجة تستعد لجميع الفرضيات.', ['متحدث باسم وزارة الدفاع']),
]


@pytest.mark.parametrize("why,text,expected", _WHO_SPEAKS, ids=[c[0] for c in _WHO_SPEAKS])
def test_who_speaks(why, text, expected):
    assert [s for s, _ in speakers(run(text))] == expected, why


@pytest.mark.parametrize("text,person,country", [
    ("قضت محكمة عراقية بسجن الجهادية الفرنسية ميلينا بوغدير مدى الحياة.", "ميلينا بوغدير", "France"),
    ("وكان الكاتب والإعلامي السعودي جمال خاشقجي مختفياً منذ زيارته القنصلية.", "جمال خاشقجي", "Saudi_Arabia"),
])
def test_a_name_after_a_noun_and_its_nationality(text, person, country):
    assert country_of(run(text), person) == country


@pytest.mark.parametrize("text,person,country", [
    ("وقال وليام بوردون المحامي الفرنسي لبوغدير الموجود في بغداد إن هناك مشكلة.", "وليام بوردون", "France"),
    ("وأكد الخبير، جون سميث، الباحث الأمريكي، أن الوضع خطير.", "جون سميث", "United_States"),
    # the object of a verb is not a description of its subject
    ("استقبل وليام بوردون الوفد الروسي في باريس.", "وليام بوردون", ""),
    ("وانتقد جون سميث القرار الروسي بوقف إطلاق النار.", "جون سميث", ""),
])
def test_a_name_then_a_profession_and_its_nationality(text, person, country):
    assert (country_of(run(text), person) or "") == country


@pytest.mark.parametrize("text,person,country", [
    # a name no rule knows, between commas after the subject phrase, before إن
    ("وقالت مديرة مستشفى سالزبيري، لورنا ويلكنسون، إن المريض في حالة خطيرة.", "لورنا ويلكنسون", ""),
    ("بينما أكد الخبير الاقتصادي الإيطالي، ماسيمو ديندرياس، أن مشروع القانون خطير.", "ماسيمو ديندرياس", "Italy"),
    ("وقالت المسؤولة السابقة في وزارة الخزانة الأميركية، كاثرين باور، إن هناك مشكلة.", "كاثرين باور", "United_States"),
    # "وزارة" read with its و as a conjunction once hid the ministry's nationality
    ("وقال المتحدث باسم وزارة الشؤون الخارجية الفلبينية، إيلمر كاتو، إن السفارة أكدت ذلك.", "إيلمر كاتو", "Philippines"),
    ("وقال وزير الدولة لشؤون الدفاع البريطاني، توبياس إيلوود، إن حضور الجيش عكس خطورة الموقف.", "توبياس إيلوود",
     "United_Kingdom"),
])
def test_a_name_in_apposition_to_the_subject_speaks(text, person, country):
    ex = run(text)
    assert speakers(ex)[0][0] == person and (country_of(ex, person) or "") == country


def test_a_name_in_apposition_after_a_place():
    ex = run("وقالت زعيمة اليمين المتطرف في فرنسا، مارين لوبان، إنها لا توافق على فصل الأطفال.")
    assert speakers(ex)[0][0] == "مارين لوبان" and country_of(ex, "مارين لوبان") == "France"
    ex = run("وترى مراسلة بي بي سي في سول، لورا بيكر، إن هذه القمة مهمة.")      # posted there, not from there
    assert speakers(ex)[0][0] == "لورا بيكر" and not country_of(ex, "لورا بيكر")


def test_a_name_before_an_office_that_only_the_tagger_knows():
    ex = run("وقال تشانغ مينغ نائب وزير الخارجية الصيني للصحافيين إن اللقاء كان مثمرا.")
    assert speakers(ex)[0][0] == "تشانغ مينغ" and country_of(ex, "تشانغ مينغ") == "China"


@pytest.mark.parametrize("text", [
    "وقال الفتى حسن، بحضور والده، إنه سمع إطلاق النار.",
    "وقال أصدقاء المرأة في مدينة بريتشيا، غربي فيرونا، إن سنا كانت سعيدة.",
    "وقال سام هوبسون، صديق رولي، إن رولي كان هادئا.",
])
def test_no_name_in_apposition_where_the_words_between_commas_are_not_one(text):
    assert not any(e.kind == "Person" and e.label_ar in ("بحضور والده", "غربي فيرونا", "صديق رولي")
                   for e in run(text).entities.values())


def test_the_name_after_is_called_is_a_person_of_the_nationality_before():
    ex = run("وقالت الشرطة إن الضحية عاملة فلبينية تدعى جوانا ديمافيليس وإن التحقيق مستمر.")
    assert country_of(ex, "جوانا ديمافيليس") == "Philippines"
    ex = run("وقال المنفذ يدعي أن الشرطة كانت تلاحقه.")     # "claims that": no name
    assert not any(e.kind == "Person" for e in ex.entities.values())


def test_a_spokesman_on_behalf_of_a_body_we_do_not_list_is_not_named_bassem():
    ex = run("واعتبر المتحدث باسم عائلة الصحفي السعودي جمال خاشقجي، أن الأمر مؤسف.")
    assert not any(e.label_ar.startswith("باسم") for e in ex.entities.values())


def test_no_person_after_a_plural_nationality_or_a_phrase():
    ex = run("وقال الوزير إن أرباب العمل الفرنسيين برأي سوبران يريدون الإصلاح. ونقلت وكالة الصحافة الفرنسية على لسان "
             "مدير المرصد أن القتال مستمر.")
    assert not any(e.kind == "Person" and e.label_ar in ("برأي سوبران", "على لسان") for e in ex.entities.values())


@pytest.mark.parametrize("text,said", [
    ("وأقر مجلس الأمن بالإجماع تمديد مهمة البعثة الأممية.", []),
    ("وأقر البرلمان الأوكراني قانونا جديدا يمنح المنطقة حقوقا خاصة.", []),
    ("أقرت المستشارة الألمانية أنجيلا ميركل بأن النفوذ الروسي كبير.", [("أنغيلا ميركل", "النفوذ الروسي كبير")]),
])
def test_aqarra_passed_a_law_or_admitted(text, said):
    assert speakers(run(text)) == said


def test_an_independent_pronoun_ends_a_target():
    ex = run('وقال الرئيس الفرنسي إيمانويل ماكرون إننا نؤيد الإعلان المشترك هو الحل الوحيد.')
    assert ("فرنسا", "support", "الإعلان المشترك") in stances(ex)


def test_the_sentence_subject_accuses_the_actors_after_the_verb():
    ex = run('الوزير القطري الذي كان يتحدث أمام مجلس الشورى، اتهم السعودية والإمارات والبحرين بـ"خرق كل مواد ميثاق '
             'مجلس التعاون".')
    assert speakers(ex)[0][0] == "الوزير القطري"
    assert {("قطر", "oppose", c) for c in ("السعودية", "الإمارات", "البحرين")} <= stances(ex)


@pytest.mark.parametrize("text", [
    "وقالت الوزارة إن النظام استخدم القاعدة في خرق واضح لاتفاقية منع انتشار الأسلحة الكيماوية.",
    "وطلبت وحدة مكافحة الإرهاب في شرطة لندن مساعدة الجيش في إزالة المركبات.",
    # the addressee search does not cross a comma that opens a new clause
    "وقال المبعوث الأمريكي إن تركيا تحاول بكل الطرق منع أي هجوم على إدلب، إذ يوجد بها كثير من المسلحين الموالين لأنقرة.",
])
def test_no_stance_from_a_name_or_from_the_next_clause(text):
    assert not {x for x in stances(run(text)) if x[2] in ("انتشار الأسلحة الكيماوية", "الإرهاب", "المسلحين الموالين لأنقرة")
                or "counter" in x[2]}



@pytest.mark.parametrize("text, stance", [
    # a naming wrapper before the thing named, with its own ب
    ("وقال الرئيس الفلسطيني محمود عباس إن السلطة ستحارب ما بات يعرف بصفقة القرن.", ("فلسطين", "oppose", "صفقة القرن")),
    ('وقال الرئيس الفلسطيني محمود عباس إننا نرفض ما يطلق عليه "صفقة القرن".', ("فلسطين", "oppose", "صفقة القرن")),
    # the cue noun's own subject, then what the position is on
    ("وأكد وزير الخارجية اليمني خالد اليماني دعم الحكومة لجهود المبعوث الأممي.", ("اليمن", "support", "جهود المبعوث الأممي")),
    ('وأكد وزير الخارجية السعودي عادل الجبير مجددا في كلمته "رفض" بلاده لنقل السفارة الأمريكية إلى القدس.',
     ("السعودية", "oppose", "نقل السفارة الأمريكية")),
    # another state's position as the speaker reports it
    ("وقال الوزير السعودي إن دعم النظام الإيراني للميليشيات الحوثية مستمر.", ("إيران", "support", "الميليشيات الحوثية")),
    # where the verb was uttered is passed on the way to its object
    ("وانتقد الرئيس التركي رجب طيب أردوغان في كلمته الأحد إدانة السلطات الأمريكية لمصرفي تركي.",
     ("تركيا", "oppose", "إدانة السلطات الأمريكية لمصرفي تركي")),
    # what will go on is a position held
    ("وأكد مكتب رئيس الوزراء التركي في بيان أن المعركة ضد المنظمات الإرهابية ستتواصل.",
     ("تركيا", "oppose", "المنظمات الإرهابية")),
])
def test_named_things_cue_subjects_and_occasions(text, stance):
    assert stance in stances(run(text))


@pytest.mark.parametrize("text", [
    # what a rejection would cause, or a condition, is no position taken
    "قال وزير الخارجية الأميركي جون كيري إن رفض الكونغرس الأميركي للاتفاق النووي سيسبب له إحراجا.",
    "وقال وزير الخارجية الأميركي جون كيري إنه في حال رفض الكونغرس الاتفاق ستزداد عزلة الولايات المتحدة.",
    # the object of a verb is not the subject of its cue ("دعا روحاني": Rouhani is invited)
    "وقال متحدث إيطالي إن رئيس الوزراء الإيطالي ماتيو رينتسي دعا روحاني للقيام بالزيارة.",
])
def test_no_position_from_what_would_follow_or_from_an_invitee(text):
    got = stances(run(text))
    assert not {x for x in got if x[0] == "الولايات المتحدة" and x[1] == "oppose"}
    assert not {x for x in got if x[0] == "إيران"}


@pytest.mark.parametrize("text, stance", [
    # a target that is only a means: the position is on its purpose
    ("وشددت وزيرة الخارجية الباكستانية على ضرورة تكثيف الجهود الإقليمية والدولية لاستعادة السلام في سوريا.",
     ("باكستان", "support", "استعادة السلام في سوريا")),
    ("ودعا وزير الخارجية الفرنسي إلى العمل على استئناف مسار المفاوضات.", ("فرنسا", "support", "استئناف مسار المفاوضات")),
    # a verbal noun after the cue's preposition keeps its complement
    ("وقالت وزيرة الخارجية الباكستانية إن باكستان تطالب أطراف النزاع بالعودة إلى طاولة المفاوضات.",
     ("باكستان", "support", "العودة إلى طاولة المفاوضات")),
    # a demonstrative before an issue noun points at that issue
    ("وقالت وزيرة الخارجية الباكستانية إن باكستان ترحب بهذا الاتفاق.", ("باكستان", "support", "الاتفاق")),
])
def test_purposes_complements_and_demonstratives(text, stance):
    assert stance in stances(run(text))


def test_a_name_after_a_means_is_not_its_purpose_and_a_vague_demonstrative_is_no_target():
    got = stances(run("وقال وزير الخارجية الفرنسي إن بلاده ترحب بهذه الفكرة وتدعم جهود المبعوث الخاص للأمم المتحدة."))
    assert not any(t in ("الفكرة", "الأمم المتحدة") for _, _, t in got)


@pytest.mark.parametrize("text, speaker", [
    # a source that belongs to a body named with ب, before a verb after كان
    ("وكان مسؤول بوزارة الخارجية الأمريكية قال لرويترز إن المحادثات مستمرة.", "مسؤول بوزارة الخارجية الأمريكية"),
    ("وكان مصدر بحزب المخلوع علي عبد الله صالح قال لرويترز إن المحادثات مستمرة.", "مصدر بحزب المخلوع"),
    # officials and advisers named by whom they belong to
    ("وقال مسؤولو البيت الأبيض إنه سيقضي وقتا مع عائلته.", "مسؤولو البيت الأبيض"),
    ("ويشير مستشارو أوباما إلى أن مبادراته الخاصة بالكهرباء ناجحة.", "مستشارو أوباما"),
    # "as X says", between commas, is X's account
    ("وأسفر النزاع، كما تقول منظمة الصحة العالمية، عن مقتل 3640 شخصا.", "منظمة الصحة العالمية"),
])
def test_sources_named_by_their_body_and_as_x_says(text, speaker):
    assert [sp for sp, _ in speakers(run(text))] == [speaker]


def test_a_name_that_goes_on_after_a_title_is_not_an_earlier_surname():
    ex = run("وقال المبعوث الأممي إسماعيل ولد الشيخ أحمد إن الهدنة مهمة. "
             "وقال السفير أحمد بن حلي نائب الأمين العام للجامعة العربية إن الجامعة ترحب بالهدنة.")
    assert [sp for sp, _ in speakers(ex)] == ["إسماعيل ولد الشيخ أحمد", "أحمد بن حلي"]


def test_a_construct_body_and_an_implicated_actor():
    ex = run("وأعلنت قيادة الشرطة المحلية فرض حظر التجول. "
             'وقال المتحدث باسم التحالف العقيد تركي المالكي إن الهجوم يثبت تورط النظام الإيراني بدعم الميليشيات الحوثية.')
    assert speakers(ex)[0][0] == "قيادة الشرطة المحلية"
    got = stances(ex)
    # what Iran is said to be implicated in is the coalition's charge, not Iran's stated position, and not the speaker's
    assert not any(p == "support" for h, p, _ in got)


@pytest.mark.parametrize("text, speaker", [
    ("وقال الرئيس الأمريكي باراك أوباما إن الاتفاق جيد. وأكد عدد من زعماء الحزب الجمهوري أنهم سيحبطون الاتفاقية.",
     "عدد من زعماء الحزب الجمهوري"),
    ("وقال الرئيس الأمريكي باراك أوباما إن الاتفاق جيد. وأعلن جميع المرشحين الجمهوريين أنهم يعارضون الاتفاقية.",
     "جميع المرشحين الجمهوريين"),
    ("وقال الرئيس الأمريكي باراك أوباما إن الاتفاق جيد. ويرى بعض المحللين أن الاتفاق ضعيف.", "بعض المحللين"),
])
def test_part_of_a_group_speaks_not_the_last_speaker(text, speaker):
    assert speakers(run(text))[1][0] == speaker


def test_the_number_of_is_not_a_group():
    got = speakers(run("وقال الرئيس الأمريكي باراك أوباما إن الاتفاق جيد. وأضاف عدد المحتجزين بلغ مئة."))
    assert not any(sp.startswith("عدد") for sp, _ in got)


def test_rulers_in_a_capital_a_verbal_noun_after_a_name_and_a_two_word_nationality():
    ex = run("وقالت السلطات في بكين إن الحل قريب. ورفض الرئيس الإيطالي سيرجيو ماتاريلا تعيين الوزير. "
             "وقالت القيادة في بيونغ يانغ إن الحل قريب.")
    assert [sp for sp, _ in speakers(ex)] == ["الحكومة الصينية", "سيرجيو ماتاريلا", "القيادة الكورية الشمالية"]
    assert country_of(ex, "الحكومة الصينية") == "China"


@pytest.mark.parametrize("text, name", [
    ("واتهم السيناتور الجمهوري جيمس ريش المسؤولين بالخداع.", "جيمس ريش"),
    ("وقالت النائبة الديمقراطية رشيدة طليب إن الحل قريب.", "رشيدة طليب"),
])
def test_a_us_party_after_a_lawmakers_title_makes_an_american(text, name):
    assert country_of(run(text), name) == "United_States"


def test_another_states_act_that_will_go_on_is_its_position_and_a_body_before_an_an_clause_speaks():
    assert ("روسيا", "support", "بشار الأسد") in stances(run("وقال الوزير السعودي إن دعم روسيا للأسد سيستمر."))
    ex = run("وقال الحوثيون إن الهدنة مهمة. وأكدت اللجنة الدولية أن الوضع خطير.")
    assert speakers(ex)[1][0] == "اللجنة الدولية"


@pytest.mark.parametrize("text, expected", [
    ("وأكد الوزير السعودي على ضرورة ردع أنشطة إيران في المنطقة.", ("السعودية", "oppose", "أنشطة إيران")),
    ("وأكد الوزير السعودي على ضرورة الحد من الأنشطة الإيرانية في المنطقة.", ("السعودية", "oppose", "الأنشطة الإيرانية")),
    ("وقال الوزير السعودي إن بلاده تعمل على كبح جماح الميليشيات الموالية لإيران.",
     ("السعودية", "oppose", "الميليشيات الموالية لإيران")),
    ("وقال الوزير السعودي إن الاتفاق أعطى بلاده فرصة لاحتواء وإنهاء البرنامج النووي الإيراني.",
     ("السعودية", "oppose", "البرنامج النووي الإيراني")),
])
def test_deterring_curbing_and_containing_oppose_what_they_act_on(text, expected):
    assert expected in stances(run(text))


@pytest.mark.parametrize("text", [
    "وقال الوزير السعودي إنه تم احتواء الوضع في السفارة.",                   # an event reported
    "وقال الوزير السعودي إن مقتله سيؤدي إلى الحد من العمليات في المنطقة.",   # a consequence
    "وقال الوزير السعودي إن تصاعد القتال في سوريا أمر مقلق.",              # the fighting is no position
    "وقال الوزير السعودي إن وسائل الردع الأضعف كانت كافية.",                # deterrence as a thing
])
def test_a_frame_word_that_states_no_position(text):
    assert stances(run(text)) == set()


def test_negations_that_do_not_negate_the_position():
    got = stances(run("وقال وزير الخارجية الأمريكي إن الاتفاق لم ينجح بردع إيران. "
                      "وقال إن الولايات المتحدة لا تخشى فرض عقوبات على إيران."))
    assert ("الولايات المتحدة", "oppose", "إيران") in got and ("الولايات المتحدة", "support", "إيران") not in got
    got = stances(run('وقالت المستشارة الألمانية: "لا يجب مناقشة توجهات إيران العدوانية فحسب، بل نحتاج إلى حلول".'))
    assert {p for _, p, _ in got} == {"support"}


def test_cannot_trust_is_opposing_and_an_obligation_on_an_actor_points_at_the_act():
    got = stances(run('وقال الرئيس الإيراني حسن روحاني: "لا يمكن الوثوق بكلام الولايات المتحدة".'))
    assert got == {("إيران", "oppose", "كلام الولايات المتحدة")}
    got = stances(run('وقال ولي العهد السعودي: "لا ينبغي لإيران أن تمتلك سلاحا نوويا، ويجب إلغاء نسب التخصيب".'))
    assert ("السعودية", "oppose", "تمتلك سلاحا نوويا") in got and ("السعودية", "oppose", "نسب التخصيب") in got


def test_a_circumstantial_after_the_verb_keeps_the_last_speaker_and_the_addressee_does_not_speak():
    got = speakers(run('وقال الرئيس الإيراني حسن روحاني إن الحرب خطيرة. وقال مخاطبا ترامب: "لقد ضمنا أمن المضيق". '
                       'وقال متحدثا لمحطة سكاي نيوز "لم نشخص المصدر".'))
    assert [sp for sp, _ in got] == ["حسن روحاني"] * 3


@pytest.mark.parametrize("text, speaker", [
    ("وقال مراسل وكالة الأنباء الفرنسية إن المعبر مغلق.", "مراسل وكالة الأنباء الفرنسية"),
    ("أصدرت المحكمة حكما بالسجن، وفقا لمراسل الوكالة الفرنسية للأنباء.", "مراسل الوكالة الفرنسية للأنباء"),
    ("وطالب خبراء الأمم المتحدة بإجراء تحقيق دولي.", "خبراء الأمم المتحدة"),
])
def test_a_source_named_by_whose_it_is(text, speaker):
    assert speakers(run(text))[0][0] == speaker


def test_an_institution_by_its_noun_alone_is_the_last_speakers_countrys():
    ex = run('شددت الحكومة الإسرائيلية الحصار على قطاع غزة. وأعلن الجيش أنه "لن يتم تصدير البضائع". '
             'وقالت الشرطة البريطانية إن الوضع هادئ. وقالت الشرطة إنها تحقق في الهجوم.')
    assert [sp for sp, _ in speakers(ex)][1:] == ["الجيش الإسرائيلي", "الشرطة البريطانية", "الشرطة البريطانية"]


def test_a_person_introduced_in_full_after_a_verb_and_its_preposition_speaks_when_the_verb_agrees():
    assert speakers(run('ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى "بذل جهد عاجل".'))[0][0] == "أنطونيو غوتيريش"
    got = speakers(run('وقالت الصحيفة إنها قلقة على مصير الصحفي، ودعت ولي العهد السعودي إلى "الترحيب بالنقد".'))
    assert [sp for sp, _ in got] == ["الصحيفة", "الصحيفة"]


@pytest.mark.parametrize("text, expected", [
    ("وقال الجيش الإسرائيلي إن إسرائيل ستلتزم بسياسة عدم التدخل.", ("إسرائيل", "support", "سياسة عدم التدخل")),
    ("وقال الوزير الإيطالي إن بلاده ترفض الهجرة غير الشرعية.", ("إيطاليا", "oppose", "الهجرة غير الشرعية")),
    ("وقال الوزير التركي إن بلاده ترفض العنف، فهو غير مقبول.", ("تركيا", "oppose", "العنف")),
    ("وقال الوزير الإيراني إن بلاده ترفض الاتفاق غير قانوني.", ("إيران", "oppose", "الاتفاق")),
])
def test_non_and_un_go_on_inside_a_phrase_that_agrees(text, expected):
    assert expected in stances(run(text))


@pytest.mark.parametrize("text, speaker", [
    ('وأعلنت شركة "ديليك دريلينغ" الإسرائيلية عن توقيع عقد لمدة عشر سنوات.', "شركة ديليك دريلينغ"),
    ('وأعلنت مجموعة "الأفضل لبريطانيا" المعارضة لبريكست أن الحكومة يجب أن تخجل.', "مجموعة الأفضل لبريطانيا"),
    ('وبحسب "عرب فاينينس"، فإن استهلاك مصر من الغاز يرتفع.', "عرب فاينينس"),
    ('وقالت "ديليك دريلينغ" في بيان إنها ستبدأ المفاوضات.', "ديليك دريلينغ"),
])
def test_a_quoted_name_speaks(text, speaker):
    assert speakers(run(text))[0][0] == speaker


@pytest.mark.parametrize("text", [
    'وقال الرئيس الفرنسي إيمانويل ماكرون إن الحل قريب. ونقلت "رويترز" عن مسؤول فرنسي قوله إن الحل قريب.',
    'وقال الرئيس الفرنسي إيمانويل ماكرون إن الحل قريب. واعتبره "مزعزعا للاستقرار" في المنطقة.',
])
def test_a_quoted_word_that_is_no_speaker(text):
    assert all("رويترز" not in sp and "مزعزعا" not in sp for sp, _ in speakers(run(text)))


def test_a_feminine_verb_then_a_state_and_its_preposition_is_the_states_call():
    got = speakers(run("ودعت فرنسا إلى وقف القتال. وطالبت بريطانيا بإجراء تحقيق."))
    assert [sp for sp, _ in got] == ["فرنسا", "بريطانيا"]
    got = speakers(run("وقالت الحكومة القطرية إن الحل قريب. واتهمت الإمارات بالوقوف وراء العملية."))
    assert [sp for sp, _ in got] == ["الحكومة القطرية"] * 2       # "واتهمت X بـ": X is accused


def test_one_of_the_sources_and_a_responsible_source():
    got = speakers(run("ونسبت صحيفة واشنطن بوست إلى أحد المصادر قوله إنه سمع صوتا. "
                       "كما نقلت الوكالة عن مصدر مسؤول قوله إن السعودية سترد."))
    assert [sp for sp, _ in got] == ["أحد المصادر", "مصدر مسؤول"]


def test_a_title_whose_name_goes_on_into_a_known_person():
    got = speakers(run("وقال وزير الخارجية الفرنسي، جان-إيف لو دريان، الأربعاء، إن الولايات المتحدة تخاطر."))
    assert got[0][0] == "جان إيف لودريان"


def test_states_listed_after_a_verb_and_before_its_preposition_speak_together():
    ex = run("وطالبت بريطانيا، وألمانيا، وفرنسا بإجراء تحقيق. واتهمت بكين واشنطن بإطلاق أكبر حرب تجارية.")
    assert [sp for sp, _ in speakers(ex)] == ["بريطانيا، وألمانيا، وفرنسا", "الصين"]
    assert {h for h, p, t in stances(ex) if t == "إجراء تحقيق"} == {"بريطانيا", "ألمانيا", "فرنسا"}


def test_ambassadors_of_listed_states_speak_for_each_and_their_countries_are_theirs():
    ex = run("عبر سفراء السعودية واليمن والإمارات لدى الأمم المتحدة عن عزم بلادهم مواصلة العمليات الإنسانية في الحديدة.")
    assert speakers(ex)[0][0] == "سفراء السعودية واليمن والإمارات"
    assert {h for h, p, t in stances(ex) if p == "support"} == {"السعودية", "اليمن", "الإمارات"}


@pytest.mark.parametrize("text, expected", [
    ("قال مسؤول عسكري إيراني إن بلاده لن تنحني لضغوط واشنطن.", ("إيران", "oppose", "ضغوط واشنطن")),
    ('وقال الرئيس الكوري الجنوبي مون جيه إن إنه "يتعين علينا عقد قمة بين الجنوب والشمال".', ("كوريا الجنوبية", "support", "عقد قمة")),
])
def test_bowing_to_pressure_and_an_obligation_on_us(text, expected):
    assert expected in stances(run(text))


def test_a_plural_noun_in_t_is_no_verb_when_judged():
    got = stances(run("ووصفت الخارجية الروسية تصريحات جونسون بأنها غير مقبولة."))
    assert ("روسيا", "oppose", "تصريحات جونسون") in got


def test_the_state_by_its_nationality_and_pointing_the_finger():
    assert ("بريطانيا", "oppose", "روسيا") in stances(run("واتهمت الحكومة البريطانية الدولة الروسية بالمسؤولية عن الهجوم."))
    got = stances(run("وقال المتحدث باسم الخارجية البريطانية إن بلاده توجه أصابع الاتهام إلى روسيا."))
    assert ("بريطانيا", "oppose", "روسيا") in got


def test_whose_statement_it_was_and_a_reply_as_a_noun():
    got = speakers(run('وقال وزير الدفاع الإسرائيلي أفيغدور ليبرمان إن القناص بطل. وفي 9 مارس، كان لأردوغان تصريح آخر، '
                       'قال فيه: "الآن مركز عفرين محاصر". وفي رد آخر، قال وزير الخارجية التركي مولود جاويش أوغلو إن الحل قريب.'))
    assert [sp for sp, _ in got] == ["أفيغدور ليبرمان", "رجب طيب أردوغان", "مولود جاويش أوغلو"]


def test_the_media_keep_their_waw():
    assert speakers(run("وقالت وسائل إعلام تركية إن الحل قريب."))[0][0] == "وسائل الإعلام التركية"


@pytest.mark.parametrize("text, expected", [
    ("وقال الرئيس الفرنسي إيمانويل ماكرون إن بلاده وروسيا عازمتان على إنشاء آلية تنسيق.",
     ("روسيا", "support", "إنشاء آلية تنسيق")),
    ('وأعرب الرئيس الروسي فلاديمير بوتين عن "أسفه" لإلغاء القمة الأمريكية الكورية الشمالية.',
     ("روسيا", "support", "القمة الأمريكية الكورية الشمالية")),
    ("وقال الرئيس الروسي فلاديمير بوتين: نأمل استئناف الحوار.", ("روسيا", "support", "استئناف الحوار")),
])
def test_determination_regret_and_hope_with_a_direct_object(text, expected):
    assert expected in stances(run(text))


def test_unfortunately_is_no_regret_and_a_pronoun_object_is_no_target():
    assert stances(run('وقال الوزير الروسي: "للأسف، الاتفاق انهار".')) == set()
    assert not any("إبرامه" in t for _, _, t in stances(run("وقال الوزير اليمني إن هناك اتفاقا يأمل إبرامه المبعوث الأممي.")))


def test_a_role_then_a_name_between_commas_then_the_verb():
    got = speakers(run("ولكن المتحدث باسم المجلس العسكري لمدينة منبج، شرفان درويش، قال إن الخطة تنقصها المصداقية."))
    assert got[0][0] == "شرفان درويش"


def test_the_charge_after_the_accused_is_not_the_accusers_position():
    got = stances(run("واتهم وزير الخارجية الأمريكي مايك بومبيو طهران بدعم جماعات في اليمن."))
    assert not any(h == "الولايات المتحدة" and p == "support" for h, p, _ in got)


def test_focusing_on_points_at_what_is_focused_on():
    got = stances(run("وأضاف وزير الخارجية الأمريكي أن واشنطن يتعين عليها التركيز حاليا على إبقاء أميركا آمنة."))
    assert ("الولايات المتحدة", "support", "إبقاء أميركا آمنة") in got


def test_an_ambassador_to_a_body_then_the_name_and_a_second_rank():
    got = speakers(run("قالت السفيرة الإماراتية لدى الأمم المتحدة لانا نسيبة إن التحالف يريد الاستقرار. "
                       "ونقلت وكالة إرنا عن رئيس الأركان، الجنرال ميجور محمد باقري، قوله إن القوات مستعدة."))
    assert [sp for sp, _ in got] == ["لانا نسيبة", "محمد باقري"]


def test_a_tagged_name_after_a_non_reporting_verb_goes_on_with_its_circumstantial():
    got = speakers(run('قال وزير الدفاع الإسرائيلي أفيغدور ليبرمان إن القناص بطل. وعلقت حنان عشراوي، عضو اللجنة '
                       'التنفيذية لمنظمة التحرير الفلسطينية قائلة: "قضية إطلاق النار ليست جديدة".'))
    assert got[1][0] == "حنان عشراوي"


def test_a_quoted_definite_cue_word_keeps_its_preposition_after_the_quote():
    got = stances(run('ومن جانبه عبر الرئيس الروسي فلاديمير بوتين عن "الأسف" لإلغاء القمة.'))
    assert ("روسيا", "support", "القمة") in got and ("روسيا", "oppose", "القمة") not in got


def test_an_accused_no_mention_covers_still_bears_the_charge():
    got = stances(run("وتتهم تركيا المسلحين الأكراد في سوريا بالسعي لإنشاء كيان كردي على حدودها."))
    assert not any(h == "تركيا" and p == "support" for h, p, _ in got)


def test_preventing_someone_from_an_act_opposes_the_act_also_inside_a_chain():
    got = stances(run("وقال وزير الخارجية الأمريكي مايك بومبيو إنه يريد منع دول العالم من استيراد النفط الإيراني."))
    assert ("الولايات المتحدة", "oppose", "استيراد النفط الإيراني") in got
    got = stances(run("وأكد وزير الخارجية الأمريكي ضرورة منع التصعيد في المنطقة من أجل السلام."))
    assert ("الولايات المتحدة", "oppose", "التصعيد في المنطقة") in got


def test_a_speaker_inside_the_claim_after_a_noun_is_nested_and_the_outer_statement_stays():
    got = speakers(run("قالت مصادر بالإدارة الأميركية يوم الأحد، إن تقييم السلطات الأميركية يشير إلى أن أسلحة كيماوية استخدمت."))
    assert [sp for sp, _ in got] == ["مصادر بالإدارة الأميركية"]
    assert got[0][1].startswith("تقييم السلطات الأميركية يشير")


@pytest.mark.parametrize("body, country", [
    ("وقالت بعثة السويد لدى الأمم المتحدة، إن زيادة العنف تدل على فشل آخر.", "Sweden"),
    ("ومع ذلك، قالت سفارة الإكوادور في لندن إن الإنترنت سيعود.", "Ecuador"),
])
def test_a_mission_or_embassy_of_a_state_speaks_for_it(body, country):
    ex = run(body)
    assert ex.statements and ex.statements[0].speaker.kind == "Organisation"
    assert ex.statements[0].speaker.country == country


def test_a_foreign_minister_with_the_expatriates_in_his_title():
    got = speakers(run("ومن جهته، أكد وزير الخارجية وشؤون المغتربين الأردني الصفدي في تصريحه، إن موقف الأردن ثابت."))
    assert got[0][0] == "أيمن الصفدي"


def test_a_former_president_is_not_the_one_in_office_and_speaks_for_himself():
    ex = run('وقال الرئيس الأمريكي دونالد ترامب إن الولايات المتحدة ستنسحب من الاتفاق. وقال الرئيس الأمريكي '
             'السابق، بارك أوباما الذي أدى دورا رئيسيا في الاتفاق، إنه يدعم الاتفاق. وقال الرئيس الأمريكي السابق '
             'إن الانسحاب خطأ.')
    assert [sp for sp, _ in speakers(ex)] == ["دونالد ترامب", "باراك أوباما", "باراك أوباما"]
    assert ("باراك أوباما", "support", "الاتفاق") in stances(ex)
    assert not any(h == "الولايات المتحدة" and p == "support" for h, p, _ in stances(ex))
    assert country_of(ex, "باراك أوباما") == "United_States"


def test_a_former_prime_minister_without_nationality_takes_the_country_of_the_office():
    ex = run("وقال رئيس الوزراء الأسترالي سكوت موريسون إن الحكومة مستقرة. وستجري انتخابات على المقعد الذي كان يشغله "
             "رئيس الوزراء السابق، مالكولم ترنبول، الذي أطيح به.")
    assert country_of(ex, "مالكولم ترنبول") == "Australia"


def test_a_source_in_a_body_named_by_one_word_keeps_it():
    got = speakers(run("وكشفت مصادر في التحالف إن القوات نفذت 18 غارة جوية."))
    assert got[0][0] == "مصادر في التحالف"


def test_replying_by_announcing_is_a_statement_and_replying_by_deeds_is_not():
    assert speakers(run("ورد الحوثيون بالإعلان عن ضرب سفينة حربية تابعة لقوات التحالف."))[0][0] == "الحوثيون"
    assert speakers(run("ورد الناتو بزيادة انتشار القوات.")) == []


def test_the_kings_embassy_where_it_serves_and_what_it_condemns():
    ex = run("استنكرت سفارة خادم الحرمين الشريفين لدى البحرين حادث التفجير الإرهابي.")
    assert ex.statements[0].speaker.country == "Saudi_Arabia"
    assert ("السعودية", "oppose", "حادث التفجير الإرهابي") in stances(ex)
    assert ("السعودية", "oppose", "حادث التفجير الإرهابي") in stances(run(
        "استنكرت السفارة السعودية في البحرين حادث التفجير الإرهابي."))


def test_a_definite_source_word_before_a_quote_is_the_one_just_quoted_but_a_report_is_not():
    got = speakers(run('وقال المتحدث باسم الحكومة الفرنسية بنجامان غريفو إن الصفقات مفيدة. وقال المتحدث: "كله يتوقف على الجهة".'))
    assert [sp for sp, _ in got] == ["بنجامان غريفو", "بنجامان غريفو"]
    got = speakers(run('قال وزير الدفاع الأمريكي جيمس ماتيس إن الأمن مهم. وقال التقرير: "الأنظمة ضعيفة".'))
    assert got[1][0] == "التقرير"


def test_a_relay_from_a_source_described_by_its_field():
    got = speakers(run("ونقلت فوكس نيوز عن مسؤول أميركي كبير في مجال مكافحة الإرهاب أن السلطات الألبانية ألقت القبض "
                       'على إيرانيين. وقال المسؤول: "إيران لها تاريخ طويل".'))
    assert [sp for sp, _ in got] == ["مسؤول أميركي كبير", "مسؤول أميركي كبير"]


def test_outlets_are_bodies_not_their_cities_and_the_paper_is_the_one_named():
    got = speakers(run("وذكرت واشنطن بوست أن الإدارة تدرس الخيارات. وقالت صحيفة لوموند الفرنسية إن الجهود مهمة. "
                       "وأضافت الصحيفة أن الرئيس المنتخب سيجري تصحيحات."))
    assert [sp for sp, _ in got] == ["واشنطن بوست", "لوموند", "لوموند"]


def test_a_quoted_platform_then_a_time_before_the_claim():
    got = speakers(run('وقال وزير الخارجية الإسرائيلي، في تغريدة على حسابه الخاص على "تويتر"، الثلاثاء، إن الوزارة ستسمح بالدخول.'))
    assert got and got[0][1] == "الوزارة ستسمح بالدخول"


def test_a_name_that_looks_like_a_verbal_noun_and_a_title_whose_name_is_anothers_surname():
    ex = run("بدوره، رأى وزير الشؤون الاستراتيجية الإسرائيلية، غيلاد إردان، أن القاصم ناشطة بارزة. "
             "وقال أوباما في مؤتمر صحافي مع رئيس الوزراء الإثيوبي، هايلي مريم ديسيلين، إن الوضع صعب.")
    assert speakers(ex)[0][0] == "غيلاد إردان"
    assert country_of(ex, "هايلي مريم ديسيلين") == "Ethiopia"
    assert not any(e.label_ar == "نيكي هيلي" for e in ex.entities.values())


def test_a_listed_person_spelled_with_other_long_vowels_is_that_person_but_arabic_names_are_not_merged():
    ex = run("وقال وزير الخارجية التركي مولود تشاوش أوغلو إن الأمر جيد. وأضاف تشاوش أوغلو أن الحوار مستمر.")
    assert [sp for sp, _ in speakers(ex)] == ["مولود جاويش أوغلو", "مولود جاويش أوغلو"]
    ex = run("وأكد الأمين العام للندوة الدكتور صالح بن سليمان الوهيبي إدانة الندوة لهذا الإجرام.")
    assert not any(e.label_ar == "محمد بن سلمان" for e in ex.entities.values())


def test_a_name_ends_before_a_common_word_but_not_before_a_given_name():
    ex = run("وتولى الرئيس إيفان دوكي منصبه، الثلاثاء، وقال إن الحكومة ستعمل. وقال قائد الثورة آية الله سيد علي خامنئي إن إيران قوية.")
    labels = {e.label_ar for e in ex.entities.values() if e.kind == "Person"}
    assert "إيفان دوكي" in labels and "آية الله سيد" not in labels


def test_a_bare_state_organ_is_the_last_speakers_states_and_another_bare_body_speaks_as_itself():
    got = speakers(run("وقال وزير الخارجية الأمريكي مايك بومبيو إن الزيارة مهمة. ولدى مغادرة بومبيو واشنطن أمس "
                       "قالت وزارة الخارجية إنه سيزور أيضا السعودية. وأكدت وزارة الصحة أن عدد الضحايا ارتفع."))
    assert [sp for sp, _ in got] == ["مايك بومبيو", "وزارة الخارجية الأميركية", "وزارة الصحة"]


def test_a_relay_from_an_institution_named_by_its_noun_alone():
    got = speakers(run("وقالت الحكومة الإسرائيلية إن الحدود مغلقة. وقال الجيش إن جنوده أطلقوا النار. "
                       "ونقلت صحيفة الجيروزاليم بوست عن الجيش قوله إن بعضهم حاولوا إتلاف السياج."))
    assert [sp for sp, _ in got] == ["الحكومة الإسرائيلية", "الجيش الإسرائيلي", "الجيش الإسرائيلي"]


def test_states_listed_after_a_verb_or_after_in_it_speak_together():
    got = stances(run("وفي وقت أدانت فيه دمشق وموسكو بشدة العقوبات الأمريكية على إيران، قال العبادي إن العراق ملتزم."))
    assert {("سوريا", "oppose"), ("روسيا", "oppose")} <= {(h, p) for h, p, _ in got}
    got = stances(run("وانتقدت روسيا والصين القرار الأمريكي."))
    assert {h for h, _, _ in got} == {"روسيا", "الصين"}


def test_criticism_levelled_at_someone_opposes_them_but_criticism_received_does_not():
    assert ("الولايات المتحدة", "oppose", "ألمانيا") in stances(run("ووجه الرئيس الأمريكي دونالد ترامب انتقادات حادة لألمانيا بسبب نفقاتها."))
    assert stances(run("وواجه الرئيس الأمريكي دونالد ترامب انتقادات واسعة لقراره.")) == set()


def test_an_accuser_before_a_present_verb_speaks_and_the_charge_clause_is_the_accused():
    ex = run("غير أن روسيا تتهم مقاتلي المعارضة بأنها تفرض حظرا لمنع المدنيين من المغادرة.")
    assert speakers(ex)[0][0] == "روسيا"
    assert stances(ex) == {("روسيا", "oppose", "مقاتلي المعارضة")}


def test_the_source_is_the_one_named_as_relayed_even_if_it_was_not_the_speaker():
    got = speakers(run("وقال العبادي إن العراق ملتزم. ودانت دمشق العقوبات، وفق ما نقل الإعلام الرسمي عن مصدر في وزارة الخارجية. "
                       'وقال المصدر، بحسب وكالة الأنباء السورية الرسمية، "سوريا تدين بشدة القرار".'))
    assert got[-1][0] == "مصدر في وزارة الخارجية"
    got = speakers(run("نوه وزير الدفاع الأميركي آشتون كارتر بقوات البيشمركة، وكان في استقباله فلاح مصطفى مسؤول دائرة "
                       "العلاقات الخارجية. وأشاد المسؤول، الذي تقود بلاده التحالف، بنجاح البيشمركة."))
    assert got[-1][0] != "مسؤول"


def test_a_name_then_a_former_title_speaks_for_himself():
    assert stances(run("وقال فؤاد السنيورة، رئيس الوزراء اللبناني السابق، إنه يرفض الإرهاب.")) == {
        ("فؤاد السنيورة", "oppose", "الإرهاب")}
    assert stances(run("وقال فؤاد السنيورة، رئيس الوزراء اللبناني، إنه يرفض الإرهاب.")) == {("لبنان", "oppose", "الإرهاب")}


def test_a_state_may_oppose_what_is_said_about_it():
    got = stances(run('ووصف وزير الخارجية الإيراني، محمد جواد ظريف، تصريحات بومبيو بشأن إيران بأنها "غير مقبولة".'))
    assert ("إيران", "oppose", "تصريحات بومبيو بشأن إيران") in got
    assert not any(h == "السعودية" and p == "oppose" for h, p, _ in stances(run(
        "وقال المعارض السعودي إن بلاده تنتقد سياسات السعودية.")))


def test_amman_in_a_jordan_story_is_not_oman():
    ex = run("وقال وزير الخارجية الأردني أيمن الصفدي في عمان إن الحل سياسي. وزار الوزير سلطنة عمان أمس.")
    keys = {e.key for e in ex.entities.values() if e.kind == "Country"}
    assert "Jordan" in keys and "Oman" in keys
    ex = run("وقال وزير الخارجية العماني في مسقط إن الحل سياسي.")
    assert "Jordan" not in {e.key for e in ex.entities.values()}


def test_support_a_relative_clause_gives_to_an_actor_is_that_actors():
    got = stances(run("وقال وزير الخارجية السوري وليد المعلم إن الاتفاق لن يؤثر على الدعم الذي تقدمه طهران لدمشق."))
    assert got == {("إيران", "support", "سوريا")}
    assert stances(run("وقال وزير الخارجية الأمريكي إن الدعم الذي حصلت عليه المعارضة كبير.")) == set()


def test_a_korean_name_with_ki_after_a_title():
    got = speakers(run("ووصف نائب وزير الخارجية الكوري الشمالي كيم كي غوان قرار ترامب بغير المتوقع."))
    assert got[0][0] == "كيم كي غوان"


def test_an_unnamed_source_after_hasab_is_a_source_but_a_relaying_agency_is_not():
    got = speakers(run("ودعا الرئيس الأميركي باراك أوباما إلى إبرام اتفاق سلام لتسوية نزاع أسفر عن سقوط آلاف القتلى، حسب مراقبين."))
    assert [sp for sp, _ in got] == ["باراك أوباما", "مراقبين"]
    got = speakers(run("وقال الرئيس الأميركي باراك أوباما إن الجيش تقدم، حسبما نقلت وكالة رويترز."))
    assert [sp for sp, _ in got] == ["باراك أوباما"]


def test_describing_with_bi_judges_the_object():
    assert stances(run("ووصفت وزارة الخارجية الروسية قرار واشنطن بالخطأ الفادح.")) == {("روسيا", "oppose", "قرار واشنطن")}
    assert ("إيران", "support", "الاتفاق") in stances(run("ووصف وزير الخارجية الإيراني الاتفاق بالخطوة الإيجابية."))


def test_refusing_any_harm_to_something_supports_it():
    got = stances(run("وقال السفير السعودي إن المملكة لا تقبل أي مساس بأمن البحرين."))
    assert any(h == "السعودية" and p == "support" and t.startswith("أمن البحرين") for h, p, t in got)
    assert ("السعودية", "oppose", "الإرهاب") in stances(run("وقال الوزير السعودي إن المملكة ترفض أي دعم للإرهاب."))
    got = stances(run("وقال وزير الخارجية الإيراني إن المساس بأمن المنطقة خط أحمر."))
    assert not any(p == "oppose" and t.startswith("أمن") for _, p, t in got)     # harm alone states nothing


def test_what_is_left_of_them_is_them():
    got = stances(run("وقالت روسيا إنها تسعى للقضاء على ما بقي من الإرهابيين في إدلب."))
    assert any(h == "روسيا" and p == "oppose" and t.startswith("الإرهابيين") for h, p, t in got)


def test_a_magazine_named_in_quotes_writes_and_what_it_writes_about_is_no_subject():
    got = speakers(run('وحول سوريا كتبت مجلة "كورييه إنترناسيونال" عن استعداد الجيش السوري لشن هجوم على الغوطة الشرقية.'))
    assert got and got[0][0] == "مجلة كورييه إنترناسيونال"


def test_a_capital_names_the_ambassadors_state_and_a_bank_is_a_national_body():
    ex = run("وكتب سفير موسكو في فيينا، ميخائيل أوليانوف، تغريدة قال فيها إن الاتفاق ما زال قائما.")
    assert country_of(ex, "ميخائيل أوليانوف") == "Russia"
    ex = run("وقال رئيس البنك المركزي الإيراني ولي الله سيف، إن العقوبات لن تؤثر على الاقتصاد.")
    assert country_of(ex, "ولي الله سيف") == "Iran"
    ex = run("وفرضت وزارة الخزانة عقوبات على رئيس المصرف المركزي السوري وأحد مساعديه.")
    assert not any(e.kind == "Person" for e in ex.entities.values())      # "one of his aides" is no name


def test_a_hyphenated_name_stays_whole():
    ex = run("وقالت نائبة وزير خارجية كوريا الشمالية تشو سون-هي إن المحادثات ستستمر.")
    assert [sp for sp, _ in speakers(ex)] == ["تشو سون-هي"]
    assert country_of(ex, "تشو سون-هي") == "North_Korea"


def test_congratulating_on_an_occasion_is_ceremony_and_huna_is_here():
    assert speakers(run("وفي يوم الأحد هنأ الملك رئيس جمهورية بلغاريا بذكرى اليوم الوطني لبلاده.")) == []
    assert speakers(run("وهنا، تأتي دلالة أن الرئيس يشارك في الانتخابات كمرشح مستقل.")) == []
    got = speakers(run('وهنأ الرئيس الروسي فلاديمير بوتين الرئيس السوري على "نجاحات الجيش في مكافحة الإرهاب".'))
    assert [sp for sp, _ in got] == ["فلاديمير بوتين"]


def test_a_bare_office_is_the_man_the_article_gave_it_to_bare():
    ex = run("التقى وزير الخارجية عادل الجبير نظيره وزير الخارجية الإيطالي باولو جينتيلوني في روما. "
             "وقال معالي وزير الخارجية إن المباحثات كانت مثمرة. وأوضح معالي وزير الخارجية أن الآراء متطابقة.")
    assert [sp for sp, _ in speakers(ex)] == ["عادل الجبير", "عادل الجبير"]
    got = speakers(run("قال الرئيس الروسي فلاديمير بوتين إن الحوار ممكن. وقال نائب رئيس الوزراء لشؤون الطاقة أن الحل يحتاج وقتا."))
    assert "فلاديمير بوتين" not in [sp for sp, _ in got[1:]]       # a deputy is another man


def test_an_acting_minister_is_not_the_one_in_office():
    ex = run("وأعلن وزير الخارجية الأمريكي بالوكالة جون سوليفان دعم بلاده لأوكرانيا.")
    assert [sp for sp, _ in speakers(ex)] == ["جون سوليفان"]
    assert country_of(ex, "جون سوليفان") == "United_States"


def test_a_passive_relay_still_names_the_source():
    got = speakers(run("كما نُقل عن وزير الدفاع الروسي سيرغي شويغو قوله إنه سيتم إنشاء ممر إنساني في المنطقة."))
    assert [sp for sp, _ in got] == ["سيرغي شويغو"]
    assert speakers(run("واتُهمت روسيا بتسميم العميل السابق في بريطانيا.")) == []


def test_observers_are_not_the_official_just_quoted():
    got = speakers(run("وقال نائب وزير الدفاع الروسي، أناتولي أنطونوف، إن العلاقات متوترة. "
                       "ويرى المراقبون أن الرئيس بات يتحكم بكل مفاصل الحكم."))
    assert got[1][0] != "أناتولي أنطونوف"


def test_congratulations_state_a_position_only_on_what_they_are_for():
    assert stances(run("وفي يوم الاثنين هنأ الملك سلمان رئيس جمهورية بولندا بذكرى يوم الدستور لبلاده.")) == set()
    got = stances(run('وهنأ الرئيس الروسي فلاديمير بوتين الرئيس السوري بشار الأسد على نجاحات الجيش.'))
    assert any(h == "روسيا" and p == "support" for h, p, _ in got)


def test_the_actor_after_an_accusation_noun_is_the_accused():
    got = stances(run("وقدم الوزراء دعمهم إلى بريطانيا، بعد اتهام روسيا بالوقوف وراء تسميم عميل سابق."))
    assert not any(h == "روسيا" for h, _, _ in got)
    got = stances(run("وجاء ذلك بعد يومين من اتهام ترامب بكين بالتدخل في الانتخابات الأمريكية."))
    assert ("الولايات المتحدة", "oppose", "الصين") in got


def test_an_obligation_in_a_relative_clause_is_no_position():
    assert stances(run('وقال الوزير الأمريكي: "هم يعلمون ما يجب أن يكون مطروحا للنقاش على الطاولة".')) == set()
    assert stances(run('وقالت روسيا إن هناك "قضايا أمنية يجب التعامل معها" قبل السماح للمفتشين بالدخول.')) == set()
    assert ("روسيا", "support", "وقف إطلاق النار") in {
        (h, p, t) for h, p, t in stances(run("وقالت روسيا إنه يجب وقف إطلاق النار فورا."))}


def test_a_body_named_by_its_kind_after_according_to_is_the_source():
    got = [sp for sp, _ in speakers(run("ولقي ما لا يقل عن 500 شخص مصرعهم بسبب الغارات، وفقا لما ذكرته مؤسسة خيرية طبية."))]
    assert got == ["مؤسسة خيرية طبية"]
    got = [sp for sp, _ in speakers(run("ويشتبه بأنه قتل فتاة تدعى سوزانا فيلدمان في فيسبادن، حسب الشرطة."))]
    assert got == ["الشرطة"]          # and "تدعى" (is called) is not "تدعي" (she claims)
    got = [sp for sp, _ in speakers(run("وتملك الدوحة استثمارات تقدر بعشرين مليار دولار حسب جريدة لوفيغارو الفرنسية."))]
    assert got and "لوفيغارو" in got[0]
    # an agency named only by its kind is no body we can name ("وكالة الصحافة الفرنسية" is AFP, listed)
    assert speakers(run("وبحسب وكالة الصحافة المحلية، يطلق القرار عملية تدريجية لرفع العقوبات.")) == []


def test_a_title_after_according_to_with_its_preposition_joined_on():
    got = [sp for sp, _ in speakers(run("يباشر الفريق عمله الأحد في دوما، وفقا لمعاون وزير الخارجية السورية، أيمن سوسان."))]
    assert got == ["أيمن سوسان"]
    got = [sp for sp, _ in speakers(run("ووفقا لزعيم الحزب الاشتراكي الديمقراطي، فإن الحكومة ستنقل السفارة."))]
    assert got == ["زعيم الحزب الاشتراكي الديمقراطي"]
    got = [sp for sp, _ in speakers(run("ويتوقع أن يغادر المدينة نحو 40 ألف شخص، بحسب ما ذكرته صحيفة الوطن الموالية للحكومة."))]
    assert got and got[0].startswith("صحيفة الوطن")


def test_judging_what_was_just_named_with_a_pronoun_on_the_verb():
    got = speakers(run('ورحبت ألمانيا بالاتفاق، كما اعتبره الرئيس الفرنسي إيمانويل ماكرون "انتصارا للتعاون الأوروبي".'))
    assert "إيمانويل ماكرون" in [sp for sp, _ in got]
    got = speakers(run("وسيطرت الوحدات الكردية على عفرين التي تعتبرها تركيا امتدادا لحزب العمال."))
    assert got == []      # a relative clause in the present describes, it reports no one


def test_rebuking_is_a_statement_and_a_position():
    ex = run("وبَّخت الصين الولايات المتحدة، الجمعة، منتقدة التحركات التجارية الأحادية الجانب.")
    assert speakers(ex) and speakers(ex)[0][0] == "الصين"
    assert ("الصين", "oppose", "الولايات المتحدة") in stances(ex)


def test_an_office_phrase_stops_at_another_mans_name_and_a_rank_takes_a_known_name():
    ex = run("واستقبل الوزير بالرئيس الفرنسي إيمانويل ماكرون في القاهرة.")
    assert country_of(ex, "إيمانويل ماكرون") == "France"
    assert not any(e.kind == "Office" and e.country == "Egypt" for e in ex.entities.values())
    got = speakers(run("أعلن رئيس الأركان الأمريكي جوزيف دانفورد أن روسيا خطر. وقال الجنرال دانفورد إن الجيش مستعد."))
    assert [sp for sp, _ in got] == ["جوزيف دانفورد", "جوزيف دانفورد"]


def test_former_leaders_keep_their_nationality_but_do_not_speak_for_it():
    ex = run("وقال الرئيس اليمني المخلوع علي عبد الله صالح إنه يرفض الحوار مع الحكومة.")
    assert country_of(ex, "علي عبد الله صالح") == "Yemen"          # an affiliation
    assert not any(h == "اليمن" for h, _, _ in stances(ex))      # not Yemen's position


def test_a_relative_speaks_as_themself():
    got = speakers(run("وقال الصحفي جمال خاشقجي إن المملكة تتغير. وقالت خطيبة خاشقجي إنها انتظرت قبالة القنصلية."))
    assert [sp for sp, _ in got] == ["جمال خاشقجي", "خطيبة خاشقجي"]


def test_a_cleric_has_a_nationality_but_does_not_speak_for_the_state():
    ex = run("وقال زعيم التيار الصدري مقتدى الصدر إنه يرفض أي تدخل أجنبي في العراق.")
    assert country_of(ex, "مقتدى الصدر") == "Iraq"
    assert not any(h == "العراق" for h, _, _ in stances(ex))


def test_a_quote_that_opens_the_sentence_belongs_to_the_speaker_named_after_it():
    got = speakers(run('"لن نتراجع عن قرارنا"، قال وزير الخارجية الروسي سيرغي لافروف.'))
    assert got == [("سيرغي لافروف", "لن نتراجع عن قرارنا")]
    got = speakers(run('«الوضع خطير جدا»، يقول المتحدث باسم الجيش الليبي.'))
    assert got and got[0][1] == "الوضع خطير جدا"


def test_a_damma_marks_a_passive_but_not_the_present_of_adaf():
    got = speakers(run("وقال السراج إن المراكز مرفوضة. واقتُرح أن يتم الإشراف على هذه المراكز بالتعاون مع المفوضية."))
    assert [sp for sp, _ in got] == ["فايز السراج"]       # "it was proposed": nobody's statement
    got = speakers(run('وتُضيف رئيسة الوزراء البريطانية تيريزا ماي "بريطانيا ستقف مع حلفائها".'))
    assert [sp for sp, _ in got] == ["تيريزا ماي"]
    assert speakers(run("وليست هذه المرة الأولى التي يُتهم بها الرئيس بإهانة امرأة.")) == []


def test_a_minister_of_a_portfolio_named_without_nationality_serves_the_country_in_focus():
    ex = run("أعلن اليمن وصول سفينة مساعدات إلى ميناء عدن. وأوضح وزير النقل بدر باسلمة أن الحمولة تشمل أدوية.")
    assert country_of(ex, "بدر باسلمة") == "Yemen"


def test_a_subject_then_qad_then_the_verb_is_svo_and_the_next_wa_verb_goes_on_with_it():
    ex = run("وأكد المتحدث فرحان حق على أن مفوضية الأمم المتحدة السامية لحقوق الإنسان قد حثت الأردن على فتح "
             "حدوده وحثت بلدانا أخرى على استقبال اللاجئين.")
    got = [sp for sp, _ in speakers(ex)]
    assert "الأردن" not in got          # whom it urged
    assert got[-2:] == ["المفوضية السامية لحقوق الإنسان"] * 2
    assert not any(h == "الأردن" for h, _, _ in stances(ex))
    got = speakers(run("وكان نائب الرئيس الأمريكي مايك بنس قد حذر الزعيم الكوري الشمالي كيم جونغ أون من اللعب مع ترامب."))
    assert [sp for sp, _ in got] == ["مايك بنس"]


def test_a_compound_given_name_keeps_its_family_name_and_its_first_word_alone_is_no_name():
    ex = run("فيما أشار الكاتب عبد الرحمن الراشد في مقال إلى أن تركيا ليست أقوى من ألمانيا.")
    assert [sp for sp, _ in speakers(ex)] == ["عبد الرحمن الراشد"]
    ex = run("وأكد المتحدث باسم الحكومة الأردنية أن فتح حدوده أمر مستبعد.")
    assert not any(e.kind == "Person" and e.label_ar.startswith("فتح") for e in ex.entities.values())


def test_central_banks_and_the_migration_agency_are_bodies():
    got = speakers(run("أعلن البنك المركزي التركي أن البنوك ستتلقى كل السيولة. وقالت المنظمة الدولية للهجرة إن 600 شخص غرقوا."))
    assert [sp for sp, _ in got] == ["البنك المركزي التركي", "المنظمة الدولية للهجرة"]


def test_an_unnamed_source_is_labelled_with_its_construct():
    ex = run("وذكرت قوات خفر السواحل، في بيان، أن الصيادين أنقذوا 6 أشخاص. وقال مسؤولون رفيعو المستوى إن العرض مرفوض.")
    assert [sp for sp, _ in speakers(ex)] == ["قوات خفر السواحل", "مسؤولون رفيعو المستوى"]


def test_a_verb_of_going_on_completed_by_a_la_verb_of_saying_is_one_statement():
    got = speakers(run("وقال الرئيس الروسي فلاديمير بوتين إن الحل سياسي. ومضى ليقول إن مستقبل سوريا يقرره شعبها."))
    assert got[-1] == ("فلاديمير بوتين", "مستقبل سوريا يقرره شعبها")
    got = speakers(run("ثم عاد الرئيس الأمريكي دونالد ترامب من جديد ليؤكد أن القمة ستعقد في موعدها."))
    assert got == [("دونالد ترامب", "القمة ستعقد في موعدها")]


def test_a_press_review_names_the_paper_after_what_it_says():
    got = speakers(run("في صحف اليوم: قمة أوروبية ستركز على ملف الهجرة، موضوع سيزيد من التوتر داخل الاتحاد "
                       "الأوروبي تقول لوموند. أمر يهدد وحدة أوروبا تقول لاكروا التي خصصت للموضوع ملفا."))
    assert [sp for sp, _ in got] == ["لوموند", "لاكروا"]
    assert got[1][1] == "أمر يهدد وحدة أوروبا"
    # a plain verb with an actor after it that does not end the clause keeps its subject
    assert [sp for sp, _ in speakers(run("قبرص تعتبر مصر من الجيران البارزين."))] == ["قبرص"]


def test_a_paper_is_named_by_its_definite_name_and_then_by_the_paper():
    got = speakers(run("وفي موضوع آخر تنقل صحيفة الوطن أن الجيش تقدم في درعا. الصحيفة السورية كتبت أن الجيش "
                       "ركز حملته على مواقع النصرة. وصحيفة الحياة تكشف عن مساع أمريكية جديدة."))
    assert [sp for sp, _ in got] == ["صحيفة الوطن", "صحيفة الوطن", "صحيفة الحياة"]


def test_a_bare_definite_target_is_the_fuller_phrase_the_article_used():
    ex = run("قال الرئيس الفرنسي إيمانويل ماكرون إن الاتفاق النووي مع إيران يجب أن يبقى. "
             "ودعا ماكرون واشنطن إلى عدم التخلي عن الاتفاق.")
    targets = {s.target.key for s in ex.stances if s.holder.key == "France"}
    assert "iran_nuclear_deal" in targets and "الاتفاق" not in targets
    ex = run("وقال وزير الخارجية الأردني أيمن الصفدي إن بلاده تقف مع المملكة العربية السعودية. "
             "وأكد الصفدي دعم بلاده للمملكة في مواجهة التهديدات.")
    assert {(s.holder.key, s.target.key) for s in ex.stances} >= {("Jordan", "Saudi_Arabia")}
    assert not any(s.target.kind == "Issue" and s.target.key.startswith("المملك") for s in ex.stances)


def test_hadda_urges_and_the_official_egyptian_agency_speaks():
    got = speakers(run("وفي حين أكد الأردن أن حدوده ستبقى مغلقة، حضت الأمم المتحدة الخميس عمان على فتح الحدود."))
    assert [sp for sp, _ in got] == ["الأردن", "الأمم المتحدة"]
    got = speakers(run("وقالت وكالة أنباء الشرق الأوسط الرسمية إن التصويت بدأ في نيوزيلندا."))
    assert [sp for sp, _ in got] == ["وكالة أنباء الشرق الأوسط"]


def test_a_role_then_a_known_holder_then_the_day_is_the_holder_speaking():
    got = speakers(run("من جانبه، قال مفوض الأمم المتحدة السامي لحقوق الإنسان الأمير زيد بن رعد الحسين الجمعة، "
                       "إن المدنيين في درعا يتعرضون لحصار."))
    assert [sp for sp, _ in got] == ["زيد رعد الحسين"]      # the gazetteer's label


def test_a_noun_with_a_pronoun_suffix_after_a_title_is_no_name():
    ex = run("وأعلن السفير السعودي فور وصوله المحافظة بدء برنامج الإعمار.")
    assert not any(e.kind == "Person" and "وصوله" in e.label_ar for e in ex.entities.values())


def test_a_noun_phrase_subject_far_from_its_claim_is_an_unnamed_speaker_not_the_last_one():
    got = speakers(run("وقال الرئيس السوري بشار الأسد إن الحرب انتهت. وقال المحققون الفرنسيون في تحليلهم لهذه الخلاصة "
                       "التي رفعت في تشرين الأول إلى القضاة الفرنسيين إنهم لم يحصلوا على شيء."))
    assert [sp for sp, _ in got] == ["بشار الأسد", "المحققون الفرنسيون"]
    got = speakers(run("وقال الرئيس السوري بشار الأسد إن الحرب انتهت. وذكرت وكالة استخبارات الدولة في ولاية "
                       "بادن فورتمبيرغ أن إيران تسعى للحصول على مكونات."))
    assert not any(sp == "بشار الأسد" and "إيران" in claim for sp, claim in got)


def test_investigators_residents_and_officials_in_construct_are_unnamed_sources():
    ex = run("وقال الرئيس السوري بشار الأسد إن الحرب انتهت. وكان المحققون البريطانيون أعلنوا أن الجاسوس أصيب في منزله. "
             "وكتب مسؤولو الاستخبارات في تقريرهم أن الأنشطة مستمرة. وقال سكان في المدينة إن القصف استمر.")
    got = [(st.speaker.kind, st.speaker.label_ar) for st in ex.statements]
    assert got[1:] == [("Anonymous", "المحققون البريطانيون"), ("Anonymous", "مسؤولو الاستخبارات"), ("Anonymous", "سكان")]
    # a singular investigator with a nationality and a name is that person
    assert country_of(run("وقال المحقق الكندي ريتشارد ماكلارين إن روسيا خالفت القوانين."), "ريتشارد ماكلارين") == "Canada"


def test_an_action_coordinated_after_what_is_fought_is_not_fought():
    ex = run("وقال وزير الداخلية الأردني إن بلاده تعمل لمحاربة التطرف والهجرة السرية وتحقيق الاستقرار في المنطقة.")
    got = stances(ex)
    assert ("الأردن", "oppose", "التطرف") in got
    assert not any(p == "oppose" and "الاستقرار" in t for _, p, t in got)


def test_alla_before_a_cue_negates_it():
    got = stances(run('وقال الرئيس الأمريكي دونالد ترامب: "من المهم جدا ألا نسمح له أبداً بالغطرسة الشديدة".'))
    assert ("الولايات المتحدة", "oppose", "الغطرسة الشديدة") in got


def test_a_call_for_effort_with_no_purpose_states_no_position():
    got = stances(run("وقال وزير الخارجية القطري إن بلاده تدعو إلى بذل المزيد."))
    assert not any("بذل" in t for _, _, t in got)
    got = stances(run("وقال وزير الخارجية القطري إن بلاده تدعو إلى بذل المزيد من الجهود لوقف القتال."))
    assert ("قطر", "oppose", "القتال") in got


def test_a_day_or_adverb_may_stand_between_the_subject_and_the_preposition_of_abbara_an():
    got = speakers(run("عبر الاتحاد الأوروبي أمس عن أمله في أن تلعب إيران دورا بناء. "
                       "وعبر الرئيس الأمريكي، دونالد ترامب، الإثنين، عن قلقه من التقارير."))
    assert [sp for sp, _ in got] == ["الاتحاد الأوروبي", "دونالد ترامب"]


def test_ikhtatama_with_what_was_said_is_a_statement_but_not_a_visit_concluded():
    got = speakers(run("وأصدرت وزارة الخارجية التركية بيانا حول القضية. واختتم البيان بأن تركيا لا تتلقى تعليمات من أحد."))
    assert got[-1][1] == "تركيا لا تتلقى تعليمات من أحد"
    got = speakers(run("وقال الرئيس المصري عبد الفتاح السيسي إن العلاقات قوية. واختتم السيسي زيارته بلقاء رئيس الوزراء."))
    assert len(got) == 1


def test_leaders_of_several_states_listed_before_the_claim_speak_together():
    ex = run("أكد الرئيس التركي رجب طيب أردوغان والروسي فلاديمير بوتين والإيراني حسن روحاني الأربعاء، بعد قمة "
             "في أنقرة، أنهم عازمون على الوصول إلى وقف إطلاق النار في سوريا.")
    assert [st.speaker.kind for st in ex.statements] == ["Group"]
    assert {h for h, p, _ in stances(ex)} == {"تركيا", "روسيا", "إيران"}
    # a man, then after a comma whom he told, is one speaker
    got = speakers(run("وأبلغ الرئيس الروسي فلاديمير بوتين، نظيره السوري بشار الأسد أن الصواريخ ستصل قريبا."))
    assert [sp for sp, _ in got] == ["فلاديمير بوتين"]


def test_a_definite_body_noun_before_its_verb_is_the_body_named_before():
    got = speakers(run("وقالت وزارة الشؤون الاستراتيجية الإسرائيلية إن الطالبة ممنوعة من الدخول. وبالرغم من أن الوزارة "
                       "قالت إن الطالبة تستطيع العودة، إلا أن محاميتها رفضت ذلك."))
    assert [sp for sp, _ in got][:2] == ["وزارة الشؤون الاستراتيجية الإسرائيلية"] * 2


def test_they_in_one_mans_words_are_others_not_his_state():
    got = stances(run('وقال وزير الخارجية اليمني خالد اليماني: "لقد تسبب الانقلابيون الحوثيون بكارثة إنسانية كبيرة، '
                      'وهم يسعون لتحقيق مآرب سياسية".'))
    assert not any(h == "اليمن" and "مآرب" in t for h, _, t in got)


def test_a_spokesman_of_a_two_word_body_then_ranks_then_his_name_is_that_man():
    got = speakers(run("وقال المتحدث الرسمي باسم قوات التحالف العقيد الركن تركي المالكي، في بيان، إن الدفاعات "
                       "الجوية اعترضت صاروخا باليستيا."))
    assert [sp for sp, _ in got] == ["تركي المالكي"]
    got = speakers(run("وقال المتحدث باسم قوات الشرطة العقيد يوهان شميت إن المهاجم قتل."))
    assert [sp for sp, _ in got] == ["يوهان شميت"]


def test_staff_and_first_rank_words_are_not_part_of_a_name():
    ex = run("قال قائد القيادة المركزية الأمريكية الفريق أول ركن جوزيف فوتيل، الأربعاء، إن هناك تهديدين للأمن.")
    assert [sp for sp, _ in speakers(ex)] == ["جوزيف فوتيل"]
    assert country_of(ex, "جوزيف فوتيل") == "United_States"
    # a bare rank and a man the article named is that man; after a preposition he is not the subject
    got = speakers(run("وقال قائد الجيش الأمريكي جوزيف دانفورد إن الوضع صعب. وقال العميد ركن دانفورد إن القوات جاهزة. "
                       "وكان الرئيس الأميركي باراك أوباما قد أشاد بالجنرال دانفورد كقائد ساعد في تشكيل دور القوات."))
    assert [sp for sp, _ in got] == ["جوزيف دانفورد", "جوزيف دانفورد", "باراك أوباما"]


def test_according_to_between_dashes_and_through_an_agency():
    got = speakers(run("وقد أمضت الفرق - بحسب ما ذكرته وكالة الأناضول للأنباء - 9 ساعات كاملة داخل المبنى."))
    assert [sp for sp, _ in got] == ["الأناضول"]
    assert "9 ساعات كاملة" in got[0][1]        # the report goes on after the source
    # "حسبما نقلت وكالة رويترز عن مسؤول سعودي": the agency relays, the official is the source
    ex = run("وأمر الملك الاثنين ببدء تحقيق داخلي بشأن القضية، حسبما نقلت وكالة رويترز عن مسؤول سعودي.")
    assert [(st.speaker.kind, st.speaker.country) for st in ex.statements] == [("Anonymous", "Saudi_Arabia")]


def test_a_relaying_agency_is_not_who_goes_on_speaking():
    got = speakers(run("وقال المفوض السامي لحقوق الإنسان زيد بن رعد الحسين إن الحصار غير قانوني. وقتل عشرون مدنيا "
                       "في الغارات، وفقا لوكالة رويترز. وأضاف أن المدنيين يدفعون الثمن."))
    assert [sp for sp, _ in got] == ["زيد رعد الحسين", "رويترز", "زيد رعد الحسين"]


def test_a_man_who_has_spoken_named_by_surname_after_a_call_verb_is_its_subject():
    got = speakers(run("وقال وزير الخارجية اللبناني جبران باسيل إن المفوضية تخيف النازحين. وجاء في بيان لوزارة الخارجية اللبنانية أن القرار نهائي. "
                       "ودعا باسيل إلى دراسة إجراءات تصاعدية إضافية."))
    assert [sp for sp, _ in got][-1] == "جبران باسيل"
    # a man who has not spoken, after a dropped subject, is whom the call is to
    got = speakers(run("وقال الرئيس الفرنسي إيمانويل ماكرون إن الحل سياسي. ودعا الأسد إلى التنحي عن السلطة."))
    assert [sp for sp, _ in got] == ["إيمانويل ماكرون", "إيمانويل ماكرون"]


def test_an_office_in_apposition_and_a_bare_title_later_are_the_man_named():
    ex = run('وجه الأمير خالد بن سلمان، السفير السعودي بالولايات المتحدة، رسالة إلى المجتمع الدولي. '
             'وقال السفير السعودي في الولايات المتحدة، في حسابه على موقع "تويتر"، الأربعاء: "على المجتمع الدولي أن يتكاتف".')
    assert [sp for sp, _ in speakers(ex)] == ["خالد بن سلمان"]
    assert country_of(ex, "خالد بن سلمان") == "Saudi_Arabia"
    got = speakers(run("وقال السفير القطري زايد الخيارين إن المفاوضات صعبة. وقال السفير: \"لن أعطيك شيئا\"."))
    assert [sp for sp, _ in got] == ["زايد الخيارين", "زايد الخيارين"]


def test_unnamed_experts_are_not_the_officials_quoted_before():
    ex = run("قال مسؤولون أميركيون إن الولايات المتحدة تدرس ردا عسكريا. وتوقع الخبراء أن تركز الضربات على منشآت "
             "عسكرية. وأشاروا إلى ضربات محتملة لقواعد جوية.")
    who = [st.speaker for st in ex.statements]
    assert who[1] is not who[0] and who[2] is who[1]
    # the same group in another case is the same source
    ex = run("ونقلت الوكالة عن مسؤولين أمريكيين قولهم إن الضربة وشيكة. وقال المسؤولون إن القرار لم يتخذ بعد.")
    assert ex.statements[0].speaker is ex.statements[1].speaker


def test_a_listed_man_whose_given_name_is_spelled_otherwise_is_that_man():
    got = speakers(run("وقال الأمين العام للحلف، ينز ستولتنبرغ، في مؤتمر صحفي، إن القرار يعني خفض قدرة روسيا."))
    assert [sp for sp, _ in got] == ["ينس ستولتنبرغ"]
    ex = run("كشف وزير الخارجية التركي، مولودو جاويش أوغلو، أنه لم يتم تفتيش المنزل. وقال أوغلو إن التحقيق مستمر.")
    assert [st.speaker.key for st in ex.statements] == ["Mevlut_Cavusoglu"] * 2
    # another given name before a listed surname is another man
    ex = run("وقال السفير السعودي في واشنطن، الأمير خالد بن سلمان، إن المملكة لن تتراجع.")
    assert ex.statements[0].speaker.key != "Mohammed_bin_Salman"


def test_what_a_noun_does_declining_to_comment_and_not_leaving_state_no_break():
    # "أدلة تدعم الادعاء": evidence supports a claim, nobody takes a position
    assert not stances(run("وقال المدعي العام التركي إن المكتب عثر على أدلة تدعم الادعاء القائل بأن الصحفي قتل."))
    assert stances(run("وقال الرئيس التركي إن بلاده تدعم الرواية الرسمية.")) == {("تركيا", "support", "الرواية الرسمية")}
    # "رفض التعليق": declining to speak is no position
    assert not stances(run("ورفض البيت الأبيض ووزارتا الدفاع والخارجية التعليق على خيارات محددة."))
    # "لن تنسحب من الاتفاق": staying in the agreement
    got = stances(run("وأكد الرئيس الفرنسي إيمانويل ماكرون أن بلاده لن تنسحب من الاتفاق النووي مع إيران."))
    assert {(h, p) for h, p, _ in got} == {("فرنسا", "support")}


def test_a_report_or_statement_speaks_for_the_body_that_issued_it():
    for text in ("وقتل عشرون شخصا في الهجوم، وفقا لبيان صادر عن وزارة الخارجية الروسية.",
                 "وقتل عشرون شخصا في الهجوم، وفقا لبيان أصدرته وزارة الخارجية الروسية."):
        assert [sp for sp, _ in speakers(run(text))] == ["وزارة الخارجية الروسية"]
    assert [sp for sp, _ in speakers(run("وقتل عشرون شخصا في الهجوم، وفقا لتقرير منظمة العفو الدولية."))] == \
        ["منظمة العفو الدولية"]
    # "وقال التقرير" later is the same body, not the man quoted in between
    ex = run("قال تقرير لمنظمة العفو الدولية إن القتلى مدنيون. وقال الرئيس الأمريكي دونالد ترامب إن الأمر محزن. "
             "وقال التقرير إن الهجمات مستمرة.")
    assert [st.speaker.key for st in ex.statements] == ["Amnesty_International", "Donald_Trump", "Amnesty_International"]


def test_unnamed_organisations_speak_as_a_group_named_by_their_construct():
    ex = run("وقال وزير الخارجية اللبناني جبران باسيل إن القرار نهائي. وحذرت منظمات دولية من إجبار اللاجئين على العودة.")
    assert ex.statements[-1].speaker.anonymous
    ex = run("وتفيد منظمات الإغاثة الدولية أن الكثير من اللاجئين لا يرغبون في العودة.")
    assert ex.statements[0].speaker.label_ar == "منظمات الإغاثة الدولية"
    ex = run("ومنذ ذلك الحين، تنتقد منظمات حقوق الإنسان دور الحكومات التي تبيع الأسلحة.")
    assert ex.statements[0].speaker.label_ar == "منظمات حقوق الإنسان"
    assert not any("حقوق" in s.target.label_ar for s in ex.stances)


def test_the_office_of_a_bare_title_speaks_for_this_article_only():
    ex = run("وذكر مكتب وزير الخارجية، الثلاثاء، أن الاقتراع سيجري يوم 28 يونيو.")
    sp = ex.statements[0].speaker
    assert sp.kind == "Office" and sp.label_ar == "مكتب وزير الخارجية" and sp.key.startswith("t")
    ex = run("قالت اليونان إن الأزمة انتهت. وقال رئيس الوزراء اليوناني أليكسيس تسيبراس إن الأزمة انتهت. "
             "وأكدت اليونان أن الاقتصاد يتعافى. وقال مكتب رئيس الوزراء في بيان إن الاستقالة قبلت.")
    assert ex.statements[-1].speaker.country == "Greece"


def test_a_denial_in_the_present_or_of_a_report_points_back():
    got = speakers(run("ويؤكد المرصد السوري أن طائرات روسية تشارك في القصف، الأمر الذي تنفيه موسكو."))
    assert [sp for sp, _ in got] == ["المرصد السوري لحقوق الإنسان", "روسيا"]
    got = speakers(run("وكانت وكالة أسوشيتد برس قد اتهمت الجزائر بالتخلي عن المهاجرين. وهو خبر نفته الجزائر."))
    assert [sp for sp, _ in got][-1] == "الجزائر"


def test_a_dismissed_or_resigned_office_holder_is_a_former_one():
    got = speakers(run("وقالت رانيا أنتونوبولوس، وزيرة الدولة لشؤون العمل، إن القرار ظالم. "
                       "وقالت وزيرة الدولة المقالة، الاثنين، إنها تلقت 23 ألف يورو."))
    assert [sp for sp, _ in got] == ["رانيا أنتونوبولوس"] * 2
    assert got[1][1].startswith("تلقت")


def test_what_a_body_is_between_commas_does_not_hide_it_as_the_subject():
    ex = run("وقال وزير الخارجية الروسي سيرغي لافروف إن الحل سياسي. وقال اتحاد منظمات الرعاية الطبية والإغاثة، وهي "
             "مؤسسة خيرية تدير المستشفيات في الغوطة الشرقية، إن عشرين مدنيا قتلوا.")
    assert ex.statements[-1].speaker.anonymous


def test_an_office_named_after_the_verb_is_not_the_last_speaker():
    # an office or a body right after the verb is a subject we cannot name, not the man just quoted
    ex = run("وقال وزير الخارجية الروسي سيرغي لافروف إن الحل سياسي. وقال رئيس شركة الطيران الوطنية في بيان إن الرحلات "
             "ستستأنف. وأكد اتحاد الغرف التجارية في بيان أن الأسواق هادئة.")
    assert [sp for sp, _ in speakers(ex)] == ["سيرغي لافروف", "رئيس شركة الطيران الوطنية", "اتحاد الغرف التجارية"]
    # (the office and the body, unnamed)
    # a definite title, or the last speaker's own office, points back to him
    got = speakers(run("وقال وزير الخارجية الروسي سيرغي لافروف إن الحل سياسي. وشدد الوزير في تصريح لقناة روسية على أن "
                       "الحوار ضروري. وقال وزير الخارجية في مؤتمر صحفي إن موسكو مستعدة."))
    assert [sp for sp, _ in got] == ["سيرغي لافروف"] * 3


def test_a_woman_titled_before_a_listed_mans_surname_is_another_person():
    ex = run("وقالت منسقة الأمم المتحدة للشؤون الإنسانية ليزا غراندي في بيان إن أعمال العنف تثير الصدمة.")
    sp = ex.statements[0].speaker
    assert sp.label_ar == "ليزا غراندي" and sp.role == "UN coordinator" and not sp.country
    ex = run("وقال منسق الأمم المتحدة الإقليمي للشؤون الإنسانية في سوريا، بانوس مومتزيس، إن الوضع خطير.")
    sp = ex.statements[0].speaker
    assert sp.label_ar == "بانوس مومتزيس" and sp.country != "Syria"


def test_a_feminine_body_after_a_feminine_verb_is_its_subject():
    got = speakers(run("وقال وزير الخارجية الروسي سيرغي لافروف إن الحل سياسي. "
                       "وتحذر الأمم المتحدة من أن الأوضاع في قطاع غزة تزداد سوءا."))
    assert [sp for sp, _ in got] == ["سيرغي لافروف", "الأمم المتحدة"]
    # leaders after a verb that takes an object are whom the speaker urged
    got = speakers(run("وقال وزير الخارجية الأمريكي مايك بومبيو إن العقوبات ستستمر. "
                       "وحث القادة الإيرانيين على إدراك أن الطريق الوحيد هو التفاوض."))
    assert [sp for sp, _ in got] == ["مايك بومبيو"] * 2


def test_the_same_source_is_the_one_named_before():
    ex = run("قال مسؤول بالأمم المتحدة إن القافلة وصلت إلى المنطقة. وتحدث الجيش عن معارك عنيفة في المدينة. "
             "ونقلت وكالة رويترز عن المسؤول قوله إن القافلة تحمل إمدادات ضرورية. "
             "وقال المصدر نفسه إن الطريق مفتوح.")
    keys = [st.speaker.key for st in ex.statements]
    assert len(keys) == 3 and len(set(keys)) == 1 and ex.statements[0].speaker.label_ar == "مسؤول بالأمم المتحدة"


def test_according_to_someones_statements_names_him():
    got = speakers(run("وتم إلغاء الزيارة، بحسب تصريحات وزير الخارجية الروسي سيرغي لافروف."))
    assert [sp for sp, _ in got] == ["سيرغي لافروف"]
    got = speakers(run("وكانت الطالبة قد وصلت إلى المطار، إلا أنها، وبحسب تصريحات محاميتها لورا بيشور، "
                       "\"لم تخرج من المطار\"."))
    assert [sp for sp, _ in got] == ["لورا بيشور"]


def test_reports_relay_the_words_of_the_one_they_quote():
    got = speakers(run("وأفادت تقارير بأن مستشار الأمن القومي الأمريكي، جون بولتون، قال إن على الشركات الأوروبية "
                       "أن توقف أنشطتها."))
    assert got == [("جون بولتون", "على الشركات الأوروبية أن توقف أنشطتها")]
    # a speaker who reports another keeps his statement
    ex = run("وقال وزير الخارجية الروسي سيرغي لافروف إن بوتين أكد أن روسيا مستعدة.")
    assert [st.speaker.label_ar for st in ex.statements] == ["سيرغي لافروف"]


def test_one_word_of_a_name_already_given_is_that_person():
    ex = run("قال الزعيم الكوري الشمالي كيم جونغ أون إن بلاده مستعدة للحوار. وأشار كيم إلى أن الحوار مستمر. "
             "ولم يذكر كيم الولايات المتحدة، لكنه قال إن السلام ممكن.")
    assert [st.speaker.key for st in ex.statements] == ["Kim_Jong-un"] * 3
    # a time phrase is not a name
    ex = run("وقع الانفجار في تمام الساعة العاشرة صباحا.")
    assert not any(e.kind == "Person" for e in ex.entities.values())
    # a portfolio in construct after the nationality is not the name
    ex = run("وقال مساعد وزير الخارجية الأمريكي لشؤون الشرق الأدنى ديفيد ساترفيلد إن الحل ممكن.")
    assert ex.statements[0].speaker.label_ar == "ديفيد ساترفيلد" and ex.statements[0].speaker.country == "United_States"


def test_every_adjective_of_a_two_word_nationality_agrees():
    ex = run("وقالت الحكومة الكورية الشمالية إنها مستعدة للحوار. وقال مسؤولون كوريون جنوبيون إن القمة ستعقد.")
    assert [st.speaker.country for st in ex.statements] == ["North_Korea", "South_Korea"]
    ex = run("وهي القمة الأولى التي تجمع بين رئيس أمريكي وزعيم كوري شمالي.")
    assert not any(e.kind == "Person" for e in ex.entities.values())


def test_a_definite_title_before_a_listed_name_is_his_not_his_aides():
    ex = run("وقالت المستشارة أنجيلا ميركل إن الحل ممكن. وأكد المستشار أحمد أبو زيد أن الحل في ليبيا سياسي.")
    assert [st.speaker.kind for st in ex.statements] == ["Person", "Person"]
    ex = run("وقال مستشار الرئيس الأمريكي دونالد ترامب إن الحل ممكن.")
    assert ex.statements[0].speaker.kind == "Office" and ex.statements[0].speaker.country == "United_States"


def test_consuls_chargés_and_womens_titles_introduce_the_name():
    ex = run("وقال القنصل السعودي في إسطنبول محمد العتيبي إن الأبواب مفتوحة.")
    sp = ex.statements[0].speaker
    assert sp.label_ar == "محمد العتيبي" and sp.country == "Saudi_Arabia" and sp.role == "consul"
    ex = run("وقالت المدعية العامة الفنزويلية لويزا أورتيغا إن القرار باطل.")
    assert ex.statements[0].speaker.label_ar == "لويزا أورتيغا" and ex.statements[0].speaker.country == "Venezuela"
    ex = run("وقال القائم بالأعمال الأمريكي في دمشق جون سميث إن الوضع هادئ.")
    assert ex.statements[0].speaker.label_ar == "جون سميث" and ex.statements[0].speaker.country == "United_States"


def test_a_listed_outlet_named_in_quotes_after_its_kind_is_that_outlet():
    ex = run("وقالت صحيفة \"واشنطن بوست\" إن الاتفاق قريب.")
    assert ex.statements[0].speaker.key == "Washington_Post"


def test_and_he_ends_a_name():
    ex = run("وقال المتحدث ديلاني تار وهو طالب من باركلاند إن الحركة مستمرة.")
    assert ex.statements[0].speaker.label_ar == "ديلاني تار"
    assert not any(e.kind == "Person" and "وهو" in e.label_ar for e in ex.entities.values())


def test_a_title_after_kama_names_a_new_speaker():
    ex = run("وقال وزير الخارجية الجزائري عبد القادر مساهل إن بلاده ترفض المراكز. "
             "كما قالت رئيسة الهلال الأحمر الجزائري سعيدة بن حبيلس إن عمليات الترحيل تمت بالتعاون.")
    assert ex.statements[1].speaker.kind == "Person" and "حبيلس" in ex.statements[1].speaker.label_ar


def test_a_quoted_name_before_qad_and_the_verb_is_the_subject():
    ex = run('وكانت منظمة "هيومن رايتس ووتش" قد اتهمت الجزائر بالتخلي عن المهاجرين.')
    assert ex.statements[0].speaker.key == "Human_Rights_Watch"
    # an opening quote before the verb is the claim's, not a name's end
    ex = run('وتضمن بيان لهايلي أن مشروع القرار الذي قدمته الكويت "يدعو إسرائيل إلى الكف عن أعمالها".')
    assert not any(st.speaker.key == "Kuwait" for st in ex.statements)


def test_a_belief_counts_only_with_its_subject_named():
    ex = run("ويعتقد مسؤولون أتراك بأن خاشقجي قتل في القنصلية. وتعتقد الشرطة البريطانية أنها حددت هوية المشتبه بهم.")
    assert [st.speaker.country for st in ex.statements] == ["Turkey", "United_Kingdom"]
    ex = run("وقال ترامب إن الاتفاق سيئ. ويعتقد على نطاق واسع أن إسرائيل تملك أسلحة نووية. "
             "وألقي القبض على شخص يعتقد أنه شريك للمهاجم.")
    assert len(ex.statements) == 1


def test_a_regional_portfolio_stands_between_title_and_name():
    ex = run("وقال الوزير البريطاني لآسيا ومنطقة الهادئ مارك فيلد إن شجاعتهم شوهدت في العالم كله.")
    sp = ex.statements[0].speaker
    assert sp.label_ar == "مارك فيلد" and sp.country == "United_Kingdom"
    # whom the minister spoke to is no portfolio
    ex = run("وقال وزير الخارجية الأمريكي لنظيره الروسي سيرغي لافروف إن الحل ممكن.")
    assert ex.statements[0].speaker.country == "United_States"


def test_a_longer_role_description_between_title_and_name():
    ex = run("وقال الرئيس الأفغاني أشرف غني إن البلاد تواجه الإرهاب. "
             "وقال الباحث في قسم آسيا بمنظمة هيومن رايتس ووتش كارلوس كونديه \"إن مقتله يجعل ذلك مأسويا\". "
             "وقال رئيس تحرير شبكة \"وان تي في\" عبدالله خنجاني إن الخميس يوم حداد.")
    assert [st.speaker.label_ar for st in ex.statements[1:]] == ["كارلوس كونديه", "عبدالله خنجاني"]
    # a name after "with" is whom he met, not the speaker
    ex = run("وقال الرئيس الأفغاني أشرف غني إن البلاد تواجه الإرهاب. "
             "وقال المبعوث الأممي الخاص باليمن في مؤتمر صحافي عقده أمس مع الأمين العام للجامعة العربية نبيل العربي «إن الهدنة قريبة».")
    assert not any(st.speaker.key == "Nabil_Elaraby" for st in ex.statements)


def test_a_role_then_its_holder_before_a_colon():
    ex = run("وقال المتحدث الرسمي باسم أهالي السجناء عبدالله الناهض: «نطالب وزارة العدل العراقية بالسماح لأبنائنا بالاتصال بنا».")
    assert ex.statements[0].speaker.label_ar == "عبدالله الناهض"


def test_an_aside_between_the_speaker_and_the_preposition_of_expressed():
    ex = run("وعبر ترامب السبت، في مكالمة مع مون، عن سعادته بأن الزعيمين توصلا إلى اتفاق.")
    assert ex.statements[0].speaker.key == "Donald_Trump"
    ex = run("ووصل الوفد عبر الحدود، في ساعة متأخرة، عن طريق البر.")
    assert not ex.statements


def test_an_honorific_inside_the_speakers_name():
    ex = run("وقال الكاتب يوسف زيدان إن الزيارة مهمة. "
             "بهاتين الكلمتين تحدث الشيخ تميم بن حمد آل ثاني، أمير دولة قطر، عن جولته في أمريكا الجنوبية.")
    assert ex.statements[1].speaker.key == "Tamim_bin_Hamad_Al_Thani"


def test_a_nominative_plural_after_the_verb_is_its_subject_not_the_last_speaker():
    ex = run("وقال الرئيس الأوكراني بيترو بوروشينكو إن الهدنة انهارت. "
             "فيما اتهم المتمردون القوات الحكومية بإطلاق النار على البلدات. ويطالب الفلسطينيون بجعل القدس الشرقية عاصمة لدولتهم.")
    assert [st.speaker.kind for st in ex.statements] == ["Person", "Anonymous", "Anonymous"]
    assert ex.statements[2].speaker.country == "Palestine"
    # a singular that ends the same way, or a verbal noun, is the object
    ex = run("وقال الرئيس الأوكراني بيترو بوروشينكو إن الهدنة انهارت. ورفض القانون الجديد. وترفض التعاون مع إيران.")
    assert all(st.speaker.key == "Petro_Poroshenko" for st in ex.statements)


def test_several_groups_speak_as_an_unnamed_group():
    ex = run("وقال الرئيس الأمريكي باراك أوباما إن الاتفاق جيد. وقالت عدة جماعات حقوقية في رسالة إلى أوباما إن البلدين يواجهان تهديدات.")
    assert ex.statements[1].speaker.anonymous and "جماعات حقوقية" in ex.statements[1].speaker.label_ar


def test_documents_speak_as_an_unnamed_source():
    ex = run("وقال الرئيس المصري إن الأمن مستتب. كشفت وثائق سرية بريطانية النقاب عن أن الرئيس المصري السابق أنور السادات كان ينوي التقاعد.")
    assert ex.statements[1].speaker.anonymous


def test_a_bodys_statement_that_quotes_a_man_is_his():
    ex = run('وجاء في بيان للرئاسة الكورية الجنوبية أن الرئيس الكوري الجنوبي مون جيه إن قال: "الرئيس الأمريكي يستحق جائزة نوبل".')
    assert ex.statements[0].speaker.key == "Moon_Jae-in"


def test_the_body_a_title_heads_is_not_its_holders_name():
    ex = run("وقال رئيس منتدى صحافيي كشمير عابد خورشيد \"الوضع شديد القسوة\".")
    assert not any(e.kind == "Person" and "منتدى" in e.label_ar for e in ex.entities.values())
    ex = run("وقالت المتحدثة باسم هذه المنظمة الدولية ريم ندا: «إنها أول سفينة يستأجرها البرنامج».")
    assert ex.statements[0].speaker.label_ar == "ريم ندا"


def test_a_title_opens_the_clause_then_the_name_between_commas():
    ex = run("وقال الرئيس الروسي فلاديمير بوتين إن الانتخابات نزيهة. "
             "ولكن رئيسة لجنة مراقبة الانتخابات، إيلا بامفيلوفا، قالت إن عدد التجاوزات انخفض إلى النصف. "
             "وتتوقع الحكومات الغربية المزيد من الهجمات الالكترونية.")
    assert ex.statements[1].speaker.label_ar == "إيلا بامفيلوفا"
    assert ex.statements[2].speaker.anonymous


def test_an_issue_is_the_same_node_whoever_owns_it():
    a = run("وأعلنت رومانيا عزمها نقل سفارتها إلى القدس.")
    b = run("وأعلنت غواتيمالا عزمها نقل سفارته إلى القدس.")
    ta, tb = a.stances[0].target, b.stances[0].target
    assert ta.key == tb.key and ta.label_ar == "نقل السفارة" and "نقل سفارتها" in ta.spellings
    # a plural keeps its ات; a verb with its object after the head is left as written
    ex = run("وطالبت تركيا بسحب قواتها من سوريا.")
    assert "القوات" in ex.stances[0].target.label_ar
    ex = run("ورفضت إيران القرار الذي أصدرته الوكالة.")
    assert all("الاصدر" not in s.target.key for s in ex.stances)


def test_a_council_or_office_in_construct_speaks_as_a_body():
    ex = run("وقال الرئيس اليمني عبد ربه منصور هادي إن الحرب ستنتهي. "
             "وقال مجلس المقاومة في عدن إن المقاومة الشعبية أحكمت سيطرتها على محافظة لحج.")
    assert ex.statements[1].speaker.anonymous and "مجلس المقاومة" in ex.statements[1].speaker.label_ar
    ex = run("وقال الرئيس اليمني عبد ربه منصور هادي إن الحرب ستنتهي. وأكد مجلس الجامعة العربية أن الحل سياسي.")
    assert ex.statements[1].speaker.key == "Arab_League"


def test_what_an_outlet_carries_is_its_report_and_the_subject_its_speaker():
    ex = run('وجاء في صحيفة هآرتس الإسرائيلية أن الحكومة تدرس القانون.')
    assert ex.statements[0].speaker.key == "Haaretz" and ex.statements[0].rule == "stated-in"
    ex = run('وجاء في وكالة الأنباء السورية الرسمية سانا أن وزير الخارجية السوري وليد المعلم قال إن "الحل سياسي".')
    assert ex.statements[0].speaker.key == "Walid_Muallem" and ex.statements[0].rule == "reported-by"


def test_a_portfolio_is_never_a_name():
    ex = run("واستقبل الملك تيموثي لندركنغ نائب مساعد الوزير لشؤون الخليج.")
    assert not any(e.kind == "Person" and "لشؤون" in e.label_ar for e in ex.entities.values())


def test_a_source_between_a_verb_and_its_object_relays_the_subject():
    ex = run("ورفض المفاوضون الروس الثلاثاء، وفق المصدر الدبلوماسي، الاقتراح الأوروبي الجديد.")
    assert [st.rule for st in ex.statements] == ["unnamed-subject"]


def test_a_protective_frame_is_supported_as_a_whole_and_keeps_a_known_issue():
    ex = run("وقال وزير الخارجية الكويتي صباح الخالد إن على المجتمع الدولي حماية المدنيين الفلسطينيين.")
    assert stance_keys(ex) == {("Kuwait", "support", "حمايه_المدنيين_الفلسطينيين")}
    ex = run("وقال وزير الخارجية الكويتي صباح الخالد إن بلاده ستقوم بكل ما يلزم لإنقاذ الاتفاق النووي.")
    assert stance_keys(ex) == {("Kuwait", "support", "iran_nuclear_deal")}
    ex = run("وشدد وزير الخارجية الكويتي صباح الخالد على الحفاظ على وحدة سوريا.")
    assert stance_keys(ex) == {("Kuwait", "support", "الحفاظ_علي_وحده_سوريا")}
    # coordinated: the frame and the next phrase, named without the "و"
    ex = run('وكرر الرئيسان الروسي فلاديمير بوتين والتركي رجب طيب أردوغان عزمهما على "وقف القتال '
             'وحماية المدنيين في مناطق خفض التوتر وتسهيل الوصول السريع للمساعدات الإنسانية".')
    assert {("Turkey", "support", "حمايه_المدنيين_في_مناطق_خفض_التوتر"),
            ("Turkey", "support", "تسهيل_الوصول_السريع_للمساعدات_الانسانيه")} <= stance_keys(ex)
    assert not any(p == "oppose" and "حمايه" in t for h, p, t in stance_keys(ex))
    # a definite form with no preposition names a thing; in narration the frame states nothing
    assert not run("وقال وزير الخارجية الكويتي صباح الخالد إن الاحترام المتبادل أساس العلاقات.").stances
    assert not run("ونشرت الكويت قوات لحماية الحدود.").stances
    # protecting a leader is backing him; protecting oneself is no position on anything
    ex = run("وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده تريد حماية الأسد.")
    assert ("Russia", "support", "Bashar_al-Assad") in stance_keys(ex)
    assert not run("وقال وزير الخارجية الكويتي صباح الخالد إن بلاده ستعمل على حماية نفسها.").stances


def test_an_actor_said_to_be_behind_an_attack_is_opposed():
    ex = run("وقال وزير الخارجية البريطاني بوريس جونسون إن روسيا تقف وراء الهجوم على الجاسوس السابق.")
    assert ("United_Kingdom", "oppose", "Russia") in stance_keys(ex)
    ex = run("وتقول بريطانيا والولايات المتحدة إن موسكو وراء الحادث، على الرغم من نفي روسيا.")
    assert {("United_Kingdom", "oppose", "Russia"), ("United_States", "oppose", "Russia")} <= stance_keys(ex)
    # standing behind a position is backing it; a charge the speaker denies is no position
    assert not run("وقال وزير الخارجية الروسي سيرغي لافروف إن الجيش يقف وراء موقف بلاده.").stances
    assert not run("وأكد وزير الخارجية الروسي سيرغي لافروف أنه لا توجد أدلة دامغة على أن دمشق تقف وراء الهجمات.").stances
    assert not any(s.rule.startswith("accusation") for s in run(
        "وأكد الرئيس الروسي فلاديمير بوتين تأييد روسيا للأسد، وكرر نفيه أن تكون حكومة الأسد وراء هجوم بالغاز.").stances)


def test_more_of_something_is_that_thing():
    ex = run('وقال المتحدث باسم الخارجية المصرية أحمد أبوزيد إن "هناك اقتناعا عاما بالحاجة إلى المزيد من المناقشات خلال المرحلة القادمة".')
    assert stance_keys(ex) == {("Egypt", "support", "المزيد_من_المناقشات")}


def test_a_state_that_denies_a_charge_opposes_the_accusation_against_it():
    ex = run("وتتهم كييف روسيا بتأجيج التمرد، إلا أن موسكو تنفي تلك التهم بشكل مستمر.")
    assert ("Russia", "oppose", "accusations_against_Russia") in stance_keys(ex)
    [denial] = [s for s in ex.stances if s.rule.startswith("denial")]
    assert "تلك التهم" in denial.target.spellings and "الاتهامات" in denial.target.label_ar
    # denying a fact, or not denying, is no position
    assert not [s for s in run("ونفى الكرملين أن يكون بوتين قد التقى ترامب.").stances if s.rule.startswith("denial")]
    assert not [s for s in run("ولم تنف روسيا الاتهامات.").stances if s.rule.startswith("denial")]


@pytest.mark.parametrize("text,stance", [
    # a denial: the accuser's adjective is not the accused; a remark points back at the accusation
    ("ونفت السعودية الاتهامات التركية بقتله.", ("Saudi_Arabia", "oppose", "accusations_against_Saudi_Arabia")),
    ("واتهمت الحكومة البريطانية الدولة الروسية بالمسؤولية عن محاولة القتل، وهو ما تنفيه روسيا.",
     ("Russia", "oppose", "accusations_against_Russia")),
    ("ووجهت رئيسة الوزراء البريطانية تيريزا ماي أصابع الاتهام إلى موسكو التي نفت أي علاقة لها بالحادثة.",
     ("Russia", "oppose", "accusations_against_Russia")),
    # the finger of accusation, in narration or inside a statement, with إلى, ل or نحو
    ("وكانت لندن قد وجهت أصابع الاتهام إلى موسكو بعد الهجوم.", ("United_Kingdom", "oppose", "Russia")),
    ("وأدان وزير الخارجية السعودي عادل الجبير الهجوم، موجهاً أصابع الاتهام لإيران بتوفير الصواريخ.",
     ("Saudi_Arabia", "oppose", "Iran")),
    ("لتوجه روسيا وسوريا أصابع الاتهام نحو الجيش الإسرائيلي.", ("Russia", "oppose", "Israel_Defense_Forces")),
])
def test_a_denied_charge_and_the_finger_of_accusation_are_positions(text, stance):
    assert stance in stance_keys(run(text))


def test_who_is_struck_is_no_leveller_and_a_later_cue_is_not_levelled():
    # who is struck is no leveller, and a cue further on is not what the verb levels
    assert not any(s.holder.key == "Syria" for s in
                   run("وفي إعلانه عن توجيه ضربات للنظام السوري بعد اتهامه بشن هجوم كيماوي، قال ترامب إن الضربات دقيقة.").stances)
    assert not any(s.target.key == "التفاوض" for s in
                   run("وكان ترمب وجه انتقادات متكررة للفلسطينيين بعدم الرغبة في التفاوض.").stances)


def test_holding_an_actor_responsible_is_opposing_it():
    assert ("United_Kingdom", "oppose", "Russia") in stance_keys(run("وحملت بريطانيا روسيا المسؤولية عن الهجوم."))
    ex = run("وقال وزير الخارجية السعودي عادل الجبير إن روسيا تتحمل بالنهاية مسؤولية الهجوم.")
    assert ("Saudi_Arabia", "oppose", "Russia") in stance_keys(ex)
    # carrying arms, a campaign, or calling on a body to assume its responsibilities blames no one
    assert not any(s.rule.startswith(("blame", "narrative-blame")) for s in run("ويحمل الجنود أسلحتهم في الشوارع.").stances)
    ex = run("وقال الرئيس الفلسطيني محمود عباس إنه يؤكد ضرورة تحمل مجلس الأمن لمسؤولياته.")
    assert not any(p == "oppose" for h, p, t in stance_keys(ex))


def test_threatening_or_attacking_an_actor_is_opposing_it():
    ex = run("وفي المقابل، هدد الرئيس التركي رجب طيب أردوغان الولايات المتحدة بتلقي صفعة عثمانية.")
    assert ("Turkey", "oppose", "United_States") in stance_keys(ex)
    ex = run("وهددت فرنسا والولايات المتحدة دمشق بضربات انتقامية.")
    assert {("France", "oppose", "Syria"), ("United_States", "oppose", "Syria")} <= stance_keys(ex)
    assert ("Russia", "oppose", "United_States") in stance_keys(run("روسيا تهدد الولايات المتحدة برد عسكري."))
    # coordinated subjects are no object; an attack that dates something, or a threat to peace, is no position
    assert not any(t == "France" for h, p, t in stance_keys(run("وتهدد ألمانيا وفرنسا بالدعوة إلى استخدام معونات التنمية.")))
    assert not any(s.rule.startswith("confront") for s in
                   run("وحذرت الولايات المتحدة من عودة داعش عندما هاجمت تركيا بلدة عفرين.").stances)
    assert not any(s.rule.startswith("confront") for s in
                   run("وقال وزير الخارجية الأمريكي مايك بومبيو إن الأزمة تهدد السلام العالمي.").stances)


def test_standing_with_and_the_best_means_are_support_and_a_fuller_named_issue_is_the_issue():
    ex = run('وأكدت ألمانيا والصين أنها "ستقف مع الاتفاق النووي الحالي". '
             "وتعتبر روسيا وفرنسا هذا الاتفاق أفضل وسيلة لمنع إيران من صنع قنبلة نووية.")
    assert {("Germany", "support", "iran_nuclear_deal"), ("China", "support", "iran_nuclear_deal"),
            ("Russia", "support", "iran_nuclear_deal"), ("France", "support", "iran_nuclear_deal")} <= stance_keys(ex)
    ex = run('وقال وزير الخارجية الإماراتي عبدالله بن زايد إن الإمارات "تقف مع المملكة العربية السعودية دوماً".')
    assert stance_keys(ex) == {("United_Arab_Emirates", "support", "Saudi_Arabia")}


def test_a_noun_after_a_verb_that_takes_no_object_is_a_new_unnamed_speaker():
    ex = run("قال وزير الخارجية الروسي سيرغي لافروف إن الوضع خطير. "
             "وأعرب الوزراء عن الأمل في تحسين العلاقات. وقال عنصر أمن سألته وكالة الصحافة الفرنسية إن التدابير خففت.")
    got = [(st.speaker.label_ar, st.rule) for st in ex.statements]
    assert got[1:] == [("الوزراء", "bare-noun-subject"), ("عنصر أمن", "bare-noun-subject")]
    # what may follow such a verb with its subject dropped still goes to the last speaker
    ex = run("قال وزير الخارجية الروسي سيرغي لافروف إن الوضع خطير. وقال ردا على سؤال إن موسكو تدعم الحوار. "
             "وأضاف أمس أن الحل سياسي. وقال مكتبه في بيان إن الزيارة ستتم.")
    assert [st.speaker.label_ar for st in ex.statements] == ["سيرغي لافروف"] * 4


def test_a_bare_title_points_back_to_the_speaker_whose_office_it_ends():
    ex = run("قال وزير الخارجية الروسي سيرغي لافروف إن الوضع خطير. وقال الوزير إن بلاده مستعدة للحوار.")
    assert [st.speaker.label_ar for st in ex.statements] == ["سيرغي لافروف"] * 2


def test_defending_wishing_and_recommending_are_speech_and_defending_is_support():
    ex = run("قال وزير الخارجية الفرنسي جان إيف لودريان إن الوضع خطير. ودافع المتحدث باسم الحكومة الفرنسية بنجامان غريفو "
             "عن صفقات السلاح مع السعودية. وتمنى لودريان أن يتحقق السلام في اليمن.")
    assert [st.verb for st in ex.statements][1:] == ["ودافع", "وتمنى"]
    assert ("فرنسا", "support", "صفقات السلاح مع السعودية") in stances(ex)
    ex = run("وأوصت الخارجية الأميركية رعاياها بتجنب السفر إلى المنطقة.")
    assert [st.verb for st in ex.statements] == ["وأوصت"]
    # "دافع السرقة" is a motive, not a defence: no preposition follows it
    ex = run("قال وزير الداخلية الطاجيكي إن دافع السرقة كان وراء الهجوم.")
    assert not ex.stances


def test_an_act_of_the_holders_own_state_passes_to_what_it_acts_on():
    ex = run("قال وزير الخارجية الأمريكي مايك بومبيو إن الوضع خطير. ورحب بومبيو بإلغاء واشنطن للاتفاق النووي.")
    assert ("United_States", "oppose", "iran_nuclear_deal") in stance_keys(ex)


def test_an_envoy_of_a_states_president_has_that_state_and_is_named_after_where_he_is_sent():
    ex = run("وأضاف أن المبعوث الخاص للرئيس الروسي إلى سورية ميخائيل بوجدانوف سيزور المنطقة.")
    assert country_of(ex, "ميخائيل بوجدانوف") == "Russia"


def test_sanctions_on_a_state_oppose_it_unless_they_are_lifted():
    ex = run("قال الرئيس الأمريكي دونالد ترامب إن بلاده ستفرض عقوبات جديدة على إيران.")
    assert ("United_States", "oppose", "Iran") in stance_keys(ex)
    ex = run("قال الرئيس الأمريكي دونالد ترامب إن العقوبات على روسيا ستبقى.")
    assert ("United_States", "oppose", "Russia") in stance_keys(ex)
    for lifted in ("إنه سيرفع العقوبات على إيران", "إن بلاده تريد تخفيف العقوبات على إيران"):
        ex = run(f"قال الرئيس الأمريكي دونالد ترامب {lifted}.")
        assert ("United_States", "oppose", "Iran") not in stance_keys(ex)


def test_expelling_a_states_diplomats_opposes_that_state():
    assert ("United_Kingdom", "oppose", "Russia") in stance_keys(run("وطردت بريطانيا 23 دبلوماسيا روسيا."))
    ex = run("قال الرئيس الأمريكي دونالد ترامب إن الوضع خطير. وأعلنت كندا طرد الدبلوماسيين الروس.")
    assert ("Canada", "oppose", "Russia") in stance_keys(ex)
    assert ("Turkey", "oppose", "China") in stance_keys(run("واستدعت أنقرة السفير الصيني للتنديد بالقيود."))
    assert not run("وأعلن الجيش استدعاء قوات الاحتياط.").stances
    # not expelling is no position, and the police driving out protesters is no diplomacy
    assert not run("وقال ترامب إن بلاده لن تطرد السفير الروسي.").stances
    assert not run("وطردت الشرطة المتظاهرين من الساحة.").stances


def test_allies_and_backers_the_narrator_names_support_whom_they_back():
    assert ("Russia", "support", "Bashar_al-Assad") in stance_keys(run("وقالت روسيا، الحليف الرئيسي للأسد، إن الهجوم مفبرك."))
    assert ("Iran", "support", "Hezbollah") in stance_keys(run("وقال حزب الله المدعوم من إيران إن الحرب مستمرة."))
    assert ("Iran", "support", "Hezbollah") in stance_keys(run("وقال حزب الله المدعوم إيرانيا إن الحرب مستمرة."))
    assert ("Iran", "support", "Houthis") in stance_keys(run("وقالت جماعة الحوثي المدعومة من قبل إيران إن الحرب مستمرة."))
    assert ("Russia", "support", "Syria_forces") in stance_keys(run("وكانت القوات السورية، المدعومة من قبل روسيا، قد سيطرت على المدينة."))
    # the ally is the noun before a relative clause, not the last name inside it
    ex = run("وكانت الوحدات الكردية، التي تسيطر على أجزاء كبيرة من شمال شرق سوريا، حليف للولايات المتحدة في الحرب.")
    assert not any(s.holder.key == "Syria" for s in ex.stances)


def test_a_named_speaker_in_a_time_clause_makes_a_statement_of_his_own():
    ex = run("وجاءت تصريحاته الأحد بعد أن قال وزير الخارجية الأمريكي مايك بومبيو إن بلاده لا تخشى فرض عقوبات.")
    assert [(st.speaker.key, st.claim) for st in ex.statements] == [("Mike_Pompeo", "بلاده لا تخشى فرض عقوبات")]
    # a claim ends before the time clause that brings the next speaker
    ex = run("وقال وزير الخارجية الروسي سيرغي لافروف إن الحل سياسي، بعد أن أعلن ترامب أن بلاده ستنسحب.")
    assert [(st.speaker.key, st.claim) for st in ex.statements] == [
        ("Sergey_Lavrov", "الحل سياسي"), ("Donald_Trump", "بلاده ستنسحب")]
    # with no subject named, the time clause stays inside the claim ("بعد أن هددت أمننا")
    ex = run("وأكد وزير الخارجية السعودي عادل الجبير أن العمليات جاءت بعد أن هددت الميليشيات أمننا.")
    assert [st.speaker.key for st in ex.statements] == ["Adel_al-Jubeir"]


def test_a_word_quoted_inside_the_object_after_the_speakers_comma_stays_in_the_claim():
    ex = run('والثلاثاء، أعلن المغرب، قطع علاقاته مع إيران بسبب تورطها "الواضح" في دعم جبهة البوليساريو.')
    assert [(st.speaker.key, st.claim[:16]) for st in ex.statements] == [("Morocco", "قطع علاقاته مع إ")]
    # whom the speaker accuses, after the comma that closes his name and title
    ex = run("اتهم ألبرت ديل روساريو وزير خارجية الفلبين، الصين بممارسة «أنشطة بناء مكثفة»، في المياه المتنازع عليها.")
    assert ("Philippines", "oppose", "China") in stance_keys(ex)


def test_an_act_a_pronoun_is_implicated_in_is_not_the_speakers_position():
    ex = run('والثلاثاء، أعلن المغرب، قطع علاقاته مع إيران بسبب تورطها "الواضح" في دعم جبهة البوليساريو.')
    assert ("Morocco", "support", "Polisario_Front") not in stance_keys(ex)
    ex = run("وقال الوزير الأمريكي إن روسيا تنفي تورطها في دعم الأسد.")
    assert not any(s.polarity == "support" for s in ex.stances)
    assert ("Morocco", "support", "Polisario_Front") in stance_keys(run("وأعلن المغرب دعمه لجبهة البوليساريو."))


def test_a_target_keeps_a_first_letter_that_only_looks_like_a_preposition():
    ex = run("وقال وزير الخارجية الأمريكي مايك بومبيو إن على كوريا الشمالية التخلي عن برنامجها النووي.")
    assert any(s.target.label_ar == "برنامجها النووي" for s in ex.stances)
    # a real preposition still goes: "بتطبيق العقوبات" is about applying them
    ex = run("وطالب وزير الخارجية الأمريكي مايك بومبيو بتطبيق العقوبات.")
    assert any(s.target.label_ar == "تطبيق العقوبات" for s in ex.stances)


def test_what_someone_is_accused_of_is_nobodys_position():
    ex = run("وقال وزير الخارجية الروسي سيرغي لافروف إن المعارضة السورية متهمة بدعم الإرهاب.")
    assert not any(s.polarity == "support" for s in ex.stances)
    ex = run("وقال وزير الخارجية الروسي سيرغي لافروف إن اتهام موسكو بدعم الأسد باطل.")
    assert not any(s.holder.key == "Russia" and s.target.key != "Bashar_al-Assad" for s in ex.stances)
    # the accuser after the noun is still the one who accuses ("اتهام ترامب بكين بالتدخل")
    ex = run("وبعد يومين من اتهام الرئيس الأمريكي دونالد ترامب بكين بالتدخل في الانتخابات، قال وانغ إن الصين لا تتدخل.")
    assert ("United_States", "oppose", "China") in stance_keys(ex)


def test_a_ruling_familys_name_ends_the_name_and_gives_the_state():
    ex = run("وقال وزير الدولة لشؤون مجلس الوزراء الشيخ محمد عبد الله المبارك الصباح إنه لا توجد أي قضايا.")
    assert [(st.speaker.label_ar, st.speaker.country) for st in ex.statements] == [("محمد عبد الله المبارك الصباح", "Kuwait")]
    ex = run("وقال السفير عبدالله بن عبدالملك آل الشيخ إن أمن البحرين جزء من أمن المملكة.")
    assert [st.speaker.country for st in ex.statements] == ["Saudi_Arabia"]
    # a family name that is no dynasty gives no state
    ex = run("وقال السفير عبدالله بن عبدالملك آل جابر إن أمن البحرين جزء من أمن المملكة.")
    assert [st.speaker.country for st in ex.statements] != ["Saudi_Arabia"]


def test_a_bare_title_the_article_gave_one_states_holder_is_that_states():
    ex = run("ونقلت وكالة الإعلام الروسية عن مبعوث روسيا لدى كوريا الشمالية قوله إن من المنطقي تخفيف العقوبات. "
             "وقال المبعوث ألكسندر ماتسيغورا إن التغير إيجابي.")
    assert country_of(ex, "ألكسندر ماتسيغورا") == "Russia"
    # two states' envoys: the bare title says nothing
    ex = run("وقال مبعوث روسيا إن الحل سياسي. وقال مبعوث الصين إن الحل سياسي. وقال المبعوث ألكسندر ماتسيغورا إن التغير إيجابي.")
    assert country_of(ex, "ألكسندر ماتسيغورا") == ""
    # a ruling family's name comes before the office guess
    ex = run("وقال سفير الإمارات إن العلاقات متينة. وقال السفير عبد الله بن علي آل ثاني إن العلاقات متينة.")
    assert country_of(ex, "عبد الله بن علي آل ثاني") == "Qatar"


def test_is_considered_is_nobodys_statement():
    for passive in ("وتعتبر ألمانيا أكبر مضيفة للاجئين السوريين في أوروبا.",
                    "ويعتبر الحادث حلقة جديدة في سلسلة انهيارات الجسور.",
                    "وسحقت جبهة النصرة التي تعتبر إحدى أقوى الجماعات المسلحة الفصائل الأخرى."):
        assert not run(passive).statements, passive
    # active: a subject before the verb, an object after it, or an أن clause
    for active, speaker in (("وتعتبر تركيا المليشيا الكردية فرعا لحزب العمال الكردستاني.", "Turkey"),
                            ("ولكن تركيا تعتبر هذه الجماعة تنظيما إرهابيا.", "Turkey"),
                            ("وقالت قبرص إن العلاقات جيدة. قبرص تعتبر مصر من الجيران البارزين.", "Cyprus"),
                            ("وتعتبر واشنطن أن إيران تلعب دورا مزعزعا للاستقرار.", "United_States")):
        assert speaker in [st.speaker.key for st in run(active).statements], active


def test_his_country_in_narration_is_the_named_persons_not_the_last_speakers():
    ex = run("وقال رئيس الوزراء العراقي حيدر العبادي إن العلاقات جيدة. "
             "من جانبه، قام أمير قطر الشيخ تميم بن حمد آل ثاني بزيارة مفاجئة لتركيا للتعبير عن تضامن بلاده لتركيا.")
    assert ("Qatar", "support", "Turkey") in stance_keys(ex)
    assert ("Iraq", "support", "Turkey") not in stance_keys(ex)


def test_the_two_countries_are_the_pair_named_together_just_before():
    ex = run("وقال وزير الخارجية الروسي سيرغي لافروف إن الوضع خطير. "
             "واتفقت تركيا والولايات المتحدة على العمل معا في سوريا. "
             "وقال البلدان إنهما سيشكلان لجانا مشتركة لمعالجة الخلافات بينهما.")
    last = [st.speaker.key for st in ex.statements if st.sentence == 2]
    assert sorted(last) == ["Turkey", "United_States"]


def test_kila_before_a_dual_is_both_not_no():
    ex = run("واتفقت جورجيا وأوكرانيا على التعاون. وكلا البلدين يريد الانضمام إلى الحلف.")
    assert {(s.holder.key, s.polarity) for s in ex.stances} == {("Georgia", "support"), ("Ukraine", "support")}


def test_the_sides_a_dual_lists_may_include_a_body_named_by_its_adjective():
    ex = run("وأكد الجانبان الإيراني والأوروبي على ضرورة الحفاظ على الاتفاق النووي.")
    assert sorted(st.speaker.key for st in ex.statements) == ["European_Union", "Iran"]
    assert {s.holder.key for s in ex.stances} == {"European_Union", "Iran"}


def test_a_second_act_against_after_one_against_is_its_sibling_not_its_object():
    ex = run("وقالت الخارجية الباكستانية إنه يجب تبني إستراتيجية للقضاء على تنظيم داعش ومكافحة الفكر المتطرف.")
    assert ("Pakistan", "oppose", "الفكر_المتطرف") in stance_keys(ex)
    # what stops an act against is still under it: "تتوقف عن انتهاك القوانين ودعم الإرهاب"
    ex = run("وقال وزير الخارجية السعودي عادل الجبير إن على إيران أن تتوقف عن انتهاك القوانين الدولية ودعم الإرهاب.")
    assert ("Saudi_Arabia", "oppose", "terrorism") in stance_keys(ex)


def test_an_act_whose_object_is_a_pronoun_takes_no_phrase_after_it():
    ex = run("وقال وزير الخارجية اليمني إن بلاده تقف مع المملكة للقضاء على الإرهاب واستئصاله والحفاظ على الاستقرار.")
    assert ("Yemen", "support", "الحفاظ_علي_الاستقرار") in stance_keys(ex)
    assert not any(s.polarity == "oppose" and s.target.key == "الحفاظ_علي_الاستقرار" for s in ex.stances)


def test_is_counted_is_no_infringement():
    ex = run("وقال المبعوث الصيني إن قناة السويس الجديدة تعد إنجازا عظيما حققه الشعب المصري.")
    assert not any(s.polarity == "oppose" for s in ex.stances)
    ex = run("وقال وزير الخارجية القطري إن المقاطعة تعد على سيادة قطر.")
    assert any(s.polarity == "oppose" and s.target.label_ar == "المقاطعة" for s in ex.stances)


def test_an_actor_after_a_preposition_is_not_the_one_judged_or_accused():
    ex = run("وقال وزير الدولة للشؤون الخارجية الإماراتي أنور قرقاش إن الهجوم على الرياض مرفوض.")
    assert ("United_Arab_Emirates", "oppose", "Saudi_Arabia") not in stance_keys(ex)
    assert any(s.polarity == "oppose" and "الهجوم" in s.target.label_ar for s in ex.stances)
    ex = run("وقال وزير الدولة للشؤون الخارجية الإماراتي أنور قرقاش إن الحملة الشرسة على الرياض تتجاهل سياسات المملكة.")
    assert ("United_Arab_Emirates", "oppose", "Saudi_Arabia") not in stance_keys(ex)


def test_opposing_an_act_a_nationality_qualifies_opposes_that_state():
    ex = run("وأدانت مصر العدوان الإسرائيلي على غزة.")
    assert ("Egypt", "oppose", "Israel") in stance_keys(ex)
    assert any(s.rule == "act-owner:أدانت" for s in ex.stances)
    # not the deal named after a state, nor what a state owns or suffers
    assert ("United_States", "oppose", "Iran") not in stance_keys(run("وقال ترامب إن بلاده ترفض الاتفاق النووي الإيراني."))
    assert ("Turkey", "oppose", "Russia") not in stance_keys(run("وقال أردوغان إن بلاده ترفض إسقاط الطائرة الروسية."))


def test_what_an_article_by_someone_says_is_his():
    ex = run("ونشرت أربع صحف عربية مقالا لوزير الخارجية الإيراني محمد جواد ظريف بعنوان الجار ثم الدار. "
             "وجاء في المقال أن على دول الخليج العمل مع إيران.")
    assert [(st.speaker.key, st.rule) for st in ex.statements] == [("Mohammad_Javad_Zarif", "stated-in")]
    ex = run("وأجرى ماكرون اتصالا بالعاهل الأردني، وفق ما جاء في بيان لقصر الإليزيه. وأشار البيان أن المحادثة تطرقت إلى سوريا.")
    assert [st.speaker.label_ar for st in ex.statements][-1] != "البيان"


def test_his_accusation_of_a_government_is_his_position():
    ex = run("وقال وزير الخارجية الأمريكي مايك بومبيو إن الوضع خطير، مجددا اتهامه للحكومة السورية بتنفيذ الهجوم.")
    assert ("United_States", "oppose", "Syria_government") in stance_keys(ex)


def test_a_report_by_an_outlet_is_its_statement_and_an_outlet_that_relays_is_no_second_speaker():
    ex = run("وأوردت وكالة الأنباء الكورية الشمالية الرسمية أن الزعيمين اتفقا على الاجتماع مجددا.")
    assert [st.speaker.key for st in ex.statements] == ["KCNA"]
    ex = run("وتابع رئيس البرلمان الإيراني علي لاريجاني \"إن الرئيس الأمريكي لا يصلح لمنصبه\"، وذلك وفقا لما ذكره "
             "موقع ميزان. وأضاف \"ليست لديه القدرة على التعامل مع الأمور\".")
    assert [st.speaker.key for st in ex.statements] == ["Ali_Larijani", "Ali_Larijani"]


def test_what_a_relay_says_he_affirmed_is_the_words_of_the_person_named_before():
    ex = run("وتشاور الرئيس الفرنسي إيمانويل ماكرون هاتفيا مع نظيره التركي، وذكر بيان للإليزيه أنه \"أكد عزمه "
             "على مواصلة العمل المشترك مع تركيا\".")
    st = ex.statements[-1]
    assert st.speaker.key == "Emmanuel_Macron" and st.claim.startswith("عزمه على مواصلة")


def test_a_definite_noun_heads_no_body_name_and_points_back_to_the_body_named_before():
    ex = run("وأعلنت وكالة الأنباء الإماراتية \"وام\" عن تحرير مناطق في محيط المطار. "
             "وأكدت الوكالة أنباء مقتل جنود إماراتيين.")
    assert not any(e.label_ar.startswith("الوكالة أنباء") for e in ex.entities.values())
    st = ex.statements[-1]
    assert st.speaker.key == "United_Arab_Emirates_news_agency" and st.claim.startswith("أنباء مقتل")


def test_what_a_statement_affirms_after_its_definite_noun_is_its_claim():
    ex = run("وأعربت مصر، في بيان صادر عن وزارة الخارجية، عن إدانتها الشديدة لاستهداف المدنيين. "
             "وأكد البيان دعم مصر الكامل للحقوق المشروعة للشعب الفلسطيني.")
    assert ex.statements[-1].speaker.key == "Egypt" and ex.statements[-1].claim.startswith("دعم مصر الكامل")
    assert any(s.holder.key == "Egypt" and s.polarity == "support" and "الحقوق المشروعة" in s.target.label_ar
               for s in ex.stances)


def test_the_object_after_a_common_noun_subject_is_the_target_not_part_of_it():
    ex = run("وعقد حلف شمال الأطلسي اجتماعا في بروكسل. وانتقد الحلف روسيا بشدة بسبب الهجوم.")
    assert ("NATO", "oppose", "Russia") in stance_keys(ex)
    ex = run("وعقدت الجامعة العربية اجتماعا طارئا. واستنكرت الجامعة فشل مجلس الأمن الدولي في إدانة الهجوم.")
    assert all(not s.target.label_ar.startswith("الجامعة") for s in ex.stances)
    assert any(s.holder.key == "Arab_League" and s.target.label_ar.startswith("فشل") for s in ex.stances)


def test_warning_that_an_actor_will_act_is_no_position_against_it():
    ex = run("وقال وزير الخارجية الروسي سيرغي لافروف إن التحقيق يجب أن يكون مشتركا، وحذر من أن موسكو سترد إذا اتخذت إجراءات ضدها.")
    assert not any(s.polarity == "oppose" and s.target.label_ar.startswith("موسكو") for s in ex.stances)
    ex = run("وحذر الرئيس الروسي فلاديمير بوتين من أن استخدام القوة العسكرية ضد سوريا سيؤدي إلى الفوضى.")
    assert any(s.holder.key == "Russia" and s.polarity == "oppose" for s in ex.stances)


def test_the_outlet_spoken_to_may_stand_between_the_verb_and_its_subject():
    ex = run("وقال لـ«الشرق الأوسط» مصدر دبلوماسي عربي إن المفاوضات متعثرة.")
    assert [(st.speaker.label_ar, st.claim) for st in ex.statements] == [("مصدر دبلوماسي عربي", "المفاوضات متعثرة")]
    ex = run("وأوضح لـ\"الاقتصادية\"، وزير الخارجية الروسي سيرغي لافروف، أن موسكو ترحب بالحوار.")
    assert [st.speaker.key for st in ex.statements] == ["Sergey_Lavrov"]
    # with no subject after it, the outlet is still only whom the last speaker told
    ex = run("قال وزير الخارجية الروسي سيرغي لافروف إن الحوار ممكن. وقال لـ\"الحياة\" إن موسكو ترحب به.")
    assert [st.speaker.key for st in ex.statements] == ["Sergey_Lavrov", "Sergey_Lavrov"]


def test_a_name_between_commas_after_a_title_is_the_speaker_even_when_the_tagger_misses_it():
    ex = run("وقال رئيس الهيئة الوطنية، لاشين إبراهيم، إن النتائج نهائية.")
    assert [st.speaker.label_ar for st in ex.statements] == ["لاشين إبراهيم"]
    ex = run("وقال وزير شؤون الاتحاد الأوروبي التركي، عمر جليك، إن على الحلفاء احترام مصالح بلاده.")
    assert [st.speaker.label_ar for st in ex.statements] == ["عمر جليك"] and country_of(ex, "عمر جليك") == "Turkey"
    # a time or a place between the commas is no name
    ex = run("قال وزير الخارجية الروسي سيرغي لافروف إن الحوار ممكن. وقال الوزير، في مؤتمر صحفي، إن موسكو ترحب به.")
    assert [st.speaker.key for st in ex.statements] == ["Sergey_Lavrov", "Sergey_Lavrov"]


def test_an_office_we_cannot_name_speaks_as_itself_unless_it_is_the_last_speakers():
    ex = run("وقال نائب وزير العدل إن المتهمين يعملون في المخابرات العسكرية.")
    assert [(st.speaker.kind, st.speaker.label_ar) for st in ex.statements] == [("Anonymous", "نائب وزير العدل")]
    ex = run("قال وزير العدل البلجيكي كون غينز إن الحكومة تأمل في الشفافية. وقال وزير العدل إن المسجد سيطلب اعترافا.")
    assert [st.speaker.label_ar for st in ex.statements] == ["كون غينز", "كون غينز"]


def test_a_body_named_by_its_head_noun_speaks_and_a_body_of_a_known_body_is_that_body():
    ex = run("وتقول لجنة الانتخابات إن تسعة ملايين ناخب مسجلون.")
    assert [(st.speaker.kind, st.speaker.label_ar) for st in ex.statements] == [("Anonymous", "لجنة الانتخابات")]
    ex = run("وقال حزب الشعب الجمهوري إن زعيمه لن يترشح للرئاسة.")
    assert [st.speaker.label_ar for st in ex.statements] == ["حزب الشعب الجمهوري"]
    ex = run("طالب مجلس جامعة الدول العربية بتحقيق دولي عاجل في الجرائم. وأكد مجلس الجامعة أن الحل يجب أن يكون عادلا.")
    assert [st.speaker.key for st in ex.statements] == ["Arab_League", "Arab_League"]
    # the one accused after a definite body is its object, not the speaker
    ex = run("ويتهم التحالف الحوثيين بأنهم يستخدمون الميناء في تهريب الأسلحة.")
    assert "Houthis" not in [st.speaker.key for st in ex.statements]


def test_a_royal_court_speaks_for_its_state():
    ex = run("في الموضوع نفسه، أفاد الديوان الملكي الأردني في بيان أن الملك استقبل الوفد.")
    st = ex.statements[0]
    assert st.speaker.kind == "Organisation" and st.speaker.country == "Jordan" and "royal court" in st.speaker.label_en


def test_an_adjective_whose_waw_is_its_own_is_not_a_second_target():
    ex = run("وقال وزير الخارجية البريطاني إن بلاده تريد وضع شروط واضحة للمحادثات.")
    labels = [s.target.label_ar for s in ex.stances]
    assert not any(label.startswith("اضحة") for label in labels)
    assert any("شروط واضحة" in label for label in labels)


def test_a_quoted_name_closing_the_speakers_phrase_is_not_the_claim():
    ex = run("قال مسؤول في حلف شمال الأطلسي \"الناتو\"، الثلاثاء، إن 50 ألف عسكري سيشاركون في المناورات.")
    assert [st.claim for st in ex.statements] == ["50 ألف عسكري سيشاركون في المناورات"]


def test_the_paper_is_the_outlet_the_article_named_before_even_if_it_has_not_spoken():
    ex = run("ونشرت صحيفة نيويورك تايمز تقريرا عن الأزمة. وقالت الصحيفة، في تقريرها المنشور أمس، إن المختطفين وقعوا في الأسر.")
    assert [st.speaker.key for st in ex.statements] == ["New_York_Times"]


def test_in_it_points_back_to_the_subject_before_its_verb_of_issuing():
    ex = run("وكان الأمين العام للأمم المتحدة، أنطونيو غوتيريش، قد قدم تقريرا للمجلس أمس قال فيه إن القتال استؤنف.")
    assert [(st.speaker.key, st.rule) for st in ex.statements] == [("Antonio_Guterres", "author-of-medium")]


def test_no_holder_takes_a_position_on_itself_and_a_quoted_object_follows_its_subject():
    ex = run("دعت جامعة الدول العربية إلى اجتماع طارئ. ودانت الجامعة \"الجرائم الإسرائيلية الواضحة ضد المدنيين\".")
    assert all(s.holder.key != s.target.key for s in ex.stances)
    assert any(s.holder.key == "Arab_League" and s.polarity == "oppose" and s.target.label_ar.startswith("الجرائم")
               for s in ex.stances)


def test_a_known_name_between_commas_after_a_title_then_the_verb_is_the_subject():
    ex = run("يذكر أن رئيس هيئة الأركان المشتركة الأميركي، جوزيف دانفورد، قال إن القوات باقية في سوريا.")
    assert [(st.speaker.key, st.rule) for st in ex.statements] == [("Joseph_Dunford", "subject-verb")]


def test_a_hyphenated_name_between_commas_names_the_spokesman():
    ex = run("وقال متحدث باسم المكتب الرئاسي في سول، لي جاي-هون، إن الحكومة تبذل كل ما بوسعها.")
    st = ex.statements[0]
    assert (st.speaker.kind, st.speaker.label_ar, st.speaker.country) == ("Person", "لي جاي-هون", "South_Korea")


def test_an_untitled_name_after_an_office_its_posting_and_a_second_office_holds_it():
    ex = run("وقال السفير اليمني لدى واشنطن ومندوبها في الأمم المتحدة أحمد بن مبارك \"لم أر قط هذه الاستعدادات\". "
             "وقال الوزير الألماني إن علي بشار أوقف في شمال العراق.")
    people = {e.label_ar: e.country for e in ex.entities.values() if e.kind == "Person"}
    assert people["أحمد بن مبارك"] == "Yemen"
    assert people.get("علي بشار", "") == ""


def test_again_between_the_subject_and_the_verbs_preposition_is_no_second_verb():
    ex = run("ففي بيانه بعد الهجوم شدد ترامب مجددا على أن واشنطن لا تسعى لوجود دائم في سوريا.")
    assert [st.speaker.key for st in ex.statements] == ["Donald_Trump"]


def test_again_between_the_accused_and_the_charge_keeps_the_charge_the_accuseds():
    ex = run("واتهم حفتر تركيا مجددا بدعم الإرهاب.")
    assert [(s.holder.key, s.polarity, s.target.key) for s in ex.stances] == [("Khalifa_Haftar", "oppose", "Turkey")]


def test_before_anyone_spoke_said_points_to_the_man_the_sentence_before_was_about():
    ex = run("وحدد تيلرسون في خطاب حول أفريقيا أهدافا عامة للسياسة الأميركية. وقال إن \"أفريقيا هي المستقبل\".")
    assert [(st.speaker.key, st.rule) for st in ex.statements] == [("Rex_Tillerson", "dropped-subject")]


def test_before_anyone_spoke_said_does_not_reach_back_past_one_sentence():
    ex = run("وحدد تيلرسون في خطاب حول أفريقيا أهدافا عامة. وشهدت القارة نموا سريعا. وقال إن \"أفريقيا هي المستقبل\".")
    assert ex.statements == []


def test_a_states_judiciary_speaks_for_it():
    ex = run("أعلن القضاء الأمريكي الجمعة أنه وجه التهم إلى 12 عنصرا في الاستخبارات الروسية. "
             "وقال إن الأمر يتعلق بالقضاء على القرصنة.")
    st = ex.statements[0]
    assert (st.speaker.kind, st.speaker.key, st.speaker.country) == ("Organisation", "United_States_judiciary", "United_States")


def test_a_quoted_body_name_then_a_time_then_the_claim():
    ex = run("وقالت منظمة \"هيومن رايتس ووتش\" الأسبوع الماضي إن السلطات أوقفت الناشطة.")
    assert [st.speaker.key for st in ex.statements] == ["Human_Rights_Watch"]


def test_a_commissioner_with_her_portfolio_and_her_body_then_her_name():
    ex = run("وأعلنت مفوضة التجارة سيسليا مالستروم هذا الأسبوع أن القرار الأحادي غير مبرر. "
             "وقالت مفوضة العدل في الاتحاد الأوروبي فيرا جوروفا للصحفيين إن الأمر خطير. "
             "وقال مفوض الأمم المتحدة السامي لحقوق الإنسان إن الوضع مقلق.")
    assert [st.speaker.label_ar for st in ex.statements][:2] == ["سيسليا مالستروم", "فيرا جوروفا"]
    assert ex.statements[2].speaker.key == "United_Nations_commissioner"


def test_a_posting_between_the_nationality_and_the_name():
    ex = run("وقال رئيس المختبر العسكري البريطاني في بورتون داون غاري آيتكنهيد إن الغاز هو نوفيتشوك.")
    assert [(st.speaker.label_ar, st.speaker.country) for st in ex.statements] == [("غاري آيتكنهيد", "United_Kingdom")]


def test_an_office_we_cannot_name_with_its_body_place_addressee_or_time():
    ex = run("بدوره، قال نائب رئيس حزب الشعب الجمهوري خلوق قوج: إن المباحثات تركزت حول الملف. "
             "وقال مدير مكتب رئيس الوزراء للإذاعة البولندية: إن القانون يهدف إلى صيانة سمعة بولندا. "
             "ويقول رئيس قوة مكافحة الارهاب في كتالونيا إن المخطط ربما كان خارج اسبانيا. "
             "وقالت وزيرة الدولة المقالة، الاثنين، إنها تلقت 23 ألف يورو.")
    assert [(st.speaker.label_ar, st.claim[:8]) for st in ex.statements] == [
        ("نائب رئيس حزب الشعب الجمهوري خلوق قوج", "المباحثا"), ("مدير مكتب رئيس الوزراء", "القانون "),
        ("رئيس قوة مكافحة الارهاب في كتالونيا", "المخطط ر"), ("وزيرة الدولة المقالة", "تلقت 23 ")]


def test_an_office_in_a_company_does_not_run_into_the_companys_quoted_name():
    ex = run("وقال رئيس قسم الاقتصاد في شركة التأمين \"يولر إرميس\" لودوفيك سوبران إن الخطة طموحة.")
    assert all(not st.claim.startswith("يولر") for st in ex.statements)


def test_a_known_bodys_quoted_acronym_before_the_claim_is_not_the_claim():
    ex = run("ويقول صندوق الأمم المتحدة للطفولة \"يونيسيف\" أن نحو مليوني طفل لا يحصلون على التعليم.")
    assert [(st.speaker.key, st.claim[:6]) for st in ex.statements] == [("UNICEF", "نحو مل")]


def test_replied_then_a_rank_is_a_verb_and_its_subject():
    ex = run("ورد جنرال أمريكي بأن قواته \"سترد بقوة\" على أي هجوم.")
    assert [st.speaker.label_ar for st in ex.statements] == ["جنرال أمريكي"]


def test_backing_someone_enjoys_is_no_position_of_the_speaker():
    ex = run("وقال جنرال أمريكي رفيع إن قواته سترد بقوة على أي هجوم يحظى بمساندة تركيا.")
    assert not any(s.target.key == "Turkey" and s.polarity == "support" for s in ex.stances)


def test_the_claim_after_the_verbs_preposition_starts_after_its_complementizer():
    ex = run("وأشار الوزير الروسي إلى أن البرنامج ناجح. وشدد لافروف على أن \"الحل سياسي\".")
    assert [(st.claim, st.quote_type) for st in ex.statements] == [("البرنامج ناجح", "indirect"), ("الحل سياسي", "direct")]


def test_a_definite_adjective_is_not_a_leader_read_through_the_article():
    ex = run("وحذر الخبراء من الصدام المؤدي إلى الحرب.")
    assert not any(e.key in ("Narendra_Modi", "Saddam_Hussein") for e in ex.entities.values())


def test_a_member_of_the_house_for_a_party_then_her_name():
    ex = run("قال ترامب إن الأمر انتهى. وقالت عضو مجلس النواب عن الحزب الديمقراطي فريدريكا ويلسون \"هذا وصف مهين\".")
    assert [st.speaker.label_ar for st in ex.statements] == ["دونالد ترامب", "فريدريكا ويلسون"]


def test_a_statement_of_a_body_we_cannot_name_or_the_article_named_before():
    ex = run("وأكد بيان قيادة التحالف أن الحظر سيستمر على كل الأراضي اليمنية.")
    assert [(st.speaker.label_ar, st.rule) for st in ex.statements] == [("قيادة التحالف", "issued-by")]
    ex = run("فرضت وزارة الخزانة الأميركية عقوبات على المصرف. وقال محللون إن الأثر محدود. "
             "أكد بيان وزارة الخزانة أن العقوبات لا تنطبق على الشركات.")
    assert ex.statements[-1].speaker.label_ar == "وزارة الخزانة الأميركية"


def test_bodies_named_in_their_other_spellings():
    ex = run("قالت منظمة حظر الأسلحة الكيماوية أو \"OPCW\" اختصاراً، الأربعاء، إن فريقا أمنيا تعرض لإطلاق نار. "
             "أعلن مجلس سوريا الديمقراطية، الذي يقوده الأكراد، السبت، أنه اتفق مع الحكومة السورية.")
    assert [st.speaker.key for st in ex.statements] == ["OPCW", "SDC"]


def test_replied_or_urged_then_a_title_is_a_verb_and_its_subject():
    ex = run("ورد وزير الخارجية الأمريكي في كلمة أمام الجالية بأن الاتفاق سيء. "
             "وحض وزير المال الفرنسي الإدارة الأمريكية على اتخاذ القرارات الصائبة.")
    assert [(st.sentence, st.speaker.country) for st in ex.statements] == [(0, "United_States"), (1, "France")]


def test_a_bare_title_names_the_holder_from_the_country_the_story_is_about():
    ex = run("بدأ الرئيس الأمريكي باراك أوباما جولة أفريقية. والتقى الرئيس الكيني أوهورو كينياتا. "
             "وقالت واشنطن إن الزيارة مهمة. وتريد الولايات المتحدة تعزيز التجارة. "
             "وأصدرت الإدارة تقريرا أشار إلى أن البرنامج ناجح. وقال الرئيس: «لقد ثارت تساؤلات حول المبادرات».")
    assert ex.statements[-1].speaker.key == "Barack_Obama"


def test_another_given_name_or_a_common_noun_before_a_known_surname_is_not_that_person_speaking():
    ex = run("قالت الإعلامية ليلى حداد إن الشريط حقيقي. وقال مارك حداد إن الشريط مفبرك.")
    assert [st.speaker.label_ar for st in ex.statements] == ["ليلى حداد", "مارك حداد"]
    ex = run("وقال الزعيم الكردي صالح مسلم إن الأمر خطير. وكانت محكمة تركية طلبت الأسبوع الماضي توقيف مسلم لتورطه في الهجوم.")
    assert [st.speaker.kind for st in ex.statements] == ["Person", "Organisation"]


def test_a_body_described_then_its_quoted_name_then_the_claim():
    ex = run("وقالت شركة الطاقة الإسرائيلية \"ديليك دريلينغ\" في بيان إن الشركاء وقعوا اتفاقات مدتها عشر سنوات.")
    assert [(st.speaker.label_ar, st.claim[:7]) for st in ex.statements] == [("ديليك دريلينغ", "الشركاء")]


def test_a_city_governor_belongs_to_the_citys_country():
    ex = run("وقال محافظ عدن نايف البكري إن السفينة الأولى وصلت.")
    assert [(st.speaker.label_ar, st.speaker.country) for st in ex.statements] == [("نايف البكري", "Yemen")]


def test_a_verb_and_its_subject_before_an_office_are_no_name():
    ex = run("ويمنح القانون رئيس الولايات المتحدة صلاحية فرض عقوبات. وسيكون كيم أول زعيم كوري شمالي يعبر الحدود.")
    assert not any(e.kind == "Person" and e.label_ar.startswith("و") for e in ex.entities.values())


def test_and_the_second_is_then_a_name_and_her_title():
    ex = run("والثانية هي سمانثا باور، سفيرة الولايات المتحدة لدى الأمم المتحدة، حيث قالت إن الاتفاق جيد.")
    people = [e.label_ar for e in ex.entities.values() if e.kind == "Person"]
    assert people == ["سمانثا باور"]


def test_and_joined_to_a_given_name_in_a_list_is_not_part_of_the_name():
    ex = run("وكان في استقبال الطائرة بدر باسلمة، وزير النقل اليمني، ونايف البكري، محافظ عدن، وعدد من المسؤولين. "
             "وقال البكري إن المطار جاهز.")
    assert [(st.speaker.label_ar, st.speaker.country) for st in ex.statements] == [("نايف البكري", "Yemen")]


def test_according_to_a_body_or_document_named_before_by_its_common_noun():
    ex = run("قال المرصد السوري لحقوق الإنسان إن الغارات قتلت 21 مدنيا. "
             "وارتفعت حصيلة القتلى المدنيين إلى 93 مدنيا، وفق المرصد.")
    assert [(st.speaker.label_ar, st.rule) for st in ex.statements][-1] == ("المرصد السوري لحقوق الإنسان", "according-to")
    ex = run("قالت الرئاسة السودانية في بيان إن البشير سيزور موسكو. "
             "وسيحضر البشير نهائي كأس العالم تلبية لدعوة الرئيس بوتين، بحسب البيان.")
    assert [st.speaker.label_ar for st in ex.statements] == ["الرئاسة السودانية"] * 2
    ex = run("وقعت الحكومة اتفاقا مع المعارضة. وسيتم تسليم السلاح وفقا للاتفاق.")
    assert ex.statements == []


def test_a_body_named_before_the_verb_after_but_opens_its_own_statement():
    ex = run("قال حزب الله إنه لن يشارك. وقال الرئيس اللبناني ميشال عون إن الوضع صعب. "
             "ووجهت المحكمة اتهامات إلى عناصر يعتقد أنهم من حزب الله، الحليف الأبرز لسوريا، ولكن الحزب رفض تلك الاتهامات.")
    assert [(st.sentence, st.speaker.label_ar) for st in ex.statements][-1] == (2, "حزب الله")


def test_the_former_holder_of_a_title_is_the_former_holder_who_spoke():
    ex = run("كشف السفير الروسي السابق في الدوحة فلاديمير تيتورينكو أن قطر مولت المعارضة. "
             "وقال السفير السابق إن القطريين كانوا الأكثر نشاطا.")
    assert [st.speaker.label_ar for st in ex.statements] == ["فلاديمير تيتورينكو"] * 2
    ex = run("كشف السفير الروسي في الدوحة فلاديمير تيتورينكو أن قطر مولت المعارضة. "
             "وقال السفير السابق إن القطريين كانوا الأكثر نشاطا.")
    assert ex.statements[-1].speaker.kind == "Anonymous"


def test_an_outlet_that_learned_something_states_it_only_with_a_clause():
    ex = run("وعلمت بي بي سي أن أحد أعضاء الفريق عقيد في جهاز المخابرات.")
    assert [(st.speaker.label_ar, st.claim[:9]) for st in ex.statements] == [("بي بي سي", "أحد أعضاء")]
    assert run("وعلمت السلطات الأمريكية بالأمر بعد أيام.").statements == []


def test_a_verb_whose_preposition_carries_a_pronoun_has_its_subject_after_it():
    ex = run("وقال الرئيس الروسي فلاديمير بوتين إن الاتفاق صامد. "
             "وجاءت تصريحاته قبل يوم من اجتماع استثنائي، دعت إليه بريطانيا للمجلس التنفيذي للمنظمة.")
    assert [st.speaker.label_ar for st in ex.statements if st.sentence == 1] in ([], ["بريطانيا"])
    ex = run("لقد عطل المؤتمر قضايا كثيرة، وهذا أمر أشار إليه بحزن الأمين العام للأمم المتحدة، قائلا إن المؤتمر عاجز.")
    assert not any(e.kind == "Person" for e in ex.entities.values())
    assert {st.speaker.role for st in ex.statements} == {"secretary-general"}


def test_a_denial_of_that_denies_what_was_last_said():
    ex = run("وقال مسعفون إن القوات الحكومية استخدمت الغاز، لكن دمشق تنفي ذلك.")
    assert [(st.speaker.key, st.verb, st.claim) for st in ex.statements] == [
        ("t-source-1", "وقال", "القوات الحكومية استخدمت الغاز"), ("Syria", "تنفي", "القوات الحكومية استخدمت الغاز")]
    ex = run("وقال مسعفون إن القوات الحكومية استخدمت الغاز. وهو ما تنفيه موسكو بشدة.")
    assert [(st.sentence, st.speaker.key, st.claim) for st in ex.statements][-1] == (1, "Russia", "القوات الحكومية استخدمت الغاز")
    ex = run("وقال مسعفون إن القوات الحكومية استخدمت الغاز. ونفت دمشق الاتهامات الغربية جملة وتفصيلا.")
    assert [st.claim for st in ex.statements][-1:] != ["القوات الحكومية استخدمت الغاز"]


def test_a_charge_denied_by_an_actor_named_before_is_that_actors_statement():
    ex = run("قال التحالف الدولي إنه يواصل الغارات. نسبت قوات الحشد الشعبي إلى التحالف الدولي شن غارة جوية، "
             "اتهام نفاه التحالف، فيما قال مسؤول أمريكي إن الضربة إسرائيلية.")
    assert [st.speaker.label_ar for st in ex.statements if st.sentence == 1] == ["الحشد الشعبي", "التحالف الدولي", "مسؤول أمريكي"]


def test_a_share_in_per_cent_is_one_unit_of_the_target():
    ex = run("وقال ترامب إن على حلفاء الناتو الالتزام بتخصيص 4 في المئة من الناتج القومي للنفقات العسكرية.")
    assert [s.target.label_ar for s in ex.stances] == ["تخصيص 4 في المئة"]


def test_what_an_actor_said_it_is_is_that_actors_statement():
    ex = run("وقدم نتنياهو ما قال إنه دليل موثق على برنامج إيران للأسلحة النووية.")
    assert [(st.speaker.key, st.claim[:8]) for st in ex.statements] == [("Benjamin_Netanyahu", "دليل موث")]
    ex = run("وخلفت الحرب أكثر من 10 آلاف قتيل، مما أثار ما تقول الأمم المتحدة إنه أسوأ أزمة إنسانية في العالم.")
    assert [st.speaker.key for st in ex.statements] == ["United_Nations"]
    ex = run("قالت مصادر إن الخطة جاهزة. وقد يعطي عرض قدمه رئيس الوزراء الإسرائيلي بنيامين نتنياهو يوم الاثنين "
             "بشأن ما قال إنه دليل على برنامج إيران، ترامب حجة.")
    assert [st.speaker.key for st in ex.statements if st.sentence == 1] == ["Benjamin_Netanyahu"]
    # a masculine past other than قال may be passive: "ما ذُكر أنه"
    assert run("وسعت الحكومة الكويتية إلى احتواء اللغط في شأن ما ذكر أنه خلاف مع السعودية.").statements == []


def test_an_unnamed_subject_then_a_time_between_commas():
    ex = run("قالت الحكومة التركية إن الاقتصاد قوي. قالت وسائل إعلام محلية، الأربعاء، إن محكمة تركية رفضت الطلب.")
    assert [(st.speaker.kind, st.speaker.label_ar) for st in ex.statements][-1] == ("Anonymous", "وسائل إعلام محلية")


def test_an_unnamed_body_then_where_it_said_it():
    ex = run("قال الرئيس اليمني عبد ربه منصور هادي إن الحرب ستنتهي. "
             "وأوضحت جماعة مسلحة في بيان أن القوات اليمنية سيطرت على منطقة الدريهمي.")
    assert [(st.speaker.kind, st.speaker.label_ar) for st in ex.statements][-1] == ("Anonymous", "جماعة مسلحة")
    ex = run("وذكر مكتب حاكم إسطنبول في بيان، أنه لن يسمح بالمسيرة.")
    assert [st.speaker.label_ar for st in ex.statements] == ["مكتب حاكم إسطنبول"]
    ex = run("وأوضح رئيس الوفد في كلمة له بهذه المناسبة أن البلدين ترتبطان بعلاقات تاريخية.")
    assert [st.speaker.label_ar for st in ex.statements] == ["رئيس الوفد"]


def test_sources_that_told_the_paper_are_the_speakers():
    ex = run("وقالت صحيفة الحياة إن مصادر روسية أبلغتها بأن موسكو وضعت طبخة عفرين على نار هادئة.")
    assert [(st.speaker.label_ar, st.rule) for st in ex.statements] == [("مصادر روسية", "reported-by")]
    ex = run("وقالت صحيفة الحياة إن مصادر روسية أكدت أن موسكو وضعت طبخة عفرين على نار هادئة.")
    assert [st.speaker.label_ar for st in ex.statements] == ["مصادر روسية"]
    ex = run("وأبلغه وزير الخارجية الروسي سيرغي لافروف أن موسكو لن تتراجع.")
    assert [st.speaker.label_ar for st in ex.statements] == ["سيرغي لافروف"]
    ex = run("وقال الفنان آي ويوي إن بريطانيا رفضت طلبه وأخبرته أنه لم يكشف عن إدانته.")
    assert len(ex.statements) == 1


def test_a_rank_right_after_a_national_office_speaks_for_its_country():
    ex = run("من جانبه، اعتبر قائد قوات الباسيج الإيرانية شبه الحكومية الجنرال غلام حسين غيب برور أن التهديدات حرب نفسية.")
    assert [(e.label_ar, e.country) for e in ex.entities.values() if e.kind == "Person"] == [("غلام حسين غيب برور", "Iran")]
    ex = run("ووصل الوزير إلى العاصمة السويدية برفقة المدير العام الجنرال كيم يونغ.")
    assert not any(e.country == "Sweden" for e in ex.entities.values() if e.kind == "Person")


def test_a_korean_family_name_alone_is_the_man_named_by_it_first():
    ex = run("والتقى الزعيم الكوري الشمالي كيم جونغ أون السفير الأمريكي السابق إلى كوريا الجنوبية سونج كيم. "
             "وقال كيم إن بلاده ملتزمة بنزع السلاح النووي.")
    assert ex.statements[-1].speaker.key == "Kim_Jong-un"
    assert ("سونج كيم", "United_States") in [(e.label_ar, e.country) for e in ex.entities.values() if e.kind == "Person"]
    ex = run("والتقى الزعيم الكوري الشمالي كيم جونغ أون الرئيس الأمريكي. "
             "وقال نائب وزير خارجية كوريا الشمالية كيم كاي-غوان إن القمة قد تلغى.")
    assert ex.statements[-1].speaker.key != "Kim_Jong-un"


def test_a_statement_a_body_issued_or_carried_is_that_bodys():
    ex = run("وقال بيان أصدرته وزارة الخارجية الروسية إن الولايات المتحدة تعارض روح القمة.")
    assert [(st.speaker.label_ar, st.rule) for st in ex.statements] == [("وزارة الخارجية الروسية", "issued-by")]
    ex = run("وأكد بيان نشرته الرئاسة المصرية أمس أن الزيارة ناجحة.")
    assert [st.speaker.label_ar for st in ex.statements] == ["الرئاسة المصرية"]


def test_a_body_named_by_a_construct_then_its_quoted_name():
    ex = run("وأفادت هيئة إذاعة وتلفزيون \"إيريب\" الرسمية أن الصاروخ الجديد نجح في الاختبارات.")
    assert [(st.speaker.label_ar, st.rule) for st in ex.statements] == [("إيريب", "quoted-name-subject")]


def test_a_minister_of_a_portfolio_in_construct_then_the_nationality():
    ex = run("من جهة أخرى، أوضح وزير حقوق الإنسان اليمني لـ«الشرق الأوسط»، أنه بحث مع الزياني عودة الدبلوماسيين.")
    assert [(st.speaker.kind, st.speaker.country) for st in ex.statements] == [("Office", "Yemen")]


def test_a_compound_given_name_then_a_family_name():
    ex = run("وقال في بيان إنه التقى بوزير حقوق الإنسان في اليمن عز الدين الأصبحي في الرياض.")
    assert [(e.label_ar, e.country) for e in ex.entities.values() if e.kind == "Person"] == [("عز الدين الأصبحي", "Yemen")]
    ex = run("اجتماع في موسكو بين ألكسندر نوفاك وزير الطاقة الروسي وعبد الله البدري الأمين العام لمنظمة أوبك.")
    assert not any(e.label_ar.startswith("و") for e in ex.entities.values() if e.kind == "Person")


def test_a_source_noun_before_a_name_describes_the_named_person():
    ex = run("وقال المحلل القطري أحمد الشرفي إن الوضع صعب. لكن الواضح، على ما قال الشرفي، أن الحكومة مرتبكة.")
    assert [(st.speaker.kind, st.speaker.label_ar) for st in ex.statements] == [("Person", "أحمد الشرفي")] * 2
    ex = run("قال المتحدث العسكري الروسي سيرغي رودسكوي: \"استهدفت الضربات الأمريكية والفرنسية والبريطانية عدداً من المطارات\".")
    assert [e.label_ar for e in ex.entities.values() if e.kind == "Person"] == ["سيرغي رودسكوي"]


def test_according_to_the_words_of_and_complaining_that():
    ex = run("وردت الولايات المتحدة بقصف جوي في 7 فبراير، لتحبط الهجوم، بحسب قول مسؤولين أمريكيين.")
    assert [(st.speaker.label_ar, st.rule) for st in ex.statements] == [("مسؤولين أمريكيين", "according-to")]
    ex = run("وشكت روسيا باستمرار من أن بريطانيا لم تقدم أدلة لدعم ادعائها.")
    assert [(st.speaker.key, st.claim[:8]) for st in ex.statements] == [("Russia", "بريطانيا")]
    assert run("ويشكو سكان المدينة من انقطاع الكهرباء.").statements == []


def test_according_to_a_role_noun_then_the_man():
    ex = run("قال الباحث اليمني عبدالملك اليوسفي إن الوضع صعب. وعملت الإمارات على توفير المياه، ما يؤكد - حسب الباحث "
             "اليوسفي - أن الإمارات لم تكن بعيدة عن التحديات الإنسانية.")
    assert [(st.speaker.label_ar, st.rule) for st in ex.statements][-1] == ("عبدالملك اليوسفي", "according-to")


def test_an_outlets_website_speaks_for_its_owner():
    ex = run("وقال وزير الدفاع الروسي سيرغي شويغو إن المنظومة جاهزة. وقال موقع روسيا اليوم إن المنظومة في وضع قتالي.")
    assert [st.speaker.label_en for st in ex.statements][-1] == "RT"


def test_praising_a_decision_to_withdraw_is_a_position_on_that_act():
    # the object is another actor's act: "قرار انسحاب ترامب" is what Israel praised, France criticised
    ex = run("وقد امتدحت إسرائيل قرار انسحاب ترامب من الاتفاق النووي. وانتقدت فرنسا خطوة انسحاب واشنطن من الاتفاق.")
    got = stances(ex)
    assert ("إسرائيل", "support", "قرار انسحاب ترامب") in got
    assert ("فرنسا", "oppose", "خطوة انسحاب واشنطن") in got


def test_a_hyphenated_name_in_the_gazetteer_is_found_whatever_the_spacing():
    # the tokenizer splits "جونغ-أون" at the hyphen; "جونغ -أون" is the same name
    for text in ("وذلك بعد يوم من إعلان كيم جونغ-أون وقف الاختبارات النووية.",
                 "إلا أن البعض عبر عن مخاوفه من نوايا كيم جونغ -أون ونيته وقف البرنامج."):
        people = [e for e in run(text).entities.values() if e.kind == "Person"]
        assert [(p.key, p.country) for p in people] == [("Kim_Jong-un", "North_Korea")], text


def test_and_will_before_a_cue_verb_keeps_the_cue():
    # "وستقف" is و + س + "تقف"; "رفضت وسترفض" is one act said twice, not a rejection of a rejection
    ex = run("وقال وزير الخارجية الإيراني إن إيران وقفت وستقف إلى جانب الشعب السوري لأنها إلى جانب الحق.")
    assert ("إيران", "support", "الشعب السوري") in stances(ex)
    ex = run("وقال وزير الخارجية الإيراني إن بلاده رفضت وسترفض العقوبات الأمريكية.")
    assert {(h, p) for h, p, t in stances(ex) if t == "العقوبات"} == {("إيران", "oppose")}


def test_ma_with_a_word_before_the_cue_is_what_not_not():
    # "كل ما بوسعها للتصدي": "what it can", no negation of the cue after it
    ex = run('وأعلن سفير فرنسا في الأمم المتحدة أن "فرنسا ستبذل كل ما بوسعها للتصدي للإفلات من العقاب".')
    assert ("فرنسا", "oppose", "الإفلات من العقاب") in stances(ex)
    ex = run('وقال الرئيس اليمني "ما زلنا نسعى إلى الحل السلمي المستند إلى المرجعيات الثلاث".')
    assert ("اليمن", "support", "الحل السياسي") in stances(ex)     # (the peaceful solution is the political one)


def test_forces_named_by_a_construct_speak_as_those_forces():
    # "قوات التحالف" is the coalition's forces, not some "forces"; a nationality after the construct says whose
    ex = run("وأعلنت قوات التحالف التزامها بالهدنة. وقالت قوات الأمن الإسرائيلية إنها ترفض السماح لهم بالزيارة.")
    assert [st.speaker.label_ar for st in ex.statements] == ["قوات التحالف", "قوات الأمن الإسرائيلية"]
    assert ex.statements[1].speaker.country == "Israel"
    # after a title the construct is the man's office: he keeps the nationality
    ex = run("واعتبر قائد قوات الباسيج الإيرانية الجنرال غلام حسين غيب برور إن تهديدات ترامب حرب نفسية.")
    assert [(st.speaker.label_ar, st.speaker.country) for st in ex.statements] == [("غلام حسين غيب برور", "Iran")]


def test_a_gloss_in_brackets_after_the_title_keeps_the_name_in_apposition():
    ex = run('وقال زعيم الجمهوريين في مجلس الشيوخ الأميركي (الكونغرس)، ميتش ماكونيل، إن روسيا ليست حليفتنا.')
    assert [(st.speaker.label_ar, st.speaker.country) for st in ex.statements] == [("ميتش ماكونيل", "United_States")]


def test_former_after_the_body_an_office_names_still_leads_to_the_name():
    # "… لجامعة الدول العربية السابق عمرو موسى": "السابق" after the body, then the man; the claim starts after إن
    ex = run("وقال الأمين العام لجامعة الدول العربية السابق عمرو موسى، إن الوضع صعب.")
    assert [(st.speaker.label_ar, st.claim) for st in ex.statements] == [("عمرو موسى", "الوضع صعب")]
    assert ex.statements[0].speaker.role.startswith("former")


def test_epithets_that_only_ever_name_one_country():
    # "الدولة العبرية" is Israel and "الجمهورية الإسلامية" Iran, as subject and as target
    ex = run("وانتقدت فرنسا الجمهورية الإسلامية. وقالت الدولة العبرية إن الاتفاق سيئ.")
    assert ("فرنسا", "oppose", "إيران") in stances(ex)
    assert ("Israel", "الاتفاق سيئ") in [(st.speaker.key, st.claim) for st in ex.statements]


def test_a_present_verb_that_describes_an_indefinite_noun_does_not_make_its_object_speak():
    # "قرارا يدين إسرائيل": masculine يدين agrees with قرارا; Israel is what it condemns, neither speaker nor holder
    ex = run("وتبنت الجمعية العامة الأربعاء قرارا يدين إسرائيل لاستخدامها القوة المفرطة ضد المدنيين.")
    assert not any(st.speaker.key == "Israel" for st in ex.statements)
    assert not any(s.holder.key == "Israel" for s in ex.stances)
    # but a plural people noun after a masculine verb is its subject ("يرى الكوريون الشماليون")
    ex = run("ووافقت بيونغ يانغ على التحدث عن نزع السلاح النووي طالما يرى الكوريون الشماليون في ترسانتهم الذرية ضمانة.")
    assert [st.speaker.key for st in ex.statements] == ["North_Korea"]


def test_a_target_phrase_ends_where_a_clause_of_time_or_condition_opens():
    ex = run("وقال وزير الخارجية التركي إنه يجب الانتظار إلى حين اتضاح الصورة، وإن بلاده تؤيد إجراء انتخابات عامة عندما تنتهي الحرب.")
    assert ("تركيا", "support", "إجراء انتخابات عامة") in stances(ex)


def test_we_verbs_coordinated_in_a_quote_are_each_a_position_of_the_speaker():
    # "ندعم سوريا ونرفض الضربات": "we" is the speaker; the actor after ندعم is its object, not the
    # subject of نرفض, and "ونرفض" starts a new position rather than extending the first target
    ex = run("وقال وزير الخارجية الروسي سيرغي لافروف: ندعم سوريا ونرفض الضربات.")
    assert {("روسيا", "support", "سوريا"), ("روسيا", "oppose", "الضربات")} <= stances(ex)
    assert not any(s.holder.key == "Syria" for s in ex.stances)


def test_a_second_verb_after_the_first_verbs_object_shares_the_first_verbs_subject():
    ex = run("وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده تدعم الحكومة السورية وترفض الضربات.")
    assert ("روسيا", "oppose", "الضربات") in stances(ex)
    assert not any(s.holder.key == "Syria" for s in ex.stances)


def test_a_headline_in_the_first_person_plural_is_the_headline_speakers_only():
    ex = run("وقال المتحدث إن الأمر انتهى.", title="روسيا: ندعم الحكومة السورية")
    assert ("روسيا", "support", "الحكومة السورية") in stances(ex)
    assert not any(s.holder.key == "Syria" for s in ex.stances)


def test_an_actor_closing_a_construct_is_not_the_subject_of_the_verb_after_the_construct():
    # "نزع نووي كوريا الشمالية يساعد على مواجهة إيران": the verb's subject is the phrase, so the position is the speaker's
    ex = run("وقال المتحدث إن الأمر انتهى.", title="إسرائيل: نزع نووي كوريا الشمالية يساعد على مواجهة إيران")
    assert ("إسرائيل", "oppose", "إيران") in stances(ex)
    assert not any(s.holder.key == "North_Korea" for s in ex.stances)


def test_who_announced_or_decided_holds_what_was_announced():
    ex = run("وقال الرئيس الأمريكي دونالد ترامب إن الحل ما زال بعيدا وذلك بعد يوم من إعلان كيم جونغ-أون "
             "زعيم كوريا الشمالية وقف الاختبارات النووية.")
    assert ("كوريا الشمالية", "oppose", "الاختبارات النووية") in stances(ex)
    assert not any(s.holder.key == "United_States" and s.target.label_ar == "الاختبارات النووية" for s in ex.stances)


def test_praising_or_criticising_an_actors_role_or_efforts_is_a_position_on_the_actor():
    ex = run("وأشاد وزير الخارجية الإماراتي بدور السعودية الإيجابي في المنطقة.")
    assert ("الإمارات", "support", "السعودية") in stances(ex)
    ex = run("وانتقد وزير الخارجية الفرنسي دور إيران في سوريا.")
    assert ("فرنسا", "oppose", "إيران") in stances(ex)
    # its own country's part, and anyone's participation, are positions on what they take part in
    ex = run("ودافعت رئيسة الوزراء البريطانية تيريزا ماي عن مشاركة لندن في الضربات الجوية على سوريا.")
    assert ("بريطانيا", "support", "الضربات الجوية") in stances(ex)


def test_a_body_named_between_kana_and_its_verb_is_the_subject():
    # "وكانت المفوضية … أعلنت تصدر …": the whole phrase before the verb, not the words after it
    ex = run('وكانت المفوضية العليا المستقلة للانتخابات أعلنت تصدر تحالف "سائرون" نتائج الانتخابات.')
    assert [st.speaker.label_ar for st in ex.statements] == ["المفوضية العليا المستقلة للانتخابات"]
    assert ex.statements[0].claim.startswith("تصدر تحالف")
    # named before by that noun, it is that body ("وكان الجيش قد أعلن" after the Israeli army spoke)
    ex = run("وقال الجيش الإسرائيلي إن الهجوم فشل. وكان الجيش قد أعلن أن العملية انتهت.")
    assert [(st.speaker.key, st.claim) for st in ex.statements][-1][1] == "العملية انتهت"
    assert ex.statements[-1].speaker is ex.statements[0].speaker


def test_the_means_of_an_act_someone_is_implicated_in_is_still_their_act():
    ex = run('وأعلن المغرب قطع علاقاته مع إيران بسبب تورطها "الواضح" في دعم جبهة البوليساريو التي تخوض تمردا مسلحا '
             'بهدف الانفصال بالصحراء الغربية، عبر دعم ميليشيات حزب الله اللبنانية.')
    assert not any(s.holder.key == "Morocco" and s.polarity == "support" for s in ex.stances)
    # a cue inside a body's name states nothing ("وكالة حماية الحدود")
    ex = run("وقال المستشار الألماني إن القمة أوصت بتعزيز دوريات وكالة حماية الحدود البحرية.")
    assert not any(s.target.label_ar.startswith("حماية الحدود") for s in ex.stances)


def test_a_degree_adjective_between_a_cue_noun_and_its_object_is_skipped():
    ex = run("وأكد وزير الخارجية الإيراني أن بلاده تولي أهمية خاصة لتحسين علاقاتها مع دول الجوار.")
    assert ("إيران", "support", "تحسين العلاقات") in stances(ex)


def test_their_readiness_in_one_mans_words_is_not_his_position():
    # "عندما يبدون استعدادهم لاستهداف …": "هم" is someone else; but "ومعاقبتهم،" has them as its object
    ex = run("وقال الرئيس الأمريكي باراك أوباما: «عندما يبدون استعدادهم لاستهداف أهداف حساسة، فإن العالم في خطر».")
    assert not any(s.holder.key == "United_States" for s in ex.stances)


def test_they_are_the_two_states_points_at_the_pair_just_named():
    ex = run("وقال الرئيس التركي رجب طيب أردوغان إن بلاده تدعم المعارضة. "
             "ورعت موسكو وطهران وهما الدولتان اللتان تساندان دمشق، وأنقرة، محادثات السلام.")
    held = {s.holder.key for s in ex.stances if s.target.key == "Syria"}
    assert held == {"Russia", "Iran"}


def test_a_report_inside_the_narrators_concession_is_a_statement_of_its_own():
    ex = run('وأكد الرئيس الفنزويلي نيكولاس مادورو أنه سيشارك في القمة التي تعقد في البيرو، '
             'رغم أن السلطات البيروفية أعلنت أنه "لن يكون من المرحب به".')
    assert [(st.speaker.country or st.speaker.key, st.claim) for st in ex.statements] == [
        ("Venezuela", "سيشارك في القمة التي تعقد في البيرو"), ("Peru", "لن يكون من المرحب به")]


def test_a_role_then_a_relative_clause_then_the_titled_name_is_that_man_speaking():
    ex = run('وقال وزير الدولة الكويتي لشؤون مجلس الوزراء الذي يترأس وفد بلاده في المفاوضات الشيخ محمد المبارك الصباح '
             'في تصريحات لصحيفة "الحياة" أمس: "الخلافات الموجودة هي خلافات أسرة واحدة". '
             'وحول الخسائر، قال "الصباح": "لا أستطيع أن أعلق على ذلك".')
    assert [(st.speaker.label_ar, st.speaker.country, st.claim) for st in ex.statements] == [
        ("محمد المبارك الصباح", "Kuwait", "الخلافات الموجودة هي خلافات أسرة واحدة"),
        ("محمد المبارك الصباح", "Kuwait", "لا أستطيع أن أعلق على ذلك")]


def test_a_lawmakers_title_alone_is_not_a_known_man_and_according_to_takes_the_name_in_apposition():
    ex = run('فحسب السيناتور الجمهوري ورئيس لجنة العلاقات الخارجية في مجلس الشيوخ، بوب كوركر، ومن قاتل بضراوة '
             'لضمان إعطاء أعضاء الكونغرس فرصة تقييم الاتفاقية، قال إن «هذه المفاوضات هي طريقة مبطنة».')
    assert [st.speaker.label_ar for st in ex.statements] == ["بوب كوركر"]
    ex = run("وقال السيناتور الجمهوري إن الاتفاق سيئ.")
    assert [st.speaker.kind for st in ex.statements] == ["Office"]


def test_the_speakers_adverbial_participle_takes_the_position_back_from_an_actor_in_the_claim():
    ex = run('وقال الرئيس الفرنسي إيمانويل ماكرون إن بلاده هاجمت مواقع النظام السوري مع أمريكا وبريطانيا، من أجل ترسيخ '
             'مصداقية المجتمع الدولي مشددا على ضرورة إيجاد "حل سياسي ينهي الأحداث المأساوية في البلاد".')
    assert {s.holder.key for s in ex.stances if "حل سياسي" in s.target.label_ar} == {"France"}


def test_a_hope_for_the_coming_days_is_a_hope_for_what_follows_and_a_quoted_complement_stays_whole():
    ex = run('وأعلن الإليزيه أن الرئيس إيمانويل ماكرون يأمل في الأيام المقبلة بـ"تكثيف المشاورات" مع تركيا '
             'بهدف التوصل إلى "حل سياسي في سوريا".')
    assert ("فرنسا", "support", "التوصل إلى حل سياسي في سوريا") in stances(ex)


def test_a_past_verb_whose_root_begins_with_nun_is_not_we():
    # "ونددت فرنسا بأعمال العنف": "she denounced", not a first-person plural; France is its subject
    ex = run("ونددت فرنسا بأعمال العنف في غزة.")
    assert ("فرنسا", "oppose", "أعمال العنف في غزة") in stances(ex)
    ex = run("وقال وزير خارجية البحرين: نقف مع السعودية.")
    assert ("البحرين", "support", "السعودية") in stances(ex)


def test_a_statement_named_with_its_issuer_is_the_issuers_not_the_last_speakers():
    before = "وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده لن تقبل ذلك. "
    for text, speaker in (("وقال بيان للقصر الملكي إن الملك استقبل الوفد.", "القصر الملكي"),
                          ("وأكد بيان صادر عن المقاومة أن الهجوم فشل.", "المقاومة"),
                          ("وأضاف بيان القيادة العامة للجيش السوري أن الطائرات أسقطت.", "القيادة العامة للجيش السوري"),
                          ("ودعا البيان المصري إلى وقف القتال.", "مصر")):
        ex = run(before + text)
        assert [(st.speaker.label_ar, st.rule) for st in ex.statements][1:] == [(speaker, "issued-by")], text
    # no issuer named ("in the closing session"), an adjective, or the statement just mentioned: as before
    ex = run(before + "وأفاد بيان صادر في ختام هذا اللقاء أن الطرفين اتفقا.")
    assert ex.statements[-1].speaker.label_ar == "سيرغي لافروف"
    ex = run(before + "وقال بيان مشترك إن الطرفين اتفقا.")
    assert ex.statements[-1].rule != "issued-by"
    ex = run("قالت وزارة العمل الفلبينية إن الاتفاق قريب. وقال رئيس الوفد إن المحادثات جيدة. "
             "وأضاف بيان الوزارة أن الاتفاق سيوقع قريبا.")
    assert ex.statements[-1].speaker.label_ar == "وزارة العمل الفلبينية"


def test_a_past_verb_after_an_indefinite_noun_describes_it_and_himself_keeps_the_subject():
    # "عدة دول رفضت": countries that refused, not the last speaker refusing
    ex = run("وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده سترد. وهناك عدة دول رفضت طرد الدبلوماسيين الروس.")
    assert [st.speaker.label_ar for st in ex.statements] == ["سيرغي لافروف"]
    ex = run("وقال ترامب إن الأمر انتهى. علما بأن الرئيس الأميركي نفسه ندد بالمحكمة الجنائية الدولية.")
    assert ("الولايات المتحدة", "oppose", "المحكمة الجنائية الدولية") in stances(ex)


def test_a_team_named_after_whom_it_defends_speaks_itself():
    before = "وقال وزير الخارجية الروسي سيرغي لافروف إن بلاده لن تقبل ذلك. "
    ex = run(before + "واعتبر فريق الدفاع عن سيجيف أن الحكم ظالم.")
    assert [(st.speaker.label_ar, st.rule) for st in ex.statements][1:] == [("فريق الدفاع", "unnamed-subject")]
    ex = run(before + "وقال للشبكة الإخبارية إن الحكم ظالم.")
    assert [st.speaker.label_ar for st in ex.statements] == ["سيرغي لافروف", "سيرغي لافروف"]


def test_after_according_to_a_new_clause_with_a_body_named_by_its_noun_is_its_statement():
    ex = run("وقتل المدنيون عندما أطلق المتمردون النيران على البلدة، بحسب وزارة الداخلية، فيما أعلن الجيش مقتل الجندي "
             "في منطقة لوغانسك المجاورة، وقال في بيان له إن الوضع «تدهور بشكل كبير».")
    got = [(st.speaker.label_ar, st.claim) for st in ex.statements]
    assert got[0] == ("وزارة الداخلية", "وقتل المدنيون عندما أطلق المتمردون النيران على البلدة")
    assert [sp for sp, _ in got[1:]] == ["الجيش", "الجيش"]


def test_two_predicates_joined_by_and_and_the_best_or_worst_deal_judge_the_subject():
    assert ("فرنسا", "support", "الاتفاق النووي") in stances(run("وقال لودريان إن الاتفاق النووي متوازن ومهم."))
    assert ("قطر", "support", "الاتفاق النووي") in stances(run("وقال العطية إن الاتفاق النووي أفضل خيار."))
    assert ("الولايات المتحدة", "oppose", "الاتفاق النووي") in stances(run("وقال ترامب إن الاتفاق النووي أسوأ اتفاق."))
    # the second of an indefinite noun's adjectives is no predicate ("عمل عدائي وغير مبرر": the strike is one)
    assert not any(t == "عمل عدائي" for _, _, t in stances(run("وقال لافروف إن الضربة عمل عدائي وغير مبرر.")))
    # a comparison ("أفضل خيار من الحرب") judges nothing
    assert stances(run("وقال العطية إن الحوار أفضل خيار من الحرب.")) == set()


def test_holding_to_or_committed_to_a_deal_supports_it():
    assert ("الصين", "support", "الاتفاق النووي") in stances(run("وقالت الصين إنها متمسكة بالاتفاق النووي."))
    assert ("إيران", "support", "الاتفاق النووي") in stances(run("وقال ظريف إننا ملتزمون بالاتفاق النووي."))


def test_appreciating_or_thanking_supports_and_a_price_or_thanks_say_nothing():
    assert ("مصر", "support", "السعودية") in stances(run(
        "وقال الرئيس المصري عبد الفتاح السيسي إن مصر تثمن المواقف السعودية الداعمة لها."))
    assert ("السودان", "support", "قطر") in stances(run("وقال وزير الخارجية السوداني إننا نشكر قطر على جهودها."))
    assert stances(run("وقال ترامب إن إيران ستدفع ثمنا باهظا.")) == set()
    assert stances(run("وقال وزير الخارجية السوداني: شكرا لقطر.")) == set()


def test_welcoming_progress_in_something_supports_that_thing():
    got = stances(run("وقال وزير الخارجية المصري سامح شكري إننا نرحب بالتقدم الحاصل في المفاوضات."))
    assert ("مصر", "support", "المفاوضات") in got and not any("التقدم" in t for _, _, t in got)
    got = stances(run("وأشاد وزير الخارجية المصري سامح شكري بالتقدم المحرز بالتحقيق في الهجوم."))
    assert any(h == "مصر" and t.startswith("التحقيق") for h, _, t in got)


def test_a_bare_minister_before_a_clause_is_no_minister_of_the_next_country():
    ex = run("وقال وزير الخارجية المصري سامح شكري إن الحرب قادمة. وقال الوزير إن إسرائيل لا تريد الحرب.")
    assert [st.speaker.label_ar for st in ex.statements] == ["سامح شكري", "سامح شكري"]
    # a ministry written out before the country is still that country's minister
    ex = run("وقال وزير خارجية كوريا الشمالية إن الحرب قادمة.")
    assert ex.statements[0].speaker.country == "North_Korea"


def test_the_writer_points_back_to_the_writer_the_article_named():
    ex = run('نشرت صحيفة العرب مقالا للكاتب أحمد أبو دوح. "إسرائيل لا تريد الحرب، لكن إيران هي المسؤولة." '
             "يقول الكاتب ويضيف أنه مع ذلك تبدو إسرائيل مستعدة اليوم لشن حرب جديدة على غزة.")
    assert [st.speaker.label_ar for st in ex.statements] == ["أحمد أبو دوح", "أحمد أبو دوح"]
    # the nearest writer named, not the first
    ex = run("تكتب صحيفة الشرق الأوسط بقلم الكاتب عبد الرحمن الراشد أن الحل بعيد. "
             "الكاتب السوري علي العبد الله يقول بأن هذا الملف هدفه التسويق للنظام. "
             "وهو ما يمهد بحسب رأي الكاتب لرفع العقوبات عن دمشق.")
    assert ex.statements[-1].speaker.label_ar == "علي العبد الله"


def test_whom_an_adviser_served_is_not_his_name():
    ex = run("كما خدم كمستشار لكبار المسؤولين السعوديين. يقول المسؤولون الأتراك إن خاشقجي قتل في المبنى.")
    assert not any("المسؤولين" in e.label_ar for e in ex.entities.values() if e.kind == "Person")
    assert [st.speaker.kind for st in ex.statements] == ["Anonymous"]


def test_a_name_between_commas_after_two_descriptions_speaks():
    ex = run('وقال رئيس جمعية الإعلام العربية التركية وصديق خاشقجي، توران كيسلسيكي، لصحيفة نيويورك تايمز إن '
             '"ضباط الشرطة فحصوا كاميراتهم الأمنية".')
    assert [st.speaker.label_ar for st in ex.statements] == ["توران كيسلسيكي"]
    ex = run("وقال صديق خاشقجي، توران كيسلسيكي، إن الشرطة فحصت الكاميرات.")
    assert [st.speaker.label_ar for st in ex.statements] == ["توران كيسلسيكي"]


def test_an_ally_between_commas_does_not_hide_what_was_denied():
    ex = run("كما نفت موسكو، حليفتها، وقوع مثل هذا الهجوم.")
    assert speakers(ex) == [("روسيا", "وقوع مثل هذا الهجوم")]


def test_the_two_states_are_the_only_two_the_sentence_before_named():
    ex = run("وقال نتنياهو إن إيران خطر. ومملكة البحرين حليفة للمملكة السعودية في الخليج. "
             "وتتهم الدولتان إيران بالتدخل في شؤون الدول العربية.")
    assert [st.speaker.key for st in ex.statements[1:]] == ["Bahrain", "Saudi_Arabia"]
    assert {("Bahrain", "oppose", "Iran"), ("Saudi_Arabia", "oppose", "Iran")} <= stance_keys(ex)


def test_the_two_presidents_are_the_two_the_article_named():
    ex = run("انتقدت تركيا البيان الصادر عن المحادثة التي جرت بين الرئيس التركي رجب طيب أردوغان ونظيره الفرنسي "
             "إيمانويل ماكرون. وكان الرئيسان بحثا الاثنين العلاقات الثنائية ورحبا بقرار مجلس الأمن الدولي الأخير.")
    assert {st.speaker.key for st in ex.statements[1:]} == {"Recep_Tayyip_Erdogan", "Emmanuel_Macron"}
    assert {h for h, p, t in stance_keys(ex) if p == "support"} == {"Turkey", "France"}


def test_a_title_over_a_body_we_do_not_know_then_the_verbs_preposition():
    ex = run('من جهته، شدد رئيس فريق الخبراء، على "ضرورة إيجاد حل سلمي بين الفرقاء اليمنيين".')
    assert [(st.speaker.label_ar, st.claim) for st in ex.statements] == [
        ("رئيس فريق الخبراء", "ضرورة إيجاد حل سلمي بين الفرقاء اليمنيين")]
    # a time phrase between commas is no speaker
    ex = run("وكان مستشار الأمن القومي الأميركي، جون بولتون شدد مرة أخرى، الاثنين، على أن أي هجوم سيؤدي إلى تصعيد كبير.")
    assert [st.speaker.label_ar for st in ex.statements] == ["جون بولتون"]


def test_whom_a_call_is_addressed_to_is_no_target_when_what_is_asked_comes_with_b():
    ex = run("فيما دعا الرئيس اليمني، عبدربه منصور هادي، ميليشيات التمرد الحوثي وفلول المخلوع صالح "
             "باحترام الهدنة الإنسانية.")
    assert not any("ميليشيات" in t for _, _, t in stances(ex))
    assert any(h == "اليمن" and p == "support" for h, p, _ in stances(ex))


def test_a_new_clause_with_its_own_subject_is_not_the_object_of_a_bare_cue():
    got = stance_keys(run("الضربات الإسرائيلية في سوريا: البحرين تؤيد وموسكو تدعو للحوار"))
    assert ("Bahrain", "support", "Russia") not in got
    assert ("Iran", "oppose", "United_States") in stance_keys(run("قال الرئيس الإيراني إن بلاده ترفض واشنطن تماما."))


def test_a_resistance_named_by_its_noun_and_adjective_announces():
    ex = run("وأعلنت المقاومة الشعبية سيطرتها على عدد من المواقع في لحج.")
    assert speakers(ex) == [("المقاومة الشعبية", "سيطرتها على عدد من المواقع في لحج")]


def test_as_he_put_it_gives_the_words_before_to_the_last_speaker():
    ex = run('وقال بومبيو إن العقوبات ستبقى. و"الكوريون الشماليون يفهمون ذلك، ولم يعارضوه"، على حد قوله.')
    assert [st.speaker.label_ar for st in ex.statements] == ["مايك بومبيو", "مايك بومبيو"]
    assert "الكوريون الشماليون يفهمون ذلك" in ex.statements[1].claim
    # after a verb of saying in the same sentence it adds no second statement
    ex = run('وقال بومبيو إن العقوبات ستبقى. وأضاف أن الوضع "خطير جدا"، على حد قوله.')
    assert len(ex.statements) == 2


def test_the_american_minister_is_the_one_american_minister_named():
    ex = run('أكد وزير الخارجية الأميركي، مايك بومبيو، الأحد، أن العقوبات ستبقى سارية. '
             'وأضاف الوزير الأميركي، الذي وصل إلى طوكيو، أنه "لا يمكن تليين نظام العقوبات".')
    assert [st.speaker.label_ar for st in ex.statements] == ["مايك بومبيو", "مايك بومبيو"]
    # another man of that country in the story: the minister may be one we know by another title
    ex = run("وقال الشيخ محمد المبارك الصباح إن العلاقات قوية. وقال وزير النفط الكويتي علي العمير إن الإنتاج متوقف. "
             'وأضاف الوزير الكويتي: "الاجتماعات مستمرة".')
    assert ex.statements[-1].speaker.label_ar != "علي العمير"


def test_a_quoted_name_opening_the_clause_is_the_subject_of_the_verb_after_it():
    ex = run('"العربي الجديد" ترى بأن هذه العودة مناورة روسية جديدة.')
    assert speakers(ex) == [("العربي الجديد", "هذه العودة مناورة روسية جديدة")]
    ex = run("وقالت المتحدثة باسم الصليب الأحمر إنجي صدقي إن المدنيين محاصرون. "
             "ولكن جماعة \"فيلق الرحمن\" تنفي ذلك وتعهدت باستمرار القتال.")
    assert ex.statements[-1].speaker.label_ar == "جماعة فيلق الرحمن"
    # a quoted phrase inside the sentence is no subject
    assert [st.speaker.label_ar for st in run('وقال ترامب إن "الاتفاق الكارثي" يهدد المنطقة.').statements] == ["دونالد ترامب"]


def test_wondering_is_saying_and_actors_after_a_preposition_are_no_subject():
    ex = run('وعن المواجهة بين إيران وإسرائيل تتساءل صحيفة "القدس العربي" هل تحتمل المنطقة حربا بين هذين البلدين؟')
    assert [st.speaker.label_ar for st in ex.statements] == ["القدس العربي"]


def test_saying_a_state_is_responsible_for_a_wrong_opposes_it():
    assert ("United_Kingdom", "oppose", "Russia") in stance_keys(run("وقالت بريطانيا إن روسيا مسؤولة على الأرجح."))
    assert ("United_Kingdom", "oppose", "Iran") in stance_keys(run("وقال جونسون إن إيران هي المسؤولة عن الهجوم."))
    # a duty is no blame
    assert not any(p == "oppose" for _, p, _ in stance_keys(run(
        "وقال وزير الخارجية المصري سامح شكري إن الحكومة مسؤولة عن حماية المدنيين.")))


def test_denying_what_was_said_of_ones_responsibility_opposes_the_accusation():
    ex = run("وتدعي بريطانيا أنه كان غاز الأعصاب نوفيتشوك، وقالت إن روسيا مسؤولة على الأرجح، وهو ما تنفيه موسكو بشدة.")
    assert ("Russia", "oppose", "accusations_against_Russia") in stance_keys(ex)
    # "المسؤول" (the official) before a denial is no charge
    ex = run("وقال المسؤول إن الوفد سيصل غدا، وهو ما تنفيه موسكو.")
    assert not any(t.startswith("accusations") for _, _, t in stance_keys(ex))


def test_complaining_of_what_a_state_fails_to_do_opposes_it():
    ex = run("وشكت روسيا باستمرار من أن بريطانيا لم تقدم أدلة لدعم ادعائها بالتورط الروسي.")
    assert ("Russia", "oppose", "United_Kingdom") in stance_keys(ex)
    assert stance_keys(run("ويشكو السكان من أن الكهرباء مقطوعة منذ أيام.")) == set()


def test_actors_joined_by_and_before_a_dual_verb_speak_together():
    ex = run("وكانت روسيا وإيران قالتا إن الضربة غير شرعية.")
    assert ex.statements[0].speaker.members == ("Russia", "Iran")
    assert {("Russia", "oppose"), ("Iran", "oppose")} <= {(h, p) for h, p, _ in stance_keys(ex)}
    ex = run("قال الرئيس الأمريكي دونالد ترامب ونظيره الفرنسي إيمانويل ماكرون إن المحادثات مثمرة. "
             "وكان ترامب وماكرون أبديا رغبتهما في التوصل إلى اتفاق جديد مع إيران.")
    assert {h for h, p, _ in stance_keys(ex) if p == "support"} == {"United_States", "France"}
    # a singular verb after them has the last for subject
    assert run("روسيا قالت إن الضربة غير شرعية.").statements[0].speaker.key == "Russia"


def test_accusing_an_actor_of_a_short_charge_opposes_the_accused():
    # "بشن" is a three-letter word with ب: still the charge, not a pronoun ("به")
    assert ("United_States", "oppose", "Russia") in stance_keys(run("وكانت الولايات المتحدة قد اتهمت روسيا بشن الهجوم."))


def test_a_role_then_a_name_then_a_quote_is_the_named_person():
    ex = run('وصرح مسؤول الإطفاء أنطونيو بيلوتشي "لن نفقد الأمل، لقد أنقذنا عشرة أشخاص". وقال "سنعمل حتى إنقاذ آخر شخص".')
    assert [st.speaker.label_ar for st in ex.statements] == ["أنطونيو بيلوتشي", "أنطونيو بيلوتشي"]


def test_dotted_ali_is_the_name_where_the_article_writes_ala_with_alif_maqsura():
    ex = run("وأكد الوزير أن الخطة تسير على ما يرام. ويقول علي الزعبي إن الخلاف قديم.")
    assert ex.statements[-1].speaker.label_ar == "علي الزعبي"
    # where the writer types على with a dotted yeh, "علي الأرض" stays the preposition
    ex = run("وقال الوزير إن الوضع علي الأرض مستقر.")
    assert not any(e.label_ar.startswith("علي") for e in ex.entities.values())


def test_an_ally_named_with_its_pronoun_speaks():
    ex = run("ونفت الحكومة السورية استخدام الأسلحة الكيميائية، وقالت حليفتها روسيا إن الحادثة مسرحية.")
    assert [st.speaker.key for st in ex.statements] == ["Syria_government", "Russia"]


def test_relaying_without_qawluhu_before_a_quote():
    ex = run('التقى وزير الخارجية الألماني هايكو ماس نظيره التركي. '
             'ونقلت رويترز عن الوزير الألماني في المؤتمر الصحفي "ألمانيا مستعدة لمضاعفة مساهمتها".')
    assert ex.statements[-1].speaker.key == "Heiko_Maas"


def test_valuing_is_saying_and_supporting_only_with_an_actor_after_the_bare_verb():
    ex = run("وثمن الرئيس عبد الفتاح السيسي المبادرة السعودية لدعم الأردن.")
    assert [st.speaker.key for st in ex.statements] == ["Abdel_Fattah_el-Sisi"]
    assert ("Egypt", "support", "المبادره_السعوديه") in stance_keys(ex)
    # the noun "ثمن" (price) says nothing
    assert run("ودفعت روسيا ثمن تدخلها في سوريا. وارتفع ثمن النفط.").statements == []


def test_a_title_then_another_given_name_is_not_the_king_named_before():
    ex = run("وقال الملك سلمان بن عبدالعزيز إن الجهود مثمرة. من جهته، ثمن الملك عبدالله المبادرة السعودية.")
    assert [st.speaker.key for st in ex.statements] == ["Salman_of_Saudi_Arabia"]


def test_unnamed_groups_keep_what_they_belong_to_in_their_label():
    assert run("وقال نشطاء المعارضة إن القصف استمر.").statements[0].speaker.label_ar == "نشطاء المعارضة"
    ex = run("وقال الوزير إن الجسر انهار. وقال عناصر من فرق الإنقاذ إن هناك عشرات الضحايا.")
    assert ex.statements[-1].speaker.label_ar == "عناصر من فرق الإنقاذ"
    # a time word after the group is not what it belongs to
    assert run("وقالت مصادر اليوم إن القصف استمر.").statements[0].speaker.label_ar == "مصادر"


def test_belief_verbs_in_the_plural_and_after_lakin():
    ex = run("ولكن محللين يرون أن جذور الخلاف أقدم من ذلك.")
    assert speakers(ex) == [("محللين", "جذور الخلاف أقدم من ذلك")]


def test_a_phrase_between_an_accusing_verb_and_the_accused_is_its_subject():
    ex = run("وأعلن الجيش السوري أن الوضع مستقر. واتهمت القوى الغربية دمشق بتنفيذ الهجوم.")
    assert ex.statements[-1].speaker.label_ar == "القوى الغربية"
    ex = run("وأعلن الجيش السوري أن الوضع مستقر. "
             "واتهم سفراء غربيون لدى منظمة حظر الأسلحة الكيميائية النظام السوري بعرقلة عمل البعثة.")
    assert ex.statements[-1].speaker.label_ar == "سفراء غربيون"
    # after a definite subject, the actor is the accused, not part of the subject
    ex = run("واتهم الانفصاليون القوات الأوكرانية بتكثيف الهجمات.")
    assert ex.statements[0].speaker.label_ar == "الانفصاليون"
    assert not any(h == "Ukraine" for h, _, _ in stance_keys(ex))


def test_accusing_of_a_violation_upholds_what_was_violated():
    ex = run("واتهمت باكستان الهند بانتهاك آخر لوقف إطلاق النار في إقليم كشمير.")
    assert {("Pakistan", "oppose", "India"), ("Pakistan", "support", "ceasefire")} <= stance_keys(ex)
    # a charge of something else upholds nothing
    assert stance_keys(run("واتهمت روسيا الولايات المتحدة بدعم الإرهاب.")) == {("Russia", "oppose", "United_States")}


def test_a_cue_verb_after_a_particle_has_its_subject_after_it():
    # "إذا لم تلتزم الميليشيات بـ…": the militias' commitment, not the speaker's
    ex = run('وأضاف رئيس الوزراء اليمني: "إذا لم تلتزم الميليشيات الانقلابية بخيارات السلام فإن الحكومة ستمضي في الحسم".')
    assert not any(h == "Yemen" and p == "oppose" for h, p, _ in stance_keys(ex))


def test_a_cue_inside_an_embedded_question_is_no_position():
    ex = run("أكد الرئيس الأمريكي دونالد ترامب أنه لا يعلم بعد ما إذا كان وزير الدفاع جيمس ماتيس يعتزم مغادرة منصبه.")
    assert stance_keys(ex) == set()


def test_what_another_actor_is_implicated_in_is_a_charge_not_its_position():
    ex = run("وقال المتحدث باسم التحالف إن الهجوم يثبت تورط النظام الإيراني بدعم الميليشيات الحوثية.")
    assert not any(h == "Iran" and p == "support" for h, p, _ in stance_keys(ex))
    ex = run('واعتبر المتحدث باسم التحالف أن "الهجوم يثبت استمرار تورط دعم النظام الإيراني للميليشيا الحوثية".')
    assert not any(h == "Iran" and p == "support" for h, p, _ in stance_keys(ex))


def test_what_those_there_try_to_do_is_not_the_speakers_position():
    ex = run("وقال الرئيس الروسي فلاديمير بوتين إن هناك جهات تحاول حماية الإرهابيين في سوريا.")
    assert not any(p == "support" for _, p, _ in stance_keys(ex))
    # but a need there is
    assert ("Russia", "support", "حمايه_المدنيين") in stance_keys(run("وقال بوتين إن هناك حاجة إلى حماية المدنيين."))


def test_whom_a_state_will_not_allow_is_not_the_holder():
    ex = run('وقال نتنياهو إن "إسرائيل لن تسمح للنظام في إيران بلف حبل مشنقة الإرهاب على رقابنا".')
    assert ("Israel", "oppose", "Iran_government") in stance_keys(ex)


def test_a_description_spelled_out_after_bianna_in_a_relative_clause_is_a_statement():
    ex = run('وكان مسلم رئيسا لحزب الاتحاد الديمقراطي، الذي تصفه تركيا بأنه "يقود مجموعة إرهابية".')
    assert speakers(ex) == [("تركيا", "يقود مجموعة إرهابية")]
    # a classification without بأنه stays background
    assert run("وهو القرار الذي اعتبرته روسيا غير مقبول.").statements == []


def test_what_is_hoped_to_come_of_something_is_supported():
    ex = run("وأعربت كوريا الجنوبية عن أملها في أن تؤدي هذه الخطوة إلى إخلاء شبه الجزيرة الكورية من الأسلحة النووية.")
    assert ("South_Korea", "support", "denuclearisation") in stance_keys(ex)
    ex = run("وأعرب وزير الخارجية الروسي عن أمله في أن تسهم القمة في تحقيق السلام.")
    assert ("Russia", "support", "تحقيق_السلام") in stance_keys(ex)


def test_announcing_a_break_of_ties_is_the_speakers_own_act():
    assert ("Morocco", "oppose", "Iran") in stance_keys(run("والثلاثاء، أعلن المغرب، قطع علاقاته مع إيران."))
    # a break of ties judged in a clause is not announced
    assert not any(p == "oppose" and t == "Iran" for _, p, t in stance_keys(
        run("وقال وزير الخارجية المغربي إن قطع العلاقات مع إيران كان خطأ.")))


def test_playing_down_is_saying_and_no_support():
    ex = run("وقلل الكرملين من أهمية العقوبات الجديدة.")
    assert [st.speaker.key for st in ex.statements] == ["Russia_الكرملين"]
    assert stance_keys(ex) == set()
    # قلل without من is no verb of saying
    assert run("وقلل الجيش عدد جنوده في المنطقة.").statements == []


def test_the_two_koreas_are_a_pair_of_named_states():
    ex = run("وقالت الكوريتان في بيان مشترك إنهما ستعملان على إنهاء حالة الحرب.")
    assert {st.speaker.key for st in ex.statements} == {"North_Korea", "South_Korea"}
    # "زعيما الكوريتين": the two leaders the article named
    ex = run("التقى الزعيم الكوري الشمالي كيم جونغ أون والرئيس الكوري الجنوبي مون جاي إن في بانمونجوم. "
             "وأكد زعيما الكوريتين التزامهما بنزع السلاح النووي من شبه الجزيرة الكورية.")
    assert {st.speaker.key for st in ex.statements if st.sentence == 1} == {"Kim_Jong-un", "Moon_Jae-in"}
    assert {("North_Korea", "support", "denuclearisation"), ("South_Korea", "support", "denuclearisation")} <= stance_keys(ex)


def test_opinion_written_with_a_dotted_yeh_is_a_noun():
    ex = run("وقال ترامب إن الوضع خطير. ويعيش خاشقجي في الولايات المتحدة حيث يكتب مقالات رأي لصحيفة واشنطن بوست.")
    assert [st.speaker.key for st in ex.statements] == ["Donald_Trump"]
    # the verb رأى still speaks, with its subject or dropped
    ex = run("ورأى وزير الخارجية الروسي سيرغي لافروف أن الحل سياسي. ورأى أن الحوار ضروري.")
    assert [st.speaker.key for st in ex.statements] == ["Sergey_Lavrov", "Sergey_Lavrov"]


def test_the_ypg_under_another_translation():
    ex = run("وقال ترامب إن الوضع خطير. وتنفي وحدات الدفاع عن الشعب الكردية وجود هذه العلاقة.")
    assert ex.statements[-1].speaker.key == "YPG"


def test_a_broken_plural_source_takes_a_feminine_verb_after_it():
    ex = run("وأعربت بعثة الأمم المتحدة للدعم في ليبيا عن قلقها البالغ. "
             "وقالت مصادر تونسية إن يقظة رجال الأمن أبطلت العملية. وأضافت أنه تم القبض على المتهم.")
    assert ex.statements[-1].speaker.label_ar == "مصادر تونسية"
    # a sound masculine plural does not
    ex = run("وأعربت بعثة الأمم المتحدة للدعم في ليبيا عن قلقها البالغ. "
             "وقال مسؤولون إن العملية أحبطت. وأضافت أنها تتابع الوضع.")
    assert ex.statements[-1].speaker.label_ar != "مسؤولون"


def test_a_subject_we_cannot_name_acting_in_the_claim_is_not_the_speaker():
    ex = run('وقال وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني إن "الدول المقاطعة تسعى إلى فرض هيمنتها على المنطقة".')
    assert not any(h == "Qatar" and p == "support" for h, p, _ in stance_keys(ex))
    # the speaker's own state or text is the speaker
    assert ("Saudi_Arabia", "support", "political_solution") in stance_keys(run("وقال الجبير إن المملكة تدعم الحل السياسي."))
    ex = run("وأوضح بيان للقوات المسلحة الباكستانية أن المذكرة طالبت بعثة الأمم المتحدة بإجراء تحقيق.")
    assert any(h == "Pakistan" and p == "support" for h, p, _ in stance_keys(ex))
    ex = run("أعلن مصدر في وزارة الخارجية الإيطالية أن الوزارة استدعت اليوم السفير الفرنسي.")
    assert ("Italy", "oppose", "France") in stance_keys(ex)


def test_a_discourse_phrase_after_the_verb_is_no_place():
    # "من جهتها" between the verb and its subject does not hide the subject from a later "قالت"
    ex = run('وقال ترامب إن الوضع خطير. وتقدمت من جهتها منظمة الصحة العالمية "بالتعازي لأهالي الضحايا" '
             'بعد الهجوم على مستشفى الثورة الذي قالت إنه "أحد أكبر المستشفيات التي نقدم لها الدعم".')
    assert ex.statements[-1].speaker.key == "WHO"


def test_the_actor_between_kana_and_the_verb_is_its_subject():
    ex = run('وكان روحاني قد هدد ترامب في وقت سابق الأحد في خطاب متلفز، قائلا: "لا تلعب بالنار لأنك ستندم".')
    assert {st.speaker.key for st in ex.statements} == {"Hassan_Rouhani"}


def test_a_state_after_a_masculine_verb_is_not_its_subject():
    # a state takes a feminine verb: after "طالب" it is whom the speaker urged
    ex = run("وقال السفير الأمريكي إن الوضع خطير. وطالب روسيا في تغريدة سابقة بالتدخل ونصح سوريا بالتنحي.")
    assert ex.statements[-1].speaker.key != "Russia"
    assert not any(h == "Russia" for h, _, _ in stance_keys(ex))
    # nor the subject of a present verb describing the noun before it
    ex = run("وقال السفير الروسي إن الوضع خطير. وطرحت بريطانيا مسودة قرار على مجلس الأمن الدولي يدين إيران لتقاعسها عن منع وصول الصواريخ.")
    assert not any(st.speaker.key == "Iran" for st in ex.statements)


def test_what_a_state_describes_keeps_the_thing_described():
    ex = run("ونفت سوريا أي هجوم كيماوي. ووصفت روسيا هذه التقارير بأنها زائفة.")
    st = ex.statements[-1]
    assert st.speaker.key == "Russia" and st.claim == "هذه التقارير بأنها زائفة"


def test_a_remark_pointing_back_is_not_part_of_the_claim_before_it():
    ex = run("أكد الوزير الألماني أن أمن إسرائيل شرط لعلاقات جيدة بين إيران وألمانيا وهو ما رفضته طهران على الفور.")
    first, remark = ex.statements
    assert "رفضته" not in first.claim
    assert remark.speaker.key == "Iran" and remark.verb == "رفضته"
    assert not any(h == "Israel" for h, _, _ in stance_keys(ex))


def test_but_he_then_a_verb_names_its_subject_by_the_pronoun():
    ex = run("وقال المتحدث باسم البنتاغون إن الولايات المتحدة تبحث الهجوم الكيميائي، لكنه أضاف أن الجيش مستعد للرد.")
    assert len(ex.statements) == 2 and ex.statements[0].speaker is ex.statements[1].speaker
    assert "لكنه" not in ex.statements[0].claim
    # the pronoun that does not fit the speaker stands for the actor it fits
    ex = run("واتهم المسلحون الحكومة السورية، بتدبير الهجوم، ولكنها تنفي ضلوعها فيه.")
    assert ex.statements[-1].speaker.key == "Syria_government"
    # the sentence's subject before a preposition's object
    ex = run("ووجه ترامب انتقادات للرئيس السابق باراك أوباما، لكنه قال إن هذا لا يكفي لتغيير السياسة.")
    assert [st.speaker.key for st in ex.statements] == ["Donald_Trump"]
    # or the subject of a present verb in the clause before
    ex = run("وقالت رئيسة الوزراء البريطانية تيريزا ماي إن الرسوم ظالمة. وعلى عكس ماكرون وترودو، لن تعقد ماي اجتماعا "
             "ثنائيا مع ترامب، لكنها أصرت، الجمعة، على أن هذا ليس تجاهلا.")
    assert ex.statements[-1].speaker.key == "Theresa_May"


def test_each_of_the_states_after_a_comma_opens_a_new_statement():
    ex = run("وفيما أشادت واشنطن بالضربات الجوية، أكدت كل من فرنسا وبريطانيا أنها ضرورية لردع النظام.")
    assert set(ex.statements[-1].speaker.members) == {"France", "United_Kingdom"}
    assert ex.statements[-1].verb == "أكدت"


def test_a_body_noun_after_a_title_is_no_name():
    ex = run("قال رئيس مختبر بورتون داون البريطاني إنه لم يتحقق من المصدر الدقيق لغاز الأعصاب.")
    assert "مختبر" not in ex.statements[0].speaker.label_ar


def test_an_indefinite_noun_then_said_it_is_the_named_actors_word():
    ex = run("وقال ترامب إن التسجيل مزور. ويوم الثلاثاء أصدرت شيكة سي بي إس تسجيلا آخر قالت إنها لم تتحقق من صحته "
             "ولكنه يبدو لنيومان وعدد من مساعدي الحملة يناقشون فيه العواقب المحتملة.")
    assert ex.statements[-1].speaker.key == "CBS_News" and ex.statements[-1].claim.startswith("لم تتحقق من صحته")


def test_a_participle_opening_a_sentence_goes_on_with_the_speaker():
    # a full stop typed for a comma: "…». متهمًا الحكومة الإسرائيلية …"
    ex = run("وقال عباس إن الجريمة بشعة. متهما الحكومة الإسرائيلية مباشرة في الجريمة.")
    assert [st.speaker.key for st in ex.statements] == ["Mahmoud_Abbas", "Mahmoud_Abbas"]
    # an adjective inside a sentence is still no verb ("معلومات مؤكدة")
    assert len(run("وقال عباس إن لديه معلومات مؤكدة عن الجريمة.").statements) == 1


def test_laying_the_blame_on_someone_is_a_statement_against_them():
    ex = run("ألقت حكومة طاجيكستان الثلاثاء باللوم على حزب إسلامي محظور في هجوم أسفر عن مقتل أربعة سياح.")
    assert [st.speaker.key for st in ex.statements] == ["Tajikistan_government"]
    assert any(h == "Tajikistan" and p == "oppose" and "حزب" in t for h, p, t in stance_keys(ex))
    # giving a speech is not laying blame
    assert run("وألقى الرئيس الأمريكي كلمة أمام الجمعية العامة للأمم المتحدة.").statements == []


def test_the_subject_after_a_discourse_phrase_goes_on_speaking():
    ex = run("وقال المسؤولون إن الوضع خطير. من جهتها حمّلت منظمة التحرير الفلسطينية حكومة نتنياهو «المسؤولية الكاملة» "
             "عن مقتل الطفل معتبرة أن الهجوم هو «النتيجة المباشرة لإفلات إرهاب المستوطنين من العقاب».")
    assert ex.statements[-1].speaker.key == "PLO"


def test_the_latter_is_the_actor_named_last():
    ex = run("واتهمت لندن موسكو بالوقوف وراء محاولة الاغتيال بالغاز السام، فيما نفت الأخيرة هذه الاتهامات "
             "معتبرة أن لندن تهاجمها بدون أدلة.")
    assert [st.speaker.key for st in ex.statements] == ["United_Kingdom", "Russia", "Russia"]
    # the clause opener before the next statement is not part of the claim
    assert not ex.statements[0].claim.endswith("فيما")


def test_a_verb_that_takes_a_side_may_say_it_in_one_word():
    ex = run('وفي هذا الصدد، نددت السلطة الفلسطينية بـ"مجزرة" فيما برر رئيس الوزراء الإسرائيلي بنيامين نتانياهو '
             "اللجوء إلى العنف.")
    assert [st.speaker.key for st in ex.statements] == ["Palestinian_Authority", "Benjamin_Netanyahu"]
    # but not a time word or a preposition with its pronoun
    assert [st.claim for st in run("وقال وزير الخارجية القطري إن الدوحة منفتحة على الحوار. وندد الوزير به.").statements] \
        == ["الدوحة منفتحة على الحوار"]


def test_states_after_a_verb_whose_subject_came_first_are_its_objects():
    ex = run('موسكو تدعو إيران وإسرائيل إلى "الحوار"')
    assert [st.speaker.key for st in ex.statements] == ["Russia"]
    assert ("Russia", "support", "dialogue") in stance_keys(ex)


def test_a_denial_by_a_subject_the_statement_names():
    ex = run("واتهمت لندن موسكو بالوقوف وراء محاولة الاغتيال بالغاز السام، فيما نفت الأخيرة هذه الاتهامات.")
    assert ("Russia", "oppose", "accusations_against_Russia") in stance_keys(ex)
    # a dropped subject too
    ex = run("واتهمت لندن موسكو بالوقوف وراء محاولة الاغتيال. وقالت وزارة الخارجية الروسية إن لندن تكذب. ونفت هذه الاتهامات بشدة.")
    assert ("Russia", "oppose", "accusations_against_Russia") in stance_keys(ex)


def test_had_already_is_no_reported_clause():
    ex = run("وسبق ان رفضت تركيا مطلع شهر فبراير الجاري تصريحات فرنسية بشأن العملية العسكرية في عفرين.")
    assert [st.speaker.key for st in ex.statements] == ["Turkey"]
    ex = run("ويثير التقارب حفيظة تركيا التي سبق وأن أعربت عن رفضها اتفاقية ترسيم الحدود بين مصر وقبرص.")
    assert [st.speaker.key for st in ex.statements] == ["Turkey"]


def test_holding_someone_responsible_is_a_statement():
    ex = run("حملت إثيوبيا القاهرة المسؤولية عن فشل اجتماع الخرطوم الثلاثي الأسبوع الماضي.")
    assert [st.speaker.key for st in ex.statements] == ["Ethiopia"]
    assert ("Ethiopia", "oppose", "Egypt") in stance_keys(ex)
    # carrying banners is not
    assert run("وحمل المتظاهرون لافتات تندد بالحرب في سوريا.").statements == []
    # with the subject dropped, the state right before the responsibility is the one held responsible
    ex = run("وأدانت الحكومة الأردنية بشدة مقتل الطفل، وحملت إسرائيل المسؤولية عن هذه الجريمة البشعة.")
    assert {st.speaker.key for st in ex.statements} == {"Jordan_government"}
    assert ("Jordan", "oppose", "Israel") in stance_keys(ex)


def test_a_time_phrase_after_the_verb_is_not_the_target():
    for when in ("مطلع شهر فبراير الجاري", "في وقت سابق", "منتصف الشهر الماضي"):
        ex = run(f"ورفضت تركيا {when} تصريحات فرنسية بشأن العملية العسكرية.")
        assert ("Turkey", "oppose", "تصريحات_فرنسيه") in stance_keys(ex), when


def test_impunity_is_one_issue():
    ex = run("وقال السفير الفرنسي إن فرنسا ستبذل كل ما بوسعها للتصدي للإفلات من العقاب في المسائل الكيميائية.")
    assert ("France", "oppose", "impunity") in stance_keys(ex)


def test_in_particular_is_not_part_of_the_conjunct():
    ex = run("وقال السفير الروسي: «اتفقنا على إقامة شراكة استراتيجية تشمل التعاون الصناعي والمشاريع المشتركة "
             "والاستثمارات، وعلى وجه الخصوص الاستثمارات الروسية في تونس».")
    targets = {t for h, p, t in stance_keys(ex) if h == "Russia"}
    assert not any(t.startswith("وجه") for t in targets) and "الاستثمارات_الروسيه" in targets


def test_common_words_before_a_title_are_no_name():
    ex = run("لا يمكن توقع تداعيات قرار الرئيس الأميركي دونالد ترامب بعد انسحابه من الاتفاق النووي بشكل دقيق. "
             'وقال الرئيس الأميركي: "الحقيقة هي أنهم سيرغبون في التوصل إلى اتفاق جديد".')
    assert not any("تداعيات" in st.speaker.label_ar for st in ex.statements)


def test_an_unnamed_plural_keeps_its_adjective():
    ex = run("حيث هدد نواب محافظون الرئيس روحاني بإلغاء الاتفاق النووي إذا لم ترد حكومته على تهديدات واشنطن.")
    assert [st.speaker.label_ar for st in ex.statements] == ["نواب محافظون"]
    ex = run("وقال دبلوماسيون غربيون إن المفاوضات متعثرة.")
    assert ex.statements[0].speaker.label_ar == "دبلوماسيون غربيون"


def test_states_listed_with_commas_all_break_ties():
    ex = run("وفي 5 يونيو/حزيران من العام الماضي، قطعت السعودية، والإمارات، والبحرين، ومصر علاقاتها الدبلوماسية "
             "والتجارية مع الدوحة.")
    assert {h for h, p, t in stance_keys(ex) if p == "oppose" and t == "Qatar"} == {
        "Saudi_Arabia", "United_Arab_Emirates", "Bahrain", "Egypt"}


def test_withdrawal_past_the_apposition_of_who_withdrew():
    ex = run("ودخلت العقوبات الأمريكية على إيران حيز التنفيذ الثلاثاء، وذلك في أعقاب انسحاب الرئيس الأمريكي، "
             "دونالد ترامب، من الاتفاق النووي الإيراني في مايو الماضي.")
    assert ("United_States", "oppose", "iran_nuclear_deal") in stance_keys(ex)
    # but a comma that closes the list of actors ends the search ("…، خوفا من …")
    ex = run("وتسعى أنقرة للاتفاق مع واشنطن بعد انسحاب وحدات حماية الشعب الكردية، خوفا من تجمع الأكراد من جديد.")
    assert not any(h == "YPG" for h, _, _ in stance_keys(ex))


def test_ruling_out_is_a_verb_of_saying():
    ex = run("استبعدت الجزائر الأربعاء القبول بمشروع من تمويل الاتحاد الأوروبي لإقامة مراكز استقبال المهاجرين على أراضيها.")
    assert [st.speaker.key for st in ex.statements] == ["Algeria"]
    ex = run("ولكن مسؤولين استبعدوا أن يطلبوا من اليهود تسجيل أسمائهم.")
    assert [st.speaker.label_ar for st in ex.statements] == ["مسؤولين"]


def test_as_put_after_a_negated_verb_of_saying():
    # "لم تستبعد" says nothing itself; "على حد قولها" still gives the words to the one who spoke
    ex = run('وقالت موسكو إن الهيئة منحازة. وذلك على الرغم من معارضة روسيا التي لم تستبعد إمكانية الانسحاب '
             'من "هذه السفينة التي تغرق" على حد قولها.')
    assert [st.speaker.key for st in ex.statements] == ["Russia", "Russia"]


def test_a_medium_spoken_to_is_not_the_name_after_a_role():
    ex = run('من جهة أخرى، أكد مصدر دبلوماسي فرنسي لموقع فرانس24 أن فرنسا "لا تركض وراء إبرام عقود تجارية مع السعودية".')
    assert [st.speaker.label_ar for st in ex.statements] == ["مصدر دبلوماسي فرنسي"]


def test_excluding_someone_is_no_statement():
    ex = run("وسحبت الرياض سفيرها في برلين، ومنذ أوائل العام الجاري، استبعدت شركات الرعاية الصحية الألمانية من المناقصات العامة.")
    assert not any(st.verb == "استبعدت" for st in ex.statements)


def test_a_comma_closing_the_listed_states_before_their_object():
    ex = run("وقطعت الإمارات والسعودية ومصر والبحرين، العلاقات الدبلوماسية مع قطر في يونيو 2017.")
    assert {h for h, p, t in stance_keys(ex) if t == "Qatar"} == {"United_Arab_Emirates", "Saudi_Arabia", "Egypt", "Bahrain"}


def test_a_body_named_in_quotes_after_a_common_head_noun():
    # موقع، منظمة، شركة، مجموعة … are common nouns; before a quoted name they head the body's name
    ex = run('وذكرت منظمة "أنقذوا الأطفال" أن الأطفال كانوا عائدين إلى المدرسة.')
    assert [st.speaker.label_ar for st in ex.statements] == ["منظمة أنقذوا الأطفال"]
    ex = run('ومن شأن عدد التوقيعات أن يجبر حاكم الولاية على طلب موافقة الكونغرس، حسب ما ذكر موقع "إن بي سي نيوز".')
    assert [(st.speaker.label_ar, st.rule) for st in ex.statements] == [("موقع إن بي سي نيوز", "according-to")]
    # without a quoted name, or definite, the head names nothing
    ex = run("وقال مسؤول إن القصف طال موقع الحادث، وإن الحرب بالوكالة مستمرة.")
    assert not any(e.label_ar.startswith(("موقع", "الوكالة")) for e in ex.entities.values())


def test_according_to_what_a_body_reported_with_a_pronoun():
    # "وفق ما أفادت به الخارجية القطرية": the pronoun after the verb of saying does not hide the source
    ex = run("أودعت الدوحة دعوى لدى محكمة العدل الدولية ضد الإمارات، وفق ما أفادت به الخارجية القطرية الاثنين.")
    assert [(st.speaker.key, st.rule) for st in ex.statements] == [("Qatar_foreign_ministry", "according-to")]
    # but "حسب ما نقلت عنه وكالة سانا": the agency relays the one who spoke
    ex = run('وأوضح بوتين حسب ما نقلت عنه وكالة الأنباء السورية الرسمية "نؤكد أنه لا بد من سحب كل القوات الأجنبية".')
    assert [st.speaker.key for st in ex.statements] == ["Vladimir_Putin"]


def test_what_a_statement_says_is_its_authors_word():
    # "أصدر X بيانا جاء فيه أن": the one who issued it speaks; "العام" after a body's noun is no year
    ex = run("وأصدرت الخارجية السودانية بيانا جاء فيه أن المسلسل يكرس صورة نمطية سالبة.")
    assert [(st.speaker.key, st.claim) for st in ex.statements] == [("Sudan_foreign_ministry", "المسلسل يكرس صورة نمطية سالبة")]
    ex = run("أصدرت وزارة الأمن العام الصينية بيانا، الإثنين، أعلنت فيه أن رئيس الإنتربول السابق محتجز لديها.")
    assert [st.speaker.label_ar for st in ex.statements] == ["وزارة الأمن العام الصينية"]
    # a document whose author is not named leaves the words inside it to their own speaker
    ex = run("وثيقة سرّبها موقع ويكيليكس في عام 2013 جاء فيها أن الرئيس المصري حسني مبارك طلب من الخرطوم إنشاء قاعدة عسكرية.")
    assert [st.speaker.key for st in ex.statements] == ["Hosni_Mubarak"]


def test_a_state_may_oppose_a_group_of_its_own():
    ex = run("ويتهم النظام السوري الخوذ البيضاء بأنها أداة بيد الغرب.")
    assert ("Syria", "oppose", "White_Helmets") in stance_keys(ex)
    # but never its own state bodies
    ex = run("وانتقد معارض سوري بارز الحكومة السورية بشدة.")
    assert not any(h == "Syria" and t.startswith("Syria") for h, _, t in stance_keys(ex))


def test_a_paper_named_in_three_foreign_words():
    ex = run("صحيفة وال ستريت جورنال قالت في الافتتاحية إن الرئيس الأمريكي قليلا ما يعترف بأخطائه.")
    assert [st.speaker.label_ar for st in ex.statements] == ["صحيفة وال ستريت جورنال"]


def test_the_author_of_a_statement_issued_or_made_earlier():
    # "بيانا تعهدت خلاله": in it; the time between the subject and what it issued is an aside
    ex = run("من جانبها، أصدرت إسرائيل، أول من أمس، بيانًا صارمًا تعهدت خلاله بالاستمرار في انتقاد الاتفاق النووي مع إيران.")
    assert [st.speaker.key for st in ex.statements] == ["Israel"]
    # "تصريحات صدرت عن X … حذر فيها": remarks made by X
    ex = run("وجاء البيان استجابة لتصريحات صدرت عن وزير الخارجية الأميركي جون كيري، يوم الجمعة، حذر فيها من أن "
             "المجتمع الدولي قد يلقي اللوم على إسرائيل.")
    assert [st.speaker.key for st in ex.statements] == ["John_Kerry"]


def test_expressing_to_someone_and_highlighting_and_noting():
    ex = run("والتقى الرئيس الروسي فلاديمير بوتين نظيره الإيراني حسن روحاني على هامش القمة وعبر له عن دعمه لانضمام طهران إلى المنظمة.")
    assert [st.speaker.key for st in ex.statements] == ["Vladimir_Putin"]
    ex = run("وأبرزت روسيا رؤيتها المشتركة مع الصين لحل الأزمة في كوريا الشمالية عبر الحوار السلمي. "
             "وأبرز بوتين أن بلاده تستأثر بأكبر نسبة من الأخبار.")
    assert [st.speaker.key for st in ex.statements] == ["Russia", "Vladimir_Putin"]
    ex = run("ولاحظت الباحثة داون مورفي أنه في ظل هذا الظرف سيكون للتجارة حيز كبير.")
    assert [st.claim for st in ex.statements] == ["في ظل هذا الظرف سيكون للتجارة حيز كبير"]
    # the elative "أبرز" (most prominent) says nothing
    ex = run("ويعد عناصر الدفاع المدني أحد أبرز المصادر عن الهجوم. "
             "أعلنت كوريا الجنوبية إرسال مدير استخباراتها وأبرز مستشار أمني لديها إلى بيونغ يانغ.")
    assert [st.speaker.key for st in ex.statements] == ["South_Korea"]
    assert "وأبرز" not in ex.statements[0].verb
