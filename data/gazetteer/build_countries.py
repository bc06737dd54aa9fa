#!/usr/bin/env python3
"""Build data/gazetteer/countries.tsv from Babel plus hand-curated overrides.

Run from anywhere with the project's virtualenv:

    .venv/bin/python data/gazetteer/build_countries.py

What it does
------------
* The list of rows is the 193 UN member states plus Palestine, the Holy See
  (Vatican), Kosovo and Taiwan (ISO codes in UN_MEMBERS / EXTRA below).
* name_en / name_ar start from Babel (``Locale('en').territories`` and
  ``Locale('ar').territories``); Arabic diacritics are stripped.
* Everything else comes from OVERRIDES, the hand-curated section below.  An
  override's ``en`` / ``ar`` replaces Babel's name; Babel's Arabic name is then
  kept as an alias when it differs from the chosen ``ar``.
* For every Arabic name, alias, nisba, capital and metonym a variant with the
  hamza'd alifs (أ إ آ) written as a bare alif (ا) is added automatically,
  because Arabic news writes both (ألمانيا / المانيا).

countries.tsv is the file the program reads.  Edit OVERRIDES here and re-run
the script rather than editing the TSV by hand, otherwise the next run
overwrites the edit.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from babel import Locale

OUT = Path(__file__).with_name("countries.tsv")
SEP = " | "
COLUMNS = ["key", "iso2", "wikidata", "name_en", "name_ar", "aliases_ar",
           "nisba_ar", "capital_ar", "metonyms_ar"]

# The 193 UN member states (ISO 3166-1 alpha-2).
UN_MEMBERS = """
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG
BF BI CV KH CM CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG
SV GQ ER EE SZ ET FJ FI FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID
IR IQ IE IL IT JM JP JO KZ KE KI KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV
ML MT MH MR MU MX FM MD MC MN ME MA MZ MM NA NR NP NL NZ NI NE NG KP MK NO OM
PK PW PA PG PY PE PH PL PT QA RO RU RW KN LC VC WS SM ST SA SN RS SC SL SG SK
SI SB SO ZA KR SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV UG UA
AE GB US UY UZ VU VE VN YE ZM ZW
""".split()
# Non-members that Arabic news treats as states.  XK (Kosovo) is a
# user-assigned code, not an official ISO one.
EXTRA = ["PS", "VA", "XK", "TW"]

# ---------------------------------------------------------------------------
# Hand-curated section.  One entry per country:
#   key       stable identifier (English short name, underscores)
#   wd        Wikidata Q-id
#   en        English name (overrides Babel)
#   ar        Arabic name most used in news (overrides Babel)
#   aliases   other Arabic spellings / official names, " | " separated
#   nisba     masculine singular nisba with the article ("الروسي"), then broken plurals ("الروس")
#   capital   capital city, spelling variants
#   metonyms  seats of power used for the government ("الكرملين")
# Leave a field out (or "") when there is nothing to say.
# ---------------------------------------------------------------------------
OVERRIDES: dict[str, dict[str, str]] = {
    "AF": dict(key="Afghanistan", wd="Q889", ar="أفغانستان",
               aliases="جمهورية أفغانستان الإسلامية", nisba="الأفغاني | الأفغان",
               capital="كابل | كابول"),
    "AL": dict(key="Albania", wd="Q222", ar="ألبانيا", aliases="جمهورية ألبانيا",
               nisba="الألباني", capital="تيرانا"),
    "DZ": dict(key="Algeria", wd="Q262", ar="الجزائر",
               aliases="الجمهورية الجزائرية | الجمهورية الجزائرية الديمقراطية الشعبية",
               nisba="الجزائري", capital="الجزائر العاصمة", metonyms="قصر المرادية"),
    "AD": dict(key="Andorra", wd="Q228", ar="أندورا", aliases="إمارة أندورا",
               nisba="الأندوري", capital="أندورا لا فيلا"),
    "AO": dict(key="Angola", wd="Q916", ar="أنغولا", aliases="أنجولا | جمهورية أنغولا",
               nisba="الأنغولي | الأنجولي", capital="لواندا"),
    "AG": dict(key="Antigua_and_Barbuda", wd="Q781", en="Antigua and Barbuda",
               ar="أنتيغوا وباربودا", aliases="أنتيجوا وباربودا", capital="سانت جونز"),
    "AR": dict(key="Argentina", wd="Q414", ar="الأرجنتين", aliases="جمهورية الأرجنتين",
               nisba="الأرجنتيني", capital="بوينس آيرس | بوينس أيرس | بوينوس آيرس"),
    "AM": dict(key="Armenia", wd="Q399", ar="أرمينيا", aliases="أرمينية | جمهورية أرمينيا",
               nisba="الأرميني", capital="يريفان"),
    "AU": dict(key="Australia", wd="Q408", ar="أستراليا",
               aliases="أوستراليا | كومنولث أستراليا", nisba="الأسترالي",
               capital="كانبرا"),
    "AT": dict(key="Austria", wd="Q40", ar="النمسا", aliases="جمهورية النمسا",
               nisba="النمساوي", capital="فيينا"),
    "AZ": dict(key="Azerbaijan", wd="Q227", ar="أذربيجان", aliases="جمهورية أذربيجان",
               nisba="الأذربيجاني | الأذري", capital="باكو"),
    "BS": dict(key="Bahamas", wd="Q778", ar="جزر البهاما",
               aliases="البهاما | جزر الباهاما | الباهاماس", capital="ناساو"),
    "BH": dict(key="Bahrain", wd="Q398", ar="البحرين", aliases="مملكة البحرين",
               nisba="البحريني", capital="المنامة"),
    "BD": dict(key="Bangladesh", wd="Q902", ar="بنغلاديش",
               aliases="بنغلادش | بنجلاديش | جمهورية بنغلاديش الشعبية",
               nisba="البنغلاديشي | البنغالي", capital="دكا | داكا"),
    "BB": dict(key="Barbados", wd="Q244", ar="بربادوس", aliases="باربادوس",
               capital="بريدجتاون"),
    "BY": dict(key="Belarus", wd="Q184", ar="بيلاروسيا",
               aliases="روسيا البيضاء | بيلاروس | جمهورية بيلاروسيا",
               nisba="البيلاروسي", capital="مينسك"),
    "BE": dict(key="Belgium", wd="Q31", ar="بلجيكا", aliases="مملكة بلجيكا",
               nisba="البلجيكي", capital="بروكسل"),
    "BZ": dict(key="Belize", wd="Q242", ar="بليز", aliases="بيليز", capital="بلموبان"),
    "BJ": dict(key="Benin", wd="Q962", ar="بنين", aliases="جمهورية بنين",
               nisba="البنيني", capital="بورتو نوفو"),
    "BT": dict(key="Bhutan", wd="Q917", ar="بوتان", aliases="بهوتان | مملكة بوتان",
               nisba="البوتاني", capital="تيمفو"),
    "BO": dict(key="Bolivia", wd="Q750", ar="بوليفيا",
               aliases="دولة بوليفيا المتعددة القوميات", nisba="البوليفي",
               capital="سوكري | لاباز | لا باز"),
    "BA": dict(key="Bosnia_and_Herzegovina", wd="Q225", en="Bosnia and Herzegovina",
               ar="البوسنة والهرسك", aliases="البوسنة | جمهورية البوسنة والهرسك",
               nisba="البوسني", capital="سراييفو | سراجيفو"),
    "BW": dict(key="Botswana", wd="Q963", ar="بوتسوانا", aliases="بتسوانا | جمهورية بوتسوانا",
               nisba="البوتسواني", capital="غابورون | جابورون"),
    "BR": dict(key="Brazil", wd="Q155", ar="البرازيل",
               aliases="جمهورية البرازيل الاتحادية", nisba="البرازيلي",
               capital="برازيليا"),
    "BN": dict(key="Brunei", wd="Q921", ar="بروناي",
               aliases="بروني | سلطنة بروناي | بروناي دار السلام",
               capital="بندر سري بكاوان | بندر سيري بيغاوان"),
    "BG": dict(key="Bulgaria", wd="Q219", ar="بلغاريا", aliases="جمهورية بلغاريا",
               nisba="البلغاري", capital="صوفيا"),
    "BF": dict(key="Burkina_Faso", wd="Q965", ar="بوركينا فاسو", aliases="بوركينافاسو",
               nisba="البوركيني | البوركينابي", capital="واغادوغو | واجادوجو"),
    "BI": dict(key="Burundi", wd="Q967", ar="بوروندي", aliases="جمهورية بوروندي",
               nisba="البوروندي", capital="بوجمبورا | جيتيغا"),
    "CV": dict(key="Cape_Verde", wd="Q1011", en="Cape Verde", ar="الرأس الأخضر",
               aliases="كاب فيردي | كابو فيردي | جمهورية الرأس الأخضر", capital="برايا"),
    "KH": dict(key="Cambodia", wd="Q424", ar="كمبوديا", aliases="مملكة كمبوديا",
               nisba="الكمبودي", capital="بنوم بنه"),
    "CM": dict(key="Cameroon", wd="Q1009", ar="الكاميرون", aliases="جمهورية الكاميرون",
               nisba="الكاميروني", capital="ياوندي"),
    "CA": dict(key="Canada", wd="Q16", ar="كندا", nisba="الكندي", capital="أوتاوا"),
    "CF": dict(key="Central_African_Republic", wd="Q929", ar="أفريقيا الوسطى",
               aliases="جمهورية أفريقيا الوسطى | جمهورية إفريقيا الوسطى | إفريقيا الوسطى",
               capital="بانغي | بانجي"),
    "TD": dict(key="Chad", wd="Q657", ar="تشاد", aliases="جمهورية تشاد",
               nisba="التشادي", capital="نجامينا | انجامينا | إنجامينا"),
    "CL": dict(key="Chile", wd="Q298", ar="تشيلي", aliases="شيلي | جمهورية تشيلي",
               nisba="التشيلي | الشيلي", capital="سانتياغو | سانتياجو"),
    "CN": dict(key="China", wd="Q148", ar="الصين",
               aliases="جمهورية الصين الشعبية | الصين الشعبية", nisba="الصيني",
               capital="بكين | بيجين | بيجينغ"),
    "CO": dict(key="Colombia", wd="Q739", ar="كولومبيا", aliases="جمهورية كولومبيا",
               nisba="الكولومبي", capital="بوغوتا | بوجوتا"),
    "KM": dict(key="Comoros", wd="Q970", ar="جزر القمر",
               aliases="جمهورية القمر المتحدة | الاتحاد القمري | جزر القمر المتحدة",
               nisba="القمري", capital="موروني"),
    "CG": dict(key="Republic_of_the_Congo", wd="Q971", en="Republic of the Congo",
               ar="الكونغو برازافيل",
               aliases="جمهورية الكونغو | الكونغو برازفيل", capital="برازافيل"),
    "CD": dict(key="Democratic_Republic_of_the_Congo", wd="Q974",
               en="Democratic Republic of the Congo", ar="الكونغو الديمقراطية",
               aliases="جمهورية الكونغو الديمقراطية | الكونغو الديموقراطية | الكونغو كينشاسا",
               nisba="الكونغولي", capital="كينشاسا"),
    "CR": dict(key="Costa_Rica", wd="Q800", ar="كوستاريكا", aliases="كوستا ريكا",
               nisba="الكوستاريكي", capital="سان خوسيه"),
    "CI": dict(key="Ivory_Coast", wd="Q1008", en="Ivory Coast", ar="ساحل العاج",
               aliases="كوت ديفوار | كوديفوار | جمهورية كوت ديفوار",
               nisba="الإيفواري", capital="ياموسوكرو | أبيدجان"),
    "HR": dict(key="Croatia", wd="Q224", ar="كرواتيا", aliases="جمهورية كرواتيا",
               nisba="الكرواتي", capital="زغرب"),
    "CU": dict(key="Cuba", wd="Q241", ar="كوبا", aliases="جمهورية كوبا",
               nisba="الكوبي", capital="هافانا"),
    "CY": dict(key="Cyprus", wd="Q229", ar="قبرص", aliases="جمهورية قبرص",
               nisba="القبرصي", capital="نيقوسيا"),
    "CZ": dict(key="Czech_Republic", wd="Q213", en="Czech Republic", ar="التشيك",
               aliases="جمهورية التشيك | تشيكيا | الجمهورية التشيكية",
               nisba="التشيكي", capital="براغ"),
    "DK": dict(key="Denmark", wd="Q35", ar="الدنمارك",
               aliases="الدانمرك | الدانمارك | الدنمرك | مملكة الدنمارك",
               nisba="الدنماركي | الدانماركي", capital="كوبنهاغن | كوبنهاجن"),
    "DJ": dict(key="Djibouti", wd="Q977", ar="جيبوتي", aliases="جمهورية جيبوتي",
               nisba="الجيبوتي", capital="مدينة جيبوتي"),
    "DM": dict(key="Dominica", wd="Q784", ar="دومينيكا", aliases="كومنولث دومينيكا",
               capital="روسو"),
    "DO": dict(key="Dominican_Republic", wd="Q786", en="Dominican Republic",
               ar="جمهورية الدومينيكان", aliases="الدومينيكان",
               nisba="الدومينيكاني", capital="سانتو دومينغو | سانتو دومينجو"),
    "EC": dict(key="Ecuador", wd="Q736", ar="الإكوادور", aliases="إكوادور | جمهورية الإكوادور",
               nisba="الإكوادوري", capital="كيتو"),
    "EG": dict(key="Egypt", wd="Q79", ar="مصر", aliases="جمهورية مصر العربية",
               nisba="المصري", capital="القاهرة", metonyms="قصر الاتحادية"),
    "SV": dict(key="El_Salvador", wd="Q792", ar="السلفادور", aliases="جمهورية السلفادور",
               nisba="السلفادوري", capital="سان سلفادور"),
    "GQ": dict(key="Equatorial_Guinea", wd="Q983", ar="غينيا الاستوائية",
               aliases="جمهورية غينيا الاستوائية", capital="مالابو"),
    "ER": dict(key="Eritrea", wd="Q986", ar="إريتريا",
               aliases="إرتريا | أريتريا | دولة إريتريا",
               nisba="الإريتري | الإرتري", capital="أسمرة | أسمرا"),
    "EE": dict(key="Estonia", wd="Q191", ar="إستونيا", aliases="جمهورية إستونيا",
               nisba="الإستوني", capital="تالين"),
    "SZ": dict(key="Eswatini", wd="Q1050", ar="إسواتيني",
               aliases="سوازيلاند | سوازيلند | مملكة إسواتيني", capital="مباباني"),
    "ET": dict(key="Ethiopia", wd="Q115", ar="إثيوبيا",
               aliases="أثيوبيا | جمهورية إثيوبيا الديمقراطية الاتحادية",
               nisba="الإثيوبي | الأثيوبي", capital="أديس أبابا"),
    "FJ": dict(key="Fiji", wd="Q712", ar="فيجي", aliases="جمهورية فيجي", capital="سوفا"),
    "FI": dict(key="Finland", wd="Q33", ar="فنلندا", aliases="جمهورية فنلندا | فنلنده",
               nisba="الفنلندي", capital="هلسنكي"),
    "FR": dict(key="France", wd="Q142", ar="فرنسا", aliases="الجمهورية الفرنسية",
               nisba="الفرنسي", capital="باريس",
               metonyms="الإليزيه | قصر الإليزيه | الكي دورسيه | الكيه دورسيه | قصر ماتينيون"),
    "GA": dict(key="Gabon", wd="Q1000", ar="الغابون", aliases="الجابون | جمهورية الغابون",
               nisba="الغابوني", capital="ليبرفيل"),
    "GM": dict(key="Gambia", wd="Q1005", ar="غامبيا", aliases="جامبيا | جمهورية غامبيا",
               nisba="الغامبي", capital="بانجول"),
    "GE": dict(key="Georgia", wd="Q230", ar="جورجيا", nisba="الجورجي", capital="تبليسي"),
    "DE": dict(key="Germany", wd="Q183", ar="ألمانيا", aliases="جمهورية ألمانيا الاتحادية",
               nisba="الألماني | الألمان", capital="برلين", metonyms="المستشارية الألمانية"),
    "GH": dict(key="Ghana", wd="Q117", ar="غانا", aliases="جمهورية غانا",
               nisba="الغاني", capital="أكرا"),
    "GR": dict(key="Greece", wd="Q41", ar="اليونان", aliases="الجمهورية اليونانية",
               nisba="اليوناني", capital="أثينا"),
    "GD": dict(key="Grenada", wd="Q769", ar="غرينادا", aliases="جرينادا",
               capital="سانت جورجز"),
    "GT": dict(key="Guatemala", wd="Q774", ar="غواتيمالا",
               aliases="جواتيمالا | جمهورية غواتيمالا", nisba="الغواتيمالي",
               capital="مدينة غواتيمالا"),
    "GN": dict(key="Guinea", wd="Q1006", ar="غينيا", aliases="غينيا كوناكري | جمهورية غينيا",
               nisba="الغيني", capital="كوناكري"),
    "GW": dict(key="Guinea-Bissau", wd="Q1007", ar="غينيا بيساو",
               aliases="جمهورية غينيا بيساو", capital="بيساو"),
    "GY": dict(key="Guyana", wd="Q734", ar="غيانا", aliases="غويانا | جويانا",
               capital="جورجتاون"),
    "HT": dict(key="Haiti", wd="Q790", ar="هايتي", aliases="جمهورية هايتي",
               nisba="الهايتي", capital="بورت أو برنس"),
    "HN": dict(key="Honduras", wd="Q783", ar="هندوراس", aliases="جمهورية هندوراس",
               nisba="الهندوراسي", capital="تيغوسيغالبا"),
    "HU": dict(key="Hungary", wd="Q28", ar="المجر", aliases="هنغاريا",
               nisba="المجري | الهنغاري", capital="بودابست"),
    "IS": dict(key="Iceland", wd="Q189", ar="آيسلندا", aliases="أيسلندا | إيسلندا",
               nisba="الآيسلندي | الأيسلندي", capital="ريكيافيك"),
    "IN": dict(key="India", wd="Q668", ar="الهند", aliases="جمهورية الهند",
               nisba="الهندي", capital="نيودلهي | نيو دلهي"),
    "ID": dict(key="Indonesia", wd="Q252", ar="إندونيسيا",
               aliases="أندونيسيا | جمهورية إندونيسيا", nisba="الإندونيسي",
               capital="جاكرتا"),
    "IR": dict(key="Iran", wd="Q794", ar="إيران",
               aliases="الجمهورية الإسلامية الإيرانية | الجمهورية الإسلامية في إيران"
                       " | جمهورية إيران الإسلامية | الجمهورية الإسلامية",
               nisba="الإيراني", capital="طهران"),
    "IQ": dict(key="Iraq", wd="Q796", ar="العراق", aliases="جمهورية العراق",
               nisba="العراقي", capital="بغداد"),
    "IE": dict(key="Ireland", wd="Q27", ar="أيرلندا", aliases="إيرلندا | جمهورية أيرلندا",
               nisba="الأيرلندي | الإيرلندي", capital="دبلن"),
    # capital: the city Arabic news uses for the Israeli government; القدس is
    # listed under Palestine.
    "IL": dict(key="Israel", wd="Q801", ar="إسرائيل",
               aliases="دولة إسرائيل | الكيان الصهيوني | الكيان الإسرائيلي | دولة الاحتلال"
                       " | الدولة العبرية",
               nisba="الإسرائيلي", capital="تل أبيب", metonyms="الكنيست"),
    "IT": dict(key="Italy", wd="Q38", ar="إيطاليا", aliases="الجمهورية الإيطالية",
               nisba="الإيطالي", capital="روما"),
    "JM": dict(key="Jamaica", wd="Q766", ar="جامايكا", nisba="الجامايكي",
               capital="كينغستون"),
    "JP": dict(key="Japan", wd="Q17", ar="اليابان", nisba="الياباني", capital="طوكيو"),
    # capital left empty on purpose: Amman (عمان) is spelt exactly like Oman
    # (عمان) once the shadda/damma are dropped.
    "JO": dict(key="Jordan", wd="Q810", ar="الأردن",
               aliases="المملكة الأردنية الهاشمية | المملكة الأردنية",
               nisba="الأردني", metonyms="الديوان الملكي الهاشمي"),
    "KZ": dict(key="Kazakhstan", wd="Q232", ar="كازاخستان",
               aliases="قازاقستان | جمهورية كازاخستان",
               nisba="الكازاخستاني | الكازاخي", capital="أستانا | آستانة | نور سلطان"),
    "KE": dict(key="Kenya", wd="Q114", ar="كينيا", aliases="جمهورية كينيا",
               nisba="الكيني", capital="نيروبي"),
    "KI": dict(key="Kiribati", wd="Q710", ar="كيريباتي", aliases="كيريباس",
               capital="تاراوا"),
    "KW": dict(key="Kuwait", wd="Q817", ar="الكويت", aliases="دولة الكويت",
               nisba="الكويتي", capital="مدينة الكويت"),
    "KG": dict(key="Kyrgyzstan", wd="Q813", ar="قيرغيزستان",
               aliases="قرغيزستان | قيرغيزيا | قرغيزيا",
               nisba="القرغيزي | القيرغيزي", capital="بيشكيك"),
    "LA": dict(key="Laos", wd="Q819", ar="لاوس",
               aliases="جمهورية لاو الديمقراطية الشعبية", nisba="اللاوسي",
               capital="فيينتيان"),
    "LV": dict(key="Latvia", wd="Q211", ar="لاتفيا", aliases="جمهورية لاتفيا",
               nisba="اللاتفي", capital="ريغا"),
    "LB": dict(key="Lebanon", wd="Q822", ar="لبنان", aliases="الجمهورية اللبنانية",
               nisba="اللبناني", capital="بيروت",
               metonyms="قصر بعبدا | بعبدا | السراي الحكومي | السراي الكبير | السراي"
                        " | عين التينة"),
    "LS": dict(key="Lesotho", wd="Q1013", ar="ليسوتو", aliases="مملكة ليسوتو",
               capital="ماسيرو"),
    "LR": dict(key="Liberia", wd="Q1014", ar="ليبيريا", aliases="جمهورية ليبيريا",
               nisba="الليبيري", capital="مونروفيا"),
    "LY": dict(key="Libya", wd="Q1016", ar="ليبيا", aliases="دولة ليبيا",
               nisba="الليبي", capital="طرابلس | طرابلس الغرب"),
    "LI": dict(key="Liechtenstein", wd="Q347", ar="ليختنشتاين",
               aliases="ليشتنشتاين | إمارة ليختنشتاين", capital="فادوتس"),
    "LT": dict(key="Lithuania", wd="Q37", ar="ليتوانيا", aliases="جمهورية ليتوانيا",
               nisba="الليتواني", capital="فيلنيوس"),
    "LU": dict(key="Luxembourg", wd="Q32", ar="لوكسمبورغ",
               aliases="لوكسمبورج | دوقية لوكسمبورغ الكبرى", nisba="اللوكسمبورغي"),
    "MG": dict(key="Madagascar", wd="Q1019", ar="مدغشقر", aliases="جمهورية مدغشقر",
               nisba="الملغاشي", capital="أنتاناناريفو"),
    "MW": dict(key="Malawi", wd="Q1020", ar="ملاوي", aliases="مالاوي",
               nisba="الملاوي", capital="ليلونغوي"),
    "MY": dict(key="Malaysia", wd="Q833", ar="ماليزيا", nisba="الماليزي",
               capital="كوالالمبور | كوالا لمبور"),
    "MV": dict(key="Maldives", wd="Q826", ar="جزر المالديف",
               aliases="المالديف | جمهورية المالديف", nisba="المالديفي",
               capital="ماليه"),
    # nisba left empty on purpose: المالي also means "financial" and its
    # feminine المالية is "finance" (وزارة المالية).
    "ML": dict(key="Mali", wd="Q912", ar="مالي", aliases="جمهورية مالي",
               capital="باماكو"),
    "MT": dict(key="Malta", wd="Q233", ar="مالطا", aliases="جمهورية مالطا",
               nisba="المالطي", capital="فاليتا"),
    "MH": dict(key="Marshall_Islands", wd="Q709", ar="جزر مارشال",
               aliases="جمهورية جزر مارشال", capital="ماجورو"),
    "MR": dict(key="Mauritania", wd="Q1025", ar="موريتانيا",
               aliases="الجمهورية الإسلامية الموريتانية", nisba="الموريتاني",
               capital="نواكشوط"),
    "MU": dict(key="Mauritius", wd="Q1027", ar="موريشيوس", aliases="جمهورية موريشيوس",
               capital="بورت لويس"),
    "MX": dict(key="Mexico", wd="Q96", ar="المكسيك",
               aliases="الولايات المتحدة المكسيكية", nisba="المكسيكي",
               capital="مكسيكو سيتي | مدينة مكسيكو | مكسيكو"),
    "FM": dict(key="Micronesia", wd="Q702", ar="ميكرونيزيا",
               aliases="ميكرونيسيا | ولايات ميكرونيسيا المتحدة", capital="باليكير"),
    "MD": dict(key="Moldova", wd="Q217", ar="مولدوفا", aliases="مولدافيا | جمهورية مولدوفا",
               nisba="المولدوفي", capital="كيشيناو"),
    "MC": dict(key="Monaco", wd="Q235", ar="موناكو", aliases="إمارة موناكو"),
    "MN": dict(key="Mongolia", wd="Q711", ar="منغوليا", aliases="مونغوليا",
               nisba="المنغولي", capital="أولان باتور | أولانباتار"),
    "ME": dict(key="Montenegro", wd="Q236", ar="الجبل الأسود",
               aliases="مونتينيغرو | مونتنيغرو", capital="بودغوريتسا"),
    "MA": dict(key="Morocco", wd="Q1028", ar="المغرب", aliases="المملكة المغربية",
               nisba="المغربي", capital="الرباط"),
    "MZ": dict(key="Mozambique", wd="Q1029", ar="موزمبيق", aliases="جمهورية موزمبيق",
               nisba="الموزمبيقي", capital="مابوتو"),
    "MM": dict(key="Myanmar", wd="Q836", en="Myanmar", ar="ميانمار",
               aliases="بورما | جمهورية اتحاد ميانمار",
               nisba="الميانماري | البورمي", capital="نايبيداو | نايبيدو"),
    "NA": dict(key="Namibia", wd="Q1030", ar="ناميبيا", aliases="جمهورية ناميبيا",
               nisba="الناميبي", capital="ويندهوك"),
    "NR": dict(key="Nauru", wd="Q697", ar="ناورو", aliases="جمهورية ناورو",
               capital="يارين"),
    "NP": dict(key="Nepal", wd="Q837", ar="نيبال", nisba="النيبالي", capital="كاتماندو"),
    "NL": dict(key="Netherlands", wd="Q55", ar="هولندا",
               aliases="مملكة هولندا | مملكة الأراضي المنخفضة | الأراضي المنخفضة",
               nisba="الهولندي", capital="أمستردام"),
    "NZ": dict(key="New_Zealand", wd="Q664", ar="نيوزيلندا",
               aliases="نيوزيلاندا | نيوزلندا", nisba="النيوزيلندي | النيوزلندي",
               capital="ويلينغتون | ولينغتون"),
    "NI": dict(key="Nicaragua", wd="Q811", ar="نيكاراغوا",
               aliases="نيكاراجوا | جمهورية نيكاراغوا", nisba="النيكاراغوي",
               capital="ماناغوا"),
    "NE": dict(key="Niger", wd="Q1032", ar="النيجر", aliases="جمهورية النيجر",
               nisba="النيجري", capital="نيامي"),
    "NG": dict(key="Nigeria", wd="Q1033", ar="نيجيريا",
               aliases="جمهورية نيجيريا الاتحادية", nisba="النيجيري", capital="أبوجا"),
    "KP": dict(key="North_Korea", wd="Q423", ar="كوريا الشمالية",
               aliases="كوريا الديمقراطية | كوريا الديموقراطية"
                       " | جمهورية كوريا الديمقراطية الشعبية",
               nisba="الكوري الشمالي",
               capital="بيونغ يانغ | بيونغيانغ | بيونج يانج"),
    "MK": dict(key="North_Macedonia", wd="Q221", ar="مقدونيا الشمالية",
               aliases="مقدونيا | جمهورية مقدونيا | جمهورية مقدونيا الشمالية",
               nisba="المقدوني", capital="سكوبيي | سكوبيا"),
    "NO": dict(key="Norway", wd="Q20", ar="النرويج", aliases="مملكة النرويج",
               nisba="النرويجي", capital="أوسلو"),
    "OM": dict(key="Oman", wd="Q842", ar="عمان", aliases="سلطنة عمان",
               nisba="العماني", capital="مسقط"),
    "PK": dict(key="Pakistan", wd="Q843", ar="باكستان",
               aliases="جمهورية باكستان الإسلامية", nisba="الباكستاني",
               capital="إسلام آباد | إسلام أباد"),
    "PW": dict(key="Palau", wd="Q695", ar="بالاو", aliases="جمهورية بالاو",
               capital="نغيرولمود"),
    "PA": dict(key="Panama", wd="Q804", ar="بنما", aliases="باناما | جمهورية بنما",
               nisba="البنمي", capital="مدينة بنما"),
    "PG": dict(key="Papua_New_Guinea", wd="Q691", ar="بابوا غينيا الجديدة",
               capital="بورت مورسبي"),
    "PY": dict(key="Paraguay", wd="Q733", ar="باراغواي", aliases="باراجواي | الباراغواي",
               nisba="الباراغوياني", capital="أسونسيون"),
    "PE": dict(key="Peru", wd="Q419", ar="بيرو", aliases="البيرو | جمهورية بيرو",
               nisba="البيروفي", capital="ليما"),
    "PH": dict(key="Philippines", wd="Q928", ar="الفلبين", aliases="جمهورية الفلبين | الفليبين | الفيليبين",
               nisba="الفلبيني | الفليبيني | الفيليبيني", capital="مانيلا"),
    "PL": dict(key="Poland", wd="Q36", ar="بولندا", aliases="بولونيا | جمهورية بولندا",
               nisba="البولندي", capital="وارسو"),
    "PT": dict(key="Portugal", wd="Q45", ar="البرتغال", aliases="جمهورية البرتغال",
               nisba="البرتغالي", capital="لشبونة"),
    "QA": dict(key="Qatar", wd="Q846", ar="قطر", aliases="دولة قطر",
               nisba="القطري", capital="الدوحة"),
    "RO": dict(key="Romania", wd="Q218", ar="رومانيا", nisba="الروماني",
               capital="بوخارست"),
    "RU": dict(key="Russia", wd="Q159", ar="روسيا",
               aliases="روسيا الاتحادية | الاتحاد الروسي", nisba="الروسي | الروس",
               capital="موسكو", metonyms="الكرملين"),
    "RW": dict(key="Rwanda", wd="Q1037", ar="رواندا", aliases="جمهورية رواندا",
               nisba="الرواندي", capital="كيغالي"),
    "KN": dict(key="Saint_Kitts_and_Nevis", wd="Q763", en="Saint Kitts and Nevis",
               ar="سانت كيتس ونيفيس", capital="باستير"),
    "LC": dict(key="Saint_Lucia", wd="Q760", en="Saint Lucia", ar="سانت لوسيا",
               capital="كاستريس"),
    "VC": dict(key="Saint_Vincent_and_the_Grenadines", wd="Q757",
               en="Saint Vincent and the Grenadines", ar="سانت فنسنت والغرينادين",
               capital="كينغستاون"),
    "WS": dict(key="Samoa", wd="Q683", ar="ساموا", aliases="دولة ساموا المستقلة",
               capital="آبيا"),
    "SM": dict(key="San_Marino", wd="Q238", ar="سان مارينو", aliases="جمهورية سان مارينو"),
    "ST": dict(key="Sao_Tome_and_Principe", wd="Q1039", en="São Tomé and Príncipe",
               ar="ساو تومي وبرينسيب", capital="ساو تومي"),
    "SA": dict(key="Saudi_Arabia", wd="Q851", ar="السعودية",
               aliases="المملكة العربية السعودية | المملكة السعودية",
               nisba="السعودي", capital="الرياض"),
    "SN": dict(key="Senegal", wd="Q1041", ar="السنغال", aliases="جمهورية السنغال",
               nisba="السنغالي", capital="داكار"),
    "RS": dict(key="Serbia", wd="Q403", ar="صربيا", aliases="جمهورية صربيا",
               nisba="الصربي", capital="بلغراد"),
    "SC": dict(key="Seychelles", wd="Q1042", ar="سيشل", aliases="جزر سيشل | سيشيل",
               capital="فيكتوريا"),
    "SL": dict(key="Sierra_Leone", wd="Q1044", ar="سيراليون", aliases="سيرا ليون",
               nisba="السيراليوني", capital="فريتاون"),
    "SG": dict(key="Singapore", wd="Q334", ar="سنغافورة", aliases="جمهورية سنغافورة",
               nisba="السنغافوري"),
    "SK": dict(key="Slovakia", wd="Q214", ar="سلوفاكيا", nisba="السلوفاكي",
               capital="براتيسلافا"),
    "SI": dict(key="Slovenia", wd="Q215", ar="سلوفينيا", nisba="السلوفيني",
               capital="ليوبليانا"),
    "SB": dict(key="Solomon_Islands", wd="Q685", ar="جزر سليمان", aliases="جزر سولومون",
               capital="هونيارا"),
    "SO": dict(key="Somalia", wd="Q1045", ar="الصومال",
               aliases="جمهورية الصومال | جمهورية الصومال الفيدرالية",
               nisba="الصومالي", capital="مقديشو"),
    "ZA": dict(key="South_Africa", wd="Q258", ar="جنوب أفريقيا",
               aliases="جنوب إفريقيا | جمهورية جنوب أفريقيا | جمهورية جنوب إفريقيا",
               nisba="الجنوب أفريقي | الجنوب إفريقي", capital="بريتوريا | كيب تاون"),
    "KR": dict(key="South_Korea", wd="Q884", ar="كوريا الجنوبية", aliases="جمهورية كوريا",
               nisba="الكوري الجنوبي", capital="سيول | سول", metonyms="البيت الأزرق"),
    "SS": dict(key="South_Sudan", wd="Q958", ar="جنوب السودان",
               aliases="جمهورية جنوب السودان | دولة جنوب السودان",
               nisba="الجنوب سوداني", capital="جوبا"),
    "ES": dict(key="Spain", wd="Q29", ar="إسبانيا", aliases="أسبانيا | مملكة إسبانيا",
               nisba="الإسباني | الأسباني", capital="مدريد"),
    "LK": dict(key="Sri_Lanka", wd="Q854", ar="سريلانكا", aliases="سري لانكا",
               nisba="السريلانكي", capital="كولومبو | سري جاياواردنابورا كوتي"),
    "SD": dict(key="Sudan", wd="Q1049", ar="السودان", aliases="جمهورية السودان",
               nisba="السوداني", capital="الخرطوم"),
    "SR": dict(key="Suriname", wd="Q730", ar="سورينام", aliases="جمهورية سورينام",
               capital="باراماريبو"),
    "SE": dict(key="Sweden", wd="Q34", ar="السويد", aliases="مملكة السويد",
               nisba="السويدي", capital="ستوكهولم"),
    "CH": dict(key="Switzerland", wd="Q39", ar="سويسرا", aliases="الاتحاد السويسري",
               nisba="السويسري", capital="برن"),
    "SY": dict(key="Syria", wd="Q858", ar="سوريا",
               aliases="سورية | الجمهورية العربية السورية", nisba="السوري",
               capital="دمشق"),
    "TJ": dict(key="Tajikistan", wd="Q863", ar="طاجيكستان", aliases="جمهورية طاجيكستان",
               nisba="الطاجيكي | الطاجيكستاني", capital="دوشنبه"),
    "TZ": dict(key="Tanzania", wd="Q924", ar="تنزانيا", aliases="جمهورية تنزانيا المتحدة",
               nisba="التنزاني", capital="دودوما"),
    "TH": dict(key="Thailand", wd="Q869", ar="تايلاند", aliases="تايلند | مملكة تايلاند",
               nisba="التايلاندي | التايلندي", capital="بانكوك"),
    "TL": dict(key="East_Timor", wd="Q574", en="East Timor", ar="تيمور الشرقية",
               aliases="تيمور ليشتي", nisba="التيموري", capital="ديلي"),
    "TG": dict(key="Togo", wd="Q945", ar="توغو", aliases="توجو | جمهورية توغو",
               nisba="التوغولي", capital="لومي"),
    "TO": dict(key="Tonga", wd="Q678", ar="تونغا", aliases="تونجا | مملكة تونغا",
               capital="نوكوالوفا"),
    "TT": dict(key="Trinidad_and_Tobago", wd="Q754", en="Trinidad and Tobago",
               ar="ترينيداد وتوباغو", aliases="ترينيداد وتوباجو",
               capital="بورت أوف سبين"),
    "TN": dict(key="Tunisia", wd="Q948", ar="تونس", aliases="الجمهورية التونسية",
               nisba="التونسي", capital="تونس العاصمة", metonyms="قصر قرطاج | قرطاج"),
    "TR": dict(key="Turkey", wd="Q43", en="Turkey", ar="تركيا",
               aliases="تركية | الجمهورية التركية | جمهورية تركيا",
               nisba="التركي | الأتراك", capital="أنقرة"),
    # التركماني is left out of the nisba: it usually means the Turkmen of
    # Iraq and Syria, not Turkmenistan.
    "TM": dict(key="Turkmenistan", wd="Q874", ar="تركمانستان",
               aliases="جمهورية تركمانستان", nisba="التركمانستاني",
               capital="عشق آباد | عشق أباد"),
    "TV": dict(key="Tuvalu", wd="Q672", ar="توفالو", capital="فونافوتي"),
    "UG": dict(key="Uganda", wd="Q1036", ar="أوغندا", aliases="جمهورية أوغندا",
               nisba="الأوغندي", capital="كمبالا"),
    # كيف (a common spelling of Kyiv) is also the word "how": left out.
    "UA": dict(key="Ukraine", wd="Q212", ar="أوكرانيا", nisba="الأوكراني",
               capital="كييف"),
    "AE": dict(key="United_Arab_Emirates", wd="Q878", ar="الإمارات",
               aliases="الإمارات العربية المتحدة | دولة الإمارات"
                       " | دولة الإمارات العربية المتحدة",
               nisba="الإماراتي", capital="أبوظبي | أبو ظبي"),
    "GB": dict(key="United_Kingdom", wd="Q145", ar="بريطانيا",
               aliases="المملكة المتحدة | بريطانيا العظمى"
                       " | المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية",
               nisba="البريطاني | الإنجليز", capital="لندن",
               metonyms="داونينغ ستريت | داوننغ ستريت | داونينج ستريت"),
    "US": dict(key="United_States", wd="Q30", ar="الولايات المتحدة",
               aliases="الولايات المتحدة الأمريكية | الولايات المتحدة الأميركية"
                       " | أمريكا | أميركا",
               nisba="الأميركي | الأمريكي | الأمريكان | الأميركان", capital="واشنطن",
               metonyms="البيت الأبيض | البنتاغون | البنتاجون"),
    "UY": dict(key="Uruguay", wd="Q77", ar="الأوروغواي",
               aliases="أوروغواي | أورغواي | الأورغواي | أوروجواي",
               nisba="الأوروغوياني", capital="مونتيفيديو"),
    "UZ": dict(key="Uzbekistan", wd="Q265", ar="أوزبكستان", aliases="جمهورية أوزبكستان",
               nisba="الأوزبكي | الأوزبكستاني", capital="طشقند"),
    "VU": dict(key="Vanuatu", wd="Q686", ar="فانواتو", capital="بورت فيلا"),
    "VE": dict(key="Venezuela", wd="Q717", ar="فنزويلا",
               aliases="جمهورية فنزويلا البوليفارية", nisba="الفنزويلي",
               capital="كاراكاس"),
    "VN": dict(key="Vietnam", wd="Q881", ar="فيتنام",
               aliases="فييتنام | جمهورية فيتنام الاشتراكية", nisba="الفيتنامي",
               capital="هانوي"),
    # Aden has been the seat of the internationally recognised government
    # since 2015; Sanaa is held by the Houthis.
    "YE": dict(key="Yemen", wd="Q805", ar="اليمن", aliases="الجمهورية اليمنية",
               nisba="اليمني", capital="صنعاء | عدن"),
    "ZM": dict(key="Zambia", wd="Q953", ar="زامبيا", aliases="جمهورية زامبيا",
               nisba="الزامبي", capital="لوساكا"),
    "ZW": dict(key="Zimbabwe", wd="Q954", ar="زيمبابوي", aliases="جمهورية زيمبابوي",
               nisba="الزيمبابوي", capital="هراري"),
    # ----- non-members -----
    "PS": dict(key="Palestine", wd="Q219060", en="Palestine", ar="فلسطين",
               aliases="دولة فلسطين | الأراضي الفلسطينية | الأراضي الفلسطينية المحتلة",
               nisba="الفلسطيني", capital="القدس | القدس الشرقية | رام الله"),
    "VA": dict(key="Vatican_City", wd="Q237", en="Vatican City (Holy See)",
               ar="الفاتيكان",
               aliases="دولة الفاتيكان | مدينة الفاتيكان | الكرسي الرسولي | الكرسي البابوي",
               nisba="الفاتيكاني"),
    "XK": dict(key="Kosovo", wd="Q1246", ar="كوسوفو", aliases="كوسوفا | جمهورية كوسوفو",
               nisba="الكوسوفي", capital="بريشتينا"),
    "TW": dict(key="Taiwan", wd="Q865", ar="تايوان", aliases="جمهورية الصين",
               nisba="التايواني", capital="تايبيه | تايبي"),
}

# --------------------------------------------------------------------------
TASHKEEL = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
HAMZA_ALIF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا"})


def clean(text: str) -> str:
    """Drop diacritics/tatweel and squeeze whitespace."""
    return " ".join(TASHKEEL.sub("", text).split())


def split(cell: str | None) -> list[str]:
    return [clean(x) for x in (cell or "").split("|") if clean(x)]


def with_variants(values: list[str]) -> list[str]:
    """Each value followed by its bare-alif spelling, duplicates removed."""
    out: list[str] = []
    for value in values:
        for v in (value, value.translate(HAMZA_ALIF)):
            if v not in out:
                out.append(v)
    return out


def babel_ar_forms(name: str) -> list[str]:
    """Babel writes e.g. 'ميانمار (بورما)' or 'الكونغو - برازافيل'."""
    name = clean(name)
    forms = [name]
    m = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    if m:
        forms = [m.group(1).strip(), m.group(2).strip()]
    extra = [f.replace(" - ", " ") for f in forms if " - " in f]
    return forms + extra


def build_rows() -> list[list[str]]:
    ar_names = Locale("ar").territories
    en_names = Locale("en").territories
    rows = []
    for iso in UN_MEMBERS + EXTRA:
        o = OVERRIDES.get(iso)
        if o is None:
            sys.exit(f"no override entry for {iso}")
        name_en = o.get("en") or en_names[iso]
        name_ar = clean(o.get("ar") or ar_names[iso])
        aliases = split(o.get("aliases"))
        for form in babel_ar_forms(ar_names[iso]):
            if form not in aliases:
                aliases.append(form)
        aliases = [a for a in with_variants([name_ar] + aliases) if a != name_ar]
        rows.append([
            o["key"], iso, o.get("wd", ""), name_en, name_ar,
            SEP.join(aliases),
            SEP.join(with_variants(split(o.get("nisba")))),
            SEP.join(with_variants(split(o.get("capital")))),
            SEP.join(with_variants(split(o.get("metonyms")))),
        ])
    return rows


HEADER_COMMENT = """\
# countries.tsv - countries and how Arabic news names them.
# GENERATED by build_countries.py (Babel + the hand-curated OVERRIDES in that
# script).  To change a row, edit OVERRIDES there and re-run the script.
# Columns (tab-separated; several values in one cell are separated by " | "):
#   key          stable English identifier
#   iso2         ISO 3166-1 alpha-2 (XK = Kosovo, user-assigned)
#   wikidata     Wikidata Q-id
#   name_en      English name
#   name_ar      the name most used in Arabic news
#   aliases_ar   other Arabic spellings and official names (no capitals here)
#   nisba_ar     masculine singular nisba with the article, as after a title
#                ("وزير الخارجية الروسي"), first; then any broken plural ("الروس");
#                feminine and sound plural forms are derived by the program
#   capital_ar   the capital (used as a metonym: "قالت موسكو")
#   metonyms_ar  seats of power that stand for the government (الكرملين)
# Arabic is written without diacritics.  Deliberate gaps: Jordan has no capital
# (عمان = Oman), Mali has no nisba (المالي = "financial").
"""


def main() -> None:
    rows = build_rows()
    for row in rows:
        for cell in row:
            if "\t" in cell or "\n" in cell:
                sys.exit(f"bad cell in {row[0]}: {cell!r}")
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(HEADER_COMMENT)
        fh.write("\t".join(COLUMNS) + "\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
