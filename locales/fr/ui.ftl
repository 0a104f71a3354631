# Français. Les mots de cette interface ; les messages de Kratos sont dans kratos.ftl.

language-name = Français

## Sur chaque page
product-name = Compte
page-title = { $page } · { $product }
skip-to-content = Aller au contenu
language-menu = Langue
language-menu-apply = Changer
signed-in-as = Connecté en tant que
sign-out = Se déconnecter
back = Retour
support-link = Aide et assistance

## Titres des pages
title-settings = Paramètres du compte
title-login = Se connecter
title-login-reauthenticate = Confirmez qu’il s’agit bien de vous
title-login-second-factor = Second facteur
title-registration = Créer un compte
title-recovery = Récupérer votre compte
title-verification = Vérifier votre adresse e-mail
title-logout = Se déconnecter

## Page des paramètres
settings-sections = Rubriques des paramètres
not-yet-verified = Pas encore vérifiée :
verify-email-address = Vérifier votre adresse e-mail
changes-saved = Vos modifications ont été enregistrées.
no-method = Aucune méthode n’est disponible ici pour ce compte. Vous pouvez revenir en arrière, ouvrir les paramètres de votre compte ou vous déconnecter.

## Liens autour des formulaires de connexion
other-options = Autres options
create-account = Créer un compte
forgot-password = Mot de passe oublié ?
back-to-sign-in = Retour à la connexion

## Sign-in and sign-up: one leading form, the way between steps and pages
or = ou
registration-continue = Continuer
signing-up-as = Inscription en tant que
change-identifier = Modifier
cancel-and-go-back = Annuler

## Rubriques de la page des paramètres
settings-profile = Profil
settings-profile-about = Les informations sous lesquelles votre compte est connu.
settings-password = Mot de passe
settings-password-about = Choisissez un nouveau mot de passe pour vous connecter.
settings-connected = Comptes associés
settings-connected-about = Connectez-vous avec des comptes que vous possédez déjà ailleurs.
settings-totp = Application d’authentification
settings-totp-about = Des codes à usage unique générés par une application sur votre téléphone, comme second facteur.
settings-lookup = Codes de récupération
settings-lookup-about = Des codes à usage unique pour vous connecter quand votre second facteur n’est pas à portée de main.
settings-webauthn = Clés de sécurité
settings-webauthn-about = Des clés matérielles ou des authentificateurs intégrés, comme second facteur.
settings-passkey = Clés d’accès
settings-passkey-about = Connectez-vous sans mot de passe, avec votre appareil.

## Rubriques des pages de connexion, d’inscription, de récupération et de vérification
method-connected = Continuer avec
method-connected-about = Utilisez un compte que vous possédez déjà ailleurs.
method-profile = Vos informations
method-profile-about = Dites-nous qui vous êtes.
method-password = Mot de passe
method-password-about = Utilisez votre mot de passe.
method-code = Code par e-mail
method-code-about = Recevez un code à usage unique par e-mail.
method-link = Lien par e-mail
method-link-about = Recevez un lien par e-mail.
method-totp = Application d’authentification
method-totp-about = Saisissez le code affiché par votre application.
method-lookup = Code de récupération
method-lookup-about = Utilisez l’un de vos codes de récupération.
method-webauthn = Clé de sécurité
method-webauthn-about = Utilisez votre clé de sécurité.
method-passkey = Clé d’accès
method-passkey-about = Utilisez une clé d’accès enregistrée sur votre appareil.
method-identifier-first = Votre compte
method-identifier-first-about = Saisissez votre adresse e-mail.
method-captcha = Vérification
method-captcha-about = Montrez que vous êtes un être humain.
method-default = Continuer
method-other-about = D’autres options proposées par votre service d’identité.

## Page de déconnexion
logout-question = Se déconnecter ?
logout-explanation = Vous devrez vous reconnecter pour utiliser votre compte.
cancel = Annuler

## Pages d’erreur
error-status = Erreur { $status }
error-code-label = Code d’erreur :
error-quote-reference = Si le problème persiste, indiquez cette référence :
error-back-home = Retour à votre compte
error-start-again = Recommencer
error-not-found = Page introuvable
error-not-found-about = Il n’y a rien à cette adresse.
error-refused = Requête refusée
error-refused-about = Le formulaire a été envoyé depuis un autre site, ou la page était trop ancienne. Revenez en arrière, rechargez la page et réessayez.
error-bad-request = Cela n’a pas fonctionné
error-bad-request-about = La demande n’a pas pu être traitée. Veuillez recommencer.
error-upstream = Service de connexion indisponible
error-upstream-about = Le service des comptes est injoignable ou a répondu de façon inattendue. Veuillez réessayer dans un instant.
error-timeout = Service de connexion trop lent
error-timeout-about = Le service des comptes n’a pas répondu à temps. Veuillez réessayer dans un instant.
error-busy = Trop sollicité pour le moment
error-busy-about = Cette page est très demandée en ce moment et n’a pas pu être préparée. Veuillez réessayer dans un instant.
error-too-many-attempts = Trop de tentatives
error-too-many-attempts-about = Après de nombreux essais en peu de temps, la connexion, l’inscription et la récupération sont suspendues une minute pour votre connexion. Attendez une minute, puis réessayez.
error-internal = Une erreur s’est produite
error-internal-about = Une erreur inattendue s’est produite. Veuillez réessayer.

## Erreurs signalées par Kratos (page /error)
flow-error-csrf = Veuillez réessayer
flow-error-csrf-about = Nous n’avons pas pu confirmer que cette demande venait de vous. Cela arrive quand un formulaire reste ouvert trop longtemps ou que votre navigateur bloque les cookies. Recommencez et cela devrait fonctionner.
flow-error-identity-mismatch = Mauvais compte
flow-error-identity-mismatch-about = Cette demande concerne un autre compte que celui avec lequel vous êtes connecté.
flow-error-already-signed-in = Déjà connecté
flow-error-already-signed-in-about = Vous êtes déjà connecté.
flow-error-session-ended = Veuillez vous connecter
flow-error-session-ended-about = Votre session a expiré ou est trop ancienne pour cette action. Reconnectez-vous pour continuer.
flow-error-aal2 = Second facteur requis
flow-error-aal2-about = Cette action nécessite votre second facteur. Connectez-vous avec celui-ci pour continuer.
flow-error-return-to = Redirection non autorisée
flow-error-return-to-about = L’adresse vers laquelle vous deviez être renvoyé ne figure pas dans la liste des adresses autorisées.
flow-error-expired = Formulaire expiré
flow-error-expired-about = Le formulaire utilisé a expiré. Veuillez recommencer.
flow-error-browser-location = Continuer dans votre navigateur
flow-error-browser-location-about = Veuillez continuer là où vous avez été redirigé.
flow-error-client = Cela n’a pas fonctionné
flow-error-client-about = La demande n’a pas pu aboutir. Veuillez recommencer.
flow-error-server = Une erreur s’est produite
flow-error-server-about = Le service des comptes a rencontré un problème. Veuillez réessayer dans un instant.
flow-error-oauth2 = Connexion non terminée
flow-error-oauth2-denied = La connexion a été annulée ou refusée.
flow-error-oauth2-failed = La connexion n’a pas pu aboutir.
flow-error-unknown = Erreur introuvable
flow-error-unknown-about = Nous n’avons trouvé aucun détail sur cette erreur. Elle a peut-être expiré. Veuillez recommencer.

## Où vous êtes connecté (une section des paramètres du compte)
settings-sessions = Où vous êtes connecté
settings-sessions-about = Les appareils et navigateurs connectés à votre compte. Déconnectez ceux que vous ne reconnaissez pas.
settings-sessions-state-alone = Connecté sur cet appareil uniquement.
settings-sessions-state-others = { $count ->
    [one] Connecté sur cet appareil et { $count } autre.
   *[other] Connecté sur cet appareil et { $count } autres.
}
settings-sessions-state-many = Connecté sur cet appareil et plus de { $count } autres.
settings-sessions-state-unknown = Connecté sur cet appareil. Vos autres sessions n’ont pas pu être chargées.
settings-sessions-this-device = Cet appareil
settings-sessions-unknown-device = Appareil inconnu
settings-sessions-device = { $browser } sur { $os }
settings-sessions-ip = Adresse IP
settings-sessions-location = Lieu
settings-sessions-signed-in = Connexion
settings-sessions-methods = Connecté avec
settings-sessions-expires = Expiration
settings-sessions-exact-time = { $time } UTC
settings-sessions-aal1 = un facteur
settings-sessions-aal2 = deux facteurs
settings-sessions-aal-unknown = niveau de sécurité inconnu
settings-sessions-method-recovery = Récupération du compte
settings-sessions-method-other = Une autre méthode
settings-sessions-end = Déconnecter cet appareil
settings-sessions-end-others = Déconnecter tous les autres appareils
settings-sessions-no-others = Vous n’êtes connecté nulle part ailleurs.
settings-sessions-list-failed = Vos autres sessions n’ont pas pu être chargées pour le moment. Rechargez la page pour réessayer.
settings-sessions-more = Afficher plus
settings-sessions-first-page = Revenir aux plus récentes
settings-sessions-ended = Cet appareil a été déconnecté.
settings-sessions-already-gone = Cette session était déjà terminée.
settings-sessions-not-ended = Cette session ne peut pas être terminée ici.
settings-sessions-others-ended = { $count ->
    [0] Vous n’étiez connecté nulle part ailleurs.
    [one] { $count } autre appareil a été déconnecté.
   *[other] { $count } autres appareils ont été déconnectés.
}

## Temps relatifs (« il y a 2 heures »), à côté de l’heure exacte
settings-time-just-now = à l’instant
settings-time-soon = dans moins d’une minute
settings-time-minutes-ago = { $count ->
    [one] il y a { $count } minute
   *[other] il y a { $count } minutes
}
settings-time-hours-ago = { $count ->
    [one] il y a { $count } heure
   *[other] il y a { $count } heures
}
settings-time-days-ago = { $count ->
    [one] il y a { $count } jour
   *[other] il y a { $count } jours
}
settings-time-months-ago = { $count ->
    [one] il y a { $count } mois
   *[other] il y a { $count } mois
}
settings-time-years-ago = { $count ->
    [one] il y a { $count } an
   *[other] il y a { $count } ans
}
settings-time-in-minutes = { $count ->
    [one] dans { $count } minute
   *[other] dans { $count } minutes
}
settings-time-in-hours = { $count ->
    [one] dans { $count } heure
   *[other] dans { $count } heures
}
settings-time-in-days = { $count ->
    [one] dans { $count } jour
   *[other] dans { $count } jours
}

## Codes de récupération en fichier et en vue imprimable
title-recovery-codes = Vos codes de récupération
settings-codes-download = Télécharger les codes
settings-codes-print = Vue imprimable
settings-codes-print-now = Imprimer
settings-codes-back = Retour aux paramètres du compte
settings-codes-confirm-first = Confirmez ces codes pour commencer à les utiliser ; vous pourrez ensuite les télécharger ou les imprimer.
settings-codes-file-title = Codes de récupération { $product }
settings-codes-file-account = Compte : { $account }
settings-codes-file-date = Date : { $date }
settings-codes-advice = Chaque code ne fonctionne qu’une fois, lorsque votre second facteur n’est pas à portée de main. Conservez-les en lieu sûr et privé.

## Show-password and copy buttons (shown only where scripts run)
show-password = Afficher le mot de passe
copy = Copier
copied = Copié

## Transitions: after signing out, after a verification
signed-out-notice = Vous êtes déconnecté.
continue-to-account = Continuer vers votre compte

## The password rule, stated before the first try
password-rule = { $count ->
    [one] Au moins { $count } caractère.
   *[other] Au moins { $count } caractères.
}

## Paramètres : l’état par lequel commence chaque section
settings-state-verified = Vérifiée
settings-state-not-verified = Non vérifiée
settings-state-password-set = Un mot de passe est défini.
settings-state-connected = Connecté
settings-state-no-connected = Aucun compte connecté.
settings-state-totp-on = Activée : la connexion demande un code de votre application.
settings-state-totp-off = Désactivée
settings-state-lookup-on = Configurés
settings-state-lookup-off = Non configurés
settings-state-lookup-unconfirmed = Nouveaux codes pas encore enregistrés : conservez-les en lieu sûr, puis confirmez.
settings-state-lookup-left = Codes restants : { $count }
settings-state-no-keys = Aucune clé de sécurité pour l’instant.
settings-state-no-passkeys = Aucune clé d’accès pour l’instant.
settings-state-added-on = Ajoutée le { $day }

## Paramètres : des actions nommées d’après ce qu’elles font
settings-profile-save = Enregistrer le profil
settings-password-change = Changer le mot de passe
settings-provider-link = Connecter { $provider }
settings-totp-turn-on = Activer
settings-lookup-create = Créer des codes de récupération
settings-lookup-replace = Remplacer par de nouveaux codes
settings-lookup-show = Afficher les codes de récupération
settings-lookup-confirm = J’ai enregistré ces codes

## Paramètres : une confirmation avant toute suppression
settings-confirm-unlink-ask = Déconnecter { $provider }…
settings-confirm-unlink-consequence = Vous ne pourrez plus vous connecter avec { $provider }.
settings-confirm-unlink-button = Déconnecter { $provider }
settings-confirm-totp-ask = Désactiver…
settings-confirm-totp-consequence = La connexion ne demandera plus de code de votre application d’authentification.
settings-confirm-totp-button = Désactiver l’application d’authentification
settings-confirm-lookup-ask = Désactiver…
settings-confirm-lookup-consequence = Vos codes de récupération ne fonctionneront plus.
settings-confirm-lookup-button = Désactiver les codes de récupération
settings-confirm-key-ask = Supprimer « { $name } »…
settings-confirm-key-consequence = Vous ne pourrez plus utiliser « { $name } » pour vous connecter.
settings-confirm-passkey-ask = Supprimer « { $name } »…
settings-confirm-passkey-consequence = Vous ne pourrez plus vous connecter avec la clé d’accès « { $name } ».
settings-confirm-generic-ask = { $action }…
settings-confirm-generic-consequence = Cette action est irréversible.

## Paramètres : ce qu’un envoi a changé
settings-outcome-profile-saved = Profil enregistré.
settings-outcome-password-changed = Mot de passe modifié.
settings-outcome-provider-linked = { $provider } connecté.
settings-outcome-provider-unlinked = { $provider } déconnecté.
settings-outcome-totp-on = Application d’authentification activée.
settings-outcome-totp-off = Application d’authentification désactivée.
settings-outcome-lookup-saved = Nouveaux codes de récupération enregistrés.
settings-outcome-lookup-off = Codes de récupération désactivés.
settings-outcome-key-added = Clé de sécurité « { $name } » ajoutée.
settings-outcome-key-removed = Clé de sécurité supprimée.
settings-outcome-passkey-added = Clé d’accès « { $name } » ajoutée.
settings-outcome-passkey-removed = Clé d’accès supprimée.
