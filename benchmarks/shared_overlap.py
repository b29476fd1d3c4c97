"""Runs of words that a project file shares with the article text of ../shared.

The rule is that no article text of ../shared (fars-dev, the seeds, the NER corpora's sentences)
is copied into the project: the sample corpus and every date set are written here. This script
is how that is checked, for a new date set before it is committed (``--words 8``) and for the
whole tree in the tests (``tests/test_shared_overlap.py``, 14 words).

Why a run of words and not whole sentences: a pasted sentence is usually edited a little (a
digit changed, a clause dropped), and a run survives that. Why 14 in the tests: role titles and
agency boilerplate repeat honestly up to 13 words (a director-general's full title, then "در
گفت‌وگو با خبرنگار"; "به گزارش خبرگزاری فارس و به نقل از ..."), and the blind sets'
notes quote a date phrase of the sentence they describe ("از روز ۲۴ فروردین به مدت ۸ روز").

Both sides are compared after folding Arabic to Persian letters and digits, dropping ZWNJ,
diacritics and tatweel, so a copy cannot hide behind a respelling.

    python benchmarks/shared_overlap.py                      # every tracked file, 14 words
    python benchmarks/shared_overlap.py --words 8 benchmarks/data/dates_written205.jsonl

Prints each file with a shared run (how many runs, the first few) and exits 1 when any."""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

import sample_dates_ner  # noqa: E402  (benchmarks/ is on the path for the scripts' siblings)

DEFAULT_WORDS = 14
_FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "ة": "ه", "ۀ": "ه", "أ": "ا", "إ": "ا",
                       "آ": "ا", "ؤ": "و", "ئ": "ی", "\u200c": " ", "\u0640": None,
                       **{chr(0x0660 + i): str(i) for i in range(10)},
                       **{chr(0x06F0 + i): str(i) for i in range(10)}})
# site chrome that a news page shares with every other page of its site, not article text: the
# sample corpus keeps such chrome on purpose, as a defect the ingest stage must strip
CHROME = ("ارسال دیدگاه دیدگاهتان را بنویسید نشانی ایمیل شما منتشر نخواهد شد. بخشهای موردنیاز "
          "علامتگذاری شدهاند * کلیه حقوق محفوظ است",)
_DIACRITICS = re.compile("[\u064B-\u065F\u0670]")
_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return _WORD.findall(_DIACRITICS.sub("", text.translate(_FOLD)))


_CHROME = re.compile("|".join(re.escape(" ".join(words(c))) for c in CHROME))


def runs(text: str, n: int):
    """Every run of ``n`` consecutive words, as a tuple (zip keeps this fast on large files).
    Site chrome is cut out first, and no run crosses the cut."""
    for part in _CHROME.split(" ".join(words(text))):
        w = part.split()
        yield from zip(*(w[k:] for k in range(n)))


def shared_texts(shared: Path):
    """Every article or sentence text of ../shared that the project must not copy."""
    with open(shared / "corpus" / "fars-dev.jsonl", encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)["text"]
    for seed in sorted((shared / "seeds").iterdir()):
        yield seed.read_text(encoding="utf-8")
    for corpus in sample_dates_ner.CHECKED_CORPORA:  # (no project file was ever drawn from NSURL)
        yield from sample_dates_ner.texts(shared, corpus)


def shared_runs(shared: Path, n: int) -> set[tuple[str, ...]]:
    return {run for text in shared_texts(shared) for run in runs(text, n)}


def tracked_files(root: Path = ROOT) -> list[Path]:
    """The project's text files: git's list where git runs, else every file outside the build
    and environment folders."""
    try:
        listed = subprocess.run(["git", "ls-files"], cwd=root, capture_output=True, text=True,
                                check=True).stdout.split("\n")
        return [root / p for p in listed if p]
    except (OSError, subprocess.CalledProcessError):
        skip = {".git", ".venv", "build", "__pycache__", ".pytest_cache"}
        return [p for p in root.rglob("*") if p.is_file() and not skip & set(p.parts)]


def overlaps(paths, grams: set[tuple[str, ...]], n: int) -> dict[Path, list[str]]:
    """file -> its runs of ``n`` words found in ``grams`` (binary files are passed over)."""
    found = {}
    for path in paths:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        hits = sorted({" ".join(run) for run in runs(text, n) if run in grams})
        if hits:
            found[Path(path)] = hits
    return found


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*", type=Path, help="default: every tracked file")
    ap.add_argument("--words", type=int, default=DEFAULT_WORDS)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args(argv)
    grams = shared_runs(args.shared, args.words)
    paths = args.files or tracked_files()
    found = overlaps(paths, grams, args.words)
    for path, hits in found.items():
        print(f"{path}: {len(hits)} run(s) of {args.words} words, e.g. {hits[:2]}")
    print(f"{len(found)} of {len(paths)} files share a run of {args.words} words with ../shared")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
