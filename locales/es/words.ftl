# CRE Bot — Spanish catalog (es), part 3: the words people type for a choice.
# Review status: machine-drafted by the developers on 2026-12-02; needs review by a native speaker before deployment.
# Same message ids as the English source catalog (locales/en/words.ftl).
# Words people type for a choice, comma-separated (matched ignoring case and accents).
# words-yes / words-no are understood whatever the person's language.
words-yes = sí, si, claro, vale, ok, de acuerdo, por supuesto
words-no = no, nop
kw-language-en = english, anglais, inglés, ingles, inglês, kiingereza, bahasa inggris, inggris, إنجليزي, انجليزي, الإنجليزية, الانجليزية
kw-language-fr = french, français, francais, francés, frances, francês, kifaransa, bahasa prancis, prancis, فرنسي, الفرنسية
kw-language-es = spanish, espagnol, español, espanol, castellano, espanhol, kihispania, bahasa spanyol, spanyol, إسباني, اسباني, الإسبانية
kw-language-pt = portuguese, portugais, portugués, portugues, português, kireno, bahasa portugis, portugis, برتغالي, البرتغالية
kw-language-id = indonesian, indonésien, indonesio, indonésio, bahasa indonesia, indonesia, bahasa, kiindonesia, إندونيسي, الإندونيسية
kw-language-sw = swahili, kiswahili, souahéli, swahili, suajili, suaíli, bahasa swahili, سواحيلي, السواحيلية
kw-language-ar = arabic, arabe, árabe, arab, kiarabu, bahasa arab, عربي, عربية, العربية, عربى
kw-opt-requester_type-individual = yo, yo mismo, yo misma, individual, persona
kw-opt-requester_type-community = comunidad, grupo, pueblo, aldea
kw-opt-requester_type-organisation = organización, organizacion, ong, asociación
kw-opt-requester_type-network = red, movimiento, coalición
kw-opt-relationship-affected = afectados, afectadas, directamente
kw-opt-relationship-supporting = apoyo, apoyamos
kw-opt-community_consent-not_yet = todavía no, todavia no, aún no, más tarde
kw-opt-sector-mining = mina, minas, minería, mineria, oro, carbón
kw-opt-sector-oil_gas = petróleo, petroleo, gas, oleoducto
kw-opt-sector-energy = represa, presa, hidroeléctrica, energía, energia, solar, eólico
kw-opt-sector-agribusiness = plantación, palma, agroindustria, monocultivo, azúcar
kw-opt-sector-infrastructure = carretera, carreteras, puerto, ferrocarril, autopista, puente, aeropuerto
kw-opt-sector-forestry = bosque, madera, tala, forestal
kw-opt-sector-tourism = turismo, hotel
kw-opt-sector-unknown = no sé, no se, desconocido
kw-opt-harm_timing-happened = ya pasó, ya paso, pasó, ocurrió
kw-opt-harm_timing-feared = tememos, miedo, temor
kw-opt-harm_timing-both = ambos, las dos, los dos
kw-opt-safe_here-unsure = no estoy seguro, no estoy segura, no sé, no se, quizás, tal vez
kw-summary-submit = enviar, envía, mandar
kw-summary-change = cambiar, corregir, editar
kw-summary-cancel = cancelar, parar
kw-done = listo, terminé, termine, eso es todo, ok, siguiente
kw-text-done = eso es todo, es todo, listo, terminé, termine, nada más, nada mas, fin
