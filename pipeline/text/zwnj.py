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
# The plural suffixes: never a word by themselves (unlike تر "wet").
_PLURALS = frozenset(suf for suf in _FREE_SUFFIXES if suf.startswith("ها"))
# Copula / pronoun clitics: written with ZWNJ only after a silent heh (شده‌اند، خانه‌ای).
_HEH_SUFFIXES = ("ایم", "اید", "اند", "است", "ام", "ای", "اش", "ات")
# Second members of compounds that are bound in practice (names in -نژاد, -زاده, -پور;
# nouns in -نامه, -گذاری ...). Joined only when the first member is itself a word.
_HEADS = frozenset(
    "نژاد زاده پور نامه نامه‌ها گذاری گذار سازی ساز رسانی اندازی بندی برداری گیری ریزی آموز "
    "آموزان کننده کنندگان طلب طلبان پذیر پذیری مند مندی گرا گرایی آمیز".split()
)
# Heads that form family names (جمالی‌نژاد، ملک‌زاده): any name may take them, so the list
# cannot attest the pair. No plural: پوران is a given name.
_NAME_HEADS = frozenset(("نژاد", "زاده", "پور"))


def _plural(head: str) -> str:
    """The -ان plural of a head (گذاران، مندان، گرایان): a glide after a final vowel."""
    return head + ("یان" if head[-1] in "او" else "ان")


# In spaced text also the derived forms of those heads (مندان، گذاران، سازان) and agentive
# heads that are verb stems (دار، گر، شناس ...): written apart from a noun they are a ZWNJ
# (عهده دار، حکایت گر). Not used to split glued words: سردار, خریدار are words of their own.
_AGENT_HEADS = "دار گر شناس آور آرا آرای ریز پوش بخش آباد".split()
_DERIVED_HEADS = frozenset(
    h + end for h in _HEADS if ZWNJ not in h for end in ("", "ی")
) | frozenset(
    _plural(h) for h in _HEADS - _NAME_HEADS if ZWNJ not in h and not h.endswith(("ه", "ی", "ان"))
)
_AGENT_FORMS = frozenset(h + end for h in _AGENT_HEADS for end in ("", "ی", "ان", "انی"))
_SPACED_HEADS = _DERIVED_HEADS | _AGENT_FORMS
# Agentive heads that are no free word (دار "gallows" is rare, گر "if" poetic): after a
# word they are a compound even when the list lacks the pair (بنگاه‌داری، حکایت‌گر،
# آسیب‌شناسی). Not گران/گرانی ("expensive", "inflation"), nor the votes آرا/آرای.
_BOUND_AGENT_FORMS = frozenset(
    "دار داری داران گر گری شناس شناسی شناسان آور آوری آوران".split()
)
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
# Forms of شدن, the passive auxiliary.
_SHODAN = frozenset(
    ["شد" + e for e in ("", "م", "ی", "یم", "ید", "ند", "ه")]
    + ["شو" + e for e in ("م", "ی", "د", "یم", "ید", "ند")]
)
# A compound verb's preverb is written glued to می (بازمی‌گردد، برمی‌آید، درنمی‌یابد).
_PREVERB_MI = tuple(p + m for p in ("باز", "بر", "در", "فرو", "فرا", "وا") for m in _MI)

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
    for pre in _PREVERB_MI + _MI:
        rest = word[len(pre):]
        if word.startswith(pre) and (rest in lex.verb_rest or rest in lex.participles):
            return pre + ZWNJ + rest
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
    if word in lex.verb_rest:
        # A present form (بینیم، بیند) is a word as it stands: after a spaced می it is the
        # verb's tail, and read as بی + rest it would become بی‌نیم.
        return None
    for pre in _PREFIXES:
        rest = word[len(pre):]
        if word.startswith(pre) and len(rest) >= 3 and lex.freq.get(rest, 0) >= _PREFIX_REST_MIN:
            return pre + ZWNJ + lex.glued.get(rest, rest)
    return None


def _fix_word(m: re.Match, careful: bool = False, restore=restore_word) -> str:
    word = m.group(0)
    if m.start() and m.string[m.start() - 1] == ZWNJ:
        # The tail of a word that already has a ZWNJ (می‌بینیم): its analysis is settled;
        # read alone, "بینیم" would become بی‌نیم.
        return word
    fixed = restore(word, careful)
    return word if fixed is None else fixed


def _fix_word_careful(m: re.Match) -> str:
    return _fix_word(m, True)


@lru_cache(maxsize=100_000)
def _restore_for_spacer(word: str, careful: bool = True) -> str | None:
    """The careful repair, plus the verbal prefix: a writer who spaces ZWNJs and glues می
    (میشود) lost that ZWNJ, since می is never glued in the standard spelling; a glued
    compound or clitic (بزرگترین، خانهام) may be his choice, as in the careful repair."""
    fixed = restore_word(word, True)
    if fixed is None or fixed == word:
        full = restore_word(word)
        if full is not None and _prefixed_verb(full):
            return full
    return fixed


def _prefixed_verb(word: str) -> bool:
    head, zwnj, _ = word.partition(ZWNJ)
    return bool(zwnj) and (head in _MI or head in _PREVERB_MI)


def _fix_word_spacer(m: re.Match) -> str:
    return _fix_word(m, True, _restore_for_spacer)


_ZWNJ_IN_WORD = re.compile(f"[{LETTERS}]{ZWNJ}[{LETTERS}]")
_SPACED_PLURAL = re.compile(f"[{LETTERS}] (?:هایی|های|ها)(?![{LETTERS}{ZWNJ}])")
_SPACED_MI = re.compile(f"(?<![{LETTERS}{ZWNJ}])ن?می ([{LETTERS}]+)(?![{LETTERS}{ZWNJ}])")


def uses_zwnj(text: str) -> bool:
    """Whether the writer of ``text`` uses ZWNJ (one between two letters is enough).

    Such a writer leaves out a ZWNJ by choice or by habit (بزرگترین، عیسی زاده، متناسب سازی
    are all in text that writes می‌شود), so only what the word list attests is repaired;
    text with no ZWNJ at all (seed 004, scraped pages) lost them and gets the full repair.
    """
    return _ZWNJ_IN_WORD.search(text) is not None


def spaces_zwnj(text: str) -> bool:
    """Whether the writer of ``text`` types a space for ZWNJ (می شود، کتاب ها).

    Such a writer did not lose ZWNJs either: a word he glued (بزرگترین، دعوتنامه) he
    glued by choice, and gets the careful repair of :func:`uses_zwnj` writers (but for a
    glued می, see :func:`_restore_for_spacer`).
    """
    if _SPACED_PLURAL.search(text):
        return True
    verbs = lexicon().verb_rest
    return any(m.group(1) in verbs for m in _SPACED_MI.finditer(text))


def repair_glued(aligned: Aligned, careful: bool = False) -> Aligned:
    """Insert the ZWNJs a ZWNJ-free word is missing (ظرفیتهای -> ظرفیت‌های).

    The careful repair also where the writer spaces ZWNJs (:func:`spaces_zwnj`).
    """
    if careful:
        return aligned.sub(_WORD, _fix_word_careful)
    return aligned.sub(_WORD, _fix_word_spacer if spaces_zwnj(aligned.text) else _fix_word)


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
    bound = _bound_join(left, right)
    if bound is not None:
        return bound
    if left in _FUNCTION:
        return False
    last = left.rsplit(ZWNJ, 1)[-1]
    if _reduplicated(last, right):
        return True
    first = _stem(right)
    if careful and not spaced_style and (
        lex.freq.get(last + ZWNJ + first, 0) < _COMPOUND_MIN
        or lex.freq.get(first, 0) >= _FREE_WORD_MIN
    ):
        # A writer who uses ZWNJ and still spaces a pair of free words (مصرف کننده،
        # تفاهم نامه) writes the phrase spelling; a bound second half (اطلاع رسانی) is a slip.
        return False
    if (first in _AGENT_FORMS and first not in _DERIVED_HEADS | _BOUND_AGENT_FORMS
            and not spaced_style and lex.freq.get(last + ZWNJ + first, 0) < _COMPOUND_MIN):
        return _nisba_of_listed(last, first)
    if _family_name(last, first):
        return True
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
        return _known(left)
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
    if first.endswith("ی") and lex.freq.get(last + ZWNJ + first[:-1], 0) >= _COMPOUND_MIN:
        # The -ی noun or adjective of a compound the list attests (سرمایه‌گذار ->
        # سرمایه‌گذاری); the list has far fewer of the derived forms.
        return True
    if last not in _FUNCTION and lex.freq.get(last + ZWNJ + first, 0) >= _COMPOUND_MIN:
        return True
    return lex.freq.get(left + ZWNJ + right, 0) >= _COMPOUND_MIN


def _bound_join(left: str, right: str) -> bool | None:
    """The decision for a bound morpheme (می، ها، اند، شان ...) on either side, else None."""
    lex = lexicon()
    if left in _MI or left in _PREVERB_MI:
        # Also before a participle: the past progressive perfect (می‌کرده، می‌شده است).
        return right in lex.verb_rest or right in lex.participles
    if right.split(ZWNJ, 1)[0] in _PLURALS:
        # After any noun, listed or not (a name, a loanword: فوتسالیست‌ها).
        return len(left) >= 2
    if right in _FREE_SUFFIXES or right == "تری":
        # تری: the comparative with the indefinite ی (گنبد بزرگ‌تری); not used to split
        # glued words, where دکتری، مشتری end the same way.
        return _known(left)
    if left == "سی" and right in ("ام", "امین"):
        # The ordinal of سی, the one cardinal ending in a long vowel: سی‌ام، سی‌امین
        # (the others glue -م/-مین: بیستم، چهلمین).
        return True
    if right in _SPACED_CLITICS:
        # After a silent heh, listed or not (پاتوقکده ای): these are no words by themselves.
        return left[-1] == "ه" and left not in _FUNCTION and len(left) >= 3
    if right in _PRONOUN_CLITICS:
        # تلاش مان، سوابق شان: plural possessive clitics written apart; the noun شان
        # "dignity" is usually spelled شأن, so after a known word the clitic reading wins.
        return left not in _FUNCTION and _known(left)
    return None


def _nisba_of_listed(first: str, second: str) -> bool:
    """"X آبادی" where the list has the compound X‌آباد (at any frequency: villages are
    rare words): the -ی adjective or family name of that place (نجف‌آبادی، حسین‌آبادی)."""
    return second.endswith("ی") and lexicon().freq.get(first + ZWNJ + second[:-1], 0) > 0


def _family_name(first: str, second: str) -> bool:
    """A family name: -زاده/-نژاد/-پور after any name, listed or not (names mostly are
    not), or -فر after a nisba (رضایی‌فر): فر "oven" follows a noun, not an adjective in -ی."""
    if second in _NAME_HEADS:
        return len(first) >= 3 and first not in _FUNCTION
    return second == "فر" and len(first) >= 3 and first.endswith("ی")


def _reduplicated(left: str, right: str) -> bool:
    """"W‌به‌W" (جابه‌جا، روزبه‌روز, دست‌به‌دست): the spaced copy of a reduplicated
    compound whose به is already glued to the first W; "W به W" with both spaces is left."""
    return len(right) >= 2 and left == right + "به"


def _free_pair(first: str, second: str) -> bool:
    """Whether "first second" reads as two words (رئیس جمهور، خلیج فارس، پست بانک).

    The list has such pairs as ZWNJ compounds, but news orthography keeps them as two words;
    when the first half is a listed word (at any frequency: پست is listed with 0) and the
    second a frequent free word (>= _FREE_WORD_MIN), the space is as likely to be meant, and
    a missed ZWNJ costs less than a wrong one. Not for the prefixes بی/به (their
    own rule) nor Arabic constructs whose second half carries the article (آیت‌الله),
    nor a compound the list also has glued as a common word (علیرغم، پنجشنبه): spelt as one
    word too, it is lexicalised, not a phrase.
    """
    lex = lexicon()
    return (
        first not in _PREFIXES
        and not second.startswith("ال")
        and first in lex.freq
        and lex.freq.get(second, 0) >= _FREE_WORD_MIN
        and lex.freq.get(first + second, 0) < _FREE_WORD_MIN
    )


def _known(word: str) -> bool:
    """Whether the list knows ``word``, or its ZWNJ parts make a word it can restore
    (موزه‌ای، راه‌حل)."""
    return word in lexicon().freq or restore_word(word.replace(ZWNJ, "")) is not None


def _passive(word: str, after: str) -> bool:
    """A participle before a form of شدن is a passive verb (در تهران زاده شد), not the head
    of a compound or name (تهران‌زاده)."""
    return after in _SHODAN and word in lexicon().participles


def _fix_run(m: re.Match, careful: bool = False) -> str:
    words = m.group(0).split(" ")
    seps: list[str] = []
    current = words[0]
    for i, w in enumerate(words[1:], 2):
        after = words[i] if i < len(words) else ""
        if not _passive(w, after) and joins(current, w, after in _FREE_SUFFIXES, careful):
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
