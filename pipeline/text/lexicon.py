"""Word statistics for ZWNJ repair, built once per process from hazm's data files.

hazm ships ``words.dat`` (word, corpus frequency, tags; 13k entries are written with ZWNJ)
and ``verbs.dat`` (past#present stems). We read them directly (no hazm import: building
hazm's Lemmatizer takes seconds) and derive:

- ``freq``: word -> frequency for every lexicon entry and generated verb form (ZWNJ kept);
- ``glued``: ZWNJ-free spelling -> best ZWNJ spelling (the one with the higher frequency);
- ``verb_rest``: what may follow می/نمی in a verb (stem + personal ending);
- ``participles``: past participles (کرده، نکرده) so that شده‌اند, نبرده‌ایم are recognised.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .chars import CHAR_TABLE, ZWNJ

# Personal endings after a present or past stem; the ی-forms cover vowel-final stems
# (می‌گوید، می‌آیند) and the empty ending covers the impersonal می‌توان.
_ENDINGS = ("", "م", "ی", "د", "یم", "ید", "ند", "یی", "ییم", "یید", "یند")
# Frequency given to a generated verb form that the word list does not have: above the 0 of
# the glued misspellings the list contains (میشود), below any attested word (میدان).
_GENERATED = 1


@dataclass(frozen=True)
class Lexicon:
    freq: dict[str, int]
    glued: dict[str, str]
    verb_rest: frozenset[str]
    participles: frozenset[str]

    def known(self, word: str) -> bool:
        return word in self.freq


def _data_dir() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("hazm")
    if spec is None or spec.origin is None:  # pragma: no cover - hazm is a dependency
        raise RuntimeError("hazm is not installed; ZWNJ repair needs its words.dat")
    return Path(spec.origin).parent / "data"


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The process-wide lexicon (about 0.5 s to build; cached)."""
    data = _data_dir()
    freq: dict[str, int] = {}
    with open(data / "words.dat", encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2 or not parts[0]:
                continue
            word = parts[0].translate(CHAR_TABLE)
            try:
                f = int(parts[1])
            except ValueError:
                f = 0
            freq[word] = max(f, freq.get(word, 0))

    past: set[str] = set()
    present: set[str] = set()
    with open(data / "verbs.dat", encoding="utf-8") as fh:
        for line in fh:
            a, _, b = line.strip().partition("#")
            if a and " " not in a:
                past.add(a)
            if b and " " not in b:
                present.add(b)
    rest = {s + e for s in past | present for e in _ENDINGS}
    # The glide before an ending is also written with hamza: گوئیم for گوییم.
    rest |= {r[: r.rindex("یی")] + "ئی" + r[r.rindex("یی") + 2:] for r in rest if "یی" in r}
    # Stems that start with آ take a glide in the prefixed form: می‌آید but also میاید in
    # informal text; only the standard form is generated.
    parts_ = {p + "ه" for p in past} | {"ن" + p + "ه" for p in past}
    for form in ({"می" + ZWNJ + r for r in rest} | {"نمی" + ZWNJ + r for r in rest} | parts_):
        freq.setdefault(form, _GENERATED)
    for p in parts_:
        for cop in ("ام", "ای", "ایم", "اید", "اند"):
            freq.setdefault(p + ZWNJ + cop, _GENERATED)

    glued: dict[str, str] = {}
    for word, f in freq.items():
        if ZWNJ not in word:
            continue
        plain = word.replace(ZWNJ, "")
        best = glued.get(plain)
        if best is None or f > freq[best]:
            glued[plain] = word
    # Keep a ZWNJ spelling when the glued one is unknown or rarer (ties keep the glued word:
    # بیشترین and بیش‌ترین are both listed with 0, and the glued one is the common spelling).
    # A glued spelling attested in the list with a frequency (ساماندهی 21, پیشکسوت 153,
    # پنجشنبه 6M) is a correct way to write the word: we keep it as written rather than
    # rewrite correct text. Only unknown or 0-frequency glued forms (میشود, تفاهمنامه) are
    # restored to their ZWNJ spelling.
    glued = {p: z for p, z in glued.items() if p not in freq or freq[p] == 0 < freq[z]}
    return Lexicon(freq, glued, frozenset(rest), frozenset(parts_))
