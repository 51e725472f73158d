# CRE Bot — Indonesian (id, Bahasa Indonesia) catalog, part 3: what requesters and collaborators are told about decisions and agreements.
# Review status: machine-drafted by the developers on 2026-12-02; needs review by a native speaker before deployment.
# Same message ids, variables and order as the English source catalog (locales/en/decisions.ftl).

## A request declined or referred

decision-declined = Permintaan Anda { $ref } ditolak. Alasan: { $reason }.
    { $next }
decision-referred = Permintaan Anda { $ref } dirujuk ke organisasi lain. Alasan: { $reason }.
    { $next }
decision-facilitator-words = Fasilitator Anda menambahkan: { $text }
reason-out_of_scope = di luar dukungan yang diberikan jaringan ini
reason-not_enough_info = informasi belum cukup untuk bertindak
reason-better_elsewhere = organisasi lain dapat membantu lebih baik
reason-no_capacity = belum ada kapasitas saat ini
reason-duplicate = sama dengan permintaan lain
decision-next-out_of_scope = Jaringan ini mendukung komunitas yang dirugikan oleh proyek investasi dan pembangunan. Organisasi lain mungkin dapat membantu Anda, dan jika keadaan Anda berubah, Anda dapat mengirim permintaan baru kapan saja dengan /start.
decision-next-not_enough_info = Anda dapat mengirim permintaan baru dengan rincian lebih lengkap (apa yang terjadi, di mana, dan siapa yang terlibat) kapan saja dengan /start.
decision-next-better_elsewhere = Organisasi lain dapat membantu Anda lebih baik. Jika nanti Anda membutuhkan hal lain, Anda dapat mengirim permintaan baru dengan /start.
decision-next-no_capacity = Ini bukan penilaian atas permintaan Anda. Anda dapat mengirimkannya lagi nanti dengan /start, dan sementara itu organisasi lain mungkin dapat membantu.
decision-next-duplicate = Permintaan Anda yang lain tetap berjalan: /status menunjukkan perkembangannya.

## A saved agreement, to confirm

agreement-confirm = Kesepakatan untuk permintaan Anda { $ref } sudah siap. Silakan baca: Anda yang menentukan siapa yang terlibat. Apakah Anda setuju? (Ketuk tombol, atau kirim /agree { $ref } atau /disagree { $ref }.)
agreement-confirm-collaborator = Kesepakatan untuk { $ref } sudah siap. Silakan baca: apakah Anda setuju? (Ketuk tombol, atau kirim /agree { $ref } atau /disagree { $ref }.)
agreement-confirm-yes = Ya, saya setuju
agreement-confirm-no = Tidak, saya ingin perubahan
agreement-involved = Yang terlibat: { $names }
agreement-involved-none = Belum ada kolaborator yang mengonfirmasi.
agreement-thanks-yes = Terima kasih: persetujuan Anda untuk { $ref } sudah dicatat.
agreement-thanks-no = Terima kasih: fasilitator sudah diberi tahu bahwa Anda ingin perubahan pada kesepakatan untuk { $ref }, dan akan berbicara dengan Anda.
agreement-answer-unknown = Tidak ada kesepakatan untuk { $ref } yang menunggu jawaban Anda.
