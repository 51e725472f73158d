"""Files sent in answer to a check-in's question, through the real runtime.

A check-in is for someone who agreed in their intake; it has no consent step of
its own, so a voice note answering "anything achieved or learned" must be kept
as the answer (it was refused as "sent before consent").
"""

from __future__ import annotations

from flows.core.messages import Attachment, AttachmentKind
from tests.followup.world import World

VOICE = Attachment(
    AttachmentKind.VOICE, "audio/ogg", 48_000, b"OggS" + bytes(range(256)) * 187 + b"x" * 124
)
"""A voice note whose bytes are an Ogg stream's, as the media policy checks content."""


async def test_a_voice_note_answers_the_check_ins_open_question(world: World) -> None:
    ref = await world.case("wanjiru", "KE")
    await world.say("amina", f"/move {ref} implementation")
    await world.tick(days=14)
    for answer in ("On track", "1", "1", "1"):
        await world.say("wanjiru", answer)
    await world.say("wanjiru", "/skip")  # the context question
    assert "Anything achieved or learned" in world.last("wanjiru")
    await world.transport.say("wanjiru", None, None, VOICE, locale_hint="en")
    await world.settle()
    said = " ".join(world.texts("wanjiru")[-2:])
    assert "Nothing is stored until you agree" not in said
    assert "We will check in again" in world.last("wanjiru")
    rows = await world.store.db.read("SELECT count(*) FROM files")
    assert rows[0][0] == 1  # the voice note, sealed (the case had no file before)
