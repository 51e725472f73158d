"""``cre-admin collaborators import`` / ``export`` on a real data dir: all rows or none,
bad rows named by line, duplicates found in the file and in the directory, a dry run
that writes nothing, JSON for scripts, and an export the import reads back."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from admin_cli.directory_io import BAD_INPUT, HEADER
from store.ports import AdminStore
from tests.report.conftest import data_dir, invoke, with_data

GOOD = (
    ",".join(HEADER) + "\n"
    "River Lab,academic,research;expertise,KE;UG,africa,en;sw,signal,+254712345678,,yes,no,"
    "Soil and water tests\n"
    "Abogados del Sur,lawyer,remedy,PE,latin_america,es,,,abogados@example.org,yes,yes,\n"
    '"Ibu Sari, Jakarta",community,organising,ID,asia,id,telegram,123456789,,no,,"Speaks '
    'Javanese, ""mornings"""\n'
)


def _directory(data: Path) -> list[tuple[str, str | None, str | None]]:
    found: list[tuple[str, str | None, str | None]] = []

    async def read(store: AdminStore) -> None:
        found.extend([(r.name, r.kind, r.notes) async for r in store.directory_export()])

    with_data(data, read)
    return found


def _write(tmp_path: Path, text: str, name: str = "in.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_file_is_imported_whole(tmp_path: Path, cli: CliRunner) -> None:
    data = data_dir(tmp_path)
    code, said = invoke(
        cli, "collaborators", "import", str(_write(tmp_path, GOOD)), "--data-dir", str(data)
    )
    assert code == 0 and "3 collaborator(s) imported" in said, said
    assert _directory(data) == [
        ("River Lab", "academic", "Soil and water tests"),
        ("Abogados del Sur", "lawyer", None),
        ("Ibu Sari, Jakarta", "community", 'Speaks Javanese, "mornings"'),
    ]


def test_bad_rows_are_reported_by_line_and_nothing_is_imported(
    tmp_path: Path, cli: CliRunner
) -> None:
    data = data_dir(tmp_path)
    bad = GOOD + (
        ",academic,research,KE,africa,en,,,,,,\n"  # line 5: no name
        "Lab Two,spaceship,flying,XX,mars,de,telegram,@lab,,maybe,,\n"  # line 6: everything
        "\n"
        "Lab Three,ngo,advocacy,KE,africa,en,signal,,,,,\n"  # line 8: channel without id
    )
    code, said = invoke(
        cli, "collaborators", "import", str(_write(tmp_path, bad)), "--data-dir", str(data)
    )
    assert code == BAD_INPUT, said
    assert "line 5: name is empty" in said
    for problem in ("organisation_type", "unknown strategies", "ISO 3166", "unknown regions",
                    "languages", "Telegram id", "available must be yes or no"):  # fmt: skip
        assert "line 6: " in said and problem in said, problem
    assert "line 8: channel and id go together" in said
    assert "Nothing imported" in said
    assert _directory(data) == []


def test_duplicates_in_the_file_and_in_the_directory(tmp_path: Path, cli: CliRunner) -> None:
    data = data_dir(tmp_path)
    first = _write(tmp_path, GOOD)
    assert invoke(cli, "collaborators", "import", str(first), "--data-dir", str(data))[0] == 0
    again = (
        GOOD.splitlines()[0]
        + "\n"
        + "\n".join(
            [
                "New Lab,ngo,research,KE,africa,en,,,new@example.org,,,",  # line 2: new
                "river lab,ngo,advocacy,UG,africa,en,,,,,,",  # line 3: same name (any case)
                "Other,ngo,research,KE,africa,en,signal,+254712345678,,,,",  # line 4: same Signal
                "Newer Lab,ngo,research,KE,africa,en,,,NEW@example.org,,,",  # line 5: as line 2
            ]
        )
        + "\n"
    )
    path = _write(tmp_path, again, "again.csv")
    code, said = invoke(
        cli, "collaborators", "import", str(path), "--data-dir", str(data), "--json"
    )
    assert code == BAD_INPUT
    problems = {p["line"]: p["problem"] for p in json.loads(said)["problems"]}
    assert sorted(problems) == [3, 4, 5]
    assert "collaborator #1" in problems[3] and "collaborator #1" in problems[4]
    assert "line 2" in problems[5]
    assert len(_directory(data)) == 3
    code, said = invoke(
        cli, "collaborators", "import", str(path), "--data-dir", str(data), "--skip-duplicates"
    )
    assert code == 0 and "1 collaborator(s) imported" in said and "3 duplicate(s)" in said
    assert [n for n, _, _ in _directory(data)][-1] == "New Lab"


def test_a_dry_run_checks_everything_and_writes_nothing(tmp_path: Path, cli: CliRunner) -> None:
    data = data_dir(tmp_path)
    path = _write(tmp_path, GOOD)
    code, said = invoke(
        cli, "collaborators", "import", str(path), "--dry-run", "--json", "--data-dir", str(data)
    )
    assert code == 0 and json.loads(said) == {
        "imported": 0, "checked": 3, "duplicates_skipped": 0, "dry_run": True,
    }  # fmt: skip
    assert _directory(data) == []


def test_hostile_files_get_one_clear_sentence(tmp_path: Path, cli: CliRunner) -> None:
    data = data_dir(tmp_path)
    cases = {
        "latin1.csv": ("name,strategies\nCaf\xe9,research\n".encode("latin-1"), "is not UTF-8"),
        "binary.csv": (b"\x00\x01\x02", "NUL bytes"),
        "header.csv": (b"nom,strategie\nx,y\n", "the header must use the columns"),
        "empty.csv": (",".join(HEADER).encode() + b"\n", "no rows under its header"),
        "wide.csv": (b"name,strategies\nA,research,extra\n", "more columns than the header"),
    }
    for name, (raw, said) in cases.items():
        path = tmp_path / name
        path.write_bytes(raw)
        code, output = invoke(cli, "collaborators", "import", str(path), "--data-dir", str(data))
        assert code in (2, BAD_INPUT) and said in " ".join(output.split()), (name, output)
    assert _directory(data) == []


def test_the_export_reads_back_as_duplicates(tmp_path: Path, cli: CliRunner) -> None:
    data = data_dir(tmp_path)
    invoke(cli, "collaborators", "import", str(_write(tmp_path, GOOD)), "--data-dir", str(data))
    exported = tmp_path / "directory.csv"
    code, said = invoke(cli, "collaborators", "export", str(exported), "--data-dir", str(data))
    assert code == 0 and "3 collaborator(s) written" in said
    assert exported.stat().st_mode & 0o077 == 0
    text = exported.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == ",".join(HEADER)
    assert "+254712345678" in text and "abogados@example.org" in text
    code, said = invoke(cli, "collaborators", "import", str(exported), "--dry-run",
                        "--data-dir", str(data))  # fmt: skip
    assert code == BAD_INPUT and said.count("duplicate") == 3
