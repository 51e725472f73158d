"""``cre-admin keys``: the encryption keys."""

from __future__ import annotations

import os

import typer

from admin_cli.common import (
    DataDir,
    audit,
    fail,
    out,
    settings_for,
    with_store,
)

keys_app = typer.Typer(no_args_is_help=True, help="Manage the encryption keys.")


@keys_app.command("rotate")
def keys_rotate(data_dir: DataDir = None) -> None:
    """Make a new key active for new data; existing data stays readable with the old key."""
    settings = settings_for(data_dir)
    if settings.master_key is not None:
        fail("keys come from CRE_MASTER_KEY; rotate by changing how you derive it")
    keyring = settings.keyring().with_new_key()
    with_store(settings, lambda store: audit(store, "admin.keys.check"))
    tmp = settings.key_file.with_suffix(".new")
    tmp.unlink(missing_ok=True)
    keyring.write(tmp)
    os.replace(tmp, settings.key_file)
    with_store(settings, lambda store: audit(store, "admin.keys.rotate"))
    out.print(f"Key {keyring.active} is now active. Back up {settings.key_file} again.")
