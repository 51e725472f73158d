# CRE Bot — French catalog (fr), part 2: the facilitator workspace, the relay and collaborators.
# Review status: machine-drafted by the developers on 2026-11-22; needs review by a native speaker before deployment.
# Same message ids, variables and order as the English source catalog (locales/en/workspace.ftl).

## Facilitators

ws-not-facilitator = Désolé, seuls les facilitateurs de l'Échange peuvent faire cela.
ws-no-case = Je ne trouve aucune demande avec la référence { $ref }.
ws-which-case = Pour quelle demande, { $command } ? Choisissez-en une ci-dessous, ou envoyez { $command } suivi de sa référence (par ex. { $command } K7M4-Q2XP).
ws-which-case-none = { $command } a besoin d'une demande, et il n'y a aucune demande ouverte dans votre région. Envoyez { $command } suivi d'une référence, ou /cases pour vérifier.
ws-refused = La demande { $ref } relève d'une autre région : vous ne pouvez pas agir dessus.
ws-cases-none = Il n'y a aucune demande ouverte dans votre région.
ws-cases-intro = { $count ->
        [one] { $count } demande ouverte :
       *[other] { $count } demandes ouvertes :
    }
ws-cases-line = { $urgent }{ $ref } · { $country } · niveau { $level } · { $status } · { $owner }
ws-act-open-ref = Ouvrir { $ref }
ws-owner-nobody = non prise en charge
ws-owner-you = à vous
ws-urgent-mark = ⚠ URGENT ·{" "}
ws-case-header = { $urgent }Demande { $ref } · { $country } · niveau { $level } · { $status } · { $owner }
ws-case-erased = Le demandeur a effacé ses données : il ne reste que des informations anonymes.
ws-case-referral-code = Code partenaire : { $code }
ws-act-claim = Prendre en charge
ws-act-release = Libérer
ws-act-reply = Écrire au demandeur
ws-act-note = Ajouter une note privée
ws-act-move = Changer le statut
ws-act-level = Fixer le niveau
ws-act-assign = Confier à un collègue
ws-act-match = Proposer des collaborateurs
ws-act-agreement = Enregistrer l'accord
ws-act-reroute = Envoyer à une autre région
ws-act-urgent = Marquer urgent
ws-act-open = Ouvrir
ws-act-save = Enregistrer
ws-act-drop = Abandonner
ws-already-yours = Vous avez déjà pris en charge la demande { $ref }.
ws-claimed-by-other = La demande { $ref } a déjà été prise en charge par { $name }.
ws-claimed = Vous avez pris en charge la demande { $ref }. Le demandeur a été informé que sa demande est en cours d'examen.
ws-released = Vous avez libéré la demande { $ref } ; elle n'est plus prise en charge.
ws-not-yours = Vous n'avez pas pris en charge la demande { $ref }.
ws-name = { $name }
ws-pick-colleague = Qui doit s'occuper de la demande { $ref } ?
ws-assigned-to-you = La demande { $ref } vous a été confiée.
ws-assigned = La demande { $ref } est maintenant confiée à { $name }.
ws-pick-region = Quelle région doit s'occuper de la demande { $ref } ?
ws-rerouted = La demande { $ref } a été envoyée à { $region }, sans prise en charge ; ses facilitateurs ont été prévenus.
ws-case-final = La demande { $ref } est { $status } : elle ne peut plus être modifiée. Seul le coordinateur peut la rouvrir (/reopen { $ref }).
ws-act-reopen = Rouvrir
ws-reopened = La demande { $ref } est rouverte et revient au tri.
ws-reopen-coordinator-only = Seul le coordinateur peut rouvrir la demande { $ref }.
ws-reopen-not-final = La demande { $ref } est encore ouverte : il n'y a rien à rouvrir.
ws-file-needs-reply = Ce fichier n'a pas été conservé. Pour envoyer un fichier à un demandeur, choisissez d'abord Répondre sur sa demande (/reply REF), puis envoyez le fichier.
ws-level-1 = Niveau 1 : information
ws-level-2 = Niveau 2 : collaboration
ws-level-3 = Niveau 3 : financement important
ws-pick-level = La demande { $ref } est au niveau { $level }. Quel niveau ?
ws-level-set = La demande { $ref } est maintenant au niveau { $level }.
ws-pick-status = La demande { $ref } est « { $status } ». La passer à :
ws-status-set = La demande { $ref } est maintenant « { $status } ». Le demandeur a été informé.
ws-urgent-set = La demande { $ref } est marquée comme urgente.
ws-ask-note = Envoyez votre note pour la demande { $ref }. Seuls les facilitateurs la verront.
ws-note-saved = Note enregistrée sur la demande { $ref }.
ws-requester-gone = Le demandeur de { $ref } a effacé ses données ; il n'est plus joignable.
ws-ask-reply = Envoyez votre message pour le demandeur de { $ref }. Il sera transmis sans votre nom ni votre compte.
ws-reply-sent = Envoyé au demandeur de { $ref }.
ws-matches-none = Aucun collaborateur disponible ne correspond encore à la demande { $ref }.
ws-matches-intro = Collaborateurs suggérés pour la demande { $ref } (les plus proches d'abord) :
ws-match-line = { $name } · { $tier } · { $strategies }
ws-tier-local = même pays
ws-tier-regional = même région
ws-tier-international = international
ws-invite-name = Inviter { $name }
ws-invite-sent = Invitation envoyée à { $name } pour la demande { $ref }. Vous recevrez un message quand la réponse arrivera.
ws-invite-accepted = { $name } a accepté de collaborer sur la demande { $ref }.
ws-invite-declined = { $name } a refusé de collaborer sur la demande { $ref }.
ws-agreement-ask-activities = Accord pour la demande { $ref }. 1/7 : Quelles activités seront menées ?
ws-agreement-ask-timeline = 2/7 : Quel est le calendrier ?
ws-agreement-ask-roles = 3/7 : Quel est le rôle de chaque collaborateur ?
ws-agreement-ask-budget = 4/7 : Quel est le budget (écrivez « aucun » s'il n'y en a pas) ?
ws-agreement-ask-band = 5/7 : Quelle tranche de financement s'applique ?
ws-agreement-ask-results = 6/7 : Comment les résultats et les connaissances seront-ils utilisés ensuite ?
ws-agreement-ask-disputes = 7/7 : Comment les désaccords seront-ils résolus ?
ws-agreement-dropped = Le projet d'accord pour la demande { $ref } a été abandonné.
ws-agreement-stale = Ce bouton correspond à un projet d'accord qui n'est plus ouvert pour la demande { $ref }. Envoyez /agreement { $ref } pour recommencer.
ws-new-case = { $urgent }Nouvelle demande { $ref } · { $country } · niveau { $level } · { $language } · { $region }
    Soutien recherché : { $strategies }
ws-relay-from-requester = Message du demandeur de { $ref } :
    { $text }
ws-relay-file = Le demandeur de { $ref } a envoyé un fichier. { $text }
ws-escalation = La demande { $ref } ({ $region }) n'a toujours pas été prise en charge au bout de { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    }.
ws-requester-unreachable = Le message destiné au demandeur de { $ref } n'a pas pu être remis : il a peut-être bloqué le bot ou quitté la messagerie. Réessayez plus tard, ou utilisez un autre moyen convenu avec lui.

## Agreement

agreement-label-activities = Activités
agreement-label-timeline = Calendrier
agreement-label-roles = Rôles
agreement-label-budget = Budget
agreement-label-band = Financement
agreement-label-results = Utilisation des résultats
agreement-label-disputes = Règlement des désaccords
agreement-band-none = Aucun financement nécessaire
agreement-band-up_to_5k = Jusqu'à 5 000 USD (niveau 2)
agreement-band-5k_to_30k = De 5 000 à 30 000 USD (niveau 3)
## Requesters, once a request is sent

case-claimed = Un facilitateur s'occupe maintenant de votre demande { $ref }. Il vous écrira ici.
status-changed = Votre demande { $ref } est maintenant : { $status }.
relay-to-requester = Message de votre facilitateur au sujet de { $ref } :
    { $text }
relay-file-to-requester = Votre facilitateur vous a envoyé un fichier au sujet de { $ref }. { $text }
relay-sent = Transmis au facilitateur pour { $ref }.
relay-pick-case = De quelle demande parle votre message ?
relay-case = { $ref }
still-looking = Votre demande { $ref } n'a pas été oubliée : nous cherchons encore la bonne personne. Merci de votre patience.

## Collaborators

collab-invite = Un facilitateur de l'Échange de ressources communautaires (Community Resource Exchange) vous invite à soutenir la demande d'une communauté ({ $ref }, { $country }) : { $strategies }. Souhaitez-vous collaborer ?
collab-accept = Oui, j'accepte
collab-decline = Non, pas cette fois
collab-thanks-accept = Merci ! Le facilitateur vous contactera au sujet de { $ref }.
collab-thanks-decline = Merci pour votre réponse. Le facilitateur a été informé.
collab-already-answered = Vous avez déjà répondu à cette invitation pour { $ref }.
collab-help = Vous êtes inscrit comme collaborateur de l'Échange de ressources communautaires. Aucune invitation n'attend votre réponse ; un facilitateur vous écrira ici quand une communauté pourra avoir besoin de votre soutien.
collab-help-pending = Une invitation pour { $ref } attend votre réponse : appuyez sur un bouton, ou écrivez 1 pour accepter ou 2 pour refuser.

## Console simulator

console-persona-requester = Vous êtes maintenant le membre de la communauté « { $name } ».
console-persona-facilitator = Vous êtes maintenant facilitateur pour { $region } (« { $name } »). Envoyez /cases pour voir les demandes.
console-persona-coordinator = Vous êtes maintenant le coordinateur. Envoyez /cases pour voir toutes les demandes ouvertes.
console-persona-unknown = Persona inconnue. Utilisez : /as requester [nom] · /as facilitator REGION · /as coordinator. Régions : { $regions }.

## Facilitators: decisions, history, agreement edits and confirmations (issue 11)

ws-help =
    Commandes des facilitateurs :
    /cases — demandes ouvertes de votre région
    /open REF — détails et historique
    /claim REF — la prendre en charge
    /release REF — la remettre dans la file
    /assign REF — la confier à un collègue
    /level REF — fixer son niveau (1, 2 ou 3)
    /move REF — changer son statut
    /note REF — une note privée pour les facilitateurs
    /reply REF — écrire au demandeur
    /match REF — trouver des collaborateurs
    /agreement REF — rédiger ou modifier l'accord
    /urgent REF — la marquer urgente (à nouveau pour annuler)
    /reroute REF — l'envoyer vers une autre région
    /cancel — arrêter ce que vous êtes en train d'écrire (rien n'est enregistré)
    Vous pouvez aussi écrire le numéro d'une option, ou appuyer dessus si vous voyez des boutons.
ws-act-not-urgent = Finalement pas urgent
ws-act-edit = Modifier une partie
ws-urgent-unset = La demande { $ref } n'est plus marquée comme urgente.
ws-cancelled = Annulé : rien n'a été enregistré ni envoyé pour { $ref }.
ws-nothing-to-cancel = Il n'y a rien à annuler.
ws-pick-reason = Pourquoi la demande { $ref } est-elle « { $status } » ? Choisissez la raison qui sera communiquée au demandeur :
ws-ask-decision-words = Raison : { $reason }. Voulez-vous ajouter quelque chose pour le demandeur, par exemple quelle organisation peut l'aider et comment la joindre ? Envoyez-le, ou /skip pour n'envoyer que la raison.
ws-decision-set = La demande { $ref } est maintenant « { $status } » ({ $reason }). Le demandeur a été informé de la raison et de ce qu'il peut faire ensuite.
ws-invited-line = Déjà invité : { $name } · { $answer }
ws-invitation-invited = pas encore de réponse
ws-invitation-accepted = a accepté
ws-invitation-declined = a décliné
ws-already-invited = { $name } a déjà été invité pour la demande { $ref }.
ws-invite-offline = L'invitation adressée à { $name } pour la demande { $ref } a été enregistrée. Ce contact n'utilise pas de messagerie : contactez-le directement : { $contact }.
ws-invite-offline-no-contact = L'invitation adressée à { $name } pour la demande { $ref } a été enregistrée. Ce contact n'utilise pas de messagerie et aucune coordonnée n'est enregistrée : demandez au coordinateur.
ws-case-where = Langue : { $language } · Région : { $region }
ws-case-agreement = Accord enregistré par { $name } le { $date } :
ws-case-agreement-yes = ✓ { $name } est d'accord
ws-case-agreement-no = ✗ { $name } demande des changements
ws-case-invitation = Invitation : { $name } · { $answer } · { $date }
ws-case-note = Note de { $name }, { $date } : { $text }
ws-case-history-older = { $count ->
        [one] Un message plus ancien n'est pas affiché.
       *[other] { $count } messages plus anciens ne sont pas affichés.
    }
ws-case-from-requester = { $date } · du demandeur : { $text }
ws-case-to-requester = { $date } · au demandeur : { $text }
ws-party-requester = Le demandeur
ws-agreement-pick-field = Quelle partie de l'accord pour la demande { $ref } voulez-vous modifier ?
ws-agreement-review = Accord pour la demande { $ref }. L'enregistrer et l'envoyer au demandeur et aux collaborateurs pour confirmation, ou d'abord en modifier une partie ?
ws-agreement-saved = L'accord pour la demande { $ref } est enregistré et a été envoyé { $count ->
        [0] au demandeur
        [one] au demandeur et à un collaborateur
       *[other] au demandeur et à { $count } collaborateurs
    } pour confirmation. Vous serez informé de chaque réponse.
ws-agreement-saved-level = L'accord pour la demande { $ref } est enregistré et a été envoyé { $count ->
        [0] au demandeur
        [one] au demandeur et à un collaborateur
       *[other] au demandeur et à { $count } collaborateurs
    } pour confirmation. Sa tranche de financement place la demande au niveau { $level }.
ws-agreement-answer-yes = { $name } a approuvé l'accord pour la demande { $ref }.
ws-agreement-answer-no = { $name } demande des changements à l'accord pour la demande { $ref }. Discutez-en, puis modifiez-le avec /agreement { $ref }.
ws-agreement-all-agreed = Tout le monde a approuvé l'accord pour la demande { $ref } ({ $name } en dernier). Vous pouvez passer à la mise en œuvre.
ws-agreement-saved-ask-level = L'accord pour la demande { $ref } est enregistré et a été envoyé au demandeur et aux collaborateurs pour confirmation. Sa tranche de financement correspond au niveau { $level }, inférieur à celui de la demande : changer le niveau ?
