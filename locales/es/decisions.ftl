# CRE Bot — Spanish (es, Latin-American neutral) catalog, part 3: what requesters and collaborators are told about decisions and agreements.
# Review status: machine-drafted by the developers on 2026-12-02; needs review by a native speaker before deployment.
# Same message ids, variables and order as the English source catalog (locales/en/decisions.ftl).

## A request declined or referred

decision-declined = Su solicitud { $ref } fue rechazada. Motivo: { $reason }.
    { $next }
decision-referred = Su solicitud { $ref } fue derivada a otra organización. Motivo: { $reason }.
    { $next }
decision-facilitator-words = Su facilitador o facilitadora añade: { $text }
reason-out_of_scope = fuera de lo que apoya el intercambio
reason-not_enough_info = no hay información suficiente para actuar
reason-better_elsewhere = otra organización puede ayudar mejor
reason-no_capacity = sin capacidad en este momento
reason-duplicate = igual que otra solicitud
decision-next-out_of_scope = El intercambio apoya a comunidades afectadas por proyectos de inversión y desarrollo. Otras organizaciones quizá puedan ayudarle, y si su situación cambia puede enviar una nueva solicitud en cualquier momento con /start.
decision-next-not_enough_info = Puede enviar una nueva solicitud con más detalles (qué ocurre, dónde y quién está implicado) en cualquier momento con /start.
decision-next-better_elsewhere = Otra organización puede ayudarle mejor. Si más adelante necesita algo más, puede enviar una nueva solicitud con /start.
decision-next-no_capacity = No es un juicio sobre su solicitud. Puede enviarla de nuevo más adelante con /start, y mientras tanto otras organizaciones quizá puedan ayudarle.
decision-next-duplicate = Su otra solicitud sigue adelante: /status muestra en qué punto está.

## A saved agreement, to confirm

agreement-confirm = El acuerdo de su solicitud { $ref } está listo. Léalo: usted decide quién participa. ¿Está de acuerdo? (Toque un botón, o envíe /agree { $ref } o /disagree { $ref }.)
agreement-confirm-collaborator = El acuerdo de la solicitud { $ref } está listo. Léalo: ¿está de acuerdo? (Toque un botón, o envíe /agree { $ref } o /disagree { $ref }.)
agreement-confirm-yes = Sí, estoy de acuerdo
agreement-confirm-no = No, quiero cambios
agreement-involved = Participan: { $names }
agreement-involved-none = Ningún colaborador ha confirmado todavía.
agreement-thanks-yes = Gracias: se registró su conformidad con el acuerdo de { $ref }.
agreement-thanks-no = Gracias: se informó a quien facilita que usted quiere cambios en el acuerdo de { $ref }; hablará con usted.
agreement-answer-unknown = No hay ningún acuerdo de { $ref } esperando su respuesta.
