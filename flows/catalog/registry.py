"""Every catalog message the code can send, with the variables it passes.

Fluent fails silently (a missing message renders as its id, a missing
variable as its name), so this list is what the locale tests check each
catalog against: same ids everywhere, and no variable the code never sends.
"""

from __future__ import annotations

from flows.catalog.console import console_variables
from flows.catalog.decisions import decision_variables
from flows.catalog.followup import followup_variables
from flows.catalog.funding import funding_variables
from flows.catalog.privacy import privacy_variables
from flows.catalog.report import report_variables
from flows.catalog.requester import requester_variables
from flows.catalog.workspace import workspace_variables
from flows.core import lifecycle
from flows.core.policy import LANGUAGES
from flows.core.questions import SKIP, Kind
from flows.intake.flow import INTAKE

STATUSES: tuple[str, ...] = lifecycle.STATUSES

_FIXED: dict[str, frozenset[str]] = {
    key: frozenset(args.split())
    for key, args in {
        "q-language": "",
        "switch-nothing": "",
        "status-waiting": "count",
        "language-set": "",
        "welcome": "",
        "telegram-not-encrypted": "",
        "telegram-signal-offer": "number",
        "signal-safety-note": "",
        "q-consent": "",
        "consent-yes": "",
        "consent-no": "",
        "consent-thanks": "",
        "consent-declined": "",
        "country-did-you-mean": "",
        "country-choice": "name",
        "note-consent-needed-for-collaboration": "",
        "done": "",
        "no": "",
        "multi-howto": "",
        "error-generic": "",
        "slow-down": "",
        "resend-please": "",
        "summary": "",
        "summary-line": "label value",
        "summary-files": "count",
        "summary-level": "level",
        "summary-skipped": "",
        "summary-submit": "",
        "summary-change": "",
        "summary-cancel": "",
        "q-edit": "",
        "edit-back-to-summary": "",
        "submitted": "ref days",
        "submitted-urgent": "",
        "submitted-unsafe": "",
        "submitted-commands": "",
        "help": "",
        "unknown-command": "command",
        "already-in-progress": "",
        "nothing-to-cancel": "",
        "nothing-to-go-back": "",
        "back-at-start": "",
        "cannot-skip": "",
        "kept-going": "",
        "cancelled": "",
        "confirm-cancel": "",
        "confirm-cancel-yes": "",
        "confirm-forget": "",
        "confirm-forget-yes": "",
        "forgotten": "",
        "status-none": "",
        "status-intro": "count",
        "status-line": "ref status date",
        "menu": "count",
        "menu-new": "",
        "menu-status": "",
        "hint-empty": "",
        "hint-choice": "count",
        "hint-stale-choice": "count",
        "hint-multi-empty": "",
        "hint-too-long": "limit length",
        "hint-country": "",
        "input-help": "",
        "file-sticker": "limit_mb",
        "file-type-refused": "limit_mb",
        "file-too-big": "limit_mb",
        "file-unavailable": "limit_mb",
        "file-before-consent": "",
        "file-too-many": "limit",
        "file-quota": "files limit_mb",
        "file-saved-answer": "",
        "file-saved-evidence": "",
        "summary-file-photo": "",
        "summary-file-document": "",
        "summary-file-voice": "",
        "summary-file-audio": "",
        "summary-file-video": "",
        "cmd-start": "",
        "cmd-help": "",
        "cmd-language": "",
        "cmd-status": "",
        "cmd-cancel": "",
        "cmd-forget": "",
        "cmd-back": "",
        "cmd-skip": "",
    }.items()
}


def message_variables() -> dict[str, frozenset[str]]:
    """Message id → the variables the code may pass to it."""
    found = dict(_FIXED)
    found.update(workspace_variables())
    found.update(decision_variables())
    found.update(followup_variables())
    found.update(funding_variables())
    found.update(report_variables())
    found.update(console_variables())
    found.update(privacy_variables())
    found.update(requester_variables())
    found.update({f"language-{code}": frozenset() for code in LANGUAGES})
    found.update({lifecycle.label_key(status): frozenset() for status in STATUSES})
    for question in INTAKE:
        found[question.prompt] = frozenset({"limit"})
        found[question.label] = frozenset()
        options = question.options if question.kind in (Kind.CHOICE, Kind.MULTI) else ()
        for option in options + ((SKIP,) if question.optional else ()):
            found[question.option_key(option)] = frozenset()
    return found
