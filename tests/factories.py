import datetime

import factory

from agreements.models import (
    Agreement,
    Article,
    Budget,
    Commitment,
    ImportConflict,
    ImportJob,
    MatchProposal,
    Participation,
    SourceDocument,
    Target,
)
from people.models import Membership, Organization, Person


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization

    name = factory.Sequence(lambda n: f"한빛{n}시")
    classification = Organization.Kind.GOVERNMENT


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    name = factory.Sequence(lambda n: f"김담당{n}")


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    person = factory.SubFactory(PersonFactory)
    organization = factory.SubFactory(OrganizationFactory)
    title = "시장"


class SourceDocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SourceDocument

    file_name = factory.Sequence(lambda n: f"press-{n}.txt")
    sha256 = factory.Sequence(lambda n: f"{n:064x}")
    raw_text = "한빛시는 협약을 체결했다."


class ImportJobFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ImportJob

    name = factory.Sequence(lambda n: f"upload-{n}.txt")
    data = "한빛시는 협약을 체결했다.".encode()


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    document = factory.SubFactory(SourceDocumentFactory)
    headline = factory.Sequence(lambda n: f"한빛시, 협약 체결 {n}")
    text = "한빛시는 지난 5일 새솔㈜와 업무협약을 체결했다."
    is_agreement = True


class AgreementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agreement

    title = factory.Sequence(lambda n: f"스마트시티 조성 업무협약 {n}")
    kind = Agreement.Kind.MOU
    status = Agreement.Status.SIGNED
    signed_on = datetime.date(2026, 1, 20)


class ParticipationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Participation

    agreement = factory.SubFactory(AgreementFactory)
    organization = factory.SubFactory(OrganizationFactory)
    role = Participation.Role.PARTY


class BudgetFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Budget

    agreement = factory.SubFactory(AgreementFactory)
    amount_krw = 300_700_000_000
    source_text = "3007억원"


class TargetFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Target

    agreement = factory.SubFactory(AgreementFactory)
    description = "2027년 완공"
    due_on = datetime.date(2027, 12, 31)
    due_precision = "year"


class CommitmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Commitment

    agreement = factory.SubFactory(AgreementFactory)
    text = "행정 절차를 신속하게 지원"


class ImportConflictFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ImportConflict

    agreement = factory.SubFactory(AgreementFactory)
    field = "title"
    kept_value = "가"
    incoming_value = "나"


class MatchProposalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MatchProposal

    agreement = factory.SubFactory(AgreementFactory)
    draft = factory.SubFactory(AgreementFactory)
    evidence = {"same_title": True, "shared": []}
