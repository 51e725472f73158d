# CRE Bot — Arabic catalog (ar, Modern Standard Arabic, right-to-left), part 2: the facilitator workspace, the relay and collaborators.
# Review status: machine-drafted by the developers on 2026-11-22; needs review by a native speaker before deployment.
# Same message ids, variables and order as the English source catalog (locales/en/workspace.ftl).

## Facilitators

ws-not-facilitator = عذرًا، لا يمكن القيام بذلك إلا لميسّري المنصة.
ws-no-case = لم أجد طلبًا بالرقم المرجعي { $ref }.
ws-which-case = لأيّ طلب تريد { $command }؟ اختر واحدًا أدناه، أو أرسل { $command } متبوعًا برقمه المرجعي (مثلًا { $command } K7M4-Q2XP).
ws-which-case-none = يحتاج { $command } إلى طلب، ولا توجد طلبات مفتوحة في منطقتك. أرسل { $command } متبوعًا برقم مرجعي، أو /cases للتحقق.
ws-refused = الطلب { $ref } يتبع منطقة أخرى: لا يمكنك التصرف فيه.
ws-cases-none = لا توجد طلبات مفتوحة في منطقتك.
ws-cases-intro = { $count ->
        [zero] لا توجد طلبات مفتوحة:
        [one] طلب مفتوح واحد:
        [two] طلبان مفتوحان:
        [few] { $count } طلبات مفتوحة:
        [many] { $count } طلبًا مفتوحًا:
       *[other] { $count } طلب مفتوح:
    }
ws-cases-line = { $urgent }{ $ref } · { $country } · المستوى { $level } · { $status } · { $owner }
ws-act-open-ref = فتح { $ref }
ws-owner-nobody = لم يتولّه أحد
ws-owner-you = تتولّاه أنت
ws-urgent-mark = ⚠ عاجل ·{" "}
ws-case-header = { $urgent }الطلب { $ref } · { $country } · المستوى { $level } · { $status } · { $owner }
ws-case-erased = حذف مقدّم الطلب بياناته: لم يبقَ سوى معلومات مجهولة الهوية.
ws-case-referral-code = رمز الشريك: { $code }
ws-act-claim = تولّي الطلب
ws-act-release = التخلّي عن الطلب
ws-act-reply = الكتابة إلى مقدّم الطلب
ws-act-note = إضافة ملاحظة خاصة
ws-act-move = تغيير الحالة
ws-act-level = تحديد المستوى
ws-act-assign = إسناده إلى زميل
ws-act-match = اقتراح متعاونين
ws-act-agreement = تسجيل الاتفاق
ws-act-reroute = إرساله إلى منطقة أخرى
ws-act-urgent = وضع علامة «عاجل»
ws-act-open = فتح
ws-act-save = حفظ
ws-act-drop = إلغاء
ws-already-yours = لقد تولّيت الطلب { $ref } بالفعل.
ws-claimed-by-other = تولّى { $name } الطلب { $ref } بالفعل.
ws-claimed = تولّيت الطلب { $ref }. وأُبلغ مقدّم الطلب بأن طلبه قيد المتابعة.
ws-released = تخلّيت عن الطلب { $ref }؛ لم يعد أحد يتولّاه.
ws-not-yours = أنت لا تتولّى الطلب { $ref }.
ws-name = { $name }
ws-pick-colleague = من يتولّى الطلب { $ref }؟
ws-assigned-to-you = أُسند إليك الطلب { $ref }.
ws-assigned = أصبح الطلب { $ref } مسندًا إلى { $name }.
ws-pick-region = أي منطقة تتولّى الطلب { $ref }؟
ws-rerouted = أُرسل الطلب { $ref } إلى { $region } دون أن يتولّاه أحد، وأُبلغ الميسّرون هناك.
ws-case-final = حالة الطلب { $ref }: { $status }، ولم يعد من الممكن تعديله. وحده المنسّق يستطيع إعادة فتحه (/reopen { $ref }).
ws-act-reopen = إعادة الفتح
ws-reopened = أُعيد فتح الطلب { $ref } ورجع إلى مرحلة الفرز.
ws-reopen-coordinator-only = وحده المنسّق يستطيع إعادة فتح الطلب { $ref }.
ws-reopen-not-final = الطلب { $ref } ما زال مفتوحًا: لا شيء يحتاج إلى إعادة فتح.
ws-file-needs-reply = لم يُحفظ هذا الملف. لإرسال ملف إلى مقدّم طلب، اختر أولًا «الرد» على طلبه (/reply REF)، ثم أرسل الملف.
ws-level-1 = المستوى 1: معلومات
ws-level-2 = المستوى 2: تعاون
ws-level-3 = المستوى 3: تمويل كبير
ws-pick-level = الطلب { $ref } في المستوى { $level }. ما المستوى المطلوب؟
ws-level-set = أصبح الطلب { $ref } في المستوى { $level }.
ws-pick-status = حالة الطلب { $ref }: «{ $status }». انقله إلى:
ws-status-set = أصبحت حالة الطلب { $ref } «{ $status }». وأُبلغ مقدّم الطلب بذلك.
ws-urgent-set = وُضعت على الطلب { $ref } علامة «عاجل».
ws-ask-note = أرسل ملاحظتك عن الطلب { $ref }. لن يراها إلا الميسّرون.
ws-note-saved = حُفظت الملاحظة في الطلب { $ref }.
ws-requester-gone = حذف مقدّم الطلب { $ref } بياناته؛ لم يعد التواصل معه ممكنًا.
ws-ask-reply = أرسل رسالتك إلى مقدّم الطلب { $ref }. ستُنقل إليه دون اسمك أو حسابك.
ws-reply-sent = أُرسلت إلى مقدّم الطلب { $ref }.
ws-matches-none = لا يوجد حتى الآن متعاون متاح يناسب الطلب { $ref }.
ws-matches-intro = المتعاونون المقترحون للطلب { $ref } (الأقرب أولًا):
ws-match-line = { $name } · { $tier } · { $strategies }
ws-tier-local = البلد نفسه
ws-tier-regional = المنطقة نفسها
ws-tier-international = دولي
ws-invite-name = دعوة { $name }
ws-invite-sent = أُرسلت الدعوة إلى { $name } للطلب { $ref }. سنخبرك عندما يصل الرد.
ws-invite-accepted = قبل { $name } التعاون في الطلب { $ref }.
ws-invite-declined = اعتذر { $name } عن التعاون في الطلب { $ref }.
ws-agreement-ask-activities = الاتفاق الخاص بالطلب { $ref }. 1/7: ما الأنشطة التي ستُنفَّذ؟
ws-agreement-ask-timeline = 2/7: ما الجدول الزمني؟
ws-agreement-ask-roles = 3/7: ما دور كل متعاون؟
ws-agreement-ask-budget = 4/7: ما الميزانية؟ (اكتب «لا يوجد» إن لم تكن هناك ميزانية.)
ws-agreement-ask-band = 5/7: ما شريحة التمويل المنطبقة؟
ws-agreement-ask-results = 6/7: كيف ستُستخدم النتائج والمعارف بعد ذلك؟
ws-agreement-ask-disputes = 7/7: كيف ستُحلّ الخلافات؟
ws-agreement-dropped = أُلغيت مسودة الاتفاق الخاص بالطلب { $ref }.
ws-agreement-stale = هذا الزر يخص مسودة اتفاق لم تعد مفتوحة للطلب { $ref }. أرسل /agreement { $ref } للبدء من جديد.
ws-new-case = { $urgent }طلب جديد { $ref } · { $country } · المستوى { $level } · { $language } · { $region }
    الدعم المطلوب: { $strategies }
ws-relay-from-requester = رسالة من مقدّم الطلب { $ref }:
    { $text }
ws-relay-file = أرسل مقدّم الطلب { $ref } ملفًا. { $text }
ws-escalation = لم يتولَّ أحدٌ الطلب { $ref } ({ $region }) بعد مرور { $hours ->
        [zero] { $hours } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
        [many] { $hours } ساعة
       *[other] { $hours } ساعة
    }.
ws-requester-unreachable = تعذّر إيصال رسالة إلى مقدّم الطلب { $ref }: ربما حظر الروبوت أو غادر التطبيق. حاول لاحقًا أو استخدم وسيلة أخرى متفقًا عليها.

## Agreement

agreement-label-activities = الأنشطة
agreement-label-timeline = الجدول الزمني
agreement-label-roles = الأدوار
agreement-label-budget = الميزانية
agreement-label-band = التمويل
agreement-label-results = استخدام النتائج
agreement-label-disputes = حل الخلافات
agreement-band-none = لا حاجة إلى تمويل
agreement-band-up_to_5k = حتى 5000 دولار أمريكي (المستوى 2)
agreement-band-5k_to_30k = من 5000 إلى 30000 دولار أمريكي (المستوى 3)
## Requesters, once a request is sent

case-claimed = يتابع أحد الميسّرين طلبك { $ref } الآن، وسيكتب إليك هنا.
status-changed = حالة طلبك { $ref } الآن: { $status }.
relay-to-requester = رسالة من الميسّر المسؤول عن طلبك { $ref }:
    { $text }
relay-file-to-requester = أرسل إليك الميسّر المسؤول عن طلبك { $ref } ملفًا. { $text }
relay-sent = نُقلت رسالتك إلى الميسّر المسؤول عن الطلب { $ref }.
relay-pick-case = بأي طلب تتعلق رسالتك؟
relay-case = { $ref }
still-looking = لم ننسَ طلبك { $ref }: ما زلنا نبحث عن الشخص المناسب. شكرًا لصبرك.

## Collaborators

collab-invite = يدعوك أحد ميسّري منصة تبادل الموارد المجتمعية (Community Resource Exchange) إلى دعم طلب مقدَّم من أحد المجتمعات ({ $ref }، { $country }): { $strategies }. هل تودّ التعاون؟
collab-accept = نعم، أقبل
collab-decline = لا، ليس هذه المرة
collab-thanks-accept = شكرًا لك! سيتواصل معك الميسّر بشأن الطلب { $ref }.
collab-thanks-decline = شكرًا على ردّك. أُبلغ الميسّر بذلك.
collab-already-answered = لقد رددت بالفعل على هذه الدعوة الخاصة بالطلب { $ref }.
collab-help = أنت مسجَّل متعاونًا في منصة تبادل الموارد المجتمعية. لا توجد دعوة تنتظر ردّك؛ سيكتب إليك أحد الميسّرين هنا عندما يحتاج مجتمعٌ ما إلى دعمك.
collab-help-pending = دعوة خاصة بالطلب { $ref } تنتظر ردّك: اضغط على أحد الأزرار، أو اكتب 1 للقبول أو 2 للرفض.

## Console simulator

console-persona-requester = أنت الآن عضو المجتمع «{ $name }».
console-persona-facilitator = أنت الآن ميسّر لمنطقة { $region } («{ $name }»). أرسل /cases لرؤية الطلبات.
console-persona-coordinator = أنت الآن المنسّق. أرسل /cases لرؤية جميع الطلبات المفتوحة.
console-persona-unknown = شخصية غير معروفة. استخدم: /as requester [الاسم] · /as facilitator REGION · /as coordinator. المناطق: { $regions }.

## Facilitators: decisions, history, agreement edits and confirmations (issue 11)

ws-help =
    أوامر الميسّرين:
    /cases — الطلبات المفتوحة في منطقتك
    /open REF — التفاصيل والسجلّ
    /claim REF — تولّي الطلب
    /release REF — إعادته إلى قائمة الانتظار
    /assign REF — تسليمه إلى زميل
    /level REF — تحديد مستواه (1 أو 2 أو 3)
    /move REF — تغيير حالته
    /note REF — ملاحظة خاصة بالميسّرين
    /reply REF — الكتابة إلى صاحب الطلب
    /match REF — البحث عن متعاونين
    /agreement REF — كتابة الاتفاق أو تعديله
    /urgent REF — وضع علامة «عاجل» (مرة أخرى للتراجع)
    /reroute REF — إرساله إلى منطقة أخرى
    /cancel — إيقاف ما تكتبه (لا يُحفظ شيء)
    يمكنك أيضًا كتابة رقم الخيار، أو الضغط عليه إذا ظهرت لك أزرار.
ws-act-not-urgent = ليس عاجلًا
ws-act-edit = تعديل جزء
ws-urgent-unset = أُزيلت علامة «عاجل» عن الطلب { $ref }.
ws-cancelled = أُلغي: لم يُحفظ ولم يُرسل أي شيء بخصوص الطلب { $ref }.
ws-nothing-to-cancel = لا يوجد ما يُلغى.
ws-pick-reason = لماذا حالة الطلب { $ref } «{ $status }»؟ اختر السبب الذي سيُبلَّغ به مقدّم الطلب:
ws-ask-decision-words = السبب: { $reason }. هل تريد أن تضيف شيئًا لمقدّم الطلب، مثل الجهة التي يمكنها المساعدة وكيفية التواصل معها؟ أرسله، أو أرسل /skip لإرسال السبب وحده.
ws-decision-set = أصبحت حالة الطلب { $ref } «{ $status }» ({ $reason }). وأُبلغ مقدّم الطلب بالسبب وبما يمكنه فعله بعد ذلك.
ws-invited-line = تمت دعوته من قبل: { $name } · { $answer }
ws-invitation-invited = لم يردّ بعد
ws-invitation-accepted = قَبِل
ws-invitation-declined = اعتذر
ws-already-invited = سبقت دعوة { $name } إلى الطلب { $ref }.
ws-invite-offline = سُجّلت دعوة { $name } إلى الطلب { $ref }. هذا الطرف لا يستخدم تطبيق مراسلة: تواصل معه مباشرةً عبر { $contact }.
ws-invite-offline-no-contact = سُجّلت دعوة { $name } إلى الطلب { $ref }. هذا الطرف لا يستخدم تطبيق مراسلة ولا توجد وسيلة اتصال مسجّلة: اسأل المنسّق.
ws-case-where = اللغة: { $language } · المنطقة: { $region }
ws-case-agreement = اتفاق سجّله { $name } في { $date }:
ws-case-agreement-yes = ✓ وافق { $name }
ws-case-agreement-no = ✗ يطلب { $name } تعديلات
ws-case-invitation = دعوة: { $name } · { $answer } · { $date }
ws-case-note = ملاحظة من { $name }، { $date }: { $text }
ws-case-history-older = { $count ->
        [one] لا تُعرض رسالة واحدة أقدم.
       *[other] لا تُعرض { $count } رسائل أقدم.
    }
ws-case-from-requester = { $date } · من مقدّم الطلب: { $text }
ws-case-to-requester = { $date } · إلى مقدّم الطلب: { $text }
ws-party-requester = مقدّم الطلب
ws-agreement-pick-field = أي جزء من الاتفاق الخاص بالطلب { $ref } تريد تغييره؟
ws-agreement-review = الاتفاق الخاص بالطلب { $ref }. هل تريد حفظه وإرساله إلى مقدّم الطلب والمتعاونين لتأكيده، أم تعديل جزء منه أولًا؟
ws-agreement-saved = حُفظ الاتفاق الخاص بالطلب { $ref } وأُرسل إلى مقدّم الطلب وإلى عدد من المتعاونين ({ $count }) لتأكيده. ستُبلَّغ بكل ردّ.
ws-agreement-saved-level = حُفظ الاتفاق الخاص بالطلب { $ref } وأُرسل إلى مقدّم الطلب وإلى عدد من المتعاونين ({ $count }) لتأكيده. فئة التمويل تضع الطلب في المستوى { $level }.
ws-agreement-answer-yes = وافق { $name } على الاتفاق الخاص بالطلب { $ref }.
ws-agreement-answer-no = يطلب { $name } تعديلات على الاتفاق الخاص بالطلب { $ref }. ناقشوا الأمر، ثم عدّله عبر /agreement { $ref }.
ws-agreement-all-agreed = وافق الجميع على الاتفاق الخاص بالطلب { $ref } (وآخرهم { $name }). يمكنك نقله إلى مرحلة التنفيذ.
ws-agreement-saved-ask-level = حُفظ الاتفاق الخاص بالطلب { $ref } وأُرسل إلى مقدّم الطلب والمتعاونين لتأكيده. فئة التمويل تناسب المستوى { $level }، وهو أدنى من مستوى الطلب: هل تريد تغيير المستوى؟
