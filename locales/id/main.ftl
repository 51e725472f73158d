# CRE Bot — Indonesian catalog (id, Bahasa Indonesia).
# Review status: machine-drafted by the developers on 2026-11-22; needs review by a native speaker before deployment.
# Same message ids, variables and order as the English source catalog (locales/en/main.ftl).
# Indonesian has no plural forms: messages that count use a single form, without select expressions.

## Languages (always shown in their own language)

language-en = English
language-fr = Français
language-es = Español
language-pt = Português
language-id = Bahasa Indonesia
language-sw = Kiswahili
language-ar = العربية

q-language = Bahasa apa yang ingin Anda gunakan? Anda dapat menggantinya nanti dengan /language.
language-set = Baik, kami akan melanjutkan dalam Bahasa Indonesia.

## Welcome and consent

welcome = Selamat datang di Community Resource Exchange (Pertukaran Sumber Daya Komunitas). Kami membantu komunitas yang dirugikan oleh proyek investasi dan pembangunan untuk mendapatkan dukungan: riset tentang perusahaan dan bank, keadilan atau ganti rugi, pengorganisasian, kampanye, keahlian teknis, dan keamanan.
telegram-not-encrypted = Perhatian: percakapan dengan bot Telegram tidak dienkripsi secara end-to-end. Jika Anda berisiko, tanyakan kepada kami tentang cara menggunakan Signal sebagai gantinya.
telegram-signal-offer = Kami juga ada di Signal, yang terenkripsi ujung ke ujung: { $number }. Anda bisa melanjutkan di sana jika lebih suka.
signal-safety-note = Demi keamanan Anda: Anda dapat menghapus percakapan ini kapan saja. Di daftar percakapan Anda, tekan lama percakapan ini, lalu pilih Hapus; permintaan Anda tetap tersimpan pada kami. Pesan di sini juga dapat hilang dengan sendirinya: ketuk nama di bagian atas percakapan ini, lalu Pesan menghilang.
q-consent = Sebelum mulai: kami akan mengajukan beberapa pertanyaan tentang permintaan Anda. Jawaban Anda disimpan dalam bentuk terenkripsi dan hanya dibagikan kepada fasilitator regional kami, yang akan menghubungi Anda di sini. Anda dapat menghapus semuanya kapan saja dengan /forget. Apakah Anda setuju?
consent-yes = Ya, saya setuju
consent-no = Tidak
consent-thanks = Terima kasih. Anda dapat kembali dengan /back, melewati pertanyaan yang tidak wajib, dan berhenti dengan /cancel.
consent-declined = Baik, kami mengerti. Tidak ada yang disimpan. Kirim /start kapan saja Anda ingin memulai.

## Intake questions

q-requester_type = Siapa yang mengajukan permintaan ini?
label-requester_type = Pemohon
opt-requester_type-individual = Saya sendiri, secara pribadi
opt-requester_type-community = Kelompok masyarakat
opt-requester_type-organisation = Organisasi
opt-requester_type-network = Jaringan atau gerakan

q-requester_name = Nama atau nama samaran apa yang sebaiknya kami gunakan untuk Anda atau kelompok Anda? (Anda dapat melewati pertanyaan ini.)
label-requester_name = Nama
opt-requester_name-__skip = Lewati

q-relationship = Apa hubungan Anda dengan komunitas terdampak?
label-relationship = Hubungan
opt-relationship-affected = Kami terdampak langsung
opt-relationship-supporting = Kami mendukung komunitas
opt-relationship-other = Lainnya

q-community_consent = Apakah warga yang terdampak mengetahui permintaan ini dan menyetujuinya?
label-community_consent = Persetujuan komunitas
opt-community_consent-yes = Ya, mereka setuju
opt-community_consent-no = Tidak
opt-community_consent-not_yet = Belum

q-organisations = Dengan organisasi atau jaringan apa Anda bekerja, jika ada? (Anda dapat melewati pertanyaan ini.)
label-organisations = Bekerja dengan
opt-organisations-__skip = Lewati

q-country = Di negara mana komunitas terdampak berada? Ketik nama negaranya.
label-country = Negara
opt-country-__skip = Beberapa negara / tidak yakin
country-did-you-mean = Negara mana yang Anda maksud?
country-choice = { $name }

q-locality = Di wilayah, kota, atau desa mana? Bagikan hanya yang menurut Anda aman. (Anda dapat melewati pertanyaan ini.)
label-locality = Lokasi
opt-locality-__skip = Lewati

q-project = Apa nama proyek atau investasinya, dan proyek apa itu? Anda juga dapat mengirim dokumen atau foto. (Lewati jika ini bukan tentang satu proyek.)
label-project = Proyek
opt-project-__skip = Lewati

q-companies = Perusahaan apa saja yang terlibat, jika Anda tahu? (Anda dapat melewati pertanyaan ini.)
label-companies = Perusahaan
opt-companies-__skip = Lewati

q-financiers = Siapa yang mendanai proyek ini? Pilih semua yang sesuai, lalu pilih Selesai.
label-financiers = Didanai oleh
opt-financiers-development_bank = Bank pembangunan
opt-financiers-commercial_bank = Bank komersial
opt-financiers-multinational = Perusahaan multinasional
opt-financiers-government = Pemerintah
opt-financiers-other = Lainnya
opt-financiers-unknown = Saya tidak tahu

q-sector = Proyek ini termasuk jenis apa?
label-sector = Sektor
opt-sector-mining = Pertambangan
opt-sector-oil_gas = Minyak dan gas
opt-sector-energy = Energi atau bendungan
opt-sector-agribusiness = Agribisnis atau perkebunan
opt-sector-infrastructure = Jalan, pelabuhan, atau infrastruktur
opt-sector-forestry = Kehutanan
opt-sector-tourism = Pariwisata
opt-sector-other = Lainnya
opt-sector-unknown = Saya tidak tahu

q-harm_timing = Apakah dampak buruknya sudah terjadi, atau Anda khawatir akan terjadi?
label-harm_timing = Dampak buruk
opt-harm_timing-happened = Sudah terjadi
opt-harm_timing-feared = Kami khawatir akan terjadi
opt-harm_timing-both = Keduanya

q-rights = Hak apa saja yang terdampak? Pilih semua yang sesuai, lalu pilih Selesai.
label-rights = Hak yang terdampak
opt-rights-land = Tanah
opt-rights-water = Air
opt-rights-livelihoods = Mata pencaharian
opt-rights-environment = Lingkungan hidup
opt-rights-consultation = Konsultasi dan persetujuan
opt-rights-defenders = Ancaman terhadap pembela HAM
opt-rights-health = Kesehatan
opt-rights-culture = Budaya
opt-rights-other = Lainnya

q-harm = Dengan kata-kata Anda sendiri, apa yang sedang terjadi? Anda dapat menulis, atau mengirim pesan suara atau foto.
label-harm = Apa yang terjadi

q-strategies = Dukungan apa yang Anda cari? Pilih semua yang sesuai, lalu pilih Selesai.
label-strategies = Dukungan yang dicari
opt-strategies-research = Riset perusahaan dan penyandang dana
opt-strategies-remedy = Akses terhadap pemulihan
opt-strategies-organising = Pengorganisasian komunitas
opt-strategies-advocacy = Advokasi dan kampanye
opt-strategies-expertise = Keahlian ilmiah atau teknis
opt-strategies-security = Dukungan keamanan
opt-strategies-unsure = Belum yakin

q-outcome = Hasil apa yang Anda harapkan? Anda dapat menulis atau mengirim pesan suara.
label-outcome = Hasil yang diharapkan

q-help_kind = Bantuan seperti apa yang Anda butuhkan?
label-help_kind = Bantuan yang dibutuhkan
opt-help_kind-information = Informasi atau saran
opt-help_kind-collaboration = Kerja sama dengan pihak lain
opt-help_kind-funding = Kerja sama yang butuh dana
note-consent-needed-for-collaboration = Kerja sama dan pendanaan hanya bisa dilakukan jika komunitas terdampak mengetahui dan menyetujuinya. Untuk saat ini kami dapat memberikan informasi dan saran; Anda dapat mengubah jawaban tentang persetujuan komunitas di ringkasan.

q-funding_band = Kira-kira berapa dana yang dibutuhkan?
label-funding_band = Pendanaan
opt-funding_band-up_to_5k = Hingga 5.000 USD
opt-funding_band-5k_to_30k = 5.000 sampai 30.000 USD

q-referral = Siapa yang memberi tahu Anda tentang kami? Anda juga dapat memberikan kode mitra. (Anda dapat melewati pertanyaan ini.)
label-referral = Dirujuk oleh
opt-referral-__skip = Lewati

q-safe_here = Apakah aman bagi kami untuk menghubungi Anda di sini?
label-safe_here = Aman dihubungi di sini
opt-safe_here-yes = Ya
opt-safe_here-no = Tidak
opt-safe_here-unsure = Tidak yakin

q-best_times = Kapan waktu terbaik untuk menghubungi Anda? (Anda dapat melewati pertanyaan ini.)
label-best_times = Waktu terbaik
opt-best_times-__skip = Lewati

q-danger_now = Apakah ada orang yang dalam bahaya saat ini?
label-danger_now = Bahaya saat ini
opt-danger_now-no = Tidak
opt-danger_now-yes = Ya

## Multi-select and shared words

done = Selesai
no = Tidak
multi-howto = Anda juga dapat mengetik beberapa nomor sekaligus, misalnya: 1 3
error-generic = Maaf, terjadi kesalahan di pihak kami. Jawaban Anda sebelumnya tetap aman. Silakan coba lagi, atau kirim /help.
slow-down = Anda mengirim banyak pesan dengan cepat. Kami menyimpan semuanya dan akan segera menjawab.
resend-please = Maaf, kami tidak dapat membaca pesan terakhir Anda. Silakan kirim lagi.

## Summary and changes

summary = Ini permintaan Anda. Mohon periksa kembali.
summary-line = { $label }: { $value }
summary-files = Berkas terlampir: { $count }
summary-level = Dukungan yang diusulkan: { $level ->
        [1] informasi dan saran (tingkat 1)
        [2] kerja sama (tingkat 2)
       *[other] kerja sama dengan pendanaan yang cukup besar (tingkat 3)
    }. Seorang fasilitator akan memastikannya bersama Anda.
summary-skipped = (dilewati)
summary-file-photo = (foto)
summary-file-document = (dokumen)
summary-file-voice = (pesan suara)
summary-file-audio = (audio)
summary-file-video = (video)
summary-submit = Kirim permintaan saya
summary-change = Ubah jawaban
summary-cancel = Batal
q-edit = Jawaban mana yang ingin Anda ubah?
edit-back-to-summary = Kembali ke ringkasan

submitted = Permintaan Anda sudah terkirim. Nomor referensi Anda: { $ref }. Seorang fasilitator regional akan membacanya dan membalas di sini, biasanya dalam { $days } hari.
submitted-urgent = Anda memberi tahu kami bahwa ini mendesak atau menyangkut keamanan: permintaan ini sudah ditandai mendesak. Jika ada orang yang dalam bahaya saat ini, mohon hubungi juga orang-orang yang Anda percayai di sekitar Anda.
submitted-unsafe = Anda mengatakan percakapan ini mungkin tidak aman. Kami akan mengirim pesan yang singkat saja. Saat fasilitator menulis kepada Anda, Anda dapat memberi tahu cara yang lebih aman untuk menghubungi Anda.
submitted-commands = Kirim /status untuk melihat permintaan Anda, atau /forget untuk menghapus semua data tentang Anda.

## Commands

help = Jawablah dengan mengetik nomor pilihan, atau tekan pilihan itu jika Anda melihat tombol.
    /start — memulai permintaan
    /back — pertanyaan sebelumnya
    /skip — melewati pertanyaan yang tidak wajib
    /language — mengganti bahasa
    /status — melihat permintaan Anda
    /case — memilih permohonan yang dimaksud pesan Anda
    /cancel — menghentikan permintaan saat ini
    /forget — menghapus semua data tentang Anda
    /help — pesan ini
unknown-command = Saya tidak mengenal perintah { $command }. Kirim /help untuk melihat perintah yang saya pahami.
already-in-progress = Anda sudah memiliki permintaan yang sedang berjalan. Mari kita lanjutkan.
nothing-to-cancel = Tidak ada permintaan yang sedang berjalan.
nothing-to-go-back = Tidak ada langkah sebelumnya di sini.
back-at-start = Ini pertanyaan pertama.
cannot-skip = Pertanyaan ini tidak dapat dilewati.
kept-going = Baik, tidak ada yang diubah.
cancelled = Permintaan Anda telah dihentikan dan jawabannya dihapus. Kirim /start untuk memulai lagi.
confirm-cancel = Hentikan permintaan ini dan hapus jawabannya?
confirm-cancel-yes = Ya, hentikan
confirm-forget = Hapus semua data tentang Anda: jawaban, permintaan, dan kontak Anda? Tindakan ini tidak dapat dibatalkan.
confirm-forget-yes = Ya, hapus semua
forgotten = Semua data tentang Anda telah dihapus. Anda juga dapat menghapus percakapan ini di ponsel Anda. Kirim /start jika suatu saat Anda ingin menulis lagi.

status-none = Anda belum memiliki permintaan. Kirim /start untuk membuat permintaan.
status-intro = Permintaan Anda ({ $count }):
status-line = { $ref } — { $status } (dikirim pada { $date })
status-waiting = Percakapan lain menunggu Anda ({ $count }): kirim /switch untuk melanjutkan yang berikutnya.
switch-nothing = Tidak ada percakapan lain yang menunggu.
status-received = diterima
status-triage = sedang ditinjau
status-due_diligence = sedang diperiksa
status-matching = mencari mitra kerja sama
status-agreement = menyepakati rencana
status-implementation = sedang berjalan
status-evaluation = sedang dievaluasi
status-closed = ditutup
status-declined = ditolak
status-referred = dirujuk ke pihak lain

menu = Anda memiliki { $count } permintaan yang tercatat pada kami. Apa yang ingin Anda lakukan?
menu-new = Buat permintaan baru
menu-status = Lihat permintaan saya

## Command menu (shown by the messenger next to the message box)

cmd-start = Mulai permintaan
cmd-help = Cara menggunakan bot ini
cmd-language = Ganti bahasa
cmd-status = Lihat permintaan Anda
cmd-cancel = Hentikan permintaan saat ini
cmd-forget = Hapus semua data tentang Anda
cmd-back = Kembali ke pertanyaan sebelumnya
cmd-skip = Lewati pertanyaan yang tidak wajib

## Help with answers

hint-empty = Saya menerima pesan kosong.
hint-choice = Silakan pilih salah satu: ketik nomornya, dari 1 sampai { $count }, atau tekan pilihan itu jika Anda melihat tombol.
hint-stale-choice = Tombol itu untuk pertanyaan sebelumnya. Ini pertanyaan yang sekarang.
hint-multi-empty = Silakan pilih setidaknya satu pilihan, lalu pilih Selesai.
hint-too-long = Pesan Anda terlalu panjang: { $length } karakter, sedangkan batasnya { $limit }. Silakan persingkat, bagi menjadi beberapa pesan, atau kirim pesan suara.
hint-country = Saya tidak mengenali negara itu. Silakan ketik namanya, misalnya "Kenya" atau "Peru".
input-help = Jika Anda bingung: ketik nomor pilihan (atau tekan pilihan itu jika Anda melihat tombol). Kirim /back untuk kembali, /help untuk bantuan, atau /cancel untuk berhenti.

## Files

file-sticker = Stiker tidak dapat digunakan sebagai jawaban.
file-type-refused = Maaf, saya tidak dapat menerima jenis berkas ini. Anda dapat mengirim foto, dokumen (PDF, Word, atau teks), pesan suara, audio, atau video pendek.
file-too-big = Berkas ini terlalu besar. Batasnya { $limit_mb } MB.
file-unavailable = Saya tidak dapat mengunduh berkas ini. Silakan coba kirim lagi.
file-before-consent = Silakan jawab pertanyaannya terlebih dahulu. Tidak ada yang disimpan sebelum Anda setuju.
file-too-many = Anda sudah mengirim { $limit } berkas, dan itu batas untuk satu permintaan.
file-quota = Anda telah mencapai batas berkas untuk satu hari ({ $files } berkas atau { $limit_mb } MB), jadi berkas ini tidak disimpan. Semua yang Anda kirim sebelumnya tetap aman. Silakan kirim lagi besok, atau jelaskan isinya dengan kata-kata.
file-saved-answer = Berkas diterima dan dilampirkan ke permintaan Anda.
file-saved-evidence = Berkas diterima dan dilampirkan ke permintaan Anda sebagai bukti.

# --- coming back, long answers, several choices, which request (issue 11) ---
welcome-back = Selamat datang kembali. Di sinilah kita berhenti; jawaban Anda sebelumnya tetap tersimpan.
text-more = Sudah dicatat. Jika masih ada lanjutannya, kirim sekarang dan akan saya tambahkan ke jawaban ini. Jika sudah selesai, pilih "Sudah semua".
text-done = Sudah semua
hint-answer-full = Jawaban ini sudah mencapai batas { $limit } karakter. Pilih "Sudah semua" untuk lanjut; Anda juga bisa mengirim pesan suara atau dokumen.
multi-selected = Yang sudah dipilih: { $selection }. Pilih lagi, pilih satu sekali lagi untuk membatalkannya, atau pilih Selesai.
multi-selected-none = Belum ada yang dipilih. Pilih satu atau beberapa pilihan, lalu Selesai.
relay-sent-case = Diteruskan ke fasilitator untuk { $ref }. Pesan Anda berikutnya juga akan dikirim ke { $ref }.
relay-switch = Tentang permohonan lain
relay-case-chosen = Baik: pesan Anda berikutnya akan dikirim ke fasilitator untuk { $ref }. Kirim /case untuk menggantinya.
case-only-one = Anda hanya punya satu permohonan yang terbuka, jadi pesan Anda dikirim ke sana.
case-none-open = Saat ini Anda tidak punya permohonan yang terbuka. Kirim /start untuk memulai.
case-not-now = Mari selesaikan ini dulu; sesudahnya, /case memilih permohonan mana yang dimaksud pesan Anda.
cmd-case = Memilih permohonan yang dimaksud pesan Anda
