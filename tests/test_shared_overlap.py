"""No project file copies article text of ../shared (benchmarks/shared_overlap.py): no tracked
file shares a run of 14 words with fars-dev, the seeds or the NER corpora, and the check finds
a pasted sentence even respelled. The folding and the chrome cut need only the project."""
from __future__ import annotations

import json

import pytest


@pytest.fixture(scope="module")
def overlap(benchmark):
    return benchmark("shared_overlap")


@pytest.fixture(scope="module")
def shared_grams(overlap, shared_dir):
    return overlap.shared_runs(shared_dir, overlap.DEFAULT_WORDS)


@pytest.mark.parametrize("a, b", [
    ("رئيس دانشگاه", "رئیس دانشگاه"),                # Arabic yeh
    ("تفاهم‌نامه ۱۴۰۳", "تفاهم نامه 1403"),          # ZWNJ, Persian digits
    ("بانك مركزي ١٤٠٢", "بانک مرکزی ۱۴۰۲"),          # Arabic kaf and Arabic-Indic digits
    ("مـــدیر کُل", "مدیر کل"),                      # tatweel, diacritic
])
def test_words_fold_spellings_together(overlap, a, b):
    assert overlap.words(a) == overlap.words(b)


@pytest.mark.parametrize("a, b", [("رئیس دانشگاه", "رئیس دانشکده"), ("۱۴۰۳", "۱۴۰۲")])
def test_words_keep_different_words_apart(overlap, a, b):
    assert overlap.words(a) != overlap.words(b)


def test_no_run_crosses_site_chrome(overlap):
    before, after = "الف ب پ ت", "ث ج چ ح"
    text = f"{before}\n\n{overlap.CHROME[0]}\n\n{after}"
    got = list(overlap.runs(text, 4))
    assert got == [tuple(before.split()), tuple(after.split())]
    assert len(list(overlap.runs(f"{before} {after}", 4))) == 5  # without chrome, runs cross


def test_no_project_file_shares_a_long_run_with_shared(overlap, shared_grams):
    found = overlap.overlaps(overlap.tracked_files(), shared_grams, overlap.DEFAULT_WORDS)
    assert not found, {str(p): hits[:2] for p, hits in found.items()}


def _article(shared_dir, index=0):
    with open(shared_dir / "corpus" / "fars-dev.jsonl", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i == index:
                return json.loads(line)["text"]


def test_a_pasted_sentence_is_found_even_respelled(overlap, shared_dir, shared_grams, tmp_path):
    # read at run time and written only under tmp_path: nothing of ../shared enters the project
    words = _article(shared_dir).split()[:40]
    pasted = " ".join(words).replace("ی", "ي").replace("ک", "ك").translate(
        str.maketrans("۰۱۲۳۴۵۶۷۸۹", "٠١٢٣٤٥٦٧٨٩"))
    (tmp_path / "pasted.txt").write_text(f"یادداشت ما\n{pasted}\n", encoding="utf-8")
    found = overlap.overlaps([tmp_path / "pasted.txt"], shared_grams, overlap.DEFAULT_WORDS)
    assert found


def test_a_sentence_edited_every_few_words_is_not_a_copy(overlap, shared_dir, shared_grams,
                                                        tmp_path):
    words = _article(shared_dir).split()[:40]
    edited = [w if i % 5 else "ویرایش" for i, w in enumerate(words)]
    (tmp_path / "edited.txt").write_text(" ".join(edited), encoding="utf-8")
    assert not overlap.overlaps([tmp_path / "edited.txt"], shared_grams, overlap.DEFAULT_WORDS)
