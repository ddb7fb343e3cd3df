import copy
import datetime

import pytest
from django.urls import reverse

from agreements.loader import load_extraction
from agreements.models import Agreement, ImportConflict, MatchProposal
from agreements.review import Mark, agreement_review, highlighted_source, source_marks
from tests import factories
from tests.adminforms import fresh
from tests.test_reimport import load_confirmed

pytestmark = pytest.mark.django_db


def review_url(agreement):
    return reverse("admin:agreements_agreement_review", args=[agreement.pk])


def done_url(agreement):
    return reverse("admin:agreements_agreement_review_done", args=[agreement.pk])


def test_it_marks_each_value_where_it_stands_and_escapes_the_rest():
    """Marks wrap the span's words; markup in the article is shown as text."""
    text = "<b>한빛시</b>는 3007억원을 투자한다."
    start = text.index("3007억원")

    html = str(highlighted_source(text, [Mark(start, start + 6, "사업비", "budget-1")]))

    assert html.startswith("&lt;b&gt;한빛시&lt;/b&gt;는 ")
    assert (
        '<mark class="hy-mark" id="src-budget-1" data-target="budget-1" title="사업비">3007억원<sup>사업비</sup></mark>'
        in html
    )
    assert html.endswith("을 투자한다.")


def test_it_escapes_the_words_inside_a_mark_and_its_label():
    """A span over markup, and a label with quotes, stay text."""
    html = str(highlighted_source("a<script>x</script>b", [Mark(1, 9, '"라벨"', "x")]))

    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert 'title="&quot;라벨&quot;"' in html


def test_it_leaves_out_a_mark_inside_another():
    """Overlapping spans are not nested; the longer one that starts first is shown."""
    html = str(
        highlighted_source("전주시 덕진구", [Mark(0, 7, "사업 위치", "a"), Mark(0, 3, "참여 기관", "b")])
    )

    assert html.count("<mark") == 1
    assert 'data-target="a"' in html


def test_it_draws_one_stretch_marked_twice_once_with_both_labels():
    """The deadline and the target that both say '2027년 완공' share one mark."""
    html = str(
        highlighted_source(
            "2027년 완공 목표", [Mark(0, 8, "완료 목표", "field-due"), Mark(0, 8, "목표", "target-3")]
        )
    )

    assert html.count("<mark") == 1
    assert 'data-target="field-due target-3"' in html
    assert '<a id="src-target-3"></a>' in html
    assert "<sup>완료 목표 · 목표</sup>" in html


def test_it_finds_values_without_spans_by_their_words():
    """The demo fixture has no spans: values are found in the text and marked as found."""
    article = factories.ArticleFactory(text="한빛시는 지난 5일 새솔㈜와 3007억원 규모의 협약을 맺었다.")
    agreement = factories.AgreementFactory(article=article, signed_on_text="지난 5일")
    budget = factories.BudgetFactory(agreement=agreement, source_text="3007억원")

    marks = {m.anchor: m for m in source_marks(agreement, [budget])}

    assert marks[f"budget-{budget.pk}"].found
    assert article.text[marks[f"budget-{budget.pk}"].start : marks[f"budget-{budget.pk}"].end] == "3007억원"
    assert article.text[marks["field-signed_on"].start : marks["field-signed_on"].end] == "지난 5일"


def test_it_ignores_a_span_outside_the_text():
    """A stale span past the end of the article is not drawn."""
    article = factories.ArticleFactory(text="짧은 글")
    agreement = factories.AgreementFactory(article=article, spans={"title": [2, 40]})

    assert source_marks(agreement, []) == []


def test_it_shows_the_article_and_the_values_on_the_review_screen(sample_extraction, staff_client):
    """The screen has the article text with marks, the values, and the review button."""
    load_extraction(sample_extraction)
    agreement = Agreement.objects.get(kind="mou")

    response = staff_client.get(review_url(agreement))

    page = response.content.decode()
    assert response.status_code == 200
    assert "갈수록 급증하는 AI 인프라 수요" in page
    assert 'class="hy-mark hy-mark-found"' in page
    assert "3,007억 원" in page
    assert "2027년" in page
    assert "검토 완료" in page
    assert done_url(agreement) in page


def test_it_reads_the_extractor_spans_of_a_text_document(staff_client):
    """A document read from text keeps each value's span, and the screen marks it there."""
    text = (
        "한빛시, 새솔전자와 투자협약\n\n"
        "한빛시는 지난 5일 시청에서 새솔전자㈜와 3007억원 규모의 투자협약을 체결했다고 6일 밝혔다.\n"
        "새솔전자는 2027년까지 공장을 완공할 계획이다.\n"
    )
    staff_client.post(
        reverse("admin:agreements_agreement_import"),
        {"text": text, "name": "한빛일보", "published": "2026-03-06"},
    )
    agreement = Agreement.objects.get()

    page = staff_client.get(review_url(agreement)).content.decode()

    assert 'class="hy-mark"' in page  # from a stored span, not found by words


def test_it_marks_a_draft_reviewed_by_whom_and_when(staff_client):
    """The 검토 완료 button records the reviewer and the time, and says so in the history."""
    agreement = factories.AgreementFactory()

    response = staff_client.post(done_url(agreement), fresh(agreement))

    assert response.status_code == 302
    agreement.refresh_from_db()
    assert agreement.review_state == "reviewed"
    assert agreement.reviewed_by == staff_client.user
    assert agreement.reviewed_at is not None
    assert agreement.history.latest().history_change_reason == "검토 완료"


def test_it_goes_on_to_the_next_draft_when_asked(staff_client):
    """'검토 완료 후 다음 초안' lands on the next draft's review screen."""
    first, second = factories.AgreementFactory(), factories.AgreementFactory()

    response = staff_client.post(done_url(first), {"next": "1", **fresh(first)})

    assert response.url == review_url(second)


def test_it_refuses_to_review_by_get(staff_client):
    """Marking reviewed is a POST; a GET changes nothing."""
    agreement = factories.AgreementFactory()

    assert staff_client.get(done_url(agreement)).status_code == 405
    agreement.refresh_from_db()
    assert agreement.review_state == "extracted"


def test_it_does_not_review_twice(django_user_model):
    """Reviewing a reviewed agreement is refused, so the first reviewer stays on record."""
    first = django_user_model.objects.create_user("first")
    agreement = agreement_review(agreement=factories.AgreementFactory(), by=first)

    with pytest.raises(Exception, match="이미 검토"):
        agreement_review(agreement=agreement, by=django_user_model.objects.create_user("second"))


def test_it_lists_open_conflicts_with_both_choices(staff_client):
    """An open conflict shows the kept and the new value and the two buttons."""
    conflict = factories.ImportConflictFactory(
        field="place", kept_value="시청 4층", incoming_value="시청 5층", incoming_data={"place": "시청 5층"}
    )
    factories.ImportConflictFactory(agreement=conflict.agreement, resolved=True, incoming_value="지난 값")

    page = staff_client.get(review_url(conflict.agreement)).content.decode()

    assert "시청 4층" in page and "시청 5층" in page
    assert "체결 장소" in page
    assert 'value="accept"' in page and 'value="keep"' in page
    assert "지난 값" not in page


def test_it_accepts_the_new_value_from_the_review_screen(staff_client):
    """Accepting writes the document's value and settles the conflict."""
    agreement = factories.AgreementFactory(place="시청 4층", locked_fields=["place"])
    conflict = factories.ImportConflictFactory(
        agreement=agreement,
        field="place",
        kept_value="시청 4층",
        incoming_value="시청 5층",
        incoming_data={"place": "시청 5층"},
    )
    url = reverse("admin:agreements_agreement_conflict", args=[agreement.pk, conflict.pk])

    response = staff_client.post(url, {"decision": "accept", **fresh(agreement)})

    assert response.status_code == 302
    agreement.refresh_from_db()
    assert agreement.place == "시청 5층"
    assert ImportConflict.objects.get(pk=conflict.pk).resolved


def test_it_keeps_the_old_value_from_the_review_screen(staff_client):
    """Keeping settles the conflict and leaves the value."""
    agreement = factories.AgreementFactory(place="시청 4층")
    conflict = factories.ImportConflictFactory(
        agreement=agreement, field="place", incoming_data={"place": "x"}
    )
    url = reverse("admin:agreements_agreement_conflict", args=[agreement.pk, conflict.pk])

    staff_client.post(url, {"decision": "keep", **fresh(agreement)})

    agreement.refresh_from_db()
    assert agreement.place == "시청 4층"
    assert ImportConflict.objects.get(pk=conflict.pk).resolved


def test_it_counts_drafts_waiting_on_the_changelist_and_the_index(staff_client):
    """Both the admin index and the agreement list say how many drafts wait."""
    factories.AgreementFactory.create_batch(3)
    factories.AgreementFactory(
        review_state="reviewed", reviewed_at=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    )

    changelist = staff_client.get(reverse("admin:agreements_agreement_changelist")).content.decode()
    index = staff_client.get(reverse("admin:index")).content.decode()

    assert "검토 대기 3건" in changelist
    assert "처리할 가져오기 충돌" not in changelist
    assert "검토 대기 협약 3건" in index
    assert "review_state__exact=extracted" in changelist


def test_it_filters_the_changelist_to_drafts(staff_client):
    """The review state filter shows only drafts."""
    draft = factories.AgreementFactory(title="초안 협약")
    factories.AgreementFactory(title="검토한 협약", review_state="reviewed")

    response = staff_client.get(
        reverse("admin:agreements_agreement_changelist"), {"review_state__exact": "extracted"}
    )

    assert list(response.context["cl"].result_list) == [draft]


def test_it_builds_the_review_screen_in_a_fixed_number_of_queries(
    sample_extraction, staff_client, django_assert_num_queries
):
    """The review screen's queries do not grow with the parts, conflicts or proposals of an agreement."""
    load_extraction(sample_extraction)
    agreement = Agreement.objects.get(kind="mou")
    factories.ImportConflictFactory.create_batch(3, agreement=agreement)
    for other in Agreement.objects.exclude(pk=agreement.pk)[:2]:
        MatchProposal.objects.create(agreement=other, draft=agreement, evidence={"shared": ["전주시"]})
    staff_client.get(review_url(agreement))  # warm the session

    # session, user, agreement (+article, document, reviewer, owner), participations (+organisation,
    # signatory), budgets (no funders here, so no funder query), targets, commitments, their
    # organisations, conflicts (+document), match proposals (+both agreements, document), the next
    # draft, the drafts count
    with django_assert_num_queries(12):
        staff_client.get(review_url(agreement))


def test_it_explains_a_conflict_about_a_part_deleted_since(staff_client):
    """Accepting the new value of a part a person has deleted since is refused with a message, not a 500."""
    budget = factories.BudgetFactory(amount_krw=300_700_000_000, locked=True)
    conflict = factories.ImportConflictFactory(
        agreement=budget.agreement,
        field=f"budget:{budget.pk}",
        kept_value="사업비: 3,007억 원",
        incoming_value="사업비: 3,000억 원",
        incoming_data={"model": "budget", "pk": budget.pk, "values": {"amount_krw": 300_000_000_000}},
    )
    budget.delete()
    url = reverse("admin:agreements_agreement_conflict", args=[conflict.agreement.pk, conflict.pk])

    response = staff_client.post(url, {"decision": "accept", **fresh(conflict.agreement)}, follow=True)

    assert response.status_code == 200
    assert "지운" in response.content.decode()
    assert not ImportConflict.objects.get(pk=conflict.pk).resolved


def test_it_explains_a_new_party_a_person_has_added_since(staff_client):
    """Accepting a party the agreement already has (added by hand since) is refused with a message."""
    participation = factories.ParticipationFactory(locked=True)
    conflict = factories.ImportConflictFactory(
        agreement=participation.agreement,
        field="participation:new",
        kept_value="",
        incoming_value=f"참여 기관: {participation.organization.name} (협약 당사자)",
        incoming_data={
            "model": "participation",
            "pk": None,
            "values": {"organization_id": participation.organization_id, "role": "party", "position": 0},
        },
    )
    url = reverse("admin:agreements_agreement_conflict", args=[conflict.agreement.pk, conflict.pk])

    response = staff_client.post(url, {"decision": "accept", **fresh(conflict.agreement)}, follow=True)

    assert response.status_code == 200
    assert participation.agreement.participations.count() == 1
    assert not ImportConflict.objects.get(pk=conflict.pk).resolved


def test_a_reviewer_sends_a_reviewed_agreement_back_to_the_drafts(staff_client):
    """'검토 다시 열기' puts it back in the queue; the history says who reopened it and when."""
    agreement = factories.AgreementFactory()
    staff_client.post(done_url(agreement), fresh(agreement))

    staff_client.post(reverse("admin:agreements_agreement_review_reopen", args=[agreement.pk]), fresh(agreement))

    agreement.refresh_from_db()
    assert agreement.review_state == "extracted"
    assert (agreement.reviewed_by, agreement.reviewed_at) == (None, None)
    latest = agreement.history.first()
    assert (latest.history_change_reason, latest.history_user) == ("검토 다시 열기", staff_client.user)
    assert agreement in Agreement.objects.drafts()


def test_it_offers_to_reopen_only_a_reviewed_agreement(staff_client):
    """The review screen of a draft has '검토 완료'; of a reviewed agreement, '검토 다시 열기'."""
    draft = factories.AgreementFactory()
    reviewed = factories.AgreementFactory(review_state="reviewed")
    reopen = "admin:agreements_agreement_review_reopen"

    draft_page = staff_client.get(review_url(draft)).content.decode()
    reviewed_page = staff_client.get(review_url(reviewed)).content.decode()

    assert reverse(reopen, args=[draft.pk]) not in draft_page
    assert reverse(reopen, args=[reviewed.pk]) in reviewed_page
    assert done_url(reviewed) not in reviewed_page


def test_it_refuses_to_reopen_a_draft_with_a_message(staff_client):
    """Reopening what is already a draft changes nothing and says why."""
    agreement = factories.AgreementFactory()

    response = staff_client.post(
        reverse("admin:agreements_agreement_review_reopen", args=[agreement.pk]), fresh(agreement), follow=True
    )

    assert "검토를 마치지 않은 협약입니다." in response.content.decode()
    assert agreement.history.count() == 1


def test_a_reopened_agreement_takes_new_values_but_keeps_what_a_person_edited(
    sample_extraction, staff_client
):
    """Once reopened, a re-import updates untouched values again; a person's edit stays locked."""
    load_extraction(sample_extraction)
    agreement = Agreement.objects.get(kind="mou")
    agreement.place = "시청 4층"
    agreement.locked_fields = ["place"]
    agreement.save()
    agreement_review(agreement=agreement, by=staff_client.user)
    staff_client.post(reverse("admin:agreements_agreement_review_reopen", args=[agreement.pk]), fresh(agreement))
    corrected = copy.deepcopy(sample_extraction)
    corrected["sha256"] = "c" * 64
    corrected["articles"][0]["agreements"][0].update(title="새 협약명", place="도청 회의실")

    load_confirmed(corrected)

    agreement.refresh_from_db()
    assert agreement.title == "새 협약명"
    assert agreement.place == "시청 4층"
