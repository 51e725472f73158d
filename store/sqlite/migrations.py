"""Schema migrations, in order. Never edit a released one: append a new one.

Columns holding anything that identifies or describes a person or their case
are BLOBs sealed by :mod:`store.crypto`; plaintext columns hold only what the
bot must filter or count on (status, level, ISO country code, dates).
"""

from __future__ import annotations

import aiosqlite

from store.sqlite.database import Migration

_V2_REGIONS: tuple[tuple[str, str, str], ...] = (
    (
        "asia",
        "Asia and the Pacific",
        "AE AF AM AZ BD BH BN BT CN FJ FM GE HK ID IL IN IQ IR JO JP KG KH KI KP KR KW KZ "
        "LA LB LK MH MM MN MO MV MY NC NP NR OM PF PG PH PK PS PW QA SA SB SG SY TH TJ TL "
        "TM TO TR TV TW UZ VN VU WS YE",
    ),
    (
        "latin_america",
        "Latin America and the Caribbean",
        "AG AR BB BO BR BS BZ CL CO CR CU DM DO EC GD GF GP GT GY HN HT JM KN LC MQ MX NI "
        "PA PE PR PY SR SV TT UY VC VE",
    ),
    (
        "africa",
        "Africa",
        "AO BF BI BJ BW CD CF CG CI CM CV DJ DZ EG EH ER ET GA GH GM GN GQ GW KE KM LR LS "
        "LY MA MG ML MR MU MW MZ NA NE NG RE RW SC SD SH SL SN SO SS ST SZ TD TG TN TZ UG "
        "YT ZA ZM ZW",
    ),
)
"""The regions v2 seeded, frozen here: editing ``flows.core.regions.DEFAULT_REGIONS`` must
not change what an old migration does (coordinators edit regions with ``cre-admin``)."""


async def _run(conn: aiosqlite.Connection, script: str) -> None:
    """Run DDL statement by statement: ``executescript`` would commit the open transaction."""
    for statement in script.split(";"):
        if statement.strip():
            await conn.execute(statement)


async def _v1_initial(conn: aiosqlite.Connection) -> None:
    await _run(
        conn,
        """
        CREATE TABLE meta (
            name TEXT PRIMARY KEY,
            value BLOB NOT NULL
        );
        CREATE TABLE people (
            pseudonym TEXT PRIMARY KEY,
            channel TEXT NOT NULL,
            address BLOB NOT NULL,
            created_at TEXT NOT NULL,
            seen_at TEXT NOT NULL
        );
        CREATE TABLE conversations (
            pseudonym TEXT PRIMARY KEY,
            state BLOB NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE cases (
            id INTEGER PRIMARY KEY,
            ref TEXT NOT NULL UNIQUE,
            requester TEXT,
            channel TEXT NOT NULL,
            locale TEXT NOT NULL,
            status TEXT NOT NULL,
            level INTEGER NOT NULL,
            urgent INTEGER NOT NULL,
            country TEXT,
            strategies TEXT NOT NULL DEFAULT '',
            details BLOB,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX cases_requester ON cases(requester);
        CREATE INDEX cases_status ON cases(status);
        CREATE TABLE files (
            id TEXT PRIMARY KEY,
            owner TEXT,
            case_ref TEXT,
            kind TEXT NOT NULL,
            meta BLOB NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX files_owner ON files(owner);
        CREATE TABLE inbox (
            id INTEGER PRIMARY KEY,
            channel TEXT NOT NULL,
            dedupe TEXT NOT NULL,
            pseudonym TEXT NOT NULL,
            payload BLOB NOT NULL,
            received_at TEXT NOT NULL,
            UNIQUE (channel, dedupe)
        );
        CREATE TABLE inbox_seen (
            channel TEXT NOT NULL,
            dedupe TEXT NOT NULL,
            seen_at TEXT NOT NULL,
            PRIMARY KEY (channel, dedupe)
        );
        CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            channel TEXT NOT NULL,
            recipient TEXT NOT NULL,
            locale TEXT NOT NULL,
            address BLOB NOT NULL,
            payload BLOB NOT NULL,
            status TEXT NOT NULL DEFAULT 'pending',
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT NOT NULL,
            error TEXT,
            created_at TEXT NOT NULL
        );
        CREATE INDEX outbox_pending ON outbox(status, channel, recipient, id);
        CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            case_ref TEXT,
            detail TEXT NOT NULL DEFAULT ''
        );
        """,
    )


async def _v2_facilitation(conn: aiosqlite.Connection) -> None:
    """Regions and their queues, facilitators, collaborators, and the case workspace."""
    await _run(
        conn,
        """
        CREATE TABLE regions (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            countries TEXT NOT NULL,
            queue_channel TEXT,
            queue_address BLOB,
            locale TEXT NOT NULL DEFAULT 'en'
        );
        CREATE TABLE facilitators (
            id INTEGER PRIMARY KEY,
            pseudonym TEXT NOT NULL UNIQUE,
            channel TEXT NOT NULL,
            address BLOB NOT NULL,
            name BLOB NOT NULL,
            regions TEXT NOT NULL,
            locale TEXT NOT NULL,
            coordinator INTEGER NOT NULL DEFAULT 0,
            active INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL
        );
        ALTER TABLE cases ADD COLUMN region TEXT NOT NULL DEFAULT 'coordinator';
        ALTER TABLE cases ADD COLUMN assignee INTEGER REFERENCES facilitators(id);
        ALTER TABLE people ADD COLUMN locale TEXT;
        CREATE INDEX cases_region ON cases(region, status);
        CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            case_ref TEXT NOT NULL,
            author INTEGER NOT NULL,
            body BLOB NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX notes_case ON notes(case_ref);
        CREATE TABLE collaborators (
            id INTEGER PRIMARY KEY,
            name BLOB NOT NULL,
            contact BLOB,
            pseudonym TEXT UNIQUE,
            channel TEXT,
            address BLOB,
            strategies TEXT NOT NULL,
            countries TEXT NOT NULL,
            regions TEXT NOT NULL,
            languages TEXT NOT NULL,
            available INTEGER NOT NULL DEFAULT 1,
            self_funded INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        );
        CREATE TABLE invitations (
            id INTEGER PRIMARY KEY,
            case_ref TEXT NOT NULL,
            collaborator INTEGER NOT NULL REFERENCES collaborators(id),
            status TEXT NOT NULL DEFAULT 'invited',
            created_at TEXT NOT NULL,
            answered_at TEXT,
            UNIQUE (case_ref, collaborator)
        );
        CREATE TABLE agreements (
            case_ref TEXT PRIMARY KEY,
            body BLOB NOT NULL,
            recorded_by INTEGER NOT NULL,
            recorded_at TEXT NOT NULL
        );
        CREATE TABLE due_jobs (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            case_ref TEXT NOT NULL,
            due_at TEXT NOT NULL,
            done_at TEXT,
            UNIQUE (kind, case_ref)
        );
        CREATE INDEX due_jobs_pending ON due_jobs(done_at, due_at)
        """,
    )
    for region_id, name, countries in _V2_REGIONS:
        await conn.execute(
            "INSERT INTO regions (id, name, countries) VALUES (?, ?, ?)",
            (region_id, name, countries),
        )


async def _v3_reliability(conn: aiosqlite.Connection) -> None:
    """Delivered pieces of a split reply, and counts of content-free transport events."""
    await _run(
        conn,
        """
        ALTER TABLE outbox ADD COLUMN parts_sent INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE transport_events (
            channel TEXT NOT NULL,
            kind TEXT NOT NULL,
            count INTEGER NOT NULL,
            first_at TEXT NOT NULL,
            last_at TEXT NOT NULL,
            PRIMARY KEY (channel, kind)
        )
        """,
    )


MIGRATIONS: list[Migration] = [_v1_initial, _v2_facilitation, _v3_reliability]
