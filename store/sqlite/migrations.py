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


async def _v_case_history(conn: aiosqlite.Connection) -> None:
    """Messages relayed about a case (sealed), and each party's answer to its agreement."""
    await _run(
        conn,
        """
        CREATE TABLE case_messages (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            case_ref TEXT NOT NULL,
            direction TEXT NOT NULL,
            body BLOB NOT NULL,
            with_file INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        );
        CREATE INDEX case_messages_case ON case_messages(case_ref);
        CREATE TABLE agreement_answers (
            case_ref TEXT NOT NULL,
            party TEXT NOT NULL,
            agreed INTEGER NOT NULL,
            answered_at TEXT NOT NULL,
            PRIMARY KEY (case_ref, party)
        )
        """,
    )


async def _v_followup(conn: aiosqlite.Connection) -> None:
    """Follow-up during implementation and the evaluation (issue 13): the durable
    schedule of prompts (one row per occurrence, unique by key), sealed answers,
    follow-up items, evaluation meeting notes, and each person's choices."""
    await _run(
        conn,
        """
        CREATE TABLE followup_plans (
            case_ref TEXT PRIMARY KEY,
            cadence_days INTEGER NOT NULL,
            starts_at TEXT NOT NULL,
            ends_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE followup_prompts (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            case_ref TEXT NOT NULL,
            person TEXT NOT NULL,
            slot INTEGER NOT NULL DEFAULT 0,
            state TEXT NOT NULL,
            due_at TEXT,
            sent_at TEXT,
            reminded_at TEXT,
            answered_at TEXT
        );
        CREATE INDEX followup_prompts_due ON followup_prompts(due_at)
            WHERE state IN ('due', 'reminded', 'sent');
        CREATE INDEX followup_prompts_case ON followup_prompts(case_ref);
        CREATE INDEX followup_prompts_person ON followup_prompts(person, sent_at);
        CREATE TABLE followup_answers (
            prompt INTEGER NOT NULL,
            flow TEXT NOT NULL,
            case_ref TEXT NOT NULL,
            person TEXT NOT NULL,
            body BLOB NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (prompt, flow)
        );
        CREATE INDEX followup_answers_case ON followup_answers(case_ref);
        CREATE TABLE followup_items (
            id INTEGER PRIMARY KEY,
            case_ref TEXT NOT NULL,
            prompt INTEGER,
            kind TEXT NOT NULL,
            created_at TEXT NOT NULL,
            closed_at TEXT
        );
        CREATE INDEX followup_items_case ON followup_items(case_ref);
        CREATE TABLE followup_meetings (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            case_ref TEXT NOT NULL,
            author INTEGER NOT NULL,
            body BLOB NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE followup_prefs (
            person TEXT PRIMARY KEY,
            zone TEXT,
            paused_until TEXT,
            stopped INTEGER NOT NULL DEFAULT 0
        )
        """,
    )


async def _v_funding(conn: aiosqlite.Connection) -> None:
    """Issue 14: grants working groups, calls, applications, votes, referrals, money.

    Names and addresses of members, what an application pays for and how it
    strengthens capacity, and members' comments are sealed; amounts, levels,
    regions and dates stay plain for the annual report's anonymous sums.
    """
    await _run(
        conn,
        """
        CREATE TABLE grants_members (
            id INTEGER PRIMARY KEY,
            pseudonym TEXT NOT NULL UNIQUE,
            channel TEXT NOT NULL,
            address BLOB NOT NULL,
            name BLOB NOT NULL,
            region TEXT NOT NULL,
            locale TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL
        );
        CREATE TABLE funding_calls (
            id INTEGER PRIMARY KEY,
            region TEXT NOT NULL,
            kind TEXT NOT NULL,
            opens_on TEXT NOT NULL,
            closes_on TEXT NOT NULL,
            review_until TEXT NOT NULL,
            amount_cents INTEGER NOT NULL,
            status TEXT NOT NULL,
            criteria TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE funding_applications (
            id INTEGER PRIMARY KEY,
            call_id INTEGER NOT NULL REFERENCES funding_calls(id),
            case_ref TEXT NOT NULL,
            region TEXT NOT NULL,
            level INTEGER NOT NULL,
            amount_cents INTEGER NOT NULL,
            applicant TEXT NOT NULL,
            security INTEGER NOT NULL,
            capacity INTEGER NOT NULL,
            details BLOB,
            continues INTEGER,
            status TEXT NOT NULL DEFAULT 'submitted',
            granted_cents INTEGER NOT NULL DEFAULT 0,
            prepared_by INTEGER NOT NULL,
            submitted_at TEXT NOT NULL,
            decided_at TEXT,
            UNIQUE (call_id, case_ref, level)
        );
        CREATE TABLE funding_votes (
            application_id INTEGER NOT NULL REFERENCES funding_applications(id),
            member_id INTEGER NOT NULL REFERENCES grants_members(id),
            choice TEXT NOT NULL,
            score INTEGER,
            comment BLOB,
            done INTEGER NOT NULL DEFAULT 0,
            at TEXT NOT NULL,
            PRIMARY KEY (application_id, member_id)
        );
        CREATE TABLE funding_confirmations (
            call_id INTEGER NOT NULL,
            member_id INTEGER NOT NULL,
            at TEXT NOT NULL,
            PRIMARY KEY (call_id, member_id)
        );
        CREATE TABLE funding_continuations (
            case_ref TEXT PRIMARY KEY,
            requested_at TEXT NOT NULL
        );
        CREATE TABLE funding_resources (
            id INTEGER PRIMARY KEY,
            region TEXT NOT NULL,
            locale TEXT NOT NULL,
            body TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE funding_referrals (
            id INTEGER PRIMARY KEY,
            application_id INTEGER NOT NULL,
            region TEXT NOT NULL,
            level INTEGER NOT NULL,
            call_id INTEGER NOT NULL,
            resource_id INTEGER,
            at TEXT NOT NULL
        );
        CREATE TABLE funding_money (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            case_ref TEXT NOT NULL,
            application_id INTEGER NOT NULL,
            region TEXT NOT NULL,
            level INTEGER NOT NULL,
            call_id INTEGER NOT NULL,
            usd_cents INTEGER NOT NULL,
            currency TEXT NOT NULL,
            original TEXT NOT NULL,
            tranche INTEGER,
            on_date TEXT NOT NULL,
            at TEXT NOT NULL
        )
        """,
    )


async def _v_reporting(conn: aiosqlite.Connection) -> None:
    """Issue 15: the categories the annual report charts (rights, financiers, sector) kept
    beside the sealed answers so that a report need not open every case, erased with
    them; the directory's organisation type and sealed notes; and an index that lets the
    report find each case's first claim, reply and agreement without sorting the trail."""
    await _run(
        conn,
        """
        CREATE TABLE case_facets (
            case_ref TEXT PRIMARY KEY,
            rights TEXT NOT NULL DEFAULT '',
            financiers TEXT NOT NULL DEFAULT '',
            sector TEXT
        );
        ALTER TABLE collaborators ADD COLUMN kind TEXT;
        ALTER TABLE collaborators ADD COLUMN notes BLOB;
        CREATE INDEX audit_reporting ON audit(action, case_ref, at)
        """,
    )
    # Trigger bodies hold semicolons: one statement each, not through _run.
    await conn.execute(
        "CREATE TRIGGER case_facets_erased AFTER UPDATE OF details ON cases"
        " WHEN NEW.details IS NULL BEGIN"
        " DELETE FROM case_facets WHERE case_ref = NEW.ref; END"
    )
    await conn.execute(
        "CREATE TRIGGER case_facets_deleted AFTER DELETE ON cases BEGIN"
        " DELETE FROM case_facets WHERE case_ref = OLD.ref; END"
    )


async def _v_registry_edits(conn: aiosqlite.Connection) -> None:
    """Removing facilitators and collaborators (their sealed name and address are
    overwritten, the row stays for the cases and notes that point to it), and the
    console simulator's personas, kept out of the coordinator's registry."""
    await _run(
        conn,
        """
        ALTER TABLE facilitators ADD COLUMN removed_at TEXT;
        ALTER TABLE collaborators ADD COLUMN removed_at TEXT;
        CREATE TABLE console_personas (
            pseudonym TEXT PRIMARY KEY,
            created_at TEXT NOT NULL
        )
        """,
    )


async def _v_privacy(conn: aiosqlite.Connection) -> None:
    """Anonymous counts of erasures and purges; what an erased case keeps for the report
    (its agreement's funding band) and when its personal data went (month)."""
    await _run(
        conn,
        """
        CREATE TABLE privacy_counts (
            kind TEXT NOT NULL,
            channel TEXT NOT NULL,
            month TEXT NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (kind, channel, month)
        );
        ALTER TABLE cases ADD COLUMN budget_band TEXT;
        ALTER TABLE cases ADD COLUMN erased_at TEXT
        """,
    )


MIGRATIONS: list[Migration] = [
    _v1_initial,
    _v2_facilitation,
    _v3_reliability,
    _v_case_history,
    _v_followup,
    _v_funding,
    _v_reporting,
    _v_registry_edits,
    _v_privacy,
]
