# CRE Bot — Spanish catalog (es, Latin-American neutral), part 2: the facilitator workspace, the relay and collaborators.
# Review status: machine-drafted by the developers on 2026-11-22; needs review by a native speaker before deployment.
# Same message ids, variables and order as the English source catalog (locales/en/workspace.ftl).

## Facilitators

ws-not-facilitator = Lo siento, solo los facilitadores del Intercambio pueden hacer eso.
ws-no-case = No encuentro ninguna solicitud con la referencia { $ref }.
ws-which-case = ¿Para qué solicitud es { $command }? Elija una abajo, o envíe { $command } seguido de su referencia (p. ej. { $command } K7M4-Q2XP).
ws-which-case-none = { $command } necesita una solicitud, y no hay solicitudes abiertas en su región. Envíe { $command } seguido de una referencia, o /cases para comprobarlo.
ws-refused = La solicitud { $ref } pertenece a otra región: usted no puede actuar sobre ella.
ws-cases-none = No hay solicitudes abiertas en su región.
ws-cases-intro = { $count ->
        [one] { $count } solicitud abierta:
       *[other] { $count } solicitudes abiertas:
    }
ws-cases-line = { $urgent }{ $ref } · { $country } · nivel { $level } · { $status } · { $owner }
ws-act-open-ref = Abrir { $ref }
ws-owner-nobody = sin responsable
ws-owner-you = a su cargo
ws-urgent-mark = ⚠ URGENTE ·{" "}
ws-case-header = { $urgent }Solicitud { $ref } · { $country } · nivel { $level } · { $status } · { $owner }
ws-case-erased = La persona solicitante borró sus datos: solo queda información anónima.
ws-case-referral-code = Código de organización aliada: { $code }
ws-act-claim = Asumir
ws-act-release = Liberar
ws-act-reply = Escribir a la persona solicitante
ws-act-note = Agregar una nota privada
ws-act-move = Cambiar el estado
ws-act-level = Fijar el nivel
ws-act-assign = Asignar a un colega
ws-act-match = Sugerir colaboradores
ws-act-agreement = Registrar el acuerdo
ws-act-reroute = Enviar a otra región
ws-act-urgent = Marcar como urgente
ws-act-open = Abrir
ws-act-save = Guardar
ws-act-drop = Descartar
ws-already-yours = Usted ya asumió la solicitud { $ref }.
ws-claimed-by-other = { $name } ya asumió la solicitud { $ref }.
ws-claimed = Usted asumió la solicitud { $ref }. Se informó a la persona solicitante que su solicitud está siendo atendida.
ws-released = Usted liberó la solicitud { $ref }; vuelve a estar sin responsable.
ws-not-yours = La solicitud { $ref } no está a su cargo.
ws-name = { $name }
ws-pick-colleague = ¿Quién debe encargarse de la solicitud { $ref }?
ws-assigned-to-you = Se le asignó la solicitud { $ref }.
ws-assigned = La solicitud { $ref } ahora está asignada a { $name }.
ws-pick-region = ¿Qué región debe encargarse de la solicitud { $ref }?
ws-rerouted = La solicitud { $ref } se envió a { $region }, sin responsable; se avisó a sus facilitadores.
ws-case-final = La solicitud { $ref } está { $status }: ya no se puede modificar. Solo la coordinación puede reabrirla (/reopen { $ref }).
ws-act-reopen = Reabrir
ws-reopened = La solicitud { $ref } está abierta de nuevo y vuelve a la revisión inicial.
ws-reopen-coordinator-only = Solo la coordinación puede reabrir la solicitud { $ref }.
ws-reopen-not-final = La solicitud { $ref } sigue abierta: no hay nada que reabrir.
ws-file-needs-reply = Este archivo no se guardó. Para enviar un archivo a una persona solicitante, elija primero Responder en su solicitud (/reply REF) y luego envíe el archivo.
ws-level-1 = Nivel 1: información
ws-level-2 = Nivel 2: colaboración
ws-level-3 = Nivel 3: financiamiento importante
ws-pick-level = La solicitud { $ref } está en el nivel { $level }. ¿Qué nivel?
ws-level-set = La solicitud { $ref } ahora está en el nivel { $level }.
ws-pick-status = La solicitud { $ref } está "{ $status }". Pasarla a:
ws-status-set = La solicitud { $ref } ahora está "{ $status }". Se informó a la persona solicitante.
ws-urgent-set = La solicitud { $ref } quedó marcada como urgente.
ws-ask-note = Envíe su nota para la solicitud { $ref }. Solo los facilitadores la verán.
ws-note-saved = Nota guardada en la solicitud { $ref }.
ws-requester-gone = La persona solicitante de { $ref } borró sus datos; ya no es posible comunicarse con ella.
ws-ask-reply = Envíe su mensaje para la persona solicitante de { $ref }. Se le hará llegar sin mostrar su nombre ni su cuenta.
ws-reply-sent = Enviado a la persona solicitante de { $ref }.
ws-matches-none = Todavía no hay colaboradores disponibles que correspondan a la solicitud { $ref }.
ws-matches-intro = Colaboradores sugeridos para la solicitud { $ref } (los más cercanos primero):
ws-match-line = { $name } · { $tier } · { $strategies }
ws-tier-local = mismo país
ws-tier-regional = misma región
ws-tier-international = internacional
ws-invite-name = Invitar a { $name }
ws-invite-sent = Se invitó a { $name } a colaborar en la solicitud { $ref }. Le avisaremos cuando responda.
ws-invite-accepted = { $name } aceptó colaborar en la solicitud { $ref }.
ws-invite-declined = { $name } declinó colaborar en la solicitud { $ref }.
ws-agreement-ask-activities = Acuerdo para la solicitud { $ref }. 1/7: ¿Qué actividades se realizarán?
ws-agreement-ask-timeline = 2/7: ¿Cuál es el calendario?
ws-agreement-ask-roles = 3/7: ¿Cuál es el papel de cada colaborador?
ws-agreement-ask-budget = 4/7: ¿Cuál es el presupuesto? (Escriba "ninguno" si no hay).
ws-agreement-ask-band = 5/7: ¿Qué rango de financiamiento corresponde?
ws-agreement-ask-results = 6/7: ¿Cómo se usarán después los resultados y los conocimientos?
ws-agreement-ask-disputes = 7/7: ¿Cómo se resolverán los desacuerdos?
ws-agreement-dropped = Se descartó el borrador de acuerdo para la solicitud { $ref }.
ws-agreement-stale = Ese botón es de un borrador de acuerdo que ya no está abierto para la solicitud { $ref }. Envíe /agreement { $ref } para empezar de nuevo.
ws-new-case = { $urgent }Nueva solicitud { $ref } · { $country } · nivel { $level } · { $language } · { $region }
    Apoyo solicitado: { $strategies }
ws-relay-from-requester = Mensaje de la persona solicitante de { $ref }:
    { $text }
ws-relay-file = La persona solicitante de { $ref } envió un archivo. { $text }
ws-escalation = Nadie ha asumido la solicitud { $ref } ({ $region }) después de { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    }.
ws-requester-unreachable = No se pudo entregar un mensaje a la persona solicitante de { $ref }: quizá bloqueó el bot o dejó la aplicación. Inténtelo más tarde o use otro medio acordado.

## Agreement

agreement-label-activities = Actividades
agreement-label-timeline = Calendario
agreement-label-roles = Funciones
agreement-label-budget = Presupuesto
agreement-label-band = Financiamiento
agreement-label-results = Uso de los resultados
agreement-label-disputes = Resolución de desacuerdos
agreement-band-none = No se necesita financiamiento
agreement-band-up_to_5k = Hasta 5000 USD (nivel 2)
agreement-band-5k_to_30k = De 5000 a 30 000 USD (nivel 3)
## Requesters, once a request is sent

case-claimed = Un facilitador está revisando ahora su solicitud { $ref }. Le escribirá por aquí.
status-changed = Su solicitud { $ref } ahora está: { $status }.
relay-to-requester = Mensaje de su facilitador sobre { $ref }:
    { $text }
relay-file-to-requester = Su facilitador le envió un archivo sobre { $ref }. { $text }
relay-sent = Se envió al facilitador de { $ref }.
relay-pick-case = ¿Sobre qué solicitud es su mensaje?
relay-case = { $ref }
still-looking = No nos hemos olvidado de su solicitud { $ref }: seguimos buscando a la persona adecuada. Gracias por su paciencia.

## Collaborators

collab-invite = Un facilitador del Intercambio de Recursos Comunitarios (Community Resource Exchange) le invita a apoyar la solicitud de una comunidad ({ $ref }, { $country }): { $strategies }. ¿Le gustaría colaborar?
collab-accept = Sí, acepto
collab-decline = No, esta vez no
collab-thanks-accept = ¡Gracias! El facilitador se comunicará con usted sobre { $ref }.
collab-thanks-decline = Gracias por responder. Se informó al facilitador.
collab-already-answered = Usted ya respondió a esta invitación para { $ref }.
collab-help = Usted está registrado como colaborador del Intercambio de Recursos Comunitarios. No hay ninguna invitación pendiente de su respuesta; un facilitador le escribirá por aquí cuando una comunidad pueda necesitar su apoyo.
collab-help-pending = Una invitación para { $ref } espera su respuesta: toque un botón, o escriba 1 para aceptar o 2 para rechazar.

## Console simulator

console-persona-requester = Ahora usted es la persona de la comunidad "{ $name }".
console-persona-facilitator = Ahora usted es facilitador de { $region } ("{ $name }"). Envíe /cases para ver las solicitudes.
console-persona-coordinator = Ahora usted es el coordinador. Envíe /cases para ver todas las solicitudes abiertas.
console-persona-unknown = Perfil desconocido. Use: /as requester [nombre] · /as facilitator REGION · /as coordinator. Regiones: { $regions }.

## Facilitators: decisions, history, agreement edits and confirmations (issue 11)

ws-help =
    Comandos de facilitación:
    /cases — solicitudes abiertas de su región
    /open REF — detalles e historial
    /claim REF — hacerse cargo
    /release REF — devolverla a la cola
    /assign REF — pasarla a un colega
    /level REF — fijar su nivel (1, 2 o 3)
    /move REF — cambiar su estado
    /note REF — una nota privada para el equipo de facilitación
    /reply REF — escribir a quien la solicitó
    /match REF — buscar colaboradores
    /agreement REF — redactar o editar el acuerdo
    /urgent REF — marcarla como urgente (otra vez para deshacer)
    /reroute REF — enviarla a otra región
    /cancel — detener lo que está escribiendo (no se guarda nada)
    También puede escribir el número de una opción, o tocarla si ve botones.
ws-act-not-urgent = No es urgente
ws-act-edit = Editar una parte
ws-urgent-unset = La solicitud { $ref } ya no está marcada como urgente.
ws-cancelled = Cancelado: no se guardó ni se envió nada para { $ref }.
ws-nothing-to-cancel = No hay nada que cancelar.
ws-pick-reason = ¿Por qué la solicitud { $ref } está «{ $status }»? Elija el motivo que se comunicará a la persona solicitante:
ws-ask-decision-words = Motivo: { $reason }. ¿Quiere añadir algo para la persona solicitante, por ejemplo qué organización puede ayudar y cómo contactarla? Envíelo, o /skip para enviar solo el motivo.
ws-decision-set = La solicitud { $ref } está ahora «{ $status }» ({ $reason }). Se informó a la persona solicitante del motivo y de lo que puede hacer después.
ws-invited-line = Ya invitado: { $name } · { $answer }
ws-invitation-invited = sin respuesta todavía
ws-invitation-accepted = aceptó
ws-invitation-declined = declinó
ws-already-invited = { $name } ya fue invitado a la solicitud { $ref }.
ws-invite-offline = Se registró la invitación a { $name } para la solicitud { $ref }. No usa mensajería: contáctelo directamente en { $contact }.
ws-invite-offline-no-contact = Se registró la invitación a { $name } para la solicitud { $ref }. No usa mensajería y no hay ningún contacto registrado: consulte a la coordinación.
ws-case-where = Idioma: { $language } · Región: { $region }
ws-case-agreement = Acuerdo registrado por { $name } el { $date }:
ws-case-agreement-yes = ✓ { $name } está de acuerdo
ws-case-agreement-no = ✗ { $name } pide cambios
ws-case-invitation = Invitación: { $name } · { $answer } · { $date }
ws-case-note = Nota de { $name }, { $date }: { $text }
ws-case-history-older = { $count ->
        [one] No se muestra un mensaje más antiguo.
       *[other] No se muestran { $count } mensajes más antiguos.
    }
ws-case-from-requester = { $date } · de la persona solicitante: { $text }
ws-case-to-requester = { $date } · a la persona solicitante: { $text }
ws-party-requester = La persona solicitante
ws-agreement-pick-field = ¿Qué parte del acuerdo de la solicitud { $ref } quiere cambiar?
ws-agreement-review = Acuerdo de la solicitud { $ref }. ¿Guardarlo y enviarlo a la persona solicitante y a los colaboradores para que lo confirmen, o editar antes una parte?
ws-agreement-saved = El acuerdo de la solicitud { $ref } está guardado y se envió { $count ->
        [0] a la persona solicitante
        [one] a la persona solicitante y a un colaborador
       *[other] a la persona solicitante y a { $count } colaboradores
    } para que lo confirmen. Se le avisará de cada respuesta.
ws-agreement-saved-level = El acuerdo de la solicitud { $ref } está guardado y se envió { $count ->
        [0] a la persona solicitante
        [one] a la persona solicitante y a un colaborador
       *[other] a la persona solicitante y a { $count } colaboradores
    } para que lo confirmen. Su tramo de financiación sitúa la solicitud en el nivel { $level }.
ws-agreement-answer-yes = { $name } aprobó el acuerdo de la solicitud { $ref }.
ws-agreement-answer-no = { $name } pide cambios en el acuerdo de la solicitud { $ref }. Hablen de ello y luego edítelo con /agreement { $ref }.
ws-agreement-all-agreed = Todas las partes aprobaron el acuerdo de la solicitud { $ref } ({ $name } en último lugar). Puede pasarla a ejecución.
ws-agreement-saved-ask-level = El acuerdo de la solicitud { $ref } está guardado y se envió a la persona solicitante y a los colaboradores para que lo confirmen. Su tramo de financiación corresponde al nivel { $level }, más bajo que el de la solicitud: ¿cambiar el nivel?
