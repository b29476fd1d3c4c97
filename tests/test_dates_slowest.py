"""benchmarks/dates_slowest.py: it times every text it is given and names the slowest, a corpus it
cannot find left out with a word. Project text only (a fars-dev of two articles written here)."""
from __future__ import annotations

import json

import pytest


@pytest.fixture(scope="module")
def slowest(benchmark):
    return benchmark("dates_slowest")


def test_every_text_is_timed_and_the_slowest_named(slowest, tmp_path, capsys):
    (tmp_path / "corpus").mkdir()
    articles = [{"id": "a1", "text": "نشست در ۵ اسفند ۱۳۹۷ برگزار شد.", "published": "1397-12-06"},
                # a scraped run of ZWNJs after a month, the kind of text that once made a rule backtrack
                {"id": "a2", "text": "اردیبهشت ماه " + "\u200c" * 300 + " اردو داره.", "published": "1397-11-27"}]
    (tmp_path / "corpus" / "fars-dev.jsonl").write_text(
        "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    assert slowest.main(["--shared", str(tmp_path), "--top", "2"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0].startswith("2 texts, ")
    assert {line.split()[-1] for line in out.splitlines()[1:]} == {"fars-dev:a1", "fars-dev:a2"}
    assert "left out" in err


def test_no_corpus_is_an_error(slowest, tmp_path, capsys):
    assert slowest.main(["--shared", str(tmp_path)]) == 2
    assert "no corpus" in capsys.readouterr().err
