# CRE Bot — fr catalog, part 3: privacy (a withdrawn case, what is removed from files).
# Review status: drafted by the developers on 2026-12-02; needs review by a native speaker before deployment.
# Same message ids, variables and order as the English source catalog (locales/en/privacy.ftl).

status-withdrawn = retiré (la personne est partie)
ws-case-withdrawn = La personne à l'origine de { $ref } a effacé ses données et a quitté l'échange. Le dossier est clos comme retiré ; rien la concernant n'est conservé.
privacy-file-cleaned = Les données de localisation et les informations sur l'appareil sont retirées des photos et des documents PDF avant que quiconque ne les voie.
privacy-file-may-hold-metadata = Ce type de fichier (document bureautique, audio ou vidéo) peut encore contenir des informations cachées, comme le nom de l'auteur ou l'appareil utilisé. Manipulez-le avec précaution.
