"""What the key and backup commands get back from a store: counts, never content."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

Progress = Callable[[str, int, int], None]
"""(phase, done, total) so far, for a progress bar."""


@dataclass(frozen=True, slots=True)
class KeyUsage:
    """How many sealed values and sealed files name each key id."""

    rows: dict[int, int] = field(default_factory=dict)
    files: dict[int, int] = field(default_factory=dict)

    def outside(self, active: int) -> int:
        """How many values and files are still sealed under another key."""
        return sum(n for k, n in self.rows.items() if k != active) + sum(
            n for k, n in self.files.items() if k != active
        )


@dataclass(frozen=True, slots=True)
class BackupReport:
    """What a backup archive holds and what its verification found."""

    database_bytes: int
    files: int
    erased_during_backup: int
    key_ids: tuple[int, ...]
    schema: int


@dataclass(frozen=True, slots=True)
class RestoreReport:
    """What a restore put in place, and how much of it was opened with the key."""

    rows_opened: int
    files_opened: int
    key_ids: tuple[int, ...]


class BackupProblem(Exception):
    """A backup archive is damaged, incomplete, not CRE Bot's, or cannot go where asked."""
