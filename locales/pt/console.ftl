# CRE Bot — Portuguese catalog (pt, português), part 3: the console simulator's own lines (bot/console.py).
# Review status: machine-drafted by the developers on 2026-12-02; needs review by a native speaker before deployment.
# Same message ids, variables and order as the English source catalog (locales/en/console.ftl).

console-greeting = Consola do CRE Bot: você está conversando com o bot como membro da comunidade.
    Escreva uma mensagem (experimente: olá) e pressione Enter; responda a uma opção numerada com o número dela.
    /as facilitator africa ou /as coordinator muda quem está escrevendo, /as requester volta.
    Pressione Ctrl-D para sair.
console-goodbye = Até logo. Tudo o que você enviou está guardado: inicie o bot de novo para continuar de onde parou.
