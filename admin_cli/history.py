"""A case's audit trail in words, for ``cre-admin cases show``.

The trail stores short ids (``case.moved``, ``triage->due_diligence``) so it stays free of
content and easy to filter; a coordinator reads sentences instead: who (a facilitator's name,
"the requester", "the system", a coordinator's login) did what, with status names from the
catalog (the same words the bot uses). An action this module does not know is shown as it
is stored, so nothing in the trail is ever hidden.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from admin_cli import labels
from flows.core import lifecycle

Describe = Callable[[str], str]

_PLAIN: dict[str, str] = {
    "case.submitted": "request received",
    "case.opened": "opened the case",
    "case.claimed": "claimed the case",
    "case.released": "released the case",
    "case.note": "added a note",
    "case.urgent": "marked it urgent",
    "case.not-urgent": "marked it not urgent",
    "case.agreement": "saved the agreement",
    "agreement.agreed": "confirmed the agreement",
    "agreement.disagreed": "did not confirm the agreement",
    "followup.meeting": "recorded a meeting",
    "followup.zone": "changed the safety zone",
    "followup.answered": "answered a check-in",
    "funding.resources-sent": "sent the funding resources",
    "admin.cases.show": "looked at the case",
    "admin.cases.export": "exported the case",
    "admin.cases.export.content": "exported the case with its content",
    "person.forgotten": "the requester erased their data",
}


def _status(text: str) -> str:
    return labels.text(lifecycle.label_key(text), text.replace("_", " "))


def _moved(detail: str) -> str:
    moves, _, reason = detail.partition(":")
    before, _, after = moves.partition("->")
    said = f"moved it from “{_status(before)}” to “{_status(after)}”"
    if reason:
        said += f" (reason: {labels.text(lifecycle.reason_key(reason), reason)})"
    return said


def _level(detail: str) -> str:
    level, _, why = detail.partition(":")
    return f"set the level to {level}" + (" (from the funding band)" if why == "band" else "")


def _relayed(detail: str) -> str:
    if detail.startswith("to-facilitators:"):
        return f"sent to {detail.partition(':')[2]} facilitator(s) of the region"
    return "sent a file to the requester" if detail.endswith(":file") else "wrote to the requester"


_DETAILED: dict[str, Describe] = {
    "case.moved": _moved,
    "case.reopened": lambda d: "reopened it: " + _moved(d).removeprefix("moved it "),
    "case.level": _level,
    "case.relayed": _relayed,
    "case.rerouted": lambda d: "moved it to region {1} (from {0})".format(*d.split("->", 1)),
    "case.escalated": lambda d: f"nobody had claimed it {d.removeprefix('after:')}: escalated",
    "case.withdrawn": lambda _d: "withdrawn: the requester erased their data (/forget)",
    "case.matched": lambda d: f"listed matching collaborators ({d} new)",
    "case.invited": lambda d: f"invited collaborator #{d.removeprefix('collaborator:')}",
    "collaborator.contact-shown": lambda d: (
        f"was shown the contact of collaborator #{d.removeprefix('collaborator:')}"
    ),
    "followup.cadence": lambda d: f"set check-ins every {d.removesuffix('d')} days",
    "followup.resolved": lambda d: f"marked the follow-up resolved ({d})" if d else "resolved",
    "funding.application": lambda d: "applied for funding (" + d.replace(":", " ") + ")",
    "funding.continuation": lambda d: "asked for continued funding (" + d.replace("-", " ") + ")",
    "case.assigned": lambda d: f"assigned it to facilitator #{d.removeprefix('to:')}",
    "refused": lambda d: f"was refused ({d})",
}


def who(actor: str, staff: Mapping[int, str]) -> str:
    """A readable actor: a facilitator's name, "requester", "system", a coordinator's login."""
    kind, _, rest = actor.partition(":")
    if kind == "facilitator" and rest.isdigit():
        return staff.get(int(rest), f"facilitator #{rest} (removed)")
    if kind == "coordinator":
        return f"coordinator {rest}"
    if kind == "grants":
        return f"grants member #{rest}"
    if actor in ("system", "erased"):
        return {"system": "system", "erased": "(erased requester)"}[actor]
    return "requester" if rest == "" and len(actor) == 8 else actor


def described(action: str, detail: str | None) -> str:
    """What the entry means, in words; the stored ids when the action is unknown."""
    try:
        if action in _DETAILED and detail:
            return _DETAILED[action](detail)
    except (IndexError, ValueError):
        pass
    if action in _PLAIN:
        return _PLAIN[action]
    return f"{action} {detail or ''}".rstrip()
