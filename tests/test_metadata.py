from kg.ingest.metadata import date_from_name, document_from_text, parse_date, split_dateline


def test_parse_arabic_dates():
    assert parse_date("13 ابريل 2017 10:48") == "2017-04-13"
    assert parse_date("الخميس 13 نيسان/أبريل 2017") == "2017-04-13"
    assert parse_date("5 كانون الثاني 2018") == "2018-01-05"
    assert parse_date("١٢ مايو ٢٠١٨") == "2018-05-12"
    assert parse_date("2017-04-13") == "2017-04-13"
    assert parse_date("13/04/2017") == "2017-04-13"
    assert parse_date("لا تاريخ هنا") == ""


def test_scraped_page_title_date_dateline_and_footer(fixture_copy):
    text = fixture_copy("lavrov-example.txt").read_text(encoding="utf-8")
    doc = document_from_text(text, source="x.txt", key="x")
    assert doc.title == "روسيا تجدد دعمها للأسد وواشنطن تطالب برحيله"
    assert doc.date == "2017-04-14"          # the article's date, not the page's "today" line
    assert doc.dateline == "موسكو" and doc.agency == "وكالات"
    assert doc.text.startswith("قال وزير الخارجية الروسي")
    assert "الحقوق محفوظة" not in doc.text
    assert "الصفحة الرئيسية" not in doc.text


def test_dateline_forms():
    assert split_dateline("باريس - أ ف ب أكد الرئيس")[:2] == ("باريس", "أ ف ب")
    assert split_dateline("قال الرئيس إن")[0] == ""


def test_date_from_file_name():
    assert date_from_name("/x/AL-internationalNews-1013-20180506.txt") == "2018-05-06"
    assert date_from_name("2015-07-21_0012_aawsat.txt") == "2015-07-21"


def test_hashtags_become_words():
    doc = document_from_text("عنوان المقال هنا\n\nقال #عباس في #مجلس_الأمن إن السلام ممكن.", "x", "x")
    assert "مجلس الأمن" in doc.text and "#" not in doc.text


def test_related_story_teasers_cut_mid_sentence_are_not_the_body():
    body = ["دبي، الإمارات العربية المتحدة (CNN)-- أعلنت وزارة الصحة أن عشرة أشخاص أصيبوا في القصف الذي استهدف المدينة صباح اليوم.",
            "وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن إسرائيل سترد بقوة كبيرة على الاعتداءات المتكررة، حسب قوله."]
    teasers = ["قال وزير الخارجية الأمريكي، مايك بومبيو، مرة أخرى إن الولايات المتحدة سوف تعطي الطرفين مساحة لاستكمال "
               "تحقيقهم في اختفاء الصحفي قبل مناقشة أي ردود محتملة على القضية التي شغلت العالم.",
               "كشف وزير الخارجية التركي، مولود جاويش أوغلو، أنه لم يتم تفتيش منزل القنصل في إسطنبول بناء على طلب من "
               "جانب السلطات التي قالت إن الأمر يحتاج إلى مزيد من الترتيبات مع الجانب الآخر وفقا لما نقلته وكالة",
               "كشفت ثلاثة مصادر مطلعة على القضية أن أحد المشتبه بهم في العملية التي استهدفت الصحفي هو ضابط رفيع في "
               "جهاز الاستخبارات وكان قد رافق المسؤولين في زياراتهم الخارجية خلال الأعوام الماضية وفق ما ذكرته"]
    doc = document_from_text("\n".join(["عنوان الخبر عن غزة والقصف الإسرائيلي", ""] + body + teasers), "t.txt", "t")
    assert "نتنياهو" in doc.text
    assert "بومبيو" not in doc.text and "جاويش" not in doc.text and "المشتبه" not in doc.text
    # a closing background note ("يذكر أن …") belongs to the story, not to the teasers after it
    note = ("يذكر أن الوزير كان قد اعتقل بعد أن قاطع كلمة للرئيس الأمريكي، دونالد ترامب، في مدينة ديترويت، "
            "وطالبه بقراءة الدستور أمام الحاضرين في القاعة.")
    whole = [t.rsplit(" ", 3)[0] + "." for t in teasers]      # teasers that end on a full stop
    story = body + ["وأضاف نتنياهو أن الجيش سيواصل عملياته العسكرية في القطاع حتى يتوقف إطلاق الصواريخ على البلدات."] * 2
    doc = document_from_text("\n".join(["عنوان الخبر عن غزة والقصف الإسرائيلي", ""] + story + [note] + whole), "t.txt", "t")
    assert "ديترويت" in doc.text and "بومبيو" not in doc.text


def test_read_also_links_are_not_the_article():
    doc = document_from_text("عنوان الخبر عن سوريا والغوطة\n\nقال المتحدث إن القصف مستمر على الغوطة منذ أيام طويلة.\n"
                             "اقرأ أيضا: روسيا تتهم بريطانيا بالمشاركة في فبركة الهجوم الكيميائي في سوريا\n"
                             "اقرأ أيضاً:\nأزمة كوريا الشمالية في سطور طويلة جدا هنا\n"
                             "وأضاف أن الوضع خطير جدا في المدينة المحاصرة منذ أسابيع.", "x", "x")
    assert "تتهم" not in doc.text and "أزمة كوريا" not in doc.text and "وأضاف أن الوضع" in doc.text
    doc = document_from_text("عنوان الخبر عن قمة السبع\n\nقال المتحدث إن القمة انتهت دون بيان ختامي بين الدول السبع.\n"
                             "للمزيد: ترامب في مواجهة الجميع وفرنسا تتحدث عن قمة جديدة\n"
                             "وأضاف أن الخلاف التجاري مستمر بين الحلفاء منذ أشهر.", "x", "x")
    assert "فرنسا تتحدث" not in doc.text and "الخلاف التجاري" in doc.text
    doc = document_from_text("عنوان الخبر عن قمة السبع\n\nقال المتحدث إن القمة انتهت دون بيان ختامي بين الدول السبع.\n"
                             "قد يهمك| 3 مصادر تكشف تفاصيل عن العقل المدبر للعملية\n"
                             "وأضاف أن الخلاف التجاري مستمر بين الحلفاء منذ أشهر.", "x", "x")
    assert "مصادر تكشف" not in doc.text and "الخلاف التجاري" in doc.text


def test_cnn_datelines_with_a_country_and_a_latin_agency_are_split_off():
    from kg.ingest.metadata import split_dateline
    assert split_dateline("دبي، الإمارات العربية المتحدة (CNN)-- كشف مصدر مطلع") == ("دبي، الإمارات العربية المتحدة", "CNN", "كشف مصدر مطلع")
    assert split_dateline("(CNN)— قال الوزير") == ("", "CNN", "قال الوزير")
    assert split_dateline("واشنطن: قال الرئيس") == ("", "", "واشنطن: قال الرئيس")


def test_related_story_link_repeated_in_the_middle_is_not_the_title():
    related = "مقاتلات إسرائيلية تقصف موقعا عسكريا في سوريا"
    body = ["طرح الاعتراف الإسرائيلي بتدمير المفاعل أسئلة حول توقيت هذا الاعتراف ودوافعه.",
            "وأشار بيان الجيش الإسرائيلي إلى أن ثماني طائرات مقاتلة شاركت في الغارة.",
            related,
            "وقال البيان إن المفاعل كان يوشك على الاكتمال.",
            "وكانت إسرائيل قد فرضت حينها تعتيما تاما على القصة في وسائل الإعلام.",
            related,
            "وقال تقرير لصحيفة يديعوت أحرونوت الإسرائيلية إن الأسد كان في مأزق."]
    doc = document_from_text("لماذا تعترف إسرائيل الآن بتدمير المفاعل السوري؟\n\n" + "\n".join(body), "t.txt", "t")
    assert doc.title.startswith("لماذا تعترف إسرائيل")
    assert doc.text.startswith("طرح الاعتراف الإسرائيلي")
    # repeated far down the page, it once made the reader fail (ValueError)
    many = [f"وقال مسؤول إن الجولة رقم {n} من المحادثات انتهت دون اتفاق نهائي بين الطرفين." for n in range(20)]
    doc = document_from_text("عنوان الخبر الرئيسي هنا\n\n" + "\n".join(many + [related, "نص.", related]), "u.txt", "u")
    assert doc.title == "عنوان الخبر الرئيسي هنا" and "الجولة رقم 0" in doc.text
    # a sentence repeated near the top (a scraping glitch) is not a headline
    lines = ["ترامب: الجيش الأميركي لديه أكبر إنفاق", "أكد الرئيس الأميركي التزامه بتحديث جيش بلاده والاستثمار فيه.",
             "وقال ترامب في كلمة ألقاها في قاعدة جوية إننا نقوم بأكبر عملية تعزيز عسكري منذ عهد ريغان.",
             "وقال ترامب في كلمة ألقاها في قاعدة جوية إننا نقوم بأكبر عملية تعزيز عسكري منذ عهد ريغان."]
    doc = document_from_text("\n\n".join(lines), "v.txt", "v")
    assert doc.title == lines[0] and doc.text.startswith("أكد الرئيس")


def test_subheadings_inside_the_body_are_furniture_but_a_line_broken_mid_sentence_is_not():
    para = "وقالت الخارجية الروسية في بيان إنها تشعر بخيبة أمل شديدة إثر قرار الولايات المتحدة إعادة فرض العقوبات على إيران."
    body = [para,
            "الاتحاد الأوروبي يعرب عن أسفه ويؤكد تصميمه على حماية مصالحه الاقتصادية",
            "وأبدى الاتحاد الأوروبي الاثنين أسفه لمعاودة فرض العقوبات، مؤكدا تصميمه على حماية الشركات الأوروبية العاملة في إيران.",
            "من جهة ثانية، أعلنت روسيا أن الإصلاحات المزمع إدخالها",
            "على الدستور الأوكراني تخالف خطة السلام التي أبرمت في فبراير الماضي بشأن منطقة النزاع في دونباس.",
            para.replace("الروسية", "الصينية")]
    doc = document_from_text("\n".join(["عنوان الخبر عن العقوبات على إيران", ""] + body), "t.txt", "t")
    assert "يعرب عن أسفه ويؤكد" not in doc.text
    assert "من جهة ثانية، أعلنت روسيا" in doc.text and "وأبدى الاتحاد الأوروبي" in doc.text
