"""The date benchmark's gold set: offsets into ../shared/corpus only (no article text in the
project), every span inside its sentence, every value well formed."""
from __future__ import annotations

import json
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "dates_gold.jsonl"
FIELDS = {"start", "end", "form", "gregorian", "gregorian_end", "precision", "source"}


def _gold():
    with open(GOLD, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def test_gold_holds_no_text():
    items = _gold()
    assert len(items) >= 150
    assert sum(1 for it in items if not it["dates"]) >= 40  # sentences with numbers, no date
    for it in items:
        assert set(it) == {"article_id", "start", "end", "dates"}
        for d in it["dates"]:
            assert FIELDS <= set(d) <= FIELDS | {"time"}


def test_gold_spans_are_inside_their_sentences(shared_dir):
    corpus = {}
    with open(shared_dir / "corpus" / "fars-dev.jsonl", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            corpus[rec["id"]] = rec["text"]
    for it in _gold():
        text = corpus[it["article_id"]]
        assert 0 <= it["start"] < it["end"] <= len(text)
        sentence = text[it["start"]:it["end"]]
        assert sentence.strip()
        for d in it["dates"]:
            assert 0 <= d["start"] < d["end"] <= len(sentence)
            assert sentence[d["start"]:d["end"]].strip() == sentence[d["start"]:d["end"]]
            assert d["gregorian"] <= d["gregorian_end"]
