# Français. Les messages et libellés de Kratos, par identifiant numérique.

## Connexion (1010xxx)
kratos-1010001 = Se connecter
kratos-1010002 = Se connecter avec { $provider }
kratos-1010003 = Veuillez confirmer cette action en prouvant votre identité.
kratos-1010004 = Veuillez terminer la seconde étape d’authentification.
kratos-1010005 = Vérifier
kratos-1010006 = Code d’authentification
kratos-1010007 = Code de récupération
kratos-1010008 = Se connecter avec une clé de sécurité
kratos-1010009 = Utiliser l’application d’authentification
kratos-1010010 = Utiliser un code de récupération
kratos-1010011 = Continuer avec une clé de sécurité
kratos-1010012 = Préparez votre clé de sécurité ou un autre authentificateur (lecteur d’empreintes, reconnaissance faciale, …), puis continuez.
kratos-1010013 = Continuer
kratos-1010014 = Nous avons envoyé un code à l’adresse indiquée. S’il n’est pas arrivé, vérifiez l’adresse et réessayez.
kratos-1010015 = Envoyer un code de connexion
kratos-1010016 = Vous avez essayé de vous connecter avec { $duplicate_identifier }, mais cette adresse appartient déjà à un autre compte. Connectez-vous à ce compte avec l’une des options ci-dessous pour ajouter { $provider } comme autre moyen de connexion.
kratos-1010017 = Se connecter et associer
kratos-1010018 = Confirmer avec { $provider }
kratos-1010019 = Demander un code pour continuer
kratos-1010020 = Saisissez le code que nous vous avons envoyé.
kratos-1010021 = Se connecter avec une clé d’accès
kratos-1010022 = Se connecter avec un mot de passe
kratos-1010023 = Envoyer le code à { $address }

## Inscription (1040xxx)
kratos-1040001 = S’inscrire
kratos-1040002 = S’inscrire avec { $provider }
kratos-1040003 = Continuer
kratos-1040004 = S’inscrire avec une clé de sécurité
kratos-1040005 = Nous avons envoyé un code à l’adresse indiquée. S’il n’est pas arrivé, vérifiez l’adresse et inscrivez-vous à nouveau.
kratos-1040006 = Envoyer un code d’inscription
kratos-1040007 = S’inscrire avec une clé d’accès
kratos-1040008 = Retour
kratos-1040009 = Choisissez comment vous souhaitez vous connecter désormais.

## Paramètres (1050xxx)
kratos-1050001 = Vos modifications ont été enregistrées.
kratos-1050002 = Associer { $provider }
kratos-1050003 = Dissocier { $provider }
kratos-1050004 = Retirer l’application d’authentification
kratos-1050005 = Code QR pour votre application d’authentification
kratos-1050006 = { $secret }
kratos-1050007 = Afficher les codes de récupération
kratos-1050008 = Générer de nouveaux codes de récupération
kratos-1050009 = { $secret }
kratos-1050010 = Voici vos codes de récupération. Conservez-les en lieu sûr.
kratos-1050011 = Confirmer les codes de récupération
kratos-1050012 = Ajouter une clé de sécurité
kratos-1050013 = Nom de la clé de sécurité
kratos-1050014 = Utilisé le { $used_at }
kratos-1050015 = { $secrets }
kratos-1050016 = Désactiver cette méthode
kratos-1050017 = Voici le secret de votre application d’authentification. Saisissez-le dans l’application si vous ne pouvez pas scanner le code QR.
kratos-1050018 = Retirer la clé de sécurité « { $display_name } »
kratos-1050019 = Ajouter une clé d’accès
kratos-1050020 = Retirer la clé d’accès « { $display_name } »

## Récupération (1060xxx)
kratos-1060001 = { $minutes ->
    [one] Vous avez récupéré votre compte. Veuillez changer votre mot de passe ou configurer un autre moyen de connexion dans la minute qui suit.
   *[other] Vous avez récupéré votre compte. Veuillez changer votre mot de passe ou configurer un autre moyen de connexion dans les { $minutes } prochaines minutes.
}
kratos-1060002 = Si l’adresse indiquée correspond à un compte, nous y avons envoyé un lien de récupération. S’il n’est pas arrivé, vérifiez l’adresse et utilisez celle de votre inscription.
kratos-1060003 = Si l’adresse indiquée correspond à un compte, nous y avons envoyé un code de récupération. S’il n’est pas arrivé, vérifiez l’adresse et utilisez celle de votre inscription.
kratos-1060004 = Nous avons envoyé un code de récupération à { $masked_address }. S’il n’est pas arrivé, vérifiez l’adresse et utilisez celle de votre inscription.
kratos-1060005 = Pour récupérer votre compte, saisissez votre adresse de récupération en entier.
kratos-1060006 = Comment souhaitez-vous récupérer votre compte ?
kratos-1060007 = Retour

## Libellés des champs et des boutons (1070xxx)
kratos-1070001 = Mot de passe
kratos-1070002 = { $title }
kratos-1070003 = Enregistrer
kratos-1070004 = Identifiant
kratos-1070005 = Envoyer
kratos-1070006 = Vérifier le code
kratos-1070007 = E-mail
kratos-1070008 = Envoyer un nouveau code
kratos-1070009 = Continuer
kratos-1070010 = Code de récupération
kratos-1070011 = Code de vérification
kratos-1070012 = Code d’inscription
kratos-1070013 = Code de connexion
kratos-1070014 = Se connecter et associer
kratos-1070015 = Veuillez résoudre le captcha pour continuer.
kratos-1070016 = Adresse de récupération
kratos-1070017 = Numéro de téléphone

## Vérification (1080xxx)
kratos-1080001 = Si l’adresse indiquée correspond à un compte, nous y avons envoyé un lien de vérification. S’il n’est pas arrivé, vérifiez l’adresse.
kratos-1080002 = Votre adresse e-mail est vérifiée.
kratos-1080003 = Si l’adresse indiquée correspond à un compte, nous y avons envoyé un code de vérification. S’il n’est pas arrivé, vérifiez l’adresse.

## Erreurs de saisie (4000xxx)
kratos-4000001 = { $reason }
kratos-4000002 = { $property } est manquant.
kratos-4000003 = { $min_length ->
    [one] Saisissez au moins { $min_length } caractère.
   *[other] Saisissez au moins { $min_length } caractères.
}
kratos-4000004 = Cette valeur n’a pas le format attendu.
kratos-4000005 = Ce mot de passe ne peut pas être utilisé : { $reason }.
kratos-4000006 = Les identifiants sont incorrects. Vérifiez votre mot de passe ainsi que votre nom d’utilisateur, adresse e-mail ou numéro de téléphone.
kratos-4000007 = Un compte avec cette adresse e-mail, ce numéro de téléphone ou ce nom d’utilisateur existe déjà.
kratos-4000008 = Le code d’authentification est incorrect. Veuillez réessayer.
kratos-4000009 = Ce compte n’a aucun identifiant de connexion. Veuillez contacter l’assistance.
kratos-4000010 = Ce compte n’est pas encore actif. Veuillez d’abord vérifier votre adresse e-mail.
kratos-4000011 = Vous n’avez configuré aucune application d’authentification.
kratos-4000012 = Ce code de récupération a déjà été utilisé.
kratos-4000013 = Vous n’avez configuré aucune clé de sécurité.
kratos-4000014 = Vous n’avez configuré aucun code de récupération.
kratos-4000015 = Ce compte n’existe pas ou n’a pas de clé de sécurité.
kratos-4000016 = Ce code de récupération n’est pas valide.
kratos-4000017 = { $max_length ->
    [one] Saisissez au plus { $max_length } caractère.
   *[other] Saisissez au plus { $max_length } caractères.
}
kratos-4000018 = La valeur doit être au moins { $minimum }.
kratos-4000019 = La valeur doit être supérieure à { $minimum }.
kratos-4000020 = La valeur doit être au plus { $maximum }.
kratos-4000021 = La valeur doit être inférieure à { $maximum }.
kratos-4000022 = La valeur doit être un multiple de { $base }.
kratos-4000023 = { $max_items ->
    [one] Choisissez au plus { $max_items } élément.
   *[other] Choisissez au plus { $max_items } éléments.
}
kratos-4000024 = { $min_items ->
    [one] Choisissez au moins { $min_items } élément.
   *[other] Choisissez au moins { $min_items } éléments.
}
kratos-4000025 = Chaque élément doit être différent.
kratos-4000026 = Attendu : { $allowed_types } ; reçu : { $actual_type }.
kratos-4000027 = Un compte avec cette adresse e-mail, ce numéro de téléphone ou ce nom d’utilisateur existe déjà. Connectez-vous à ce compte pour y associer votre profil social.
kratos-4000028 = Un compte avec cet identifiant existe déjà. Connectez-vous à ce compte pour continuer.
kratos-4000029 = La valeur doit être { $expected }.
kratos-4000030 = Cette valeur n’est pas autorisée.
kratos-4000031 = Ce mot de passe ressemble trop à votre nom d’utilisateur ou à votre adresse e-mail.
kratos-4000032 = { $min_length ->
    [one] Le mot de passe doit contenir au moins { $min_length } caractère, mais il en contient { $actual_length }.
   *[other] Le mot de passe doit contenir au moins { $min_length } caractères, mais il en contient { $actual_length }.
}
kratos-4000033 = { $max_length ->
    [one] Le mot de passe doit contenir au plus { $max_length } caractère, mais il en contient { $actual_length }.
   *[other] Le mot de passe doit contenir au plus { $max_length } caractères, mais il en contient { $actual_length }.
}
kratos-4000034 = Ce mot de passe est apparu dans des fuites de données et ne doit plus être utilisé.
kratos-4000035 = Ce compte n’existe pas ou n’a pas configuré la connexion par code.
kratos-4000036 = Les informations saisies ne correspondent pas à celles données plus tôt dans cette démarche.
kratos-4000037 = Ce compte n’existe pas ou n’a aucun moyen de connexion configuré.
kratos-4000038 = Le captcha n’a pas pu être vérifié. Veuillez réessayer.
kratos-4000039 = Le nouveau mot de passe doit être différent de l’ancien.
kratos-4000040 = Saisissez une adresse e-mail valide.
kratos-4000041 = Saisissez un numéro de téléphone valide.

## Erreurs de connexion (4010xxx)
kratos-4010001 = { $minutes ->
    [one] Le formulaire de connexion a expiré il y a { $minutes } minute. Veuillez réessayer.
   *[other] Le formulaire de connexion a expiré il y a { $minutes } minutes. Veuillez réessayer.
}
kratos-4010002 = Nous n’avons pas pu déterminer comment vous souhaitez vous connecter. Vérifiez le formulaire et réessayez.
kratos-4010003 = Nous n’avons pas pu déterminer comment vous souhaitez vous inscrire. Vérifiez le formulaire et réessayez.
kratos-4010004 = Nous n’avons pas pu déterminer quel paramètre vous souhaitez modifier. Vérifiez le formulaire et réessayez.
kratos-4010005 = Nous n’avons pas pu déterminer comment vous souhaitez récupérer votre compte. Vérifiez le formulaire et réessayez.
kratos-4010006 = Nous n’avons pas pu déterminer comment vous souhaitez vérifier votre compte. Vérifiez le formulaire et réessayez.
kratos-4010007 = Cette demande a déjà abouti et ne peut pas être répétée.
kratos-4010008 = Le code de connexion n’est pas valide ou a déjà été utilisé. Veuillez réessayer.
kratos-4010009 = Les identifiants associés ne correspondent pas.
kratos-4010010 = L’adresse saisie n’appartient pas à ce compte.

## Erreurs d’inscription (4040xxx)
kratos-4040001 = { $minutes ->
    [one] Le formulaire d’inscription a expiré il y a { $minutes } minute. Veuillez réessayer.
   *[other] Le formulaire d’inscription a expiré il y a { $minutes } minutes. Veuillez réessayer.
}
kratos-4040002 = Cette demande a déjà abouti et ne peut pas être répétée.
kratos-4040003 = Le code d’inscription n’est pas valide ou a déjà été utilisé. Veuillez réessayer.

## Erreurs des paramètres (4050xxx)
kratos-4050001 = { $minutes ->
    [one] Le formulaire des paramètres a expiré il y a { $minutes } minute. Veuillez réessayer.
   *[other] Le formulaire des paramètres a expiré il y a { $minutes } minutes. Veuillez réessayer.
}

## Erreurs de récupération (4060xxx)
kratos-4060001 = Cette demande a déjà abouti et ne peut pas être répétée.
kratos-4060002 = La récupération du compte a échoué. Veuillez recommencer.
kratos-4060003 = Le lien de récupération est incomplet. Veuillez recommencer.
kratos-4060004 = Le lien de récupération n’est pas valide ou a déjà été utilisé. Veuillez recommencer.
kratos-4060005 = { $minutes ->
    [one] Le formulaire de récupération a expiré il y a { $minutes } minute. Veuillez réessayer.
   *[other] Le formulaire de récupération a expiré il y a { $minutes } minutes. Veuillez réessayer.
}
kratos-4060006 = Le code de récupération n’est pas valide ou a déjà été utilisé. Veuillez réessayer.

## Erreurs de vérification (4070xxx)
kratos-4070001 = Le lien de vérification n’est pas valide ou a déjà été utilisé. Veuillez recommencer.
kratos-4070002 = Cette demande a déjà abouti et ne peut pas être répétée.
kratos-4070003 = La vérification a échoué. Veuillez recommencer.
kratos-4070004 = Le lien de vérification est incomplet. Veuillez recommencer.
kratos-4070005 = { $minutes ->
    [one] Le formulaire de vérification a expiré il y a { $minutes } minute. Veuillez réessayer.
   *[other] Le formulaire de vérification a expiré il y a { $minutes } minutes. Veuillez réessayer.
}
kratos-4070006 = Le code de vérification n’est pas valide ou a déjà été utilisé. Veuillez réessayer.

## Erreurs système (5000xxx)
kratos-5000001 = { $reason }
kratos-5000002 = Aucune méthode de connexion n’est disponible. Veuillez contacter l’administrateur.
