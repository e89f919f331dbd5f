"""The output record: the one place its schema is written down.

Every line of ``documents.jsonl`` is a :class:`Record`. Offsets (``start``,
``end``) are Python ``str`` indices into ``Record.text``, end exclusive, so
``text[start:end] == span.text`` for every span. Fields a stage has not filled
are empty lists or nulls, never missing. ``validate`` checks a record against
the schema and the offset invariant; the tests run it on every record.
"""
from __future__ import annotations

from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, model_validator


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    start: int
    end: int
    text: str


class Meta(_Model):
    title: Optional[str] = None
    published_at: Optional[str] = None  # ISO 8601, with time where the dateline has one
    place: Optional[str] = None  # dateline place, nominative
    outlet: Optional[str] = None
    authors: list[str] = []
    source_fields: dict[str, Any] = {}  # JSONL input fields other than id/text


class Sentence(_Model):
    start: int
    end: int


class Token(Span):
    lemma: str
    pos: str  # Universal POS tag from slovnet's morphology model


class Entity(Span):
    label: Literal["PER", "LOC", "ORG"]
    normal: str  # nominative, properly cased
    entity_id: str  # groups the mentions of one entity within the document


class EntityGroup(_Model):
    id: str
    label: Literal["PER", "LOC", "ORG"]
    name: str  # canonical name: the fullest normal form
    mentions: int


class Date(Span):
    value: Optional[str]  # ISO 8601, reduced precision; intervals as start/end
    granularity: Optional[str]  # century, decade, year, quarter, month, week, day, time, ...
    anchor: Optional[str] = None  # "published_at" where resolved against it, "text" against a year the text named (того же года)
    relative: Optional[str] = None  # meaning of an unanchored relative expression, e.g. "-1 day"


class Location(Span):
    normal: str
    kind: Literal["country", "region", "city", "district", "other", "demonym"]
    country_code: Optional[str] = None  # ISO 3166-1 alpha-2
    geonames_id: Optional[int] = None
    lat: Optional[float] = None
    lon: Optional[float] = None


class Speaker(Span):
    normal: Optional[str] = None  # canonical name of the resolved entity
    entity_id: Optional[str] = None


class Quote(Span):
    type: Literal["direct", "indirect", "mixed"]
    speaker: Optional[Speaker] = None
    cue: Optional[Span] = None


class Record(_Model):
    id: str
    text: str
    sha256: str
    pipeline_version: str
    meta: Meta
    sentences: list[Sentence]
    tokens: list[Token]
    entities: list[Entity]
    entity_index: list[EntityGroup]
    dates: list[Date]
    locations: list[Location]
    quotes: list[Quote]

    @model_validator(mode="after")
    def _offsets(self) -> "Record":
        n = len(self.text)
        for s in self.sentences:
            if not 0 <= s.start < s.end <= n:
                raise ValueError(f"sentence {s.start}:{s.end} out of text of length {n}")
        for span in iter_spans(self):
            if not 0 <= span.start <= span.end <= n:
                raise ValueError(f"span {span.start}:{span.end} out of text of length {n}")
            if self.text[span.start:span.end] != span.text:
                raise ValueError(
                    f"span text {span.text!r} != text[{span.start}:{span.end}] "
                    f"{self.text[span.start:span.end]!r}"
                )
        return self


def iter_spans(record: Record):
    """Every offset-carrying span of a record, nested ones included."""
    for group in (record.tokens, record.entities, record.dates, record.locations):
        yield from group
    for quote in record.quotes:
        yield quote
        if quote.speaker is not None:
            yield quote.speaker
        if quote.cue is not None:
            yield quote.cue


def validate(record: dict) -> Record:
    """Parse a record dict, raising ``pydantic.ValidationError`` if it breaks the schema."""
    return Record.model_validate(record)


def json_schema() -> dict:
    return Record.model_json_schema()
