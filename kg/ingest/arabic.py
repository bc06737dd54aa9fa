"""Arabic text handling: a normal form for matching, tokens with offsets, and
clitic stripping.

The original text is always kept for display; only matching uses the normal
form. camel-tools supplies dediacritisation, alef normalisation and the word
tokeniser (the parts that work without its downloadable data).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from camel_tools.tokenizers.word import simple_word_tokenize
from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import normalize_alef_ar, normalize_alef_maksura_ar, normalize_teh_marbuta_ar

from kg.records import Token

_TATWEEL = "\u0640"
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
_PUNCT_EDGE = re.compile(r"^[^\w]+|[^\w]+$")


@lru_cache(maxsize=500_000)
def normalize(text: str) -> str:
    """Loose normal form: NFKC, no diacritics or tatweel, one alef, ى→ي,
    ة→ه, ؤ→و, ئ→ي, Persian letters folded (پ→ب, گ→ك, چ→ج, ی→ي, ک→ك)."""
    t = unicodedata.normalize("NFKC", text)
    t = dediac_ar(t).replace(_TATWEEL, "")
    t = normalize_alef_ar(t)
    t = normalize_alef_maksura_ar(t)
    t = normalize_teh_marbuta_ar(t)
    return t.translate(_FOLD).lower()


_FOLD = str.maketrans({"ؤ": "و", "ئ": "ي", "پ": "ب", "گ": "ك", "چ": "ج", "ی": "ي", "ک": "ك",
                       "ڤ": "ف", "ٱ": "ا", "\u200f": None, "\u200e": None, "\u200c": None})


def normalize_phrase(text: str) -> str:
    """Normal form of a multi-word phrase: words joined by one space, no
    punctuation. Used for gazetteer keys and lexicon entries."""
    words = [w for w in (_PUNCT_EDGE.sub("", x) for x in normalize(text).split()) if w]
    return " ".join(words)


def written(tokens) -> str:
    """The words of a span as written, a hyphenated name kept whole ("كيم كاي-غوان")."""
    return " ".join(t.text for t in tokens).replace(" - ", "-").replace(" – ", "-")


def is_arabic(word: str) -> bool:
    return bool(_ARABIC_LETTER.search(word))


def tokenize(text: str) -> list[Token]:
    """Word tokens with character offsets into `text`.

    camel-tools splits punctuation off words; we align its tokens back to the
    text so that claims can be cut from the original, unnormalised string.
    """
    tokens: list[Token] = []
    pos = 0
    for word in simple_word_tokenize(text):
        i = text.find(word, pos)
        if i < 0:          # the tokenizer normalised something; fall back to a scan
            i = pos
        end = i + len(word)
        tokens.append(Token(word, normalize(word), i, end))
        pos = end
    return tokens


# Proclitic sequences, longest first, in normal form. "لل" is ل + ال with the
# alef dropped, so it yields "ال..." rather than a bare stem.
_PROCLITICS = ("وبال", "وكال", "وفال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل",
               "ال", "لل", "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك", "س")
_ENCLITICS = ("هما", "كما", "كم", "هم", "هن", "ها", "نا", "ه", "ي")


@lru_cache(maxsize=200_000)
def stems(word: str) -> tuple[str, ...]:
    """Candidate readings of a normalised word with its clitics removed, most
    literal first. "وللاسد" → ("وللاسد", "الاسد", "اسد", …). The caller
    decides which candidate a lexicon knows; we never need morphology data."""
    out = [word]
    for p in _PROCLITICS:
        if word.startswith(p) and len(word) - len(p) >= 2:
            rest = word[len(p):]
            if p.endswith("لل"):          # لل + X = ل + ال + X, read like بال + X
                out.append("ال" + rest)
                out.append(rest)
            elif p.endswith("ال"):
                out.append("ال" + rest)
                out.append(rest)
            else:
                out.append(rest)
    seen, uniq = set(), []
    for w in out:
        if w not in seen:
            seen.add(w)
            uniq.append(w)
    return tuple(uniq)


@lru_cache(maxsize=200_000)
def strip_suffix(word: str) -> tuple[str, ...]:
    """Readings of a word without a pronoun suffix: "عزمهما" → ("عزمهما", "عزم")."""
    out = [word]
    for s in _ENCLITICS:
        if word.endswith(s) and len(word) - len(s) >= 3:
            out.append(word[: -len(s)])
            # ة becomes ت before a suffix: "اتهامه" is fine, "رغبتها" → "رغبه"
            if word[: -len(s)].endswith("ت"):
                out.append(word[: -len(s) - 1] + "ه")
    return tuple(out)


def proclitic_of(word: str, stem: str) -> str:
    """The prefix that was removed to get `stem` from `word` ("" if none)."""
    if word.endswith(stem):
        return word[: len(word) - len(stem)]
    if stem.startswith("ال") and word.endswith(stem[2:]):
        return word[: len(word) - len(stem) + 2]
    return ""


_PREP_PRONOUN = re.compile(r"^(من|عن|في|علي|الي|مع|لدي|عند|ل|ب|منذ)(ه|ها|هم|هما|هن|نا|ي|ك|كم)$")


def is_pronoun_preposition(word: str) -> bool:
    """"فيها", "منه", "لدينا": a preposition carrying a pronoun (normal form)."""
    return bool(_PREP_PRONOUN.match(word))
