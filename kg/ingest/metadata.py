"""Find an article's title, publication date and dateline in scraped text,
and strip the page furniture around the body.

Scraped pages start with the site's "today" line, menus and a repeated
headline, then the article's own date, then a dateline ("موسكو (وكالات)"),
the body, and a copyright footer. The rules below look for those shapes
rather than for any one site's words.
"""
from __future__ import annotations

import re
from datetime import date as Date
from functools import lru_cache

from kg.ingest.arabic import normalize
from kg.ingest.lexicon import load
from kg.records import Document

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_FOOTER = re.compile(r"(جميع الحقوق محفوظة|حقوق النشر|كل الحقوق محفوظة|©|copyright)", re.I)
_ISO = re.compile(r"(?<!\d)((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.]((?:19|20)\d\d)(?!\d)")
_COMPACT = re.compile(r"(?<!\d)((?:19|20)\d\d)(\d\d)(\d\d)(?!\d)")
_DATELINE = re.compile(r"^\s*(?P<city>[\u0600-\u06ff]+(?:\s[\u0600-\u06ff]+){0,2}(?:،\s*[\u0600-\u06ff]+(?:\s[\u0600-\u06ff]+){0,3})?)?\s*"
                       r"(?:\((?P<agency>[^)]{1,40})\)\s*[-–—:]*|(?P<dash>[-–—:]))\s*")
_AGENCY_WORDS = ("وكالات", "ا ف ب", "أ ف ب", "أ.ف.ب", "رويترز", "د.ب.أ", "أ ب", "يو بي آي", "رويترز", "أ.ف.ب", "د ب أ", "واس", "وام", "سانا", "قنا", "كونا",
                 "الأناضول", "الاتحاد", "سبوتنيك", "تاس", "إرنا", "فرانس برس", "أسوشيتد برس", "خاص", "الشرق الأوسط")


@lru_cache(maxsize=10_000)
def parse_date(text: str) -> str:
    """ISO date from an Arabic or numeric date string, or "" if none.

    Handles "13 ابريل 2017", "الخميس 13 نيسان/أبريل 2017", "2017-04-13",
    "13/04/2017" and Eastern Arabic digits."""
    t = text.translate(_DIGITS)
    iso = _numeric_date(t, ((_ISO, "ymd"), (_DMY, "dmy"), (_COMPACT, "ymd")))
    if iso:
        return iso
    months = load().months
    words = normalize(t.replace("/", " / ")).split()
    for i, w in enumerate(words):
        for span in (2, 1):
            name = " ".join(words[i:i + span])
            if name not in months:
                continue
            month = months[name]
            day = _int(words[i - 1]) if i else None
            year = next((_int(x) for x in words[i + span:i + span + 4] if _int(x) and _int(x) > 1900), None)
            if day and year:
                iso = _valid(year, month, day)
                if iso:
                    return iso
    return ""


def _int(word: str) -> int | None:
    return int(word) if word.isdigit() else None


def _valid(y: int, m: int, d: int) -> str:
    try:
        return Date(y, m, d).isoformat()
    except ValueError:
        return ""


def _is_date_line(line: str) -> bool:
    """A line that is only a date (and maybe a weekday, a time, a place)."""
    words = line.split()
    return bool(parse_date(line)) and len(words) <= 8


_READ_ALSO = re.compile(r"^\s*(?:(?:اقرأ|إقرأ|اقرا|شاهد)\s+(?:أيضاً|أيضا|ايضاً|ايضا|المزيد)\s*[:|：]?|للمزيد\s*[:|：\-–]"
                        r"|قد\s+يهمك\s*[:|：/\-–]?)\s*")


def _without_read_also(lines: list[str]) -> list[str]:
    """"اقرأ أيضا: روسيا تتهم بريطانيا …", "قد يهمك| …": a link to another story, on the same
    line or on the next one, is not part of the article."""
    out, skip = [], False
    for ln in lines:
        if skip and not _SENTENCE_END.search(ln):
            skip = False
            continue
        skip = False
        m = _READ_ALSO.match(ln)
        if m:
            skip = not ln[m.end():].strip()      # the headline is on the next line
            continue
        out.append(ln)
    return out


def _is_footer(line: str) -> bool:
    return bool(_FOOTER.search(line)) and len(line) < 200


def split_dateline(body: str) -> tuple[str, str, str]:
    """("موسكو", "وكالات", rest) when the body opens with a dateline:
    "موسكو (وكالات)" or "باريس - أ ف ب"."""
    m = _DATELINE.match(body)
    if not m:
        return "", "", body
    city = (m.group("city") or "").strip()      # "دبي، الإمارات العربية المتحدة (CNN)--", or "(CNN)--" alone
    if not city and not m.group("agency"):
        return "", "", body
    if m.group("agency"):
        return city, m.group("agency").strip(), body[m.end():]
    rest = body[m.end():]
    for agency in sorted(_AGENCY_WORDS, key=len, reverse=True):
        if rest.startswith(agency) and (len(rest) == len(agency) or not rest[len(agency)].isalnum()):
            return city, agency, rest[len(agency):].lstrip(" :-–—")
    return "", "", body


_HASHTAG = re.compile(r"#(\w+)")


def clean_text(text: str) -> str:
    """Hashtags are words: "#مجلس_الأمن" → "مجلس الأمن"."""
    return _HASHTAG.sub(lambda m: m.group(1).replace("_", " "), text)


_STORY_OPENING = re.compile(r"(قال|قالت|كشف|كشفت|أعلن|أعلنت|أكد|أكدت|ذكر|ذكرت|أفاد|أفادت|دعا|دعت|رفض|رفضت|استعرض|استعرضت"
                            r"|نفى|نفت|حذر|حذرت|أشاد|أشادت|طالب|طالبت|وصف|وصفت|اتهم|اتهمت|شدد|شددت|أوضح|أوضحت|رد|ردت)\s")
_SENTENCE_END = re.compile(r"[.!؟?\"»:”)…]\s*$")


_GOING_ON = ("كما", "لكن", "لكنّ", "بدوره", "بدورها", "أما", "إلا", "غير", "بينما", "فيما", "إذ", "ثم",
             # background notes that close a story: "يذكر أن …", "يشار إلى أن …", "تجدر الإشارة", "يأتي ذلك"
             "يذكر", "يُذكر", "يشار", "يُشار", "تجدر", "يجدر", "يأتي")


def _goes_on(paragraph: str) -> bool:
    """A paragraph that continues the story: "وقال …", "كما أشار …", "بدوره …"."""
    first = paragraph.split(maxsplit=1)[0] if paragraph.strip() else ""
    if _STORY_OPENING.match(paragraph):
        return False      # "وصف الشيخ …" opens with the verb itself, not with "و"
    return first[:1] == "و" or (first[:1] == "ف" and first != "في") or first.rstrip("،,") in _GOING_ON


def _without_subheadings(body: list[str]) -> list[str]:
    """Subheadings inside the body ("موسكو تعبر عن "خيبة أملها الشديدة""): short lines with
    no sentence punctuation, in an article whose paragraphs do end with it. They repeat
    the paragraph below them and are page furniture, not reported speech."""
    long = [ln for ln in body if len(ln.split()) > 14]
    if len(long) < 3 or sum(bool(_SENTENCE_END.search(ln)) for ln in long) < 0.8 * len(long):
        return body
    return [ln for i, ln in enumerate(body) if i == 0 or i == len(body) - 1
            or len(ln.split()) > 14 or _SENTENCE_END.search(ln) or "،" in ln or "," in ln]
    # (a comma: a sentence broken across lines, "من جهة ثانية، أعلنت روسيا أن الإصلاحات")


def _without_teasers(body: list[str]) -> list[str]:
    """Related-story teasers scraped after the article (CNN's): paragraphs
    cut off mid-sentence at a fixed length (two or more among the last six
    lines mark the block; the body ends before the first of them), or a run
    of three or more whole stories that each open with a bare verb."""
    cut = [i for i, ln in enumerate(body) if len(ln) >= 150 and not _SENTENCE_END.search(ln)
           and i >= max(len(body) - 6, len(body) // 2, 1)]
    run = 0
    while run < len(body) and len(body[-1 - run]) > 100 and not _goes_on(body[-1 - run]):
        run += 1
    rest = body[1:len(body) - run]
    news = sum(bool(_STORY_OPENING.match(p)) for p in body[len(body) - run:])
    if run >= 3 and news >= 2 and len(rest) >= 3 and sum(map(_goes_on, rest)) >= 0.6 * len(rest):
        # three or more stories at the end that open afresh ("قال وزير …", "في أحدث تطورات …"),
        # after an article whose paragraphs go on with "و": teasers that end on a full stop
        return body[:len(body) - run]
    if len(cut) < 2:
        return body
    start = cut[0]
    while start - 1 >= max(1, len(body) // 3) and len(body[start - 1]) <= 500 and _STORY_OPENING.match(body[start - 1]):
        start -= 1    # a teaser that happens to end on a full stop: it opens a new story, with no "و"
    return body[:start]


def document_from_text(text: str, source: str, key: str, title: str = "", date: str = "",
                       guess_title: bool = True) -> Document:
    """Turn scraped text into a Document: furniture out, metadata found.
    guess_title=False when the caller already knows there is no headline
    in the text (HTML, whose title comes from the markup)."""
    text = clean_text(text)
    lines = [ln.strip() for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    # cut the footer and everything after it
    for i, ln in enumerate(lines):
        if _is_footer(ln) and i > len(lines) // 2:
            lines = lines[:i]
            break
    nonempty = [(i, ln) for i, ln in enumerate(lines) if ln]
    counts: dict[str, int] = {}
    for _, ln in nonempty:
        counts[ln] = counts.get(ln, 0) + 1
    title_idx = None
    if not title and guess_title:
        # a headline repeated by the page template is the title (near the top: a related
        # story's link repeated in the middle of the page is not)
        for i, ln in nonempty[:3]:
            if counts[ln] > 1 and 3 <= len(ln.split()) <= 25 and not ln.endswith((".", ":")) and not _is_date_line(ln):
                title, title_idx = ln, i
                break
    if not title and guess_title:
        for i, ln in nonempty:
            if 3 <= len(ln.split()) <= 30 and not _is_date_line(ln) and not ln.endswith((".", ":")):
                title, title_idx = ln, i
                break
            if len(ln.split()) > 30:
                break
    start = 0
    if title_idx is not None:
        # the page template repeats the headline near the top; the body starts after the last repeat
        start = max(i for i, ln in nonempty[:15] if ln == title) + 1
    # the article's own date: the first date line after the title, else any date line
    found_date = ""
    for i, ln in nonempty:
        if i >= start and _is_date_line(ln):
            found_date = parse_date(ln)
            start = max(start, i + 1) if i - start <= 3 else start
            break
    if not found_date:
        for i, ln in nonempty:
            if _is_date_line(ln) and i < start:
                found_date = parse_date(ln)
    body_lines = _without_read_also([ln for ln in lines[start:] if ln and not _is_date_line(ln)])
    # menus and share buttons: short lines without sentence punctuation
    body_lines = [ln for ln in body_lines if len(ln.split()) >= 6 or ln.endswith((".", "»", "\"", ":", "؟"))]
    body_lines = _without_teasers(_without_subheadings(body_lines))
    if not body_lines:   # no shape found: keep the text as it came
        body_lines = [ln for ln in lines if ln and ln != title]
    dateline, agency = "", ""
    if body_lines:
        dateline, agency, first = split_dateline(body_lines[0])
        body_lines[0] = first
    return Document(source=source, key=key, text="\n".join(body_lines), title=title,
                    date=date and (parse_date(date) or date[:10]) or found_date or date_from_name(source),
                    dateline=dateline, agency=agency)


def date_from_name(source: str) -> str:
    """Archives often put the date in the file name (…-20180506.txt)."""
    name = re.split(r"[/\\]", source)[-1]
    return _numeric_date(name, ((_ISO, "ymd"), (_COMPACT, "ymd")))


def _numeric_date(text: str, patterns) -> str:
    """The first valid date written with digits, by the given (regex, field order) patterns."""
    for rx, order in patterns:
        m = rx.search(text)
        if m:
            parts = dict(zip(order, map(int, m.groups())))
            iso = _valid(parts["y"], parts["m"], parts["d"])
            if iso:
                return iso
    return ""
