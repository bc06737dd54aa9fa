"""Records that pass between the stages: text → sentences → mentions →
statements → stances → triples.

They are plain frozen-ish dataclasses so every stage stays a pure function of
the previous stage's output, and a test can build any of them by hand.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Document:
    """An article as read from disk, before any language processing."""

    source: str                 # file path or URL: what dcterms:source says
    key: str                    # stable identity: JSONL id, URL or file stem
    text: str                   # body text with page furniture removed
    title: str = ""
    date: str = ""              # ISO date YYYY-MM-DD of publication, if found
    dateline: str = ""          # city the story was filed from
    agency: str = ""            # news agency named in the dateline
    publisher: str = ""
    url: str = ""
    language: str = "ar"


@dataclass
class Token:
    text: str                   # as written
    norm: str                   # normal form for matching (see arabic.normalize)
    start: int                  # character offsets in the sentence text
    end: int


@dataclass
class Sentence:
    index: int
    text: str
    tokens: list[Token]


# Groups that are nodes of their own ("قادة الدول الثلاث", "قادة الولايات المتحدة وبريطانيا …",
# "كل من بريطانيا وفرنسا"); other groups ("both sides", "his country") are resolved to countries.
GROUP_NODES = ("joint3", "leaders", "listed")


@dataclass
class Entity:
    """Something that can be a node: country, person, organisation, issue.

    `key` is the stable, readable part of its IRI; equal keys are one node
    across articles and runs.
    """

    kind: str                   # Country | Person | Organisation | Issue | Group
    key: str
    label_ar: str
    label_en: str = ""
    aliases: tuple[str, ...] = ()
    country: str = ""           # key of the country it speaks for, if any
    role: str = ""
    gender: str = ""            # m | f | "" (unknown)
    wikidata: str = ""
    anonymous: bool = False     # "مسؤول أميركي": kept apart from named people
    spellings: tuple[str, ...] = ()   # other spellings this article uses for a known name ("نيبنزيا" for "نيبينزيا")
    members: tuple[str, ...] = ()     # for a group the article lists ("الرئيسان الروسي والتركي"): its countries' keys


@dataclass
class Mention:
    """A span of tokens in one sentence that refers to an entity."""

    sentence: int
    start: int                  # token index, inclusive
    end: int                    # token index, exclusive
    entity: Entity
    how: str                    # gazetteer | nisba | capital | seat | title | surname | joint | anon
    joint: tuple[Entity, ...] = ()   # for "الجانبين": the entities it stands for


@dataclass
class Statement:
    """actor – said – claim, with the evidence sentence it came from."""

    sentence: int
    speaker: Entity
    verb: str                   # the reporting verb or cue as written
    claim: str
    quote_type: str             # direct | indirect
    rule: str                   # which rule attributed the speaker
    confidence: float
    evidence: str = ""
    reported_speakers: tuple[Entity, ...] = ()   # nested speech inside the claim
    verb_index: int = 0         # token index of the reporting verb
    claim_start: int = 0        # token span of the claim in the sentence
    claim_end: int = 0


@dataclass
class Stance:
    """holder – supports/opposes – target, traced to a statement."""

    holder: Entity
    polarity: str               # support | oppose
    target: Entity
    cue: str
    sentence: int
    rule: str
    confidence: float
    statement: int | None = None     # index into Extraction.statements


@dataclass
class Extraction:
    """Everything ingest learned from one article."""

    document: Document
    sentences: list[Sentence]
    entities: dict[str, Entity] = field(default_factory=dict)   # by key
    statements: list[Statement] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)
    implied: list[Stance] = field(default_factory=list)   # equivalents: supports fighting X ⇒ opposes X
