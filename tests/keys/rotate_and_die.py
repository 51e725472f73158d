"""Run ``cre-admin keys rotate``'s work in this process and ``kill -9`` it after a
number of committed batches: ``python -m tests.keys.rotate_and_die DATA BATCH DIE_AFTER``."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from admin_cli.keys import rotate
from config.settings import load_settings


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

    asyncio.run(rotate(settings, keyring, batch, lambda _d, _t: None, after_batch))


if __name__ == "__main__":
    main()
