# CRE Bot — sw catalog, part 3: privacy (a withdrawn case, what is removed from files).
# Review status: drafted by the developers on 2026-12-02; needs review by a native speaker before deployment.
# Same message ids, variables and order as the English source catalog (locales/en/privacy.ftl).

status-withdrawn = imeondolewa (mwombaji ameondoka)
ws-case-withdrawn = Mwombaji wa { $ref } amefuta taarifa zake na kuondoka kwenye mtandao huu. Kesi sasa imefungwa kama imeondolewa; hakuna kinachohifadhiwa kumhusu.
privacy-file-cleaned = Taarifa za mahali na maelezo ya kamera huondolewa kwenye picha na nyaraka za PDF kabla mtu mwingine hajaziona.
privacy-file-may-hold-metadata = Aina hii ya faili (hati ya ofisini, sauti au video) bado inaweza kuwa na maelezo yaliyofichwa kama jina la mwandishi au kifaa kilichotumika. Ishughulikie kwa uangalifu.
