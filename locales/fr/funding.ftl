# CRE Bot — catalogue français, partie 3 : financement (appels à propositions, demandes, groupes de travail sur les subventions).
# Review status: machine-drafted by the developers on 2026-12-02; needs review by a native speaker before deployment.
# Same message ids, variables and order as the English source catalog (locales/en/funding.ftl).

## Facilitateurs : préparer une demande

ws-act-apply = Préparer une demande de financement
ws-act-apsend = Envoyer la demande
ws-act-funds = Envoyer cette liste au demandeur
fund-level-not-funded = La demande { $ref } est au niveau { $level } : seules les collaborations de niveau 2 et 3 peuvent demander un financement. Fixez d'abord le niveau avec /level.
fund-no-call = Aucun appel à propositions n'est ouvert pour la région de { $ref } en ce moment, et il n'y a pas encore de liste d'autres fonds. Le coordinateur peut en ajouter avec cre-admin resources.
fund-no-call-resources = Aucun appel à propositions n'est ouvert pour la région de { $ref } en ce moment (pas de subvention d'urgence entre les appels). D'autres fonds peuvent aider :
fund-resource-line = • { $text }
fund-ask-amount = Demande pour { $ref } (niveau { $level }), 1/5 : quel montant est demandé, en dollars américains ? Tapez un nombre, par exemple 4500.
fund-ask-purpose = 2/5 : que financera cet argent ?
fund-ask-applicant = 3/5 : qui présente la demande ?
fund-ask-capacity = 4/5 : comment cela renforcera-t-il les capacités de la communauté ou du groupe ? (Tapez - si ce n'est pas le cas.)
fund-ask-security = 5/5 : s'agit-il d'un soutien en matière de sécurité pour un(e) défenseur(e) des droits humains ?
fund-applicant-individual = Une personne
fund-applicant-group = Un groupe ou un collectif
fund-applicant-organisation = Une organisation
fund-security-yes = Oui, soutien de sécurité pour un(e) défenseur(e)
fund-security-no = Non
fund-label-amount = Montant (USD)
fund-label-purpose = Finance
fund-label-applicant = Demandeur
fund-label-capacity = Renforce les capacités
fund-label-security = Soutien de sécurité pour un(e) défenseur(e)
fund-label-strategies = Soutien recherché
fund-review = Demande pour { $ref } (niveau { $level }). L'envoyer à l'appel ouvert ?
fund-amount-invalid = Ce n'est pas un montant utilisable : tapez un nombre positif de dollars américains, par exemple 4500 ou 4,500.50. Rien n'a été enregistré.
fund-amount-over-level2 = Le niveau 2 permet de demander jusqu'à 5 000 USD. Au-delà, le demandeur peut demander à poursuivre au niveau 3 après l'accord. Rien n'a été enregistré.
fund-amount-under-level3 = Le niveau 3 concerne les demandes de plus de 5 000 USD (jusqu'à 30 000 USD). Rien n'a été enregistré.
fund-amount-over-level3 = Le niveau 3 permet de demander jusqu'à 30 000 USD. Rien n'a été enregistré.
fund-draft-stale = Ce bouton appartient à une demande qui n'est plus en préparation pour { $ref }. Tapez /apply { $ref } pour recommencer.
fund-call-gone = L'appel visé par cette demande est clos. Rien n'a été envoyé pour { $ref }.
fund-sent = La demande pour { $ref } a été envoyée à l'appel { $call }. Le groupe de travail sur les subventions l'examinera après la clôture de l'appel le { $closes }.
fund-dropped = La demande pour { $ref } a été abandonnée ; rien n'a été envoyé.
fund-continue-not-level2 = Seule une collaboration de niveau 2 peut se poursuivre au niveau 3 ; { $ref } n'est pas au niveau 2.
ws-fund-continue-recorded = Enregistré : le demandeur de { $ref } demande à poursuivre au niveau 3. Vous pouvez maintenant préparer une demande de niveau 3.
ws-fund-continue-requested = Le demandeur de { $ref } demande à poursuivre la collaboration au niveau 3 (5 000 à 30 000 USD).
fund-no-resources = Il n'y a pas encore de liste d'autres fonds pour cette région ; rien n'a été envoyé pour { $ref }.
fund-resources-sent = La liste des autres fonds a été envoyée au demandeur de { $ref }.
ws-fund-call-open = Un appel à propositions { $kind } est ouvert (appel { $call }) : { $amount } USD disponibles jusqu'au { $closes }. Critères : { $criteria }
    Utilisez /apply REF pour une demande de niveau 2 ou 3.
fund-call-kind-open = ouvert
fund-call-kind-targeted = ciblé
ws-fund-no-group = L'appel { $call } est clos mais la région { $region } n'a aucun membre de groupe de travail sur les subventions : enregistrez-les avec cre-admin grants add.
ws-fund-undecided = Le groupe de travail n'a pas pu décider de la demande { $number } (dossier { $ref }). Décidez-la avec cre-admin calls decide.
ws-fund-decision = Décision de financement pour { $ref } : { $reason }.

## Demandeurs

fund-sent-requester = Votre facilitateur a envoyé une demande de financement de { $amount } USD pour votre demande { $ref }. Vous serez informé(e) de la décision.
fund-continue-offer = Si la collaboration pour { $ref } a besoin de plus de financement qu'elle n'en a (5 000 à 30 000 USD), vous pouvez demander à la poursuivre au niveau 3. Appuyez sur le bouton, ou envoyez /level3 { $ref }.
fund-continue-yes = Demander à poursuivre au niveau 3
fund-continue-asked = Votre demande de poursuivre { $ref } au niveau 3 a été transmise à votre facilitateur.
fund-continue-refused = Désolé, je ne peux pas le demander maintenant : seul le demandeur d'une collaboration de niveau 2 peut demander à la poursuivre au niveau 3 (le bouton, ou /level3 et la référence).
fund-resources-requester = Au sujet de votre demande { $ref } : aucun appel à propositions n'est ouvert en ce moment. Ces autres fonds pourraient vous aider :
fund-call-for-you = Un appel à propositions est ouvert jusqu'au { $closes } : votre demande { $ref } pourrait y répondre. Votre facilitateur peut préparer la demande avec vous.
fund-decision-approved = Bonne nouvelle : la demande de financement pour votre demande { $ref } a été approuvée : { $amount } USD.
fund-decision-declined = La demande de financement pour votre demande { $ref } n'a pas été approuvée. Raison : { $reason }. Prochaine étape : { $next }.
fund-decision-pending = La décision sur la demande de financement pour votre demande { $ref } demande un peu plus de temps. Vous serez informé(e).
fund-next-later-call = vous pourrez déposer une nouvelle demande lors d'un prochain appel, et l'échange pourra vous orienter vers un autre bailleur
fund-referred = Au sujet de votre demande { $ref } : l'échange vous oriente vers un autre bailleur qui pourrait vous aider : { $text }
fund-reason-approved = approuvée par le groupe de travail sur les subventions
fund-reason-declined_by_group = le groupe de travail sur les subventions ne l'a pas approuvée
fund-reason-no_funds = les fonds de l'appel étaient épuisés avant cette demande
fund-reason-undecided = la décision revient au coordinateur

## Membres des groupes de travail sur les subventions

fund-not-member = Désolé, seuls les membres du groupe de travail sur les subventions de la région peuvent faire cela.
fund-member-help = Rien n'attend votre examen. Vous recevrez ici chaque demande à la clôture d'un appel.
fund-review-start = L'appel { $call } est clos. Merci d'examiner chaque demande d'ici le { $until }. Vos réponses restent au sein du groupe ; un commentaire est facultatif.
fund-review-item = Demande { $number } ({ $position } sur { $total }) · appel { $call } · niveau { $level } · { $amount } USD · { $country }
fund-vote-approve = Approuver
fund-vote-decline = Refuser
fund-vote-abstain = M'abstenir
fund-vote-conflict = J'ai un conflit d'intérêts
fund-ask-score = Demande { $number } : quelle priorité lui donnez-vous, de 1 (faible) à 5 (élevée) ?
fund-score-1 = 1
fund-score-2 = 2
fund-score-3 = 3
fund-score-4 = 4
fund-score-5 = 5
fund-ask-comment = Demande { $number } : un commentaire pour le groupe ? Tapez-le, ou touchez « Pas de commentaire » (ou envoyez 1).
fund-no-comment = Pas de commentaire
fund-vote-saved = Enregistré pour la demande { $number } : { $answer }, priorité { $score }, { $comment }.
fund-saved-comment = avec votre commentaire
fund-saved-no-comment = sans commentaire
fund-conflict-noted = C'est noté : vous avez un conflit d'intérêts sur la demande { $number }, vous ne votez donc pas sur celle-ci.
fund-already-voted = Vous avez déjà répondu sur la demande { $number }.
fund-review-closed = L'examen de la demande { $number } est clos : les réponses ne sont plus acceptées. Rien n'a été modifié.
fund-review-done = Vous avez répondu à toutes les demandes qui vous attendaient. Merci.
fund-stale = Ce bouton ne correspond pas à la question en cours.
fund-choice-invalid = Répondez avec l'une des options : 1 approuver, 2 refuser, 3 m'abstenir, 4 conflit d'intérêts.
fund-score-invalid = Donnez une priorité de 1 à 5.
fund-reminder = Rappel : l'examen de l'appel { $call } se termine le { $until }.
fund-ranking = Toutes les réponses sur l'appel { $call } sont arrivées. Classement proposé, demandes approuvées d'abord (groupes et collectifs d'abord sauf soutien de sécurité pour un(e) défenseur(e), puis renforcement des capacités, puis vos notes) :
fund-ranking-line = { $position }. Demande { $number } · niveau { $level } · { $amount } USD · { $applicant } · note { $score } · { $outcome }
fund-ranking-comment =     – commentaire : { $text }
fund-ranking-budget = Budget : { $available } USD disponibles ; les demandes approuvées prennent { $granted } USD ; il reste { $left } USD.
fund-outcome-approved = approuvée
fund-outcome-declined = refusée
fund-outcome-undecided = pas de décision (transmise au coordinateur)
fund-outcome-no_funds = approuvée, mais l'argent s'épuise avant elle
fund-confirm = Confirmer ce classement
fund-confirm-noted = Votre confirmation du classement de l'appel { $call } est enregistrée ; en attente des autres membres.
fund-decided = Le classement de l'appel { $call } est confirmé et les décisions ont été envoyées.
fund-ranking-closed = Le classement de l'appel { $call } est déjà décidé.
fund-ranking-not-yet = Le classement de l'appel { $call } n'est pas prêt : certains membres n'ont pas encore répondu.
fund-confirm-reminder = Rappel : le classement proposé pour l'appel { $call } attend encore votre confirmation. Si le groupe ne le confirme pas à temps, la décision revient au coordinateur.
fund-confirm-expired = Le classement proposé pour l'appel { $call } n'a pas été confirmé à temps ; la décision revient maintenant au coordinateur.
