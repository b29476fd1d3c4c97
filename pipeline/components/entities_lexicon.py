"""Compiled resources for entity extraction: words of a text, a phrase index over the
gazetteers keyed on the *concatenated* matching key, and the closed word classes (stop words,
verbs, organisation heads) that bound names, roles and organisations.

Why a concatenated-key index: the same name arrives as "قائم‌شهر", "قائم شهر" or "قائمشهر",
i.e. as one, two or one token(s); the matching key drops spaces and ZWNJ, so looking up the
concatenated keys of 1..N consecutive words finds every variant with one dictionary probe.
Built once per process per gazetteer directory (lru_cache).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from hazm import utils as hazm_utils

from ..gazetteers import Gazetteers, load_gazetteers
from ..text.keys import match_key

MAX_PHRASE = 8  # longest gazetteer phrase, in words

# Words: runs of letters/digits/ZWNJ (hyphen kept apart), or single punctuation marks.
_WORD_RE = re.compile(r"[\w\u200c\u0654\u0670]+|[^\w\s\u200c]", re.UNICODE)
_PUNCT_BREAK = set(".!?؟:;؛\n")  # sentence-like breaks (newline handled via gaps)
# Titles that are often written glued to the name ("دکترجمالی نژاد"); split them off.
_GLUED_TITLES = ("دکتر", "مهندس")
_SUFFIXES = {"ها", "های", "هایی", "ای", "هایش", "هایشان", "ام", "ترین", "تر"}
_PREFIXES = {"می", "نمی"}
_NOT_GLUED = {"ا", "ی", "ای", "ها", "های", "هایی", "یت", "ین"}


class Word(NamedTuple):
    i: int
    start: int
    end: int
    text: str
    key: str
    punct: bool
    newline_before: bool


def split_words(text: str) -> list[Word]:
    out: list[Word] = []
    prev_end = 0
    for m in _WORD_RE.finditer(text):
        s, e, w = m.start(), m.end(), m.group()
        nl = "\n" in text[prev_end:s]
        prev_end = e
        punct = not any(ch.isalnum() for ch in w)
        if not punct:
            for t in _GLUED_TITLES:
                rest = w[len(t):].lstrip("\u200c")
                if w.startswith(t) and len(rest) >= 3 and rest not in _NOT_GLUED:
                    cut = s + len(w) - len(rest)
                    out.append(Word(len(out), s, s + len(t), t, match_key(t), False, nl))
                    s, w, nl = cut, rest, False
                    break
        if not punct and not nl and out and not out[-1].punct and text[out[-1].end:s] == " ":
            prev = out[-1]
            # Spaced suffixes and prefixes ("شهرداری ها", "می شود") belong to one word: merge
            # so that keys and word classes see "شهرداریها", "میشود".
            if w in _SUFFIXES or prev.text in _PREFIXES:
                merged = text[prev.start:e]
                out[-1] = Word(prev.i, prev.start, e, merged, match_key(merged), False, prev.newline_before)
                continue
        out.append(Word(len(out), s, e, w, match_key(w), punct, nl))
    return out


# Light verbs: an everyday noun right before one is the verb's own complement ("... اختصاص
# یافت", "... ملاحظه کرد", "... تصمیم دارند"), not the end of a person's or body's name.
LIGHT_VERBS = frozenset(match_key(w) for w in (
    "کرد کردند کرده کند کنند شد شدند شده شود شوند یافت یافتند یافته داد دادند داده دهد دهند "
    "دارد دارند داشت داشتند نمود نمودند نموده زد زدند زند زنند گرفت گرفتند گیرد گیرند").split())

# "آباد" ends town names ("محمود آباد", "دولت آباد"), never a person's or a body's name.
ABAD = match_key("آباد")

_AGENTIVE = tuple(match_key(w) for w in ("دهنده", "کننده", "گیرنده", "آورنده", "دهندگان", "کنندگان",
                                          "گیرندگان", "آورندگان"))

# The parts of compound town names written apart ("بندر عباس", "مسجد سلیمان", "خرم آباد").
_PLACE_FIRST = frozenset(match_key(w) for w in (
    "بندر", "مسجد", "پل", "دره", "قلعه", "چهار", "خرم", "اسلام", "قائم", "سر", "کوه", "دو", "شهر"))
_PLACE_LAST = frozenset(match_key(w) for w in ("آباد", "شهر", "دشت", "رود", "کنار", "سر", "ده", "گرد", "بندر"))

# ----------------------------------------------------------------------------- word classes
_EXTRA_STOP = """
و یا در با به از برای که را این آن تا بر هم نیز اما ولی اگر چون چه هر همه یک دو سه چند
است بود شد شود شده کرد کند کرده گفت گفته افزود داد دارد داشت نمود باید می نمی وی او ایشان
آنها ما من تو شما خود خویش دیگر سایر بین میان پس پیش روی زیر طی ضمن جهت درباره طبق مانند
همچنین سپس اکنون امروز دیروز فردا امسال سال ماه روز هفته ساعت صبح عصر شب ادامه آغاز پایان
تاکید اشاره بیان اظهار اعلام تصریح عنوان همراه حضور سخنرانی دیدار جلسه نشست مراسم گزارش
خبرگزاری فارس مهر ایرنا ایسنا تسنیم به‌گزارش اینکه آنکه وقتی زمانی حتی فقط تنها بیش کمتر
بیشتر کم زیاد خیلی بسیار نه بلکه هنوز قبل بعد طور گونه نظر مورد درخصوص خصوص برخی بعضی
جمهوری اسلامی ایران کشور استان شهر شهرستان منطقه مردم دولت مجلس هیئت گروه تیم اعضای
مسئولان مدیران کارکنان نمایندگان شهرهای شهرها ها های یکی دیگری جناب گفتنی یادآور یادآوری
خاطرنشان تشریح ابراز داشته دانست خواند کردند شدند هستند بودند گذشته آینده جاری جدید سابق
هزار میلیون میلیارد صد یکصد دویست سیصد چهار پنج شش هفت هشت نه ده بیست سی چهل پنجاه تن
""".split()
# Words that end a surname too: they follow names as the next word of a sentence.
_NOT_NAME = set(_EXTRA_STOP) | {
    "شهید", "امام", "حضرت", "پیامبر", "رهبری", "رهبر", "انقلاب", "معظم", "ره", "قدس",
    "سالن", "خیابان", "بیمارستان", "میدان", "بلوار", "کوچه", "مسجد", "حسینیه", "پارک", "ورزشگاه",
    "فیلم", "سریال", "کتاب", "نمایش", "جشنواره", "جایزه", "تندیس", "سیمرغ",
    # times of day and days after a name open the rest of the sentence ("X شامگاه دوشنبه ...")
    "شامگاه", "صبحگاه", "بامداد", "ظهر", "غروب", "امشب", "دیشب", "پریروز",
    # predicates that follow the subject's name ("ترابی خواستار توجه ... شد")
    "خواستار", "خواهان", "مدعی", "معتقد", "متصور", "موفق", "قادر", "مایل", "موظف", "مجبور",
    "ناچار", "حاضر", "مصمم", "امیدوار", "نگران", "بجای", "بجا", "هرگونه", "فرزند", "روایتی",
}
# Parts of surnames that are also frequent words ("نامور مطلق", "جمالی نژاد").
_SURNAME_PARTS = {"نژاد", "مطلق", "زاده", "پور", "فر", "راد", "نیا", "وند", "الهی", "طبع", "کیا", "منش",
                  "دوست", "خواه", "فرد", "زند", "آبادی", "الدینی", "الدین", "پیشه", "مقدم", "نسب"}
_COMMON_FREQ = 2_500_000
# Frequent given names: they open a name without a title even though they are also frequent
# words in hazm's corpus ("مهدی", "رضا", "ترانه").
COMMON_GIVEN_NAMES = """
محمد علی حسین حسن مهدی رضا احمد محمود مصطفی مجتبی مرتضی مسعود مجید حمید سعید وحید امیر
جواد جعفر کاظم صادق باقر هادی عباس ابراهیم اسماعیل یوسف یعقوب موسی عیسی داود سلیمان اکبر
اصغر قاسم ناصر منصور عبدالله عبدالرضا غلامرضا غلامحسین غلامعلی محمدرضا محمدعلی محمدحسین
ماشاءالله محمدجواد محمدمهدی محمدباقر علیرضا علی‌اکبر علی‌اصغر حمیدرضا امیرحسین امیرعلی سیدمحمد
سیداحمد سیدعلی سیدحسین بهمن بهرام بهروز بیژن پرویز جمشید داریوش کامران کیوان مهران مهرداد
بابک آرش کاوه فرهاد فرشید فریدون نادر ناصر هوشنگ منوچهر شهرام شاهین شهاب رامین رسول روح‌الله فتح‌الله
نصرالله حبیب‌الله اسدالله عزت‌الله حجت‌الله سعدالله خلیل جلال کمال جمال اسکندر ایرج پیمان
حامد حمزه حنیف خسرو سهراب سروش سینا شهریار صمد عادل عارف عرفان علیرضا فرزاد فرامرز فرید
کریم کورش مازیار محسن مختار مسلم مهدی میثم میلاد نوید نیما هومن یاسر یحیی ربیع رحیم رحمان
مریم فاطمه زهرا زینب معصومه طاهره طیبه سمیه لیلا لاله مینا نرگس نسرین ترانه هنگامه گلشیفته
شهلا شیرین پروین پریسا نازنین الهام الهه آزاده آرزو اعظم افسانه مهناز فرزانه فرشته مژگان
رویا ژیلا سیما سارا نگار نیلوفر هانیه هدیه عاطفه مرضیه منیژه ملیحه صدیقه سکینه کبری
دونالد جو مایک تد رند مت اسکات ژایر جورج جان باراک هیلاری ولادیمیر امانوئل آنگلا بوریس
جیمز دیوید مایکل رابرت ریچارد ویلیام توماس پیتر نیکلاس کریستوفر الکساندر سرگئی رجب
کیومرث همایون فیروز توران نعمت‌الله شعیب پوریا ادریس گلنار ایوب سیامک کامبیز کوروش فریبرز
بهزاد بهنام سهیل فرشاد مسیح مهدیه مرجان مهسا مهشید نسترن ابوالفضل ذبیح‌الله قدرت‌الله
رحمت‌الله سجاد حسام سیاوش کیانوش آرمین پارسا ژاله فرناز فریبا شیما مینو مهین ملیکا سمانه
فهیمه نفیسه راضیه
"""  # hazm corpus frequency above which a word is not taken as a surname

# Heads that open an organisation name ("وزارت X", "شهرداری X"), with the kind they imply.
ORG_HEADS: dict[str, str] = {
    "وزارت": "ministry", "وزارتخانه": "ministry", "سازمان": "other", "شهرداری": "municipality",
    "استانداری": "governorate", "فرمانداری": "governorate", "بخشداری": "governorate",
    "دهیاری": "municipality", "دانشگاه": "university", "دانشکده": "university",
    "پژوهشگاه": "university", "پژوهشکده": "university", "کمیسیون": "council", "شورای": "council",
    "مجلس": "council", "فراکسیون": "council", "اداره": "other", "اداره کل": "other",
    "بنیاد": "ngo", "ستاد": "other", "شرکت": "company", "مرکز": "other", "دفتر": "other",
    "کمیته": "other", "فدراسیون": "other", "باشگاه": "other", "تیم": "other",
    "پالایشگاه": "company", "پتروشیمی": "company", "دبیرخانه": "other", "انجمن": "ngo",
    "خبرگزاری": "media", "روزنامه": "media", "شبکه": "other", "حزب": "other", "اتحادیه": "other",
    "موسسه": "other", "مؤسسه": "other", "بانک": "company", "نیروی": "military", "قرارگاه": "military",
    "سپاه": "military", "جمعیت": "ngo", "کانون": "ngo", "اتاق": "other", "هیئت": "other",
    "هیات": "other", "گروه": "other", "دادگستری": "other", "دادسرای": "other", "دادگاه": "other",
    "کنگره": "council", "ائتلاف": "other", "پلیس": "military", "جامعه": "other", "نهاد": "other",
    # "دولت آمریکا", "سفارت ایران در ...": named by the country they belong to (weak heads)
    "دولت": "other", "سفارت": "other", "سفارتخانه": "other", "کنسولگری": "other",
}
# Heads that need a proper name after them to be an organisation at all (they are everyday
# nouns otherwise: "گروه" group, "مرکز" centre, "تیم" team, "شبکه" network).
WEAK_HEADS = {"مرکز", "دفتر", "گروه", "تیم", "شبکه", "هیئت", "هیات", "جامعه", "نهاد", "جمعیت",
              "کانون", "اتاق", "اداره", "ستاد", "کمیته", "دبیرخانه", "مجلس", "شورای", "سازمان",
              "ائتلاف", "باشگاه", "شرکت", "بانک", "نیروی", "کنگره", "دولت", "سفارت", "سفارتخانه",
              "کنسولگری"}


def _verb_forms() -> set[str]:
    forms: set[str] = set()
    for v in hazm_utils.verbs_list():
        past, _, present = v.partition("#")
        if past:
            forms.update({past, past + "ند", past + "ه", "می" + past, "نمی" + past, "ن" + past,
                          past + "یم", past + "ید", "می" + past + "ند"})
        if present:
            for end in ("م", "ی", "د", "یم", "ید", "ند"):
                forms.update({"می" + present + end, "نمی" + present + end, "ب" + present + end})
            forms.add(present + "د")
    return {match_key(f) for f in forms if len(f) > 2}


@lru_cache(maxsize=1)
def _hazm_freq() -> dict[str, int]:
    freq: dict[str, int] = {}
    for w, f, _tags in hazm_utils.words_list():
        k = match_key(w)
        freq[k] = max(freq.get(k, 0), int(f or 0))
    return freq


@dataclass(frozen=True)
class Entry:
    kind: str  # city | province | country | org | title | position
    id: str  # gazetteer id, or the canonical title/position
    name: str
    words: int


@dataclass(frozen=True)
class Resources:
    gaz: Gazetteers
    index: dict[str, tuple[Entry, ...]]  # concatenated key -> entries
    title_keys: frozenset[str]
    position_keys: frozenset[str]
    first_names: dict[str, str]
    stop: frozenset[str]
    not_name: frozenset[str]
    verbs: frozenset[str]
    freq: dict[str, int]
    org_heads: dict[str, str]
    common_places: frozenset[str]  # keys of place names that are also common words
    given: frozenset[str]  # common given names (keys)
    modifiers: frozenset[str] = frozenset()  # adjectives/adverbs in hazm's lexicon (keys)
    max_key: int = 80  # longest key in the index
    memo: dict = field(default_factory=dict, compare=False, repr=False)  # per word list: see _scan

    def lookup(self, words: list[Word], i: int, kinds: set[str] | None = None) -> tuple[int, tuple[Entry, ...]]:
        """Longest gazetteer phrase starting at word ``i``: (number of words, entries)."""
        for n, hits in reversed(self._scan(words, i)):
            if kinds is not None:
                hits = tuple(h for h in hits if h.kind in kinds)
            if hits:
                return n, hits
        return 0, ()

    def _scan(self, words: list[Word], i: int) -> list[tuple[int, tuple[Entry, ...]]]:
        """Every phrase starting at ``i`` (shortest first); memoised per word list, since
        each stage asks about the same positions for different kinds."""
        memo = self.memo
        if memo.get("words") is not words:
            memo.clear()
            memo["words"] = words
        got = memo.get(i)
        if got is not None:
            return got
        out: list[tuple[int, tuple[Entry, ...]]] = []
        key = ""
        count = 0  # words other than hyphens
        for n in range(MAX_PHRASE):
            j = i + n
            if j >= len(words) or (words[j].punct and words[j].text not in "-–") or (n and words[j].newline_before):
                break
            key += words[j].key
            if len(key) > self.max_key:
                break
            count += not words[j].punct
            if words[j].punct:
                continue  # a phrase never ends on a hyphen
            hits = self.index.get(key)
            if hits:
                # A name the gazetteer writes as one word may be written apart ("مسجد سلیمان",
                # "بندر عباس") but never across a function word ("در میان" is not "درمیان").
                parts = [w.key for w in words[i:j + 1] if not w.punct]
                apart = count == 2 and (parts[0] in _PLACE_FIRST or parts[-1] in _PLACE_LAST) \
                    and all(k not in self.stop for k in parts)
                hits = tuple(h for h in hits if h.words >= count or (apart and h.kind == "city"))
                if hits:
                    out.append((n + 1, hits))
        memo[i] = out
        return out

    def is_first_name(self, w: Word) -> bool:
        """A given name that can open a person's name without a title: in the lexicon, and
        either a common given name or rare as an everyday word (the lexicon holds many words
        such as "امور", "آیین" that are mostly not names)."""
        k = w.key
        return (k in self.given or (k in self.first_names and self.freq.get(k, 0) < 20_000
                                    and not self._derived(k) and k not in self.modifiers
                                    and k not in self.gaz.non_name_words)) and \
            k not in self.not_name and k not in self.position_keys and k not in self.org_heads

    def verb_complement(self, w: Word) -> bool:
        """Could ``w`` be the noun of a compound verb when a light verb follows ("ملاحظه کرد",
        "تصمیم دارند")? An everyday noun, not an adjectival -ی surname."""
        return not w.key.endswith("ی") and self.freq.get(w.key, 0) >= 100_000

    def _derived(self, k: str) -> bool:
        """An everyday word with a suffix ("شهری", "فرهنگی", "آرزوی", "زمینه"): its stem is frequent."""
        for suf in ("ی", "ای", "ه", "ها", "های", "یها"):
            if k.endswith(suf) and self.freq.get(k[: -len(suf)], 0) >= 100_000:
                return True
        return False

    def is_namelike(self, w: Word, first: bool, pos: int = 1) -> bool:
        """Can ``w`` be part of a personal name? ``first``: the first word after a cue; ``pos``:
        its index in the name (later words must be rarer as everyday words)."""
        k = w.key
        if w.punct or not k or k.isdigit() or any(c.isdigit() for c in k) or k in self.not_name:
            return False
        if k in self.position_keys or k in self.title_keys or k in self.org_heads or k in self.verbs:
            return False
        if not re.match(r"[\u0600-\u06FF]", w.text):  # Latin/other scripts: not a Persian name
            return False
        if k.endswith(_AGENTIVE):
            return False  # "پرورش‌دهنده", "تولیدکنندگان": what the person does, not their name
        if first or k in _SURNAME_PARTS or k in self.given:
            return True
        if k in self.gaz.non_name_words and not k.endswith("ی"):
            # the NER corpora never saw it in a name ("مساله", "کارت", "نکرده"); adjectives in
            # -ی are common surnames all the same ("متکی", "ایرانی", "اخلاقی")
            return False
        return self.freq.get(k, 0) < (_COMMON_FREQ if pos <= 1 else 150_000)


@lru_cache(maxsize=4)
def resources(gazetteers_dir: str | None = None) -> Resources:
    gaz = load_gazetteers(gazetteers_dir)
    index: dict[str, list[Entry]] = {}

    def add(name: str, entry: Entry) -> None:
        k = match_key(name)
        if k and entry not in index.setdefault(k, []):
            index[k].append(entry)

    def nwords(s: str) -> int:
        # Parts split at spaces, ZWNJ and hyphens: text may write a name with up to this many
        # words ("قائم‌شهر" -> "قائم شهر"), never more ("درمیان" is not "در میان").
        return len([p for p in re.split(r"[\s\u200c\-–]+", s) if p])

    common = set()
    for p in gaz.cities:
        for n in (p.name, *p.aliases):
            add(n, Entry("city", p.id, p.name, nwords(n)))
        if p.common_word:
            common.add(match_key(p.name))
    for p in gaz.provinces:
        add(p.name, Entry("province", p.id, p.name, nwords(p.name)))
    for p in gaz.countries:
        for n in (p.name, *p.aliases):
            add(n, Entry("country", p.id, p.name, nwords(n)))
    for o in gaz.organisations:
        for n in (o.name, *o.aliases):
            add(n, Entry("org", o.id, o.name, nwords(n)))
    for form, canon in gaz.titles.items():
        add(form, Entry("title", canon, canon, nwords(form)))
    for form, canon in gaz.positions.items():
        add(form, Entry("position", canon, canon, nwords(form)))
    stop = {match_key(w) for w in hazm_utils.stopwords_list()} | {match_key(w) for w in _EXTRA_STOP}
    return Resources(
        gaz=gaz,
        index={k: tuple(v) for k, v in index.items()},
        title_keys=frozenset(match_key(t) for t in gaz.titles),
        position_keys=frozenset(match_key(p) for p in gaz.positions),
        first_names=gaz.first_names,
        stop=frozenset(stop),
        not_name=frozenset(stop | {match_key(w) for w in _NOT_NAME}),
        # A verb form that is also a place ("رشت") is read as the place.
        verbs=frozenset(_verb_forms() - {k for k, v in index.items() if any(e.kind != "position" for e in v)}),
        freq=_hazm_freq(),
        org_heads={match_key(h): k for h, k in ORG_HEADS.items()},
        common_places=frozenset(common | _frequent_places(gaz)),
        given=frozenset(match_key(n) for n in COMMON_GIVEN_NAMES.split()),
        modifiers=_modifier_words(),
        max_key=max(len(k) for k in index),
    )


@lru_cache(maxsize=1)
def _modifier_words() -> frozenset[str]:
    """Words hazm's lexicon tags as adjective, adverb or number ("جوان", "مسلمان", "توان",
    "ندرت", "انشاءالله"): in the first-name list they still need a title to open a name, since
    the lexicon's frequencies cannot be trusted for them (hazm gives "جوان" frequency 0)."""
    return frozenset(match_key(w) for w, _f, tags in hazm_utils.words_list()
                     if set(tags) & {"AJ", "ADV", "NUM"})


def _frequent_places(gaz: Gazetteers) -> set[str]:
    """Town names that are frequent everyday words in hazm's corpus and not a county seat
    ("مقاومت", "ترک", "بار"): they need place context like the hand-flagged ones."""
    freq = _hazm_freq()
    return {match_key(c.name) for c in gaz.cities
            if c.country == "ایران" and not c.county_seat and freq.get(match_key(c.name), 0) >= 20_000} | \
        {match_key(w) for w in ("دوشنبه", "قدس", "رم", "وین", "تونس", "الجزیره")}
