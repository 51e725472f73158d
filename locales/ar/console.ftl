# CRE Bot — Arabic catalog (ar, العربية), part 3: the console simulator's own lines (bot/console.py).
# Review status: machine-drafted by the developers on 2026-12-02; needs review by a native speaker before deployment.
# Same message ids, variables and order as the English source catalog (locales/en/console.ftl).

console-greeting = وحدة تحكم CRE Bot: أنت تتحدث مع البوت بصفتك أحد أفراد المجتمع.
    اكتب رسالة (جرّب: مرحبا) ثم اضغط Enter؛ أجب عن الخيارات المرقّمة بكتابة رقم الخيار.
    /as facilitator africa أو /as coordinator يغيّر من يكتب، و /as requester للعودة.
    اضغط Ctrl-D للخروج.
console-goodbye = إلى اللقاء. كل ما أرسلته محفوظ: شغّل البوت مرة أخرى لتكمل من حيث توقفت.
