"""Clause and tense signals shared by the date finder and the check on "امروز": where a
sentence or clause ends, and whether its verb tells the past, the future, a state (a copula) or
an act of the day. Hand-written word lists over the folded text (pipeline.dates.lexicon.fold):
no Persian tagger is shipped that marks tense reliably on scraped news."""
from __future__ import annotations

import bisect
import re

from .lexicon import B0, B1, SP, SP1

# Not after the verb prefix "می" / "نمی" written apart ("می خواهد", "نمی خواند"); a word that
# only ends in "می" ("تعطیل رسمی خواهد بود", "اسلامی خواهند") does not block what follows.
NOT_AFTER_MI = r"(?<!(?<![\w\u200c])می[\s\u200c])(?<!(?<![\w\u200c])نمی[\s\u200c])"

# "خواهد", "نخواهند", "قرار است" (spoken "قراره"): a future told outright; not "می‌خواهد /
# بخواهد" (wants) nor the suffix of "آزادی‌خواهی"
WILL = re.compile(rf"(?<![\w\u200c]){NOT_AFTER_MI}ن?خواه(?:د|ند|یم|م|ی|ید)(?![\w\u200c])|قرار{SP}(?:است|شده)|{B0}قراره{B1}")
# a verb's "می" starts its word, or follows a preverb glued to it ("بازمی‌گردد", "برمی‌گردید",
# "فرامی‌رسد", "درمی‌آید")
_MI0 = rf"(?:{B0}|(?<=(?<![\w])باز)|(?<=(?<![\w])فرا)|(?<=(?<![\w])بر)|(?<=(?<![\w])در))"
# ... or by a present of what is planned ("برگزار می‌شود", "می‌پردازند"), or "آینده"
FUTURE = re.compile(
    WILL.pattern + rf"|{_MI0}می{SP}(?:شود|شوند|گردد|گردند|گردیم|گردید|گردی|گردم|کند|کنند|کنیم|رسد|پردازد|پردازند|رود|روند)"
    # the first persons ("می‌رویم", "می‌آیم") and the spoken forms of tweets ("میریم", "میاد",
    # "میشه", "میکنه"); not "می‌کنم", mostly "فکر می‌کنم" (I think), nor "میان" (among)
    rf"|{_MI0}می{SP}(?:روم|رویم|رم|ریم|ره|رن|آیم|آییم|آید|آیند|ام|ایم|اد|آم|آد|آن|این|آیین|شه|شن|شیم|کنه|کنن|رسه|رسن|رسیم|رسم|اره|ارن|اریم|ارم|آره|آرن)(?:ش|شون)?{B1}"  # (also "می‌آم", "می‌رسیم", "میاین"; "میاره": brings; "میارمشون": I'll bring them)
    # ... and their spoken negatives of coming and going: "سامان گفت دوشنبه نمیاد تمرین"
    rf"|{B0}نمی{SP}(?:رم|ریم|ره|رن|ام|ایم|اد|ان|یام|یاد|یان|یایم|یای|یاین|آد|آم|آن|آید|آیند|آیم|آییم|آیی|ای|این){B1}"  # (also "استاد دوشنبه نمی‌آد", "مامانت گفت پنجشنبه نمیای")
    # ... and "میان" (they come) where it ends its clause, or a place it names does, as no "among" can
    # ("دوشنبه ساعت ۹ خانم مرادی برای مصاحبه میان دفتر، آدرس رو پیامک کردم")
    # (or what they come for: "هفته‌ی بعد کارگرا میان برای پوست‌گیری"; no "among" is followed by "for")
    rf"|{B0}میان(?:{SP1}(?:اینجا|اونجا|دفتر|خونه|مطب|کلاس|مدرسه|شرکت|سر{SP1}کار))?(?={SP}(?:[.،,!؟?؛]|$)|{SP1}(?:برای|واسه|واسه{SP}ی){B1})"
    # ... and what will not take place: "مجمع ۱۲ فروردین تشکیل نمی‌شود و ... موکول شد"
    rf"|(?:تشکیل|برگزار){SP1}نمی{SP}(?:شود|شوند|گردد){B1}"
    rf"|برگزار{SP}می|(?:قرار|انجام){SP1}می{SP}گیر(?:د|ند){B1}|آینده"
    # getting ready for it: "خودم را برای مسابقات اردیبهشت آماده می‌کنم"
    rf"|{B0}آماده{SP1}می{SP}(?:کنم|کنیم|شوم|شویم){B1}"
)

# a term extended to a day ("مهلت ... تا امروز تمدید شد", "تا جمعه تمدید کردیم"), in the written and
# the spoken verbs alike
EXTENDED_AFTER = re.compile(rf"{SP1}تمدید{SP1}(?:شد|شده|گردید|می{SP}شود|می{SP}شه|میشه|کرد|کردند|کردن|کردیم|می{SP}کنیم){B1}")

# a habit: "هر سال", "همیشه", "همه‌ساله", "معمولاً"; not "per" ("قیمت هر متر مربع در آبان ۶۱
# میلیون تومان بود")
# (nor "each one", "both": "هر کدوم ۴۰ هزار تومن"; but "whoever" is a habit's: "هر کس در ماه رمضان ...")
_PER_UNIT = rf"(?!{SP1}(?:متر|کیلو|کیلوگرم|گرم|تن|لیتر|بشکه|سکه|واحد|دلار|یورو|نفر|قطعه|عدد|اونس|مثقال|دستگاه|سهم|کیلووات"
# (and a price per container or piece: "هر بطری یک‌لیتری ۲۵ هزار تومنه")
_PER_UNIT += rf"|بطری|شیشه|بسته|کارتن|جعبه|کیسه|دانه|دونه|شاخه"
_PER_UNIT += rf"|کدوم|کدام|یک|دو){B1})"
HABIT = re.compile(rf"{B0}(?:هر{_PER_UNIT}|همیشه|هرساله|همه{SP}ساله|سالانه|سالیانه|معمولا|معمولاً|همواره){B1}")

# not the dot of a tokenised decimal or stamp ("4022 . 4 تومان", "11 . 15 . 2016"), nor that of
# a tokenised "ب . ظ" / "ق . ظ" (p.m. / a.m.)
SENTENCE_END = re.compile(r"[!?؟\n]|\.(?![0-9])(?!(?<=[0-9] \.) [0-9])(?! ظ(?![\w\u200c]))")

# Past stems with the personal endings, whole words, negated or not ("شدند", "نکرد").
# (stems that are also nouns, "خرید", "نشست", "شکست", "خواست", "کشت", are left out)
# "شدید" is nearly always "severe" ("شدید‌تر" too), not "you became"
SHOD = r"شد(?!ید(?![\w]))"
# ("برخوردند" is a verb, "برخورد" alone mostly the noun, a clash)
# "خواند", "رساند", "ماند", "خورد" with "می" are also the present ("به پایان می‌رساند": brings to
# an end); "درگذشت" (died) and "دررفت" (was dislocated) are one word each; "دور رفت" and "رفت و
# برگشت" are a first leg and a round trip
# "داشت" (had), but not "کار داشتین" (if you need anything), a condition: "کار داشتین به اصغر زنگ بزنین"
_HAD = r"(?:(?<!کار[\s\u200c])(?<!کاری[\s\u200c])|(?!داشت(?:ین|ید)(?![\w])))داشت"
# (not "رفت و آمد", the coming and going: "از ماه بعد خرج رفت و آمدم زیاد می‌شه")
PAST_FORMS = (rf"ن?(?:{SHOD}|کرد|گفت|داد|بود|{_HAD}|یافت|رسید|گردید|(?<!رفت[\s\u200c]و[\s\u200c])آمد|(?<!دور[\s\u200c])رفت(?![\s\u200c]*و[\s\u200c]*(?:برگشت|آمد|امد))|گرفت|نمود|گذاشت|ساخت(?![\s\u200c]+(?:رو|را)(?![\w]))|نوشت|"
               rf"{NOT_AFTER_MI}(?:خواند|رساند|ماند|خورد)|درگذشت|دررفت|زد|کوبید|"
               r"افزود|انداخت|فرستاد|افتاد|آورد|کشید|پرسید|پذیرفت|ریخت|دانست|توانست|شناخت|ایستاد|"
               # "سوخت" (burned) with a person ending or ending its clause: not the noun, fuel
               # ("عوارض سوخت هر کانتینر را ... افزایش می‌دهد")
               r"سوخت(?=م|یم|ید|ند|ین|[^\S\n]*(?:[.،,؛!؟]|و(?![\w])|$))|"
               r"فروخت|پیوست|انجامید|فرمود|شنید|برخورد(?=م|یم|ید|ند)"
               # "به نمایش درآمد" (was shown), "به اجرا درآمد": not the noun "درآمد" (income)
               r"|(?<=نمایش\s)درآمد|(?<=اجرا\s)درآمد|(?<=حراج\s)درآمد|(?<=فروش\s)درآمد"
               # "دید" (saw) with a person ending only: not the noun (view)
               r"|دید(?=م|یم|ند|ید)"
               # ... and "خرید" (bought), not the noun (a purchase); not "نخریدیم" (not bought yet)
               r"|(?<!ن)خرید(?=م|یم|ند|ید)"
               # ... and "چید" (picked, laid out), not the infinitive: "برگ‌ها رو پنجشنبه چیدیم"
               r"|چید(?=م|یم|ند|ید)"
               # ... and "کاشت" (planted), with a person ending only, not the noun (planting): "نهال رو دوشنبه کاشتم"
               r"|کاشت(?=م|یم|ند|ید|ین)"
               # ... and "بست" (closed, shut), with a person ending of "we" or "you" only, not the noun (a dead
               # end, a sit-in): "شماره‌ی ویژه رو چهارشنبه بستیم"
               r"|بست(?=یم|ید|ین)"
               # ... and "برگشت"/"بازگشت" (came back), not the noun (the return, "بلیت برگشت"), nor the
               # spoken "when I'm back" a present follows ("برگشتم حساب رو صاف می‌کنیم")
               # (nor one bidden to come after it: "۱۲ ژانویه که از سفر برگشتین بیاین ببرین")
               r"|(?:بر|باز)گشت(?=(?:م|یم|ند|ید|ین)(?![^\S\n]+(?:[^\s.،,؛!؟]+[^\S\n]+){0,4}?ن?می)"
               r"(?![\s\u200c]*[،,]?[^\S\n]+(?:بیاین|بیایید|بیاید|بیا|بیارین|بیارید|تشریف)(?![\w])))"
               # "برد" (won, took) only after its object or with a person ending ("که پنجشنبه بردین"):
               # not the noun (range, win) nor a spoken future; "بردم" (I took) too, but not when a present
               # follows, as "برگشتم": "بردم خبرتون می‌کنم" (once I have taken it)
               # "برگردوندم" (I gave back), spoken and written, and "رسوندم" (I delivered), with a person ending only
               # (not the infinitive "برگردوندن")
               r"|(?:برگردوند|برگرداند|رسوند)(?=م|یم|ید|ین|ند)"
               r"|(?<=را\s)برد|(?<=رو\s)برد|برد(?=یم|ید|ند|ین|م(?![^\S\n]+(?:[^\s.،,؛!؟]+[^\S\n]+){0,4}?ن?می))"
               # ... and the spoken "didn't come", third plural too: "کسایی که پنجشنبه نیومدن"
               r"|یومد(?:ن(?![\w]))?)(?:م|ی|یم|ید|ند|ین)?"  # (also the spoken "ین": "گفتین", "کردین")
               # with its object glued on, spoken: "جمعه دیدمش", "خریدیمش" (not "ت": "شدت" is intensity)
               r"(?:ش|شون|شان)?")
# a past form right after "اگر"/"اگه" is a condition, ahead, no past: "اگه نشد بمونه برای شنبه"
NOT_AFTER_IF = r"(?<!اگه\s)(?<!اگر\s)"
PAST_VERB = re.compile(rf"(?<![\w]){NOT_AFTER_IF}(?:{PAST_FORMS}|برگزار)(?![\w])")


# acts that take place on a day, in the present ("برگزار می‌شود", "افتتاح می‌کند")
EVENT_PRESENT = re.compile(
    rf"{B0}(?:برگزار|افتتاح|آغاز|شروع|اعلام|منتشر|برپا|تشکیل|اجرا|پخش|رونمایی|تقدیم|انجام|اعزام|وارد|ارائه|"
    rf"عازم|راهی|تشییع|تعطیل|بازدید|دیدار|سفر|برگزاری|مراسم|جلسه|نشست|مسابقه|بازی|دیدار|رای|رأی|گذارده){SP}"
    rf"(?:می{SP})?\w*")

# (not the colon of a clock time, "ساعت ۷:۳۰")
CLAUSE_END = re.compile(r"[،,;؛]|(?<![0-9]):|:(?![0-9])")
PAUSE = re.compile(r"[،,؛;:]")  # any pause mark, a colon of a clock too
CLAUSE_PAUSE = re.compile(r"[،,؛;]")  # a comma or semicolon (not a colon: "ساعت ۱۲:۳۱:۳۰ روز پنجشنبه" tells seconds)

# the spoken "is" written apart after a word's final "ه": "بار دوشنبه هم آماده ست" (not "یه ست", one set)
IS_APART = r"(?<=[^\W\d]ه )(?<!یه )ست"
# ... or glued to a weekday, the ZWNJ dropped: "کریسمس دوشنبهست"
IS_ON_WEEKDAY = r"(?<=شنبه|جمعه)ست"
COPULA = re.compile(rf"{B0}(?:است|هست|نیست|می{SP}باشد|می{SP}باشند|هستند|نیستند){B1}|{IS_APART}{B1}")

# present-tense verbs of doing ("برگزار می‌کند", "می‌رود"): "امروز" with them is this day
PRESENT_ACT = re.compile(rf"{B0}می{SP}(?!باشد|باشند)\w+")

VERB_HINT = re.compile(
    r"(?<![\w])ن?(?:(?:شد|کرد|گفت|داد|بود|داشت|یافت|رسید|گردید|گرفت|نمود)(?:م|ی|یم|ید|ند)?|است|می[\s\u200c]?باشد)(?![\w])")


def happens(f: str, start: int, stop: int) -> bool:
    """Something happens in ``f[start:stop]``: a past verb, a future, or an act of the day."""
    return bool(PAST_VERB.search(f, start, stop) or WILL.search(f, start, stop)
                or EVENT_PRESENT.search(f, start, stop))


def clause_with_verb(f: str, end: int, stop: int) -> int:
    """The end of the clause after ``end``, past commas that only part a list ("امروز
    نمادهای پالایش نفت اصفهان، هلدینگ نفت ... را داشتند"): the first clause end with a verb
    before it."""
    for m in CLAUSE_END.finditer(f, end, stop):
        if VERB_HINT.search(f, end, m.start()) or PRESENT_ACT.search(f, end, m.start()) \
                or COPULA.search(f, end, m.start()) or WILL.search(f, end, m.start()):
            return m.start()
    return stop


# spoken "closed" with its copula glued: "سه‌شنبه و چهارشنبه تعطیلن", "تا ۱۵ فروردین تعطیله"
SPOKEN_CLOSED = r"(?<![\w\u200c])تعطیل(?:ه|ن|یم|م|ین|ید)(?![\w\u200c])"  # (also "پنجشنبه و جمعه تعطیلم", I am; "هفته بعد تعطیلین", you are)
# ... and "invited" so: "پنجشنبه عروسی دعوتیم"
SPOKEN_INVITED = r"(?<![\w\u200c])دعوت(?:یم|ن|م)(?![\w\u200c])"

# the plural copula, written apart or glued ("ادارات پنجشنبه تعطیل اند", "تعطیل‌اند"), and the
# verbs of spoken Persian that have no "می" ("شنبه نوبت قلب داره", "یکشنبه بیاین کمک", "جواب
# سه‌شنبه آماده‌ست")
_ARE = re.compile(r"(?<![\w])(?:اند|هستند|نیستند|داره|دارن|داریم|دارم|بیاین|بیاید|بیاد)(?![\w])"
                  r"|(?<=[^\W\d]\u200c)ست(?![\w])"
                  rf"|{IS_ON_WEEKDAY}(?![\w])"
                  rf"|{IS_APART}(?![\w])"
                  rf"|{SPOKEN_CLOSED}|{SPOKEN_INVITED}")


def has_verb(f: str, start: int, stop: int) -> bool:
    return bool(FUTURE.search(f, start, stop) or VERB_HINT.search(f, start, stop) or _ARE.search(f, start, stop))


# Past verbs that tell what happened ("اجرا شد", "برگزار گردید"), not reporting verbs ("گفت",
# "اشاره کرد", "خبر داد"): a report in the past may announce a month still ahead.
# Whole words only: "بخشد" (subjunctive) is no "شد".
# the present perfect tells the past too: "وارد نزاع شده‌اند", "صدر جدول را به دست گرفته است"
# (not after اعلام/تعیین/موکول/عنوان/پیش‌بینی: "مهلت ۱۸ آبان اعلام شده است" announces a day
# ahead, "اوج سفرها ۲۹ اسفند پیش‌بینی شده است" forecasts one)
PERFECT = (r"(?<!اعلام )(?<!تعیین )(?<!موکول )(?<!عنوان )(?<!بینی )ن?(?:شده|بوده|یافته|رسیده|گردیده|کرده|گرفته|داده|آمده|رفته|داشته|نموده|گذاشته|نوشته|خوانده|"
            r"آورده|افزوده|کشیده|پرداخته|ساخته|انداخته|فرستاده|پذیرفته|بازگشته|برگشته)"  # ("از روز یکشنبه به کار بازگشته اند")
            r"(?:[\s\u200c]*(?:است|اند|ام|ایم|اید))(?![\w])")  # not "ای": "برنامه‌ریزی‌شده‌ای" is an adjective


# (also in speech: "روز دوشنبه ساعت ۶ عصر یه آقایی برش داشته، کسی می‌شناسه؟")
REDUCED_PERFECT = re.compile(rf"(?<![\w\u200c])(?:رسیده|شده|کرده|بوده|یافته|گرفته|داشته|رفته|داده|اومده|آمده|زده|دیده|خورده|برده|فرستاده)"
                             rf"(?={SP}(?:که|[،,]){B1})")


# How far past a mention its sentence is read for a verb, a tense or a clause: a run of text
# with no sentence end (a table, a list, a post with no full stop) must not make every mention in
# it read the whole rest of the run (that was quadratic: 10,000 weekdays in one run took 253 s;
# bench_dates.py --stress)
READ_AHEAD = 1200


def sentence_start(f: str, pos: int, window: int = 400) -> int:
    """Where the sentence holding ``pos`` begins, looking back at most ``window`` characters."""
    return max((e.end() for e in SENTENCE_END.finditer(f, max(0, pos - window), pos)), default=max(0, pos - window))


def sentence_end(f: str, pos: int) -> int:
    """Where the sentence holding ``pos`` ends (the sentence mark, or the end of the text)."""
    end = SENTENCE_END.search(f, pos)
    return end.start() if end else len(f)


# past verbs alone ("برگزار" opens "برگزار می‌شود" as well as "برگزار شد")
# (and the spoken "came", not of the one spoken to, "اگه ... اومدید", "هفته ی بعد که اومدید": ahead; "شب ۱۹
# دی که برف اومد نتونستیم بیایم"; kept out of PAST_FORMS, whose PAST_VERB the "امروز" model was trained on)
_SPOKEN_CAME = r"اومد(?!ی|ید|ین)(?:م|یم|ند|ن)?"
# (and the spoken "you bought" where it ends its clause, or the thing bought is returned after it:
# "چاقویی که ۲۵ اسفند خریدی مرجوع می‌شه"; "خریدی" before other words is mostly the noun, "a purchase")
_SPOKEN_YOU_BOUGHT = r"خریدی(?=[^\S\n]*(?:[.،,؛!؟?]|$)|[^\S\n]+(?:رو|را|مرجوع|پس|عوض)(?![\w]))"
# (and the spoken "couldn't": "استاد من پنجشنبه نتونستم بیام"; not "could", as often of whoever can:
# "یکشنبه ... هر کی تونست بیاد کمک")
_SPOKEN_COULD = r"نتونست(?:م|ی|یم|ید|ین|ن|ند)?"
# (and "cooked" with its person: "قیمه نذری که برای ۱۰ محرم پختم"; not "پخت" alone, the noun as often)
COOKED = r"ن?پخت(?:م|یم|ند|ن|ی|ید|ین)"
# votive food given out, of ourselves or those spoken to (done on the day, not for a day ahead as "سفارش دادیم",
# "قول دادیم" are): "شب ۱۹ رمضان نذری دادید؟"
VOTIVE_GIVEN = rf"نذری{SP1}ن?داد(?:م|یم|ید|ین)"
PAST_ONLY = re.compile(rf"(?<![\w]){NOT_AFTER_IF}(?:{PAST_FORMS}|{_SPOKEN_CAME}|{_SPOKEN_YOU_BOUGHT}|{_SPOKEN_COULD}|{COOKED})(?![\w])")


PERFECT_RE = re.compile(rf"(?<![\w]){PERFECT}")


# "از ۸ آبان آغاز شده و ... اعمال خواهد شد": begun, a perfect with its "است" left out, and so is
# "بوده" ("خسارت تگرگ ۱۲ خرداد کمتر از برآورد بوده و غرامت ... واریز می‌شود": has been); other
# participles before "و" take the tense of the verb that ends the sentence ("سفر کرده و ... دیدار
# خواهد کرد" is a journey to come)
PARTICIPLE_AND = re.compile(
    rf"(?<![\w\u200c])(?:(?:آغاز|شروع){SP}(?:شده|گردیده)|بوده)(?={SP}(?:[،,]{SP})?و{B1})")


# presents of what is to be done, beside clauses.FUTURE (which the "امروز" model reads, so it
# stays as trained): "نخستین بازی خود را انجام می‌دهد", "تا ژانویه در پامپلونا می‌ماند",
# "... روز ۱۵ ژانویه رأی می‌دهند", "این تخفیف از ۱ فروردین به ۱۰ درصد کاهش می‌یابد"
FUTURE_MORE = re.compile(rf"{B0}(?:(?:انجام|رای|رأی|نمایش|ارائه|پایان|تحویل){SP1}می{SP}(?:دهد|دهند)|می{SP}(?:ماند|مانند)"
                          rf"|(?:کاهش|افزایش|تغییر|ادامه){SP1}می{SP}(?:یابد|یابند)"  # (not "خاتمه می‌یابد" of a run begun)
                          rf"|(?:کاهش|افزایش|تغییر){SP1}می{SP}(?:دهد|دهند)"  # "از ۱ ژانویه عوارض را ... افزایش می‌دهد"
                          rf"|می{SP}توان(?:ند|ید)"  # "از خرداد ماه می‌توانند ثبت‌نام کنند": may, from then on
                          rf"|تماس{SP1}می{SP}گیر(?:د|ند|یم|م|ه|ن){B1}"  # "کارشناس شنبه با شما تماس می‌گیرد": a call promised
                          rf"|تصمیم{SP1}می{SP}گیر(?:د|ند|یم|ه|ن){B1}"  # "دیوان ۲۰ آبان ... تصمیم می‌گیرد": a ruling to come
                          rf"|تحویل{SP1}می{SP}گیر(?:د|ند|یم|ید|ین|ی|م|ه|ن){B1}"  # "اثاثتون رو سه‌شنبه تحویل می‌گیرید"
                          rf"|(?:قرار|انجام){SP1}می{SP}گیر(?:ه|ن){B1}"  # spoken "فیش‌ها تا پنجشنبه رو سامانه قرار میگیره"
                          rf"|راه{SP1}می{SP}(?:افتیم|افتم|افته|افتن|افتند|افتد){B1}"  # "پنجشنبه صبح از رامسر راه می‌افتیم"
                          rf"|راه{SP1}میفت(?:یم|م|ه|ن){B1}"  # (spoken, its "ا" dropped: "ترک ۳ فروردین راه میفته")
                          # what will not be ready or done on the day: "سفارشتون شنبه حاضر نمیشه"
                          rf"|(?:حاضر|آماده|تموم|تمام|درست){SP1}نمی{SP}?(?:شه|شود|شن|شوند){B1}"
                          # "من جمعه اثاث‌کشی می‌کنم": a plan, not "فکر می‌کنم" (I think)
                          rf"|(?<!فکر\s)(?<!تصور\s)(?<!گمان\s)(?<!احساس\s)(?<!خیال\s)(?<=[^\W\d]\s)می{SP}کنم{B1}"
                          # spoken plans: "شیمی رو سه‌شنبه صبح می‌دم", "ژوئیه برمی‌گرده ایران", "جمعه میارم",
                          # "کلید رو پنجشنبه تحویل می‌ده"
                          rf"|(?:بر)?می{SP}(?:دم|دیم|ده|دن|گرده|گردن|گردیم|گردم|برم|بریم|بره|برن|پزیم|خریم|ارم|اریم|آرم|آریم"
                          # (also "جزئیاتش رو شنبه می‌گم", "هفته‌ی بعد می‌فرستم برای همه", "جبرانی رو هفته‌ی بعد می‌ذاریم")
                          # (and giving back, spoken: "ریسه‌ها رو شنبه برمی‌گردونیم")
                          rf"|فرستم|فرستیم|خرم|زنم|زنیم|گم|گیم|ذارم|ذاریم|گردونیم|گردونم|گردونن|گردونه)|بیاین|بیاد"
                          # ... and any spoken third person: "جبرانیش رو شنبه می‌ذاره", "دایی اینا ژانویه
                          # می‌آن" (not "می‌گه", says, nor "می‌دونه", knows)
                          rf"|(?:بر)?می[\s\u200c](?!(?:گه|گن|دونه|دونن|فهمه)(?![\w\u200c]))(?:آن|[^\W\d]{{2,}}(?:ه|ن))"
                          # ... and a first person with its object: "پنجشنبه می‌بریمش دکتر", "دوشنبه شب می‌بینمش"
                          rf"|(?:بر)?می[\s\u200c][^\W\d]{{2,}}(?:یم|م)(?:ش|شون|تون|ت)"
                          rf"){B1}")


CLAUSE_BREAK = re.compile(r"[;؛]|(?<![0-9]):|:(?![0-9])")  # (commas part appositions too: "فیلم «گاو»، محصول ۱۳۴۸، را")


def future_first(f: str, start: int, stop: int) -> bool:
    """Told in the future: a future form comes before any past verb ("روز جمعه ... پخش شد،
    اعلام کرد ... محقق خواهد شد" is a past Friday; so is "از ۲۷ آذر آغاز شده (است) و ...
    ادامه خواهد داشت", a perfect first)."""
    more = FUTURE_MORE.search(f, start, stop)
    if more and (CLAUSE_BREAK.search(f, start, more.start()) or COPULA.search(f, start, more.start())):
        more = None  # "گزارش روز سه‌شنبه ... حاکی از آن است که ... کاهش می‌یابد": another clause's
    fut = min((x for x in (FUTURE.search(f, start, stop), more) if x), key=lambda x: x.start(), default=None)
    if not fut:
        return False
    pasts = [p.start() for p in (PAST_ONLY.search(f, start, stop), PERFECT_RE.search(f, start, stop),
                                 PARTICIPLE_AND.search(f, start, stop), REDUCED_PERFECT.search(f, start, stop)) if p]
    return not pasts or fut.start() < min(pasts)


def tense_stop(f: str, start: int, stop: int) -> int:
    """Where the tense of a date's clause is read up to: "شامگاه پنج‌شنبه ... اظهار کرد: ...
    برگزار می‌شود" is told in the past; the quoted speech after the colon has its own time, and so
    has a condition after the clause ("... تعطیله ولی اگه تصادف کردید ...")."""
    colon = f.find(":", start, stop)
    if colon >= 0 and has_verb(f, start, colon):
        return colon
    # "۱۹ رمضان دفتر تعطیله ولی اگه تصادف کردید ... تماس بگیرید": a condition after the day's own clause,
    # its past no tense of the day's
    cond = _BUT_IF.search(f, start, stop)
    if cond and has_verb(f, start, cond.start()):
        return cond.start()
    return stop


_BUT_IF = re.compile(rf"(?:[،,]{SP}|{B0}(?:ولی|اما){SP1})(?:اگه|اگر){B1}")


def sentence_of(bounds: list[int], pos: int) -> int:
    return bisect.bisect_right(bounds, pos)


# what one has on a day, a session or a game: "دوشنبه تمرین داریم", "ما که امروز کلاس داریم" (or a plan: "جمعه برنامه صعود دارم")
SCHEDULED = re.compile(
    rf"{B0}(?:تمرین|بازی|مسابقه|جلسه|دیدار|امتحان|کلاس|اردو|استراحت|برنامه){SP1}(?:[^\W\d]+{SP1})?(?:داریم|دارد|دارند|دارم){B1}"
    # (or a session formed, in news: "کمیسیون ... روز چهارشنبه تشکیل جلسه می‌دهد")
    rf"|{B0}تشکیل{SP1}جلسه{SP1}(?:می{SP}دهد|می{SP}دهند){B1}")
