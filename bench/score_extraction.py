"""Score the agreement extractor against the held-out corpus in bench/corpus.

Usage (from the repository root):

    .venv/bin/python bench/score_extraction.py             # summary table
    .venv/bin/python bench/score_extraction.py --verbose   # + every miss / false positive per document
    .venv/bin/python bench/score_extraction.py --only a1 --only b2   # a subset, by file stem

Each ``bench/corpus/NAME.txt`` is run through ``agreements.ingest.extract_bytes`` (one process, Kiwi
loaded once) with the ``published`` date from ``NAME.json``; the output is compared with the
expected JSON (same shape as /work/shared/spec/seed-expected.json).  A field missing from the
expected JSON is not scored.

``bench/real/`` keeps labels of real pages only: the texts are other people's work, and their store
asks for no verbatim copies, so they are scored in memory from the store's answer, never saved (see
``bench/real/README.md``). ``--texts DIR`` reads ``NAME.txt`` files only for texts one may keep, such
as the invented pages of ``bench/mirror``.

A directory labelled with only some fields is scored with ``--corpus DIR`` and a ``--group`` for
each field group it labels (``--group "parties (name)" --group "budgets (amount)"``).

Matching: articles by normalised headline (then by order); agreements inside a matched article by
title similarity (then by order).  Parties match by normalised name (spaces and legal marks such as
㈜ / (주) / 주식회사 / (유) / (재) / (사) ignored) against the expected name or any expected alias.
Targets match by value and unit, a unit written two ways counting as one ('㎿' and 'MW', 'm²' and '㎡').
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).resolve().parent / "corpus"
sys.path.insert(0, str(ROOT))

from bench.scoring import (  # noqa: E402
    Tally,
    dice,
    match_lists,
    norm,
    norm_org,
    num,
    party_names,
    same_party,
    same_unit,
    set_compare,
)

GROUPS = [
    "articles found",
    "agreement detection",
    "agreements found",
    "title exact",
    "kind",
    "signed_on",
    "signed_on_text",
    "place",
    "location",
    "parties (name)",
    "party role",
    "party kind",
    "budgets (amount)",
    "budget source",
    "targets (value, unit)",
    "targets (due)",
    "people (name)",
    "people (name, title, org)",
    "commitments (fuzzy)",
]


def score_agreement(doc: str, tally: Tally, where: str, want: dict, got: dict) -> None:
    for field, group in (
        ("title", "title exact"),
        ("kind", "kind"),
        ("signed_on", "signed_on"),
        ("signed_on_text", "signed_on_text"),
        ("place", "place"),
        ("location", "location"),
    ):
        if field in want:
            tally.scalar(doc, group, f"{where} {field}", want[field], got.get(field))

    if "parties" in want:
        wp, gp = want["parties"], got.get("parties") or []
        pairs, miss, extra = match_lists(wp, gp, same_party)
        tally.add(
            doc,
            "parties (name)",
            tp=len(pairs),
            fn=[f"{where}: {p['name']} ({p.get('role')})" for p in miss],
            fp=[f"{where}: {p['name']} ({p.get('role')})" for p in extra],
        )
        for field, group in (("role", "party role"), ("kind", "party kind")):
            good = [1 for w, g in pairs if w.get(field) == g.get(field)]
            bad = [(w, g) for w, g in pairs if w.get(field) != g.get(field)]
            tally.add(
                doc,
                group,
                tp=len(good),
                fn=[f"{where}: {w['name']} want {w.get(field)} got {g.get(field)}" for w, g in bad]
                + [f"{where}: {w['name']} (party not found)" for w in miss],
                fp=[f"{where}: {g['name']} got {g.get(field)} want {w.get(field)}" for w, g in bad]
                + [f"{where}: {g['name']} (not a party)" for g in extra],
            )

    if "budgets" in want:
        gb = got.get("budgets") or []
        set_compare(
            doc,
            tally,
            "budgets (amount)",
            where,
            want["budgets"],
            gb,
            key=lambda b: b.get("amount_krw"),
            show=lambda k: f"{k:,}",
        )
        pairs, _, _ = match_lists(
            want["budgets"], gb, lambda a, b: a.get("amount_krw") == b.get("amount_krw")
        )
        for w, g in pairs:
            tally.scalar(doc, "budget source", f"{where} {w['text']}", w.get("source"), g.get("source"))

    if "targets" in want:
        gt = got.get("targets") or []
        set_compare(
            doc,
            tally,
            "targets (value, unit)",
            where,
            want["targets"],
            gt,
            key=lambda t: (
                (num(t.get("value")), same_unit(t.get("unit"))) if t.get("value") is not None else None
            ),
        )
        set_compare(
            doc,
            tally,
            "targets (due)",
            where,
            want["targets"],
            gt,
            key=lambda t: t.get("due"),
        )

    if "people" in want:
        gpp = got.get("people") or []
        # an org written with another name of the same party ('KAIST' for '한국과학기술원') is that party
        canon = {}
        for p in want.get("parties") or []:
            for n in party_names(p):
                canon.setdefault(n, norm_org(p.get("name")))

        def org_of(p):
            o = norm_org(p.get("org"))
            return canon.get(o, o)

        set_compare(
            doc,
            tally,
            "people (name)",
            where,
            want["people"],
            gpp,
            key=lambda p: norm(p.get("name")) or None,
        )
        set_compare(
            doc,
            tally,
            "people (name, title, org)",
            where,
            want["people"],
            gpp,
            key=lambda p: (norm(p.get("name")), norm(p.get("title")), org_of(p)),
        )

    if "commitments" in want:
        wc, gc = want["commitments"], got.get("commitments") or []
        pairs, miss, extra = match_lists(
            wc, gc, lambda a, b: dice(a.get("text", ""), b.get("text", "")) >= 0.5
        )
        tally.add(
            doc,
            "commitments (fuzzy)",
            tp=len(pairs),
            fn=[f"{where}: {c['text']}" for c in miss],
            fp=[f"{where}: {c['text']}" for c in extra],
        )


def count_items(a: dict) -> dict[str, int]:
    """How many scorable items an agreement holds, per group (for unmatched agreements)."""
    out = {}
    for field, group in (
        ("title", "title exact"),
        ("kind", "kind"),
        ("signed_on", "signed_on"),
        ("signed_on_text", "signed_on_text"),
        ("place", "place"),
        ("location", "location"),
    ):
        if a.get(field):
            out[group] = 1
    ps = a.get("parties") or []
    out["parties (name)"] = out["party role"] = out["party kind"] = len(ps)
    bs = a.get("budgets") or []
    out["budgets (amount)"] = len(bs)
    out["budget source"] = sum(1 for b in bs if b.get("source"))
    ts = a.get("targets") or []
    out["targets (value, unit)"] = sum(1 for t in ts if t.get("value") is not None)
    out["targets (due)"] = sum(1 for t in ts if t.get("due"))
    pp = a.get("people") or []
    out["people (name)"] = out["people (name, title, org)"] = len(pp)
    out["commitments (fuzzy)"] = len(a.get("commitments") or [])
    return out


def unmatched_agreement(doc, tally, where, a, missed: bool) -> None:
    for group, n in count_items(a).items():
        if n:
            items = [f"{where} (agreement {'missed' if missed else 'spurious'}: {a.get('title')!r})"] * n
            if missed:
                tally.add(doc, group, fn=items)
            else:
                tally.add(doc, group, fp=items)


def same_headline(w: dict, g: dict) -> bool:
    a, b = norm(w.get("headline")), norm(g.get("headline"))
    if not a or not b:
        return False  # an article without a headline is paired by its order
    return a == b or (min(len(a), len(b)) >= 8 and (a in b or b in a)) or dice(a, b) >= 0.7


def score_document(doc: str, tally: Tally, want: dict, got: dict) -> None:
    wa, ga = want["articles"], got.get("articles") or []
    pairs, miss, extra = match_lists(wa, ga, same_headline)
    # fall back to order for what the headlines did not pair
    for w, g in list(zip(miss, extra, strict=False)):
        pairs.append((w, g))
    paired_w = {id(w) for w, _ in pairs}
    paired_g = {id(g) for _, g in pairs}
    miss = [w for w in wa if id(w) not in paired_w]
    extra = [g for g in ga if id(g) not in paired_g]
    tally.add(
        doc,
        "articles found",
        tp=len(pairs),
        fn=[f"article {w.get('headline')!r}" for w in miss],
        fp=[f"article {g.get('headline')!r}" for g in extra],
    )
    for w in miss:
        if w.get("is_agreement"):
            tally.add(doc, "agreement detection", fn=[f"{w.get('headline')!r} (article not found)"])
        for a in w.get("agreements") or []:
            unmatched_agreement(doc, tally, (w.get("headline") or "")[:20], a, missed=True)
    for g in extra:
        if g.get("is_agreement"):
            tally.add(doc, "agreement detection", fp=[f"{g.get('headline')!r} (extra article)"])
        for a in g.get("agreements") or []:
            unmatched_agreement(doc, tally, (g.get("headline") or "")[:20], a, missed=False)

    for w, g in pairs:
        head = (w.get("headline") or "")[:24]
        wi, gi = bool(w.get("is_agreement")), bool(g.get("is_agreement"))
        if wi and gi:
            tally.add(doc, "agreement detection", tp=1)
        elif wi:
            tally.add(doc, "agreement detection", fn=[f"{head!r} not detected as an agreement"])
        elif gi:
            tally.add(doc, "agreement detection", fp=[f"{head!r} wrongly detected as an agreement"])
        wag, gag = w.get("agreements") or [], g.get("agreements") or []
        ap, am, ax = match_lists(
            wag, gag, lambda a, b: dice(a.get("title") or "", b.get("title") or "") >= 0.4
        )
        for a, b in zip(list(am), list(ax), strict=False):  # by order for the rest
            ap.append((a, b))
            am.remove(a)
            ax.remove(b)
        tally.add(
            doc,
            "agreements found",
            tp=len(ap),
            fn=[f"{head}: {a.get('title')!r}" for a in am],
            fp=[f"{head}: {a.get('title')!r}" for a in ax],
        )
        for i, (a, b) in enumerate(ap):
            score_agreement(doc, tally, f"{head}#{i}", a, b)
        for a in am:
            unmatched_agreement(doc, tally, head, a, missed=True)
        for b in ax:
            unmatched_agreement(doc, tally, head, b, missed=False)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--verbose", "-v", action="store_true", help="list every miss / false positive")
    ap.add_argument("--only", action="append", default=[], help="score only these file stems")
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument(
        "--texts",
        help="read NAME.txt from this folder instead of the corpus (texts one may keep; bench/real keeps labels only)",
    )
    ap.add_argument("--dump", help="write the extractor's raw output (JSON lines) to this file")
    ap.add_argument(
        "--group",
        action="append",
        default=[],
        help="score only these field groups (repeatable), e.g. for a set labelled with fewer fields",
    )
    args = ap.parse_args(argv)

    t0 = time.time()
    from agreements.ingest import extract_bytes

    tally = Tally()
    errors = []
    dumped = []
    files = sorted(Path(args.corpus).glob("*.json"))
    if args.only:
        files = [f for f in files if f.stem in args.only]
    for jf in files:
        want = json.loads(jf.read_text(encoding="utf-8"))
        txt = Path(args.texts) / f"{jf.stem}.txt" if args.texts else jf.with_suffix(".txt")
        if not txt.exists():
            errors.append(f"{txt}: no text (fetch it with the query in {jf.name})")
            continue
        pub = want.get("published")
        published = dt.date.fromisoformat(pub) if pub else None
        try:
            got = extract_bytes(txt.read_bytes(), name=txt.name, published=published)
        except Exception as exc:  # noqa: BLE001 - a crash scores as all-missed
            errors.append(f"{txt.name}: {type(exc).__name__}: {exc}")
            got = {"articles": []}
        dumped.append(got)
        score_document(jf.stem, tally, want, got)

    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as fh:
            for d in dumped:
                for a in d.get("articles") or []:
                    a.pop("text", None)
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")

    print(f"{len(files)} documents scored in {time.time() - t0:.1f}s\n")
    print(f"{'field group':28} {'TP':>5} {'FP':>5} {'FN':>5} {'P':>6} {'R':>6} {'F1':>6}")
    print("-" * 66)
    T = F = N = 0
    groups = [g for g in GROUPS if not args.group or g in args.group or g.endswith("found")]
    for g in groups:
        tp, fp, fn = tally.tp[g], tally.fp[g], tally.fn[g]
        if not (tp or fp or fn):
            continue
        if g not in ("articles found", "agreements found"):
            T, F, N = T + tp, F + fp, N + fn
        p, r, f = prf(tp, fp, fn)
        print(f"{g:28} {tp:5d} {fp:5d} {fn:5d} {p:6.2f} {r:6.2f} {f:6.2f}")
    print("-" * 66)
    p, r, f = prf(T, F, N)
    print(f"{'TOTAL (micro, fields)':28} {T:5d} {F:5d} {N:5d} {p:6.2f} {r:6.2f} {f:6.2f}")
    groups = [g for g in groups if g not in ("articles found", "agreements found")]
    macro = [
        prf(tally.tp[g], tally.fp[g], tally.fn[g])[2]
        for g in groups
        if tally.tp[g] + tally.fp[g] + tally.fn[g]
    ]
    if macro:
        print(
            f"{'TOTAL (macro F1 of groups)':28} {'':5} {'':5} {'':5} {'':6} {'':6} {sum(macro) / len(macro):6.2f}"
        )
    for e in errors:
        print("ERROR", e)
    if args.verbose:
        print()
        for jf in files:
            lines = tally.log.get(jf.stem)
            if lines:
                print(f"== {jf.stem}")
                print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
