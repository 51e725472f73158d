# CRE Bot — Arabic catalog (ar, Modern Standard Arabic, right-to-left).
# Review status: machine-drafted by the developers on 2026-11-22; needs review by a native speaker before deployment.
# Same message ids, variables and order as the English source catalog (locales/en/main.ftl).

## Languages (always shown in their own language)

language-en = English
language-fr = Français
language-es = Español
language-pt = Português
language-id = Bahasa Indonesia
language-sw = Kiswahili
language-ar = العربية

q-language = ما اللغة التي تريد استخدامها؟ يمكنك تغييرها لاحقًا باستخدام /language.
language-set = حسنًا، سنتابع باللغة العربية.

## Welcome and consent

welcome = أهلًا بك في منصة تبادل الموارد المجتمعية (Community Resource Exchange). نساعد المجتمعات المتضررة من مشاريع الاستثمار والتنمية على إيجاد الدعم: البحث في الشركات والبنوك، والعدالة أو التعويض، والتنظيم المجتمعي، والحملات، والخبرة التقنية، والأمن.
telegram-not-encrypted = يُرجى الانتباه: المحادثات مع روبوتات تيليجرام ليست مشفّرة تشفيرًا تامًّا بين الطرفين. إذا كانت سلامتك معرّضة للخطر، فيمكنك سؤالنا عن استخدام تطبيق Signal بدلًا منه.
telegram-signal-offer = نحن موجودون أيضًا على Signal، وهو مشفّر من طرف إلى طرف: { $number }. يمكنك المتابعة هناك إن فضّلت.
signal-safety-note = من أجل سلامتك: يمكنك حذف هذه المحادثة في أي وقت. في قائمة محادثاتك، اضغط عليها مطوّلًا، ثم اختر «حذف»؛ يبقى طلبك محفوظًا لدينا. ويمكن أيضًا أن تختفي الرسائل هنا من تلقاء نفسها: اضغط على الاسم في أعلى هذه المحادثة، ثم «الرسائل المختفية».
q-consent = قبل أن نبدأ: سنطرح عليك بعض الأسئلة عن طلبك. تُحفظ إجاباتك مشفّرةً، ولا تُشارَك إلا مع الميسّرين الإقليميين في المنصة، وهم من سيتواصلون معك هنا. يمكنك حذف كل شيء في أي وقت باستخدام /forget. هل توافق؟
consent-yes = نعم، أوافق
consent-no = لا
consent-thanks = شكرًا لك. يمكنك الرجوع إلى السؤال السابق باستخدام /back، وتخطّي الأسئلة الاختيارية، والتوقف باستخدام /cancel.
consent-declined = مفهوم. لم يُحفظ أي شيء. يمكنك إرسال /start متى أردت البدء.

## Intake questions

q-requester_type = من يقدّم هذا الطلب؟
label-requester_type = مقدّم الطلب
opt-requester_type-individual = أنا، بصفتي الشخصية
opt-requester_type-community = مجموعة مجتمعية
opt-requester_type-organisation = منظمة
opt-requester_type-network = شبكة أو حركة

q-requester_name = ما الاسم أو الاسم المستعار الذي نستخدمه لك أو لمجموعتك؟ (يمكنك تخطّي هذا السؤال.)
label-requester_name = الاسم
opt-requester_name-__skip = تخطّي

q-relationship = ما علاقتك بالمجتمع المتضرر؟
label-relationship = العلاقة
opt-relationship-affected = نحن متضررون مباشرةً
opt-relationship-supporting = نحن ندعم المجتمع
opt-relationship-other = غير ذلك

q-community_consent = هل يعلم الأشخاص المتضررون بهذا الطلب، وهل يوافقون عليه؟
label-community_consent = موافقة المجتمع
opt-community_consent-yes = نعم، يوافقون
opt-community_consent-no = لا
opt-community_consent-not_yet = ليس بعد

q-organisations = ما المنظمات أو الشبكات التي تعمل معها، إن وُجدت؟ (يمكنك تخطّي هذا السؤال.)
label-organisations = المنظمات الشريكة
opt-organisations-__skip = تخطّي

q-country = في أي بلد يقع المجتمع المتضرر؟ يُرجى كتابة اسم البلد.
label-country = البلد
opt-country-__skip = عدة بلدان / لا أعرف
country-did-you-mean = ما البلد المقصود؟
country-choice = { $name }

q-locality = ما المنطقة أو المدينة أو القرية؟ لا تذكر إلا ما تشعر أنه آمن. (يمكنك تخطّي هذا السؤال.)
label-locality = المكان
opt-locality-__skip = تخطّي

q-project = ما اسم المشروع أو الاستثمار، وما طبيعته؟ يمكنك أيضًا إرسال مستند أو صورة. (تخطَّ هذا السؤال إذا كان الطلب لا يتعلق بمشروع واحد.)
label-project = المشروع
opt-project-__skip = تخطّي

q-companies = ما الشركات المعنية، إن كنت تعرفها؟ (يمكنك تخطّي هذا السؤال.)
label-companies = الشركات
opt-companies-__skip = تخطّي

q-financiers = من يموّل المشروع؟ اختر كل ما ينطبق، ثم اختر «تم».
label-financiers = جهة التمويل
opt-financiers-development_bank = بنك تنمية
opt-financiers-commercial_bank = بنك تجاري
opt-financiers-multinational = شركة متعددة الجنسيات
opt-financiers-government = حكومة
opt-financiers-other = غير ذلك
opt-financiers-unknown = لا أعرف

q-sector = ما نوع المشروع؟
label-sector = القطاع
opt-sector-mining = التعدين
opt-sector-oil_gas = النفط والغاز
opt-sector-energy = الطاقة أو السدود
opt-sector-agribusiness = الزراعة التجارية أو المزارع الكبرى
opt-sector-infrastructure = الطرق أو الموانئ أو البنية التحتية
opt-sector-forestry = الغابات
opt-sector-tourism = السياحة
opt-sector-other = غير ذلك
opt-sector-unknown = لا أعرف

q-harm_timing = هل وقع الضرر بالفعل، أم تخشى أن يقع؟
label-harm_timing = الضرر
opt-harm_timing-happened = وقع بالفعل
opt-harm_timing-feared = نخشى أن يقع
opt-harm_timing-both = الأمران معًا

q-rights = ما الحقوق المتضررة؟ اختر كل ما ينطبق، ثم اختر «تم».
label-rights = الحقوق المتضررة
opt-rights-land = الأرض
opt-rights-water = المياه
opt-rights-livelihoods = سبل العيش
opt-rights-environment = البيئة
opt-rights-consultation = التشاور والموافقة
opt-rights-defenders = تهديد المدافعين عن الحقوق
opt-rights-health = الصحة
opt-rights-culture = الثقافة
opt-rights-other = غير ذلك

q-harm = بكلماتك أنت، ماذا يحدث؟ يمكنك الكتابة، أو إرسال رسالة صوتية أو صورة.
label-harm = ما يحدث

q-strategies = ما نوع الدعم الذي تبحث عنه؟ اختر كل ما ينطبق، ثم اختر «تم».
label-strategies = الدعم المطلوب
opt-strategies-research = البحث عن الشركات والممولين
opt-strategies-remedy = الوصول إلى سبل الانتصاف
opt-strategies-organising = التنظيم المجتمعي
opt-strategies-advocacy = المناصرة والحملات
opt-strategies-expertise = خبرة علمية أو تقنية
opt-strategies-security = دعم في الأمن والحماية
opt-strategies-unsure = لست متأكدًا

q-outcome = ما النتيجة التي تأملها؟ يمكنك الكتابة أو إرسال رسالة صوتية.
label-outcome = النتيجة المرجوّة

q-help_kind = ما نوع المساعدة التي تحتاجها؟
label-help_kind = المساعدة المطلوبة
opt-help_kind-information = معلومات أو مشورة
opt-help_kind-collaboration = تعاون مع آخرين
opt-help_kind-funding = تعاون يحتاج إلى تمويل
note-consent-needed-for-collaboration = يتطلب التعاون والتمويل أن يكون المجتمع المتضرر على علم بالطلب وموافقًا عليه. يمكننا الآن تقديم المعلومات والمشورة، ويمكنك تغيير إجابتك عن موافقة المجتمع في الملخص.

q-funding_band = ما مقدار التمويل المطلوب تقريبًا؟
label-funding_band = التمويل
opt-funding_band-up_to_5k = حتى 5000 دولار أمريكي
opt-funding_band-5k_to_30k = من 5000 إلى 30000 دولار أمريكي

q-referral = من أخبرك عنا؟ يمكنك أيضًا إدخال رمز الشريك. (يمكنك تخطّي هذا السؤال.)
label-referral = جهة الإحالة
opt-referral-__skip = تخطّي

q-safe_here = هل من الآمن أن نتواصل معك هنا؟
label-safe_here = التواصل هنا آمن
opt-safe_here-yes = نعم
opt-safe_here-no = لا
opt-safe_here-unsure = لست متأكدًا

q-best_times = ما أفضل وقت للتواصل معك؟ (يمكنك تخطّي هذا السؤال.)
label-best_times = أفضل الأوقات
opt-best_times-__skip = تخطّي

q-danger_now = هل يوجد أحد في خطر الآن؟
label-danger_now = خطر حالي
opt-danger_now-no = لا
opt-danger_now-yes = نعم

## Multi-select and shared words

done = تم
no = لا
multi-howto = يمكنك أيضًا كتابة عدة أرقام معًا، مثلًا: 1 3
error-generic = عذرًا، حدث خطأ من جهتنا. إجاباتك السابقة محفوظة بأمان. يُرجى المحاولة مرة أخرى، أو إرسال /help.
slow-down = أنت ترسل رسائل كثيرة بسرعة. نحتفظ بها جميعًا وسنرد عليك بعد لحظات.
resend-please = عذرًا، لم نتمكن من قراءة رسالتك الأخيرة. يُرجى إرسالها مرة أخرى.

## Summary and changes

summary = هذا هو طلبك. يُرجى مراجعته.
summary-line = { $label }: { $value }
summary-files = الملفات المرفقة: { $count }
summary-level = الدعم المقترح: { $level ->
        [1] معلومات ومشورة (المستوى 1)
        [2] تعاون (المستوى 2)
       *[other] تعاون بتمويل كبير (المستوى 3)
    }. سيؤكّد ذلك معك أحد الميسّرين.
summary-skipped = (تم التخطّي)
summary-file-photo = (صورة)
summary-file-document = (مستند)
summary-file-voice = (رسالة صوتية)
summary-file-audio = (ملف صوتي)
summary-file-video = (فيديو)
summary-submit = إرسال طلبي
summary-change = تغيير إجابة
summary-cancel = إلغاء
q-edit = أي إجابة تريد تغييرها؟
edit-back-to-summary = العودة إلى الملخص

submitted = تم إرسال طلبك. الرقم المرجعي لطلبك هو { $ref }. سيقرؤه أحد الميسّرين الإقليميين ويرد عليك هنا، عادةً خلال { $days ->
        [zero] اليوم نفسه
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }.
submitted-urgent = أخبرتنا أن الأمر عاجل أو يتعلق بالأمن، لذلك وُضعت على طلبك علامة «عاجل». إذا كان أحد في خطر مباشر، فيُرجى أيضًا التواصل مع أشخاص تثق بهم بالقرب منك.
submitted-unsafe = ذكرت أن هذه المحادثة قد لا تكون آمنة. سنجعل رسائلنا قصيرة. عندما يكتب إليك أحد الميسّرين، يمكنك أن تخبره بطريقة أكثر أمانًا للتواصل معك.
submitted-commands = أرسل /status لرؤية طلباتك، أو /forget لحذف كل ما يتعلق بك.

## Commands

help = أجب بكتابة رقم الخيار، أو اضغط عليه إذا ظهرت لك أزرار.
    /start — بدء طلب
    /back — السؤال السابق
    /skip — تخطّي سؤال اختياري
    /language — تغيير اللغة
    /status — عرض طلباتك
    /case — اختيار الطلب الذي تتعلق به رسائلك
    /cancel — إيقاف الطلب الحالي
    /forget — حذف كل ما يتعلق بك
    /help — هذه الرسالة
unknown-command = لا أعرف الأمر { $command }. أرسل /help لمعرفة ما أفهمه.
already-in-progress = لديك طلب قيد الإعداد بالفعل. لنكمل.
nothing-to-cancel = لا يوجد طلب قيد الإعداد.
nothing-to-go-back = لا توجد خطوة سابقة للرجوع إليها هنا.
back-at-start = هذا هو السؤال الأول.
cannot-skip = لا يمكن تخطّي هذا السؤال.
kept-going = حسنًا، لم يتغير شيء.
cancelled = تم إيقاف طلبك وحذف إجاباته. أرسل /start للبدء من جديد.
confirm-cancel = هل نوقف هذا الطلب ونحذف إجاباته؟
confirm-cancel-yes = نعم، أوقفه
confirm-forget = هل نحذف كل ما يتعلق بك: إجاباتك وطلباتك وبيانات الاتصال بك؟ لا يمكن التراجع عن ذلك.
confirm-forget-yes = نعم، احذف كل شيء
forgotten = تم حذف كل ما يتعلق بك. يمكنك أيضًا حذف هذه المحادثة من هاتفك. أرسل /start إذا أردت الكتابة إلينا مرة أخرى.

status-none = ليس لديك أي طلبات بعد. أرسل /start لتقديم طلب.
status-intro = { $count ->
        [zero] ليس لديك أي طلب:
        [one] لديك طلب واحد:
        [two] لديك طلبان:
        [few] لديك { $count } طلبات:
        [many] لديك { $count } طلبًا:
       *[other] لديك { $count } طلب:
    }
status-line = { $ref } — { $status } (أُرسل في { $date })
status-waiting = { $count ->
        [zero] لا توجد محادثة أخرى بانتظارك.
        [one] هناك محادثة أخرى بانتظارك: أرسل /switch لمتابعتها.
        [two] هناك محادثتان أخريان بانتظارك: أرسل /switch لمتابعة التالية.
        [few] هناك { $count } محادثات أخرى بانتظارك: أرسل /switch لمتابعة التالية.
        [many] هناك { $count } محادثة أخرى بانتظارك: أرسل /switch لمتابعة التالية.
       *[other] هناك { $count } محادثة أخرى بانتظارك: أرسل /switch لمتابعة التالية.
    }
switch-nothing = لا توجد محادثة أخرى بانتظارك.
status-received = تم الاستلام
status-triage = قيد المراجعة
status-due_diligence = قيد التحقق
status-matching = جارٍ البحث عن شركاء
status-agreement = جارٍ الاتفاق على خطة
status-implementation = قيد التنفيذ
status-evaluation = قيد التقييم
status-closed = مغلق
status-declined = مرفوض
status-referred = أُحيل إلى جهة أخرى

menu = { $count ->
        [zero] ليس لديك أي طلب مسجّل لدينا.
        [one] لديك طلب واحد مسجّل لدينا.
        [two] لديك طلبان مسجّلان لدينا.
        [few] لديك { $count } طلبات مسجّلة لدينا.
        [many] لديك { $count } طلبًا مسجّلًا لدينا.
       *[other] لديك { $count } طلب مسجّل لدينا.
    } ماذا تريد أن تفعل؟
menu-new = تقديم طلب جديد
menu-status = عرض طلباتي

## Command menu (shown by the messenger next to the message box)

cmd-start = بدء طلب
cmd-help = طريقة استخدام هذا الروبوت
cmd-language = تغيير اللغة
cmd-status = عرض طلباتك
cmd-cancel = إيقاف الطلب الحالي
cmd-forget = حذف كل ما يتعلق بك
cmd-back = الرجوع إلى السؤال السابق
cmd-skip = تخطّي سؤال اختياري

## Help with answers

hint-empty = وصلتني رسالة فارغة.
hint-choice = يُرجى اختيار أحد الخيارات: اكتب رقمه، من 1 إلى { $count }، أو اضغط عليه إذا ظهرت لك أزرار.
hint-stale-choice = هذا الزر يخص سؤالًا سابقًا. إليك السؤال الحالي.
hint-multi-empty = يُرجى اختيار خيار واحد على الأقل، ثم اختر «تم».
hint-too-long = رسالتك طويلة جدًا: عدد أحرفها { $length }، والحد الأقصى { $limit }. يُرجى اختصارها أو تقسيمها، أو إرسال رسالة صوتية.
hint-country = لم أتعرف على هذا البلد. يُرجى كتابة اسمه، مثلًا «كينيا» أو «بيرو».
input-help = إذا واجهت صعوبة: اكتب رقم الخيار (أو اضغط عليه إذا ظهرت لك أزرار). أرسل /back للرجوع، أو /help للمساعدة، أو /cancel للتوقف.

## Files

file-sticker = لا يمكن استخدام الملصقات كإجابة.
file-type-refused = عذرًا، لا يمكنني قبول هذا النوع من الملفات. يمكنك إرسال الصور، والمستندات (PDF أو Word أو النصوص)، والرسائل الصوتية، والملفات الصوتية، ومقاطع الفيديو القصيرة.
file-too-big = هذا الملف كبير جدًا. الحد الأقصى هو { $limit_mb } ميغابايت.
file-unavailable = لم أتمكن من تنزيل هذا الملف. يُرجى محاولة إرساله مرة أخرى.
file-before-consent = يُرجى الإجابة عن السؤال أولًا. لن يُحفظ أي شيء قبل موافقتك.
file-too-many = لقد أرسلت بالفعل الحد الأقصى من الملفات للطلب الواحد، وهو { $limit }.
file-quota = لقد بلغت الحد الأقصى للملفات في اليوم الواحد (عدد الملفات: { $files }، أو الحجم: { $limit_mb } ميغابايت)، لذلك لم يُحفظ هذا الملف. كل ما أرسلته من قبل محفوظ بأمان. يُرجى إرساله مرة أخرى غدًا، أو وصفه بالكلمات.
file-saved-answer = تم استلام الملف وإرفاقه بطلبك.
file-saved-evidence = تم استلام الملف وإرفاقه بطلبك كدليل.

# --- coming back, long answers, several choices, which request (issue 11) ---
welcome-back = أهلًا بعودتك. هنا توقفنا؛ إجاباتك السابقة محفوظة.
text-more = وصلني. إن كان هناك المزيد فأرسله الآن وسأضيفه إلى هذه الإجابة. وعندما تنتهي اختر «هذا كل شيء».
text-done = هذا كل شيء
hint-answer-full = بلغت هذه الإجابة حدّها وهو { $limit } حرفًا. اختر «هذا كل شيء» للمتابعة؛ ويمكنك أيضًا إرسال رسالة صوتية أو مستند.
multi-selected = ما اخترته حتى الآن: { $selection }. اختر المزيد، أو اختر أحدها مرة أخرى لإزالته، أو اختر «تم».
multi-selected-none = لم تختر شيئًا بعد. اختر خيارًا واحدًا أو أكثر، ثم «تم».
relay-sent-case = نُقلت رسالتك إلى الميسّر المسؤول عن الطلب { $ref }. وستذهب رسائلك التالية أيضًا إلى { $ref }.
relay-switch = بخصوص طلب آخر
relay-case-chosen = حسنًا: ستذهب رسائلك التالية إلى الميسّر المسؤول عن الطلب { $ref }. أرسل /case للتغيير.
case-only-one = لديك طلب مفتوح واحد فقط، لذلك تذهب رسائلك إليه.
case-none-open = ليس لديك أي طلب مفتوح الآن. أرسل /start لبدء طلب.
case-not-now = لننهِ هذا أولًا؛ بعد ذلك يتيح لك /case اختيار الطلب الذي تتعلق به رسائلك.
cmd-case = اختيار الطلب الذي تتعلق به رسائلك
