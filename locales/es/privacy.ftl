# CRE Bot — es catalog, part 3: privacy (a withdrawn case, what is removed from files).
# Review status: drafted by the developers on 2026-12-02; needs review by a native speaker before deployment.
# Same message ids, variables and order as the English source catalog (locales/en/privacy.ftl).

status-withdrawn = retirado (la persona se fue)
ws-case-withdrawn = La persona que presentó { $ref } borró sus datos y dejó el intercambio. El caso queda cerrado como retirado; no se guarda nada sobre ella.
privacy-file-cleaned = Los datos de ubicación y los detalles de la cámara se eliminan de las fotos y los documentos PDF antes de que nadie más los vea.
privacy-file-may-hold-metadata = Este tipo de archivo (documento de oficina, audio o video) aún puede contener datos ocultos, como el nombre del autor o el dispositivo usado. Manéjelo con cuidado.
