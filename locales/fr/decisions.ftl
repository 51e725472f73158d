# CRE Bot — French (fr) catalog, part 3: what requesters and collaborators are told about decisions and agreements.
# Review status: machine-drafted by the developers on 2026-12-02; needs review by a native speaker before deployment.
# Same message ids, variables and order as the English source catalog (locales/en/decisions.ftl).

## A request declined or referred

decision-declined = Votre demande { $ref } a été refusée. Raison : { $reason }.
    { $next }
decision-referred = Votre demande { $ref } a été orientée vers une autre organisation. Raison : { $reason }.
    { $next }
decision-facilitator-words = Votre facilitateur ajoute : { $text }
reason-out_of_scope = hors de ce que l'échange soutient
reason-not_enough_info = pas assez d'informations pour agir
reason-better_elsewhere = une autre organisation peut mieux aider
reason-no_capacity = pas de capacité pour le moment
reason-duplicate = identique à une autre demande
decision-next-out_of_scope = L'échange soutient les communautés touchées par des projets d'investissement et de développement. D'autres organisations pourront peut-être vous aider, et si votre situation change, vous pouvez envoyer une nouvelle demande à tout moment avec /start.
decision-next-not_enough_info = Vous pouvez envoyer une nouvelle demande avec plus de détails (ce qui se passe, où, et qui est impliqué) à tout moment avec /start.
decision-next-better_elsewhere = Une autre organisation peut mieux vous aider. Si vous avez besoin d'autre chose plus tard, vous pouvez envoyer une nouvelle demande avec /start.
decision-next-no_capacity = Ce n'est pas un jugement sur votre demande. Vous pourrez l'envoyer à nouveau plus tard avec /start, et d'autres organisations pourront peut-être vous aider entre-temps.
decision-next-duplicate = Votre autre demande continue : /status indique où elle en est.

## A saved agreement, to confirm

agreement-confirm = L'accord pour votre demande { $ref } est prêt. Lisez-le : c'est vous qui décidez qui y participe. Êtes-vous d'accord ? (Appuyez sur un bouton, ou envoyez /agree { $ref } ou /disagree { $ref }.)
agreement-confirm-collaborator = L'accord pour la demande { $ref } est prêt. Lisez-le : êtes-vous d'accord ? (Appuyez sur un bouton, ou envoyez /agree { $ref } ou /disagree { $ref }.)
agreement-confirm-yes = Oui, je suis d'accord
agreement-confirm-no = Non, je veux des changements
agreement-involved = Participants : { $names }
agreement-involved-none = Aucun collaborateur n'a encore confirmé.
agreement-thanks-yes = Merci : votre accord pour { $ref } a été enregistré.
agreement-thanks-no = Merci : le facilitateur a été informé que vous voulez des changements à l'accord pour { $ref }, et en parlera avec vous.
agreement-answer-unknown = Aucun accord n'attend votre réponse pour { $ref }.
