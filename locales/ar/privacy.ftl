# CRE Bot — ar catalog, part 3: privacy (a withdrawn case, what is removed from files).
# Review status: drafted by the developers on 2026-12-02; needs review by a native speaker before deployment.
# Same message ids, variables and order as the English source catalog (locales/en/privacy.ftl).

status-withdrawn = مسحوبة (غادر صاحب الطلب)
ws-case-withdrawn = قام صاحب الطلب { $ref } بمسح بياناته وغادر الشبكة. أُغلقت القضية الآن على أنها مسحوبة، ولا يُحتفظ بأي شيء عنه.
privacy-file-cleaned = تُزال بيانات الموقع وتفاصيل الكاميرا من الصور ومستندات PDF قبل أن يراها أي شخص آخر.
privacy-file-may-hold-metadata = قد يحتوي هذا النوع من الملفات (مستند مكتبي أو تسجيل صوتي أو فيديو) على تفاصيل مخفية مثل اسم الكاتب أو الجهاز المستخدم. تعامل معه بحذر.
