# CRE Bot — Swahili catalog (sw, Kiswahili), part 2: the facilitator workspace, the relay and collaborators.
# Review status: machine-drafted by the developers on 2026-11-22; needs review by a native speaker before deployment.
# Same message ids, variables and order as the English source catalog (locales/en/workspace.ftl).

## Facilitators

ws-not-facilitator = Samahani, ni wawezeshaji wa Jukwaa pekee wanaoweza kufanya hivyo.
ws-no-case = Siwezi kupata ombi lenye namba ya kumbukumbu { $ref }.
ws-which-case = { $command } ni kwa ombi lipi? Chagua moja hapa chini, au tuma { $command } ikifuatiwa na nambari yake ya kumbukumbu (mfano { $command } K7M4-Q2XP).
ws-which-case-none = { $command } inahitaji ombi, na hakuna maombi yaliyo wazi katika kanda yako. Tuma { $command } ikifuatiwa na nambari ya kumbukumbu, au /cases kuangalia.
ws-refused = Ombi { $ref } ni la kanda nyingine: huwezi kulishughulikia.
ws-cases-none = Hakuna maombi yaliyo wazi katika kanda yako.
ws-cases-intro = { $count ->
        [one] Ombi moja lililo wazi:
       *[other] Maombi { $count } yaliyo wazi:
    }
ws-cases-line = { $urgent }{ $ref } · { $country } · kiwango { $level } · { $status } · { $owner }
ws-act-open-ref = Fungua { $ref }
ws-owner-nobody = halijachukuliwa
ws-owner-you = lako
ws-urgent-mark = ⚠ DHARURA ·{" "}
ws-case-header = { $urgent }Ombi { $ref } · { $country } · kiwango { $level } · { $status } · { $owner }
ws-case-erased = Mwombaji amefuta taarifa zake: zimebaki taarifa zisizomtambulisha mtu tu.
ws-case-referral-code = Msimbo wa mshirika: { $code }
ws-act-claim = Chukua
ws-act-release = Achilia
ws-act-reply = Mwandikie mwombaji
ws-act-note = Ongeza dokezo la siri
ws-act-move = Badilisha hali
ws-act-level = Weka kiwango
ws-act-assign = Mkabidhi mwenzako
ws-act-match = Pendekeza washirika
ws-act-agreement = Rekodi makubaliano
ws-act-reroute = Tuma kwa kanda nyingine
ws-act-urgent = Weka alama ya dharura
ws-act-open = Fungua
ws-act-save = Hifadhi
ws-act-drop = Tupa
ws-already-yours = Tayari umelichukua ombi { $ref }.
ws-claimed-by-other = Ombi { $ref } tayari limechukuliwa na { $name }.
ws-claimed = Umelichukua ombi { $ref }. Mwombaji ameambiwa kwamba ombi lake linashughulikiwa.
ws-released = Umeliachilia ombi { $ref }; sasa halijachukuliwa na mtu.
ws-not-yours = Ombi { $ref } halijachukuliwa na wewe.
ws-name = { $name }
ws-pick-colleague = Nani alishughulikie ombi { $ref }?
ws-assigned-to-you = Umekabidhiwa ombi { $ref }.
ws-assigned = Ombi { $ref } sasa limekabidhiwa kwa { $name }.
ws-pick-region = Ni kanda gani ishughulikie ombi { $ref }?
ws-rerouted = Ombi { $ref } limetumwa kwa { $region } bila kuchukuliwa na mtu; wawezeshaji wa huko wamearifiwa.
ws-case-final = Hali ya ombi { $ref } ni: { $status }. Haliwezi kubadilishwa tena. Mratibu pekee ndiye anayeweza kulifungua upya (/reopen { $ref }).
ws-act-reopen = Fungua upya
ws-reopened = Ombi { $ref } limefunguliwa upya na limerudi kwenye uchambuzi wa awali.
ws-reopen-coordinator-only = Mratibu pekee ndiye anayeweza kufungua upya ombi { $ref }.
ws-reopen-not-final = Ombi { $ref } bado liko wazi: hakuna cha kufungua upya.
ws-file-needs-reply = Faili hii haikuhifadhiwa. Ili kumtumia mwombaji faili, kwanza chagua Jibu kwenye ombi lake (/reply REF), kisha tuma faili.
ws-level-1 = Kiwango 1: taarifa
ws-level-2 = Kiwango 2: ushirikiano
ws-level-3 = Kiwango 3: ufadhili mkubwa
ws-pick-level = Ombi { $ref } liko kiwango { $level }. Kiwango gani?
ws-level-set = Ombi { $ref } sasa liko kiwango { $level }.
ws-pick-status = Ombi { $ref } liko katika hali "{ $status }". Lihamishie:
ws-status-set = Ombi { $ref } sasa liko katika hali "{ $status }". Mwombaji ameambiwa.
ws-urgent-set = Ombi { $ref } limewekwa alama ya dharura.
ws-ask-note = Tuma dokezo lako kuhusu ombi { $ref }. Wawezeshaji pekee ndio watakaoliona.
ws-note-saved = Dokezo limehifadhiwa kwenye ombi { $ref }.
ws-requester-gone = Mwombaji wa ombi { $ref } amefuta taarifa zake; hawezi kufikiwa.
ws-ask-reply = Tuma ujumbe wako kwa mwombaji wa ombi { $ref }. Utapelekwa bila jina lako wala akaunti yako.
ws-reply-sent = Umetumwa kwa mwombaji wa ombi { $ref }.
ws-matches-none = Bado hakuna mshirika anayepatikana anayefaa ombi { $ref }.
ws-matches-intro = Washirika wanaopendekezwa kwa ombi { $ref } (walio karibu zaidi kwanza):
ws-match-line = { $name } · { $tier } · { $strategies }
ws-tier-local = nchi ileile
ws-tier-regional = kanda ileile
ws-tier-international = kimataifa
ws-invite-name = Mwalike { $name }
ws-invite-sent = { $name } amealikwa kwenye ombi { $ref }. Utaarifiwa atakapojibu.
ws-invite-accepted = { $name } amekubali kushirikiana kwenye ombi { $ref }.
ws-invite-declined = { $name } amekataa kushirikiana kwenye ombi { $ref }.
ws-agreement-ask-activities = Makubaliano ya ombi { $ref }. 1/7: Shughuli gani zitafanyika?
ws-agreement-ask-timeline = 2/7: Ratiba ni ipi?
ws-agreement-ask-roles = 3/7: Kila mshirika ana jukumu gani?
ws-agreement-ask-budget = 4/7: Bajeti ni kiasi gani? (Andika "hakuna" ikiwa hakuna.)
ws-agreement-ask-band = 5/7: Kiwango gani cha ufadhili kinahusika?
ws-agreement-ask-results = 6/7: Matokeo na maarifa yatatumiwaje baadaye?
ws-agreement-ask-disputes = 7/7: Kutoelewana kutatatuliwa vipi?
ws-agreement-dropped = Rasimu ya makubaliano ya ombi { $ref } imetupwa.
ws-agreement-stale = Kitufe hicho ni cha rasimu ya makubaliano ambayo haiko wazi tena kwa ombi { $ref }. Tuma /agreement { $ref } kuanza upya.
ws-new-case = { $urgent }Ombi jipya { $ref } · { $country } · kiwango { $level } · { $language } · { $region }
    Msaada unaotafutwa: { $strategies }
ws-relay-from-requester = Ujumbe kutoka kwa mwombaji wa ombi { $ref }:
    { $text }
ws-relay-file = Mwombaji wa ombi { $ref } ametuma faili. { $text }
ws-escalation = Ombi { $ref } ({ $region }) halijachukuliwa baada ya { $hours ->
        [one] saa moja
       *[other] saa { $hours }
    }.
ws-requester-unreachable = Ujumbe kwa mwombaji wa { $ref } haukuweza kufikishwa: huenda amezuia boti au ameacha programu. Jaribu tena baadaye au tumia njia nyingine mliyokubaliana.

## Agreement

agreement-label-activities = Shughuli
agreement-label-timeline = Ratiba
agreement-label-roles = Majukumu
agreement-label-budget = Bajeti
agreement-label-band = Ufadhili
agreement-label-results = Matumizi ya matokeo
agreement-label-disputes = Kutatua kutoelewana
agreement-band-none = Hakuna ufadhili unaohitajika
agreement-band-up_to_5k = Hadi USD 5,000 (kiwango 2)
agreement-band-5k_to_30k = USD 5,000 hadi 30,000 (kiwango 3)
## Requesters, once a request is sent

case-claimed = Mwezeshaji sasa anashughulikia ombi lako { $ref }. Atakuandikia hapa.
status-changed = Hali mpya ya ombi lako { $ref }: { $status }.
relay-to-requester = Ujumbe kutoka kwa mwezeshaji wako kuhusu ombi { $ref }:
    { $text }
relay-file-to-requester = Mwezeshaji wako amekutumia faili kuhusu ombi { $ref }. { $text }
relay-sent = Umepelekwa kwa mwezeshaji wa ombi { $ref }.
relay-pick-case = Ujumbe wako unahusu ombi lipi?
relay-case = { $ref }
still-looking = Ombi lako { $ref } halijasahaulika: bado tunamtafuta mtu anayefaa. Asante kwa uvumilivu wako.

## Collaborators

collab-invite = Mwezeshaji wa Community Resource Exchange (Jukwaa la Kubadilishana Rasilimali za Jamii) anakualika kusaidia ombi la jamii ({ $ref }, { $country }): { $strategies }. Ungependa kushirikiana?
collab-accept = Ndiyo, nakubali
collab-decline = Hapana, si wakati huu
collab-thanks-accept = Asante! Mwezeshaji atawasiliana nawe kuhusu ombi { $ref }.
collab-thanks-decline = Asante kwa kujibu. Mwezeshaji ameambiwa.
collab-already-answered = Tayari umejibu mwaliko huu wa ombi { $ref }.
collab-help = Umesajiliwa kama mshirika wa Community Resource Exchange. Hakuna mwaliko unaosubiri jibu lako; mwezeshaji atakuandikia hapa jamii itakapohitaji msaada wako.
collab-help-pending = Mwaliko wa ombi { $ref } unasubiri jibu lako: bonyeza kitufe, au andika 1 kukubali au 2 kukataa.

## Console simulator

console-persona-requester = Sasa wewe ni mwanajamii "{ $name }".
console-persona-facilitator = Sasa wewe ni mwezeshaji wa { $region } ("{ $name }"). Tuma /cases kuona maombi.
console-persona-coordinator = Sasa wewe ni mratibu. Tuma /cases kuona maombi yote yaliyo wazi.
console-persona-unknown = Mhusika asiyejulikana. Tumia: /as requester [jina] · /as facilitator REGION · /as coordinator. Kanda: { $regions }.

## Facilitators: decisions, history, agreement edits and confirmations (issue 11)

ws-help =
    Amri za wawezeshaji:
    /cases — maombi yaliyo wazi ya kanda yako
    /open REF — maelezo na historia
    /claim REF — lichukue
    /release REF — lirudishe kwenye foleni
    /assign REF — mkabidhi mwenzako
    /level REF — weka kiwango (1, 2 au 3)
    /move REF — badilisha hali yake
    /note REF — dokezo la faragha kwa wawezeshaji
    /reply REF — mwandikie mwombaji
    /match REF — tafuta washirika
    /agreement REF — andika au hariri makubaliano
    /urgent REF — liwekee alama ya dharura (tena kutendua)
    /reroute REF — lipeleke kanda nyingine
    /cancel — simamisha unachoandika (hakuna kinachohifadhiwa)
    Unaweza pia kuandika namba ya chaguo, au kubonyeza kitufe chake ukiona vitufe.
ws-act-not-urgent = Si la dharura
ws-act-edit = Badilisha sehemu
ws-urgent-unset = Ombi { $ref } halina tena alama ya dharura.
ws-cancelled = Imeghairiwa: hakuna kilichohifadhiwa wala kutumwa kwa ombi { $ref }.
ws-nothing-to-cancel = Hakuna cha kughairi.
ws-pick-reason = Kwa nini ombi { $ref } liko katika hali "{ $status }"? Chagua sababu ambayo mwombaji ataambiwa:
ws-ask-decision-words = Sababu: { $reason }. Je, ungependa kuongeza kitu kwa mwombaji, kama shirika gani linaweza kusaidia na jinsi ya kulifikia? Kitume, au tuma /skip kutuma sababu pekee.
ws-decision-set = Ombi { $ref } sasa liko katika hali "{ $status }" ({ $reason }). Mwombaji ameambiwa sababu na anachoweza kufanya baadaye.
ws-invited-line = Tayari amealikwa: { $name } · { $answer }
ws-invitation-invited = bado hajajibu
ws-invitation-accepted = amekubali
ws-invitation-declined = amekataa
ws-already-invited = { $name } tayari amealikwa kwenye ombi { $ref }.
ws-invite-offline = { $name } amerekodiwa kuwa amealikwa kwenye ombi { $ref }. Hatumii programu ya ujumbe: wasiliana naye moja kwa moja kupitia { $contact }.
ws-invite-offline-no-contact = { $name } amerekodiwa kuwa amealikwa kwenye ombi { $ref }. Hatumii programu ya ujumbe na hakuna mawasiliano yaliyohifadhiwa: muulize mratibu.
ws-case-where = Lugha: { $language } · Kanda: { $region }
ws-case-agreement = Makubaliano yalirekodiwa na { $name } tarehe { $date }:
ws-case-agreement-yes = ✓ { $name } amekubali
ws-case-agreement-no = ✗ { $name } anataka mabadiliko
ws-case-invitation = Mwaliko: { $name } · { $answer } · { $date }
ws-case-note = Dokezo la { $name }, { $date }: { $text }
ws-case-history-older = { $count ->
        [one] Ujumbe mmoja wa zamani zaidi haujaonyeshwa.
       *[other] Jumbe { $count } za zamani zaidi hazijaonyeshwa.
    }
ws-case-from-requester = { $date } · kutoka kwa mwombaji: { $text }
ws-case-to-requester = { $date } · kwa mwombaji: { $text }
ws-party-requester = Mwombaji
ws-agreement-pick-field = Ni sehemu gani ya makubaliano ya ombi { $ref } ungependa kubadilisha?
ws-agreement-review = Makubaliano ya ombi { $ref }. Yahifadhiwe na yatumwe kwa mwombaji na washirika ili wayathibitishe, au ubadilishe sehemu kwanza?
ws-agreement-saved = Makubaliano ya ombi { $ref } yamehifadhiwa na yametumwa { $count ->
        [0] kwa mwombaji
        [one] kwa mwombaji na mshirika mmoja
       *[other] kwa mwombaji na washirika { $count }
    } ili wayathibitishe. Utaarifiwa kila jibu.
ws-agreement-saved-level = Makubaliano ya ombi { $ref } yamehifadhiwa na yametumwa { $count ->
        [0] kwa mwombaji
        [one] kwa mwombaji na mshirika mmoja
       *[other] kwa mwombaji na washirika { $count }
    } ili wayathibitishe. Kiwango chake cha ufadhili kinaweka ombi katika kiwango { $level }.
ws-agreement-answer-yes = { $name } amekubali makubaliano ya ombi { $ref }.
ws-agreement-answer-no = { $name } anataka mabadiliko katika makubaliano ya ombi { $ref }. Zungumzeni, kisha uyabadilishe kwa /agreement { $ref }.
ws-agreement-all-agreed = Wote wamekubali makubaliano ya ombi { $ref } ({ $name } wa mwisho). Unaweza kulihamishia kwenye utekelezaji.
ws-agreement-saved-ask-level = Makubaliano ya ombi { $ref } yamehifadhiwa na yametumwa kwa mwombaji na washirika ili wayathibitishe. Kiwango chake cha ufadhili kinalingana na kiwango { $level }, ambacho ni cha chini kuliko cha ombi: ubadilishe kiwango?
