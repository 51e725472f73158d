# CRE Bot — Swahili catalog (sw, Kiswahili), part 3: the console simulator's own lines (bot/console.py).
# Review status: machine-drafted by the developers on 2026-12-02; needs review by a native speaker before deployment.
# Same message ids, variables and order as the English source catalog (locales/en/console.ftl).

console-greeting = Konsoli ya CRE Bot: unazungumza na boti kama mwanajamii.
    Andika ujumbe (jaribu: habari) kisha bonyeza Enter; jibu chaguo lenye namba kwa kuandika namba yake.
    /as facilitator africa au /as coordinator hubadilisha anayeandika, /as requester hurudi.
    Bonyeza Ctrl-D kuondoka.
console-goodbye = Kwa heri. Kila ulichotuma kimehifadhiwa: washa boti tena ili kuendelea ulipoishia.
