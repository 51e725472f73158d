# CRE Bot — Portuguese catalog (pt), part 3: the words people type for a choice.
# Review status: machine-drafted by the developers on 2026-12-02; needs review by a native speaker before deployment.
# Same message ids as the English source catalog (locales/en/words.ftl).
# Words people type for a choice, comma-separated (matched ignoring case and accents).
# words-yes / words-no are understood whatever the person's language.
words-yes = sim, claro, ok, tá, ta, está bem, concordo, com certeza
words-no = não, nao
kw-language-en = english, anglais, inglés, ingles, inglês, kiingereza, bahasa inggris, inggris, إنجليزي, انجليزي, الإنجليزية, الانجليزية
kw-language-fr = french, français, francais, francés, frances, francês, kifaransa, bahasa prancis, prancis, فرنسي, الفرنسية
kw-language-es = spanish, espagnol, español, espanol, castellano, espanhol, kihispania, bahasa spanyol, spanyol, إسباني, اسباني, الإسبانية
kw-language-pt = portuguese, portugais, portugués, portugues, português, kireno, bahasa portugis, portugis, برتغالي, البرتغالية
kw-language-id = indonesian, indonésien, indonesio, indonésio, bahasa indonesia, indonesia, bahasa, kiindonesia, إندونيسي, الإندونيسية
kw-language-sw = swahili, kiswahili, souahéli, swahili, suajili, suaíli, bahasa swahili, سواحيلي, السواحيلية
kw-language-ar = arabic, arabe, árabe, arab, kiarabu, bahasa arab, عربي, عربية, العربية, عربى
kw-opt-requester_type-individual = eu, eu mesmo, eu mesma, individual, pessoa
kw-opt-requester_type-community = comunidade, grupo, aldeia, vila
kw-opt-requester_type-organisation = organização, organizacao, ong, associação
kw-opt-requester_type-network = rede, movimento, coalizão
kw-opt-relationship-affected = afetados, atingidos, diretamente
kw-opt-relationship-supporting = apoio, apoiamos
kw-opt-community_consent-not_yet = ainda não, ainda nao, mais tarde
kw-opt-sector-mining = mina, minas, mineração, mineracao, ouro, carvão
kw-opt-sector-oil_gas = petróleo, petroleo, gás, gas, oleoduto
kw-opt-sector-energy = barragem, barragens, hidrelétrica, hidreletrica, energia, solar, eólica
kw-opt-sector-agribusiness = plantação, plantacao, dendê, agronegócio, monocultura, cana
kw-opt-sector-infrastructure = estrada, estradas, porto, ferrovia, rodovia, ponte, aeroporto
kw-opt-sector-forestry = floresta, madeira, desmatamento
kw-opt-sector-tourism = turismo, hotel
kw-opt-sector-unknown = não sei, nao sei, desconhecido
kw-opt-harm_timing-happened = já aconteceu, ja aconteceu, aconteceu
kw-opt-harm_timing-feared = tememos, medo, receio
kw-opt-harm_timing-both = ambos, os dois, as duas
kw-opt-safe_here-unsure = não tenho certeza, nao sei, não sei, talvez
kw-summary-submit = enviar, envia, mandar
kw-summary-change = mudar, alterar, corrigir
kw-summary-cancel = cancelar, parar
kw-done = concluído, concluido, pronto, terminei, é tudo, ok, próximo
kw-text-done = é tudo, e tudo, só isso, so isso, pronto, terminei, mais nada, fim
