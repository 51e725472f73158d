"""What the core needs from the outside world, as Protocols.

``store`` implements :class:`Transaction` on SQLite; tests may implement it
in memory. Everything a :class:`Transaction` does becomes visible together
or not at all.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol

from flows.core.events import CaseSubmitted
from flows.core.messages import Attachment, Channel, Inbound, Outbound
from flows.core.regions import Region
from flows.core.state import CaseSummary, Conversation
from flows.followup.records import AnswerSet, Item, Plan, Prefs, Prompt
from flows.funding.models import (
    Application,
    ApplicationSummary,
    Call,
    FundingTotal,
    GrantsMember,
    Resource,
    Vote,
)
from flows.workspace.desk import CaseView, Facilitator
from flows.workspace.matching import Collaborator
from flows.workspace.record import CaseHistory


class Clock(Protocol):
    def now(self) -> datetime: ...


class Transaction(Protocol):
    """One atomic unit of work on the store."""

    async def remember_person(
        self, person: str, channel: Channel, address: str, now: datetime
    ) -> None:
        """Record (sealed) where to write back to this person."""

    async def address_of(self, person: str) -> tuple[Channel, str] | None: ...

    async def load_conversation(self, person: str) -> Conversation | None: ...

    async def save_conversation(self, person: str, state: Conversation, now: datetime) -> None: ...

    async def cases_of(self, person: str) -> list[CaseSummary]: ...

    async def ref_taken(self, ref: str) -> bool: ...

    async def create_case(
        self, person: str, case: CaseSubmitted, region: str, now: datetime
    ) -> None: ...

    async def save_file(
        self,
        person: str,
        file_id: str,
        attachment: Attachment,
        now: datetime,
        case_ref: str | None = None,
    ) -> None: ...

    async def discard_files(self, file_ids: tuple[str, ...]) -> None: ...

    async def file_usage(self, person: str, since: datetime) -> tuple[int, int]:
        """(files, bytes) this person has had stored since ``since``, any flow: for quotas."""

    async def forget_person(self, person: str, now: datetime) -> None:
        """Erase the person's state, contact, files and the personal data of their cases."""

    async def enqueue(
        self, channel: Channel, address: str, locale: str, message: Outbound, now: datetime
    ) -> None:
        """Queue a reply; it is sent only after this transaction commits."""

    async def audit(
        self, now: datetime, actor: str, action: str, case_ref: str | None = None, detail: str = ""
    ) -> None: ...

    # ----- the facilitator workspace ------------------------------------------------

    async def regions(self) -> list[Region]: ...

    async def facilitator_by_person(self, person: str) -> Facilitator | None: ...

    async def facilitators(self) -> list[Facilitator]: ...

    async def facilitators_for(self, region: str) -> list[Facilitator]: ...

    async def case_view(self, ref: str, answers: bool = False) -> CaseView | None: ...

    async def open_cases(self) -> list[CaseView]: ...

    async def update_case(self, ref: str, field: str, value: object, now: datetime) -> None: ...

    async def add_note(self, ref: str, author: int, text: str, now: datetime) -> None: ...

    async def notes(self, ref: str) -> list[str]: ...

    async def collaborators(self) -> list[Collaborator]: ...

    async def collaborator_person(self, collaborator: int) -> str | None: ...

    async def collaborator_by_person(self, person: str) -> Collaborator | None: ...

    async def add_invitation(self, ref: str, collaborator: int, now: datetime) -> int: ...

    async def invitation(self, invitation: int) -> tuple[str, int, str] | None:
        """(case ref, collaborator id, status) of an invitation."""

    async def answer_invitation(self, invitation: int, accepted: bool, now: datetime) -> None: ...

    async def connections(self, ref: str) -> list[int]: ...

    async def save_agreement(
        self, ref: str, fields: dict[str, str], recorded_by: int, now: datetime
    ) -> None: ...

    async def contact(self, recipient: str) -> ContactLike | None:
        """Where and in which language to write to a pseudonym or ``queue:<region>``."""

    async def schedule(self, kind: str, ref: str, due_at: datetime) -> None: ...

    async def finish_job(self, job: int, now: datetime) -> bool: ...

    # --- case history and agreement confirmations (issue 11) ---

    async def case_history(self, ref: str) -> CaseHistory:
        """The case's notes (author, date), invitations (collaborator's name, answer), the
        agreement with the confirmations given since it was last saved, and the messages
        relayed through the bot, oldest first: opened from their sealed columns."""

    async def add_case_message(
        self, ref: str, direction: str, text: str, with_file: bool, now: datetime
    ) -> None:
        """Keep (sealed) a message relayed to or from the requester; erased with them."""

    async def answer_agreement(self, ref: str, party: str, agreed: bool, now: datetime) -> None:
        """A party's confirmation of the case's saved agreement (the latest answer wins)."""

    async def collaborator_contact(self, collaborator: int) -> str | None:
        """How to reach a collaborator who is not on a messenger, as the coordinator wrote it."""

    # --- follow-up and evaluation (issue 13) -------------------------------------------

    async def followup_plan(self, ref: str) -> Plan | None: ...

    async def save_followup_plan(self, plan: Plan, now: datetime) -> None: ...

    async def add_prompt(
        self, key: str, kind: str, ref: str, person: str, slot: int, due_at: datetime
    ) -> bool:
        """Schedule one occurrence; False if its key exists already (in any state)."""

    async def prompt(self, prompt_id: int) -> Prompt | None: ...

    async def update_prompt(
        self, prompt_id: int, state: str, due_at: datetime | None, now: datetime
    ) -> None:
        """Move a prompt to ``state`` (stamping when it was sent, reminded or answered)."""

    async def defer_prompt(self, prompt_id: int, due_at: datetime) -> None:
        """Same state, later: quiet hours, the fatigue cap or a pause."""

    async def prompts_of_case(self, ref: str) -> list[Prompt]: ...

    async def prompt_times(self, person: str, since: datetime) -> list[datetime]:
        """When the person was prompted or reminded since ``since``, any case: fatigue."""

    async def awaiting_prompt(self, ref: str, person: str, kind: str) -> Prompt | None: ...

    async def end_prompts(self, ref: str, kinds: tuple[str, ...], now: datetime) -> int: ...

    async def save_followup_answers(
        self, prompt: Prompt, flow: str, answers: dict[str, Any], now: datetime
    ) -> None:
        """Sealed, one row per prompt and flow."""

    async def followup_answers(self, ref: str) -> list[AnswerSet]: ...

    async def followup_prefs(self, person: str) -> Prefs: ...

    async def home_country(self, person: str) -> str | None:
        """The country of the person's first request, if they made one: where their
        time zone comes from, the same for every case they take part in."""

    async def save_followup_prefs(self, prefs: Prefs) -> None: ...

    async def add_followup_item(
        self, ref: str, prompt: int | None, kind: str, now: datetime
    ) -> int: ...

    async def followup_items(self, ref: str) -> list[Item]: ...

    async def close_followup_item(self, ref: str, item: int, now: datetime) -> bool: ...

    async def add_meeting_notes(self, ref: str, author: int, text: str, now: datetime) -> None:
        """The evaluation meeting's notes and lessons, sealed."""

    async def meeting_notes(self, ref: str) -> list[str]: ...

    # --- funding (issue 14) ------------------------------------------------------------

    async def add_grants_member(
        self,
        person: str,
        channel: Channel,
        address: str,
        name: str,
        region: str,
        locale: str,
        now: datetime,
    ) -> int:
        """Register (or update and reactivate) a member of a region's grants group."""

    async def remove_grants_member(self, member: int) -> bool: ...

    async def grants_member_by_person(self, person: str) -> GrantsMember | None: ...

    async def grants_members(self, region: str | None = None) -> list[GrantsMember]: ...

    async def grants_member_contact(self, member: int) -> ContactLike | None: ...

    async def open_call(
        self,
        region: str,
        kind: str,
        dates: tuple[str, str, str],
        amount_cents: int,
        criteria: dict[str, str],
        now: datetime,
    ) -> int:
        """A new open call; ``dates`` are (opens on, closes on, review until), ISO dates."""

    async def funding_call(self, call: int) -> Call | None: ...

    async def funding_calls(self) -> list[Call]: ...

    async def set_call_status(self, call: int, status: str) -> None: ...

    async def add_application(
        self, application: Application, purpose: str, capacity_text: str, by: int, now: datetime
    ) -> int:
        """Store an application (its ``id`` ignored); the words are sealed. Its id."""

    async def application(self, application: int) -> Application | None: ...

    async def applications(self, call: int) -> list[Application]: ...

    async def applications_of(self, ref: str) -> list[Application]: ...

    async def application_summary(self, application: int) -> ApplicationSummary | None:
        """The minimal pseudonymous view a grants member may read."""

    async def decide_application(
        self, application: int, status: str, granted_cents: int, now: datetime
    ) -> None: ...

    async def save_vote(self, vote: Vote, comment: str | None, now: datetime) -> None:
        """Insert or replace a member's answer; ``comment`` None keeps the one saved."""

    async def votes(self, application: int) -> list[Vote]: ...

    async def vote_comment(self, application: int, member: int) -> str | None: ...

    async def confirm_ranking(self, call: int, member: int, now: datetime) -> int:
        """Record a member's confirmation of the proposed ranking; how many confirmed."""

    async def ranking_confirmations(self, call: int) -> set[int]:
        """The members (ids) who have confirmed the proposed ranking of a call."""

    async def request_continuation(self, ref: str, now: datetime) -> bool:
        """The requester asked to continue at level 3; False when already recorded."""

    async def continuation_requested(self, ref: str) -> bool: ...

    async def add_resource(self, region: str, locale: str, body: str, now: datetime) -> int: ...

    async def remove_resource(self, resource: int) -> bool: ...

    async def resources(self, region: str | None = None) -> list[Resource]: ...

    async def add_referral(
        self, application: Application, resource: int | None, now: datetime
    ) -> None:
        """A grant referral to another funder (counted in the annual report)."""

    async def add_money(
        self,
        kind: str,
        application: Application,
        usd_cents: int,
        original: tuple[str, str],
        tranche: int | None,
        on_date: str,
        now: datetime,
    ) -> int:
        """A disbursement or reported spending, in USD cents; ``original`` is
        (currency, amount as given)."""

    async def money_of(self, application: int) -> list[tuple[str, int, str, str, int | None, str]]:
        """(kind, USD cents, currency, original amount, tranche, date), in order."""

    async def funding_totals(self, by: str) -> list[FundingTotal]:
        """Anonymous sums per ``region``, ``level`` or ``call``, for the annual report."""

    async def forget_funding(self, refs: list[str]) -> None:
        """Erase the words of these cases' applications and members' comments on them."""


class ContactLike(Protocol):
    @property
    def channel(self) -> Channel: ...

    @property
    def address(self) -> str: ...

    @property
    def locale(self) -> str: ...


class InboxItem(Protocol):
    """An inbound message as committed to the inbox, with its reply address."""

    inbound: Inbound
    address: str
