"""Who may do what: the expected outcome of every URL, admin view and admin action, per role.

tests/test_permission_matrix.py walks the URL resolver and checks each URL it finds, with GET and
with POST, against these rules; a URL or an admin action with no rule here fails that test by name.
URLs are named by their URL name, or by their route when they have none ("/admin/(?P<url>.*)$").
A rule is (the roles a GET is allowed for, the roles a POST is allowed for). "Allowed" means the view
ran (2xx, or a redirect that is not to the login page); everyone else must be refused (403, 404, 405,
or sent to log in) and leave the database exactly as it was.

The groups come from agreements/migrations/0002_groups.py: 열람자 views everything of agreements/
and people/; 담당자 also adds and changes (and imports); 검토자 also reviews, merges and deletes.
"""

ANONYMOUS, VIEWER, CLERK, REVIEWER, SUPERUSER = "anonymous", "열람자", "담당자", "검토자", "superuser"
ROLES = [ANONYMOUS, VIEWER, CLERK, REVIEWER, SUPERUSER]

EVERYONE = frozenset(ROLES)
STAFF = frozenset({VIEWER, CLERK, REVIEWER, SUPERUSER})
CLERKS = frozenset({CLERK, REVIEWER, SUPERUSER})
REVIEWERS = frozenset({REVIEWER, SUPERUSER})
ONLY_SUPERUSER = frozenset({SUPERUSER})
NOBODY = frozenset()

# --- the admin pages every registered model has -------------------------------------------------

# Who holds each model permission. EDITED: what a clerk corrects, and what an import adds.
EDITED = {"view": STAFF, "add": CLERKS, "change": CLERKS, "delete": REVIEWERS}
MODEL_RIGHTS = {
    "agreements.agreement": EDITED,
    "agreements.participation": EDITED,
    "agreements.budget": EDITED,
    "agreements.target": EDITED,
    "agreements.commitment": EDITED,
    "agreements.importconflict": EDITED,
    "agreements.sourcedocument": EDITED,
    "agreements.article": EDITED,
    # reminders are written by the `remind` command: people only look at them (reviewers tidy up)
    "agreements.deadlinereminder": {
        "view": STAFF,
        "add": ONLY_SUPERUSER,
        "change": ONLY_SUPERUSER,
        "delete": REVIEWERS,
    },
    # an import job is made by importing (the "add" page opens the import form) and followed by
    # whoever may import; nobody edits one, and only the superuser removes one
    "agreements.importjob": {"view": CLERKS, "add": CLERKS, "change": NOBODY, "delete": ONLY_SUPERUSER},
    # match proposals are decided on the review screen (below), never edited here; a reviewer may
    # delete them, as deleting an agreement deletes its proposals
    "agreements.matchproposal": {"view": STAFF, "add": NOBODY, "change": NOBODY, "delete": REVIEWERS},
    # the task queue's own records (django-tasks-db): the superuser looks, nobody writes
    "django_tasks_database.dbtaskresult": {
        "view": ONLY_SUPERUSER,
        "add": NOBODY,
        "change": NOBODY,
        "delete": NOBODY,
    },
    "people.organization": EDITED,
    "people.person": EDITED,
    "people.membership": EDITED,
    # django-axes' record of logins: the superuser's; nobody adds one by hand
    "axes.accessattempt": {
        "view": ONLY_SUPERUSER,
        "add": NOBODY,
        "change": ONLY_SUPERUSER,
        "delete": ONLY_SUPERUSER,
    },
    "axes.accesslog": {
        "view": ONLY_SUPERUSER,
        "add": NOBODY,
        "change": ONLY_SUPERUSER,
        "delete": ONLY_SUPERUSER,
    },
    "axes.accessfailurelog": {
        "view": ONLY_SUPERUSER,
        "add": NOBODY,
        "change": ONLY_SUPERUSER,
        "delete": ONLY_SUPERUSER,
    },
    # accounts and groups are the superuser's
    "auth.user": {
        "view": ONLY_SUPERUSER,
        "add": ONLY_SUPERUSER,
        "change": ONLY_SUPERUSER,
        "delete": ONLY_SUPERUSER,
    },
    "auth.group": {
        "view": ONLY_SUPERUSER,
        "add": ONLY_SUPERUSER,
        "change": ONLY_SUPERUSER,
        "delete": ONLY_SUPERUSER,
    },
}

# Models whose admin keeps django-simple-history's history form (people/admin_history.py).
HISTORY_FORM = {
    "agreements.agreement",
    "agreements.participation",
    "agreements.budget",
    "agreements.target",
    "agreements.commitment",
    "people.organization",
    "people.person",
    "people.membership",
}

# Each standard admin page of a model: (the right a GET needs, the right a POST needs).
ADMIN_MODEL_PAGES = {
    "changelist": ("view", "view"),  # a POST without an action changes nothing; actions are below
    "add": ("add", "add"),
    "change": ("view", "change"),  # a viewer sees the form read-only
    "delete": ("delete", "delete"),
    "history": ("view", "view"),
    "simple_history": ("view", "change"),  # looking at an old version is viewing; reverting is changing
}


def admin_model_rules():
    """{url name or route: (GET roles, POST roles)} for the standard pages of every model above."""
    rules = {}
    for label, rights in MODEL_RIGHTS.items():
        app, model = label.split(".")
        for page, (get, post) in ADMIN_MODEL_PAGES.items():
            if page == "simple_history" and label not in HISTORY_FORM:
                continue
            rules[f"admin:{app}_{model}_{page}"] = (rights[get], rights[post])
        # /admin/<app>/<model>/<id>/ only redirects to the change page, for any staff member
        rules[f"/admin/{app}/{model}/<path:object_id>/"] = (STAFF, STAFF)
    return rules


# --- every other URL -----------------------------------------------------------------------------

URL_RULES = {
    # public pages (settings.PUBLIC_READ, on by default): reading, never writing
    "/": (EVERYONE, EVERYONE),  # the root redirects to the list
    "agreements:list": (EVERYONE, EVERYONE),
    "agreements:export_csv": (EVERYONE, EVERYONE),
    "agreements:calendar": (EVERYONE, EVERYONE),
    "agreements:detail": (EVERYONE, EVERYONE),
    "agreements:deadlines": (EVERYONE, EVERYONE),
    "agreements:deadlines_ics": (EVERYONE, EVERYONE),
    "agreements:organization": (EVERYONE, EVERYONE),
    "set_language": (EVERYONE, EVERYONE),
    # the buttons of the public pages
    "agreements:change_status": (NOBODY, CLERKS),
    "agreements:target_met": (NOBODY, CLERKS),
    # the admin site
    "admin:index": (STAFF, STAFF),
    "admin:login": (EVERYONE, EVERYONE),
    "admin:logout": (NOBODY, STAFF),
    "admin:password_change": (STAFF, STAFF),
    "admin:password_change_done": (STAFF, NOBODY),
    "admin:autocomplete": (STAFF, NOBODY),  # a viewer may search organisations
    "admin:jsi18n": (STAFF, NOBODY),
    "admin:view_on_site": (STAFF, STAFF),
    "admin:app_list[agreements]": (STAFF, STAFF),
    "admin:app_list[people]": (STAFF, STAFF),
    "admin:app_list[auth]": (ONLY_SUPERUSER, ONLY_SUPERUSER),
    "admin:app_list[axes]": (ONLY_SUPERUSER, ONLY_SUPERUSER),
    "/admin/(?P<url>.*)$": (NOBODY, NOBODY),  # any other address under /admin/ is a 404
    "admin:auth_user_password_change": (ONLY_SUPERUSER, ONLY_SUPERUSER),
    # importing and reviewing
    "admin:agreements_agreement_import": (CLERKS, CLERKS),
    # a document's original file: whoever may view documents opens it; nothing is posted to it
    "admin:agreements_sourcedocument_original": (STAFF, NOBODY),
    "admin:agreements_agreement_review": (STAFF, STAFF),
    "admin:agreements_agreement_review_done": (NOBODY, REVIEWERS),
    "admin:agreements_agreement_review_reopen": (NOBODY, REVIEWERS),
    "admin:agreements_agreement_conflict": (NOBODY, CLERKS),
    "admin:agreements_agreement_match": (NOBODY, REVIEWERS),  # confirming or rejecting a proposal
    **admin_model_rules(),
}

# With PUBLIC_READ=0 the public pages and feeds ask for a login (a feed may take a token instead).
WHEN_PUBLIC_READ_IS_OFF = {
    name: (STAFF, STAFF)
    for name in [
        "agreements:list",
        "agreements:export_csv",
        "agreements:calendar",
        "agreements:detail",
        "agreements:deadlines",
        "agreements:deadlines_ics",
        "agreements:organization",
    ]
}

# Admin actions (a changelist POST with `action`), by (model, action); "*" for every model.
ACTION_RULES = {
    ("*", "delete_selected"): "delete",  # the model's delete right
    ("agreements.agreement", "export_selected_as_csv"): "view",
    ("people.organization", "merge_organizations"): REVIEWERS,
}


def action_rule(label, action):
    """The roles allowed to run `action` on model `label`, or None when there is no rule."""
    rule = ACTION_RULES.get((label, action), ACTION_RULES.get(("*", action)))
    if isinstance(rule, str):
        return MODEL_RIGHTS[label][rule]
    return rule
