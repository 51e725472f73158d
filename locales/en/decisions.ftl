# CRE Bot — English catalog, part 3: what requesters and collaborators are told about decisions and agreements.
# Review status: written by the developers (source language).

## A request declined or referred

decision-declined = Your request { $ref } was declined. Reason: { $reason }.
    { $next }
decision-referred = Your request { $ref } was referred to another organisation. Reason: { $reason }.
    { $next }
decision-facilitator-words = Your facilitator adds: { $text }
reason-out_of_scope = outside what the exchange supports
reason-not_enough_info = not enough information to act on
reason-better_elsewhere = another organisation can help better
reason-no_capacity = no capacity right now
reason-duplicate = the same as another request
decision-next-out_of_scope = The exchange supports communities harmed by investment and development projects. Other organisations may be able to help you, and if your situation changes you can send a new request at any time with /start.
decision-next-not_enough_info = You are welcome to send a new request with more details (what is happening, where, and who is involved) at any time with /start.
decision-next-better_elsewhere = Another organisation can help you better. If you need anything else later, you can send a new request with /start.
decision-next-no_capacity = This is not a judgement on your request. You can send it again later with /start, and other organisations may be able to help in the meantime.
decision-next-duplicate = Your other request continues: /status shows where it is.

## A saved agreement, to confirm

agreement-confirm = The agreement for your request { $ref } is ready. Please read it: you decide who takes part. Do you agree? (Tap a button, or send /agree { $ref } or /disagree { $ref }.)
agreement-confirm-collaborator = The agreement for { $ref } is ready. Please read it: do you agree? (Tap a button, or send /agree { $ref } or /disagree { $ref }.)
agreement-confirm-yes = Yes, I agree
agreement-confirm-no = No, I want changes
agreement-involved = Taking part: { $names }
agreement-involved-none = No collaborator has confirmed yet.
agreement-thanks-yes = Thank you: your agreement for { $ref } was recorded.
agreement-thanks-no = Thank you: the facilitator was told that you want changes to the agreement for { $ref }, and will talk with you.
agreement-answer-unknown = There is no agreement waiting for your answer for { $ref }.
