# CRE Bot — katalogi ya Kiswahili, sehemu ya 3: ufadhili (miito ya mapendekezo, maombi, vikundi kazi vya ruzuku).
# Review status: machine-drafted by the developers on 2026-12-02; needs review by a native speaker before deployment.
# Same message ids, variables and order as the English source catalog (locales/en/funding.ftl).

## Wawezeshaji: kuandaa ombi

ws-act-apply = Andaa ombi la ufadhili
ws-act-apsend = Tuma ombi
ws-act-funds = Mtumie mwombaji orodha hii
fund-level-not-funded = Ombi { $ref } liko katika kiwango { $level }: ni ushirikiano wa kiwango 2 na 3 tu unaoweza kuomba ufadhili. Weka kiwango kwanza kwa /level.
fund-no-call = Kwa sasa hakuna mwito wa mapendekezo ulio wazi kwa eneo la { $ref }, wala orodha ya mifuko mingine bado. Mratibu anaweza kuiongeza kwa cre-admin resources.
fund-no-call-resources = Kwa sasa hakuna mwito wa mapendekezo ulio wazi kwa eneo la { $ref } (hakuna ruzuku za dharura kati ya miito). Mifuko mingine inayoweza kusaidia:
fund-resource-line = • { $text }
fund-ask-amount = Ombi kwa { $ref } (kiwango { $level }), 1/5: kiasi gani kinaombwa, kwa dola za Marekani? Andika namba, kwa mfano 4500.
fund-ask-purpose = 2/5: pesa hizi zitalipia nini?
fund-ask-applicant = 3/5: mwombaji ni nani?
fund-ask-capacity = 4/5: hili litaimarishaje uwezo wa jamii au kikundi? (Andika - kama halitaimarisha.)
fund-ask-security = 5/5: je, huu ni msaada wa usalama kwa mtetezi wa haki za binadamu?
fund-applicant-individual = Mtu mmoja
fund-applicant-group = Kikundi au jumuiya
fund-applicant-organisation = Shirika
fund-security-yes = Ndiyo, msaada wa usalama kwa mtetezi
fund-security-no = Hapana
fund-label-amount = Kiasi (USD)
fund-label-purpose = Kinalipia
fund-label-applicant = Mwombaji
fund-label-capacity = Kinaimarisha uwezo
fund-label-security = Msaada wa usalama kwa mtetezi
fund-label-strategies = Msaada unaotafutwa
fund-review = Ombi kwa { $ref } (kiwango { $level }). Litume kwenye mwito ulio wazi?
fund-amount-invalid = Hicho si kiasi ninachoweza kutumia: andika namba chanya ya dola za Marekani, kwa mfano 4500 au 4,500.50. Hakuna kilichohifadhiwa.
fund-amount-over-level2 = Kiwango 2 kinaweza kuomba hadi USD 5,000. Kwa zaidi, mwombaji anaweza kuomba kuendelea katika kiwango 3 baada ya makubaliano. Hakuna kilichohifadhiwa.
fund-amount-under-level3 = Kiwango 3 ni kwa maombi ya zaidi ya USD 5,000 (hadi USD 30,000). Hakuna kilichohifadhiwa.
fund-amount-over-level3 = Kiwango 3 kinaweza kuomba hadi USD 30,000. Hakuna kilichohifadhiwa.
fund-draft-stale = Kitufe hicho ni cha ombi ambalo haliandaliwi tena kwa { $ref }. Andika /apply { $ref } kuanza upya.
fund-call-gone = Mwito wa ombi hili umefungwa. Hakuna kilichotumwa kwa { $ref }.
fund-sent = Ombi kwa { $ref } limetumwa kwenye mwito { $call }. Kikundi kazi cha ruzuku kitalipitia baada ya mwito kufungwa tarehe { $closes }.
fund-dropped = Ombi kwa { $ref } limeachwa; hakuna kilichotumwa.
fund-continue-not-level2 = Ni ushirikiano wa kiwango 2 tu unaoweza kuendelea katika kiwango 3; { $ref } haiko katika kiwango 2.
ws-fund-continue-recorded = Imerekodiwa: mwombaji wa { $ref } anaomba kuendelea katika kiwango 3. Sasa unaweza kuandaa ombi la kiwango 3.
ws-fund-continue-requested = Mwombaji wa { $ref } anaomba kuendeleza ushirikiano katika kiwango 3 (USD 5,000 hadi 30,000).
fund-no-resources = Bado hakuna orodha ya mifuko mingine kwa eneo hili; hakuna kilichotumwa kwa { $ref }.
fund-resources-sent = Orodha ya mifuko mingine imetumwa kwa mwombaji wa { $ref }.
ws-fund-call-open = Mwito wa mapendekezo ({ $kind }) uko wazi (mwito { $call }): USD { $amount } zinapatikana hadi { $closes }. Vigezo: { $criteria }
    Tumia /apply REF kwa ombi la kiwango 2 au 3.
fund-call-kind-open = wazi
fund-call-kind-targeted = lengwa
ws-fund-no-group = Mwito { $call } umefungwa lakini eneo la { $region } halina wanachama wa kikundi kazi cha ruzuku: wasajili kwa cre-admin grants add.
ws-fund-undecided = Kikundi kazi hakikuweza kuamua ombi { $number } (ombi { $ref }). Liamue kwa cre-admin calls decide.
ws-fund-decision = Uamuzi wa ufadhili kwa { $ref }: { $reason }.

## Waombaji

fund-sent-requester = Mwezeshaji wako ametuma ombi la ufadhili la USD { $amount } kwa ombi lako { $ref }. Utaarifiwa uamuzi.
fund-continue-offer = Kama ushirikiano wa { $ref } unahitaji ufadhili zaidi ya ulionao (USD 5,000 hadi 30,000), unaweza kuomba kuuendeleza katika kiwango 3. Bonyeza kitufe, au tuma /level3 { $ref }.
fund-continue-yes = Omba kuendelea katika kiwango 3
fund-continue-asked = Ombi lako la kuendeleza { $ref } katika kiwango 3 limepelekwa kwa mwezeshaji wako.
fund-continue-refused = Samahani, siwezi kuomba hilo sasa: ni mwombaji wa ushirikiano wa kiwango 2 pekee anayeweza kuomba kuuendeleza katika kiwango 3 (kitufe, au /level3 na namba ya kumbukumbu).
fund-resources-requester = Kuhusu ombi lako { $ref }: kwa sasa hakuna mwito wa mapendekezo ulio wazi. Mifuko hii mingine inaweza kusaidia:
fund-call-for-you = Mwito wa mapendekezo uko wazi hadi { $closes }: ombi lako { $ref } linaweza kuomba. Mwezeshaji wako anaweza kuandaa ombi pamoja nawe.
fund-decision-approved = Habari njema: ombi la ufadhili la ombi lako { $ref } limekubaliwa: USD { $amount }.
fund-decision-declined = Ombi la ufadhili la ombi lako { $ref } halikukubaliwa. Sababu: { $reason }. Hatua inayofuata: { $next }.
fund-decision-pending = Uamuzi kuhusu ombi la ufadhili la ombi lako { $ref } unahitaji muda kidogo zaidi. Utaarifiwa.
fund-next-later-call = unaweza kuomba tena katika mwito ujao, na mtandao unaweza kukuelekeza kwa mfadhili mwingine
fund-referred = Kuhusu ombi lako { $ref }: mtandao unakuelekeza kwa mfadhili mwingine anayeweza kusaidia: { $text }
fund-reason-approved = limekubaliwa na kikundi kazi cha ruzuku
fund-reason-declined_by_group = kikundi kazi cha ruzuku hakikulikubali
fund-reason-no_funds = fedha za mwito ziliisha kabla ya ombi hili
fund-reason-undecided = uamuzi uko kwa mratibu

## Wanachama wa vikundi kazi vya ruzuku

fund-not-member = Samahani, ni wanachama wa kikundi kazi cha ruzuku cha eneo hili tu wanaoweza kufanya hivyo.
fund-member-help = Hakuna kinachosubiri upitiaji wako. Utapokea hapa kila ombi mwito utakapofungwa.
fund-review-start = Mwito { $call } umefungwa. Tafadhali pitia kila ombi kabla ya { $until }. Majibu yako ni siri ya kikundi; maoni ni hiari.
fund-review-item = Ombi { $number } ({ $position } kati ya { $total }) · mwito { $call } · kiwango { $level } · USD { $amount } · { $country }
fund-vote-approve = Kubali
fund-vote-decline = Kataa
fund-vote-abstain = Sipigi kura
fund-vote-conflict = Nina mgongano wa maslahi
fund-ask-score = Ombi { $number }: unalipa kipaumbele gani, kuanzia 1 (chini) hadi 5 (juu)?
fund-score-1 = 1
fund-score-2 = 2
fund-score-3 = 3
fund-score-4 = 4
fund-score-5 = 5
fund-ask-comment = Ombi { $number }: una maoni yoyote kwa kikundi? Yaandike, au gusa "Sina maoni" (au tuma 1).
fund-no-comment = Sina maoni
fund-vote-saved = Imehifadhiwa kwa ombi { $number }: { $answer }, kipaumbele { $score }, { $comment }.
fund-saved-comment = pamoja na maoni yako
fund-saved-no-comment = bila maoni
fund-conflict-noted = Imezingatiwa: una mgongano wa maslahi kwenye ombi { $number }, kwa hiyo hupigi kura juu yake.
fund-already-voted = Tayari umejibu kuhusu ombi { $number }.
fund-review-closed = Upitiaji wa ombi { $number } umefungwa: majibu hayapokelewi tena. Hakuna kilichobadilishwa.
fund-review-done = Umejibu maombi yote yaliyokuwa yakikusubiri. Asante.
fund-stale = Kitufe hicho si cha swali la sasa.
fund-choice-invalid = Tafadhali jibu kwa moja ya chaguo: 1 kubali, 2 kataa, 3 sipigi kura, 4 mgongano wa maslahi.
fund-score-invalid = Tafadhali toa kipaumbele kuanzia 1 hadi 5.
fund-reminder = Ukumbusho: upitiaji wa mwito { $call } unaisha tarehe { $until }.
fund-ranking = Majibu yote ya mwito { $call } yamefika. Mpangilio unaopendekezwa, maombi yaliyokubaliwa kwanza (vikundi na jumuiya kwanza isipokuwa msaada wa usalama kwa mtetezi, kisha kuimarisha uwezo, kisha alama zenu):
fund-ranking-line = { $position }. Ombi { $number } · kiwango { $level } · USD { $amount } · { $applicant } · alama { $score } · { $outcome }
fund-ranking-comment =     – maoni: { $text }
fund-ranking-budget = Bajeti: USD { $available } zinapatikana; maombi yaliyokubaliwa yanachukua USD { $granted }; zinabaki USD { $left }.
fund-outcome-approved = limekubaliwa
fund-outcome-declined = limekataliwa
fund-outcome-undecided = hakuna uamuzi (linaenda kwa mratibu)
fund-outcome-no_funds = limekubaliwa, lakini fedha zinaisha kabla ya kulifikia
fund-confirm = Thibitisha mpangilio huu
fund-confirm-noted = Uthibitisho wako wa mpangilio wa mwito { $call } umerekodiwa; tunasubiri wanachama wengine.
fund-decided = Mpangilio wa mwito { $call } umethibitishwa na maamuzi yametumwa.
fund-ranking-closed = Mpangilio wa mwito { $call } tayari umeamuliwa.
fund-ranking-not-yet = Mpangilio wa mwito { $call } bado haujawa tayari: baadhi ya wanachama bado hawajajibu.
fund-confirm-reminder = Ukumbusho: mpangilio uliopendekezwa wa mwito { $call } bado unahitaji uthibitisho wako. Kikundi kisipouthibitisha kwa wakati, uamuzi utapelekwa kwa mratibu.
fund-confirm-expired = Mpangilio uliopendekezwa wa mwito { $call } haukuthibitishwa kwa wakati; uamuzi sasa unapelekwa kwa mratibu.
