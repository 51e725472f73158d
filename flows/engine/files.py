"""Files sent during a flow or to relay.

Kept within the media policy and the daily quota; an album is acknowledged
once, and each refusal is said once per album.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from flows.core.events import (
    FileAccepted,
)
from flows.core.messages import ArgValue, Attachment, Outbound
from flows.core.metadata import metadata_removed
from flows.core.questions import Kind
from flows.engine import asking, more
from flows.engine.media import as_kept, keep_refusal, quota_refusal

if TYPE_CHECKING:
    from flows.engine.turn import Turn


def file(turn: Turn, attachment: Attachment) -> None:
    """Keep a file sent during a flow; the later files of an album are kept silently.

    The first file of an album gets the acknowledgement and the question
    again; the others of the same album (``Inbound.album``) are stored
    without a word, unless one carries a caption that answers the question.
    Each thing an album is told (kept, or why not) is told once.
    """
    st = turn.state
    repeat = in_same_album(turn)
    refusal = file_refusal(turn, attachment)
    if refusal is None and st.consented_at is None and opens_with_consent(turn):
        refusal = ("file-before-consent", {})
    if refusal is None and len(st.files) >= turn.policy.max_files:
        refusal = ("file-too-many", {"limit": turn.policy.max_files})
    if refusal is not None:
        refuse_file(turn, refusal, repeat, ask_again=True)
        return
    first_cleaned = not st.files and metadata_removed(as_kept(attachment).mime)
    said = len(turn.out)
    file_id = keep_file(turn, attachment)
    question = turn.question_now()
    st.files.append({"id": file_id, "kind": attachment.kind.value, "step": st.step or ""})
    caption = turn.text[: turn.policy.max_text]
    told = told_album(turn, "kept")
    if question is not None and st.adding == question.id and st.interrupt is None:
        turn.say("file-saved-evidence")  # a long answer in progress: the file joins it
        if caption:
            more.add(turn, question, caption)
        else:
            turn.reprompt()
    elif question is not None and question.kind is Kind.TEXT and caption and st.interrupt is None:
        turn.say("file-saved-evidence")  # the caption answers; the file is kept as evidence
        asking.accept(turn, question, caption)
    elif repeat and told:
        turn.silent = True
    elif repeat:
        turn.say("file-saved-evidence")  # after a refusal: the question was asked then
    elif question is not None and question.takes_files and st.interrupt is None:
        turn.say("file-saved-answer")
        asking.accept(turn, question, {"file": file_id, "kind": attachment.kind.value})
    else:
        turn.say("file-saved-evidence")
        turn.reprompt()
    if first_cleaned and len(turn.out) > said:
        tell_cleaned(turn, said + 1)


def opens_with_consent(turn: Turn) -> bool:
    """Whether the flow in progress asks consent before anything is kept (the intake).

    A flow the exchange starts (a check-in, the evaluation) is for someone who
    agreed in their intake and has no consent step of its own: a voice note
    answering its question is kept, not refused as if sent before consent.
    """
    flow = turn.flow
    return flow is None or flow.opening


def tell_cleaned(turn: Turn, at: int) -> None:
    """Once a conversation, right after the acknowledgement: what others will not see."""
    turn.out.insert(at, Outbound(turn.msg.sender, "privacy-file-cleaned"))


def in_same_album(turn: Turn) -> bool:
    """Whether this file belongs to the album whose first file was already answered."""
    album = turn.msg.album
    repeat = album is not None and album == turn.state.album
    turn.state.album = album
    if not repeat:
        turn.state.album_said = []
    return repeat


def told_album(turn: Turn, reason: str) -> bool:
    """Whether this album was already told ``reason``; from now on it has been."""
    if reason in turn.state.album_said:
        return True
    turn.state.album_said.append(reason)
    return False


def refuse_file(
    turn: Turn, refusal: tuple[str, dict[str, ArgValue]], repeat: bool, ask_again: bool
) -> None:
    """Say why a file was not kept: once per album, the question again only for the first."""
    told = told_album(turn, refusal[0])
    if not repeat and ask_again:
        turn.invalid(*refusal)
    elif not repeat or not told:
        turn.say(*refusal)
    else:
        turn.silent = True  # this album was already told why


def file_refusal(turn: Turn, attachment: Attachment) -> tuple[str, dict[str, ArgValue]] | None:
    """Why a file cannot be kept (its kind, size or the daily quota), or None."""
    reason = keep_refusal(attachment, turn.policy)
    if reason is not None:
        return reason, {"limit_mb": turn.policy.max_file_bytes // (1024 * 1024)}
    return quota_refusal(attachment, turn.ctx.file_usage, turn.policy)


def keep_file(turn: Turn, attachment: Attachment) -> str:
    file_id = turn.ctx.new_id()
    turn.events.append(FileAccepted(file_id, as_kept(attachment)))
    return file_id
