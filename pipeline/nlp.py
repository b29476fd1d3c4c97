"""Builds the spaCy Language: ``spacy.blank("fa")`` plus the newsfacts components in the order
the settings give. Built once per process and cached (gazetteers compile once)."""
from __future__ import annotations

import importlib
from functools import lru_cache

import spacy
from spacy.language import Language

from .components import register_extensions
from .settings import Settings

# Factory name -> module that registers it. Importing the module registers the factory with
# spaCy; the order of the pipeline is decided by Settings.components, not by these imports.
FACTORY_MODULES = {
    "newsfacts_dates": "pipeline.components.dates",
    "newsfacts_entities": "pipeline.components.entities",
    "newsfacts_events": "pipeline.components.events",
}
# Components whose config takes the gazetteer directory.
_GAZETTEER_AWARE = {"newsfacts_entities"}


def build_nlp(settings: Settings | None = None) -> Language:
    settings = settings or Settings()
    return _build(settings.components, settings.gazetteers_dir)


@lru_cache(maxsize=4)
def _build(components: tuple[str, ...], gazetteers_dir: str | None) -> Language:
    register_extensions()
    nlp = spacy.blank("fa")
    for name in components:
        if name not in FACTORY_MODULES:
            raise ValueError(f"unknown component {name!r}; known: {sorted(FACTORY_MODULES)}")
        importlib.import_module(FACTORY_MODULES[name])
        config = {"gazetteers_dir": gazetteers_dir} if name in _GAZETTEER_AWARE else {}
        nlp.add_pipe(name, config=config)
    return nlp
