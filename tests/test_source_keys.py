"""An agreement is keyed on its document; a later document that looks like it is only a proposal."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from agreements.loader import load_extraction
from agreements.matching import match_confirm, match_reject
from agreements.models import Agreement, Budget, ImportConflict, MatchProposal
from agreements.review import agreement_review
from tests import test_permissions
from tests.test_reimport import edit_in_admin

pytestmark = pytest.mark.django_db

EOK = 100_000_000  # 억
member = test_permissions.member  # a logged-in member of one of the three groups


def release(sha, title, parties, amount, *, headline="업무협약 체결", place=""):
    """A press release of one article with one agreement, as the extractor gives it."""
    agreement = {
        "title": title,
        "kind": "mou",
        "place": place,
        "parties": [{"name": name, "role": "party"} for name in parties],
        "budgets": [{"text": f"{amount}억원", "amount_krw": amount * EOK}] if amount else [],
    }
    article = {"headline": headline, "text": "…", "is_agreement": True, "agreements": [agreement]}
    return {"file": f"{sha[:6]}.txt", "sha256": sha, "articles": [article]}


def budget_of(title):
    return sorted(Budget.objects.filter(agreement__title=title).values_list("amount_krw", flat=True))


def test_it_gives_each_release_with_the_same_headline_its_own_agreement():
    """Three releases headed '업무협약 체결' are three agreements, each with its own title, parties and budget."""
    load_extraction(release("a" * 64, "한빛시-새솔전자 투자 업무협약", ["한빛시", "새솔전자"], 500))
    load_extraction(release("b" * 64, "한빛시-푸른물산 물류 업무협약", ["한빛시", "푸른물산"], 30))
    report = load_extraction(
        release("c" * 64, "한빛시-다온대학교 인재 업무협약", ["한빛시", "다온대학교"], 0)
    )

    assert Agreement.objects.count() == 3
    assert report.counts["agreement"]["created"] == 1
    assert budget_of("한빛시-새솔전자 투자 업무협약") == [500 * EOK]
    assert budget_of("한빛시-푸른물산 물류 업무협약") == [30 * EOK]
    first = Agreement.objects.get(title="한빛시-새솔전자 투자 업무협약")
    assert sorted(first.participations.values_list("organization__name", flat=True)) == ["새솔전자", "한빛시"]
    assert not MatchProposal.objects.exists()  # the city alone does not make two agreements one


def test_a_reviewed_agreement_does_not_swallow_a_later_release_with_its_headline(django_user_model):
    """A third release under the reviewed one's headline gets its own agreement and no conflicts."""
    load_extraction(release("a" * 64, "한빛시-새솔전자 투자 업무협약", ["한빛시", "새솔전자"], 500))
    agreement_review(agreement=Agreement.objects.get(), by=django_user_model.objects.create_user("r"))
    load_extraction(release("b" * 64, "한빛시-푸른물산 물류 업무협약", ["한빛시", "푸른물산"], 30))
    load_extraction(release("c" * 64, "한빛시-다온대학교 인재 업무협약", ["한빛시", "다온대학교"], 10))

    assert Agreement.objects.count() == 3
    assert Agreement.objects.drafts().count() == 2
    assert budget_of("한빛시-다온대학교 인재 업무협약") == [10 * EOK]
    assert not ImportConflict.objects.exists()


def test_it_keeps_releases_without_a_headline_apart():
    """Without headlines two different agreements stay two, and a same-titled one is only proposed."""
    load_extraction(release("a" * 64, "한빛시 새솔전자 투자협약", [], 100, headline=""))
    load_extraction(release("b" * 64, "한빛시 푸른물산 투자협약", [], 50, headline=""))
    report = load_extraction(release("c" * 64, "한빛시 새솔전자 투자협약", [], 200, headline=""))

    assert Agreement.objects.count() == 3
    assert sorted(Budget.objects.values_list("amount_krw", flat=True)) == [50 * EOK, 100 * EOK, 200 * EOK]
    proposal = MatchProposal.objects.get()
    first, draft = Agreement.objects.filter(title="한빛시 새솔전자 투자협약").order_by("id")
    assert (proposal.agreement, proposal.draft, proposal.state) == (first, draft, MatchProposal.State.OPEN)
    assert report.proposals == [(draft.pk, first.pk)]


def test_the_same_document_again_finds_its_own_agreements_and_changes_nothing():
    """Re-importing a document finds each agreement by the document, unchanged, with no proposals."""
    data = release("a" * 64, "한빛시-새솔전자 투자 업무협약", ["한빛시", "새솔전자"], 500)
    load_extraction(data)

    report = load_extraction(release("a" * 64, "한빛시-새솔전자 투자 업무협약", ["한빛시", "새솔전자"], 500))

    assert report.counts["agreement"]["unchanged"] == 1
    assert report.total("created") == 0
    assert Agreement.objects.get().source_key.startswith("a" * 64)
    assert not MatchProposal.objects.exists()


def corrected_pair():
    """The original release and a corrected version: the same headline, the parties, another budget."""
    load_extraction(
        release("a" * 64, "한빛시-새솔전자 투자 업무협약", ["한빛시", "㈜새솔전자"], 500, place="시청")
    )
    report = load_extraction(
        release(
            "b" * 64,
            "한빛시-새솔전자 투자 업무협약",
            ["한빛시", "새솔전자", "한빛테크노파크"],
            550,
            place="도청",
        )
    )
    original, draft = Agreement.objects.order_by("id")
    return original, draft, report


def test_a_corrected_document_makes_a_draft_and_a_proposal_not_an_overwrite():
    """The corrected release leaves the existing agreement as it was and proposes the match."""
    original, draft, report = corrected_pair()

    assert budget_of(original.title) == [500 * EOK, 550 * EOK]  # one each
    original.refresh_from_db()
    assert original.place == "시청"
    assert list(Budget.objects.filter(agreement=original).values_list("amount_krw", flat=True)) == [500 * EOK]
    proposal = MatchProposal.objects.get()
    assert (proposal.agreement, proposal.draft) == (original, draft)
    assert report.counts["agreement"]["created"] == 1
    assert "proposed as the same agreement: 1" in report.summary()


def test_confirming_a_proposal_brings_the_new_values_in_without_overwriting_a_persons_edit(staff_client):
    """Confirmed: untouched values take the new document's, an edited one stays with a conflict, the draft goes."""
    load_extraction(
        release("a" * 64, "한빛시-새솔전자 투자 업무협약", ["한빛시", "새솔전자"], 500, place="시청")
    )
    original = Agreement.objects.get()
    edit_in_admin(staff_client, original, title="한빛시·새솔전자 반도체 투자협약")
    load_extraction(
        release("b" * 64, "한빛시-새솔전자 투자 업무협약", ["한빛시", "새솔전자"], 550, place="도청")
    )
    proposal = MatchProposal.objects.get()
    draft_pk = proposal.draft_id

    report = match_confirm(proposal=proposal, by=staff_client.user)

    original.refresh_from_db()
    assert original.title == "한빛시·새솔전자 반도체 투자협약"  # a person's edit
    assert original.place == "도청"  # nobody touched it
    assert budget_of(original.title) == [550 * EOK]
    conflict = ImportConflict.objects.get(agreement=original)
    assert (conflict.field, conflict.incoming_value) == ("title", "한빛시-새솔전자 투자 업무협약")
    assert not Agreement.objects.filter(pk=draft_pk).exists()
    assert Agreement.objects.count() == 1
    proposal.refresh_from_db()
    assert (proposal.state, proposal.decided_by) == (MatchProposal.State.CONFIRMED, staff_client.user)
    assert report.conflicts == 1


def test_a_confirmed_match_is_not_undone_by_importing_either_document_again(django_user_model):
    """After the merge both documents find the one agreement, and the older one changes nothing."""
    original, _, _ = corrected_pair()
    match_confirm(proposal=MatchProposal.objects.get(), by=django_user_model.objects.create_user("r"))

    again_new = load_extraction(
        release(
            "b" * 64,
            "한빛시-새솔전자 투자 업무협약",
            ["한빛시", "새솔전자", "한빛테크노파크"],
            550,
            place="도청",
        )
    )
    again_old = load_extraction(
        release("a" * 64, "한빛시-새솔전자 투자 업무협약", ["한빛시", "㈜새솔전자"], 500, place="시청")
    )

    assert Agreement.objects.count() == 1
    original.refresh_from_db()
    assert (original.place, budget_of(original.title)) == ("도청", [550 * EOK])
    for report in (again_new, again_old):
        assert report.counts["agreement"]["unchanged"] == 1
        assert report.total("created") == 0
    assert MatchProposal.objects.count() == 1


def test_confirming_into_a_reviewed_agreement_only_records_conflicts(django_user_model):
    """A reviewed agreement keeps every value; the confirmed draft's differences wait as conflicts."""
    reviewer = django_user_model.objects.create_user("r")
    load_extraction(
        release("a" * 64, "한빛시-새솔전자 투자 업무협약", ["한빛시", "새솔전자"], 500, place="시청")
    )
    original = agreement_review(agreement=Agreement.objects.get(), by=reviewer)
    load_extraction(
        release("b" * 64, "한빛시-새솔전자 투자 업무협약", ["한빛시", "새솔전자"], 550, place="도청")
    )

    match_confirm(proposal=MatchProposal.objects.get(), by=reviewer)

    original.refresh_from_db()
    assert (original.place, original.review_state) == ("시청", Agreement.ReviewState.REVIEWED)
    assert budget_of(original.title) == [500 * EOK]
    fields = set(ImportConflict.objects.filter(agreement=original).values_list("field", flat=True))
    assert "place" in fields and any(f.startswith("budget:") for f in fields)


def test_rejecting_a_proposal_keeps_both_and_does_not_ask_again(django_user_model):
    """Rejected: both agreements stay, and importing the later document again proposes nothing new."""
    original, draft, _ = corrected_pair()

    match_reject(proposal=MatchProposal.objects.get(), by=django_user_model.objects.create_user("r"))
    load_extraction(
        release(
            "b" * 64,
            "한빛시-새솔전자 투자 업무협약",
            ["한빛시", "새솔전자", "한빛테크노파크"],
            550,
            place="도청",
        )
    )

    assert set(Agreement.objects.values_list("pk", flat=True)) == {original.pk, draft.pk}
    assert MatchProposal.objects.get().state == MatchProposal.State.REJECTED


def test_it_refuses_to_decide_a_proposal_twice(django_user_model):
    """A decided proposal cannot be confirmed or rejected again."""
    corrected_pair()
    user = django_user_model.objects.create_user("r")
    proposal = MatchProposal.objects.get()
    match_reject(proposal=proposal, by=user)

    with pytest.raises(Exception, match="이미 처리한 제안"):
        match_confirm(proposal=proposal, by=user)


def test_the_review_screen_shows_the_proposal_to_a_reviewer_who_confirms_it(member):
    """The draft's review screen says which agreement it may be; a 검토자 confirms it there."""
    original, draft, _ = corrected_pair()
    client = member("검토자")
    proposal = MatchProposal.objects.get()

    page = client.get(reverse("admin:agreements_agreement_review", args=[draft.pk])).content.decode()
    assert f"이 초안은 #{original.pk} 협약과 같은 협약일 수 있습니다" in page
    assert 'value="confirm"' in page and 'value="reject"' in page

    url = reverse("admin:agreements_agreement_match", args=[draft.pk, proposal.pk])
    response = client.post(url, {"decision": "confirm"})

    assert response.status_code == 302
    assert response["Location"] == reverse("admin:agreements_agreement_review", args=[original.pk])
    assert list(Agreement.objects.values_list("pk", flat=True)) == [original.pk]


def test_a_clerk_without_review_permission_cannot_confirm_a_proposal(member):
    """A 담당자 sees the proposal but no buttons, and a forged POST is refused and changes nothing."""
    _, draft, _ = corrected_pair()
    client = member("담당자")
    assert not client.user.has_perm("agreements.review_agreement")
    assert Group.objects.get(name="담당자") in client.user.groups.all()
    proposal = MatchProposal.objects.get()

    page = client.get(reverse("admin:agreements_agreement_review", args=[draft.pk])).content.decode()
    url = reverse("admin:agreements_agreement_match", args=[draft.pk, proposal.pk])
    response = client.post(url, {"decision": "confirm"})

    assert "같은 협약일 수 있습니다" in page and 'value="confirm"' not in page
    assert response.status_code == 403
    assert Agreement.objects.count() == 2
    assert MatchProposal.objects.get().state == MatchProposal.State.OPEN
