# CRE Bot — French catalog (fr), part 3: the words people type for a choice.
# Review status: machine-drafted by the developers on 2026-12-02; needs review by a native speaker before deployment.
# Same message ids as the English source catalog (locales/en/words.ftl).
# Words people type for a choice, comma-separated (matched ignoring case and accents).
# words-yes / words-no are understood whatever the person's language.
words-yes = oui, ouais, d'accord, daccord, ok, bien sûr, je suis d'accord
words-no = non, pas
kw-language-en = english, anglais, inglés, ingles, inglês, kiingereza, bahasa inggris, inggris, إنجليزي, انجليزي, الإنجليزية, الانجليزية
kw-language-fr = french, français, francais, francés, frances, francês, kifaransa, bahasa prancis, prancis, فرنسي, الفرنسية
kw-language-es = spanish, espagnol, español, espanol, castellano, espanhol, kihispania, bahasa spanyol, spanyol, إسباني, اسباني, الإسبانية
kw-language-pt = portuguese, portugais, portugués, portugues, português, kireno, bahasa portugis, portugis, برتغالي, البرتغالية
kw-language-id = indonesian, indonésien, indonesio, indonésio, bahasa indonesia, indonesia, bahasa, kiindonesia, إندونيسي, الإندونيسية
kw-language-sw = swahili, kiswahili, souahéli, swahili, suajili, suaíli, bahasa swahili, سواحيلي, السواحيلية
kw-language-ar = arabic, arabe, árabe, arab, kiarabu, bahasa arab, عربي, عربية, العربية, عربى
kw-opt-requester_type-individual = moi, moi-même, individu, personne
kw-opt-requester_type-community = communauté, communaute, groupe, village
kw-opt-requester_type-organisation = organisation, ong, association
kw-opt-requester_type-network = réseau, reseau, mouvement, coalition
kw-opt-relationship-affected = affectés, affectes, touchés, touches, concernés, directement
kw-opt-relationship-supporting = soutien, nous soutenons, appui
kw-opt-community_consent-not_yet = pas encore, plus tard, bientôt
kw-opt-sector-mining = mine, mines, minier, or, charbon
kw-opt-sector-oil_gas = pétrole, petrole, gaz, oléoduc, pipeline
kw-opt-sector-energy = barrage, barrages, hydroélectrique, énergie, energie, centrale, solaire, éolien
kw-opt-sector-agribusiness = plantation, palmier, huile de palme, agro-industrie, agriculture, sucre
kw-opt-sector-infrastructure = route, routes, port, chemin de fer, autoroute, pont, aéroport
kw-opt-sector-forestry = forêt, foret, bois, exploitation forestière
kw-opt-sector-tourism = tourisme, hôtel, hotel
kw-opt-sector-unknown = je ne sais pas, sais pas, inconnu
kw-opt-harm_timing-happened = arrivé, arrive, déjà, deja
kw-opt-harm_timing-feared = crainte, peur, on craint
kw-opt-harm_timing-both = les deux
kw-opt-safe_here-unsure = pas sûr, pas sur, je ne sais pas, peut-être, peut etre
kw-summary-submit = envoyer, envoie, soumettre
kw-summary-change = changer, modifier, corriger
kw-summary-cancel = annuler, arrêter, arreter
kw-done = terminé, termine, fini, c'est tout, ok, suivant
kw-text-done = c'est tout, cest tout, terminé, termine, fini, rien d'autre, fin
