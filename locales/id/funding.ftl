# CRE Bot — katalog Bahasa Indonesia, bagian 3: pendanaan (panggilan proposal, permohonan, kelompok kerja hibah).
# Review status: machine-drafted by the developers on 2026-12-02; needs review by a native speaker before deployment.
# Same message ids, variables and order as the English source catalog (locales/en/funding.ftl).

## Fasilitator: menyiapkan permohonan

ws-act-apply = Siapkan permohonan pendanaan
ws-act-apsend = Kirim permohonan
ws-act-funds = Kirim daftar ini ke pemohon
fund-level-not-funded = Permintaan { $ref } berada di tingkat { $level }: hanya kolaborasi tingkat 2 dan 3 yang dapat mengajukan pendanaan. Tetapkan dulu tingkatnya dengan /level.
fund-no-call = Saat ini tidak ada panggilan proposal yang terbuka untuk wilayah { $ref }, dan belum ada daftar dana lain. Koordinator dapat menambahkannya dengan cre-admin resources.
fund-no-call-resources = Saat ini tidak ada panggilan proposal yang terbuka untuk wilayah { $ref } (tidak ada hibah darurat di antara panggilan). Dana lain yang mungkin membantu:
fund-resource-line = • { $text }
fund-ask-amount = Permohonan untuk { $ref } (tingkat { $level }), 1/5: berapa jumlah yang diminta, dalam dolar AS? Ketik angka, misalnya 4500.
fund-ask-purpose = 2/5: uang ini akan digunakan untuk apa?
fund-ask-applicant = 3/5: siapa pemohonnya?
fund-ask-capacity = 4/5: bagaimana ini akan memperkuat kapasitas komunitas atau kelompok? (Ketik - jika tidak.)
fund-ask-security = 5/5: apakah ini dukungan keamanan bagi pembela hak asasi manusia?
fund-applicant-individual = Perorangan
fund-applicant-group = Kelompok atau kolektif
fund-applicant-organisation = Organisasi
fund-security-yes = Ya, dukungan keamanan bagi pembela
fund-security-no = Tidak
fund-label-amount = Jumlah (USD)
fund-label-purpose = Untuk membiayai
fund-label-applicant = Pemohon
fund-label-capacity = Memperkuat kapasitas
fund-label-security = Dukungan keamanan bagi pembela
fund-label-strategies = Dukungan yang dicari
fund-review = Permohonan untuk { $ref } (tingkat { $level }). Kirim ke panggilan yang terbuka?
fund-amount-invalid = Itu bukan jumlah yang bisa saya gunakan: ketik angka positif dalam dolar AS, misalnya 4500 atau 4,500.50. Tidak ada yang disimpan.
fund-amount-over-level2 = Tingkat 2 dapat meminta hingga 5.000 USD. Untuk lebih, pemohon dapat meminta melanjutkan ke tingkat 3 setelah kesepakatan. Tidak ada yang disimpan.
fund-amount-under-level3 = Tingkat 3 untuk permohonan di atas 5.000 USD (hingga 30.000 USD). Tidak ada yang disimpan.
fund-amount-over-level3 = Tingkat 3 dapat meminta hingga 30.000 USD. Tidak ada yang disimpan.
fund-draft-stale = Tombol itu milik permohonan yang tidak lagi sedang disiapkan untuk { $ref }. Ketik /apply { $ref } untuk memulai lagi.
fund-call-gone = Panggilan untuk permohonan ini sudah ditutup. Tidak ada yang dikirim untuk { $ref }.
fund-sent = Permohonan untuk { $ref } telah dikirim ke panggilan { $call }. Kelompok kerja hibah akan meninjaunya setelah panggilan ditutup pada { $closes }.
fund-dropped = Permohonan untuk { $ref } dibatalkan; tidak ada yang dikirim.
fund-continue-not-level2 = Hanya kolaborasi tingkat 2 yang dapat dilanjutkan ke tingkat 3; { $ref } tidak berada di tingkat 2.
ws-fund-continue-recorded = Tercatat: pemohon { $ref } meminta melanjutkan ke tingkat 3. Anda sekarang dapat menyiapkan permohonan tingkat 3.
ws-fund-continue-requested = Pemohon { $ref } meminta melanjutkan kolaborasi ke tingkat 3 (5.000 hingga 30.000 USD).
fund-no-resources = Belum ada daftar dana lain untuk wilayah ini; tidak ada yang dikirim untuk { $ref }.
fund-resources-sent = Daftar dana lain telah dikirim ke pemohon { $ref }.
ws-fund-call-open = Panggilan proposal { $kind } dibuka (panggilan { $call }): { $amount } USD tersedia hingga { $closes }. Kriteria: { $criteria }
    Gunakan /apply REF untuk permintaan tingkat 2 atau 3.
fund-call-kind-open = terbuka
fund-call-kind-targeted = terarah
ws-fund-no-group = Panggilan { $call } ditutup tetapi wilayah { $region } tidak memiliki anggota kelompok kerja hibah: daftarkan mereka dengan cre-admin grants add.
ws-fund-undecided = Kelompok kerja hibah tidak dapat memutuskan permohonan { $number } (permintaan { $ref }). Putuskan dengan cre-admin calls decide.
ws-fund-decision = Keputusan pendanaan untuk { $ref }: { $reason }.

## Pemohon

fund-sent-requester = Fasilitator Anda telah mengirim permohonan pendanaan sebesar { $amount } USD untuk permintaan Anda { $ref }. Anda akan diberi tahu keputusannya.
fund-continue-offer = Jika kolaborasi untuk { $ref } membutuhkan lebih banyak dana daripada yang dimilikinya (5.000 hingga 30.000 USD), Anda dapat meminta untuk melanjutkannya ke tingkat 3. Tekan tombolnya, atau kirim /level3 { $ref }.
fund-continue-yes = Minta melanjutkan ke tingkat 3
fund-continue-asked = Permintaan Anda untuk melanjutkan { $ref } ke tingkat 3 telah diteruskan ke fasilitator Anda.
fund-continue-refused = Maaf, saya tidak dapat memintanya sekarang: hanya pemohon kolaborasi tingkat 2 yang dapat meminta untuk melanjutkannya ke tingkat 3 (tombolnya, atau /level3 dan nomor rujukannya).
fund-resources-requester = Tentang permintaan Anda { $ref }: saat ini tidak ada panggilan proposal yang terbuka. Dana lain ini mungkin dapat membantu:
fund-call-for-you = Panggilan proposal dibuka hingga { $closes }: permintaan Anda { $ref } dapat mengajukan. Fasilitator Anda dapat menyiapkan permohonannya bersama Anda.
fund-decision-approved = Kabar baik: permohonan pendanaan untuk permintaan Anda { $ref } disetujui: { $amount } USD.
fund-decision-declined = Permohonan pendanaan untuk permintaan Anda { $ref } tidak disetujui. Alasan: { $reason }. Langkah berikutnya: { $next }.
fund-decision-pending = Keputusan atas permohonan pendanaan untuk permintaan Anda { $ref } memerlukan sedikit waktu lagi. Anda akan diberi tahu.
fund-next-later-call = Anda dapat mengajukan lagi pada panggilan berikutnya, dan jaringan ini dapat merujuk Anda ke penyandang dana lain
fund-referred = Tentang permintaan Anda { $ref }: jaringan ini merujuk Anda ke penyandang dana lain yang mungkin dapat membantu: { $text }
fund-reason-approved = disetujui oleh kelompok kerja hibah
fund-reason-declined_by_group = kelompok kerja hibah tidak menyetujuinya
fund-reason-no_funds = dana panggilan habis sebelum permohonan ini
fund-reason-undecided = keputusan ada pada koordinator

## Anggota kelompok kerja hibah

fund-not-member = Maaf, hanya anggota kelompok kerja hibah wilayah ini yang dapat melakukan itu.
fund-member-help = Tidak ada yang menunggu tinjauan Anda. Anda akan menerima setiap permohonan di sini saat panggilan ditutup.
fund-review-start = Panggilan { $call } telah ditutup. Mohon tinjau setiap permohonan paling lambat { $until }. Jawaban Anda hanya untuk kelompok; komentar bersifat opsional.
fund-review-item = Permohonan { $number } ({ $position } dari { $total }) · panggilan { $call } · tingkat { $level } · { $amount } USD · { $country }
fund-vote-approve = Setujui
fund-vote-decline = Tolak
fund-vote-abstain = Abstain
fund-vote-conflict = Saya punya konflik kepentingan
fund-ask-score = Permohonan { $number }: prioritas apa yang Anda berikan, dari 1 (rendah) sampai 5 (tinggi)?
fund-score-1 = 1
fund-score-2 = 2
fund-score-3 = 3
fund-score-4 = 4
fund-score-5 = 5
fund-ask-comment = Permohonan { $number }: ada komentar untuk kelompok? Ketik, atau ketuk "Tanpa komentar" (atau kirim 1).
fund-no-comment = Tanpa komentar
fund-vote-saved = Tersimpan untuk permohonan { $number }: { $answer }, prioritas { $score }, { $comment }.
fund-saved-comment = dengan komentar Anda
fund-saved-no-comment = tanpa komentar
fund-conflict-noted = Dicatat: Anda memiliki konflik kepentingan pada permohonan { $number }, jadi Anda tidak memberi suara atasnya.
fund-already-voted = Anda sudah menjawab permohonan { $number }.
fund-review-closed = Tinjauan permohonan { $number } sudah ditutup: jawaban tidak lagi diterima. Tidak ada yang diubah.
fund-review-done = Anda telah menjawab semua permohonan yang menunggu Anda. Terima kasih.
fund-stale = Tombol itu bukan untuk pertanyaan saat ini.
fund-choice-invalid = Jawab dengan salah satu pilihan: 1 setujui, 2 tolak, 3 abstain, 4 konflik kepentingan.
fund-score-invalid = Berikan prioritas dari 1 sampai 5.
fund-reminder = Pengingat: tinjauan panggilan { $call } berakhir pada { $until }.
fund-ranking = Semua jawaban untuk panggilan { $call } sudah masuk. Usulan peringkat, permohonan yang disetujui lebih dulu (kelompok dan kolektif lebih dulu kecuali dukungan keamanan bagi pembela, lalu penguatan kapasitas, lalu nilai Anda):
fund-ranking-line = { $position }. Permohonan { $number } · tingkat { $level } · { $amount } USD · { $applicant } · nilai { $score } · { $outcome }
fund-ranking-comment =     – komentar: { $text }
fund-ranking-budget = Anggaran: { $available } USD tersedia; permohonan yang disetujui memakai { $granted } USD; sisa { $left } USD.
fund-outcome-approved = disetujui
fund-outcome-declined = ditolak
fund-outcome-undecided = tanpa keputusan (diteruskan ke koordinator)
fund-outcome-no_funds = disetujui, tetapi dananya habis sebelum sampai ke permohonan ini
fund-confirm = Konfirmasi peringkat ini
fund-confirm-noted = Konfirmasi Anda atas peringkat panggilan { $call } telah dicatat; menunggu anggota lain.
fund-decided = Peringkat panggilan { $call } telah dikonfirmasi dan keputusan telah dikirim.
fund-ranking-closed = Peringkat panggilan { $call } sudah diputuskan.
fund-ranking-not-yet = Peringkat panggilan { $call } belum siap: beberapa anggota belum menjawab.
fund-confirm-reminder = Pengingat: peringkat yang diusulkan untuk panggilan { $call } masih memerlukan konfirmasi Anda. Jika kelompok tidak mengonfirmasinya tepat waktu, keputusan diserahkan kepada koordinator.
fund-confirm-expired = Peringkat yang diusulkan untuk panggilan { $call } tidak dikonfirmasi tepat waktu; keputusan kini diserahkan kepada koordinator.
