"""Link a synthetic corpus and print time and peak memory.

    python benchmarks/bench_link.py --articles 100000 --people 6

Articles are generated procedurally: people from a first-name x surname generator (so
surnames repeat across many different people, and some mentions are surname-only), an
organisation in two punctuation variants, a gazetteer city, an event and one mention per
fact. Each article gives ``people + 4`` mentions (people, role, organisation, city, event).
"""
from __future__ import annotations

import argparse
import random
import resource
import sys
import time
import tracemalloc

from pipeline.link import link
from pipeline.records import (
    ArticleFacts, ArticleRecord, CityFact, DateValue, EventFact, MentionFact, OrganisationFact,
    Participant, PersonFact, RoleFact,
)
from pipeline.text.keys import match_key

FIRST = ["علی", "زهرا", "محمد", "مریم", "حسن", "فاطمه", "رضا", "سارا", "مهدی", "لیلا", "امیر", "نرگس"]
SUR_A = ["حسینی", "جمالی", "کریمی", "صادقی", "رضایی", "موسوی", "احمدی", "نوری", "قاسمی", "شریفی"]
SUR_B = ["", " نژاد", " پور", " زاده", " فر", " راد"]
ORGS = ["شهرداری", "استانداری", "دانشگاه", "اداره کل فرهنگ", "کمیسیون ملی"]
CITIES = [f"شهر{i}" for i in range(300)]


def make_article(n: int, rnd: random.Random, people_per_article: int) -> ArticleFacts:
    parts, mentions, people = [], [], []
    pos = 0

    def put(s: str) -> tuple[int, int]:
        nonlocal pos
        parts.append(s + " ")
        start, pos = pos, pos + len(s) + 1
        return start, start + len(s)

    city_i = rnd.randrange(len(CITIES))
    city_name, gaz = CITIES[city_i], f"g{city_i}"
    org_name = f"{rnd.choice(ORGS)} {city_name}" + rnd.choice(["", " - ایران", " – ایران"])
    org_local = match_key(org_name)
    cs = put(city_name)
    os_ = put(org_name)
    mentions += [MentionFact("city", cs, city_name, gaz), MentionFact("organisation", os_, org_name, org_local)]
    for _ in range(people_per_article):
        surname = rnd.choice(SUR_A) + rnd.choice(SUR_B)
        name = surname if rnd.random() < 0.2 else f"{rnd.choice(FIRST)} {surname}"
        local = match_key(name)
        if any(p.local_id == local for p in people):
            name, local = f"{name} {len(people)}", f"{local}{len(people)}"
        ps, rs = put(name), put("مدیر کل")
        mentions += [MentionFact("person", ps, name, local), MentionFact("role", rs, "مدیر کل", local)]
        people.append(PersonFact(local, name, roles=(RoleFact("مدیر کل", rs, org_local, gaz),), spans=(ps,)))
    es = put("نشست")
    mentions.append(MentionFact("event_trigger", es, "نشست", "e1"))
    year = 2010 + n % 15
    day = DateValue(f"{year}-03-{1 + n % 28:02d}", f"{year}-03-{1 + n % 28:02d}", None, "day", "jalali",
                    None, "", "published")
    rec = ArticleRecord(f"a{n:07d}", "bench", "ok", None, None, day, None, None, None, None)
    return ArticleFacts(
        rec, "".join(parts), tuple(people),
        (OrganisationFact(org_local, org_name, kind="other", city=gaz, spans=(os_,)),),
        (CityFact(gaz, city_name, gazetteer_id=gaz, spans=(cs,)),),
        (EventFact("e1", "meeting", ("meeting",), "نشست", "held", day, cities=(gaz,),
                   organisers=(org_local,), participants=tuple(Participant(p.local_id, None) for p in people),
                   spans=(es,)),),
        tuple(mentions),
    )


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--people", type=int, default=3, help="people per article")
    ap.add_argument("--tracemalloc", action="store_true", help="exact Python peak (slows ~2x)")
    args = ap.parse_args(argv)
    rnd = random.Random(7)
    t0 = time.perf_counter()
    arts = [make_article(n, rnd, args.people) for n in range(args.articles)]
    n_mentions = sum(len(a.mentions) for a in arts)
    t1 = time.perf_counter()
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if args.tracemalloc:
        tracemalloc.start()
    t2 = time.perf_counter()
    out = link(arts)
    t3 = time.perf_counter()
    traced = tracemalloc.get_traced_memory()[1] if args.tracemalloc else None
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"articles={args.articles} mentions={n_mentions} generate_s={t1 - t0:.1f}")
    print(f"link_s={t3 - t2:.1f} mentions_per_s={n_mentions / (t3 - t2):,.0f}")
    print(f"people={len(out.people)} organisations={len(out.organisations)} cities={len(out.cities)} "
          f"events={len(out.events)} mentions_out={len(out.mentions)}")
    print(f"peak_rss_mb={rss1 / 1024:.0f} (before link {rss0 / 1024:.0f})"
          + (f" tracemalloc_peak_mb={traced / 2**20:.0f}" if traced is not None else ""))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
