# CRE Bot — Swahili (sw, Kiswahili) catalog, part 3: what requesters and collaborators are told about decisions and agreements.
# Review status: machine-drafted by the developers on 2026-12-02; needs review by a native speaker before deployment.
# Same message ids, variables and order as the English source catalog (locales/en/decisions.ftl).

## A request declined or referred

decision-declined = Ombi lako { $ref } limekataliwa. Sababu: { $reason }.
    { $next }
decision-referred = Ombi lako { $ref } limeelekezwa kwa shirika lingine. Sababu: { $reason }.
    { $next }
decision-facilitator-words = Mwezeshaji wako anaongeza: { $text }
reason-out_of_scope = liko nje ya kile mtandao huu unachosaidia
reason-not_enough_info = hakuna taarifa za kutosha kuchukua hatua
reason-better_elsewhere = shirika lingine linaweza kusaidia vizuri zaidi
reason-no_capacity = hatuna uwezo kwa sasa
reason-duplicate = ni sawa na ombi lingine
decision-next-out_of_scope = Mtandao huu unasaidia jamii zilizoathiriwa na miradi ya uwekezaji na maendeleo. Mashirika mengine huenda yakaweza kukusaidia, na hali yako ikibadilika unaweza kutuma ombi jipya wakati wowote kwa /start.
decision-next-not_enough_info = Karibu utume ombi jipya lenye maelezo zaidi (kinachotokea, wapi, na nani anahusika) wakati wowote kwa /start.
decision-next-better_elsewhere = Shirika lingine linaweza kukusaidia vizuri zaidi. Ukihitaji jambo lingine baadaye, unaweza kutuma ombi jipya kwa /start.
decision-next-no_capacity = Huu si uamuzi juu ya ubora wa ombi lako. Unaweza kulituma tena baadaye kwa /start, na kwa sasa mashirika mengine huenda yakaweza kusaidia.
decision-next-duplicate = Ombi lako lingine linaendelea: /status inaonyesha lilipofikia.

## A saved agreement, to confirm

agreement-confirm = Makubaliano ya ombi lako { $ref } yako tayari. Tafadhali yasome: wewe ndiye unayeamua nani anashiriki. Je, unakubali? (Bonyeza kitufe, au tuma /agree { $ref } au /disagree { $ref }.)
agreement-confirm-collaborator = Makubaliano ya ombi { $ref } yako tayari. Tafadhali yasome: je, unakubali? (Bonyeza kitufe, au tuma /agree { $ref } au /disagree { $ref }.)
agreement-confirm-yes = Ndiyo, nakubali
agreement-confirm-no = Hapana, nataka mabadiliko
agreement-involved = Wanaoshiriki: { $names }
agreement-involved-none = Bado hakuna mshirika aliyethibitisha.
agreement-thanks-yes = Asante: kukubali kwako makubaliano ya ombi { $ref } kumerekodiwa.
agreement-thanks-no = Asante: mwezeshaji ameambiwa kwamba unataka mabadiliko katika makubaliano ya ombi { $ref }, na atazungumza nawe.
agreement-answer-unknown = Hakuna makubaliano ya ombi { $ref } yanayosubiri jibu lako.
