"""Synthetic agreements for benchmarks and screenshots: varied statuses, dates, budgets and parties.

Made-up names only (nothing from the sample page). `build(count, today)` needs a migrated database.
"""

import datetime
import random

from agreements.models import Agreement, Budget, Participation, Target
from people.models import Organization

CITIES = ["한빛시", "누리군", "새별시", "가람시", "온누리도"]
COMPANIES = ["㈜새솔에너지", "다온데이터㈜", "㈜푸른모빌리티", "한울바이오㈜", "㈜미르로봇", "이음통신㈜"]
OTHERS = [
    ("한빛대학교", Organization.Kind.UNIVERSITY),
    ("지역상생협회", Organization.Kind.ASSOCIATION),
    ("한국혁신진흥원", Organization.Kind.PUBLIC_INSTITUTION),
]
TOPICS = [
    "스마트시티 실증",
    "수소충전소 구축",
    "데이터센터 유치",
    "청년 창업 지원",
    "탄소중립 산업단지 조성",
    "전기버스 도입",
    "로봇 실증 특구",
    "지역 상생 협력",
    "관광 활성화",
    "바이오 클러스터 조성",
]
DEPARTMENTS = ["정보화정책과", "일자리경제과", "기후변화대응과", "투자유치과", "문화관광과"]
KINDS = [Agreement.Kind.MOU, Agreement.Kind.INVESTMENT, Agreement.Kind.COOPERATION, Agreement.Kind.PROGRAM]
STATUSES = [
    Agreement.Status.SIGNED,
    Agreement.Status.SIGNED,
    Agreement.Status.IN_PROGRESS,
    Agreement.Status.IN_PROGRESS,
    Agreement.Status.PLANNED,
    Agreement.Status.COMPLETED,
    Agreement.Status.CANCELLED,
]


def last_day(year, month):
    return (datetime.date(year + month // 12, month % 12 + 1, 1)) - datetime.timedelta(days=1)


def a_deadline(rng, today):
    """(due_on, precision) between four months ago and two years ahead, at a random precision."""
    return deadline_around(rng, today + datetime.timedelta(days=rng.randint(-120, 730)))


def deadline_around(rng, day):
    """(last day, precision) of a period around `day`, at a random precision."""
    precision = rng.choice(["day", "day", "month", "quarter", "half", "year"])
    if precision == "month":
        day = last_day(day.year, day.month)
    elif precision == "quarter":
        day = last_day(day.year, (day.month - 1) // 3 * 3 + 3)
    elif precision == "half":
        day = last_day(day.year, 6 if day.month <= 6 else 12)
    elif precision == "year":
        day = datetime.date(day.year, 12, 31)
    return day, precision


def organizations():
    found = {}
    for name in CITIES:
        found[name], _ = Organization.objects.get_or_create(
            name=name, defaults={"classification": Organization.Kind.GOVERNMENT}
        )
    for name in COMPANIES:
        found[name], _ = Organization.objects.get_or_create(
            name=name, defaults={"classification": Organization.Kind.COMPANY}
        )
    for name, kind in OTHERS:
        found[name], _ = Organization.objects.get_or_create(name=name, defaults={"classification": kind})
    return found


def build(count, today, seed=7):
    rng = random.Random(seed)
    orgs = organizations()
    for n in range(count):
        city = rng.choice(CITIES)
        partner = rng.choice(COMPANIES + [name for name, _kind in OTHERS])
        topic = rng.choice(TOPICS)
        status = rng.choice(STATUSES)
        signed = today - datetime.timedelta(days=rng.randint(10, 700))
        due = a_deadline(rng, today) if rng.random() < 0.8 else (None, "")
        agreement = Agreement.objects.create(
            title=f"{city}·{partner} {topic} 업무협약 {n + 1}",
            kind=rng.choice(KINDS),
            status=status,
            signed_on=signed if status != Agreement.Status.PLANNED else None,
            signed_on_text="" if status != Agreement.Status.PLANNED else "다음 달 체결 예정",
            place=f"{city}청 대회의실",
            summary=f"{city}와 {partner}가 {topic}을 위해 힘을 모은다.",
            department=rng.choice(DEPARTMENTS),
            due_on=due[0],
            due_precision=due[1],
            completed_on=(signed + datetime.timedelta(days=200))
            if status == Agreement.Status.COMPLETED
            else None,
            review_state=rng.choice(list(Agreement.ReviewState.values)),
        )
        Participation.objects.create(agreement=agreement, organization=orgs[city], position=0)
        Participation.objects.create(agreement=agreement, organization=orgs[partner], position=1)
        if rng.random() < 0.75:
            Budget.objects.create(
                agreement=agreement,
                amount_krw=rng.choice([3, 15, 48, 120, 350, 1200, 3007]) * 10**8 + rng.choice([0, 5_000_000]),
                source=rng.choice(list(Budget.Source.values)),
            )
        for k in range(rng.choice([0, 0, 1, 2])):
            day, precision = a_deadline(rng, today)
            Target.objects.create(
                agreement=agreement,
                description=rng.choice(["착공", "준공", "시범 운영", "입주", "고용 100명"]) + f" {k + 1}",
                due_on=day,
                due_precision=precision,
            )
