# CRE Bot — catálogo en español, parte 3: financiación (convocatorias, solicitudes, grupos de trabajo de subvenciones).
# Review status: machine-drafted by the developers on 2026-12-02; needs review by a native speaker before deployment.
# Same message ids, variables and order as the English source catalog (locales/en/funding.ftl).

## Facilitadores: preparar una solicitud

ws-act-apply = Preparar una solicitud de financiación
ws-act-apsend = Enviar la solicitud
ws-act-funds = Enviar esta lista a la persona solicitante
fund-level-not-funded = La solicitud { $ref } está en el nivel { $level }: solo las colaboraciones de nivel 2 y 3 pueden solicitar financiación. Primero fije el nivel con /level.
fund-no-call = Ahora no hay ninguna convocatoria abierta para la región de { $ref }, ni todavía una lista de otros fondos. La coordinación puede añadirla con cre-admin resources.
fund-no-call-resources = Ahora no hay ninguna convocatoria abierta para la región de { $ref } (no hay subvenciones de emergencia entre convocatorias). Otros fondos que pueden ayudar:
fund-resource-line = • { $text }
fund-ask-amount = Solicitud para { $ref } (nivel { $level }), 1/5: ¿cuánto se solicita, en dólares estadounidenses? Escriba un número, por ejemplo 4500.
fund-ask-purpose = 2/5: ¿qué pagará el dinero?
fund-ask-applicant = 3/5: ¿quién presenta la solicitud?
fund-ask-capacity = 4/5: ¿cómo fortalecerá esto la capacidad de la comunidad o del grupo? (Escriba - si no lo hace.)
fund-ask-security = 5/5: ¿es apoyo de seguridad para una persona defensora de derechos humanos?
fund-applicant-individual = Una persona
fund-applicant-group = Un grupo o colectivo
fund-applicant-organisation = Una organización
fund-security-yes = Sí, apoyo de seguridad para una persona defensora
fund-security-no = No
fund-label-amount = Monto (USD)
fund-label-purpose = Paga
fund-label-applicant = Solicitante
fund-label-capacity = Fortalece capacidades
fund-label-security = Apoyo de seguridad para una persona defensora
fund-label-strategies = Apoyo buscado
fund-review = Solicitud para { $ref } (nivel { $level }). ¿Enviarla a la convocatoria abierta?
fund-amount-invalid = Ese no es un monto que pueda usar: escriba un número positivo de dólares estadounidenses, por ejemplo 4500 o 4,500.50. No se guardó nada.
fund-amount-over-level2 = El nivel 2 puede solicitar hasta 5.000 USD. Para más, la persona solicitante puede pedir continuar en el nivel 3 después del acuerdo. No se guardó nada.
fund-amount-under-level3 = El nivel 3 es para solicitudes de más de 5.000 USD (hasta 30.000 USD). No se guardó nada.
fund-amount-over-level3 = El nivel 3 puede solicitar hasta 30.000 USD. No se guardó nada.
fund-draft-stale = Ese botón pertenece a una solicitud que ya no se está preparando para { $ref }. Escriba /apply { $ref } para empezar de nuevo.
fund-call-gone = La convocatoria de esta solicitud se ha cerrado. No se envió nada para { $ref }.
fund-sent = La solicitud para { $ref } se envió a la convocatoria { $call }. El grupo de trabajo de subvenciones la revisará cuando la convocatoria cierre el { $closes }.
fund-dropped = La solicitud para { $ref } se descartó; no se envió nada.
fund-continue-not-level2 = Solo una colaboración de nivel 2 puede continuar en el nivel 3; { $ref } no está en el nivel 2.
ws-fund-continue-recorded = Registrado: la persona solicitante de { $ref } pide continuar en el nivel 3. Ya puede preparar una solicitud de nivel 3.
ws-fund-continue-requested = La persona solicitante de { $ref } pide continuar la colaboración en el nivel 3 (5.000 a 30.000 USD).
fund-no-resources = Todavía no hay una lista de otros fondos para esta región; no se envió nada para { $ref }.
fund-resources-sent = La lista de otros fondos se envió a la persona solicitante de { $ref }.
ws-fund-call-open = Hay una convocatoria { $kind } abierta (convocatoria { $call }): { $amount } USD disponibles hasta el { $closes }. Criterios: { $criteria }
    Use /apply REF para una solicitud de nivel 2 o 3.
fund-call-kind-open = abierta
fund-call-kind-targeted = dirigida
ws-fund-no-group = La convocatoria { $call } se cerró pero la región { $region } no tiene miembros en el grupo de trabajo de subvenciones: regístrelos con cre-admin grants add.
ws-fund-undecided = El grupo de trabajo no pudo decidir la solicitud { $number } (caso { $ref }). Decídala con cre-admin calls decide.
ws-fund-decision = Decisión de financiación para { $ref }: { $reason }.

## Personas solicitantes

fund-sent-requester = Su facilitador o facilitadora envió una solicitud de financiación de { $amount } USD para su solicitud { $ref }. Se le informará la decisión.
fund-continue-offer = Si la colaboración de { $ref } necesita más financiación de la que tiene (5.000 a 30.000 USD), puede pedir continuarla en el nivel 3. Pulse el botón o envíe /level3 { $ref }.
fund-continue-yes = Pedir continuar en el nivel 3
fund-continue-asked = Su pedido de continuar { $ref } en el nivel 3 se transmitió a su facilitador o facilitadora.
fund-continue-refused = Lo sentimos, no puedo pedirlo ahora: solo la persona solicitante de una colaboración de nivel 2 puede pedir continuarla en el nivel 3 (el botón, o /level3 y la referencia).
fund-resources-requester = Sobre su solicitud { $ref }: ahora no hay ninguna convocatoria abierta. Estos otros fondos podrían ayudar:
fund-call-for-you = Hay una convocatoria abierta hasta el { $closes }: su solicitud { $ref } podría presentarse. Su facilitador o facilitadora puede preparar la solicitud con usted.
fund-decision-approved = Buenas noticias: la solicitud de financiación de su solicitud { $ref } fue aprobada: { $amount } USD.
fund-decision-declined = La solicitud de financiación de su solicitud { $ref } no fue aprobada. Motivo: { $reason }. Próximo paso: { $next }.
fund-decision-pending = La decisión sobre la solicitud de financiación de su solicitud { $ref } necesita un poco más de tiempo. Se le informará.
fund-next-later-call = puede volver a presentarse en una convocatoria posterior, y el intercambio puede derivarle a otro financiador
fund-referred = Sobre su solicitud { $ref }: el intercambio le deriva a otro financiador que puede ayudar: { $text }
fund-reason-approved = aprobada por el grupo de trabajo de subvenciones
fund-reason-declined_by_group = el grupo de trabajo de subvenciones no la aprobó
fund-reason-no_funds = los fondos de la convocatoria se agotaron antes de esta solicitud
fund-reason-undecided = la decisión está en manos de la coordinación

## Miembros de los grupos de trabajo de subvenciones

fund-not-member = Lo sentimos, solo los miembros del grupo de trabajo de subvenciones de la región pueden hacer eso.
fund-member-help = No hay nada pendiente de su revisión. Recibirá aquí cada solicitud cuando cierre una convocatoria.
fund-review-start = La convocatoria { $call } se cerró. Revise cada solicitud antes del { $until }. Sus respuestas son privadas del grupo; el comentario es opcional.
fund-review-item = Solicitud { $number } ({ $position } de { $total }) · convocatoria { $call } · nivel { $level } · { $amount } USD · { $country }
fund-vote-approve = Aprobar
fund-vote-decline = Rechazar
fund-vote-abstain = Abstenerme
fund-vote-conflict = Tengo un conflicto de intereses
fund-ask-score = Solicitud { $number }: ¿qué prioridad le da, de 1 (baja) a 5 (alta)?
fund-score-1 = 1
fund-score-2 = 2
fund-score-3 = 3
fund-score-4 = 4
fund-score-5 = 5
fund-ask-comment = Solicitud { $number }: ¿algún comentario para el grupo? Escríbalo, o toque «Sin comentario» (o envíe 1).
fund-no-comment = Sin comentario
fund-vote-saved = Guardado para la solicitud { $number }: { $answer }, prioridad { $score }, { $comment }.
fund-saved-comment = con su comentario
fund-saved-no-comment = sin comentario
fund-conflict-noted = Anotado: tiene un conflicto de intereses en la solicitud { $number }, así que no vota sobre ella.
fund-already-voted = Ya respondió sobre la solicitud { $number }.
fund-review-closed = La revisión de la solicitud { $number } está cerrada: ya no se aceptan respuestas. No se cambió nada.
fund-review-done = Respondió todas las solicitudes que le esperaban. Gracias.
fund-stale = Ese botón no corresponde a la pregunta actual.
fund-choice-invalid = Responda con una de las opciones: 1 aprobar, 2 rechazar, 3 abstenerse, 4 conflicto de intereses.
fund-score-invalid = Indique una prioridad de 1 a 5.
fund-reminder = Recordatorio: la revisión de la convocatoria { $call } termina el { $until }.
fund-ranking = Ya están todas las respuestas de la convocatoria { $call }. Clasificación propuesta, primero las solicitudes aprobadas (primero grupos y colectivos salvo apoyo de seguridad para una persona defensora, luego fortalecimiento de capacidades, luego sus puntuaciones):
fund-ranking-line = { $position }. Solicitud { $number } · nivel { $level } · { $amount } USD · { $applicant } · puntuación { $score } · { $outcome }
fund-ranking-comment =     – comentario: { $text }
fund-ranking-budget = Presupuesto: { $available } USD disponibles; las solicitudes aprobadas toman { $granted } USD; quedan { $left } USD.
fund-outcome-approved = aprobada
fund-outcome-declined = rechazada
fund-outcome-undecided = sin decisión (pasa a la coordinación)
fund-outcome-no_funds = aprobada, pero el dinero se acaba antes de llegar a ella
fund-confirm = Confirmar esta clasificación
fund-confirm-noted = Su confirmación de la clasificación de la convocatoria { $call } quedó registrada; se espera a los demás miembros.
fund-decided = La clasificación de la convocatoria { $call } está confirmada y las decisiones se enviaron.
fund-ranking-closed = La clasificación de la convocatoria { $call } ya está decidida.
fund-ranking-not-yet = La clasificación de la convocatoria { $call } aún no está lista: algunos miembros todavía no respondieron.
fund-confirm-reminder = Recordatorio: la clasificación propuesta de la convocatoria { $call } todavía necesita su confirmación. Si el grupo no la confirma a tiempo, la decisión pasa a la coordinación.
fund-confirm-expired = La clasificación propuesta de la convocatoria { $call } no se confirmó a tiempo; la decisión pasa ahora a la coordinación.
