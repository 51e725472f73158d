# CRE Bot — English catalog (source language).
# Review status: written by the developers; reviewed: no native-speaker review needed (source).
# Every message id here must exist in every other catalog (tests/test_locales.py).

## Languages (always shown in their own language)

language-en = English
language-fr = Français
language-es = Español
language-pt = Português
language-id = Bahasa Indonesia
language-sw = Kiswahili
language-ar = العربية

q-language = Which language do you want to use? You can change it later with /language.
language-set = Okay, we will continue in English.

## Welcome and consent

welcome = Welcome to the Community Resource Exchange. We help communities harmed by investment and development projects find support: research on companies and banks, justice or compensation, organising, campaigning, technical expertise and security.
telegram-not-encrypted = Please note: chats with Telegram bots are not end-to-end encrypted. If you are at risk, ask us about using Signal instead.
telegram-signal-offer = This exchange is also on Signal, which is end-to-end encrypted: { $number }. You can continue there instead.
signal-safety-note = For your safety: you can delete this chat at any time. In your list of chats, press and hold it, then choose Delete; your request stays with us. Messages here can also disappear by themselves: tap the name at the top of this chat, then Disappearing messages.
q-consent = Before we start: we will ask some questions about your request. Your answers are stored encrypted and shared only with the regional facilitators of the exchange, who will contact you here. You can delete everything at any time with /forget. Do you agree?
consent-yes = Yes, I agree
consent-no = No
consent-thanks = Thank you. You can go back with /back, skip optional questions, and stop with /cancel.
consent-declined = Understood. Nothing was stored. Send /start whenever you want to begin.

## Intake questions

q-requester_type = Who is making this request?
label-requester_type = Who is asking
opt-requester_type-individual = Myself, as an individual
opt-requester_type-community = A community group
opt-requester_type-organisation = An organisation
opt-requester_type-network = A network or movement

q-requester_name = What name or pseudonym should we use for you or your group? (You can skip this.)
label-requester_name = Name
opt-requester_name-__skip = Skip

q-relationship = What is your relationship to the affected community?
label-relationship = Relationship
opt-relationship-affected = We are directly affected
opt-relationship-supporting = We support the community
opt-relationship-other = Other

q-community_consent = Do the affected people know about this request and agree with it?
label-community_consent = Community agrees
opt-community_consent-yes = Yes, they agree
opt-community_consent-no = No
opt-community_consent-not_yet = Not yet

q-organisations = Which organisations or networks do you work with, if any? (You can skip this.)
label-organisations = Works with
opt-organisations-__skip = Skip

q-country = In which country is the affected community? Type the name of the country.
label-country = Country
opt-country-__skip = Several countries / not sure
country-did-you-mean = Which country do you mean?
country-choice = { $name }

q-locality = Which region, town or village? Share only what feels safe. (You can skip this.)
label-locality = Place
opt-locality-__skip = Skip

q-project = What is the project or investment called, and what is it? You can also send a document or photo. (Skip if it is not about one project.)
label-project = Project
opt-project-__skip = Skip

q-companies = Which companies are involved, if you know? (You can skip this.)
label-companies = Companies
opt-companies-__skip = Skip

q-financiers = Who finances the project? Choose all that apply, then choose Done.
label-financiers = Financed by
opt-financiers-development_bank = A development bank
opt-financiers-commercial_bank = A commercial bank
opt-financiers-multinational = A multinational company
opt-financiers-government = A government
opt-financiers-other = Other
opt-financiers-unknown = I don't know

q-sector = What kind of project is it?
label-sector = Sector
opt-sector-mining = Mining
opt-sector-oil_gas = Oil and gas
opt-sector-energy = Energy or dams
opt-sector-agribusiness = Agribusiness or plantations
opt-sector-infrastructure = Roads, ports or infrastructure
opt-sector-forestry = Forestry
opt-sector-tourism = Tourism
opt-sector-other = Other
opt-sector-unknown = I don't know

q-harm_timing = Has harm already happened, or do you fear it will?
label-harm_timing = Harm
opt-harm_timing-happened = It has happened
opt-harm_timing-feared = We fear it will happen
opt-harm_timing-both = Both

q-rights = Which rights are affected? Choose all that apply, then choose Done.
label-rights = Rights affected
opt-rights-land = Land
opt-rights-water = Water
opt-rights-livelihoods = Livelihoods
opt-rights-environment = Environment
opt-rights-consultation = Consultation and consent
opt-rights-defenders = Threats to defenders
opt-rights-health = Health
opt-rights-culture = Culture
opt-rights-other = Other

q-harm = In your own words, what is happening? You can write, or send a voice note or photo.
label-harm = What is happening

q-strategies = What kind of support are you looking for? Choose all that apply, then choose Done.
label-strategies = Support sought
opt-strategies-research = Research on companies and financiers
opt-strategies-remedy = Access to remedy
opt-strategies-organising = Community organising
opt-strategies-advocacy = Advocacy and campaigns
opt-strategies-expertise = Scientific or technical expertise
opt-strategies-security = Security support
opt-strategies-unsure = Not sure

q-outcome = What result do you hope for? You can write or send a voice note.
label-outcome = Hoped-for result

q-help_kind = What kind of help do you need?
label-help_kind = Help needed
opt-help_kind-information = Information or advice
opt-help_kind-collaboration = A collaboration with others
opt-help_kind-funding = A collaboration that needs funding
note-consent-needed-for-collaboration = Collaborations and funding need the affected community to know and agree. For now we can offer information and advice; you can change your answer about the community's agreement in the summary.

q-funding_band = About how much funding is needed?
label-funding_band = Funding
opt-funding_band-up_to_5k = Up to 5,000 USD
opt-funding_band-5k_to_30k = 5,000 to 30,000 USD

q-referral = Who told you about us? You can also give a partner code. (You can skip this.)
label-referral = Referred by
opt-referral-__skip = Skip

q-safe_here = Is it safe for us to contact you here?
label-safe_here = Safe to contact here
opt-safe_here-yes = Yes
opt-safe_here-no = No
opt-safe_here-unsure = Not sure

q-best_times = When is the best time to contact you? (You can skip this.)
label-best_times = Best times
opt-best_times-__skip = Skip

q-danger_now = Is anyone in danger right now?
label-danger_now = Danger now
opt-danger_now-no = No
opt-danger_now-yes = Yes

## Multi-select and shared words

done = Done
no = No
multi-howto = You can also type several numbers at once, for example: 1 3
error-generic = Sorry, something went wrong on our side. Your earlier answers are safe. Please try again, or send /help.
slow-down = You are sending many messages quickly. We keep every one of them and will answer in a moment.
resend-please = Sorry, we could not read your last message. Please send it again.

## Summary and changes

summary = Here is your request. Please check it.
summary-line = { $label }: { $value }
summary-files = Files attached: { $count }
summary-level = Support proposed: { $level ->
        [1] information and advice (level 1)
        [2] a collaboration (level 2)
       *[other] a collaboration with substantial funding (level 3)
    }. A facilitator will confirm it with you.
summary-skipped = (skipped)
summary-file-photo = (photo)
summary-file-document = (document)
summary-file-voice = (voice note)
summary-file-audio = (audio)
summary-file-video = (video)
summary-submit = Send my request
summary-change = Change an answer
summary-cancel = Cancel
q-edit = Which answer do you want to change?
edit-back-to-summary = Back to the summary

submitted = Your request has been sent. Your reference is { $ref }. A regional facilitator will read it and reply here, usually within { $days ->
        [one] { $days } day
       *[other] { $days } days
    }.
submitted-urgent = You told us this is urgent or about security: it has been marked as urgent. If someone is in immediate danger, please also contact people you trust nearby.
submitted-unsafe = You said this chat may not be safe. We will keep our messages short. When a facilitator writes, you can tell them a safer way to reach you.
submitted-commands = Send /status to see your requests, or /forget to delete everything about you.

## Commands

help = Answer by typing the number of an option, or tap it if you see buttons.
    /start — begin a request
    /back — previous question
    /skip — skip an optional question
    /language — change language
    /status — see your requests
    /case — choose which request your messages are about
    /cancel — stop the current request
    /forget — delete everything about you
    /help — this message
unknown-command = I don't know the command { $command }. Send /help to see what I understand.
already-in-progress = You already have a request in progress. Let's continue.
nothing-to-cancel = There is no request in progress.
nothing-to-go-back = There is nothing to go back to here.
back-at-start = This is the first question.
cannot-skip = This question can't be skipped.
kept-going = Okay, nothing was changed.
cancelled = Your request was stopped and its answers deleted. Send /start to begin again.
confirm-cancel = Stop this request and delete its answers?
confirm-cancel-yes = Yes, stop it
confirm-forget = Delete everything about you: your answers, your requests and your contact details? This cannot be undone.
confirm-forget-yes = Yes, delete everything
forgotten = Everything about you has been deleted. You can also delete this chat on your phone. Send /start if you ever want to write again.

status-none = You have no requests yet. Send /start to make one.
status-intro = { $count ->
        [one] Your request:
       *[other] Your { $count } requests:
    }
status-line = { $ref } — { $status } (sent on { $date })
status-waiting = { $count ->
        [one] Another conversation is waiting for you: send /switch to take it up.
       *[other] { $count } other conversations are waiting for you: send /switch to take up the next one.
    }
switch-nothing = There is no other conversation waiting.
status-received = received
status-triage = being reviewed
status-due_diligence = being checked
status-matching = looking for collaborators
status-agreement = agreeing a plan
status-implementation = in progress
status-evaluation = being evaluated
status-closed = closed
status-declined = declined
status-referred = referred elsewhere

menu = { $count ->
        [one] You have one request with us.
       *[other] You have { $count } requests with us.
    } What would you like to do?
menu-new = Make a new request
menu-status = See my requests

## Command menu (shown by the messenger next to the message box)

cmd-start = Begin a request
cmd-help = How to use this bot
cmd-language = Change the language
cmd-status = See your requests
cmd-cancel = Stop the current request
cmd-forget = Delete everything about you
cmd-back = Go back to the previous question
cmd-skip = Skip an optional question

## Help with answers

hint-empty = I received an empty message.
hint-choice = Please choose one of the options: type its number, from 1 to { $count }, or tap it if you see buttons.
hint-stale-choice = That button belongs to an earlier question. Here is the current one.
hint-multi-empty = Please choose at least one option, then choose Done.
hint-too-long = Your message is too long: { $length } characters, and the limit is { $limit }. Please shorten it, split it, or send a voice note.
hint-country = I could not recognise that country. Please type its name, for example "Kenya" or "Peru".
input-help = If you are stuck: type the number of an option (or tap it if you see buttons). Send /back to go back, /help for help, or /cancel to stop.

## Files

file-sticker = Stickers can't be used as an answer.
file-type-refused = Sorry, I can't accept this kind of file. You can send photos, documents (PDF, Word or text), voice notes, audio or short videos.
file-too-big = This file is too big. The limit is { $limit_mb } MB.
file-unavailable = I could not download this file. Please try sending it again.
file-before-consent = Please answer the question first. Nothing is stored until you agree.
file-too-many = You have already sent { $limit } files, which is the limit for one request.
file-quota = You have reached the limit of files for one day ({ $files } files or { $limit_mb } MB), so this file was not kept. Everything you sent before is safe. Please send it again tomorrow, or describe it in words.
file-saved-answer = File received and attached to your request.
file-saved-evidence = File received and attached to your request as evidence.

# --- coming back, long answers, several choices, which request (issue 11) ---
welcome-back = Welcome back. Here is where we stopped; your earlier answers are kept.
text-more = Got it. If there is more, send it now and I will add it to this answer. When you have finished, choose "That's all".
text-done = That's all
hint-answer-full = This answer has reached its limit of { $limit } characters. Choose "That's all" to go on; you can also send a voice note or a document.
multi-selected = Chosen so far: { $selection }. Choose more, choose one again to remove it, or choose Done.
multi-selected-none = Nothing chosen yet. Choose one or more options, then Done.
relay-sent-case = Passed on to the facilitator for { $ref }. Your next messages will go to { $ref } too.
relay-switch = About another request
relay-case-chosen = Okay: your next messages will go to the facilitator for { $ref }. Send /case to change.
case-only-one = You have only one open request, so your messages go to it.
case-none-open = You have no open request right now. Send /start to begin one.
case-not-now = Let's finish this first; afterwards, /case chooses which request your messages are about.
cmd-case = Choose which request your messages are about
