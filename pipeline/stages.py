"""The stage registry: each stage is a callable on a batch of Documents,
registered by name, enriching them in place (spaCy's components, batched
like ``nlp.pipe``). ``STAGES`` is the order a full run applies them in."""
from __future__ import annotations

from typing import Callable, Sequence

from .document import Document

StageFn = Callable[[Sequence[Document]], None]
REGISTRY: dict[str, StageFn] = {}

STAGES = ("segment", "syntax", "entities", "meta", "dates", "locations", "quotes")


def stage(name: str) -> Callable[[StageFn], StageFn]:
    """Register ``fn`` as the stage called ``name``."""

    def register(fn: StageFn) -> StageFn:
        REGISTRY[name] = fn
        return fn

    return register


def get(name: str) -> StageFn:
    if name not in REGISTRY:
        load_all()
    try:
        return REGISTRY[name]
    except KeyError:
        raise KeyError(f"unknown stage {name!r}; stages are: {', '.join(STAGES)}") from None


MODULES = tuple(f"pipeline.{name}" for name in ("segment", "syntax", "ner", "meta", "dates", "locations", "quotes"))


def load_all() -> None:
    """Import the stage modules (``MODULES``), which register themselves."""
    import importlib

    for module in MODULES:
        importlib.import_module(module)


def previous(name: str) -> str | None:
    i = STAGES.index(name)
    return STAGES[i - 1] if i else None
