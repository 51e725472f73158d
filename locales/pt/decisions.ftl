# CRE Bot — Portuguese (pt, Brazilian-leaning but neutral) catalog, part 3: what requesters and collaborators are told about decisions and agreements.
# Review status: machine-drafted by the developers on 2026-12-02; needs review by a native speaker before deployment.
# Same message ids, variables and order as the English source catalog (locales/en/decisions.ftl).

## A request declined or referred

decision-declined = Seu pedido { $ref } foi recusado. Motivo: { $reason }.
    { $next }
decision-referred = Seu pedido { $ref } foi encaminhado a outra organização. Motivo: { $reason }.
    { $next }
decision-facilitator-words = Quem facilita o seu pedido acrescenta: { $text }
reason-out_of_scope = fora do que o intercâmbio apoia
reason-not_enough_info = informações insuficientes para agir
reason-better_elsewhere = outra organização pode ajudar melhor
reason-no_capacity = sem capacidade no momento
reason-duplicate = igual a outro pedido
decision-next-out_of_scope = O intercâmbio apoia comunidades prejudicadas por projetos de investimento e desenvolvimento. Outras organizações talvez possam ajudar, e se a sua situação mudar você pode enviar um novo pedido a qualquer momento com /start.
decision-next-not_enough_info = Você pode enviar um novo pedido com mais detalhes (o que está acontecendo, onde e quem está envolvido) a qualquer momento com /start.
decision-next-better_elsewhere = Outra organização pode ajudar você melhor. Se precisar de mais alguma coisa depois, pode enviar um novo pedido com /start.
decision-next-no_capacity = Isto não é um julgamento do seu pedido. Você pode enviá-lo de novo mais tarde com /start, e outras organizações talvez possam ajudar enquanto isso.
decision-next-duplicate = Seu outro pedido continua: /status mostra em que ponto está.

## A saved agreement, to confirm

agreement-confirm = O acordo do seu pedido { $ref } está pronto. Leia-o: você decide quem participa. Você concorda? (Toque num botão, ou envie /agree { $ref } ou /disagree { $ref }.)
agreement-confirm-collaborator = O acordo do pedido { $ref } está pronto. Leia-o: você concorda? (Toque num botão, ou envie /agree { $ref } ou /disagree { $ref }.)
agreement-confirm-yes = Sim, concordo
agreement-confirm-no = Não, quero mudanças
agreement-involved = Participam: { $names }
agreement-involved-none = Nenhum colaborador confirmou ainda.
agreement-thanks-yes = Obrigado: sua concordância com o acordo de { $ref } foi registrada.
agreement-thanks-no = Obrigado: quem facilita foi informado de que você quer mudanças no acordo de { $ref } e vai conversar com você.
agreement-answer-unknown = Não há nenhum acordo de { $ref } esperando a sua resposta.
