"""``cre-admin cases export`` and ``cre-admin outbox`` on a real data dir."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from typer.testing import CliRunner

from flows.core.messages import Channel, Outbound
from store.ports import AdminStore
from tests.report.conftest import T0, add_cases, case, data_dir, invoke, with_data


def _cases(tmp_path: Path) -> Path:
    data = data_dir(tmp_path)

    async def fill(store: AdminStore) -> None:
        await add_cases(
            store,
            [
                case("AAAA-AAAA", "KE", "africa"),
                case("BBBB-BBBB", "PE", "latin_america", strategies=["security"]),
                case("CCCC-CCCC", "KE", "africa", strategies=["advocacy"]),
            ],
        )

    with_data(data, fill)
    return data


def _audit(data: Path) -> list[tuple[str, str | None]]:
    found: list[tuple[str, str | None]] = []

    async def read(store: AdminStore) -> None:
        found.extend((e["action"], e["case_ref"]) for e in await store.audit_entries())

    with_data(data, read)
    return found


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_export_filters_and_holds_no_content(tmp_path: Path, cli: CliRunner) -> None:
    data = _cases(tmp_path)
    out = tmp_path / "cases.csv"
    code, said = invoke(
        cli, "cases", "export", str(out), "--country", "ke", "--strategy", "research",
        "--from", "2026-03-01", "--to", "2026-03-02", "--data-dir", str(data),
    )  # fmt: skip
    assert code == 0 and "1 case(s) written" in said, said
    (row,) = _rows(out)
    assert (row["ref"], row["country"], row["strategies"]) == ("AAAA-AAAA", "KE", "research")
    assert "answers" not in row and "Person" not in out.read_text(encoding="utf-8-sig")
    assert out.stat().st_mode & 0o077 == 0
    assert ("admin.cases.export", None) in _audit(data)


def test_content_asks_first_and_every_case_seen_is_audited(tmp_path: Path, cli: CliRunner) -> None:
    data = _cases(tmp_path)
    out = tmp_path / "full.csv"
    code, _ = invoke(
        cli, "cases", "export", str(out), "--with-content", "--data-dir", str(data), stdin="n\n"
    )
    assert code == 1 and not out.exists()
    code, said = invoke(
        cli, "cases", "export", str(out), "--with-content", "--region", "africa",
        "--data-dir", str(data), stdin="y\n",
    )  # fmt: skip
    assert code == 0 and "audited" in said
    rows = _rows(out)
    assert [r["ref"] for r in rows] == ["AAAA-AAAA", "CCCC-CCCC"]
    assert "Words only the requester wrote AAAA-AAAA" in json.loads(rows[0]["answers"])["harm"]
    seen = [ref for action, ref in _audit(data) if action == "admin.cases.export.content"]
    assert seen == ["AAAA-AAAA", "CCCC-CCCC"]


def test_bad_filters_fail_loudly(tmp_path: Path, cli: CliRunner) -> None:
    data = _cases(tmp_path)
    for args, said in (
        (("--status", "open"), "--status must be one of"),
        (("--level", "4"), "--level must be 1, 2 or 3"),
        (("--country", "Kenya"), "ISO 3166"),
        (("--strategy", "legal"), "--strategy must be one of"),
        (("--from", "March"), "a date like"),
    ):
        code, output = invoke(cli, "cases", "export", "-", "--data-dir", str(data), *args)
        assert code == 2 and said in output, (args, output)


def test_the_outbox_shows_what_waits_and_can_retry_or_discard(
    tmp_path: Path, cli: CliRunner
) -> None:
    data = data_dir(tmp_path)

    async def fill(store: AdminStore) -> None:
        async with store.transaction() as tx:
            await tx.enqueue(Channel.SIGNAL, "+254712345678", "en", Outbound("alice-ps", "k"), T0)
            await tx.enqueue(Channel.TELEGRAM, "42", "en", Outbound("bob-pseu", "k"), T0)

    with_data(data, fill)
    code, said = invoke(cli, "outbox", "list", "--json", "--data-dir", str(data))
    rows = json.loads(said)
    assert code == 0 and [(r["channel"], r["recipient"]) for r in rows] == [
        ("signal", "alice-ps"), ("telegram", "bob-pseu"),
    ]  # fmt: skip
    assert "+254712345678" not in said and "42" not in [str(v) for r in rows for v in r.values()]
    code, said = invoke(cli, "outbox", "list", "--data-dir", str(data))
    assert "1 for signal" in said and "1 for telegram" in said
    code, said = invoke(cli, "outbox", "retry", "--all", "--data-dir", str(data))
    assert code == 0 and "2 repl(ies)" in said
    code, said = invoke(cli, "outbox", "discard", str(rows[1]["id"]), "--data-dir", str(data),
                        stdin="y\n")  # fmt: skip
    assert code == 0 and "1 repl(ies) discarded" in said
    code, said = invoke(cli, "outbox", "discard", "999", "--yes", "--data-dir", str(data))
    assert code == 1 and "Not waiting" in said
    code, said = invoke(cli, "outbox", "retry", "--data-dir", str(data))
    assert code == 2 and "--all" in said
    actions = [a for a, _ in _audit(data)]
    assert {"admin.outbox.list", "admin.outbox.retry", "admin.outbox.discard"} <= set(actions)
