"""Catalog messages of funding (``locales/<lang>/funding.ftl``, issue 14), with the
variables the code passes."""

from __future__ import annotations

from flows.funding.models import APPLICANT_KINDS, CALL_KINDS, SCORES
from flows.funding.ranking import NO_FUNDS, REASONS
from flows.funding.review import APPROVED, DECLINED, UNDECIDED
from flows.service.grants_review import ANSWERS
from flows.workspace.funding import FIELDS

_MESSAGES = {
    "ws-act-apply": "",
    "ws-act-apsend": "",
    "ws-act-funds": "",
    "fund-level-not-funded": "ref level",
    "fund-no-call": "ref",
    "fund-no-call-resources": "ref",
    "fund-resource-line": "text",
    "fund-security-yes": "",
    "fund-security-no": "",
    "fund-label-strategies": "",
    "fund-review": "ref level",
    "fund-amount-invalid": "ref",
    "fund-amount-over-level2": "ref",
    "fund-amount-under-level3": "ref",
    "fund-amount-over-level3": "ref",
    "fund-draft-stale": "ref",
    "fund-call-gone": "ref",
    "fund-sent": "ref call closes",
    "fund-dropped": "ref",
    "fund-continue-not-level2": "ref",
    "ws-fund-continue-recorded": "ref",
    "ws-fund-continue-requested": "ref",
    "fund-no-resources": "ref",
    "fund-resources-sent": "ref",
    "ws-fund-call-open": "kind call amount closes criteria",
    "ws-fund-no-group": "call region",
    "ws-fund-undecided": "number ref",
    "ws-fund-decision": "ref reason",
    "fund-sent-requester": "amount ref",
    "fund-continue-offer": "ref",
    "fund-continue-yes": "",
    "fund-continue-asked": "ref",
    "fund-continue-refused": "",
    "fund-resources-requester": "ref",
    "fund-call-for-you": "closes ref",
    "fund-decision-approved": "ref amount",
    "fund-decision-declined": "ref reason next",
    "fund-decision-pending": "ref",
    "fund-next-later-call": "",
    "fund-referred": "ref text",
    "fund-not-member": "",
    "fund-member-help": "",
    "fund-review-start": "call until",
    "fund-review-item": "number position total call level amount country",
    "fund-ask-score": "number",
    "fund-ask-comment": "number",
    "fund-no-comment": "",
    "fund-vote-saved": "number answer score comment",
    "fund-saved-comment": "",
    "fund-saved-no-comment": "",
    "fund-conflict-noted": "number",
    "fund-already-voted": "number",
    "fund-review-closed": "number",
    "fund-review-done": "",
    "fund-stale": "",
    "fund-choice-invalid": "",
    "fund-score-invalid": "",
    "fund-reminder": "call until",
    "fund-ranking": "call",
    "fund-ranking-line": "position number level amount applicant score outcome",
    "fund-ranking-comment": "text",
    "fund-ranking-budget": "available granted left",
    "fund-confirm": "",
    "fund-confirm-noted": "call",
    "fund-decided": "call",
    "fund-ranking-closed": "call",
    "fund-ranking-not-yet": "call",
    "fund-confirm-reminder": "call",
    "fund-confirm-expired": "call",
}


def funding_variables() -> dict[str, frozenset[str]]:
    found = {key: frozenset(args.split()) for key, args in _MESSAGES.items()}
    found.update({f"fund-ask-{name}": frozenset({"ref", "level"}) for name in FIELDS})
    found.update({f"fund-label-{name}": frozenset() for name in FIELDS})
    found.update({f"fund-applicant-{kind}": frozenset() for kind in APPLICANT_KINDS})
    found.update({f"fund-call-kind-{kind}": frozenset() for kind in CALL_KINDS})
    found.update({f"fund-vote-{answer}": frozenset() for answer in ANSWERS})
    found.update({f"fund-score-{score}": frozenset() for score in SCORES})
    found.update({f"fund-reason-{reason}": frozenset() for reason in REASONS})
    found.update(
        {f"fund-outcome-{o}": frozenset() for o in (APPROVED, DECLINED, UNDECIDED, NO_FUNDS)}
    )
    return found
