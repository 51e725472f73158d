# CRE Bot — catálogo em português, parte 3: financiamento (chamadas de propostas, pedidos, grupos de trabalho de subvenções).
# Review status: machine-drafted by the developers on 2026-12-02; needs review by a native speaker before deployment.
# Same message ids, variables and order as the English source catalog (locales/en/funding.ftl).

## Facilitadores: preparar um pedido

ws-act-apply = Preparar um pedido de financiamento
ws-act-apsend = Enviar o pedido
ws-act-funds = Enviar esta lista à pessoa requerente
fund-level-not-funded = O pedido { $ref } está no nível { $level }: só colaborações de nível 2 e 3 podem pedir financiamento. Defina primeiro o nível com /level.
fund-no-call = Não há nenhuma chamada de propostas aberta para a região de { $ref } neste momento, nem ainda uma lista de outros fundos. A coordenação pode adicioná-la com cre-admin resources.
fund-no-call-resources = Não há nenhuma chamada de propostas aberta para a região de { $ref } neste momento (não há subvenções de emergência entre chamadas). Outros fundos que podem ajudar:
fund-resource-line = • { $text }
fund-ask-amount = Pedido para { $ref } (nível { $level }), 1/5: quanto é pedido, em dólares americanos? Escreva um número, por exemplo 4500.
fund-ask-purpose = 2/5: o que o dinheiro vai pagar?
fund-ask-applicant = 3/5: quem apresenta o pedido?
fund-ask-capacity = 4/5: como isto vai fortalecer a capacidade da comunidade ou do grupo? (Escreva - se não fortalecer.)
fund-ask-security = 5/5: é apoio de segurança para uma pessoa defensora de direitos humanos?
fund-applicant-individual = Uma pessoa
fund-applicant-group = Um grupo ou coletivo
fund-applicant-organisation = Uma organização
fund-security-yes = Sim, apoio de segurança para uma pessoa defensora
fund-security-no = Não
fund-label-amount = Valor (USD)
fund-label-purpose = Paga
fund-label-applicant = Requerente
fund-label-capacity = Fortalece capacidades
fund-label-security = Apoio de segurança para uma pessoa defensora
fund-label-strategies = Apoio procurado
fund-review = Pedido para { $ref } (nível { $level }). Enviá-lo para a chamada aberta?
fund-amount-invalid = Esse não é um valor que eu possa usar: escreva um número positivo de dólares americanos, por exemplo 4500 ou 4,500.50. Nada foi guardado.
fund-amount-over-level2 = O nível 2 pode pedir até 5.000 USD. Para mais, a pessoa requerente pode pedir para continuar no nível 3 depois do acordo. Nada foi guardado.
fund-amount-under-level3 = O nível 3 é para pedidos acima de 5.000 USD (até 30.000 USD). Nada foi guardado.
fund-amount-over-level3 = O nível 3 pode pedir até 30.000 USD. Nada foi guardado.
fund-draft-stale = Esse botão pertence a um pedido que já não está a ser preparado para { $ref }. Escreva /apply { $ref } para recomeçar.
fund-call-gone = A chamada deste pedido fechou. Nada foi enviado para { $ref }.
fund-sent = O pedido para { $ref } foi enviado para a chamada { $call }. O grupo de trabalho de subvenções vai analisá-lo depois de a chamada fechar em { $closes }.
fund-dropped = O pedido para { $ref } foi descartado; nada foi enviado.
fund-continue-not-level2 = Só uma colaboração de nível 2 pode continuar no nível 3; { $ref } não está no nível 2.
ws-fund-continue-recorded = Registado: a pessoa requerente de { $ref } pede para continuar no nível 3. Já pode preparar um pedido de nível 3.
ws-fund-continue-requested = A pessoa requerente de { $ref } pede para continuar a colaboração no nível 3 (5.000 a 30.000 USD).
fund-no-resources = Ainda não há uma lista de outros fundos para esta região; nada foi enviado para { $ref }.
fund-resources-sent = A lista de outros fundos foi enviada à pessoa requerente de { $ref }.
ws-fund-call-open = Está aberta uma chamada de propostas { $kind } (chamada { $call }): { $amount } USD disponíveis até { $closes }. Critérios: { $criteria }
    Use /apply REF para um pedido de nível 2 ou 3.
fund-call-kind-open = aberta
fund-call-kind-targeted = dirigida
ws-fund-no-group = A chamada { $call } fechou mas a região { $region } não tem membros no grupo de trabalho de subvenções: registe-os com cre-admin grants add.
ws-fund-undecided = O grupo de trabalho não conseguiu decidir o pedido { $number } (caso { $ref }). Decida-o com cre-admin calls decide.
ws-fund-decision = Decisão de financiamento para { $ref }: { $reason }.

## Pessoas requerentes

fund-sent-requester = A sua pessoa facilitadora enviou um pedido de financiamento de { $amount } USD para o seu pedido { $ref }. Será informado(a) da decisão.
fund-continue-offer = Se a colaboração de { $ref } precisar de mais financiamento do que tem (5.000 a 30.000 USD), pode pedir para continuá-la no nível 3. Carregue no botão ou envie /level3 { $ref }.
fund-continue-yes = Pedir para continuar no nível 3
fund-continue-asked = O seu pedido para continuar { $ref } no nível 3 foi transmitido à sua pessoa facilitadora.
fund-continue-refused = Desculpe, não posso pedir isso agora: só quem pediu uma colaboração de nível 2 pode pedir para continuá-la no nível 3 (o botão, ou /level3 e a referência).
fund-resources-requester = Sobre o seu pedido { $ref }: não há nenhuma chamada de propostas aberta neste momento. Estes outros fundos podem ajudar:
fund-call-for-you = Está aberta uma chamada de propostas até { $closes }: o seu pedido { $ref } pode candidatar-se. A sua pessoa facilitadora pode preparar o pedido consigo.
fund-decision-approved = Boas notícias: o pedido de financiamento do seu pedido { $ref } foi aprovado: { $amount } USD.
fund-decision-declined = O pedido de financiamento do seu pedido { $ref } não foi aprovado. Motivo: { $reason }. Próximo passo: { $next }.
fund-decision-pending = A decisão sobre o pedido de financiamento do seu pedido { $ref } precisa de um pouco mais de tempo. Será informado(a).
fund-next-later-call = pode candidatar-se de novo numa chamada posterior, e o intercâmbio pode encaminhá-lo(a) para outro financiador
fund-referred = Sobre o seu pedido { $ref }: o intercâmbio encaminha-o(a) para outro financiador que pode ajudar: { $text }
fund-reason-approved = aprovado pelo grupo de trabalho de subvenções
fund-reason-declined_by_group = o grupo de trabalho de subvenções não o aprovou
fund-reason-no_funds = os fundos da chamada esgotaram-se antes deste pedido
fund-reason-undecided = a decisão cabe à coordenação

## Membros dos grupos de trabalho de subvenções

fund-not-member = Desculpe, só os membros do grupo de trabalho de subvenções da região podem fazer isso.
fund-member-help = Nada aguarda a sua análise. Receberá aqui cada pedido quando uma chamada fechar.
fund-review-start = A chamada { $call } fechou. Analise cada pedido até { $until }. As suas respostas ficam no grupo; o comentário é opcional.
fund-review-item = Pedido { $number } ({ $position } de { $total }) · chamada { $call } · nível { $level } · { $amount } USD · { $country }
fund-vote-approve = Aprovar
fund-vote-decline = Recusar
fund-vote-abstain = Abster-me
fund-vote-conflict = Tenho um conflito de interesses
fund-ask-score = Pedido { $number }: que prioridade lhe dá, de 1 (baixa) a 5 (alta)?
fund-score-1 = 1
fund-score-2 = 2
fund-score-3 = 3
fund-score-4 = 4
fund-score-5 = 5
fund-ask-comment = Pedido { $number }: algum comentário para o grupo? Escreva-o, ou toque em «Sem comentário» (ou envie 1).
fund-no-comment = Sem comentário
fund-vote-saved = Guardado para o pedido { $number }: { $answer }, prioridade { $score }, { $comment }.
fund-saved-comment = com o seu comentário
fund-saved-no-comment = sem comentário
fund-conflict-noted = Anotado: tem um conflito de interesses no pedido { $number }, por isso não vota nele.
fund-already-voted = Já respondeu sobre o pedido { $number }.
fund-review-closed = A análise do pedido { $number } está encerrada: já não se aceitam respostas. Nada foi alterado.
fund-review-done = Respondeu a todos os pedidos que o(a) aguardavam. Obrigado.
fund-stale = Esse botão não corresponde à pergunta atual.
fund-choice-invalid = Responda com uma das opções: 1 aprovar, 2 recusar, 3 abster-se, 4 conflito de interesses.
fund-score-invalid = Indique uma prioridade de 1 a 5.
fund-reminder = Lembrete: a análise da chamada { $call } termina em { $until }.
fund-ranking = Todas as respostas da chamada { $call } chegaram. Classificação proposta, pedidos aprovados primeiro (grupos e coletivos primeiro, salvo apoio de segurança para uma pessoa defensora, depois fortalecimento de capacidades, depois as vossas notas):
fund-ranking-line = { $position }. Pedido { $number } · nível { $level } · { $amount } USD · { $applicant } · nota { $score } · { $outcome }
fund-ranking-comment =     – comentário: { $text }
fund-ranking-budget = Orçamento: { $available } USD disponíveis; os pedidos aprovados levam { $granted } USD; restam { $left } USD.
fund-outcome-approved = aprovado
fund-outcome-declined = recusado
fund-outcome-undecided = sem decisão (vai para a coordenação)
fund-outcome-no_funds = aprovado, mas o dinheiro acaba antes de chegar a ele
fund-confirm = Confirmar esta classificação
fund-confirm-noted = A sua confirmação da classificação da chamada { $call } foi registada; a aguardar os outros membros.
fund-decided = A classificação da chamada { $call } está confirmada e as decisões foram enviadas.
fund-ranking-closed = A classificação da chamada { $call } já está decidida.
fund-ranking-not-yet = A classificação da chamada { $call } ainda não está pronta: alguns membros ainda não responderam.
fund-confirm-reminder = Lembrete: a classificação proposta da chamada { $call } ainda precisa da sua confirmação. Se o grupo não a confirmar a tempo, a decisão passa para a coordenação.
fund-confirm-expired = A classificação proposta da chamada { $call } não foi confirmada a tempo; a decisão passa agora para a coordenação.
