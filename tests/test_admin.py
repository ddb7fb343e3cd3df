import pytest
from django.contrib import admin
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db

FACTORIES = {
    "agreement": factories.AgreementFactory,
    "participation": factories.ParticipationFactory,
    "budget": factories.BudgetFactory,
    "target": factories.TargetFactory,
    "commitment": factories.CommitmentFactory,
    "article": factories.ArticleFactory,
    "sourcedocument": factories.SourceDocumentFactory,
    "importconflict": factories.ImportConflictFactory,
    "importjob": factories.ImportJobFactory,
    "matchproposal": factories.MatchProposalFactory,
    "organization": factories.OrganizationFactory,
    "person": factories.PersonFactory,
    "membership": factories.MembershipFactory,
}

PROJECT_MODELS = [m for m in admin.site._registry if m._meta.app_label in {"agreements", "people"}]


@pytest.mark.parametrize("model", PROJECT_MODELS, ids=lambda m: m._meta.model_name)
def test_it_answers_the_changelist_and_change_form_of_each_model(staff_client, model):
    """Every admin page of the project opens for a staff user, with a row in it."""
    opts = model._meta
    factory = FACTORIES.get(opts.model_name)
    if factory is None:  # a model without a factory gets a row from its agreement
        obj = model.objects.create(
            agreement=factories.AgreementFactory(), deadline_key="agreement:1", window="30", sent_to="a@b.c"
        )
    else:
        obj = factory()

    changelist = staff_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))
    change = staff_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk]))
    # an import job is added by the import form, where its "add" page leads
    add = staff_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_add"), follow=True)

    assert changelist.status_code == 200
    assert change.status_code == 200
    # A record only the importer makes (a match proposal) has no add form, even for a superuser.
    addable = admin.site._registry[model].has_add_permission(add.wsgi_request)
    assert add.status_code == (200 if addable else 403)
    assert str(obj) in changelist.content.decode()


def test_it_finds_organizations_by_autocomplete(staff_client):
    """The organisation autocomplete matches aliases as well as names."""
    factories.OrganizationFactory(name="새솔전자㈜", aliases=["SSE"])
    factories.OrganizationFactory(name="한빛시")
    url = reverse("admin:autocomplete")

    response = staff_client.get(
        url,
        {
            "term": "sse",
            "app_label": "agreements",
            "model_name": "participation",
            "field_name": "organization",
        },
    )

    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == ["새솔전자㈜"]


# --- data entry -----------------------------------------------------------------------------------

IMPORT_URL = "admin:agreements_agreement_import"
PRESS_RELEASE = (
    "한빛시, 새솔전자와 투자협약\n\n"
    "한빛시는 지난 5일 시청에서 새솔전자㈜와 3007억원 규모의 투자협약을 체결했다고 6일 밝혔다.\n"
    "새솔전자는 2027년까지 공장을 완공할 계획이다.\n"
)


def saved_rows():
    from agreements.models import Agreement, SourceDocument
    from people.models import Organization

    return SourceDocument.objects.count(), Agreement.objects.count(), Organization.objects.count()


def upload(name, data):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, data, content_type="text/plain")


def test_it_links_the_import_page_from_the_agreement_list(staff_client):
    """The changelist offers '문서 가져오기'."""
    page = staff_client.get(reverse("admin:agreements_agreement_changelist")).content.decode()

    assert "문서 가져오기" in page
    assert reverse(IMPORT_URL) in page


def test_it_imports_pasted_text_and_lands_on_its_drafts(staff_client):
    """Pasted text becomes drafts; the list is filtered to exactly those."""
    other = factories.AgreementFactory(title="다른 협약")

    response = staff_client.post(
        reverse(IMPORT_URL),
        {"text": PRESS_RELEASE, "name": "한빛일보 3면", "published": "2026-03-06"},
        follow=True,
    )

    from agreements.models import Agreement, SourceDocument

    made = Agreement.objects.exclude(pk=other.pk).get()
    assert list(response.context["cl"].result_list) == [made]
    assert made.review_state == "extracted"
    assert made.signed_on.isoformat() == "2026-03-05"
    assert made.budgets.get().amount_krw == 300_700_000_000
    document = SourceDocument.objects.get()
    assert (document.file_name, document.imported_by) == ("한빛일보 3면.txt", staff_client.user)
    assert "새 초안 1건" in response.content.decode()


def test_it_imports_an_uploaded_file_the_same_way_as_the_command(staff_client):
    """A CP949 .txt file goes through ingest_documents like `manage.py ingest`."""
    response = staff_client.post(
        reverse(IMPORT_URL), {"file": upload("release.txt", PRESS_RELEASE.encode("cp949"))}
    )

    assert response.status_code == 302
    assert "id__in=" in response.url
    assert saved_rows()[:2] == (1, 1)


def test_it_imports_a_saved_web_page(staff_client):
    """An uploaded .html page is read as its article, dated by the page, like `manage.py ingest`."""
    from agreements.models import Agreement, SourceDocument
    from tests.test_webpage import PAGES

    data = (PAGES / "news-with-chrome.html").read_bytes()
    response = staff_client.post(reverse(IMPORT_URL), {"file": upload("news.html", data)})

    assert response.status_code == 302
    assert Agreement.objects.get().signed_on.isoformat() == "2025-04-16"
    assert SourceDocument.objects.get().published_on.isoformat() == "2025-04-17"


def test_it_imports_the_same_document_twice_without_a_duplicate(staff_client):
    """Importing the same text again finds the same draft."""
    for _ in range(2):
        staff_client.post(reverse(IMPORT_URL), {"text": PRESS_RELEASE})

    assert saved_rows()[:2] == (1, 1)


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary.txt"),
        ("bad.txt", "한글".encode("utf-16-le") + b"\xff\xfe\x00\xd8", "bad.txt"),
    ],
)
def test_it_shows_a_bad_file_as_a_form_error_and_saves_nothing(staff_client, name, data, reason):
    """A file the reader refuses (DocumentError) is reported on the form; nothing is written."""
    response = staff_client.post(reverse(IMPORT_URL), {"file": upload(name, data)})

    assert response.status_code == 200
    errors = response.context["form"].non_field_errors()
    assert errors and reason in errors[0]
    assert "아무것도 저장하지 않았습니다" in errors[0]
    assert saved_rows() == (0, 0, 0)


def test_it_refuses_a_file_larger_than_the_limit(staff_client, settings):
    """The size limit of `ingest` applies to uploads too."""
    settings.INGEST_MAX_BYTES = 100

    response = staff_client.post(reverse(IMPORT_URL), {"file": upload("big.txt", PRESS_RELEASE.encode() * 5)})

    assert "문서가 너무 큽니다" in response.context["form"].non_field_errors()[0]
    assert saved_rows() == (0, 0, 0)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "텍스트 파일을 고르거나 본문을 붙여넣어 주세요."),
        ({"text": "본문", "file": "x"}, "하나만"),
    ],
)
def test_it_asks_for_exactly_one_document(staff_client, data, message):
    """Neither or both of file and text is a form error."""
    if "file" in data:
        data["file"] = upload("a.txt", b"text")

    response = staff_client.post(reverse(IMPORT_URL), data)

    assert message in response.context["form"].non_field_errors()[0]
    assert saved_rows() == (0, 0, 0)


def test_it_takes_only_the_document_files_it_reads(staff_client):
    """A .json or .docx upload is refused on the file field, naming the files it takes."""
    response = staff_client.post(reverse(IMPORT_URL), {"file": upload("page.docx", b"PK\x03\x04")})

    error = response.context["form"].errors["file"][0]
    assert "텍스트(.txt), 웹 페이지(.html, .htm), PDF, 한글(.hwp, .hwpx) 파일만" in error


def test_it_enters_money_and_a_deadline_the_way_people_write_them(staff_client):
    """A new agreement typed with '3007억원' and '2027' stores won and a year deadline."""
    from agreements.models import Agreement

    data = {
        "title": "새 협약",
        "kind": "mou",
        "status": "signed",
        "due": "2027",
        "participations-TOTAL_FORMS": "0",
        "participations-INITIAL_FORMS": "0",
        "budgets-TOTAL_FORMS": "1",
        "budgets-INITIAL_FORMS": "0",
        "budgets-0-amount_krw": "3007억원",
        "targets-TOTAL_FORMS": "1",
        "targets-INITIAL_FORMS": "0",
        "targets-0-description": "완공",
        "targets-0-due": "2026 하반기",
        "commitments-TOTAL_FORMS": "0",
        "commitments-INITIAL_FORMS": "0",
    }

    response = staff_client.post(reverse("admin:agreements_agreement_add"), data)

    assert response.status_code == 302, response.context["adminform"].form.errors
    agreement = Agreement.objects.get()
    assert (str(agreement.due_on), agreement.due_precision) == ("2027-12-31", "year")
    budget, target = agreement.budgets.get(), agreement.targets.get()
    assert (budget.amount_krw, budget.locked) == (300_700_000_000, True)
    assert (str(target.due_on), target.due_precision, target.locked) == ("2026-12-31", "half", True)
    page = staff_client.get(
        reverse("admin:agreements_agreement_change", args=[agreement.pk])
    ).content.decode()
    assert 'value="3,007억 원"' in page
    assert 'value="2027년"' in page
    assert 'value="2026년 하반기"' in page


def test_it_shows_a_korean_error_for_money_it_cannot_read(staff_client):
    """An unreadable amount in the budget inline is an error on that field; nothing is saved."""
    from agreements.models import Agreement

    data = {
        "title": "새 협약",
        "kind": "mou",
        "status": "signed",
        "due": "언젠가",
        "participations-TOTAL_FORMS": "0",
        "participations-INITIAL_FORMS": "0",
        "budgets-TOTAL_FORMS": "1",
        "budgets-INITIAL_FORMS": "0",
        "budgets-0-amount_krw": "삼천억쯤",
        "targets-TOTAL_FORMS": "0",
        "targets-INITIAL_FORMS": "0",
        "commitments-TOTAL_FORMS": "0",
        "commitments-INITIAL_FORMS": "0",
    }

    response = staff_client.post(reverse("admin:agreements_agreement_add"), data)

    assert response.status_code == 200
    page = response.content.decode()
    assert "금액으로 읽을 수 없습니다" in page
    assert "기한으로 읽을 수 없습니다" in page
    assert not Agreement.objects.exists()


def test_it_offers_to_add_an_organization_from_the_party_inline(staff_client):
    """The organisation autocomplete in the inline has Django's 'add another' link."""
    agreement = factories.AgreementFactory()

    page = staff_client.get(
        reverse("admin:agreements_agreement_change", args=[agreement.pk])
    ).content.decode()

    assert 'id="add_id_participations-__prefix__-organization"' in page
    assert "admin-autocomplete" in page


def test_it_offers_the_csv_export_of_the_selected_agreements(staff_client):
    """The agreement list has the tracking CSV export as an action."""
    factories.AgreementFactory()
    page = staff_client.get(reverse("admin:agreements_agreement_changelist")).content.decode()

    assert 'value="export_selected_as_csv"' in page


def test_it_edits_aliases_as_lines_in_the_organization_form(staff_client):
    """The organisation form shows aliases one a line, not as JSON."""
    organization = factories.OrganizationFactory(aliases=["㈜BAIDC", "BAIDC"])

    page = staff_client.get(
        reverse("admin:people_organization_change", args=[organization.pk])
    ).content.decode()

    assert "㈜BAIDC\nBAIDC</textarea>" in page
