# CRE Bot — French catalog (fr, français), part 3: the console simulator's own lines (bot/console.py).
# Review status: machine-drafted by the developers on 2026-12-02; needs review by a native speaker before deployment.
# Same message ids, variables and order as the English source catalog (locales/en/console.ftl).

console-greeting = Console CRE Bot : vous parlez avec le bot comme un membre de la communauté.
    Tapez un message (essayez : bonjour) puis Entrée ; répondez à un choix numéroté par son numéro.
    /as facilitator africa ou /as coordinator change qui écrit, /as requester revient.
    Appuyez sur Ctrl-D pour quitter.
console-goodbye = Au revoir. Tout ce que vous avez envoyé est enregistré : relancez le bot pour reprendre là où vous en étiez.
