# CRE Bot — Portuguese catalog (pt, Brazilian-leaning but neutral), part 2: the facilitator workspace, the relay and collaborators.
# Review status: machine-drafted by the developers on 2026-11-22; needs review by a native speaker before deployment.
# Same message ids, variables and order as the English source catalog (locales/en/workspace.ftl).

## Facilitators

ws-not-facilitator = Desculpe, só os facilitadores do Intercâmbio podem fazer isso.
ws-no-case = Não encontro nenhum pedido com a referência { $ref }.
ws-which-case = Para qual pedido é { $command }? Escolha um abaixo, ou envie { $command } seguido da referência (por ex. { $command } K7M4-Q2XP).
ws-which-case-none = { $command } precisa de um pedido, e não há pedidos abertos na sua região. Envie { $command } seguido de uma referência, ou /cases para verificar.
ws-refused = O pedido { $ref } pertence a outra região: você não pode agir sobre ele.
ws-cases-none = Não há pedidos abertos na sua região.
ws-cases-intro = { $count ->
        [one] { $count } pedido aberto:
       *[other] { $count } pedidos abertos:
    }
ws-cases-line = { $urgent }{ $ref } · { $country } · nível { $level } · { $status } · { $owner }
ws-act-open-ref = Abrir { $ref }
ws-owner-nobody = sem responsável
ws-owner-you = com você
ws-urgent-mark = ⚠ URGENTE ·{" "}
ws-case-header = { $urgent }Pedido { $ref } · { $country } · nível { $level } · { $status } · { $owner }
ws-case-erased = A pessoa solicitante apagou os seus dados: restam apenas informações anônimas.
ws-case-referral-code = Código de parceiro: { $code }
ws-act-claim = Assumir
ws-act-release = Liberar
ws-act-reply = Escrever à pessoa solicitante
ws-act-note = Adicionar nota privada
ws-act-move = Mudar o status
ws-act-level = Definir o nível
ws-act-assign = Atribuir a um colega
ws-act-match = Sugerir colaboradores
ws-act-agreement = Registrar o acordo
ws-act-reroute = Enviar para outra região
ws-act-urgent = Marcar como urgente
ws-act-open = Abrir
ws-act-save = Salvar
ws-act-drop = Descartar
ws-already-yours = Você já assumiu o pedido { $ref }.
ws-claimed-by-other = { $name } já assumiu o pedido { $ref }.
ws-claimed = Você assumiu o pedido { $ref }. A pessoa solicitante foi avisada de que o pedido está sendo analisado.
ws-released = Você liberou o pedido { $ref }; ele está de novo sem responsável.
ws-not-yours = O pedido { $ref } não está com você.
ws-name = { $name }
ws-pick-colleague = Quem deve cuidar do pedido { $ref }?
ws-assigned-to-you = O pedido { $ref } foi atribuído a você.
ws-assigned = O pedido { $ref } agora está atribuído a { $name }.
ws-pick-region = Qual região deve cuidar do pedido { $ref }?
ws-rerouted = O pedido { $ref } foi enviado para { $region }, sem responsável; os facilitadores de lá foram avisados.
ws-case-final = O pedido { $ref } está { $status }: não pode mais ser alterado. Só a coordenação pode reabri-lo (/reopen { $ref }).
ws-act-reopen = Reabrir
ws-reopened = O pedido { $ref } foi reaberto e volta para a triagem.
ws-reopen-coordinator-only = Só a coordenação pode reabrir o pedido { $ref }.
ws-reopen-not-final = O pedido { $ref } ainda está aberto: não há nada para reabrir.
ws-file-needs-reply = Este arquivo não foi guardado. Para enviar um arquivo a uma pessoa solicitante, escolha primeiro Responder no pedido dela (/reply REF) e depois envie o arquivo.
ws-level-1 = Nível 1: informação
ws-level-2 = Nível 2: colaboração
ws-level-3 = Nível 3: financiamento significativo
ws-pick-level = O pedido { $ref } está no nível { $level }. Qual nível?
ws-level-set = O pedido { $ref } agora está no nível { $level }.
ws-pick-status = O pedido { $ref } está "{ $status }". Mudar para:
ws-status-set = O pedido { $ref } agora está "{ $status }". A pessoa solicitante foi avisada.
ws-urgent-set = O pedido { $ref } foi marcado como urgente.
ws-ask-note = Envie a sua nota sobre o pedido { $ref }. Só os facilitadores vão vê-la.
ws-note-saved = Nota salva no pedido { $ref }.
ws-requester-gone = A pessoa solicitante do pedido { $ref } apagou os seus dados; não é possível entrar em contato com ela.
ws-ask-reply = Envie a sua mensagem para a pessoa solicitante do pedido { $ref }. A mensagem será repassada sem o seu nome nem a sua conta.
ws-reply-sent = Enviado à pessoa solicitante do pedido { $ref }.
ws-matches-none = Ainda não há colaboradores disponíveis que correspondam ao pedido { $ref }.
ws-matches-intro = Colaboradores sugeridos para o pedido { $ref } (os mais próximos primeiro):
ws-match-line = { $name } · { $tier } · { $strategies }
ws-tier-local = mesmo país
ws-tier-regional = mesma região
ws-tier-international = internacional
ws-invite-name = Convidar { $name }
ws-invite-sent = Convite enviado a { $name } para o pedido { $ref }. Você vai receber um aviso quando houver resposta.
ws-invite-accepted = { $name } aceitou colaborar no pedido { $ref }.
ws-invite-declined = { $name } recusou colaborar no pedido { $ref }.
ws-agreement-ask-activities = Acordo para o pedido { $ref }. 1/7: Quais atividades serão realizadas?
ws-agreement-ask-timeline = 2/7: Qual é o cronograma?
ws-agreement-ask-roles = 3/7: Qual é o papel de cada colaborador?
ws-agreement-ask-budget = 4/7: Qual é o orçamento? (Escreva "nenhum" se não houver.)
ws-agreement-ask-band = 5/7: Qual faixa de financiamento se aplica?
ws-agreement-ask-results = 6/7: Como os resultados e os conhecimentos serão usados depois?
ws-agreement-ask-disputes = 7/7: Como as divergências serão resolvidas?
ws-agreement-dropped = O rascunho de acordo para o pedido { $ref } foi descartado.
ws-agreement-stale = Esse botão é de um rascunho de acordo que não está mais aberto para o pedido { $ref }. Envie /agreement { $ref } para começar de novo.
ws-new-case = { $urgent }Novo pedido { $ref } · { $country } · nível { $level } · { $language } · { $region }
    Apoio buscado: { $strategies }
ws-relay-from-requester = Mensagem da pessoa solicitante do pedido { $ref }:
    { $text }
ws-relay-file = A pessoa solicitante do pedido { $ref } enviou um arquivo. { $text }
ws-escalation = O pedido { $ref } ({ $region }) ainda não foi assumido depois de { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    }.
ws-requester-unreachable = Não foi possível entregar uma mensagem à pessoa solicitante de { $ref }: talvez tenha bloqueado o bot ou saído do aplicativo. Tente mais tarde ou use outro meio combinado.

## Agreement

agreement-label-activities = Atividades
agreement-label-timeline = Cronograma
agreement-label-roles = Papéis
agreement-label-budget = Orçamento
agreement-label-band = Financiamento
agreement-label-results = Uso dos resultados
agreement-label-disputes = Resolução de divergências
agreement-band-none = Sem necessidade de financiamento
agreement-band-up_to_5k = Até 5.000 USD (nível 2)
agreement-band-5k_to_30k = De 5.000 a 30.000 USD (nível 3)
## Requesters, once a request is sent

case-claimed = Um facilitador está analisando agora o seu pedido { $ref }. Ele vai escrever para você por aqui.
status-changed = O seu pedido { $ref } agora está: { $status }.
relay-to-requester = Mensagem do seu facilitador sobre o pedido { $ref }:
    { $text }
relay-file-to-requester = O seu facilitador enviou a você um arquivo sobre o pedido { $ref }. { $text }
relay-sent = Repassado ao facilitador do pedido { $ref }.
relay-pick-case = Sobre qual pedido é a sua mensagem?
relay-case = { $ref }
still-looking = O seu pedido { $ref } não foi esquecido: ainda estamos procurando a pessoa certa. Obrigado pela sua paciência.

## Collaborators

collab-invite = Um facilitador do Intercâmbio de Recursos Comunitários (Community Resource Exchange) convida você a apoiar o pedido de uma comunidade ({ $ref }, { $country }): { $strategies }. Você gostaria de colaborar?
collab-accept = Sim, aceito
collab-decline = Não, desta vez não
collab-thanks-accept = Obrigado! O facilitador vai entrar em contato com você sobre o pedido { $ref }.
collab-thanks-decline = Obrigado pela resposta. O facilitador foi avisado.
collab-already-answered = Você já respondeu a este convite para o pedido { $ref }.
collab-help = Você está registrado como colaborador do Intercâmbio de Recursos Comunitários. Nenhum convite está aguardando a sua resposta; um facilitador vai escrever para você por aqui quando uma comunidade puder precisar do seu apoio.
collab-help-pending = Um convite para o pedido { $ref } aguarda a sua resposta: toque em um botão, ou escreva 1 para aceitar ou 2 para recusar.

## Console simulator

console-persona-requester = Agora você é o membro da comunidade "{ $name }".
console-persona-facilitator = Agora você é facilitador de { $region } ("{ $name }"). Envie /cases para ver os pedidos.
console-persona-coordinator = Agora você é o coordenador. Envie /cases para ver todos os pedidos abertos.
console-persona-unknown = Perfil desconhecido. Use: /as requester [nome] · /as facilitator REGION · /as coordinator. Regiões: { $regions }.

## Facilitators: decisions, history, agreement edits and confirmations (issue 11)

ws-help =
    Comandos de facilitação:
    /cases — pedidos abertos da sua região
    /open REF — detalhes e histórico
    /claim REF — assumir o pedido
    /release REF — devolvê-lo à fila
    /assign REF — passá-lo a um colega
    /level REF — definir o nível (1, 2 ou 3)
    /move REF — mudar o estado
    /note REF — uma nota privada para a equipe de facilitação
    /reply REF — escrever a quem fez o pedido
    /match REF — encontrar colaboradores
    /agreement REF — redigir ou editar o acordo
    /urgent REF — marcá-lo como urgente (de novo para desfazer)
    /reroute REF — enviá-lo para outra região
    /cancel — interromper o que você está escrevendo (nada é salvo)
    Você também pode digitar o número de uma opção, ou tocá-la se vir botões.
ws-act-not-urgent = Não é urgente
ws-act-edit = Editar uma parte
ws-urgent-unset = O pedido { $ref } não está mais marcado como urgente.
ws-cancelled = Cancelado: nada foi salvo nem enviado para { $ref }.
ws-nothing-to-cancel = Não há nada para cancelar.
ws-pick-reason = Por que o pedido { $ref } está "{ $status }"? Escolha o motivo que será comunicado a quem fez o pedido:
ws-ask-decision-words = Motivo: { $reason }. Quer acrescentar algo para quem fez o pedido, por exemplo qual organização pode ajudar e como contatá-la? Envie, ou /skip para enviar só o motivo.
ws-decision-set = O pedido { $ref } agora está "{ $status }" ({ $reason }). Quem fez o pedido foi informado do motivo e do que pode fazer em seguida.
ws-invited-line = Já convidado: { $name } · { $answer }
ws-invitation-invited = ainda sem resposta
ws-invitation-accepted = aceitou
ws-invitation-declined = recusou
ws-already-invited = { $name } já foi convidado para o pedido { $ref }.
ws-invite-offline = O convite a { $name } para o pedido { $ref } foi registrado. Não usa aplicativo de mensagens: entre em contato diretamente: { $contact }.
ws-invite-offline-no-contact = O convite a { $name } para o pedido { $ref } foi registrado. Não usa aplicativo de mensagens e não há contato registrado: pergunte à coordenação.
ws-case-where = Idioma: { $language } · Região: { $region }
ws-case-agreement = Acordo registrado por { $name } em { $date }:
ws-case-agreement-yes = ✓ { $name } concordou
ws-case-agreement-no = ✗ { $name } pede mudanças
ws-case-invitation = Convite: { $name } · { $answer } · { $date }
ws-case-note = Nota de { $name }, { $date }: { $text }
ws-case-history-older = { $count ->
        [one] Uma mensagem mais antiga não é mostrada.
       *[other] { $count } mensagens mais antigas não são mostradas.
    }
ws-case-from-requester = { $date } · de quem fez o pedido: { $text }
ws-case-to-requester = { $date } · para quem fez o pedido: { $text }
ws-party-requester = Quem fez o pedido
ws-agreement-pick-field = Qual parte do acordo do pedido { $ref } você quer mudar?
ws-agreement-review = Acordo do pedido { $ref }. Salvar e enviar para quem fez o pedido e para os colaboradores confirmarem, ou editar uma parte antes?
ws-agreement-saved = O acordo do pedido { $ref } foi salvo e enviado { $count ->
        [0] a quem fez o pedido
        [one] a quem fez o pedido e a um colaborador
       *[other] a quem fez o pedido e a { $count } colaboradores
    } para confirmação. Você será avisado de cada resposta.
ws-agreement-saved-level = O acordo do pedido { $ref } foi salvo e enviado { $count ->
        [0] a quem fez o pedido
        [one] a quem fez o pedido e a um colaborador
       *[other] a quem fez o pedido e a { $count } colaboradores
    } para confirmação. A faixa de financiamento coloca o pedido no nível { $level }.
ws-agreement-answer-yes = { $name } aprovou o acordo do pedido { $ref }.
ws-agreement-answer-no = { $name } pede mudanças no acordo do pedido { $ref }. Conversem e depois edite-o com /agreement { $ref }.
ws-agreement-all-agreed = Todas as partes aprovaram o acordo do pedido { $ref } ({ $name } por último). Você pode passá-lo para a implementação.
ws-agreement-saved-ask-level = O acordo do pedido { $ref } foi salvo e enviado a quem fez o pedido e aos colaboradores para confirmação. A faixa de financiamento corresponde ao nível { $level }, mais baixo que o do pedido: mudar o nível?
