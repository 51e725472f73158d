# CRE Bot — Portuguese catalog (pt, Brazilian-leaning but neutral).
# Review status: machine-drafted by the developers on 2026-11-22; needs review by a native speaker before deployment.
# Same message ids, variables and order as the English source catalog (locales/en/main.ftl).

## Languages (always shown in their own language)

language-en = English
language-fr = Français
language-es = Español
language-pt = Português
language-id = Bahasa Indonesia
language-sw = Kiswahili
language-ar = العربية

q-language = Qual idioma você quer usar? Você pode mudar depois com /language.
language-set = Certo, vamos continuar em português.

## Welcome and consent

welcome = Boas-vindas ao Intercâmbio de Recursos Comunitários (Community Resource Exchange). Ajudamos comunidades atingidas por projetos de investimento e de desenvolvimento a encontrar apoio: pesquisa sobre empresas e bancos, justiça ou indenização, organização, campanhas, assessoria técnica e segurança.
telegram-not-encrypted = Atenção: as conversas com bots do Telegram não têm criptografia de ponta a ponta. Se você corre risco, fale conosco sobre como usar o Signal em vez do Telegram.
telegram-signal-offer = O Intercâmbio também está no Signal, que tem criptografia de ponta a ponta: { $number }. Se preferir, você pode continuar por lá.
signal-safety-note = Para a sua segurança: você pode apagar esta conversa a qualquer momento. Na sua lista de conversas, toque nela e segure, depois escolha Apagar; o seu pedido continua guardado conosco. As mensagens daqui também podem sumir sozinhas: toque no nome no alto desta conversa e depois em Mensagens temporárias.
q-consent = Antes de começar: vamos fazer algumas perguntas sobre o seu pedido. As suas respostas são guardadas com criptografia e compartilhadas apenas com os facilitadores regionais do Intercâmbio, que vão entrar em contato com você por aqui. Você pode apagar tudo a qualquer momento com /forget. Você concorda?
consent-yes = Sim, concordo
consent-no = Não
consent-thanks = Obrigado. Você pode voltar com /back, pular as perguntas opcionais e parar com /cancel.
consent-declined = Entendido. Nada foi guardado. Envie /start quando quiser começar.

## Intake questions

q-requester_type = Quem faz este pedido?
label-requester_type = Quem pede
opt-requester_type-individual = Eu, a título pessoal
opt-requester_type-community = Um grupo comunitário
opt-requester_type-organisation = Uma organização
opt-requester_type-network = Uma rede ou um movimento

q-requester_name = Que nome ou pseudônimo devemos usar para você ou para o seu grupo? (Você pode pular esta pergunta.)
label-requester_name = Nome
opt-requester_name-__skip = Pular

q-relationship = Qual é a sua relação com a comunidade atingida?
label-relationship = Relação
opt-relationship-affected = Somos diretamente atingidos
opt-relationship-supporting = Apoiamos a comunidade
opt-relationship-other = Outra

q-community_consent = As pessoas atingidas sabem deste pedido e estão de acordo com ele?
label-community_consent = Acordo da comunidade
opt-community_consent-yes = Sim, estão de acordo
opt-community_consent-no = Não
opt-community_consent-not_yet = Ainda não

q-organisations = Com quais organizações ou redes você trabalha, se for o caso? (Você pode pular esta pergunta.)
label-organisations = Trabalha com
opt-organisations-__skip = Pular

q-country = Em que país fica a comunidade atingida? Escreva o nome do país.
label-country = País
opt-country-__skip = Vários países / não sei
country-did-you-mean = A qual país você se refere?
country-choice = { $name }

q-locality = Qual região, cidade ou povoado? Compartilhe só o que lhe parecer seguro. (Você pode pular esta pergunta.)
label-locality = Local
opt-locality-__skip = Pular

q-project = Como se chama o projeto ou o investimento, e do que se trata? Você também pode enviar um documento ou uma foto. (Pule esta pergunta se o pedido não for sobre um único projeto.)
label-project = Projeto
opt-project-__skip = Pular

q-companies = Quais empresas estão envolvidas, se você souber? (Você pode pular esta pergunta.)
label-companies = Empresas
opt-companies-__skip = Pular

q-financiers = Quem financia o projeto? Escolha todas as opções que se aplicam e depois escolha Concluído.
label-financiers = Financiado por
opt-financiers-development_bank = Um banco de desenvolvimento
opt-financiers-commercial_bank = Um banco comercial
opt-financiers-multinational = Uma empresa multinacional
opt-financiers-government = Um governo
opt-financiers-other = Outro
opt-financiers-unknown = Não sei

q-sector = Que tipo de projeto é?
label-sector = Setor
opt-sector-mining = Mineração
opt-sector-oil_gas = Petróleo e gás
opt-sector-energy = Energia ou barragens
opt-sector-agribusiness = Agronegócio ou plantações
opt-sector-infrastructure = Estradas, portos ou infraestrutura
opt-sector-forestry = Exploração florestal
opt-sector-tourism = Turismo
opt-sector-other = Outro
opt-sector-unknown = Não sei

q-harm_timing = Os danos já aconteceram, ou há medo de que aconteçam?
label-harm_timing = Danos
opt-harm_timing-happened = Já aconteceram
opt-harm_timing-feared = Tememos que aconteçam
opt-harm_timing-both = As duas coisas

q-rights = Quais direitos são afetados? Escolha todas as opções que se aplicam e depois escolha Concluído.
label-rights = Direitos afetados
opt-rights-land = Terra
opt-rights-water = Água
opt-rights-livelihoods = Meios de vida
opt-rights-environment = Meio ambiente
opt-rights-consultation = Consulta e consentimento
opt-rights-defenders = Ameaças a defensores
opt-rights-health = Saúde
opt-rights-culture = Cultura
opt-rights-other = Outro

q-harm = Com as suas próprias palavras, o que está acontecendo? Você pode escrever, ou enviar uma mensagem de voz ou uma foto.
label-harm = O que está acontecendo

q-strategies = Que tipo de apoio você procura? Escolha todas as opções que se aplicam e depois escolha Concluído.
label-strategies = Apoio procurado
opt-strategies-research = Pesquisa sobre empresas e financiadores
opt-strategies-remedy = Acesso à reparação
opt-strategies-organising = Organização comunitária
opt-strategies-advocacy = Incidência política e campanhas
opt-strategies-expertise = Assessoria científica ou técnica
opt-strategies-security = Apoio em segurança
opt-strategies-unsure = Não sei

q-outcome = Que resultado você espera? Você pode escrever ou enviar uma mensagem de voz.
label-outcome = Resultado esperado

q-help_kind = De que tipo de ajuda você precisa?
label-help_kind = Ajuda necessária
opt-help_kind-information = Informação ou orientação
opt-help_kind-collaboration = Uma colaboração com outros
opt-help_kind-funding = Uma colaboração com financiamento
note-consent-needed-for-collaboration = Para colaborações e financiamento, a comunidade atingida precisa saber e estar de acordo. Por enquanto, podemos oferecer informação e orientação; você pode mudar a sua resposta sobre o acordo da comunidade no resumo.

q-funding_band = Qual é o valor aproximado do financiamento necessário?
label-funding_band = Financiamento
opt-funding_band-up_to_5k = Até 5.000 USD
opt-funding_band-5k_to_30k = De 5.000 a 30.000 USD

q-referral = Quem falou de nós para você? Você também pode informar um código de parceiro. (Você pode pular esta pergunta.)
label-referral = Indicado por
opt-referral-__skip = Pular

q-safe_here = É seguro entrarmos em contato com você por aqui?
label-safe_here = Contato seguro por aqui
opt-safe_here-yes = Sim
opt-safe_here-no = Não
opt-safe_here-unsure = Não sei

q-best_times = Qual é o melhor horário para entrarmos em contato com você? (Você pode pular esta pergunta.)
label-best_times = Melhores horários
opt-best_times-__skip = Pular

q-danger_now = Alguém está em perigo neste momento?
label-danger_now = Perigo agora
opt-danger_now-no = Não
opt-danger_now-yes = Sim

## Multi-select and shared words

done = Concluído
no = Não
multi-howto = Você também pode escrever vários números de uma vez, por exemplo: 1 3
error-generic = Desculpe, algo deu errado do nosso lado. As suas respostas anteriores estão seguras. Por favor, tente de novo ou envie /help.
slow-down = Está a enviar muitas mensagens muito depressa. Guardamos todas e responderemos daqui a pouco.
resend-please = Desculpe, não conseguimos ler a sua última mensagem. Por favor, envie-a de novo.

## Summary and changes

summary = Este é o seu pedido. Por favor, confira.
summary-line = { $label }: { $value }
summary-files = Arquivos anexados: { $count }
summary-level = Apoio proposto: { $level ->
        [1] informação e orientação (nível 1)
        [2] uma colaboração (nível 2)
       *[other] uma colaboração com financiamento significativo (nível 3)
    }. Um facilitador vai confirmar isso com você.
summary-skipped = (sem resposta)
summary-file-photo = (foto)
summary-file-document = (documento)
summary-file-voice = (mensagem de voz)
summary-file-audio = (áudio)
summary-file-video = (vídeo)
summary-submit = Enviar o meu pedido
summary-change = Alterar uma resposta
summary-cancel = Cancelar
q-edit = Qual resposta você quer alterar?
edit-back-to-summary = Voltar ao resumo

submitted = O seu pedido foi enviado. A sua referência é { $ref }. Um facilitador regional vai lê-lo e responder por aqui, normalmente no prazo de { $days ->
        [one] { $days } dia
       *[other] { $days } dias
    }.
submitted-urgent = Você nos disse que isto é urgente ou que se trata de segurança: o pedido foi marcado como urgente. Se alguém estiver em perigo imediato, procure também pessoas de confiança que estejam por perto.
submitted-unsafe = Você disse que esta conversa pode não ser segura. Vamos mandar mensagens curtas. Quando um facilitador escrever, você pode indicar uma forma mais segura de falar com você.
submitted-commands = Envie /status para ver os seus pedidos, ou /forget para apagar tudo sobre você.

## Commands

help = Responda escrevendo o número de uma opção, ou toque nela se aparecerem botões.
    /start — começar um pedido
    /back — pergunta anterior
    /skip — pular uma pergunta opcional
    /language — mudar de idioma
    /status — ver os seus pedidos
    /case — escolher a que pedido se referem as suas mensagens
    /cancel — parar o pedido atual
    /forget — apagar tudo sobre você
    /help — esta mensagem
unknown-command = Não conheço o comando { $command }. Envie /help para ver o que eu entendo.
already-in-progress = Você já tem um pedido em andamento. Vamos continuar.
nothing-to-cancel = Não há nenhum pedido em andamento.
nothing-to-go-back = Aqui não há etapa anterior para voltar.
back-at-start = Esta é a primeira pergunta.
cannot-skip = Não é possível pular esta pergunta.
kept-going = Certo, nada foi alterado.
cancelled = O seu pedido foi interrompido e as respostas foram apagadas. Envie /start para começar de novo.
confirm-cancel = Parar este pedido e apagar as respostas?
confirm-cancel-yes = Sim, parar
confirm-forget = Apagar tudo sobre você: as suas respostas, os seus pedidos e os seus dados de contato? Isto não pode ser desfeito.
confirm-forget-yes = Sim, apagar tudo
forgotten = Tudo sobre você foi apagado. Você também pode apagar esta conversa no seu telefone. Envie /start se um dia quiser escrever de novo.

status-none = Você ainda não tem pedidos. Envie /start para fazer um.
status-intro = { $count ->
        [one] O seu pedido:
       *[other] Os seus { $count } pedidos:
    }
status-line = { $ref } — { $status } (enviado em { $date })
status-waiting = { $count ->
        [one] Outra conversa está à sua espera: envie /switch para retomá-la.
       *[other] { $count } outras conversas estão à sua espera: envie /switch para retomar a próxima.
    }
switch-nothing = Não há nenhuma outra conversa à espera.
status-received = recebido
status-triage = em análise
status-due_diligence = em verificação
status-matching = em busca de colaboradores
status-agreement = plano em negociação
status-implementation = em andamento
status-evaluation = em avaliação
status-closed = encerrado
status-declined = recusado
status-referred = encaminhado a outra organização

menu = { $count ->
        [one] Você tem { $count } pedido conosco.
       *[other] Você tem { $count } pedidos conosco.
    } O que você quer fazer?
menu-new = Fazer um novo pedido
menu-status = Ver os meus pedidos

## Command menu (shown by the messenger next to the message box)

cmd-start = Começar um pedido
cmd-help = Como usar este bot
cmd-language = Mudar o idioma
cmd-status = Ver os seus pedidos
cmd-cancel = Parar o pedido atual
cmd-forget = Apagar tudo sobre você
cmd-back = Voltar à pergunta anterior
cmd-skip = Pular uma pergunta opcional

## Help with answers

hint-empty = Recebi uma mensagem vazia.
hint-choice = Por favor, escolha uma das opções: escreva o número dela, de 1 a { $count }, ou toque nela se aparecerem botões.
hint-stale-choice = Esse botão é de uma pergunta anterior. Esta é a pergunta atual.
hint-multi-empty = Por favor, escolha pelo menos uma opção e depois escolha Concluído.
hint-too-long = A sua mensagem é longa demais: { $length } caracteres, e o limite é { $limit }. Por favor, encurte, divida em partes ou envie uma mensagem de voz.
hint-country = Não consegui reconhecer esse país. Por favor, escreva o nome dele, por exemplo "Quênia" ou "Peru".
input-help = Se não souber como continuar: escreva o número de uma opção (ou toque nela se aparecerem botões). Envie /back para voltar, /help para pedir ajuda ou /cancel para parar.

## Files

file-sticker = Figurinhas (stickers) não podem ser usadas como resposta.
file-type-refused = Desculpe, não posso aceitar este tipo de arquivo. Você pode enviar fotos, documentos (PDF, Word ou texto), mensagens de voz, áudios ou vídeos curtos.
file-too-big = Este arquivo é grande demais. O limite é de { $limit_mb } MB.
file-unavailable = Não consegui baixar este arquivo. Por favor, tente enviá-lo de novo.
file-before-consent = Por favor, responda primeiro à pergunta. Nada é guardado até você concordar.
file-too-many = Você já enviou { $limit } arquivos, que é o limite para um pedido.
file-quota = Você atingiu o limite de arquivos de um dia ({ $files } arquivos ou { $limit_mb } MB), por isso este arquivo não foi guardado. Tudo o que você enviou antes está seguro. Envie-o de novo amanhã ou descreva-o com palavras.
file-saved-answer = Arquivo recebido e anexado ao seu pedido.
file-saved-evidence = Arquivo recebido e anexado ao seu pedido como prova.

# --- coming back, long answers, several choices, which request (issue 11) ---
welcome-back = Bem-vindo de volta. Foi aqui que paramos; as suas respostas anteriores estão guardadas.
text-more = Anotado. Se houver mais, envie agora e eu acrescento a esta resposta. Quando terminar, escolha «É tudo».
text-done = É tudo
hint-answer-full = Esta resposta chegou ao limite de { $limit } caracteres. Escolha «É tudo» para continuar; também pode enviar uma mensagem de voz ou um documento.
multi-selected = Escolhido até agora: { $selection }. Escolha mais, escolha um de novo para o tirar, ou escolha Concluído.
multi-selected-none = Ainda não escolheu nada. Escolha uma ou mais opções e depois Concluído.
relay-sent-case = Enviado ao facilitador de { $ref }. As suas próximas mensagens também irão para { $ref }.
relay-switch = Sobre outro pedido
relay-case-chosen = Certo: as suas próximas mensagens irão para o facilitador de { $ref }. Envie /case para mudar.
case-only-one = Tem só um pedido aberto, por isso as suas mensagens vão para ele.
case-none-open = Não tem nenhum pedido aberto neste momento. Envie /start para começar um.
case-not-now = Vamos terminar isto primeiro; depois, /case escolhe a que pedido se referem as suas mensagens.
cmd-case = Escolher a que pedido se referem as suas mensagens
