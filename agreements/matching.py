"""A later document's draft that may be an agreement we have: proposed, then confirmed or rejected.

An agreement is keyed on its own document (loader.source_key), so a corrected press release, or
another outlet's story of the same signing, makes a draft of its own. When the draft looks like an
existing agreement, a MatchProposal asks a reviewer: "이 초안은 #N 협약과 같은 협약일 수 있습니다".

propose_matches(agreement, organizations, document, report)   at import: record the proposals
match_confirm(*, proposal, by)    the draft's values come into the agreement, the draft goes
match_reject(*, proposal, by)     both stay, and the same documents never ask again
superseded(key)                   the agreement a merged document's older key now stands for

Looks like means: the same match key (the normalised headline, or the title when there is none,
with the agreement's index in its article; an indexed column) from another document, and either
the same title or more than half of the smaller list of parties in common. A generic headline
('업무협약 체결') shared by the city alone is not enough.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from people.models import Organization
from people.names import normalize_org_name

from .models import Agreement, MatchProposal, Participation
from .reconcile import AGREEMENT_FIELDS, PART_MODELS, LoadReport, reconcile_agreement

# A draft is compared with at most this many existing agreements of its key, the newest first.
MAX_CANDIDATES = 5


def propose_matches(agreement, organizations, document, report):
    """Record a proposal for each existing agreement from another document that `agreement` may be."""
    if not agreement.match_key:
        return
    candidates = list(
        Agreement.objects.filter(match_key=agreement.match_key)
        .exclude(pk=agreement.pk)
        .exclude(article__document=document)
        .order_by("-id")[:MAX_CANDIDATES]
    )
    if not candidates:
        return
    mine = {org.pk for org in organizations}
    theirs = {}
    for agreement_id, org_id in Participation.objects.filter(agreement__in=candidates).values_list(
        "agreement_id", "organization_id"
    ):
        theirs.setdefault(agreement_id, set()).add(org_id)
    title = normalize_org_name(agreement.title)
    names = {}
    for candidate in reversed(candidates):  # the oldest first, as a reviewer reads them
        shared = mine & theirs.get(candidate.pk, set())
        same_title = bool(title) and normalize_org_name(candidate.title) == title
        smaller = min(len(mine), len(theirs.get(candidate.pk, ())))
        if not (same_title or (smaller and 2 * len(shared) > smaller)):
            continue
        if shared and not names:
            names = dict(Organization.objects.filter(pk__in=mine).values_list("pk", "name"))
        MatchProposal.objects.create(
            agreement=candidate,
            draft=agreement,
            document=document,
            evidence={"same_title": same_title, "shared": sorted(names[pk] for pk in shared)},
        )
        report.proposals.append((agreement.pk, candidate.pk))


def superseded(key):
    """The agreement a merged draft's document is now part of, when `key` is the key it retired."""
    proposal = (
        MatchProposal.objects.filter(retired_key=key, state=MatchProposal.State.CONFIRMED)
        .select_related("agreement")
        .first()
    )
    return proposal.agreement if proposal else None


def open_proposals(agreement):
    """The open proposals about `agreement`, as the draft or as the existing agreement."""
    return (
        MatchProposal.objects.filter(state=MatchProposal.State.OPEN, draft__isnull=False)
        .filter(Q(draft=agreement) | Q(agreement=agreement))
        .select_related("agreement", "draft", "document")
        .order_by("id")
    )


def _decidable(proposal):
    """The proposal, locked for this transaction, if it is still open; otherwise a ValidationError."""
    proposal = MatchProposal.objects.select_for_update().filter(pk=proposal.pk).first()
    if proposal is None or proposal.state != MatchProposal.State.OPEN:
        raise ValidationError(_("이미 처리한 제안입니다."))
    if proposal.draft_id is None:
        raise ValidationError(_("초안이 지워져서 합칠 수 없습니다."))
    return proposal


def _decided(proposal, state, by):
    proposal.state = state
    proposal.decided_by = by
    proposal.decided_at = timezone.now()
    proposal.save()


@transaction.atomic
def match_reject(*, proposal, by):
    """The draft is another agreement: both stay, as they are."""
    proposal = _decidable(proposal)
    _decided(proposal, MatchProposal.State.REJECTED, by)
    return proposal


@transaction.atomic
def match_confirm(*, proposal, by):
    """The draft is the same agreement: its values come in as a re-import of its document would bring
    them (untouched values updated, a person's values kept with a conflict), and the draft goes.

    The agreement takes the draft's key, so that the later document finds it again; the key it had
    is kept on the proposal, so that importing the older document again changes nothing.
    Returns the LoadReport of what came in.
    """
    proposal = _decidable(proposal)
    agreement = Agreement.objects.select_for_update().get(pk=proposal.agreement_id)
    draft = Agreement.objects.select_related("article__document").get(pk=proposal.draft_id)
    if draft.review_state == Agreement.ReviewState.REVIEWED:
        raise ValidationError(_("검토를 마친 초안은 합칠 수 없습니다. 먼저 초안의 검토를 다시 여세요."))
    values = {name: getattr(draft, name) for name in AGREEMENT_FIELDS}
    incoming = []
    for model in PART_MODELS:
        for row in model.objects.filter(agreement=draft).order_by("id"):
            row.pk = row.id = None
            row.agreement = agreement
            row._state.adding = True
            incoming.append(row)
    article, document = draft.article, proposal.document or (draft.article and draft.article.document)
    retired_key, draft_key, draft_locked = agreement.source_key, draft.source_key, set(draft.locked_fields)
    _hand_over(draft, agreement)
    draft_pk = draft.pk
    draft._change_reason = _("같은 협약으로 확인되어 #%(pk)s 협약에 합침") % {"pk": agreement.pk}
    draft._history_user = by
    draft.delete()
    agreement.source_key = draft_key
    agreement._change_reason = _("같은 협약 제안 확인: 초안 #%(pk)s의 값") % {"pk": draft_pk}
    agreement._history_user = by
    agreement.save(update_fields=["source_key", "updated_at"])
    report = LoadReport()
    reconcile_agreement(agreement, values, draft.spans, incoming, article, document, report)
    # What a person corrected in the draft stays theirs where it came in.
    kept = {name for name in draft_locked if name in values and getattr(agreement, name) == values[name]}
    if kept - set(agreement.locked_fields):
        agreement.locked_fields = sorted({*agreement.locked_fields, *kept})
        agreement.save(update_fields=["locked_fields", "updated_at"])
    proposal.draft = None
    proposal.retired_key = retired_key
    _decided(proposal, MatchProposal.State.CONFIRMED, by)
    return report


def _hand_over(draft, agreement):
    """Before the draft goes: what pointed at it points at the agreement it is part of."""
    # Earlier merges into the draft keep their retired keys, now standing for the agreement.
    MatchProposal.objects.filter(agreement=draft, state=MatchProposal.State.CONFIRMED).update(
        agreement=agreement
    )
    # A third document that may be the draft may be the agreement; unless it is asked already.
    for other in MatchProposal.objects.filter(agreement=draft, state=MatchProposal.State.OPEN):
        if (
            other.draft_id == agreement.pk
            or MatchProposal.objects.filter(draft_id=other.draft_id, agreement=agreement).exists()
        ):
            other.delete()
        else:
            other.agreement = agreement
            other.save(update_fields=["agreement"])
    # The draft's other open proposals are moot: it is this agreement.
    MatchProposal.objects.filter(draft=draft, state=MatchProposal.State.OPEN).exclude(
        agreement=agreement
    ).delete()
