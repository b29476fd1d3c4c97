"""ZWNJ repair: restore a dropped ZWNJ (ظرفیتهای), turn a space that stands for one back
into a ZWNJ (ظرفیت های), and split titles glued to names (دکترجمالی).

Decisions are lexical and local (one word, or two neighbouring words) and cached; when the
lexicon does not support a change we leave the text alone: a missed ZWNJ costs little
downstream (match keys drop ZWNJ), a wrong one invents a word.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .align import Aligned
from .chars import LETTERS, NON_JOINING, ZWNJ
from .lexicon import _GENERATED, lexicon

# Suffixes that always take a ZWNJ after a joining letter (plural, comparative).
_FREE_SUFFIXES = (
    "هایشان", "هایتان", "هایمان", "هایی", "هایش", "هایت", "هایم", "هاست", "های", "ها",
    "ترین", "تر",
)
# Copula / pronoun clitics: written with ZWNJ only after a silent heh (شده‌اند، خانه‌ای).
_HEH_SUFFIXES = ("ایم", "اید", "اند", "است", "ام", "ای", "اش", "ات")
# Second members of compounds that are bound in practice (names in -نژاد, -زاده, -پور;
# nouns in -نامه, -گذاری ...). Joined only when the first member is itself a word.
_HEADS = frozenset(
    "نژاد زاده پور نامه نامه‌ها گذاری گذار سازی ساز رسانی اندازی بندی برداری گیری ریزی آموز "
    "آموزان کننده کنندگان طلب طلبان پذیر پذیری مند مندی گرا گرایی آمیز".split()
)
# In spaced text also the derived forms of those heads (مندان، گذاران، سازان) and agentive
# heads that are verb stems (دار، گر، شناس ...): written apart from a noun they are a ZWNJ
# (عهده دار، حکایت گر). Not used to split glued words: سردار, خریدار are words of their own.
_AGENT_HEADS = "دار گر شناس آور آرا آرای ریز پوش بخش آباد".split()
_DERIVED_HEADS = frozenset(
    h + end for h in _HEADS if ZWNJ not in h for end in ("", "ی")
)
_AGENT_FORMS = frozenset(h + end for h in _AGENT_HEADS for end in ("", "ی", "ان", "انی"))
_SPACED_HEADS = _DERIVED_HEADS | _AGENT_FORMS
# Heads that form family names (جمالی‌نژاد، ملک‌زاده): any name may take them, so the list
# cannot attest the pair.
_NAME_HEADS = frozenset(("نژاد", "زاده", "پور"))
# Prefixes written with ZWNJ before a word: بهعنوان -> به‌عنوان, بیتوجهی -> بی‌توجهی.
_PREFIXES = ("به", "بی")
# Words after which a following word is never glued by the compound rules: a preposition or
# conjunction before a noun is a phrase (به ویژه, در حال, از جمله), not a compound.
_FUNCTION = frozenset(
    "به در از با بر تا که و را این آن هر یک چند چه نه یا اگر هم همه برای".split()
)
_COMPOUND_MIN = 100
_VERB_COMPOUND_MIN = 1_000_000
_FREE_WORD_MIN = 100_000
# The بی/به prefix rule needs a well-known remainder: بیدشکی is a name, not بی + دشکی.
_PREFIX_REST_MIN = 1_000
# Words the list pairs with a head (رئیس‌کل, مدیر‌کل) that news orthography keeps separate.
_NEVER_SECOND = frozenset("کل عامل ارشد".split())
_SPACED_CLITICS = frozenset(("اند", "ایم", "اید", "ام", "ای", "اش"))
_PRONOUN_CLITICS = frozenset(("شان", "مان", "تان"))
_MI = ("می", "نمی")

_WORD = re.compile(f"[{LETTERS}]+")
_RUN = re.compile(f"[{LETTERS}][{LETTERS}{ZWNJ}]*(?: [{LETTERS}][{LETTERS}{ZWNJ}]*)+")

TITLES = (
    "حجت‌الاسلام‌والمسلمین", "حجت‌الاسلام", "آیت‌الله", "دکتر", "مهندس", "خانم", "آقای",
    "سردار", "سرلشکر", "سرتیپ", "سرهنگ",
)
_TITLE_RE = re.compile(
    f"(?<![{LETTERS}{ZWNJ}])({'|'.join(TITLES)})(?=[{LETTERS}]{{3}})([{LETTERS}{ZWNJ}]*)"
)


def _join(left: str, right: str) -> str:
    """Glue two parts the way the orthography writes them: ZWNJ after a joining letter."""
    if left[-1] in NON_JOINING:
        return left + right
    return left + ZWNJ + right


@lru_cache(maxsize=100_000)
def restore_word(word: str, careful: bool = False) -> str | None:
    """The standard spelling of a ZWNJ-free word, or None when the lexicon cannot tell.

    Returns the word itself when it is known as written. ``careful`` (the writer uses ZWNJ
    elsewhere, see :func:`uses_zwnj`): a glued spelling the list knows at all, and glued
    -تر/-ترین, compound heads and بی/به prefixes (بزرگترین، دعوتنامه، بیشک) are that
    writer's choice; only words the list does not know are repaired.
    """
    lex = lexicon()
    if careful:
        if word in lex.freq:
            return word
        fixed = restore_word(word)
        if fixed is None or fixed == word:
            return fixed
        tail = fixed.rsplit(ZWNJ, 1)[-1]
        if tail in ("تر", "ترین") or tail in _HEADS or fixed.split(ZWNJ, 1)[0] in _PREFIXES:
            return None
        return fixed
    z = lex.glued.get(word)
    if z is not None and (
        lex.freq.get(z, 0) > _GENERATED
        or z[:-3] not in lex.participles
        or not (word.endswith("های") and lex.freq.get(word[:-3], 0) > 0)
    ):
        return z
    # Else z is a participle + copula we generated (نهاده‌ای، نشسته‌ای) while the word also
    # reads as a listed noun + plural (نهادهای، نشستهای): let the analyses below compete.
    if word in lex.freq:
        return word
    if len(word) < 3:
        return None
    for pre in _MI:
        if word.startswith(pre) and word[len(pre):] in lex.verb_rest:
            return pre + ZWNJ + word[len(pre):]
    # Every suffix analysis competes; the one with the most frequent stem wins, so that
    # جلسهای is جلسه‌ای (جلسه is common) and not جلس‌های (جلس is a rare entry).
    best: tuple[int, str] | None = None
    for suf in _FREE_SUFFIXES + _HEH_SUFFIXES:
        if not word.endswith(suf) or len(word) - len(suf) < 2:
            continue
        if suf in _HEH_SUFFIXES and word[-len(suf) - 1] != "ه":
            continue
        stem = restore_word(word[: -len(suf)])
        if stem is None:
            continue
        f = lex.freq.get(stem, 0)
        if suf in _HEH_SUFFIXES:
            f //= 10  # a plural reading (پست‌های) beats a clitic one (پسته‌ای) unless 10x rarer
        if best is None or f > best[0]:
            best = (f, _join(stem, suf) if suf in _FREE_SUFFIXES else stem + ZWNJ + suf)
    if best is not None:
        return best[1]
    for i in range(2, len(word) - 2):
        head = word[i:]
        if head in _HEADS:
            first = restore_word(word[:i])
            if first is not None:
                return _join(first, lex.glued.get(head, head))
    for pre in _PREFIXES:
        rest = word[len(pre):]
        if word.startswith(pre) and len(rest) >= 3 and lex.freq.get(rest, 0) >= _PREFIX_REST_MIN:
            return pre + ZWNJ + lex.glued.get(rest, rest)
    return None


def _fix_word(m: re.Match, careful: bool = False) -> str:
    word = m.group(0)
    if m.start() and m.string[m.start() - 1] == ZWNJ:
        # The tail of a word that already has a ZWNJ (می‌بینیم): its analysis is settled;
        # read alone, "بینیم" would become بی‌نیم.
        return word
    fixed = restore_word(word, careful)
    return word if fixed is None else fixed


def _fix_word_careful(m: re.Match) -> str:
    return _fix_word(m, True)


_ZWNJ_IN_WORD = re.compile(f"[{LETTERS}]{ZWNJ}[{LETTERS}]")


def uses_zwnj(text: str) -> bool:
    """Whether the writer of ``text`` uses ZWNJ (one between two letters is enough).

    Such a writer leaves out a ZWNJ by choice or by habit (بزرگترین، عیسی زاده، متناسب سازی
    are all in text that writes می‌شود), so only what the word list attests is repaired;
    text with no ZWNJ at all (seed 004, scraped pages) lost them and gets the full repair.
    """
    return _ZWNJ_IN_WORD.search(text) is not None


def repair_glued(aligned: Aligned, careful: bool = False) -> Aligned:
    """Insert the ZWNJs a ZWNJ-free word is missing (ظرفیتهای -> ظرفیت‌های)."""
    return aligned.sub(_WORD, _fix_word_careful if careful else _fix_word)


def _stem(word: str) -> str:
    """The part of a word before its first ZWNJ (تفاهم‌نامه‌ها -> تفاهم)."""
    return word.split(ZWNJ, 1)[0]


@lru_cache(maxsize=200_000)
def joins(left: str, right: str, spaced_style: bool = False, careful: bool = False) -> bool:
    """Whether the space in "left right" stands for a ZWNJ.

    ``spaced_style``: the next word is a bound suffix written with a space (راه حل های), so
    this writer spaces ZWNJs and a pair of free words is read as a compound after all.
    ``careful``: the writer uses ZWNJ elsewhere; bound morphemes (می، ها، اند ...) are still
    joined, a pair of words only when the list attests the compound.
    """
    lex = lexicon()
    if left in _MI:
        return right in lex.verb_rest
    if right in _FREE_SUFFIXES or right.split(ZWNJ, 1)[0] in ("ها", "های", "هایی"):
        return left in lex.freq or restore_word(left.replace(ZWNJ, "")) is not None
    if right in _SPACED_CLITICS:
        return left[-1] == "ه" and left not in _FUNCTION and (
            left in lex.freq or left in lex.participles
        )
    if right in _PRONOUN_CLITICS:
        # تلاش مان، سوابق شان: plural possessive clitics written apart; the noun شان
        # "dignity" is usually spelled شأن, so after a listed word the clitic reading wins.
        return left not in _FUNCTION and left in lex.freq
    if left in _FUNCTION:
        return False
    last = left.rsplit(ZWNJ, 1)[-1]
    first = _stem(right)
    if careful and not spaced_style and lex.freq.get(last + ZWNJ + first, 0) < _COMPOUND_MIN:
        return False
    if (first in _AGENT_FORMS and first not in _DERIVED_HEADS and not spaced_style
            and lex.freq.get(last + ZWNJ + first, 0) < _COMPOUND_MIN):
        return False
    if right in _SPACED_HEADS or first in _SPACED_HEADS:
        if (
            not spaced_style
            and first not in _NAME_HEADS
            and lex.freq.get(first, 0) >= _FREE_WORD_MIN
            and lex.freq.get(last + ZWNJ + first, 0) < _COMPOUND_MIN
        ):
            # A head that is also a free word (نامه، کننده، ساز) after a word the list does
            # not pair it with is a phrase: نویسنده نامه "the letter's writer".
            return False
        return left in lex.freq or restore_word(left.replace(ZWNJ, "")) is not None
    # A lexicon compound, possibly with further ZWNJ parts on either side
    # (اطلاع رسانی، راه حل‌های، حجت‌الاسلام والمسلمین).
    # Only attested compounds (frequency >= _COMPOUND_MIN: the list has many 0-frequency
    # pairs such as نماز‌جمعه that news writes as two words), and never before a verb form:
    # compound verbs are written with a space (جذب شده, باقی مانده).
    if first in lex.participles or first in _NEVER_SECOND:
        return False
    if first in lex.verb_rest:
        # A verb form after a noun is a compound verb (جذب شود، باقی ماند), written with a
        # space; only a compound the list knows as one of its commonest words (پیش‌بینی،
        # ثبت‌نام، جمع‌آوری) reads as a noun.
        return last not in _FUNCTION and lex.freq.get(last + ZWNJ + first, 0) >= _VERB_COMPOUND_MIN
    if not spaced_style and _free_pair(last, first):
        return False
    if last not in _FUNCTION and lex.freq.get(last + ZWNJ + first, 0) >= _COMPOUND_MIN:
        return True
    return lex.freq.get(left + ZWNJ + right, 0) >= _COMPOUND_MIN


def _free_pair(first: str, second: str) -> bool:
    """Whether "first second" reads as two words (رئیس جمهور، خلیج فارس، پست بانک).

    The list has such pairs as ZWNJ compounds, but news orthography keeps them as two words;
    when the first half is a listed word (at any frequency: پست is listed with 0) and the
    second a frequent free word (>= _FREE_WORD_MIN), the space is as likely to be meant, and
    a missed ZWNJ costs less than a wrong one. Not for the prefixes بی/به (their
    own rule) nor Arabic constructs whose second half carries the article (آیت‌الله).
    """
    lex = lexicon()
    return (
        first not in _PREFIXES
        and not second.startswith("ال")
        and first in lex.freq
        and lex.freq.get(second, 0) >= _FREE_WORD_MIN
    )


def _fix_run(m: re.Match, careful: bool = False) -> str:
    words = m.group(0).split(" ")
    seps: list[str] = []
    current = words[0]
    for i, w in enumerate(words[1:], 2):
        if joins(current, w, i < len(words) and words[i] in _FREE_SUFFIXES, careful):
            seps.append(ZWNJ)
            current = current + ZWNJ + w
        else:
            seps.append(" ")
            current = w
    return words[0] + "".join(s + w for s, w in zip(seps, words[1:]))


def _fix_run_careful(m: re.Match) -> str:
    return _fix_run(m, True)


def repair_spaced(aligned: Aligned, careful: bool = False) -> Aligned:
    """Turn a space that stands for a ZWNJ back into one (می شود -> می‌شود). 1:1 in length."""
    return aligned.sub(_RUN, _fix_run_careful if careful else _fix_run)


def _fix_title(m: re.Match) -> str:
    title, rest = m.group(1), m.group(2)
    whole = m.group(0)
    lex = lexicon()
    plain = whole.replace(ZWNJ, "")
    if whole in lex.freq or plain in lex.freq or restore_word(plain) not in (None, plain):
        return whole  # دکترین، مهندسی، خانم‌ها: a word, not a title + name
    if rest in _FREE_SUFFIXES or rest.startswith(("ها", ZWNJ)) or rest in _HEH_SUFFIXES:
        return whole
    return title + " " + rest


def split_titles(aligned: Aligned) -> Aligned:
    """دکترجمالی -> دکتر جمالی, when the glued form is not itself a word."""
    return aligned.sub(_TITLE_RE, _fix_title)
