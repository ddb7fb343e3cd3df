"""The organisations and people a draft names, matched to stored ones or created.

An organisation is found by its normalised name and aliases (people.models.Organization.objects
.matching: an index look-up, whatever the number of organisations), so '㈜X', '(주)X' and 'X' are one
body; a name seen for the first time becomes a new organisation, and a new spelling of a known one
becomes its alias. A person is found by name within the organisation they speak for, with their
title there as a membership. Each outcome is counted in the loader's report.

Several documents may be saved at once (`ingest --jobs N` on PostgreSQL, or two imports): a body
both create is one row (its unique normalised name: the loser reads the winner's), an alias is added
to the row as it is under a row lock (not to a copy read before another document added its own), and
a person is looked up and created under a lock on their name at that body, so two documents naming
the same new person make one.
"""

from django.db import IntegrityError, connection, transaction

from people.models import Membership, Organization, Person
from people.names import normalize_org_name

from .loader_validate import fit


def resolve_parties(parties, report):
    """Each party's Organization, created or matched by normalised name and aliases."""
    resolved = []
    for party in parties:
        organization = _organization(party["name"], party.get("aliases") or [], party.get("kind"), report)
        resolved.append((party, organization))
    return resolved


def _organization(name, aliases, kind, report):
    organization = Organization.objects.matching(name, aliases).order_by("id").first()
    if organization is None:
        organization = Organization(
            name=fit(Organization, "name", name.strip()),
            classification=kind if kind in Organization.Kind.values else Organization.Kind.OTHER,
        )
        organization.add_aliases(aliases)  # "시" alone names no organisation; it is left out
        try:
            with transaction.atomic():
                organization.save()
        except IntegrityError:
            # Another import saved the same body a moment ago (its normalised name is unique):
            # it is this one, found as any known body is.
            organization = Organization.objects.matching(name, aliases).order_by("id").first()
            if organization is None:
                raise
        else:
            report.count("organization", "created")
            return organization
    if organization.add_aliases([name, *aliases]):
        # Read again under a lock (FOR NO KEY UPDATE: rows that refer to it are still written meanwhile),
        # so that an alias another document added since the look-up is kept.
        organization = Organization.objects.select_for_update(no_key=True).get(pk=organization.pk)
        if organization.add_aliases([name, *aliases]):
            organization.save()
            report.count("organization", "updated")
            return organization
    report.count("organization", "unchanged")
    return organization


def draft_person(person_data, parties, report):
    name = (person_data.get("name") or "").strip()
    if not name:
        return None, None
    organization = None
    org_name = (person_data.get("org") or "").strip()
    if org_name:
        for party, org in parties:
            if normalize_org_name(org_name) in {
                normalize_org_name(n) for n in [party["name"], *party.get("aliases", [])]
            }:
                organization = org
                break
        else:
            organization = _organization(org_name, [], None, report)
    title = fit(Membership, "title", (person_data.get("title") or "").strip())
    person = None
    if organization is not None:
        _lock_person(name, organization)
        person = Person.objects.filter(name=name, memberships__organization=organization).first()
    if person is None:
        person = Person.objects.create(name=fit(Person, "name", name))
        report.count("person", "created")
        if organization is not None:  # a person made a moment ago has no membership to find
            Membership.objects.create(person=person, organization=organization, title=title)
    else:
        report.count("person", "unchanged")
        Membership.objects.get_or_create(person=person, organization=organization, title=title)
    return person, organization


def _lock_person(name, organization):
    """Until this transaction ends, no other looks up or creates `name` at `organization` (PostgreSQL;
    SQLite has one writer at a time already)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", [f"person:{organization.pk}:{name}"])
