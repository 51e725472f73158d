"""Every button token and routing address, built and parsed in one place.

A button carries a short token, never translated text: the transport sends it
back as ``Inbound.choice`` and the flow parses it here. Tokens are
``kind:value`` strings, and their shapes are part of the saved state (offered
tokens survive a restart) and of messages already sent, so a shape may only
be added to, never changed:

- ``f:<action>:<ref>[:<arg>]``: a facilitator workspace action on a case;
- ``c:<answer>:<invitation>``: a collaborator's answer to an invitation;
- ``a:<answer>:<ref>``: a party's answer (``yes``/``no``) to a case's saved agreement;
- ``g:<verb>:<id>[:<arg>]``: a grants member's answer on an application or a call;
- ``l3:<ref>``: a requester asks to continue at level 3;
- ``queue:<region>``: the contact address of a region's queue chat;
- ``<kind>:<value>``: an intake choice (``language:es``, ``relay:<ref>``,
  ``country:KE``, ``edit:<question>``, ``<question>:<option>``…).
"""

from __future__ import annotations

from dataclasses import dataclass

DESK = "f"
COLLAB = "c"
AGREEMENT = "a"
AGREEMENT_ANSWERS = ("yes", "no")
QUEUE = "queue"
LANGUAGE = "language"
RELAY = "relay"
REFERRAL = "referral"
COUNTRY = "country"
EDIT = "edit"


def choice(kind: str, value: str) -> str:
    """An intake choice token: ``kind:value``."""
    return f"{kind}:{value}"


def kind_of(token: str) -> str:
    """The part before the first colon (a question id, ``language``, ``relay``…)."""
    return token.split(":", 1)[0]


def value_of(token: str) -> str:
    """The part after the first colon; the whole token when there is none."""
    return token.split(":", 1)[-1]


def is_kind(token: str, kind: str) -> bool:
    """Whether ``token`` is a ``kind:…`` token."""
    return token.startswith(f"{kind}:")


@dataclass(frozen=True, slots=True)
class DeskToken:
    """A parsed ``f:`` token; ``ref`` is as written (the caller normalises it)."""

    action: str
    ref: str
    arg: str | None = None


def desk(action: str, ref: str, arg: str | int | None = None) -> str:
    """A facilitator action button: ``f:<action>:<ref>[:<arg>]``."""
    return f"{DESK}:{action}:{ref}" if arg is None else f"{DESK}:{action}:{ref}:{arg}"


def is_desk(token: str) -> bool:
    """Whether a token claims to be a facilitator action (strangers trying one are audited)."""
    return is_kind(token, DESK)


def parse_desk(token: str) -> DeskToken | None:
    """``f:<action>:<ref>[:<arg>]`` → :class:`DeskToken`; anything else → ``None``."""
    parts = token.split(":")
    if len(parts) < 3 or parts[0] != DESK:
        return None
    return DeskToken(parts[1], parts[2], parts[3] if len(parts) > 3 else None)


@dataclass(frozen=True, slots=True)
class CollabToken:
    """A parsed ``c:`` token: a collaborator's ``answer`` to ``invitation``."""

    answer: str
    invitation: str


def collab(answer: str, invitation: str) -> str:
    """A collaborator's answer button: ``c:<answer>:<invitation>``."""
    return f"{COLLAB}:{answer}:{invitation}"


def is_collab(token: str) -> bool:
    """Whether a token claims to be a collaborator's answer."""
    return is_kind(token, COLLAB)


def parse_collab(token: str) -> CollabToken | None:
    """``c:<answer>:<invitation>`` → :class:`CollabToken`; anything else → ``None``."""
    parts = token.split(":")
    if len(parts) != 3 or parts[0] != COLLAB:
        return None
    return CollabToken(parts[1], parts[2])


def queue(region: str) -> str:
    """The contact address of a region's queue chat."""
    return f"{QUEUE}:{region}"


def queue_region(recipient: str) -> str | None:
    """The region of a ``queue:`` address; ``None`` for a person's address."""
    return recipient.removeprefix(f"{QUEUE}:") if is_kind(recipient, QUEUE) else None


# --- agreement confirmations (issue 11, item 12) ---


@dataclass(frozen=True, slots=True)
class AgreementToken:
    """A parsed ``g:`` token: ``agreed`` or not to the agreement of case ``ref``."""

    agreed: bool
    ref: str


def agreement_answer(answer: str, ref: str) -> str:
    """A party's answer button to a saved agreement: ``g:<yes|no>:<ref>``."""
    return f"{AGREEMENT}:{answer}:{ref}"


def is_agreement_answer(token: str) -> bool:
    return is_kind(token, AGREEMENT)


def parse_agreement_answer(token: str) -> AgreementToken | None:
    """``g:<yes|no>:<ref>`` → :class:`AgreementToken`; anything else → ``None``."""
    parts = token.split(":")
    if len(parts) != 3 or parts[0] != AGREEMENT or parts[1] not in AGREEMENT_ANSWERS:
        return None
    return AgreementToken(parts[1] == "yes", parts[2][:16])


# --- funding (issue 14) -------------------------------------------------------------------
# ``g:<verb>:<id>[:<arg>]``: a grants member's answer (vote, conflict, score, nocomment on an
# application id; confirm on a call id); ``l3:<ref>``: a requester asks to continue at level 3.

GRANTS = "g"
CONTINUE = "l3"


@dataclass(frozen=True, slots=True)
class GrantsToken:
    verb: str
    target: str
    arg: str | None = None


def grants(verb: str, target: int, arg: str | int | None = None) -> str:
    return f"{GRANTS}:{verb}:{target}" if arg is None else f"{GRANTS}:{verb}:{target}:{arg}"


def is_grants(token: str) -> bool:
    return is_kind(token, GRANTS)


def parse_grants(token: str) -> GrantsToken | None:
    parts = token.split(":")
    if len(parts) not in (3, 4) or parts[0] != GRANTS:
        return None
    return GrantsToken(parts[1], parts[2], parts[3] if len(parts) == 4 else None)


def continuation(ref: str) -> str:
    return f"{CONTINUE}:{ref}"


def is_continuation(token: str) -> bool:
    return is_kind(token, CONTINUE)
