"""Writing to the requester through the bot: words, or a file with its caption."""

from __future__ import annotations

from flows.core.events import FileAccepted, MessageRelayed
from flows.engine.media import as_kept, keep_refusal, quota_refusal
from flows.workspace.desk import CaseView
from flows.workspace.desk_state import AlbumReply
from flows.workspace.record import TO_REQUESTER
from flows.workspace.work import MAX_NOTE, Command, Work


def reply(work: Work, case: CaseView, command: Command) -> None:
    """Relay words (asked for if none came) or a file to the case's requester."""
    if case.requester is None:
        work.say("ws-requester-gone", {"ref": case.ref})
        return
    if command.with_file:
        reply_file(work, case, case.requester, command)
        return
    if not command.text:
        work.state.compose("reply", case.ref)
        work.say("ws-ask-reply", {"ref": case.ref})
        return
    work.state.stop_composing()
    text = command.text[:MAX_NOTE]
    work.tell(case.requester, "relay-to-requester", {"ref": case.ref, "text": text})
    work.emit(MessageRelayed(case.ref, TO_REQUESTER, text))
    work.audit("case.relayed", case.ref, "to-requester")
    work.say("ws-reply-sent", {"ref": case.ref})


def reply_file(work: Work, case: CaseView, requester: str, command: Command) -> None:
    """Relay a file (and its caption) to the requester, within the daily file quota."""
    attachment = work.desk.attachment
    policy = work.desk.policy
    if attachment is None:
        return
    reason = keep_refusal(attachment, policy)
    refusal = (
        (reason, {"limit_mb": policy.max_file_bytes // (1024 * 1024)})
        if reason is not None
        else quota_refusal(attachment, work.desk.file_usage, policy)
    )
    if refusal is not None:
        work.audit("refused", case.ref, f"reply:{refusal[0]}")
        work.say(*refusal)
        return
    work.state.stop_composing()
    work.emit(FileAccepted(work.desk.file_id, as_kept(attachment), case.ref))
    work.tell(
        requester,
        "relay-file-to-requester",
        {"ref": case.ref, "text": (command.text or "")[:MAX_NOTE]},
        file_id=work.desk.file_id,
    )
    work.emit(MessageRelayed(case.ref, TO_REQUESTER, (command.text or "")[:MAX_NOTE], True))
    work.audit("case.relayed", case.ref, "to-requester:file")
    if work.desk.album is not None:
        work.state.album = AlbumReply(work.desk.album, case.ref)
    if command.album is None:  # the first file of an album is acknowledged for all
        work.say("ws-reply-sent", {"ref": case.ref})
