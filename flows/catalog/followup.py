"""Catalog messages of the follow-ups and the evaluation (``locales/<lang>/followup.ftl``),
with the variables the code passes (issue 13)."""

from __future__ import annotations

from flows.core.questions import SKIP, Kind
from flows.followup.view import FLOWS

_MESSAGES = {
    "checkin-intro": "ref",
    "checkin-noted": "ref",
    "checkin-facilitator-told": "",
    "checkin-threat-care": "",
    "checkin-thanks": "ref",
    "fu-reminder": "ref",
    "fu-reminder-waiting": "ref",
    "evaluation-intro": "ref",
    "evaluation-hoped": "text",
    "evaluation-thanks": "ref",
    "lasting-intro": "ref",
    "lasting-thanks": "ref",
    "support-sent": "ref",
    "support-no-case": "",
    "followup-paused": "date",
    "followup-stopped": "",
    "followup-resumed": "",
    "ws-act-followup": "",
    "fu-who-requester": "",
    "fu-who-collaborator": "",
    "fu-alert": "ref who",
    "fu-answered": "ref who",
    "fu-answer-line": "label value",
    "fu-answer-files": "count",
    "fu-dispute-route": "text",
    "fu-dispute-route-none": "",
    "fu-support": "ref text",
    "fu-unanswered": "ref who",
    "fu-plan-set": "ref days date",
    "fu-meeting-prompt": "ref",
    "fu-view-none": "ref",
    "fu-view": "ref days date next notes",
    "fu-view-person": "n who sent answered rate state zone origin",
    "fu-zone-from-country": "",
    "fu-zone-set-by": "",
    "fu-state-on": "",
    "fu-state-paused": "",
    "fu-state-stopped": "",
    "fu-view-item": "n kind what date",
    "fu-item-unanswered": "",
    "fu-item-support": "",
    "fu-view-answers": "n flow date",
    "fu-flow-checkin": "",
    "fu-flow-checkin_more": "",
    "fu-flow-evaluation": "",
    "fu-flow-lasting": "",
    "fu-cadence-help": "ref low high",
    "fu-cadence-set": "ref days date",
    "fu-ask-meeting": "ref",
    "fu-meeting-saved": "ref",
    "fu-resolve-help": "ref",
    "fu-item-closed": "ref n",
    "fu-zone-help": "ref",
    "fu-zone-unknown": "ref zone",
    "fu-zone-set": "ref n zone",
}


def followup_variables() -> dict[str, frozenset[str]]:
    """Message id → the variables the code may pass to it."""
    found = {key: frozenset(args.split()) for key, args in _MESSAGES.items()}
    for flow in FLOWS.values():
        for question in flow.questions:
            found[question.prompt] = frozenset({"limit"})
            found[question.label] = frozenset()
            options = question.options if question.kind in (Kind.CHOICE, Kind.MULTI) else ()
            for option in options + ((SKIP,) if question.optional else ()):
                found[question.option_key(option)] = frozenset()
    return found
