"""The pure workspace and collaborator rules of issue 9 (items 11, 12, 13, 16, 17).

Each test runs ``table.act`` / ``collab.typed_answer`` on plain values and,
where the words matter, renders the replies with the real catalogs in two
languages (one of them Arabic or Kiswahili).
"""

from __future__ import annotations

from typing import Any

import pytest

from bot.i18n import Catalogs
from flows.collab import conversation as collab
from flows.core.events import Audited, CaseChanged, FileAccepted
from flows.core.messages import Attachment, AttachmentKind
from flows.core.policy import Policy
from flows.workspace import commands, table
from flows.workspace.desk import CaseView, Desk, Facilitator
from flows.workspace.desk_state import DeskState
from flows.workspace.work import WorkResult

CATALOGS = Catalogs()
AMINA = Facilitator(1, "a" * 32, "Amina", frozenset({"africa"}), "sw")
COORD = Facilitator(9, "c" * 32, "Coordinator", frozenset(), "ar", coordinator=True)
REF = "K7M4-Q2XP"


def case(status: str = "triage", assignee: int | None = None) -> CaseView:
    return CaseView(
        REF, status, 1, False, "KE", "africa", "sw", "r" * 32, assignee, ("research",), "2026-11-30"
    )


def act(
    text: str = "",
    choice: str | None = None,
    actor: Facilitator = AMINA,
    status: str = "triage",
    state: dict[str, Any] | DeskState | None = None,
    forwarded: bool = False,
    attachment: Attachment | None = None,
    usage: tuple[int, int] = (0, 0),
    album: str | None = None,
) -> WorkResult:
    desk_state = state if isinstance(state, DeskState) else DeskState.from_json(state or {})
    command = commands.parse(text, choice, desk_state, forwarded, attachment is not None, album)
    desk = Desk(
        actor,
        case=case(status) if command is not None and command.ref == REF else None,
        attachment=attachment,
        file_id="f1",
        file_usage=usage,
        policy=Policy(),
        album=album,
    )
    return table.act(command, desk, desk_state)


def keys(result: WorkResult) -> list[str]:
    return [m.key for m in result.outbound]


def audits(result: WorkResult) -> list[tuple[str, str]]:
    return [(e.action, e.detail) for e in result.events if isinstance(e, Audited)]


def texts(result: WorkResult, locale: str) -> list[str]:
    return [CATALOGS.render(m, locale).text for m in result.outbound]


PDF = Attachment(AttachmentKind.DOCUMENT, "", 20, b"%PDF-1.4\n%%EOF\n", "letter.pdf")
EXE = Attachment(AttachmentKind.DOCUMENT, "application/pdf", 20, b"MZ\x90\x00" + b"\x00" * 16)


@pytest.mark.parametrize("status", ["closed", "declined", "referred"])
@pytest.mark.parametrize("action", ["claim", "level", "urgent", "reroute", "move", "note"])
def test_final_cases_refuse_every_change(status: str, action: str) -> None:
    result = act(choice=f"f:{action}:{REF}", status=status)
    assert keys(result) == ["ws-case-final"]
    assert not [e for e in result.events if isinstance(e, CaseChanged)]
    assert audits(result) == [("refused", f"{action}:final")]
    assert all(m.recipient == AMINA.person for m in result.outbound)  # the requester hears nothing


def test_a_final_case_can_still_be_read_and_the_coordinator_reopens_it() -> None:
    assert keys(act(choice=f"f:open:{REF}", status="closed")) == ["ws-case-header"]
    refused = act(choice=f"f:reopen:{REF}", status="closed")
    assert keys(refused) == ["ws-reopen-coordinator-only"]
    assert audits(refused) == [("refused", "reopen:not-coordinator")]
    assert keys(act(choice=f"f:reopen:{REF}", actor=COORD)) == ["ws-reopen-not-final"]
    shown = act(choice=f"f:open:{REF}", actor=COORD, status="declined")
    assert [c.token for c in shown.outbound[0].choices] == [f"f:reopen:{REF}"]
    reopened = act(f"/reopen {REF}", actor=COORD, status="declined")
    assert keys(reopened) == ["status-changed", "ws-reopened"]
    assert CaseChanged(REF, "status", "triage") in reopened.events
    assert audits(reopened) == [("case.reopened", "declined->triage")]
    assert "K7M4-Q2XP" in texts(reopened, "ar")[1]
    final = act(choice=f"f:claim:{REF}", status="closed")
    assert texts(final, "sw") == [
        "Hali ya ombi K7M4-Q2XP ni: limefungwa. Haliwezi kubadilishwa tena. Mratibu pekee"
        " ndiye anayeweza kulifungua upya (/reopen K7M4-Q2XP)."
    ]
    assert "مغلق" in texts(final, "ar")[0]


def test_forwarded_text_is_never_a_command() -> None:
    assert keys(act("/claim K7M4-Q2XP", forwarded=True)) == ["ws-help"]
    composing = {"composing": "reply", "ref": REF, "focus": REF}
    relayed = act("/forget everything", state=composing, forwarded=True)
    assert keys(relayed) == ["relay-to-requester", "ws-reply-sent"]
    assert relayed.outbound[0].args["text"] == "/forget everything"
    assert not commands.looks_like_workspace("/claim K7M4-Q2XP", None, forwarded=True)
    assert commands.looks_like_workspace("/claim K7M4-Q2XP", None)


@pytest.mark.parametrize(
    "token",
    [
        "f:claim:99999999999999999999",
        f"f:assign:{REF}:99999999999999999999",
        f"f:level:{REF}:99999999999999999999",
        f"f:invite:{REF}:{'9' * 5000}",
        f"f:reroute:{REF}:{'9' * 5000}",
    ],
)
def test_oversized_numbers_in_buttons_are_refused(token: str) -> None:
    result = act(choice=token)
    assert result.outbound  # a reply, never an exception
    assert not [e for e in result.events if isinstance(e, CaseChanged)]


@pytest.mark.parametrize("typed", ["99999999999999999999", "9" * 5000, "٣" * 30])
def test_oversized_typed_numbers_are_not_options(typed: str) -> None:
    state = {"offered": [f"f:open:{REF}"]}
    assert keys(act(typed, state=state)) == ["ws-help"]


def test_a_file_sent_while_composing_a_reply_is_relayed_with_its_caption() -> None:
    composing = {"composing": "reply", "ref": REF, "focus": REF}
    result = act("The bank's letter", state=composing, attachment=PDF)
    assert keys(result) == ["relay-file-to-requester", "ws-reply-sent"]
    relayed = result.outbound[0]
    assert relayed.recipient == "r" * 32 and relayed.file_id == "f1"
    [kept] = [e for e in result.events if isinstance(e, FileAccepted)]
    assert kept.file_id == "f1" and kept.attachment.mime == "application/pdf"
    assert result.state.composing is None
    for locale in ("en", "ar"):
        assert "The bank's letter" in texts(result, locale)[0]


def test_a_reply_file_is_refused_by_content_and_quota_and_stays_composing() -> None:
    composing = {"composing": "reply", "ref": REF, "focus": REF}
    refused = act(state=composing, attachment=EXE)
    assert keys(refused) == ["file-type-refused"]
    assert not [e for e in refused.events if isinstance(e, FileAccepted)]
    assert refused.state.composing == "reply"
    over = act(state=composing, attachment=PDF, usage=(Policy().max_files_per_day, 0))
    assert keys(over) == ["file-quota"]
    assert audits(over) == [("refused", "reply:file-quota")]


def test_a_file_outside_a_reply_is_not_kept() -> None:
    assert keys(act(attachment=PDF)) == ["ws-file-needs-reply"]
    noting = {"composing": "note", "ref": REF, "focus": REF}
    result = act("caption", state=noting, attachment=PDF)
    assert keys(result) == ["ws-file-needs-reply"]
    assert result.state.composing == "note"  # the note is still awaited
    assert not [e for e in result.events if isinstance(e, FileAccepted)]


@pytest.mark.parametrize(
    ("typed", "locale", "expected"),
    [
        ("1", "en", True),
        ("2", "en", False),
        ("3", "en", None),
        ("99999999999999999999", "en", None),
        ("yes", "en", True),
        ("No, not this time", "en", False),
        ("نعم", "ar", True),
        ("لا", "ar", False),
        ("Ndiyo", "sw", True),
        ("hapana", "sw", False),
        ("yes", "sw", True),  # English works whatever the language
        ("what is this?", "sw", None),
        ("", "ar", None),
    ],
)
def test_a_collaborator_can_type_their_answer(typed: str, locale: str, expected: bool) -> None:
    assert collab.typed_answer(typed, locale, CATALOGS.label) is expected


def test_collaborator_help_renders_in_two_languages() -> None:
    for locale, word in (("en", "1"), ("sw", "1"), ("ar", "1")):
        text = CATALOGS.format(locale, "collab-help-pending", {"ref": REF})
        assert REF in text and word in text
    assert "Community Resource Exchange" in CATALOGS.format("sw", "collab-help", {})


def test_an_album_sent_as_a_reply_is_relayed_whole_and_acknowledged_once() -> None:
    composing = {"composing": "reply", "ref": REF, "focus": REF}
    first = act(state=composing, attachment=PDF, album="G1")
    assert keys(first) == ["relay-file-to-requester", "ws-reply-sent"]
    second = act(state=first.state, attachment=PDF, album="G1")
    assert keys(second) == ["relay-file-to-requester"]
    assert [e for e in second.events if isinstance(e, FileAccepted)]
    third = act(state=second.state, attachment=PDF, album="G2")  # another album: not a reply
    assert keys(third) == ["ws-file-needs-reply"]
    typed = act("hello", state=second.state)  # words after the album are not relayed
    assert keys(typed) == ["ws-help"] and typed.state.album is None
