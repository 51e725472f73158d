# CRE Bot — pt catalog, part 3: privacy (a withdrawn case, what is removed from files).
# Review status: drafted by the developers on 2026-12-02; needs review by a native speaker before deployment.
# Same message ids, variables and order as the English source catalog (locales/en/privacy.ftl).

status-withdrawn = retirado (a pessoa saiu)
ws-case-withdrawn = A pessoa que enviou { $ref } apagou os seus dados e deixou o intercâmbio. O caso está agora encerrado como retirado; nada sobre ela é guardado.
privacy-file-cleaned = Os dados de localização e os detalhes da câmera são removidos das fotos e dos documentos PDF antes que outra pessoa os veja.
privacy-file-may-hold-metadata = Este tipo de arquivo (documento de escritório, áudio ou vídeo) ainda pode conter dados ocultos, como o nome do autor ou o aparelho usado. Trate-o com cuidado.
