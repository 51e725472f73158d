# CRE Bot — Arabic catalog (ar, Modern Standard Arabic, right-to-left), part 3: funding (calls for proposals, applications, grants working groups).
# Review status: machine-drafted by the developers on 2026-12-02; needs review by a native speaker before deployment.
# Same message ids, variables and order as the English source catalog (locales/en/funding.ftl).

## الميسّرون: إعداد طلب تمويل

ws-act-apply = إعداد طلب تمويل
ws-act-apsend = إرسال الطلب
ws-act-funds = إرسال هذه القائمة إلى مقدّم الطلب
fund-level-not-funded = الطلب { $ref } في المستوى { $level }: لا يمكن طلب التمويل إلا لتعاونات المستويين 2 و3. حدّد المستوى أولًا باستخدام /level.
fund-no-call = لا توجد حاليًا دعوة مفتوحة لتقديم المقترحات في منطقة { $ref }، ولا توجد بعد قائمة بصناديق أخرى. يمكن للمنسّق إضافتها باستخدام cre-admin resources.
fund-no-call-resources = لا توجد حاليًا دعوة مفتوحة لتقديم المقترحات في منطقة { $ref } (لا منح طارئة بين الدعوات). صناديق أخرى قد تساعد:
fund-resource-line = • { $text }
fund-ask-amount = طلب تمويل لـ { $ref } (المستوى { $level })، 1/5: ما المبلغ المطلوب بالدولار الأمريكي؟ اكتب رقمًا مثل 4500.
fund-ask-purpose = 2/5: ما الذي سيُدفع بهذا المال؟
fund-ask-applicant = 3/5: من هو مقدّم الطلب؟
fund-ask-capacity = 4/5: كيف سيعزّز هذا قدرات المجتمع أو المجموعة؟ (اكتب - إن لم يكن كذلك.)
fund-ask-security = 5/5: هل هذا دعم أمني لمدافع أو مدافعة عن حقوق الإنسان؟
fund-applicant-individual = فرد
fund-applicant-group = مجموعة أو جماعة
fund-applicant-organisation = منظمة
fund-security-yes = نعم، دعم أمني لمدافع أو مدافعة
fund-security-no = لا
fund-label-amount = المبلغ (بالدولار الأمريكي)
fund-label-purpose = يُغطّي
fund-label-applicant = مقدّم الطلب
fund-label-capacity = يعزّز القدرات
fund-label-security = دعم أمني لمدافع أو مدافعة
fund-label-strategies = الدعم المطلوب
fund-review = طلب تمويل لـ { $ref } (المستوى { $level }). هل تريد إرساله إلى الدعوة المفتوحة؟
fund-amount-invalid = هذا ليس مبلغًا يمكنني استخدامه: اكتب عددًا موجبًا بالدولار الأمريكي، مثل 4500 أو 4,500.50. لم يُحفظ شيء.
fund-amount-over-level2 = يمكن في المستوى 2 طلب ما يصل إلى 5000 دولار أمريكي. ولأكثر من ذلك، يمكن لمقدّم الطلب أن يطلب المتابعة في المستوى 3 بعد الاتفاق. لم يُحفظ شيء.
fund-amount-under-level3 = المستوى 3 للطلبات التي تزيد على 5000 دولار أمريكي (حتى 30000 دولار). لم يُحفظ شيء.
fund-amount-over-level3 = يمكن في المستوى 3 طلب ما يصل إلى 30000 دولار أمريكي. لم يُحفظ شيء.
fund-draft-stale = هذا الزر يخص طلب تمويل لم يعد قيد الإعداد لـ { $ref }. اكتب /apply { $ref } للبدء من جديد.
fund-call-gone = أُغلقت الدعوة التي أُعدّ لها هذا الطلب. لم يُرسل شيء لـ { $ref }.
fund-sent = أُرسل طلب التمويل لـ { $ref } إلى الدعوة { $call }. سيراجعه فريق عمل المنح بعد إغلاق الدعوة في { $closes }.
fund-dropped = أُلغي طلب التمويل لـ { $ref }؛ لم يُرسل شيء.
fund-continue-not-level2 = لا يمكن المتابعة في المستوى 3 إلا لتعاون من المستوى 2؛ و{ $ref } ليس في المستوى 2.
ws-fund-continue-recorded = سُجّل: مقدّم الطلب { $ref } يطلب المتابعة في المستوى 3. يمكنك الآن إعداد طلب تمويل من المستوى 3.
ws-fund-continue-requested = يطلب مقدّم الطلب { $ref } متابعة التعاون في المستوى 3 (من 5000 إلى 30000 دولار أمريكي).
fund-no-resources = لا توجد بعد قائمة بصناديق أخرى لهذه المنطقة؛ لم يُرسل شيء لـ { $ref }.
fund-resources-sent = أُرسلت قائمة الصناديق الأخرى إلى مقدّم الطلب { $ref }.
ws-fund-call-open = دعوة لتقديم المقترحات ({ $kind }) مفتوحة (الدعوة { $call }): { $amount } دولار أمريكي متاحة حتى { $closes }. المعايير: { $criteria }
    استخدم /apply REF لطلب من المستوى 2 أو 3.
fund-call-kind-open = مفتوحة
fund-call-kind-targeted = موجّهة
ws-fund-no-group = أُغلقت الدعوة { $call } لكن منطقة { $region } ليس لها أعضاء في فريق عمل المنح: سجّلهم باستخدام cre-admin grants add.
ws-fund-undecided = لم يتمكن فريق عمل المنح من البتّ في طلب التمويل { $number } (الطلب { $ref }). قرّر بشأنه باستخدام cre-admin calls decide.
ws-fund-decision = قرار التمويل لـ { $ref }: { $reason }.

## مقدّمو الطلبات

fund-sent-requester = أرسل الميسّر طلب تمويل بمبلغ { $amount } دولار أمريكي لطلبك { $ref }. سنُعلمك بالقرار.
fund-continue-offer = إذا احتاج التعاون الخاص بـ { $ref } إلى تمويل يفوق ما لديه (من 5000 إلى 30000 دولار أمريكي)، يمكنك أن تطلب متابعته في المستوى 3. اضغط على الزر، أو أرسل /level3 { $ref }.
fund-continue-yes = طلب المتابعة في المستوى 3
fund-continue-asked = أُحيل طلبك متابعة { $ref } في المستوى 3 إلى الميسّر.
fund-continue-refused = عذرًا، لا يمكنني طلب ذلك الآن: وحده مقدّم طلب تعاون من المستوى 2 يمكنه أن يطلب متابعته في المستوى 3 (بالزر، أو بإرسال /level3 ثم رقم المرجع).
fund-resources-requester = بخصوص طلبك { $ref }: لا توجد حاليًا دعوة مفتوحة لتقديم المقترحات. قد تستطيع هذه الصناديق الأخرى المساعدة:
fund-call-for-you = دعوة لتقديم المقترحات مفتوحة حتى { $closes }: يمكن لطلبك { $ref } أن يتقدّم إليها. يمكن للميسّر إعداد طلب التمويل معك.
fund-decision-approved = خبر سار: تمت الموافقة على طلب التمويل الخاص بطلبك { $ref }: { $amount } دولار أمريكي.
fund-decision-declined = لم تتم الموافقة على طلب التمويل الخاص بطلبك { $ref }. السبب: { $reason }. الخطوة التالية: { $next }.
fund-decision-pending = يحتاج القرار بشأن طلب التمويل الخاص بطلبك { $ref } إلى مزيد من الوقت. سنُعلمك.
fund-next-later-call = يمكنك التقدّم مجددًا في دعوة لاحقة، وقد تحيلك المنصة إلى جهة تمويل أخرى
fund-referred = بخصوص طلبك { $ref }: تحيلك المنصة إلى جهة تمويل أخرى قد تساعدك: { $text }
fund-reason-approved = وافق عليه فريق عمل المنح
fund-reason-declined_by_group = لم يوافق عليه فريق عمل المنح
fund-reason-no_funds = نفدت أموال الدعوة قبل هذا الطلب
fund-reason-undecided = القرار لدى المنسّق

## أعضاء أفرقة عمل المنح

fund-not-member = عذرًا، لا يمكن القيام بذلك إلا لأعضاء فريق عمل المنح في المنطقة.
fund-member-help = لا يوجد ما ينتظر مراجعتك. ستصلك هنا كل الطلبات عند إغلاق دعوة.
fund-review-start = أُغلقت الدعوة { $call }. يرجى مراجعة كل طلب قبل { $until }. إجاباتك سرية داخل الفريق؛ والتعليق اختياري.
fund-review-item = طلب التمويل { $number } ({ $position } من { $total }) · الدعوة { $call } · المستوى { $level } · { $amount } دولار أمريكي · { $country }
fund-vote-approve = موافقة
fund-vote-decline = رفض
fund-vote-abstain = امتناع
fund-vote-conflict = لديّ تضارب مصالح
fund-ask-score = طلب التمويل { $number }: ما الأولوية التي تعطيها له، من 1 (منخفضة) إلى 5 (عالية)؟
fund-score-1 = 1
fund-score-2 = 2
fund-score-3 = 3
fund-score-4 = 4
fund-score-5 = 5
fund-ask-comment = طلب التمويل { $number }: هل لديك تعليق للفريق؟ اكتبه، أو اضغط «بلا تعليق» (أو أرسل 1).
fund-no-comment = بلا تعليق
fund-vote-saved = حُفظ لطلب التمويل { $number }: { $answer }، الأولوية { $score }، { $comment }.
fund-saved-comment = مع تعليقك
fund-saved-no-comment = بلا تعليق
fund-conflict-noted = سُجّل: لديك تضارب مصالح في طلب التمويل { $number }، لذا لن تصوّت عليه.
fund-already-voted = لقد أجبت بالفعل على طلب التمويل { $number }.
fund-review-closed = أُغلقت مراجعة طلب التمويل { $number }: لم تعد الإجابات مقبولة. لم يتغيّر شيء.
fund-review-done = لقد أجبت على كل الطلبات التي كانت بانتظارك. شكرًا لك.
fund-stale = هذا الزر لا يخص السؤال الحالي.
fund-choice-invalid = يرجى الإجابة بأحد الخيارات: 1 موافقة، 2 رفض، 3 امتناع، 4 تضارب مصالح.
fund-score-invalid = يرجى إعطاء أولوية من 1 إلى 5.
fund-reminder = تذكير: تنتهي مراجعة الدعوة { $call } في { $until }.
fund-ranking = وصلت كل الإجابات على الدعوة { $call }. الترتيب المقترح، والطلبات الموافق عليها أولًا (المجموعات والجماعات أولًا ما لم يكن دعمًا أمنيًا لمدافع أو مدافعة، ثم تعزيز القدرات، ثم درجاتكم):
fund-ranking-line = { $position }. طلب التمويل { $number } · المستوى { $level } · { $amount } دولار أمريكي · { $applicant } · الدرجة { $score } · { $outcome }
fund-ranking-comment =     – تعليق: { $text }
fund-ranking-budget = الميزانية: { $available } دولار أمريكي متاحة؛ تأخذ الطلبات الموافق عليها { $granted } دولار أمريكي؛ ويبقى { $left } دولار أمريكي.
fund-outcome-approved = موافق عليه
fund-outcome-declined = مرفوض
fund-outcome-undecided = بلا قرار (يُحال إلى المنسّق)
fund-outcome-no_funds = موافق عليه، لكن المال ينفد قبل الوصول إليه
fund-confirm = تأكيد هذا الترتيب
fund-confirm-noted = سُجّل تأكيدك لترتيب الدعوة { $call }؛ بانتظار بقية الأعضاء.
fund-decided = تم تأكيد ترتيب الدعوة { $call } وأُرسلت القرارات.
fund-ranking-closed = تم البتّ في ترتيب الدعوة { $call } بالفعل.
fund-ranking-not-yet = ترتيب الدعوة { $call } ليس جاهزًا بعد: بعض الأعضاء لم يجيبوا بعد.
fund-confirm-reminder = تذكير: لا يزال الترتيب المقترح للدعوة { $call } بحاجة إلى تأكيدك. إذا لم تؤكده المجموعة في الوقت المحدد، يُحال القرار إلى المنسّق.
fund-confirm-expired = لم يُؤكَّد الترتيب المقترح للدعوة { $call } في الوقت المحدد؛ يُحال القرار الآن إلى المنسّق.
