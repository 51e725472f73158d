# CRE Bot — Arabic catalog (ar), part 3: the words people type for a choice.
# Review status: machine-drafted by the developers on 2026-12-02; needs review by a native speaker before deployment.
# Same message ids as the English source catalog (locales/en/words.ftl).
# Words people type for a choice, comma-separated (matched ignoring case and accents).
# words-yes / words-no are understood whatever the person's language.
words-yes = نعم, أجل, اجل, بلى, ايوه, أيوه, آه, موافق, حسنا, حسناً, طبعا, تمام, اوكي, ok
words-no = لا, كلا, لأ, مش موافق, غير موافق
kw-language-en = english, anglais, inglés, ingles, inglês, kiingereza, bahasa inggris, inggris, إنجليزي, انجليزي, الإنجليزية, الانجليزية
kw-language-fr = french, français, francais, francés, frances, francês, kifaransa, bahasa prancis, prancis, فرنسي, الفرنسية
kw-language-es = spanish, espagnol, español, espanol, castellano, espanhol, kihispania, bahasa spanyol, spanyol, إسباني, اسباني, الإسبانية
kw-language-pt = portuguese, portugais, portugués, portugues, português, kireno, bahasa portugis, portugis, برتغالي, البرتغالية
kw-language-id = indonesian, indonésien, indonesio, indonésio, bahasa indonesia, indonesia, bahasa, kiindonesia, إندونيسي, الإندونيسية
kw-language-sw = swahili, kiswahili, souahéli, swahili, suajili, suaíli, bahasa swahili, سواحيلي, السواحيلية
kw-language-ar = arabic, arabe, árabe, arab, kiarabu, bahasa arab, عربي, عربية, العربية, عربى
kw-opt-requester_type-individual = أنا, انا, بصفتي الشخصية, فرد, شخص
kw-opt-requester_type-community = مجموعة, جماعة, مجتمع, قرية, مجموعة مجتمعية
kw-opt-requester_type-organisation = منظمة, جمعية, مؤسسة
kw-opt-requester_type-network = شبكة, حركة, تحالف
kw-opt-relationship-affected = متضررون, متضررين, تضررنا, مباشرة
kw-opt-relationship-supporting = ندعم, داعمون, مساندة
kw-opt-community_consent-not_yet = ليس بعد, لم يوافقوا بعد, لاحقا
kw-opt-sector-mining = منجم, مناجم, تعدين, ذهب, فحم
kw-opt-sector-oil_gas = نفط, بترول, غاز, أنابيب
kw-opt-sector-energy = سد, سدود, كهرباء, طاقة, شمسية, رياح
kw-opt-sector-agribusiness = مزرعة, مزارع, زراعة, نخيل الزيت, سكر
kw-opt-sector-infrastructure = طريق, طرق, ميناء, سكة حديد, جسر, مطار
kw-opt-sector-forestry = غابة, غابات, خشب, قطع الأشجار
kw-opt-sector-tourism = سياحة, فندق, منتجع
kw-opt-sector-unknown = لا أعرف, لا اعرف, لا أدري
kw-opt-harm_timing-happened = حدث, حدث بالفعل, وقع
kw-opt-harm_timing-feared = نخشى, نخاف, خوف
kw-opt-harm_timing-both = كلاهما, الاثنان
kw-opt-safe_here-unsure = لست متأكدا, لست متأكدًا, لا أعرف, لا اعرف, ربما
kw-summary-submit = أرسل, ارسل, إرسال, ارسال
kw-summary-change = تغيير, غير, تعديل, عدل
kw-summary-cancel = إلغاء, الغاء, توقف
kw-done = تم, انتهيت, خلاص, كفى, التالي, ok
kw-text-done = هذا كل شيء, هذا كل شي, هذا كل ما لدي, تم, خلاص, انتهيت, لا شيء آخر, يكفي
