# CRE Bot — English catalog, part 3: funding (calls for proposals, applications, grants working groups).
# Review status: written by the developers (source language).

## Facilitators: preparing an application

ws-act-apply = Prepare a funding application
ws-act-apsend = Send the application
ws-act-funds = Send this list to the requester
fund-level-not-funded = Request { $ref } is at level { $level }: only level 2 and level 3 collaborations can apply for funding. Set the level first with /level.
fund-no-call = There is no open call for proposals for the region of { $ref } right now, and no list of other funds yet. The coordinator can add one with cre-admin resources.
fund-no-call-resources = There is no open call for proposals for the region of { $ref } right now (no emergency grants between calls). Other funds that may help:
fund-resource-line = • { $text }
fund-ask-amount = Application for { $ref } (level { $level }), 1/5: How much is requested, in US dollars? Type a number such as 4500.
fund-ask-purpose = 2/5: What will the money pay for?
fund-ask-applicant = 3/5: Who is the applicant?
fund-ask-capacity = 4/5: How will this strengthen the capacity of the community or group? (Type - if it does not.)
fund-ask-security = 5/5: Is this security support for a human-rights defender?
fund-applicant-individual = An individual
fund-applicant-group = A group or collective
fund-applicant-organisation = An organisation
fund-security-yes = Yes, security support for a defender
fund-security-no = No
fund-label-amount = Amount (USD)
fund-label-purpose = Pays for
fund-label-applicant = Applicant
fund-label-capacity = Strengthens capacity
fund-label-security = Security support for a defender
fund-label-strategies = Support sought
fund-review = Application for { $ref } (level { $level }). Send it to the open call?
fund-amount-invalid = That is not an amount I can use: type a positive number of US dollars, such as 4500 or 4,500.50. Nothing was saved.
fund-amount-over-level2 = Level 2 can request up to 5,000 USD. For more, the requester can ask to continue at level 3 after the agreement. Nothing was saved.
fund-amount-under-level3 = Level 3 is for requests above 5,000 USD (up to 30,000 USD). Nothing was saved.
fund-amount-over-level3 = Level 3 can request up to 30,000 USD. Nothing was saved.
fund-draft-stale = That button belongs to an application that is no longer being prepared for { $ref }. Type /apply { $ref } to start again.
fund-call-gone = The call this application was for has closed. Nothing was sent for { $ref }.
fund-sent = The application for { $ref } was sent to call { $call }. The grants working group reviews it after the call closes on { $closes }.
fund-dropped = The application for { $ref } was dropped; nothing was sent.
fund-continue-not-level2 = Only a level-2 collaboration can continue at level 3; { $ref } is not at level 2.
ws-fund-continue-recorded = Recorded: the requester of { $ref } asks to continue at level 3. You can now prepare a level-3 application.
ws-fund-continue-requested = The requester of { $ref } asks to continue the collaboration at level 3 (5,000 to 30,000 USD).
fund-no-resources = There is no list of other funds for this region yet, so nothing was sent for { $ref }.
fund-resources-sent = The list of other funds was sent to the requester of { $ref }.
ws-fund-call-open = A { $kind } call for proposals is open (call { $call }): { $amount } USD available until { $closes }. Criteria: { $criteria }
    Use /apply REF for a level 2 or 3 request.
fund-call-kind-open = open
fund-call-kind-targeted = targeted
ws-fund-no-group = Call { $call } closed but the { $region } region has no grants working group members: register them with cre-admin grants add.
ws-fund-undecided = The grants working group could not decide application { $number } (request { $ref }). Decide it with cre-admin calls decide.
ws-fund-decision = Funding decision for { $ref }: { $reason }.

## Requesters

fund-sent-requester = Your facilitator has sent a funding application of { $amount } USD for your request { $ref }. You will be told the decision.
fund-continue-offer = If the collaboration for { $ref } needs more funding than it has (5,000 to 30,000 USD), you can ask to continue it at level 3. Press the button, or send /level3 { $ref }.
fund-continue-yes = Ask to continue at level 3
fund-continue-asked = Your request to continue { $ref } at level 3 was passed to your facilitator.
fund-continue-refused = Sorry, I cannot ask for that now: only the requester of a level-2 collaboration can ask to continue it at level 3 (the button, or /level3 and the reference).
fund-resources-requester = About your request { $ref }: there is no call for proposals open right now. These other funds may be able to help:
fund-call-for-you = A call for proposals is open until { $closes }: your request { $ref } could apply. Your facilitator can prepare the application with you.
fund-decision-approved = Good news: the funding application for your request { $ref } was approved: { $amount } USD.
fund-decision-declined = The funding application for your request { $ref } was not approved. Reason: { $reason }. Next step: { $next }.
fund-decision-pending = The decision on the funding application for your request { $ref } needs a little more time. You will be told.
fund-next-later-call = you can apply again in a later call, and the exchange may refer you to another funder
fund-referred = About your request { $ref }: the exchange refers you to another funder who may help: { $text }
fund-reason-approved = approved by the grants working group
fund-reason-declined_by_group = the grants working group did not approve it
fund-reason-no_funds = the call's funds ran out before this application
fund-reason-undecided = the decision is with the coordinator

## Grants working group members

fund-not-member = Sorry, only members of the region's grants working group can do that.
fund-member-help = Nothing is waiting for your review. You will get each application here when a call closes.
fund-review-start = Call { $call } has closed. Please review each application by { $until }. Your answers are private to the group; a comment is optional.
fund-review-item = Application { $number } ({ $position } of { $total }) · call { $call } · level { $level } · { $amount } USD · { $country }
fund-vote-approve = Approve
fund-vote-decline = Decline
fund-vote-abstain = Abstain
fund-vote-conflict = I have a conflict of interest
fund-ask-score = Application { $number }: what priority do you give it, from 1 (low) to 5 (high)?
fund-score-1 = 1
fund-score-2 = 2
fund-score-3 = 3
fund-score-4 = 4
fund-score-5 = 5
fund-ask-comment = Application { $number }: any comment for the group? Type it, or tap "No comment" (or send 1).
fund-no-comment = No comment
fund-vote-saved = Saved for application { $number }: { $answer }, priority { $score }, { $comment }.
fund-saved-comment = with your comment
fund-saved-no-comment = no comment
fund-conflict-noted = Noted: you have a conflict of interest on application { $number }, so you do not vote on it.
fund-already-voted = You have already answered on application { $number }.
fund-review-closed = The review of application { $number } is closed: answers are no longer taken. Nothing was changed.
fund-review-done = You have answered every application waiting for you. Thank you.
fund-stale = That button is not the current question.
fund-choice-invalid = Please answer with one of the options: 1 approve, 2 decline, 3 abstain, 4 conflict of interest.
fund-score-invalid = Please give a priority from 1 to 5.
fund-reminder = Reminder: the review of call { $call } ends on { $until }.
fund-ranking = Every answer on call { $call } is in. Proposed ranking, approved applications first (groups and collectives first unless security support for a defender, then capacity building, then your scores):
fund-ranking-line = { $position }. Application { $number } · level { $level } · { $amount } USD · { $applicant } · score { $score } · { $outcome }
fund-ranking-comment =     – comment: { $text }
fund-ranking-budget = Budget: { $available } USD available; the approved applications take { $granted } USD; { $left } USD left.
fund-outcome-approved = approved
fund-outcome-declined = declined
fund-outcome-undecided = no decision (goes to the coordinator)
fund-outcome-no_funds = approved, but the money runs out before it
fund-confirm = Confirm this ranking
fund-confirm-noted = Your confirmation of the ranking of call { $call } is recorded; waiting for the other members.
fund-decided = The ranking of call { $call } is confirmed and the decisions have been sent.
fund-ranking-closed = The ranking of call { $call } is already decided.
fund-ranking-not-yet = The ranking of call { $call } is not ready: some members have not answered yet.
fund-confirm-reminder = Reminder: the proposed ranking of call { $call } still needs your confirmation. If the group does not confirm it in time, the decision goes to the coordinator.
fund-confirm-expired = The proposed ranking of call { $call } was not confirmed in time; the decision now goes to the coordinator.
