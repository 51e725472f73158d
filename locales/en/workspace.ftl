# CRE Bot — English catalog, part 2: the facilitator workspace, the relay and collaborators.
# Review status: written by the developers (source language).

## Facilitators

ws-not-facilitator = Sorry, only the exchange's facilitators can do that.
ws-no-case = I can't find a request with the reference { $ref }.
ws-which-case = Which request is { $command } for? Choose one below, or send { $command } followed by its reference (e.g. { $command } K7M4-Q2XP).
ws-which-case-none = { $command } needs a request, and there are no open requests in your region. Send { $command } followed by a reference, or /cases to check.
ws-refused = Request { $ref } belongs to another region: you can't act on it.
ws-cases-none = There are no open requests in your region.
ws-cases-intro = { $count ->
        [one] One open request:
       *[other] { $count } open requests:
    }
ws-cases-line = { $urgent }{ $ref } · { $country } · level { $level } · { $status } · { $owner }
ws-act-open-ref = Open { $ref }
ws-owner-nobody = not claimed
ws-owner-you = yours
ws-urgent-mark = ⚠ URGENT ·{" "}
ws-case-header = { $urgent }Request { $ref } · { $country } · level { $level } · { $status } · { $owner }
ws-case-erased = The requester has erased their data: only anonymous information remains.
ws-case-referral-code = Partner code: { $code }
ws-act-claim = Claim
ws-act-release = Release
ws-act-reply = Write to the requester
ws-act-note = Add a private note
ws-act-move = Change status
ws-act-level = Set level
ws-act-assign = Assign to a colleague
ws-act-match = Suggest collaborators
ws-act-agreement = Record the agreement
ws-act-reroute = Send to another region
ws-act-urgent = Mark urgent
ws-act-open = Open
ws-act-save = Save
ws-act-drop = Discard
ws-already-yours = You have already claimed { $ref }.
ws-claimed-by-other = { $ref } was already claimed by { $name }.
ws-claimed = You have claimed { $ref }. The requester was told that their request is being looked at.
ws-released = You released { $ref }; it is unclaimed again.
ws-not-yours = { $ref } is not claimed by you.
ws-name = { $name }
ws-pick-colleague = Who should handle { $ref }?
ws-assigned-to-you = Request { $ref } was assigned to you.
ws-assigned = { $ref } is now assigned to { $name }.
ws-pick-region = Which region should handle request { $ref }?
ws-rerouted = Request { $ref } was sent to { $region }, unclaimed; its facilitators were told.
ws-case-final = Request { $ref } is { $status }: it can no longer be changed. Only the coordinator can reopen it (/reopen { $ref }).
ws-act-reopen = Reopen
ws-reopened = Request { $ref } is open again, back in triage.
ws-reopen-coordinator-only = Only the coordinator can reopen request { $ref }.
ws-reopen-not-final = Request { $ref } is still open: there is nothing to reopen.
ws-file-needs-reply = This file was not kept. To send a file to a requester, first choose Reply on their request (/reply REF), then send the file.
ws-level-1 = Level 1: information
ws-level-2 = Level 2: collaboration
ws-level-3 = Level 3: substantial funding
ws-pick-level = { $ref } is at level { $level }. Which level?
ws-level-set = { $ref } is now level { $level }.
ws-pick-status = { $ref } is "{ $status }". Move it to:
ws-status-set = { $ref } is now "{ $status }". The requester was told.
ws-urgent-set = { $ref } is marked urgent.
ws-ask-note = Send your note for { $ref }. Only facilitators will see it.
ws-note-saved = Note saved on { $ref }.
ws-requester-gone = The requester of { $ref } erased their data; they can't be reached.
ws-ask-reply = Send your message for the requester of { $ref }. It will be passed on without your name or account.
ws-reply-sent = Sent to the requester of { $ref }.
ws-matches-none = No available collaborator matches { $ref } yet.
ws-matches-intro = Suggested collaborators for { $ref } (closest first):
ws-match-line = { $name } · { $tier } · { $strategies }
ws-tier-local = same country
ws-tier-regional = same region
ws-tier-international = international
ws-invite-name = Invite { $name }
ws-invite-sent = { $name } was invited to { $ref }. You will hear when they answer.
ws-invite-accepted = { $name } accepted to collaborate on { $ref }.
ws-invite-declined = { $name } declined to collaborate on { $ref }.
ws-agreement-ask-activities = Agreement for { $ref }. 1/7: Which activities will be carried out?
ws-agreement-ask-timeline = 2/7: What is the timeline?
ws-agreement-ask-roles = 3/7: What is each collaborator's role?
ws-agreement-ask-budget = 4/7: What is the budget (write "none" if there is none)?
ws-agreement-ask-band = 5/7: Which funding band applies?
ws-agreement-ask-results = 6/7: How will the results and knowledge be used afterwards?
ws-agreement-ask-disputes = 7/7: How will disagreements be resolved?
ws-agreement-dropped = The draft agreement for { $ref } was discarded.
ws-agreement-stale = That button belongs to an agreement draft that is no longer open for { $ref }. Send /agreement { $ref } to start again.
ws-new-case = { $urgent }New request { $ref } · { $country } · level { $level } · { $language } · { $region }
    Support sought: { $strategies }
ws-relay-from-requester = Message from the requester of { $ref }:
    { $text }
ws-relay-file = The requester of { $ref } sent a file. { $text }
ws-escalation = Request { $ref } ({ $region }) has not been claimed after { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    }.
ws-requester-unreachable = A message to the requester of { $ref } could not be delivered: they may have blocked the bot or left the messenger. Try again later, or use another way you agreed on.

## Agreement

agreement-label-activities = Activities
agreement-label-timeline = Timeline
agreement-label-roles = Roles
agreement-label-budget = Budget
agreement-label-band = Funding
agreement-label-results = Use of results
agreement-label-disputes = Resolving disagreements
agreement-band-none = No funding needed
agreement-band-up_to_5k = Up to 5,000 USD (level 2)
agreement-band-5k_to_30k = 5,000 to 30,000 USD (level 3)
## Requesters, once a request is sent

case-claimed = A facilitator is now looking at your request { $ref }. They will write to you here.
status-changed = Your request { $ref } is now: { $status }.
relay-to-requester = Message from your facilitator about { $ref }:
    { $text }
relay-file-to-requester = Your facilitator sent you a file about { $ref }. { $text }
relay-sent = Passed on to the facilitator for { $ref }.
relay-pick-case = Which request is your message about?
relay-case = { $ref }
still-looking = Your request { $ref } has not been forgotten: we are still looking for the right person. Thank you for your patience.

## Collaborators

collab-invite = A facilitator of the Community Resource Exchange invites you to support a community's request ({ $ref }, { $country }): { $strategies }. Would you like to collaborate?
collab-accept = Yes, I accept
collab-decline = No, not this time
collab-thanks-accept = Thank you! The facilitator will contact you about { $ref }.
collab-thanks-decline = Thank you for answering. The facilitator was told.
collab-already-answered = You have already answered this invitation for { $ref }.
collab-help = You are registered as a collaborator of the Community Resource Exchange. No invitation is waiting for your answer; a facilitator will write to you here when a community could use your support.
collab-help-pending = An invitation for { $ref } is waiting for your answer: tap a button, or type 1 to accept or 2 to decline.

## Console simulator

console-persona-requester = You are now the community member "{ $name }".
console-persona-facilitator = You are now a facilitator for { $region } ("{ $name }"). Send /cases to see the requests.
console-persona-coordinator = You are now the coordinator. Send /cases to see every open request.
console-persona-unknown = Unknown persona. Use: /as requester [name] · /as facilitator REGION · /as coordinator. Regions: { $regions }.

## Facilitators: decisions, history, agreement edits and confirmations (issue 11)

ws-help =
    Facilitator commands:
    /cases — your region's open requests
    /open REF — details and history
    /claim REF — take it on
    /release REF — give it back to the queue
    /assign REF — hand it to a colleague
    /level REF — set its level (1, 2 or 3)
    /move REF — change its status
    /note REF — a private note for facilitators
    /reply REF — write to the requester
    /match REF — find collaborators
    /agreement REF — write or edit the agreement
    /urgent REF — mark it urgent (again to undo)
    /reroute REF — send it to another region
    /cancel — stop what you are writing (nothing is saved)
    You can also type an option's number, or tap it if you see buttons.
ws-act-not-urgent = Not urgent after all
ws-act-edit = Edit a part
ws-urgent-unset = { $ref } is no longer marked urgent.
ws-cancelled = Cancelled: nothing was saved or sent for { $ref }.
ws-nothing-to-cancel = There is nothing to cancel.
ws-pick-reason = Why is { $ref } "{ $status }"? Choose the reason the requester will be told:
ws-ask-decision-words = Reason: { $reason }. Anything to add for the requester, such as which organisation can help and how to reach it? Send it, or /skip to send the reason alone.
ws-decision-set = { $ref } is now "{ $status }" ({ $reason }). The requester was told the reason and what they can do next.
ws-invited-line = Already invited: { $name } · { $answer }
ws-invitation-invited = no answer yet
ws-invitation-accepted = accepted
ws-invitation-declined = declined
ws-already-invited = { $name } was already invited to { $ref }.
ws-invite-offline = { $name } was recorded as invited to { $ref }. They are not on a messenger: contact them directly at { $contact }.
ws-invite-offline-no-contact = { $name } was recorded as invited to { $ref }. They are not on a messenger and no contact is on file: ask the coordinator.
ws-case-where = Language: { $language } · Region: { $region }
ws-case-agreement = Agreement recorded by { $name } on { $date }:
ws-case-agreement-yes = ✓ { $name } agreed
ws-case-agreement-no = ✗ { $name } wants changes
ws-case-invitation = Invitation: { $name } · { $answer } · { $date }
ws-case-note = Note by { $name }, { $date }: { $text }
ws-case-history-older = { $count ->
        [one] One older message is not shown.
       *[other] { $count } older messages are not shown.
    }
ws-case-from-requester = { $date } · from the requester: { $text }
ws-case-to-requester = { $date } · to the requester: { $text }
ws-party-requester = The requester
ws-agreement-pick-field = Which part of the agreement for { $ref } do you want to change?
ws-agreement-review = Agreement for { $ref }. Save it and send it to the requester and the collaborators to confirm, or edit a part first?
ws-agreement-saved = The agreement for { $ref } is saved and was sent to { $count ->
        [0] the requester
        [one] the requester and one collaborator
       *[other] the requester and { $count } collaborators
    } to confirm. You will hear each answer.
ws-agreement-saved-level = The agreement for { $ref } is saved and was sent to { $count ->
        [0] the requester
        [one] the requester and one collaborator
       *[other] the requester and { $count } collaborators
    } to confirm. Its funding band puts the request at level { $level }.
ws-agreement-answer-yes = { $name } agreed to the agreement for { $ref }.
ws-agreement-answer-no = { $name } wants changes to the agreement for { $ref }. Talk it over, then edit it with /agreement { $ref }.
ws-agreement-all-agreed = Everyone agreed to the agreement for { $ref } ({ $name } last). You can move it to implementation.
ws-agreement-saved-ask-level = The agreement for { $ref } is saved and was sent to the requester and the collaborators to confirm. Its funding band fits level { $level }, lower than the request's level: change the level?
