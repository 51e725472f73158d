# CRE Bot — Kiswahili catalog (sw), part 3: the words people type for a choice.
# Review status: machine-drafted by the developers on 2026-12-02; needs review by a native speaker before deployment.
# Same message ids as the English source catalog (locales/en/words.ftl).
# Words people type for a choice, comma-separated (matched ignoring case and accents).
# words-yes / words-no are understood whatever the person's language.
words-yes = ndio, ndiyo, ndyo, naam, sawa, ee, eeh, ok, kweli, nakubali, bila shaka
words-no = hapana, la, sio, siyo, hakuna
kw-language-en = english, anglais, inglés, ingles, inglês, kiingereza, bahasa inggris, inggris, إنجليزي, انجليزي, الإنجليزية, الانجليزية
kw-language-fr = french, français, francais, francés, frances, francês, kifaransa, bahasa prancis, prancis, فرنسي, الفرنسية
kw-language-es = spanish, espagnol, español, espanol, castellano, espanhol, kihispania, bahasa spanyol, spanyol, إسباني, اسباني, الإسبانية
kw-language-pt = portuguese, portugais, portugués, portugues, português, kireno, bahasa portugis, portugis, برتغالي, البرتغالية
kw-language-id = indonesian, indonésien, indonesio, indonésio, bahasa indonesia, indonesia, bahasa, kiindonesia, إندونيسي, الإندونيسية
kw-language-sw = swahili, kiswahili, souahéli, swahili, suajili, suaíli, bahasa swahili, سواحيلي, السواحيلية
kw-language-ar = arabic, arabe, árabe, arab, kiarabu, bahasa arab, عربي, عربية, العربية, عربى
kw-opt-requester_type-individual = mimi, mimi mwenyewe, binafsi, mtu binafsi
kw-opt-requester_type-community = kikundi, jamii, kijiji, kikundi cha jamii, kundi
kw-opt-requester_type-organisation = shirika, asasi, chama
kw-opt-requester_type-network = mtandao, vuguvugu, muungano
kw-opt-relationship-affected = tumeathirika, tunaathirika, walioathirika, moja kwa moja
kw-opt-relationship-supporting = tunaiunga mkono, tunasaidia, msaada
kw-opt-community_consent-not_yet = bado, baadaye
kw-opt-sector-mining = mgodi, migodi, uchimbaji, madini, dhahabu, makaa ya mawe
kw-opt-sector-oil_gas = mafuta, gesi, bomba la mafuta
kw-opt-sector-energy = bwawa, mabwawa, umeme, nishati, jua, upepo
kw-opt-sector-agribusiness = shamba, mashamba, kilimo, mawese, miwa
kw-opt-sector-infrastructure = barabara, bandari, reli, daraja, uwanja wa ndege
kw-opt-sector-forestry = msitu, misitu, mbao, ukataji miti
kw-opt-sector-tourism = utalii, hoteli
kw-opt-sector-unknown = sijui, sifahamu
kw-opt-harm_timing-happened = imetokea, tayari imetokea
kw-opt-harm_timing-feared = tunahofia, hofu, tunaogopa
kw-opt-harm_timing-both = vyote, zote, yote mawili
kw-opt-safe_here-unsure = sina uhakika, sijui, labda, pengine
kw-summary-submit = tuma, wasilisha
kw-summary-change = badilisha, rekebisha
kw-summary-cancel = ghairi, sitisha, acha
kw-done = nimemaliza, tayari, basi, sawa, ok, inatosha, endelea
kw-text-done = ni hayo tu, hayo tu, basi, nimemaliza, tayari, inatosha, hakuna zaidi, mwisho
