"""A realistic data set at scale, for bench/run.py: made-up Korean names only, bulk inserts.

    DATABASE_URL=postgres://root@127.0.0.1:5432/bench .venv/bin/python bench/seed.py --agreements 100000

It migrates the configured database, refuses one that already holds agreements (unless --flush,
which empties the tracker's tables first), then writes in batches:
- organisations (about 20,000: local governments, public institutions, companies, universities,
  associations), some with aliases;
- agreements with Korean titles, kinds and statuses spread over 15 years of signing dates, a
  department, a review state, and a completion target at every precision; one history row each;
- 2–8 parties each, drawn from the pool (a few large bodies take part in thousands), budgets
  (public, private or mixed; each agreement's total is kept by the database's triggers, migration
  0010) and targets with every date precision.
Bulk inserts skip save(), so the search bigrams are set here as save() would set them.
Seeded: the same arguments build the same data.
"""

import argparse
import datetime
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("DEBUG", "1")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from simple_history.utils import bulk_create_with_history  # noqa: E402

from agreements.models import Agreement, Budget, Participation, Target, agreement_grams  # noqa: E402
from bench import synthetic  # noqa: E402
from bench.synthetic import deadline_around as deadline  # noqa: E402
from people.models import Organization, OrganizationKey, organization_grams, stored_keys  # noqa: E402
from people.names import matching_keys, normalize_org_name  # noqa: E402

BATCH = 2000
SYLLABLES = "가나다라마바사아자차카타파하한누리새별온솔빛미르다온이음푸른고운해달봄결숲들샘울림"
PLACES = ["시", "군", "구"]
COMPANY_ENDINGS = ["에너지", "데이터", "모빌리티", "바이오", "로봇", "통신", "건설", "소재", "반도체", "식품"]
PUBLIC_ENDINGS = ["공사", "공단", "진흥원", "연구원", "재단", "센터"]
TOPICS = [
    *synthetic.TOPICS,
    "이차전지 소재 공장 건립",
    "해상풍력 발전단지 개발",
    "의료 빅데이터 활용",
    "농촌 일손 돕기",
]
NOUNS = {
    Agreement.Kind.MOU: "업무협약",
    Agreement.Kind.INVESTMENT: "투자협약",
    Agreement.Kind.COOPERATION: "상생협력 협약",
    Agreement.Kind.RESEARCH: "연구용역 협약",
    Agreement.Kind.PROGRAM: "후원 협약",
    Agreement.Kind.OTHER: "협약",
}
DEPARTMENTS = [*synthetic.DEPARTMENTS, "농업정책과"]
STATUS_WEIGHTS = {
    Agreement.Status.PLANNED: 3,
    Agreement.Status.SIGNED: 25,
    Agreement.Status.IN_PROGRESS: 35,
    Agreement.Status.COMPLETED: 30,
    Agreement.Status.CANCELLED: 7,
}
TARGETS = ["착공", "준공", "시범 운영", "입주", "고용 100명", "발전설비 9.8MW", "부지 1만㎡ 조성", "가동"]


def word(rng, length):
    return "".join(rng.choice(SYLLABLES) for _ in range(length))


def organization(name, kind, aliases=()):
    """An unsaved Organization with the derived fields its save() would set (bulk_create skips it;
    its OrganizationKey rows are written after it)."""
    org = Organization(name=name, classification=kind, aliases=list(aliases))
    org.normalized_name = normalize_org_name(name)
    keys = sorted(matching_keys(name, org.aliases) - {org.normalized_name})
    org.alias_keys = f"|{'|'.join(keys)}|" if keys else ""
    org.search_grams = organization_grams(name, org.normalized_name, org.aliases, keys)
    return org


def organizations(rng, count):
    """About `count` organisations with unique names, by kind."""
    made, seen = [], set()

    def add(name, kind, aliases=()):
        key = normalize_org_name(name)
        if key not in seen:
            seen.add(key)
            made.append(organization(name, kind, aliases))

    while len(made) < count * 0.02:
        add(word(rng, 2) + rng.choice(PLACES), Organization.Kind.GOVERNMENT)
    while len(made) < count * 0.08:
        add(f"한국{word(rng, 2)}{rng.choice(PUBLIC_ENDINGS)}", Organization.Kind.PUBLIC_INSTITUTION)
    while len(made) < count * 0.12:
        add(f"{word(rng, 2)}대학교", Organization.Kind.UNIVERSITY)
    while len(made) < count * 0.16:
        add(f"{word(rng, 2)}{rng.choice(['협회', '연합회', '협동조합'])}", Organization.Kind.ASSOCIATION)
    while len(made) < count:
        stem = word(rng, rng.choice([2, 3]))
        name = f"㈜{stem}{rng.choice(COMPANY_ENDINGS)}"
        aliases = [f"{stem}{rng.choice(['', ' 주식회사'])}".strip()] if rng.random() < 0.1 else []
        add(name, Organization.Kind.COMPANY, aliases)
    return made


def flush():
    """Empty the tracker's tables in plain SQL: the ORM's delete would write a history row for each."""
    from agreements.models import Article, Commitment, DeadlineReminder, ImportConflict, SourceDocument
    from people.models import Membership

    models = [Participation, Budget, Target, Commitment, ImportConflict, DeadlineReminder, Agreement]
    models += [Article, SourceDocument, Membership, OrganizationKey, Organization]
    tables = [m._meta.db_table for m in models] + [
        m.history.model._meta.db_table for m in models if hasattr(m, "history")
    ]
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"TRUNCATE {', '.join(tables)} CASCADE")
        else:
            cursor.execute("PRAGMA defer_foreign_keys = ON")
            for table in tables:
                cursor.execute(f"DELETE FROM {table}")


def agreement_rows(rng, index, today, governments):
    kind = rng.choice(list(NOUNS))
    status = rng.choices(list(STATUS_WEIGHTS), weights=list(STATUS_WEIGHTS.values()))[0]
    signed = today - datetime.timedelta(days=rng.randint(0, 15 * 365))
    due = deadline(rng, signed + datetime.timedelta(days=rng.randint(180, 5 * 365)))
    city = rng.choice(governments).name
    topic = rng.choice(TOPICS)
    title = f"{city} {topic} {NOUNS[kind]} {index + 1}"
    return Agreement(
        title=title,
        search_grams=agreement_grams(title, f"{city}청 대회의실", ""),
        kind=kind,
        status=status,
        signed_on=None if status == Agreement.Status.PLANNED else signed,
        place=f"{city}청 대회의실",
        summary=f"{city}와 협약기관들이 {topic}을 위해 힘을 모은다.",
        department=rng.choice(DEPARTMENTS),
        due_on=due[0] if rng.random() < 0.85 else None,
        due_precision=due[1],
        completed_on=signed + datetime.timedelta(days=400) if status == Agreement.Status.COMPLETED else None,
        review_state=rng.choice([Agreement.ReviewState.REVIEWED] * 4 + [Agreement.ReviewState.EXTRACTED]),
        source_key=f"bench:{index}",
    )


def parts(rng, agreement, pool, popular):
    count = rng.randint(2, 8)
    chosen = {rng.choice(popular).pk, *(rng.choice(pool).pk for _ in range(count - 1))}
    rows = [
        Participation(agreement=agreement, organization_id=org_id, position=n)
        for n, org_id in enumerate(chosen)
    ]
    budgets = [
        Budget(
            agreement=agreement,
            amount_krw=rng.choice([3, 15, 48, 120, 350, 1200, 3007]) * 10**8 + rng.choice([0, 5_000_000]),
            source=rng.choice(list(Budget.Source.values)),
        )
        for _ in range(rng.choice([0, 1, 1, 2]))
    ]
    targets = []
    for k in range(rng.choice([0, 1, 1, 2, 3])):
        start = agreement.signed_on or datetime.date.today()
        day, precision = deadline(rng, start + datetime.timedelta(days=rng.randint(90, 2000)))
        targets.append(
            Target(
                agreement=agreement,
                description=f"{rng.choice(TARGETS)} {k + 1}",
                due_on=day,
                due_precision=precision,
                met_on=day if rng.random() < 0.3 else None,
            )
        )
    return rows, budgets, targets


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--agreements", type=int, default=100_000)
    parser.add_argument("--organizations", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--flush", action="store_true", help="empty the tracker's tables first")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    today = datetime.date.today()

    call_command("migrate", verbosity=0)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:  # a benchmark's data: no need to wait for each fsync
            cursor.execute("SET synchronous_commit TO off")
    if Agreement.objects.exists():
        if not args.flush:
            sys.exit("seed: the database already holds agreements; pass --flush to empty it first")
        flush()
    started = time.perf_counter()
    orgs = Organization.objects.bulk_create(organizations(rng, args.organizations), batch_size=BATCH)
    keys = (OrganizationKey(organization=o, key=k) for o in orgs for k in stored_keys(o.normalized_name, o.alias_keys))
    OrganizationKey.objects.bulk_create(keys, batch_size=BATCH)
    governments = [o for o in orgs if o.classification == Organization.Kind.GOVERNMENT]
    popular = orgs[:25]  # a few bodies (the first governments) take part in thousands of agreements
    print(f"{len(orgs):,} organisations in {time.perf_counter() - started:.1f}s", flush=True)

    made = 0
    while made < args.agreements:
        size = min(BATCH, args.agreements - made)
        with transaction.atomic():
            batch = [agreement_rows(rng, made + n, today, governments) for n in range(size)]
            batch = bulk_create_with_history(batch, Agreement, batch_size=BATCH)
            if batch[0].pk is None:  # a backend that returns no ids: read them back by key
                keys = {a.source_key: a for a in batch}
                for pk, key in Agreement.objects.filter(source_key__in=keys).values_list("pk", "source_key"):
                    keys[key].pk = pk
            rows, budgets, targets = [], [], []
            for agreement in batch:
                p, b, t = parts(rng, agreement, orgs, popular)
                rows += p
                budgets += b
                targets += t
            Participation.objects.bulk_create(rows, batch_size=BATCH)
            Budget.objects.bulk_create(budgets, batch_size=BATCH)
            Target.objects.bulk_create(targets, batch_size=BATCH)
        made += size
        if made % 20_000 == 0 or made == args.agreements:
            print(f"{made:,} agreements in {time.perf_counter() - started:.1f}s", flush=True)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # A bulk load writes each agreement's row again at once (the triggers' updates of its
            # total and party kinds) and each target's, leaving those tables about half dead space
            # (112 MB for 57 MB of agreements) that a database grown over years, vacuumed as it goes,
            # would not have; every scan would read twice the pages. Compacted once here.
            for table in ("agreements_agreement", "agreements_participation", "agreements_target"):
                cursor.execute(f"VACUUM FULL {table}")
            # The visibility map too, so that index-only reads skip the heap.
            cursor.execute("VACUUM ANALYZE")
    print(
        f"seeded {args.agreements:,} agreements on {connection.vendor} in {time.perf_counter() - started:.1f}s"
    )


if __name__ == "__main__":
    main()
