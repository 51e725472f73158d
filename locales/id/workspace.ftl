# CRE Bot — Indonesian catalog (id, Bahasa Indonesia), part 2: the facilitator workspace, the relay and collaborators.
# Review status: machine-drafted by the developers on 2026-11-22; needs review by a native speaker before deployment.
# Same message ids, variables and order as the English source catalog (locales/en/workspace.ftl).
# Indonesian has no plural forms: messages that count use a single form, without select expressions.

## Facilitators

ws-not-facilitator = Maaf, hanya fasilitator kami yang dapat melakukan itu.
ws-no-case = Saya tidak menemukan permintaan dengan nomor referensi { $ref }.
ws-which-case = { $command } untuk permintaan yang mana? Pilih salah satu di bawah, atau kirim { $command } diikuti nomor referensinya (mis. { $command } K7M4-Q2XP).
ws-which-case-none = { $command } memerlukan permintaan, dan tidak ada permintaan terbuka di wilayah Anda. Kirim { $command } diikuti nomor referensi, atau /cases untuk memeriksa.
ws-refused = Permintaan { $ref } milik wilayah lain: Anda tidak dapat menanganinya.
ws-cases-none = Tidak ada permintaan terbuka di wilayah Anda.
ws-cases-intro = Permintaan terbuka ({ $count }):
ws-cases-line = { $urgent }{ $ref } · { $country } · tingkat { $level } · { $status } · { $owner }
ws-act-open-ref = Buka { $ref }
ws-owner-nobody = belum diambil
ws-owner-you = milik Anda
ws-urgent-mark = ⚠ MENDESAK ·{" "}
ws-case-header = { $urgent }Permintaan { $ref } · { $country } · tingkat { $level } · { $status } · { $owner }
ws-case-erased = Pemohon telah menghapus datanya: hanya informasi anonim yang tersisa.
ws-case-referral-code = Kode mitra: { $code }
ws-act-claim = Ambil
ws-act-release = Lepaskan
ws-act-reply = Tulis ke pemohon
ws-act-note = Tambah catatan pribadi
ws-act-move = Ubah status
ws-act-level = Atur tingkat
ws-act-assign = Serahkan ke rekan
ws-act-match = Sarankan mitra kerja sama
ws-act-agreement = Catat kesepakatan
ws-act-reroute = Kirim ke wilayah lain
ws-act-urgent = Tandai mendesak
ws-act-open = Buka
ws-act-save = Simpan
ws-act-drop = Buang
ws-already-yours = Anda sudah mengambil permintaan { $ref }.
ws-claimed-by-other = Permintaan { $ref } sudah diambil oleh { $name }.
ws-claimed = Anda telah mengambil permintaan { $ref }. Pemohon sudah diberi tahu bahwa permintaannya sedang ditangani.
ws-released = Anda melepaskan permintaan { $ref }; permintaan ini kembali belum diambil.
ws-not-yours = Permintaan { $ref } bukan permintaan yang Anda ambil.
ws-name = { $name }
ws-pick-colleague = Siapa yang harus menangani permintaan { $ref }?
ws-assigned-to-you = Permintaan { $ref } diserahkan kepada Anda.
ws-assigned = Permintaan { $ref } sekarang diserahkan kepada { $name }.
ws-pick-region = Wilayah mana yang harus menangani permintaan { $ref }?
ws-rerouted = Permintaan { $ref } telah dikirim ke { $region } dan belum diambil; para fasilitatornya sudah diberi tahu.
ws-case-final = Permintaan { $ref } sudah { $status }: permintaan ini tidak dapat diubah lagi. Hanya koordinator yang dapat membukanya kembali (/reopen { $ref }).
ws-act-reopen = Buka kembali
ws-reopened = Permintaan { $ref } dibuka kembali dan kembali ke tahap pemilahan.
ws-reopen-coordinator-only = Hanya koordinator yang dapat membuka kembali permintaan { $ref }.
ws-reopen-not-final = Permintaan { $ref } masih terbuka: tidak ada yang perlu dibuka kembali.
ws-file-needs-reply = Berkas ini tidak disimpan. Untuk mengirim berkas kepada pemohon, pilih dulu Balas pada permintaannya (/reply REF), lalu kirim berkasnya.
ws-level-1 = Tingkat 1: informasi
ws-level-2 = Tingkat 2: kerja sama
ws-level-3 = Tingkat 3: pendanaan besar
ws-pick-level = Permintaan { $ref } ada di tingkat { $level }. Pilih tingkat:
ws-level-set = Permintaan { $ref } sekarang di tingkat { $level }.
ws-pick-status = Permintaan { $ref } berstatus "{ $status }". Pindahkan ke:
ws-status-set = Permintaan { $ref } sekarang berstatus "{ $status }". Pemohon sudah diberi tahu.
ws-urgent-set = Permintaan { $ref } sudah ditandai mendesak.
ws-ask-note = Kirim catatan Anda untuk permintaan { $ref }. Hanya fasilitator yang dapat melihatnya.
ws-note-saved = Catatan disimpan pada permintaan { $ref }.
ws-requester-gone = Pemohon { $ref } telah menghapus datanya; ia tidak dapat dihubungi.
ws-ask-reply = Kirim pesan Anda untuk pemohon { $ref }. Pesan akan diteruskan tanpa nama atau akun Anda.
ws-reply-sent = Terkirim ke pemohon { $ref }.
ws-matches-none = Belum ada mitra kerja sama yang tersedia dan cocok untuk permintaan { $ref }.
ws-matches-intro = Mitra kerja sama yang disarankan untuk permintaan { $ref } (yang terdekat lebih dulu):
ws-match-line = { $name } · { $tier } · { $strategies }
ws-tier-local = negara yang sama
ws-tier-regional = wilayah yang sama
ws-tier-international = internasional
ws-invite-name = Undang { $name }
ws-invite-sent = { $name } telah diundang untuk permintaan { $ref }. Anda akan diberi tahu saat mereka menjawab.
ws-invite-accepted = { $name } bersedia bekerja sama untuk permintaan { $ref }.
ws-invite-declined = { $name } menolak bekerja sama untuk permintaan { $ref }.
ws-agreement-ask-activities = Kesepakatan untuk permintaan { $ref }. 1/7: Kegiatan apa saja yang akan dilakukan?
ws-agreement-ask-timeline = 2/7: Bagaimana jadwalnya?
ws-agreement-ask-roles = 3/7: Apa peran setiap mitra kerja sama?
ws-agreement-ask-budget = 4/7: Berapa anggarannya? (Tulis "tidak ada" jika tidak ada.)
ws-agreement-ask-band = 5/7: Kisaran pendanaan mana yang berlaku?
ws-agreement-ask-results = 6/7: Bagaimana hasil dan pengetahuan akan digunakan sesudahnya?
ws-agreement-ask-disputes = 7/7: Bagaimana perbedaan pendapat akan diselesaikan?
ws-agreement-dropped = Draf kesepakatan untuk permintaan { $ref } telah dibuang.
ws-agreement-stale = Tombol itu milik draf kesepakatan yang sudah tidak terbuka untuk permintaan { $ref }. Kirim /agreement { $ref } untuk memulai lagi.
ws-new-case = { $urgent }Permintaan baru { $ref } · { $country } · tingkat { $level } · { $language } · { $region }
    Dukungan yang dicari: { $strategies }
ws-relay-from-requester = Pesan dari pemohon { $ref }:
    { $text }
ws-relay-file = Pemohon { $ref } mengirim berkas. { $text }
ws-escalation = Permintaan { $ref } ({ $region }) belum diambil setelah { $hours } jam.
ws-requester-unreachable = Pesan untuk pemohon { $ref } tidak dapat terkirim: mungkin mereka memblokir bot atau keluar dari aplikasi. Coba lagi nanti atau gunakan cara lain yang sudah disepakati.

## Agreement

agreement-label-activities = Kegiatan
agreement-label-timeline = Jadwal
agreement-label-roles = Peran
agreement-label-budget = Anggaran
agreement-label-band = Pendanaan
agreement-label-results = Penggunaan hasil
agreement-label-disputes = Penyelesaian perbedaan pendapat
agreement-band-none = Tidak perlu pendanaan
agreement-band-up_to_5k = Hingga 5.000 USD (tingkat 2)
agreement-band-5k_to_30k = 5.000 sampai 30.000 USD (tingkat 3)
## Requesters, once a request is sent

case-claimed = Seorang fasilitator sekarang sedang menangani permintaan Anda { $ref }. Ia akan menulis kepada Anda di sini.
status-changed = Permintaan Anda { $ref } sekarang: { $status }.
relay-to-requester = Pesan dari fasilitator Anda tentang { $ref }:
    { $text }
relay-file-to-requester = Fasilitator Anda mengirimkan sebuah berkas tentang { $ref }. { $text }
relay-sent = Diteruskan ke fasilitator untuk { $ref }.
relay-pick-case = Pesan Anda tentang permintaan yang mana?
relay-case = { $ref }
still-looking = Permintaan Anda { $ref } tidak terlupakan: kami masih mencari orang yang tepat. Terima kasih atas kesabaran Anda.

## Collaborators

collab-invite = Seorang fasilitator Community Resource Exchange (Pertukaran Sumber Daya Komunitas) mengundang Anda untuk mendukung permintaan sebuah komunitas ({ $ref }, { $country }): { $strategies }. Apakah Anda bersedia bekerja sama?
collab-accept = Ya, saya bersedia
collab-decline = Tidak, kali ini tidak
collab-thanks-accept = Terima kasih! Fasilitator akan menghubungi Anda tentang { $ref }.
collab-thanks-decline = Terima kasih atas jawaban Anda. Fasilitator sudah diberi tahu.
collab-already-answered = Anda sudah menjawab undangan ini untuk { $ref }.
collab-help = Anda terdaftar sebagai mitra kerja sama Community Resource Exchange. Tidak ada undangan yang menunggu jawaban Anda; seorang fasilitator akan menulis kepada Anda di sini jika ada komunitas yang membutuhkan dukungan Anda.
collab-help-pending = Sebuah undangan untuk { $ref } menunggu jawaban Anda: tekan sebuah tombol, atau ketik 1 untuk menerima atau 2 untuk menolak.

## Console simulator

console-persona-requester = Anda sekarang adalah anggota komunitas "{ $name }".
console-persona-facilitator = Anda sekarang adalah fasilitator untuk { $region } ("{ $name }"). Kirim /cases untuk melihat permintaan.
console-persona-coordinator = Anda sekarang adalah koordinator. Kirim /cases untuk melihat semua permintaan terbuka.
console-persona-unknown = Persona tidak dikenal. Gunakan: /as requester [nama] · /as facilitator REGION · /as coordinator. Wilayah: { $regions }.

## Facilitators: decisions, history, agreement edits and confirmations (issue 11)

ws-help =
    Perintah fasilitator:
    /cases — permintaan terbuka di wilayah Anda
    /open REF — rincian dan riwayat
    /claim REF — mengambil alih
    /release REF — mengembalikan ke antrean
    /assign REF — menyerahkan ke rekan
    /level REF — menetapkan tingkat (1, 2 atau 3)
    /move REF — mengubah status
    /note REF — catatan pribadi untuk fasilitator
    /reply REF — menulis kepada pemohon
    /match REF — mencari mitra kerja sama
    /agreement REF — menulis atau mengubah kesepakatan
    /urgent REF — tandai mendesak (sekali lagi untuk membatalkan)
    /reroute REF — kirim ke wilayah lain
    /cancel — hentikan apa yang sedang Anda tulis (tidak ada yang disimpan)
    Anda juga dapat mengetik nomor pilihan, atau mengetuknya jika ada tombol.
ws-act-not-urgent = Ternyata tidak mendesak
ws-act-edit = Ubah satu bagian
ws-urgent-unset = Permintaan { $ref } tidak lagi ditandai mendesak.
ws-cancelled = Dibatalkan: tidak ada yang disimpan atau dikirim untuk { $ref }.
ws-nothing-to-cancel = Tidak ada yang perlu dibatalkan.
ws-pick-reason = Mengapa permintaan { $ref } "{ $status }"? Pilih alasan yang akan disampaikan kepada pemohon:
ws-ask-decision-words = Alasan: { $reason }. Ada yang ingin ditambahkan untuk pemohon, misalnya organisasi mana yang dapat membantu dan cara menghubunginya? Kirimkan, atau /skip untuk hanya mengirim alasannya.
ws-decision-set = Permintaan { $ref } sekarang "{ $status }" ({ $reason }). Pemohon sudah diberi tahu alasannya dan apa yang dapat mereka lakukan selanjutnya.
ws-invited-line = Sudah diundang: { $name } · { $answer }
ws-invitation-invited = belum menjawab
ws-invitation-accepted = menerima
ws-invitation-declined = menolak
ws-already-invited = { $name } sudah diundang ke permintaan { $ref }.
ws-invite-offline = Undangan untuk { $name } pada permintaan { $ref } sudah dicatat. Mereka tidak memakai aplikasi pesan: hubungi langsung di { $contact }.
ws-invite-offline-no-contact = Undangan untuk { $name } pada permintaan { $ref } sudah dicatat. Mereka tidak memakai aplikasi pesan dan tidak ada kontak yang tercatat: tanyakan kepada koordinator.
ws-case-where = Bahasa: { $language } · Wilayah: { $region }
ws-case-agreement = Kesepakatan dicatat oleh { $name } pada { $date }:
ws-case-agreement-yes = ✓ { $name } setuju
ws-case-agreement-no = ✗ { $name } meminta perubahan
ws-case-invitation = Undangan: { $name } · { $answer } · { $date }
ws-case-note = Catatan dari { $name }, { $date }: { $text }
ws-case-history-older = { $count } pesan yang lebih lama tidak ditampilkan.
ws-case-from-requester = { $date } · dari pemohon: { $text }
ws-case-to-requester = { $date } · kepada pemohon: { $text }
ws-party-requester = Pemohon
ws-agreement-pick-field = Bagian mana dari kesepakatan untuk { $ref } yang ingin Anda ubah?
ws-agreement-review = Kesepakatan untuk { $ref }. Simpan dan kirim ke pemohon dan para kolaborator untuk dikonfirmasi, atau ubah satu bagian dulu?
ws-agreement-saved = Kesepakatan untuk { $ref } sudah disimpan dan dikirim kepada pemohon dan { $count } kolaborator untuk dikonfirmasi. Anda akan diberi tahu setiap jawaban.
ws-agreement-saved-level = Kesepakatan untuk { $ref } sudah disimpan dan dikirim kepada pemohon dan { $count } kolaborator untuk dikonfirmasi. Rentang pendanaannya menempatkan permintaan ini di level { $level }.
ws-agreement-answer-yes = { $name } menyetujui kesepakatan untuk { $ref }.
ws-agreement-answer-no = { $name } meminta perubahan pada kesepakatan untuk { $ref }. Bicarakan dulu, lalu ubah dengan /agreement { $ref }.
ws-agreement-all-agreed = Semua pihak menyetujui kesepakatan untuk { $ref } ({ $name } yang terakhir). Anda dapat memindahkannya ke pelaksanaan.
ws-agreement-saved-ask-level = Kesepakatan untuk { $ref } sudah disimpan dan dikirim kepada pemohon dan para kolaborator untuk dikonfirmasi. Rentang pendanaannya sesuai dengan level { $level }, lebih rendah dari level permintaan ini: ubah levelnya?
