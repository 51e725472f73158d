# CRE Bot — French catalog (fr).
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

q-language = Quelle langue voulez-vous utiliser ? Vous pourrez la changer plus tard avec /language.
language-set = D'accord, nous allons continuer en français.

## Welcome and consent

welcome = Bienvenue à l'Échange de ressources communautaires (Community Resource Exchange). Nous aidons les communautés touchées par des projets d'investissement et de développement à trouver du soutien : recherches sur les entreprises et les banques, justice ou indemnisation, organisation, campagnes, expertise technique et sécurité.
telegram-not-encrypted = Attention : les conversations avec les bots Telegram ne sont pas chiffrées de bout en bout. Si vous courez un risque, demandez-nous comment utiliser Signal à la place.
telegram-signal-offer = L'Échange est aussi sur Signal, qui est chiffré de bout en bout : { $number }. Vous pouvez continuer là-bas si vous préférez.
signal-safety-note = Pour votre sécurité : vous pouvez supprimer cette conversation à tout moment. Dans votre liste de conversations, appuyez longuement dessus, puis choisissez Supprimer ; votre demande reste enregistrée chez nous. Les messages peuvent aussi disparaître d'eux-mêmes : touchez le nom en haut de cette conversation, puis Messages éphémères.
q-consent = Avant de commencer : nous allons vous poser quelques questions sur votre demande. Vos réponses sont conservées sous forme chiffrée et partagées uniquement avec les facilitateurs régionaux de l'Échange, qui vous contacteront ici. Vous pouvez tout effacer à tout moment avec /forget. Êtes-vous d'accord ?
consent-yes = Oui, je suis d'accord
consent-no = Non
consent-thanks = Merci. Vous pouvez revenir en arrière avec /back, passer les questions facultatives et arrêter avec /cancel.
consent-declined = Compris. Rien n'a été enregistré. Envoyez /start quand vous voudrez commencer.

## Intake questions

q-requester_type = Qui fait cette demande ?
label-requester_type = Qui demande
opt-requester_type-individual = Moi, à titre personnel
opt-requester_type-community = Un groupe communautaire
opt-requester_type-organisation = Une organisation
opt-requester_type-network = Un réseau ou un mouvement

q-requester_name = Quel nom ou pseudonyme devons-nous utiliser pour vous ou votre groupe ? (Vous pouvez passer cette question.)
label-requester_name = Nom
opt-requester_name-__skip = Passer

q-relationship = Quel est votre lien avec la communauté touchée ?
label-relationship = Lien
opt-relationship-affected = Nous sommes directement touchés
opt-relationship-supporting = Nous soutenons la communauté
opt-relationship-other = Autre

q-community_consent = Les personnes touchées sont-elles au courant de cette demande, et sont-elles d'accord ?
label-community_consent = Accord de la communauté
opt-community_consent-yes = Oui, elles sont d'accord
opt-community_consent-no = Non
opt-community_consent-not_yet = Pas encore

q-organisations = Avec quelles organisations ou quels réseaux travaillez-vous, s'il y en a ? (Vous pouvez passer cette question.)
label-organisations = Travaille avec
opt-organisations-__skip = Passer

q-country = Dans quel pays se trouve la communauté touchée ? Écrivez le nom du pays.
label-country = Pays
opt-country-__skip = Plusieurs pays / je ne sais pas
country-did-you-mean = De quel pays parlez-vous ?
country-choice = { $name }

q-locality = Quelle région, quelle ville ou quel village ? Ne donnez que ce qui vous semble sans danger. (Vous pouvez passer cette question.)
label-locality = Lieu
opt-locality-__skip = Passer

q-project = Comment s'appelle le projet ou l'investissement, et de quoi s'agit-il ? Vous pouvez aussi envoyer un document ou une photo. (Passez cette question si la demande ne porte pas sur un seul projet.)
label-project = Projet
opt-project-__skip = Passer

q-companies = Quelles entreprises sont impliquées, si vous le savez ? (Vous pouvez passer cette question.)
label-companies = Entreprises
opt-companies-__skip = Passer

q-financiers = Qui finance le projet ? Choisissez toutes les réponses qui conviennent, puis choisissez Terminé.
label-financiers = Financé par
opt-financiers-development_bank = Une banque de développement
opt-financiers-commercial_bank = Une banque commerciale
opt-financiers-multinational = Une entreprise multinationale
opt-financiers-government = Un gouvernement
opt-financiers-other = Autre
opt-financiers-unknown = Je ne sais pas

q-sector = De quel type de projet s'agit-il ?
label-sector = Secteur
opt-sector-mining = Mines
opt-sector-oil_gas = Pétrole et gaz
opt-sector-energy = Énergie ou barrages
opt-sector-agribusiness = Agro-industrie ou plantations
opt-sector-infrastructure = Routes, ports ou infrastructures
opt-sector-forestry = Exploitation forestière
opt-sector-tourism = Tourisme
opt-sector-other = Autre
opt-sector-unknown = Je ne sais pas

q-harm_timing = Des dommages ont-ils déjà eu lieu, ou craignez-vous qu'ils arrivent ?
label-harm_timing = Dommages
opt-harm_timing-happened = C'est déjà arrivé
opt-harm_timing-feared = Nous craignons que cela arrive
opt-harm_timing-both = Les deux

q-rights = Quels droits sont touchés ? Choisissez toutes les réponses qui conviennent, puis choisissez Terminé.
label-rights = Droits touchés
opt-rights-land = Terres
opt-rights-water = Eau
opt-rights-livelihoods = Moyens de subsistance
opt-rights-environment = Environnement
opt-rights-consultation = Consultation et consentement
opt-rights-defenders = Menaces contre les défenseurs
opt-rights-health = Santé
opt-rights-culture = Culture
opt-rights-other = Autre

q-harm = Avec vos propres mots, que se passe-t-il ? Vous pouvez écrire, ou envoyer un message vocal ou une photo.
label-harm = Ce qui se passe

q-strategies = Quel type de soutien recherchez-vous ? Choisissez toutes les réponses qui conviennent, puis choisissez Terminé.
label-strategies = Soutien recherché
opt-strategies-research = Recherche sur entreprises et financeurs
opt-strategies-remedy = Accès à un recours
opt-strategies-organising = Organisation communautaire
opt-strategies-advocacy = Plaidoyer et campagnes
opt-strategies-expertise = Expertise scientifique ou technique
opt-strategies-security = Soutien pour la sécurité
opt-strategies-unsure = Je ne sais pas

q-outcome = Quel résultat espérez-vous ? Vous pouvez écrire ou envoyer un message vocal.
label-outcome = Résultat espéré

q-help_kind = De quel type d'aide avez-vous besoin ?
label-help_kind = Aide demandée
opt-help_kind-information = Informations ou conseils
opt-help_kind-collaboration = Une collaboration avec d'autres
opt-help_kind-funding = Une collaboration avec financement
note-consent-needed-for-collaboration = Pour une collaboration ou un financement, la communauté touchée doit être informée et d'accord. Pour l'instant, nous pouvons vous donner des informations et des conseils ; vous pouvez modifier votre réponse sur l'accord de la communauté dans le récapitulatif.

q-funding_band = De combien de financement avez-vous besoin, environ ?
label-funding_band = Financement
opt-funding_band-up_to_5k = Jusqu'à 5 000 USD
opt-funding_band-5k_to_30k = De 5 000 à 30 000 USD

q-referral = Qui vous a parlé de nous ? Vous pouvez aussi donner un code partenaire. (Vous pouvez passer cette question.)
label-referral = Recommandé par
opt-referral-__skip = Passer

q-safe_here = Pouvons-nous vous contacter ici sans danger ?
label-safe_here = Contact ici sans danger
opt-safe_here-yes = Oui
opt-safe_here-no = Non
opt-safe_here-unsure = Je ne sais pas

q-best_times = À quel moment est-il le plus facile de vous contacter ? (Vous pouvez passer cette question.)
label-best_times = Meilleurs moments
opt-best_times-__skip = Passer

q-danger_now = Quelqu'un est-il en danger en ce moment ?
label-danger_now = Danger immédiat
opt-danger_now-no = Non
opt-danger_now-yes = Oui

## Multi-select and shared words

done = Terminé
no = Non
multi-howto = Vous pouvez aussi écrire plusieurs numéros à la fois, par exemple : 1 3
error-generic = Désolés, un problème est survenu de notre côté. Vos réponses précédentes sont en sécurité. Réessayez, ou envoyez /help.
slow-down = Vous envoyez beaucoup de messages très vite. Nous les gardons tous et vous répondrons dans un instant.
resend-please = Désolés, nous n'avons pas pu lire votre dernier message. Merci de l'envoyer à nouveau.

## Summary and changes

summary = Voici votre demande. Merci de la vérifier.
summary-line = { $label } : { $value }
summary-files = Fichiers joints : { $count }
summary-level = Soutien proposé : { $level ->
        [1] informations et conseils (niveau 1)
        [2] une collaboration (niveau 2)
       *[other] une collaboration avec un financement important (niveau 3)
    }. Un facilitateur le confirmera avec vous.
summary-skipped = (sans réponse)
summary-file-photo = (photo)
summary-file-document = (document)
summary-file-voice = (message vocal)
summary-file-audio = (audio)
summary-file-video = (vidéo)
summary-submit = Envoyer ma demande
summary-change = Modifier une réponse
summary-cancel = Annuler
q-edit = Quelle réponse voulez-vous modifier ?
edit-back-to-summary = Retour au récapitulatif

submitted = Votre demande a été envoyée. Votre référence est { $ref }. Un facilitateur régional va la lire et vous répondre ici, en général sous { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }.
submitted-urgent = Vous nous avez dit que c'est urgent ou que cela concerne la sécurité : la demande a été marquée comme urgente. Si quelqu'un est en danger immédiat, contactez aussi des personnes de confiance près de chez vous.
submitted-unsafe = Vous avez dit que cette conversation n'est peut-être pas sûre. Nous enverrons des messages courts. Quand un facilitateur vous écrira, vous pourrez lui indiquer un moyen plus sûr de vous joindre.
submitted-commands = Envoyez /status pour voir vos demandes, ou /forget pour effacer tout ce qui vous concerne.

## Commands

help = Répondez en écrivant le numéro d'une option, ou appuyez dessus si vous voyez des boutons.
    /start — commencer une demande
    /back — question précédente
    /skip — passer une question facultative
    /language — changer de langue
    /status — voir vos demandes
    /case — choisir la demande dont parlent vos messages
    /cancel — arrêter la demande en cours
    /forget — effacer tout ce qui vous concerne
    /help — ce message
unknown-command = Je ne connais pas la commande { $command }. Envoyez /help pour voir ce que je comprends.
already-in-progress = Vous avez déjà une demande en cours. Continuons.
nothing-to-cancel = Aucune demande n'est en cours.
nothing-to-go-back = Il n'y a pas d'étape précédente ici.
back-at-start = C'est la première question.
cannot-skip = Cette question ne peut pas être passée.
kept-going = D'accord, rien n'a été modifié.
cancelled = Votre demande a été arrêtée et ses réponses effacées. Envoyez /start pour recommencer.
confirm-cancel = Arrêter cette demande et effacer ses réponses ?
confirm-cancel-yes = Oui, arrêter
confirm-forget = Effacer tout ce qui vous concerne : vos réponses, vos demandes et vos coordonnées ? C'est définitif.
confirm-forget-yes = Oui, tout effacer
forgotten = Tout ce qui vous concerne a été effacé. Vous pouvez aussi supprimer cette conversation sur votre téléphone. Envoyez /start si un jour vous voulez nous écrire à nouveau.

status-none = Vous n'avez encore aucune demande. Envoyez /start pour en faire une.
status-intro = { $count ->
        [one] Votre demande :
       *[other] Vos { $count } demandes :
    }
status-line = { $ref } — { $status } (envoyée le { $date })
status-waiting = { $count ->
        [one] Une autre conversation vous attend : envoyez /switch pour la reprendre.
       *[other] { $count } autres conversations vous attendent : envoyez /switch pour reprendre la suivante.
    }
switch-nothing = Aucune autre conversation ne vous attend.
status-received = reçue
status-triage = en cours d'examen
status-due_diligence = en cours de vérification
status-matching = recherche de partenaires
status-agreement = plan en discussion
status-implementation = en cours
status-evaluation = en cours d'évaluation
status-closed = clôturée
status-declined = refusée
status-referred = orientée ailleurs

menu = { $count ->
        [one] Vous avez { $count } demande chez nous.
       *[other] Vous avez { $count } demandes chez nous.
    } Que voulez-vous faire ?
menu-new = Faire une nouvelle demande
menu-status = Voir mes demandes

## Command menu (shown by the messenger next to the message box)

cmd-start = Commencer une demande
cmd-help = Comment utiliser ce bot
cmd-language = Changer de langue
cmd-status = Voir vos demandes
cmd-cancel = Arrêter la demande en cours
cmd-forget = Effacer tout ce qui vous concerne
cmd-back = Revenir à la question précédente
cmd-skip = Passer une question facultative

## Help with answers

hint-empty = J'ai reçu un message vide.
hint-choice = Choisissez une des options : écrivez son numéro, de 1 à { $count }, ou appuyez dessus si vous voyez des boutons.
hint-stale-choice = Ce bouton correspond à une question précédente. Voici la question actuelle.
hint-multi-empty = Choisissez au moins une option, puis choisissez Terminé.
hint-too-long = Votre message est trop long : { $length } caractères, pour une limite de { $limit }. Raccourcissez-le, coupez-le en plusieurs messages, ou envoyez un message vocal.
hint-country = Je n'ai pas reconnu ce pays. Écrivez son nom, par exemple « Kenya » ou « Pérou ».
input-help = En cas de difficulté : écrivez le numéro d'une option (ou appuyez dessus si vous voyez des boutons). Envoyez /back pour revenir en arrière, /help pour obtenir de l'aide, ou /cancel pour arrêter.

## Files

file-sticker = Les autocollants (stickers) ne peuvent pas servir de réponse.
file-type-refused = Désolé, je ne peux pas accepter ce type de fichier. Vous pouvez envoyer des photos, des documents (PDF, Word ou texte), des messages vocaux, de l'audio ou de courtes vidéos.
file-too-big = Ce fichier est trop gros. La limite est de { $limit_mb } Mo.
file-unavailable = Je n'ai pas pu télécharger ce fichier. Essayez de l'envoyer à nouveau.
file-before-consent = Répondez d'abord à la question. Rien n'est enregistré tant que vous n'avez pas donné votre accord.
file-too-many = Vous avez déjà envoyé { $limit } fichiers : c'est le maximum pour une demande.
file-quota = Vous avez atteint la limite de fichiers pour une journée ({ $files } fichiers ou { $limit_mb } Mo) : ce fichier n'a pas été conservé. Tout ce que vous avez envoyé avant est bien gardé. Renvoyez-le demain, ou décrivez-le avec des mots.
file-saved-answer = Fichier reçu et joint à votre demande.
file-saved-evidence = Fichier reçu et joint à votre demande comme élément de preuve.

# --- coming back, long answers, several choices, which request (issue 11) ---
welcome-back = Bon retour. Voici où nous en étions ; vos réponses précédentes sont conservées.
text-more = C'est noté. S'il y a une suite, envoyez-la maintenant et je l'ajouterai à cette réponse. Quand vous avez fini, choisissez « C'est tout ».
text-done = C'est tout
hint-answer-full = Cette réponse a atteint sa limite de { $limit } caractères. Choisissez « C'est tout » pour continuer ; vous pouvez aussi envoyer un message vocal ou un document.
multi-selected = Choisi pour l'instant : { $selection }. Choisissez-en d'autres, choisissez-en un à nouveau pour l'enlever, ou choisissez Terminé.
multi-selected-none = Rien n'est encore choisi. Choisissez une ou plusieurs options, puis Terminé.
relay-sent-case = Transmis au facilitateur de { $ref }. Vos prochains messages iront aussi à { $ref }.
relay-switch = À propos d'une autre demande
relay-case-chosen = D'accord : vos prochains messages iront au facilitateur de { $ref }. Envoyez /case pour changer.
case-only-one = Vous n'avez qu'une demande ouverte : vos messages lui sont destinés.
case-none-open = Vous n'avez aucune demande ouverte pour l'instant. Envoyez /start pour en commencer une.
case-not-now = Terminons d'abord ceci ; ensuite, /case permet de choisir la demande dont parlent vos messages.
cmd-case = Choisir la demande dont parlent vos messages
