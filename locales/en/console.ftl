# CRE Bot — English source catalog, part 3: the console simulator's own lines (bot/console.py).
# Review status: source text, written by the developers on 2026-12-02; a native speaker reviews the translations.

console-greeting = CRE Bot console: you are chatting with the bot as a community member.
    Type a message (try: hello) and press Enter; answer a numbered choice with its number.
    /as facilitator africa or /as coordinator changes who is typing, /as requester comes back.
    Press Ctrl-D to leave.
console-goodbye = Goodbye. Everything you sent is saved: start the bot again to continue where you left off.
