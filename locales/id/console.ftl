# CRE Bot — Indonesian catalog (id, Bahasa Indonesia), part 3: the console simulator's own lines (bot/console.py).
# Review status: machine-drafted by the developers on 2026-12-02; needs review by a native speaker before deployment.
# Same message ids, variables and order as the English source catalog (locales/en/console.ftl).

console-greeting = Konsol CRE Bot: Anda sedang mengobrol dengan bot sebagai anggota komunitas.
    Ketik pesan (coba: halo) lalu tekan Enter; jawab pilihan bernomor dengan nomornya.
    /as facilitator africa atau /as coordinator mengganti siapa yang mengetik, /as requester untuk kembali.
    Tekan Ctrl-D untuk keluar.
console-goodbye = Sampai jumpa. Semua yang Anda kirim sudah tersimpan: jalankan bot lagi untuk melanjutkan dari tempat terakhir.
