"""Run ``cre-admin keys rotate``'s work in this process and ``kill -9`` it after a
number of committed batches: ``python -m tests.keys.rotate_and_die DATA BATCH DIE_AFTER``.

Each batch is followed by a short pause (no lock held), so that on a busy machine the
bot's traffic still interleaves with the batches instead of the whole killed part
running between two of its messages."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
from pathlib import Path

from admin_cli.keys import rotate
from config.settings import load_settings

PAUSE = 0.3
"""Seconds between batches (the real command does not pause)."""


def main() -> None:
    data, batch, die_after = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    settings = load_settings({"CRE_DATA_DIR": str(data)}, toml_path=data / "none.toml")
    keyring = settings.keyring()
    if not keyring.retiring:
        keyring = keyring.with_new_key()
        keyring.replace(settings.key_file)

    def after_batch(count: int) -> None:
        print(f"batch {count}", flush=True)
        if count == die_after:
            os.kill(os.getpid(), signal.SIGKILL)
        time.sleep(PAUSE)

    asyncio.run(rotate(settings, keyring, batch, lambda _d, _t: None, after_batch))


if __name__ == "__main__":
    main()
