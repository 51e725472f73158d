# CRE Bot — id catalog, part 3: privacy (a withdrawn case, what is removed from files).
# Review status: drafted by the developers on 2026-12-02; needs review by a native speaker before deployment.
# Same message ids, variables and order as the English source catalog (locales/en/privacy.ftl).

status-withdrawn = ditarik (pemohon telah pergi)
ws-case-withdrawn = Pemohon { $ref } telah menghapus datanya dan meninggalkan jaringan ini. Kasus ini kini ditutup sebagai ditarik; tidak ada data tentang mereka yang disimpan.
privacy-file-cleaned = Data lokasi dan detail kamera dihapus dari foto dan dokumen PDF sebelum orang lain melihatnya.
privacy-file-may-hold-metadata = Jenis berkas ini (dokumen perkantoran, audio atau video) mungkin masih menyimpan detail tersembunyi seperti nama penulis atau perangkat yang dipakai. Tangani dengan hati-hati.
