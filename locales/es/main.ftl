# CRE Bot — Spanish catalog (es, Latin-American neutral).
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

q-language = ¿Qué idioma quiere usar? Puede cambiarlo después con /language.
language-set = De acuerdo, continuaremos en español.

## Welcome and consent

welcome = Le damos la bienvenida al Intercambio de Recursos Comunitarios (Community Resource Exchange). Ayudamos a comunidades afectadas por proyectos de inversión y de desarrollo a encontrar apoyo: investigación sobre empresas y bancos, justicia o compensación, organización, campañas, asesoría técnica y seguridad.
telegram-not-encrypted = Importante: los chats con bots de Telegram no tienen cifrado de extremo a extremo. Si usted está en riesgo, pregúntenos cómo usar Signal en su lugar.
telegram-signal-offer = El Intercambio también está en Signal, que tiene cifrado de extremo a extremo: { $number }. Si lo prefiere, puede continuar allí.
signal-safety-note = Por su seguridad: puede borrar este chat en cualquier momento. En su lista de chats, mantenga presionado este chat y luego elija Eliminar; su solicitud queda guardada con nosotros. Los mensajes de aquí también pueden desaparecer solos: toque el nombre en la parte de arriba de este chat y luego Mensajes temporales.
q-consent = Antes de empezar: le haremos algunas preguntas sobre su solicitud. Sus respuestas se guardan cifradas y solo se comparten con los facilitadores regionales del Intercambio, que se comunicarán con usted por aquí. Puede borrar todo en cualquier momento con /forget. ¿Está de acuerdo?
consent-yes = Sí, estoy de acuerdo
consent-no = No
consent-thanks = Gracias. Puede volver atrás con /back, saltar las preguntas opcionales y detenerse con /cancel.
consent-declined = Entendido. No se guardó nada. Envíe /start cuando quiera empezar.

## Intake questions

q-requester_type = ¿Quién hace esta solicitud?
label-requester_type = Quién solicita
opt-requester_type-individual = Yo, a título personal
opt-requester_type-community = Un grupo comunitario
opt-requester_type-organisation = Una organización
opt-requester_type-network = Una red o un movimiento

q-requester_name = ¿Qué nombre o seudónimo debemos usar para usted o su grupo? (Puede saltar esta pregunta.)
label-requester_name = Nombre
opt-requester_name-__skip = Saltar

q-relationship = ¿Cuál es su relación con la comunidad afectada?
label-relationship = Relación
opt-relationship-affected = Nos afecta directamente
opt-relationship-supporting = Apoyamos a la comunidad
opt-relationship-other = Otra

q-community_consent = ¿Las personas afectadas conocen esta solicitud y están de acuerdo con ella?
label-community_consent = Acuerdo de la comunidad
opt-community_consent-yes = Sí, están de acuerdo
opt-community_consent-no = No
opt-community_consent-not_yet = Todavía no

q-organisations = ¿Con qué organizaciones o redes trabaja, si es el caso? (Puede saltar esta pregunta.)
label-organisations = Trabaja con
opt-organisations-__skip = Saltar

q-country = ¿En qué país está la comunidad afectada? Escriba el nombre del país.
label-country = País
opt-country-__skip = Varios países / no sé
country-did-you-mean = ¿A qué país se refiere?
country-choice = { $name }

q-locality = ¿Qué región, ciudad o pueblo? Comparta solo lo que le parezca seguro. (Puede saltar esta pregunta.)
label-locality = Lugar
opt-locality-__skip = Saltar

q-project = ¿Cómo se llama el proyecto o la inversión, y de qué se trata? También puede enviar un documento o una foto. (Salte esta pregunta si no se trata de un solo proyecto.)
label-project = Proyecto
opt-project-__skip = Saltar

q-companies = ¿Qué empresas participan, si lo sabe? (Puede saltar esta pregunta.)
label-companies = Empresas
opt-companies-__skip = Saltar

q-financiers = ¿Quién financia el proyecto? Elija todas las opciones que correspondan y luego elija Listo.
label-financiers = Financiado por
opt-financiers-development_bank = Un banco de desarrollo
opt-financiers-commercial_bank = Un banco comercial
opt-financiers-multinational = Una empresa multinacional
opt-financiers-government = Un gobierno
opt-financiers-other = Otro
opt-financiers-unknown = No sé

q-sector = ¿Qué tipo de proyecto es?
label-sector = Sector
opt-sector-mining = Minería
opt-sector-oil_gas = Petróleo y gas
opt-sector-energy = Energía o represas
opt-sector-agribusiness = Agronegocio o plantaciones
opt-sector-infrastructure = Carreteras, puertos o infraestructura
opt-sector-forestry = Sector forestal
opt-sector-tourism = Turismo
opt-sector-other = Otro
opt-sector-unknown = No sé

q-harm_timing = ¿El daño ya ocurrió, o teme que ocurra?
label-harm_timing = Daño
opt-harm_timing-happened = Ya ocurrió
opt-harm_timing-feared = Tememos que ocurra
opt-harm_timing-both = Ambas cosas

q-rights = ¿Qué derechos están afectados? Elija todas las opciones que correspondan y luego elija Listo.
label-rights = Derechos afectados
opt-rights-land = Tierra
opt-rights-water = Agua
opt-rights-livelihoods = Medios de vida
opt-rights-environment = Medio ambiente
opt-rights-consultation = Consulta y consentimiento
opt-rights-defenders = Amenazas a personas defensoras
opt-rights-health = Salud
opt-rights-culture = Cultura
opt-rights-other = Otro

q-harm = Con sus propias palabras, ¿qué está pasando? Puede escribir, o enviar un mensaje de voz o una foto.
label-harm = Qué está pasando

q-strategies = ¿Qué tipo de apoyo busca? Elija todas las opciones que correspondan y luego elija Listo.
label-strategies = Apoyo solicitado
opt-strategies-research = Investigar empresas y financiadores
opt-strategies-remedy = Acceso a reparación
opt-strategies-organising = Organización comunitaria
opt-strategies-advocacy = Incidencia y campañas
opt-strategies-expertise = Asesoría científica o técnica
opt-strategies-security = Apoyo en seguridad
opt-strategies-unsure = No sé

q-outcome = ¿Qué resultado espera? Puede escribir o enviar un mensaje de voz.
label-outcome = Resultado esperado

q-help_kind = ¿Qué tipo de ayuda necesita?
label-help_kind = Ayuda necesaria
opt-help_kind-information = Información o asesoría
opt-help_kind-collaboration = Una colaboración con otros
opt-help_kind-funding = Una colaboración con financiamiento
note-consent-needed-for-collaboration = Para las colaboraciones y el financiamiento, la comunidad afectada debe estar informada y de acuerdo. Por ahora podemos ofrecerle información y asesoría; puede cambiar su respuesta sobre el acuerdo de la comunidad en el resumen.

q-funding_band = ¿Cuánto financiamiento se necesita, aproximadamente?
label-funding_band = Financiamiento
opt-funding_band-up_to_5k = Hasta 5000 USD
opt-funding_band-5k_to_30k = De 5000 a 30 000 USD

q-referral = ¿Quién le habló de nosotros? También puede indicar un código de organización aliada. (Puede saltar esta pregunta.)
label-referral = Recomendado por
opt-referral-__skip = Saltar

q-safe_here = ¿Es seguro comunicarnos con usted por aquí?
label-safe_here = Contacto seguro aquí
opt-safe_here-yes = Sí
opt-safe_here-no = No
opt-safe_here-unsure = No sé

q-best_times = ¿Cuál es el mejor momento para comunicarnos con usted? (Puede saltar esta pregunta.)
label-best_times = Mejores horarios
opt-best_times-__skip = Saltar

q-danger_now = ¿Hay alguien en peligro en este momento?
label-danger_now = Peligro ahora
opt-danger_now-no = No
opt-danger_now-yes = Sí

## Multi-select and shared words

done = Listo
no = No
multi-howto = También puede escribir varios números a la vez, por ejemplo: 1 3
error-generic = Lo sentimos, algo falló de nuestro lado. Sus respuestas anteriores están a salvo. Por favor, intente de nuevo o envíe /help.
slow-down = Está enviando muchos mensajes muy rápido. Los guardamos todos y le responderemos en un momento.
resend-please = Lo sentimos, no pudimos leer su último mensaje. Por favor, envíelo de nuevo.

## Summary and changes

summary = Esta es su solicitud. Por favor, revísela.
summary-line = { $label }: { $value }
summary-files = Archivos adjuntos: { $count }
summary-level = Apoyo propuesto: { $level ->
        [1] información y asesoría (nivel 1)
        [2] una colaboración (nivel 2)
       *[other] una colaboración con un financiamiento importante (nivel 3)
    }. Un facilitador lo confirmará con usted.
summary-skipped = (sin respuesta)
summary-file-photo = (foto)
summary-file-document = (documento)
summary-file-voice = (mensaje de voz)
summary-file-audio = (audio)
summary-file-video = (video)
summary-submit = Enviar mi solicitud
summary-change = Cambiar una respuesta
summary-cancel = Cancelar
q-edit = ¿Qué respuesta quiere cambiar?
edit-back-to-summary = Volver al resumen

submitted = Su solicitud fue enviada. Su número de referencia es { $ref }. Un facilitador regional la leerá y le responderá por aquí, normalmente en un plazo de { $days ->
        [one] { $days } día
       *[other] { $days } días
    }.
submitted-urgent = Usted nos dijo que esto es urgente o que tiene que ver con la seguridad: su solicitud se marcó como urgente. Si alguien está en peligro inmediato, por favor comuníquese también con personas de confianza que estén cerca.
submitted-unsafe = Usted dijo que este chat podría no ser seguro. Nuestros mensajes serán cortos. Cuando un facilitador le escriba, puede indicarle una forma más segura de comunicarse con usted.
submitted-commands = Envíe /status para ver sus solicitudes, o /forget para borrar todo lo que tenemos sobre usted.

## Commands

help = Responda escribiendo el número de una opción, o tóquela si ve botones.
    /start — iniciar una solicitud
    /back — pregunta anterior
    /skip — saltar una pregunta opcional
    /language — cambiar de idioma
    /status — ver sus solicitudes
    /case — elegir a qué solicitud se refieren sus mensajes
    /cancel — detener la solicitud actual
    /forget — borrar todo lo que tenemos sobre usted
    /help — este mensaje
unknown-command = No conozco el comando { $command }. Envíe /help para ver lo que entiendo.
already-in-progress = Ya tiene una solicitud en curso. Sigamos.
nothing-to-cancel = No hay ninguna solicitud en curso.
nothing-to-go-back = Aquí no hay ningún paso anterior.
back-at-start = Esta es la primera pregunta.
cannot-skip = Esta pregunta no se puede saltar.
kept-going = De acuerdo, no se cambió nada.
cancelled = Su solicitud se detuvo y sus respuestas se borraron. Envíe /start para empezar de nuevo.
confirm-cancel = ¿Detener esta solicitud y borrar sus respuestas?
confirm-cancel-yes = Sí, detenerla
confirm-forget = ¿Borrar todo lo que tenemos sobre usted: sus respuestas, sus solicitudes y sus datos de contacto? Esto no se puede deshacer.
confirm-forget-yes = Sí, borrar todo
forgotten = Se borró todo lo que teníamos sobre usted. También puede borrar este chat en su teléfono. Envíe /start si algún día quiere volver a escribirnos.

status-none = Todavía no tiene solicitudes. Envíe /start para hacer una.
status-intro = { $count ->
        [one] Su solicitud:
       *[other] Sus { $count } solicitudes:
    }
status-line = { $ref } — { $status } (enviada el { $date })
status-waiting = { $count ->
        [one] Otra conversación le espera: envíe /switch para retomarla.
       *[other] { $count } conversaciones más le esperan: envíe /switch para retomar la siguiente.
    }
switch-nothing = No hay ninguna otra conversación pendiente.
status-received = recibida
status-triage = en revisión
status-due_diligence = en verificación
status-matching = buscando colaboradores
status-agreement = acordando un plan
status-implementation = en curso
status-evaluation = en evaluación
status-closed = cerrada
status-declined = rechazada
status-referred = derivada a otra organización

menu = { $count ->
        [one] Tiene una solicitud con nosotros.
       *[other] Tiene { $count } solicitudes con nosotros.
    } ¿Qué desea hacer?
menu-new = Hacer una nueva solicitud
menu-status = Ver mis solicitudes

## Command menu (shown by the messenger next to the message box)

cmd-start = Iniciar una solicitud
cmd-help = Cómo usar este bot
cmd-language = Cambiar el idioma
cmd-status = Ver sus solicitudes
cmd-cancel = Detener la solicitud actual
cmd-forget = Borrar todo lo que tenemos sobre usted
cmd-back = Volver a la pregunta anterior
cmd-skip = Saltar una pregunta opcional

## Help with answers

hint-empty = Recibí un mensaje vacío.
hint-choice = Por favor, elija una de las opciones: escriba su número, del 1 al { $count }, o tóquela si ve botones.
hint-stale-choice = Ese botón es de una pregunta anterior. Esta es la pregunta actual.
hint-multi-empty = Por favor, elija al menos una opción y luego elija Listo.
hint-too-long = Su mensaje es demasiado largo: tiene { $length } caracteres y el límite es { $limit }. Por favor, acórtelo, divídalo en varios mensajes o envíe un mensaje de voz.
hint-country = No pude reconocer ese país. Por favor, escriba su nombre, por ejemplo "Kenia" o "Perú".
input-help = Si no sabe cómo seguir: escriba el número de una opción (o tóquela si ve botones). Envíe /back para volver atrás, /help para pedir ayuda o /cancel para detenerse.

## Files

file-sticker = Los stickers no se pueden usar como respuesta.
file-type-refused = Lo siento, no puedo aceptar este tipo de archivo. Puede enviar fotos, documentos (PDF, Word o texto), mensajes de voz, audios o videos cortos.
file-too-big = Este archivo es demasiado grande. El límite es de { $limit_mb } MB.
file-unavailable = No pude descargar este archivo. Por favor, intente enviarlo de nuevo.
file-before-consent = Por favor, primero responda la pregunta. No se guarda nada hasta que usted esté de acuerdo.
file-too-many = Ya envió { $limit } archivos, que es el límite para una solicitud.
file-quota = Alcanzó el límite de archivos de un día ({ $files } archivos o { $limit_mb } MB), así que este archivo no se guardó. Todo lo que envió antes está a salvo. Vuelva a enviarlo mañana o descríbalo con palabras.
file-saved-answer = Archivo recibido y adjuntado a su solicitud.
file-saved-evidence = Archivo recibido y adjuntado a su solicitud como prueba.

# --- coming back, long answers, several choices, which request (issue 11) ---
welcome-back = Bienvenido de nuevo. Aquí es donde nos quedamos; sus respuestas anteriores están guardadas.
text-more = Anotado. Si hay más, envíelo ahora y lo añadiré a esta respuesta. Cuando termine, elija «Eso es todo».
text-done = Eso es todo
hint-answer-full = Esta respuesta llegó a su límite de { $limit } caracteres. Elija «Eso es todo» para seguir; también puede enviar una nota de voz o un documento.
multi-selected = Elegido hasta ahora: { $selection }. Elija más, elija uno otra vez para quitarlo, o elija Listo.
multi-selected-none = Todavía no ha elegido nada. Elija una o más opciones y luego Listo.
relay-sent-case = Enviado al facilitador de { $ref }. Sus próximos mensajes también irán a { $ref }.
relay-switch = Sobre otra solicitud
relay-case-chosen = De acuerdo: sus próximos mensajes irán al facilitador de { $ref }. Envíe /case para cambiar.
case-only-one = Solo tiene una solicitud abierta, así que sus mensajes van a ella.
case-none-open = Ahora no tiene ninguna solicitud abierta. Envíe /start para empezar una.
case-not-now = Terminemos esto primero; después, /case elige a qué solicitud se refieren sus mensajes.
cmd-case = Elegir a qué solicitud se refieren sus mensajes
