"""Run settings: one frozen object, built by the CLI (or a notebook) and passed down."""
from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Settings:
    max_chars: int = 1_000_000  # longer articles are an E105 error, not a slow run
    gazetteers_dir: str | None = None  # None: the repo's gazetteers/
    workers: int = 1
    strict: bool = False  # stop at the first article error
    quiet: bool = False
    # Component order is explicit here, never decided by import side effects.
    components: tuple[str, ...] = ("newsfacts_dates", "newsfacts_entities", "newsfacts_events")

    def to_json(self) -> dict:
        d = asdict(self)
        d["components"] = list(self.components)
        return d
