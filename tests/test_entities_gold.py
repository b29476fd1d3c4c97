"""Regression guard on the shared gold (read at run time, never copied): the entity rules
alone must keep the people/city recall they have on the seeds and the Fars dev articles.
The full scores come from `newsfacts evaluate`; this test only catches a large drop."""
from __future__ import annotations

import json

from pipeline.components.entities import extract
from pipeline.text.keys import match_key
from pipeline.text.normalize import normalize_text


def _articles(shared_dir):
    arts = {p.name: p.read_text(encoding="utf-8") for p in (shared_dir / "seeds").glob("*.txt")}
    gold = [json.loads(line) for f in ("seeds.gold.jsonl", "fars-dev.gold.jsonl")
            for line in (shared_dir / "gold" / f).open(encoding="utf-8") if line.strip()]
    wanted = {g["source"] for g in gold}
    for line in (shared_dir / "corpus/fars-dev.jsonl").open(encoding="utf-8"):
        d = json.loads(line)
        if d["id"] in wanted:
            arts[d["id"]] = d["text"]
    return arts, gold


def _person_match(gold: str, pred: str) -> bool:
    g, p = match_key(gold), match_key(pred)
    return g == p or p.endswith(g) or g.endswith(p)


def test_recall_on_gold(shared_dir):
    arts, gold = _articles(shared_dir)
    people_hit = people_all = city_hit = city_all = 0
    for g in gold:
        x = extract(normalize_text(arts[g["source"]]))
        for p in g["people"]:
            people_all += 1
            people_hit += any(_person_match(p["name"], q.name) for q in x.people)
        for c in g["cities"]:
            if not c.get("optional"):
                city_all += 1
                city_hit += match_key(c["name"]) in {match_key(q.name) for q in x.cities}
        forbidden = {match_key(s) for s in g.get("must_not", [])}
        # must_not strings in boilerplate are the ingest stage's job; here only false friends
        assert not forbidden & {match_key(q.name) for q in x.people}, g["source"]
    assert people_hit / people_all >= 0.85
    assert city_hit / city_all >= 0.9
