"""The steps every simulated person takes: the start of cre-bot's intake.

Each step is one update: a text (``say``) or a button tap (``tap``, the
callback data cre-bot's buttons carry). They stop before the first
multiple-choice question, so every step is one tap or one text and gets a
reply from all three bots.
"""

from __future__ import annotations

from typing import Literal

Step = tuple[Literal["say", "tap"], str]

STEPS: tuple[Step, ...] = (
    ("say", "/start"),
    ("tap", "consent:yes"),
    ("tap", "requester_type:community"),
    ("say", "Friends of the river"),
    ("tap", "relationship:affected"),
    ("say", "River Alliance"),
    ("say", "Kenya"),
    ("say", "Turkana"),
    ("say", "A dam upstream of our village"),
    ("say", "Some Energy Ltd"),
)
