# CRE Bot — English catalog (en), part 3: the words people type for a choice.
# Words people type for a choice, comma-separated (matched ignoring case and accents).
# words-yes / words-no are understood whatever the person's language.
words-yes = yes, y, yeah, yep, ok, okay, sure, of course, i agree, agree
words-no = no, n, nope, not
kw-language-en = english, anglais, inglés, ingles, inglês, kiingereza, bahasa inggris, inggris, إنجليزي, انجليزي, الإنجليزية, الانجليزية
kw-language-fr = french, français, francais, francés, frances, francês, kifaransa, bahasa prancis, prancis, فرنسي, الفرنسية
kw-language-es = spanish, espagnol, español, espanol, castellano, espanhol, kihispania, bahasa spanyol, spanyol, إسباني, اسباني, الإسبانية
kw-language-pt = portuguese, portugais, portugués, portugues, português, kireno, bahasa portugis, portugis, برتغالي, البرتغالية
kw-language-id = indonesian, indonésien, indonesio, indonésio, bahasa indonesia, indonesia, bahasa, kiindonesia, إندونيسي, الإندونيسية
kw-language-sw = swahili, kiswahili, souahéli, swahili, suajili, suaíli, bahasa swahili, سواحيلي, السواحيلية
kw-language-ar = arabic, arabe, árabe, arab, kiarabu, bahasa arab, عربي, عربية, العربية, عربى
kw-opt-requester_type-individual = me, myself, individual, person
kw-opt-requester_type-community = community, group, village
kw-opt-requester_type-organisation = organisation, organization, ngo, association
kw-opt-requester_type-network = network, movement, coalition
kw-opt-relationship-affected = affected, directly affected, us, we are
kw-opt-relationship-supporting = supporting, support, supporter
kw-opt-community_consent-not_yet = not yet, later, soon
kw-opt-sector-mining = mine, mining, mines, gold, coal
kw-opt-sector-oil_gas = oil, gas, petroleum, pipeline
kw-opt-sector-energy = dam, dams, hydro, energy, power, solar, wind
kw-opt-sector-agribusiness = plantation, palm oil, agribusiness, farming, sugar
kw-opt-sector-infrastructure = road, roads, port, railway, highway, bridge, airport
kw-opt-sector-forestry = forest, logging, timber, forestry
kw-opt-sector-tourism = tourism, hotel, resort
kw-opt-sector-unknown = don't know, dont know, not sure, unknown
kw-opt-harm_timing-happened = happened, already, it happened
kw-opt-harm_timing-feared = feared, fear, afraid
kw-opt-harm_timing-both = both
kw-opt-safe_here-unsure = not sure, don't know, dont know, maybe
kw-summary-submit = send, submit, send it
kw-summary-change = change, edit, correct
kw-summary-cancel = cancel, stop
kw-done = done, finished, finish, that is all, thats all, ok, next
kw-text-done = that's all, thats all, that is all, done, finished, nothing more, no more, end
