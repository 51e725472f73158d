# CRE Bot — Arabic (ar, Modern Standard Arabic, right-to-left) catalog, part 3: what requesters and collaborators are told about decisions and agreements.
# Review status: machine-drafted by the developers on 2026-12-02; needs review by a native speaker before deployment.
# Same message ids, variables and order as the English source catalog (locales/en/decisions.ftl).

## A request declined or referred

decision-declined = رُفض طلبك { $ref }. السبب: { $reason }.
    { $next }
decision-referred = أُحيل طلبك { $ref } إلى جهة أخرى. السبب: { $reason }.
    { $next }
decision-facilitator-words = يضيف الميسّر: { $text }
reason-out_of_scope = خارج نطاق ما تدعمه الشبكة
reason-not_enough_info = المعلومات غير كافية للتصرّف
reason-better_elsewhere = جهة أخرى أقدر على المساعدة
reason-no_capacity = لا توجد قدرة على ذلك حاليًا
reason-duplicate = مطابق لطلب آخر
decision-next-out_of_scope = تدعم الشبكة المجتمعات المتضرّرة من مشاريع الاستثمار والتنمية. قد تتمكّن جهات أخرى من مساعدتك، وإذا تغيّر وضعك يمكنك إرسال طلب جديد في أي وقت عبر /start.
decision-next-not_enough_info = يسعدنا أن ترسل طلبًا جديدًا بتفاصيل أكثر (ما الذي يحدث، وأين، ومن المعنيّون) في أي وقت عبر /start.
decision-next-better_elsewhere = جهة أخرى أقدر على مساعدتك. وإذا احتجت إلى شيء آخر لاحقًا، يمكنك إرسال طلب جديد عبر /start.
decision-next-no_capacity = هذا ليس حكمًا على طلبك. يمكنك إرساله مرة أخرى لاحقًا عبر /start، وقد تتمكّن جهات أخرى من مساعدتك في هذه الأثناء.
decision-next-duplicate = طلبك الآخر مستمر: يُظهر /status المرحلة التي وصل إليها.

## A saved agreement, to confirm

agreement-confirm = الاتفاق الخاص بطلبك { $ref } جاهز. يُرجى قراءته: أنت من يقرّر من يشارك. هل توافق؟ (اضغط زرًا، أو أرسل /agree { $ref } أو /disagree { $ref }.)
agreement-confirm-collaborator = الاتفاق الخاص بالطلب { $ref } جاهز. يُرجى قراءته: هل توافق؟ (اضغط زرًا، أو أرسل /agree { $ref } أو /disagree { $ref }.)
agreement-confirm-yes = نعم، أوافق
agreement-confirm-no = لا، أريد تعديلات
agreement-involved = المشاركون: { $names }
agreement-involved-none = لم يؤكّد أي متعاون مشاركته بعد.
agreement-thanks-yes = شكرًا لك: سُجّلت موافقتك على الاتفاق الخاص بالطلب { $ref }.
agreement-thanks-no = شكرًا لك: أُبلغ الميسّر بأنك تريد تعديلات على الاتفاق الخاص بالطلب { $ref }، وسيتحدّث معك.
agreement-answer-unknown = لا يوجد اتفاق خاص بالطلب { $ref } ينتظر ردّك.
