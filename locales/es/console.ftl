# CRE Bot — Spanish catalog (es, español), part 3: the console simulator's own lines (bot/console.py).
# Review status: machine-drafted by the developers on 2026-12-02; needs review by a native speaker before deployment.
# Same message ids, variables and order as the English source catalog (locales/en/console.ftl).

console-greeting = Consola de CRE Bot: está conversando con el bot como miembro de la comunidad.
    Escriba un mensaje (pruebe: hola) y pulse Intro; responda a una opción numerada con su número.
    /as facilitator africa o /as coordinator cambia quién escribe, /as requester vuelve.
    Pulse Ctrl-D para salir.
console-goodbye = Adiós. Todo lo que envió está guardado: inicie el bot de nuevo para seguir donde lo dejó.
