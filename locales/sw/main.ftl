# CRE Bot — Swahili catalog (sw, Kiswahili).
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

q-language = Ungependa kutumia lugha gani? Unaweza kuibadilisha baadaye kwa /language.
language-set = Sawa, tutaendelea kwa Kiswahili.

## Welcome and consent

welcome = Karibu kwenye Community Resource Exchange (Jukwaa la Kubadilishana Rasilimali za Jamii). Tunasaidia jamii zilizoathiriwa vibaya na miradi ya uwekezaji na maendeleo kupata msaada: utafiti kuhusu makampuni na benki, haki au fidia, kuhamasisha jamii, kampeni, utaalamu wa kiufundi na usalama.
telegram-not-encrypted = Tafadhali fahamu: mazungumzo na boti za Telegram hayajasimbwa kwa njia fiche kutoka mwanzo hadi mwisho. Ikiwa uko hatarini, tuulize kuhusu kutumia Signal badala yake.
telegram-signal-offer = Tunapatikana pia kwenye Signal, ambayo imesimbwa kutoka mwanzo hadi mwisho: { $number }. Ukipenda, unaweza kuendelea huko.
signal-safety-note = Kwa usalama wako: unaweza kufuta mazungumzo haya wakati wowote. Kwenye orodha ya mazungumzo yako, bonyeza na ushikilie mazungumzo haya, kisha chagua Futa; ombi lako litabaki kwetu. Ujumbe wa hapa pia unaweza kujifuta wenyewe: gusa jina lililo juu ya mazungumzo haya, kisha Jumbe zinazotoweka.
q-consent = Kabla hatujaanza: tutakuuliza maswali machache kuhusu ombi lako. Majibu yako yanahifadhiwa kwa njia fiche na yanashirikiwa tu na wawezeshaji wa kikanda wa Jukwaa hili, ambao watawasiliana nawe hapa. Unaweza kufuta kila kitu wakati wowote kwa /forget. Je, unakubali?
consent-yes = Ndiyo, nakubali
consent-no = Hapana
consent-thanks = Asante. Unaweza kurudi nyuma kwa /back, kuruka maswali ya hiari, na kusimamisha kwa /cancel.
consent-declined = Tumeelewa. Hakuna kilichohifadhiwa. Tuma /start wakati wowote unapotaka kuanza.

## Intake questions

q-requester_type = Nani anatuma ombi hili?
label-requester_type = Anayeomba
opt-requester_type-individual = Mimi mwenyewe, kama mtu binafsi
opt-requester_type-community = Kikundi cha jamii
opt-requester_type-organisation = Shirika
opt-requester_type-network = Mtandao au vuguvugu

q-requester_name = Tutumie jina gani au jina bandia gani kwa ajili yako au kikundi chako? (Unaweza kuruka swali hili.)
label-requester_name = Jina
opt-requester_name-__skip = Ruka

q-relationship = Una uhusiano gani na jamii iliyoathirika?
label-relationship = Uhusiano
opt-relationship-affected = Tumeathirika moja kwa moja
opt-relationship-supporting = Tunaiunga mkono jamii
opt-relationship-other = Uhusiano mwingine

q-community_consent = Je, watu walioathirika wanajua kuhusu ombi hili na wanakubaliana nalo?
label-community_consent = Jamii inakubali
opt-community_consent-yes = Ndiyo, wanakubali
opt-community_consent-no = Hapana
opt-community_consent-not_yet = Bado

q-organisations = Unafanya kazi na mashirika au mitandao gani, kama ipo? (Unaweza kuruka swali hili.)
label-organisations = Hufanya kazi na
opt-organisations-__skip = Ruka

q-country = Jamii iliyoathirika iko katika nchi gani? Andika jina la nchi.
label-country = Nchi
opt-country-__skip = Nchi kadhaa / sina uhakika
country-did-you-mean = Unamaanisha nchi gani?
country-choice = { $name }

q-locality = Ni eneo, mji au kijiji gani? Shiriki tu kile unachoona ni salama. (Unaweza kuruka swali hili.)
label-locality = Mahali
opt-locality-__skip = Ruka

q-project = Mradi au uwekezaji huo unaitwaje, na ni wa aina gani? Unaweza pia kutuma hati au picha. (Ruka swali hili ikiwa halihusu mradi mmoja.)
label-project = Mradi
opt-project-__skip = Ruka

q-companies = Ni kampuni zipi zinazohusika, kama unajua? (Unaweza kuruka swali hili.)
label-companies = Kampuni
opt-companies-__skip = Ruka

q-financiers = Nani anafadhili mradi huu? Chagua yote yanayohusika, kisha chagua Nimemaliza.
label-financiers = Unafadhiliwa na
opt-financiers-development_bank = Benki ya maendeleo
opt-financiers-commercial_bank = Benki ya biashara
opt-financiers-multinational = Kampuni ya kimataifa
opt-financiers-government = Serikali
opt-financiers-other = Nyingine
opt-financiers-unknown = Sijui

q-sector = Ni mradi wa aina gani?
label-sector = Sekta
opt-sector-mining = Uchimbaji madini
opt-sector-oil_gas = Mafuta na gesi
opt-sector-energy = Nishati au mabwawa
opt-sector-agribusiness = Kilimo biashara au mashamba makubwa
opt-sector-infrastructure = Barabara, bandari au miundombinu
opt-sector-forestry = Misitu
opt-sector-tourism = Utalii
opt-sector-other = Nyingine
opt-sector-unknown = Sijui

q-harm_timing = Je, madhara yameshatokea, au unahofia yatatokea?
label-harm_timing = Madhara
opt-harm_timing-happened = Yameshatokea
opt-harm_timing-feared = Tunahofia yatatokea
opt-harm_timing-both = Yote mawili

q-rights = Ni haki zipi zimeathirika? Chagua zote zinazohusika, kisha chagua Nimemaliza.
label-rights = Haki zilizoathirika
opt-rights-land = Ardhi
opt-rights-water = Maji
opt-rights-livelihoods = Riziki
opt-rights-environment = Mazingira
opt-rights-consultation = Mashauriano na ridhaa
opt-rights-defenders = Vitisho kwa watetezi
opt-rights-health = Afya
opt-rights-culture = Utamaduni
opt-rights-other = Nyingine

q-harm = Kwa maneno yako mwenyewe, nini kinatokea? Unaweza kuandika, au kutuma ujumbe wa sauti au picha.
label-harm = Kinachotokea

q-strategies = Unatafuta msaada wa aina gani? Chagua yote yanayohusika, kisha chagua Nimemaliza.
label-strategies = Msaada unaotafutwa
opt-strategies-research = Utafiti kuhusu kampuni na wafadhili
opt-strategies-remedy = Kupata haki na fidia
opt-strategies-organising = Kuhamasisha jamii
opt-strategies-advocacy = Utetezi na kampeni
opt-strategies-expertise = Utaalamu wa kisayansi au kiufundi
opt-strategies-security = Msaada wa usalama
opt-strategies-unsure = Sina uhakika

q-outcome = Unatarajia matokeo gani? Unaweza kuandika au kutuma ujumbe wa sauti.
label-outcome = Matokeo yanayotarajiwa

q-help_kind = Unahitaji msaada wa aina gani?
label-help_kind = Msaada unaohitajika
opt-help_kind-information = Taarifa au ushauri
opt-help_kind-collaboration = Ushirikiano na wengine
opt-help_kind-funding = Ushirikiano unaohitaji ufadhili
note-consent-needed-for-collaboration = Ushirikiano na ufadhili vinahitaji jamii iliyoathirika ijue na ikubali. Kwa sasa tunaweza kutoa taarifa na ushauri; unaweza kubadilisha jibu lako kuhusu ridhaa ya jamii kwenye muhtasari.

q-funding_band = Takriban ufadhili kiasi gani unahitajika?
label-funding_band = Ufadhili
opt-funding_band-up_to_5k = Hadi USD 5,000
opt-funding_band-5k_to_30k = USD 5,000 hadi 30,000

q-referral = Nani alikuambia kuhusu sisi? Unaweza pia kutoa msimbo wa mshirika. (Unaweza kuruka swali hili.)
label-referral = Alielekezwa na
opt-referral-__skip = Ruka

q-safe_here = Je, ni salama kwetu kuwasiliana nawe hapa?
label-safe_here = Salama kuwasiliana hapa
opt-safe_here-yes = Ndiyo
opt-safe_here-no = Hapana
opt-safe_here-unsure = Sina uhakika

q-best_times = Ni wakati gani mzuri zaidi wa kuwasiliana nawe? (Unaweza kuruka swali hili.)
label-best_times = Nyakati bora
opt-best_times-__skip = Ruka

q-danger_now = Je, kuna mtu yeyote aliye hatarini sasa hivi?
label-danger_now = Hatari sasa
opt-danger_now-no = Hapana
opt-danger_now-yes = Ndiyo

## Multi-select and shared words

done = Nimemaliza
no = Hapana
multi-howto = Unaweza pia kuandika namba kadhaa kwa pamoja, kwa mfano: 1 3
error-generic = Samahani, hitilafu imetokea upande wetu. Majibu yako ya awali yako salama. Tafadhali jaribu tena, au tuma /help.
slow-down = Unatuma ujumbe mwingi kwa haraka. Tunahifadhi kila mmoja na tutajibu baada ya muda mfupi.
resend-please = Samahani, hatukuweza kusoma ujumbe wako wa mwisho. Tafadhali utume tena.

## Summary and changes

summary = Hili ndilo ombi lako. Tafadhali lihakiki.
summary-line = { $label }: { $value }
summary-files = Faili zilizoambatishwa: { $count }
summary-level = Msaada unaopendekezwa: { $level ->
        [1] taarifa na ushauri (kiwango cha 1)
        [2] ushirikiano (kiwango cha 2)
       *[other] ushirikiano wenye ufadhili mkubwa (kiwango cha 3)
    }. Mwezeshaji atathibitisha hili pamoja nawe.
summary-skipped = (imerukwa)
summary-file-photo = (picha)
summary-file-document = (hati)
summary-file-voice = (ujumbe wa sauti)
summary-file-audio = (sauti)
summary-file-video = (video)
summary-submit = Tuma ombi langu
summary-change = Badilisha jibu
summary-cancel = Ghairi
q-edit = Unataka kubadilisha jibu lipi?
edit-back-to-summary = Rudi kwenye muhtasari

submitted = Ombi lako limetumwa. Namba yako ya kumbukumbu ni { $ref }. Mwezeshaji wa kikanda atalisoma na kukujibu hapa, kwa kawaida ndani ya { $days ->
        [one] siku moja
       *[other] siku { $days }
    }.
submitted-urgent = Umetuambia kuwa hili ni la dharura au linahusu usalama: limewekwa alama ya dharura. Ikiwa kuna mtu aliye hatarini sasa hivi, tafadhali wasiliana pia na watu unaowaamini walio karibu nawe.
submitted-unsafe = Umesema mazungumzo haya huenda si salama. Tutaandika ujumbe mfupi. Mwezeshaji atakapokuandikia, unaweza kumweleza njia salama zaidi ya kukufikia.
submitted-commands = Tuma /status kuona maombi yako, au /forget kufuta kila kitu kinachokuhusu.

## Commands

help = Jibu kwa kuandika namba ya chaguo, au bonyeza kitufe chake ukiona vitufe.
    /start — kuanza ombi
    /back — swali lililopita
    /skip — kuruka swali la hiari
    /language — kubadilisha lugha
    /status — kuona maombi yako
    /case — kuchagua ombi ambalo ujumbe wako unahusu
    /cancel — kusimamisha ombi la sasa
    /forget — kufuta kila kitu kinachokuhusu
    /help — ujumbe huu
unknown-command = Siijui amri { $command }. Tuma /help kuona ninachoelewa.
already-in-progress = Tayari una ombi linaloendelea. Tuendelee.
nothing-to-cancel = Hakuna ombi linaloendelea.
nothing-to-go-back = Hakuna hatua iliyotangulia hapa.
back-at-start = Hili ni swali la kwanza.
cannot-skip = Swali hili haliwezi kurukwa.
kept-going = Sawa, hakuna kilichobadilishwa.
cancelled = Ombi lako limesimamishwa na majibu yake yamefutwa. Tuma /start kuanza upya.
confirm-cancel = Je, tusimamishe ombi hili na kufuta majibu yake?
confirm-cancel-yes = Ndiyo, simamisha
confirm-forget = Je, tufute kila kitu kinachokuhusu: majibu yako, maombi yako na mawasiliano yako? Hili haliwezi kutenduliwa.
confirm-forget-yes = Ndiyo, futa kila kitu
forgotten = Kila kitu kinachokuhusu kimefutwa. Unaweza pia kufuta mazungumzo haya kwenye simu yako. Tuma /start ikiwa siku moja utataka kuandika tena.

status-none = Bado huna maombi. Tuma /start kutuma ombi.
status-intro = { $count ->
        [one] Ombi lako:
       *[other] Maombi yako { $count }:
    }
status-line = { $ref } — { $status } (lilitumwa tarehe { $date })
status-waiting = { $count ->
        [one] Mazungumzo mengine yanakusubiri: tuma /switch kuyaendeleza.
       *[other] Mazungumzo mengine { $count } yanakusubiri: tuma /switch kuendeleza yanayofuata.
    }
switch-nothing = Hakuna mazungumzo mengine yanayosubiri.
status-received = limepokelewa
status-triage = linapitiwa
status-due_diligence = linakaguliwa
status-matching = tunatafuta washirika
status-agreement = tunakubaliana mpango
status-implementation = linaendelea
status-evaluation = linatathminiwa
status-closed = limefungwa
status-declined = limekataliwa
status-referred = limeelekezwa kwingine

menu = { $count ->
        [one] Una ombi moja kwetu.
       *[other] Una maombi { $count } kwetu.
    } Ungependa kufanya nini?
menu-new = Tuma ombi jipya
menu-status = Angalia maombi yangu

## Command menu (shown by the messenger next to the message box)

cmd-start = Anza ombi
cmd-help = Jinsi ya kutumia boti hii
cmd-language = Badilisha lugha
cmd-status = Angalia maombi yako
cmd-cancel = Simamisha ombi la sasa
cmd-forget = Futa kila kitu kinachokuhusu
cmd-back = Rudi kwenye swali lililopita
cmd-skip = Ruka swali la hiari

## Help with answers

hint-empty = Nimepokea ujumbe mtupu.
hint-choice = Tafadhali chagua mojawapo ya machaguo: andika namba yake, kuanzia 1 hadi { $count }, au bonyeza kitufe chake ukiona vitufe.
hint-stale-choice = Kitufe hicho ni cha swali lililopita. Hili ndilo swali la sasa.
hint-multi-empty = Tafadhali chagua angalau chaguo moja, kisha chagua Nimemaliza.
hint-too-long = Ujumbe wako ni mrefu mno: herufi { $length }, na kikomo ni { $limit }. Tafadhali ufupishe, uugawe, au tuma ujumbe wa sauti.
hint-country = Sikuweza kuitambua nchi hiyo. Tafadhali andika jina lake, kwa mfano "Kenya" au "Peru".
input-help = Ukikwama: andika namba ya chaguo (au bonyeza kitufe chake ukiona vitufe). Tuma /back kurudi nyuma, /help kupata msaada, au /cancel kusimamisha.

## Files

file-sticker = Stika haziwezi kutumika kama jibu.
file-type-refused = Samahani, siwezi kupokea aina hii ya faili. Unaweza kutuma picha, hati (PDF, Word au maandishi), ujumbe wa sauti, faili za sauti au video fupi.
file-too-big = Faili hii ni kubwa mno. Kikomo ni MB { $limit_mb }.
file-unavailable = Sikuweza kupakua faili hii. Tafadhali jaribu kuituma tena.
file-before-consent = Tafadhali jibu swali kwanza. Hakuna kinachohifadhiwa hadi utakapokubali.
file-too-many = Umeshatuma faili { $limit }; hicho ndicho kikomo kwa ombi moja.
file-quota = Umefikia kikomo cha faili kwa siku moja (faili { $files } au MB { $limit_mb }), kwa hiyo faili hii haikuhifadhiwa. Kila ulichotuma kabla kiko salama. Tafadhali itume tena kesho, au ielezee kwa maneno.
file-saved-answer = Faili imepokelewa na kuambatishwa kwenye ombi lako.
file-saved-evidence = Faili imepokelewa na kuambatishwa kwenye ombi lako kama ushahidi.

# --- coming back, long answers, several choices, which request (issue 11) ---
welcome-back = Karibu tena. Hapa ndipo tulipoishia; majibu yako ya awali yamehifadhiwa.
text-more = Nimepokea. Kama kuna zaidi, tuma sasa nami nitaiongeza kwenye jibu hili. Ukimaliza, chagua "Ni hayo tu".
text-done = Ni hayo tu
hint-answer-full = Jibu hili limefikia kikomo chake cha herufi { $limit }. Chagua "Ni hayo tu" kuendelea; unaweza pia kutuma ujumbe wa sauti au hati.
multi-selected = Ulichochagua hadi sasa: { $selection }. Chagua zaidi, chagua kimoja tena kukiondoa, au chagua Nimemaliza.
multi-selected-none = Bado hujachagua chochote. Chagua chaguo moja au zaidi, kisha Nimemaliza.
relay-sent-case = Umepelekwa kwa mwezeshaji wa ombi { $ref }. Ujumbe wako unaofuata pia utaenda kwa { $ref }.
relay-switch = Kuhusu ombi jingine
relay-case-chosen = Sawa: ujumbe wako unaofuata utaenda kwa mwezeshaji wa ombi { $ref }. Tuma /case kubadilisha.
case-only-one = Una ombi moja tu lililo wazi, kwa hiyo ujumbe wako unaenda kwake.
case-none-open = Huna ombi lililo wazi kwa sasa. Tuma /start kuanza jipya.
case-not-now = Tumalize hili kwanza; baadaye, /case huchagua ombi ambalo ujumbe wako unahusu.
cmd-case = Kuchagua ombi ambalo ujumbe wako unahusu
