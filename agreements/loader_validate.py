"""What the loader accepts: an extraction object checked shape by shape, and text fitted to its column.

`validate_extraction(data)` walks the whole object (EXTRACTION.md) before anything is written and
raises `LoadError` with one line, in Korean, that says where (기사 2, 협약 1, 사업비 3) and what is
wrong: a list that is not a list, a name that is not text, a span that is not two offsets, an amount
that is not a whole number of won between 0 and 1,000조원, a date that is not a date, a NUL character
that PostgreSQL cannot store. So a malformed file is refused the same way on SQLite and PostgreSQL,
never by the database.

Limits come from the models, never from literals: `fit(Model, "field", text)` cuts descriptive text
(a headline, a byline, the words a part was read from) to its column's max_length, which loses only
its tail; a value that identifies something (an organisation's or a person's name, a unit) is refused
by `validate_extraction` when it is longer than its column, because a cut name would be another name.
"""

import datetime
import json
import math
import re

from agreements.ingest.dates import parse_deadline
from agreements.ingest.numbers import MAX_BUDGET_KRW
from people.models import Organization, Person

from .models import Agreement, Budget, Participation, Target

# A span's offsets are PositiveIntegerFields: PostgreSQL's integer is the smaller bound of the two.
MAX_OFFSET = 2**31 - 1
_TARGET_VALUE = Target._meta.get_field("value")
MAX_TARGET_VALUE = 10 ** (_TARGET_VALUE.max_digits - _TARGET_VALUE.decimal_places)
SHA256_RE = re.compile(r"[0-9a-f]{64}")


class LoadError(ValueError):
    """The extraction object cannot be loaded; nothing was written. `str()` is one line in Korean."""


def column_limit(model, name):
    return model._meta.get_field(name).max_length


def fit(model, name, value):
    """`value` (None as '') cut to the max_length of `model.name`: for text where the tail can go."""
    return (value or "")[: column_limit(model, name)]


def validate_extraction(data):
    """Raise LoadError if `data` is not an extraction object the loader can write whole."""
    if not isinstance(data, dict):
        raise LoadError("추출 결과는 JSON 객체여야 합니다.")
    _strings_storable(data)
    _text(data, "file", "문서")
    sha = data.get("sha256")
    if sha is not None and not (isinstance(sha, str) and SHA256_RE.fullmatch(sha)):
        raise LoadError("문서: 'sha256'은 소문자 16진수 64자리여야 합니다.")
    _date(data.get("published"), "문서: 발행일")
    articles = data.get("articles")
    if not isinstance(articles, list):
        raise LoadError("문서: 기사 목록('articles')이 없거나 목록이 아닙니다.")
    for a_no, article in enumerate(articles, 1):
        where = f"기사 {a_no}"
        _object(article, where)
        for key in ("headline", "subheadline", "byline", "text"):
            _text(article, key, where)
        for g_no, draft in enumerate(_list(article, "agreements", where, "협약 목록"), 1):
            _agreement(draft, article, f"{where}, 협약 {g_no}")


def _agreement(draft, article, where):
    _object(draft, where)
    for key in ("title", "kind", "signed_on", "signed_on_text", "place", "location", "summary"):
        _text(draft, key, where)
    if not (draft.get("title") or "").strip() and not (article.get("headline") or "").strip():
        raise LoadError(f"{where}: 협약명이 없고 기사 제목도 없습니다.")
    _choice(draft.get("kind"), Agreement.Kind, f"{where}: 협약 구분")
    signed = draft.get("signed_on")
    if signed and len(signed) == 10:  # a full day; '2026-01' stays text (loader._signed_on)
        _date(signed, f"{where}: 체결일")
    spans = draft.get("spans")
    if spans is not None and not isinstance(spans, dict):
        raise LoadError(f"{where}: 'spans'는 객체여야 합니다.")
    for key in ("title", "signed_on", "signed_on_text", "place", "location"):
        _span(draft.get(f"{key}_span"), where)
        _span((spans or {}).get(key), where)
    for no, party in enumerate(_list(draft, "parties", where, "당사자 목록"), 1):
        _party(party, f"{where}, 당사자 {no}")
    for no, budget in enumerate(_list(draft, "budgets", where, "사업비 목록"), 1):
        _budget(budget, f"{where}, 사업비 {no}")
    for no, target in enumerate(_list(draft, "targets", where, "목표 목록"), 1):
        _target(target, f"{where}, 목표 {no}")
    for no, commitment in enumerate(_list(draft, "commitments", where, "이행 약속 목록"), 1):
        _object(commitment, f"{where}, 이행 약속 {no}")
        _text(commitment, "text", f"{where}, 이행 약속 {no}")
        _name(commitment, "party", Organization, f"{where}, 이행 약속 {no}", "기관명이")
        _span(commitment.get("span"), f"{where}, 이행 약속 {no}")
    for no, person in enumerate(_list(draft, "people", where, "인물 목록"), 1):
        _object(person, f"{where}, 인물 {no}")
        _name(person, "name", Person, f"{where}, 인물 {no}", "이름이")
        _text(person, "title", f"{where}, 인물 {no}")
        _name(person, "org", Organization, f"{where}, 인물 {no}", "기관명이")


def _party(party, where):
    _object(party, where)
    if not isinstance(party.get("name"), str) or not party["name"].strip():
        raise LoadError(f"{where}: 당사자 이름이 없거나 글자가 아닙니다.")
    _name(party, "name", Organization, where, "기관명이")
    aliases = party.get("aliases")
    if aliases is not None:
        if not isinstance(aliases, list) or not all(isinstance(alias, str) for alias in aliases):
            raise LoadError(f"{where}: 다른 이름('aliases')은 글자의 목록이어야 합니다.")
        limit = column_limit(Organization, "name")
        if any(len(alias) > limit for alias in aliases):
            raise LoadError(f"{where}: 다른 이름이 {limit}자를 넘습니다. 기관 이름이 아닙니다.")
    _text(party, "kind", where)
    _choice(party.get("role"), Participation.Role, f"{where}: 역할")
    _span(party.get("span"), where)


def _budget(budget, where):
    _object(budget, where)
    amount = budget.get("amount_krw")
    if not isinstance(amount, int) or isinstance(amount, bool):
        raise LoadError(f"{where}: 금액('amount_krw')은 원 단위 정수여야 합니다 ({_shown(amount)}).")
    if amount < 0:
        raise LoadError(f"{where}: 금액이 음수입니다 ({amount:,}원). 사업비는 0원 이상입니다.")
    if amount > MAX_BUDGET_KRW:
        raise LoadError(f"{where}: 금액 {amount:,}원은 한 건의 사업비 한도(1,000조 원)를 넘습니다.")
    _text(budget, "text", where)
    _choice(budget.get("source") or None, Budget.Source, f"{where}: 재원")
    if not isinstance(budget.get("share", False), bool):
        raise LoadError(f"{where}: 다른 줄의 몫인지('share')는 true 또는 false여야 합니다 ({_shown(budget['share'])}).")
    _span(budget.get("span"), where)


def _target(target, where):
    _object(target, where)
    _text(target, "text", where)
    due = target.get("due")
    if due is not None:
        if not isinstance(due, str):
            raise LoadError(f"{where}: 기한('due')은 글자여야 합니다 ({_shown(due)}).")
        try:
            parse_deadline(due)
        except ValueError as exc:
            raise LoadError(f"{where}: 기한 {due!r}을(를) 읽을 수 없습니다 ({exc})") from None
    value = target.get("value")
    if value is not None:
        if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
            raise LoadError(f"{where}: 수치('value')는 숫자여야 합니다 ({_shown(value)}).")
        if abs(value) >= MAX_TARGET_VALUE:
            raise LoadError(f"{where}: 수치 {value:,}은(는) 목표 수치로 저장할 수 있는 범위를 넘습니다.")
    _name(target, "unit", Target, where, "단위가")
    _span(target.get("span"), where)


# --- the shapes -------------------------------------------------------------------------------


def _object(value, where):
    if not isinstance(value, dict):
        raise LoadError(f"{where}: JSON 객체가 아닙니다 ({_shown(value)}).")


def _list(container, key, where, what):
    value = container.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise LoadError(f"{where}: {what}('{key}')이 목록이 아닙니다 ({_shown(value)}).")
    return value


def _text(container, key, where):
    value = container.get(key)
    if value is not None and not isinstance(value, str):
        raise LoadError(f"{where}: '{key}'은(는) 글자여야 합니다 ({_shown(value)}).")


def _name(container, key, model, where, what):
    """A name is refused, not cut, when longer than its column: a cut name names someone else."""
    _text(container, key, where)
    field = {"party": "name", "org": "name"}.get(key, key)
    limit = column_limit(model, field)
    value = container.get(key) or ""
    if len(value.strip()) > limit:
        raise LoadError(f"{where}: {what} {limit}자를 넘습니다 ({len(value.strip()):,}자).")


def _choice(value, choices, what):
    if value is not None and value not in choices.values:
        raise LoadError(f"{what} {_shown(value)}은(는) 알 수 없는 값입니다.")


def _date(value, what):
    if value is None or value == "":
        return
    try:
        datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise LoadError(f"{what} {_shown(value)}은(는) 날짜(YYYY-MM-DD)가 아닙니다.") from None


def _span(span, where):
    if span is None:
        return
    if (
        not isinstance(span, list | tuple)
        or len(span) != 2
        or not all(isinstance(n, int) and not isinstance(n, bool) for n in span)
        or not 0 <= span[0] <= span[1] <= MAX_OFFSET
    ):
        raise LoadError(f"{where}: 위치('span')는 0 이상의 시작과 끝 두 정수여야 합니다 ({_shown(span)}).")


def _strings_storable(data):
    """Every text in the object can be stored: PostgreSQL refuses NUL, and UTF-8 lone surrogates."""
    pending = [data]
    while pending:
        value = pending.pop()
        if isinstance(value, dict):
            pending.extend(value.keys())
            pending.extend(value.values())
        elif isinstance(value, list):
            pending.extend(value)
        elif isinstance(value, str):
            if "\x00" in value:
                raise LoadError("NUL 문자(\\u0000)가 든 글자가 있습니다. 저장할 수 없습니다.")
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise LoadError("짝이 없는 서로게이트(\\ud800 등)가 든 글자가 있습니다. 저장할 수 없습니다.") from None


def _shown(value, limit=40):
    """A value as the file wrote it (JSON: true, null, "3억원"), cut to one short line."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    text = text.replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"
