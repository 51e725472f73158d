# CRE Bot — Indonesian catalog (id), part 3: the words people type for a choice.
# Review status: machine-drafted by the developers on 2026-12-02; needs review by a native speaker before deployment.
# Same message ids as the English source catalog (locales/en/words.ftl).
# Words people type for a choice, comma-separated (matched ignoring case and accents).
# words-yes / words-no are understood whatever the person's language.
words-yes = ya, iya, ok, oke, baik, setuju, tentu, betul, benar
words-no = tidak, tdk, enggak, nggak, gak, bukan, jangan
kw-language-en = english, anglais, inglés, ingles, inglês, kiingereza, bahasa inggris, inggris, إنجليزي, انجليزي, الإنجليزية, الانجليزية
kw-language-fr = french, français, francais, francés, frances, francês, kifaransa, bahasa prancis, prancis, فرنسي, الفرنسية
kw-language-es = spanish, espagnol, español, espanol, castellano, espanhol, kihispania, bahasa spanyol, spanyol, إسباني, اسباني, الإسبانية
kw-language-pt = portuguese, portugais, portugués, portugues, português, kireno, bahasa portugis, portugis, برتغالي, البرتغالية
kw-language-id = indonesian, indonésien, indonesio, indonésio, bahasa indonesia, indonesia, bahasa, kiindonesia, إندونيسي, الإندونيسية
kw-language-sw = swahili, kiswahili, souahéli, swahili, suajili, suaíli, bahasa swahili, سواحيلي, السواحيلية
kw-language-ar = arabic, arabe, árabe, arab, kiarabu, bahasa arab, عربي, عربية, العربية, عربى
kw-opt-requester_type-individual = saya, saya sendiri, pribadi, perorangan
kw-opt-requester_type-community = komunitas, kelompok, masyarakat, desa, kampung
kw-opt-requester_type-organisation = organisasi, lsm, yayasan, lembaga
kw-opt-requester_type-network = jaringan, gerakan, koalisi
kw-opt-relationship-affected = terdampak, kena dampak, langsung
kw-opt-relationship-supporting = mendukung, pendamping, dukungan
kw-opt-community_consent-not_yet = belum, nanti
kw-opt-sector-mining = tambang, pertambangan, emas, batu bara, nikel
kw-opt-sector-oil_gas = minyak, gas, pipa
kw-opt-sector-energy = bendungan, waduk, plta, energi, listrik, pembangkit, surya
kw-opt-sector-agribusiness = perkebunan, sawit, kelapa sawit, agribisnis, tebu
kw-opt-sector-infrastructure = jalan, jalan tol, pelabuhan, rel, jembatan, bandara
kw-opt-sector-forestry = hutan, kayu, penebangan, kehutanan
kw-opt-sector-tourism = pariwisata, wisata, hotel, resor
kw-opt-sector-unknown = tidak tahu, tdk tahu, entah
kw-opt-harm_timing-happened = sudah terjadi, terjadi
kw-opt-harm_timing-feared = khawatir, takut
kw-opt-harm_timing-both = keduanya, dua-duanya
kw-opt-safe_here-unsure = tidak yakin, tidak tahu, mungkin, entah
kw-summary-submit = kirim, kirimkan, ajukan
kw-summary-change = ubah, ganti, koreksi
kw-summary-cancel = batal, batalkan, berhenti
kw-done = selesai, sudah, cukup, ok, lanjut
kw-text-done = sudah semua, sudah, cukup, selesai, itu saja, tidak ada lagi, habis
