# Nederlands. De woorden van deze interface; de berichten van Kratos staan in kratos.ftl.

language-name = Nederlands

## Op elke pagina
product-name = Account
page-title = { $page } · { $product }
skip-to-content = Naar de inhoud
language-menu = Taal
language-menu-apply = Wijzigen
signed-in-as = Ingelogd als
sign-out = Uitloggen
back = Terug
support-link = Hulp en ondersteuning

## Paginatitels
title-settings = Accountinstellingen
title-login = Inloggen
title-login-reauthenticate = Bevestig dat jij het bent
title-login-second-factor = Tweede factor
title-registration = Account aanmaken
title-recovery = Je account herstellen
title-verification = Je e-mailadres bevestigen
title-logout = Uitloggen

## Instellingenpagina
settings-sections = Onderdelen van de instellingen
not-yet-verified = Nog niet bevestigd:
verify-email-address = Je e-mailadres bevestigen
changes-saved = Je wijzigingen zijn opgeslagen.
no-method = Er is hier geen methode beschikbaar voor dit account. Je kunt teruggaan, je accountinstellingen openen of uitloggen.

## Links rond de inlogformulieren
other-options = Andere mogelijkheden
create-account = Account aanmaken
forgot-password = Wachtwoord vergeten?
back-to-sign-in = Terug naar inloggen

## Sign-in and sign-up: one leading form, the way between steps and pages
or = of
registration-continue = Doorgaan
signing-up-as = Registreren als
change-identifier = Wijzigen
cancel-and-go-back = Annuleren

## Onderdelen van de instellingenpagina
settings-profile = Profiel
settings-profile-about = De gegevens waaronder je account bekend is.
settings-password = Wachtwoord
settings-password-about = Kies een nieuw wachtwoord om mee in te loggen.
settings-connected = Gekoppelde accounts
settings-connected-about = Log in met accounts die je al elders hebt.
settings-totp = Authenticator-app
settings-totp-about = Eenmalige codes uit een app op je telefoon, als tweede factor.
settings-lookup = Herstelcodes
settings-lookup-about = Codes voor eenmalig gebruik waarmee je erin komt als je tweede factor niet bij de hand is.
settings-webauthn = Beveiligingssleutels
settings-webauthn-about = Hardwaresleutels of ingebouwde authenticators, als tweede factor.
settings-passkey = Passkeys
settings-passkey-about = Log in zonder wachtwoord, met je apparaat.

## Onderdelen van de inlog-, registratie-, herstel- en bevestigingspagina’s
method-connected = Doorgaan met
method-connected-about = Gebruik een account dat je al elders hebt.
method-profile = Je gegevens
method-profile-about = Vertel ons wie je bent.
method-password = Wachtwoord
method-password-about = Gebruik je wachtwoord.
method-code = Code per e-mail
method-code-about = Ontvang een eenmalige code per e-mail.
method-link = Link per e-mail
method-link-about = Ontvang een link per e-mail.
method-totp = Authenticator-app
method-totp-about = Voer de code in die je app laat zien.
method-lookup = Herstelcode
method-lookup-about = Gebruik een van je herstelcodes.
method-webauthn = Beveiligingssleutel
method-webauthn-about = Gebruik je beveiligingssleutel.
method-passkey = Passkey
method-passkey-about = Gebruik een passkey die op je apparaat is opgeslagen.
method-identifier-first = Je account
method-identifier-first-about = Voer je e-mailadres in.
method-captcha = Controle
method-captcha-about = Laat zien dat je een mens bent.
method-default = Doorgaan
method-other-about = Meer mogelijkheden van je identiteitsdienst.

## Uitlogpagina
logout-question = Uitloggen?
logout-explanation = Je moet dan opnieuw inloggen om je account te gebruiken.
cancel = Annuleren

## Foutpagina’s
error-status = Fout { $status }
error-code-label = Foutcode:
error-quote-reference = Gebeurt dit vaker, vermeld dan deze referentie:
error-back-home = Terug naar je account
error-start-again = Opnieuw beginnen
error-not-found = Pagina niet gevonden
error-not-found-about = Op dit adres staat niets.
error-refused = Verzoek geweigerd
error-refused-about = Het formulier is vanaf een andere site verstuurd, of de pagina was te oud. Ga terug, laad de pagina opnieuw en probeer het nog eens.
error-bad-request = Dat is niet gelukt
error-bad-request-about = Het verzoek kon niet worden verwerkt. Begin opnieuw.
error-upstream = Inlogdienst niet beschikbaar
error-upstream-about = De accountdienst was niet bereikbaar of gaf een onverwacht antwoord. Probeer het zo dadelijk opnieuw.
error-timeout = Inlogdienst te traag
error-timeout-about = De accountdienst antwoordde niet op tijd. Probeer het zo dadelijk opnieuw.
error-busy = Op dit moment te druk
error-busy-about = Deze pagina wordt op dit moment veel opgevraagd en kon niet worden voorbereid. Probeer het zo dadelijk opnieuw.
error-too-many-attempts = Te veel pogingen
error-too-many-attempts-about = Na veel pogingen in korte tijd zijn aanmelden, registreren en herstellen een minuut gepauzeerd voor je verbinding. Wacht een minuut en probeer het dan opnieuw.
error-internal = Er ging iets mis
error-internal-about = Er is een onverwachte fout opgetreden. Probeer het opnieuw.

## Fouten die Kratos meldt (pagina /error)
flow-error-csrf = Probeer het opnieuw
flow-error-csrf-about = We konden niet bevestigen dat dit verzoek van jou kwam. Dat gebeurt als een formulier te lang open staat of je browser cookies blokkeert. Begin opnieuw, dan zou het moeten lukken.
flow-error-identity-mismatch = Verkeerd account
flow-error-identity-mismatch-about = Dit verzoek hoort bij een ander account dan het account waarmee je bent ingelogd.
flow-error-already-signed-in = Al ingelogd
flow-error-already-signed-in-about = Je bent al ingelogd.
flow-error-session-ended = Log in
flow-error-session-ended-about = Je sessie is verlopen of te oud voor deze actie. Log opnieuw in om door te gaan.
flow-error-aal2 = Tweede factor nodig
flow-error-aal2-about = Voor deze actie is je tweede factor nodig. Log daarmee in om door te gaan.
flow-error-return-to = Doorsturen niet toegestaan
flow-error-return-to-about = Het adres waarnaar je zou worden teruggestuurd, staat niet op de lijst met toegestane adressen.
flow-error-expired = Formulier verlopen
flow-error-expired-about = Het formulier dat je gebruikte, is verlopen. Begin opnieuw.
flow-error-browser-location = Ga verder in je browser
flow-error-browser-location-about = Ga verder op de pagina waarnaar je bent doorgestuurd.
flow-error-client = Dat is niet gelukt
flow-error-client-about = Het verzoek kon niet worden voltooid. Begin opnieuw.
flow-error-server = Er ging iets mis
flow-error-server-about = De accountdienst had een probleem. Probeer het zo dadelijk opnieuw.
flow-error-oauth2 = Inloggen niet voltooid
flow-error-oauth2-denied = Het inloggen is geannuleerd of geweigerd.
flow-error-oauth2-failed = Het inloggen kon niet worden voltooid.
flow-error-unknown = Fout niet gevonden
flow-error-unknown-about = We vonden geen details over deze fout. Misschien is hij verlopen. Begin opnieuw.

## Waar je bent ingelogd (een onderdeel van de accountinstellingen)
settings-sessions = Waar je bent ingelogd
settings-sessions-about = De apparaten en browsers die op je account zijn ingelogd. Log alles uit wat je niet herkent.
settings-sessions-state-alone = Alleen op dit apparaat ingelogd.
settings-sessions-state-others = { $count ->
    [one] Ingelogd op dit apparaat en { $count } ander.
   *[other] Ingelogd op dit apparaat en { $count } andere.
}
settings-sessions-state-many = Ingelogd op dit apparaat en meer dan { $count } andere.
settings-sessions-state-unknown = Ingelogd op dit apparaat. Je andere sessies konden niet worden geladen.
settings-sessions-this-device = Dit apparaat
settings-sessions-unknown-device = Onbekend apparaat
settings-sessions-device = { $browser } op { $os }
settings-sessions-ip = IP-adres
settings-sessions-location = Locatie
settings-sessions-signed-in = Ingelogd
settings-sessions-methods = Ingelogd met
settings-sessions-expires = Verloopt
settings-sessions-exact-time = { $time } UTC
settings-sessions-aal1 = één factor
settings-sessions-aal2 = twee factoren
settings-sessions-aal-unknown = beveiligingsniveau onbekend
settings-sessions-method-recovery = Accountherstel
settings-sessions-method-other = Een andere methode
settings-sessions-end = Dit apparaat uitloggen
settings-sessions-end-others = Alle andere apparaten uitloggen
settings-sessions-no-others = Je bent nergens anders ingelogd.
settings-sessions-list-failed = Je andere sessies konden nu niet worden geladen. Laad de pagina opnieuw om het nog eens te proberen.
settings-sessions-more = Meer tonen
settings-sessions-first-page = Terug naar de nieuwste
settings-sessions-ended = Dat apparaat is uitgelogd.
settings-sessions-already-gone = Die sessie was al beëindigd.
settings-sessions-not-ended = Die sessie kan hier niet worden beëindigd.
settings-sessions-others-ended = { $count ->
    [0] Je was nergens anders ingelogd.
    [one] { $count } ander apparaat is uitgelogd.
   *[other] { $count } andere apparaten zijn uitgelogd.
}

## Relatieve tijden („2 uur geleden”), naast de exacte tijd
settings-time-just-now = zojuist
settings-time-soon = over minder dan een minuut
settings-time-minutes-ago = { $count ->
    [one] { $count } minuut geleden
   *[other] { $count } minuten geleden
}
settings-time-hours-ago = { $count ->
    [one] { $count } uur geleden
   *[other] { $count } uur geleden
}
settings-time-days-ago = { $count ->
    [one] { $count } dag geleden
   *[other] { $count } dagen geleden
}
settings-time-months-ago = { $count ->
    [one] { $count } maand geleden
   *[other] { $count } maanden geleden
}
settings-time-years-ago = { $count ->
    [one] { $count } jaar geleden
   *[other] { $count } jaar geleden
}
settings-time-in-minutes = { $count ->
    [one] over { $count } minuut
   *[other] over { $count } minuten
}
settings-time-in-hours = { $count ->
    [one] over { $count } uur
   *[other] over { $count } uur
}
settings-time-in-days = { $count ->
    [one] over { $count } dag
   *[other] over { $count } dagen
}

## Herstelcodes als bestand en afdrukweergave
title-recovery-codes = Je herstelcodes
settings-codes-download = Codes downloaden
settings-codes-print = Afdrukweergave
settings-codes-print-now = Afdrukken
settings-codes-back = Terug naar je accountinstellingen
settings-codes-confirm-first = Bevestig deze codes om ze te gaan gebruiken; daarna kun je ze downloaden of afdrukken.
settings-codes-file-title = Herstelcodes voor { $product }
settings-codes-file-account = Account: { $account }
settings-codes-file-date = Datum: { $date }
settings-codes-advice = Elke code werkt één keer, als je tweede factor niet bij de hand is. Bewaar ze op een veilige, privé plek.

## Show-password and copy buttons (shown only where scripts run)
show-password = Wachtwoord tonen
copy = Kopiëren
copied = Gekopieerd

## Transitions: after signing out, after a verification
signed-out-notice = Je bent afgemeld.
continue-to-account = Verder naar je account

## The password rule, stated before the first try
password-rule = { $count ->
    [one] Minstens { $count } teken.
   *[other] Minstens { $count } tekens.
}

## Instellingen: de stand waarmee elk onderdeel begint
settings-state-verified = Geverifieerd
settings-state-not-verified = Niet geverifieerd
settings-state-password-set = Er is een wachtwoord ingesteld.
settings-state-connected = Gekoppeld
settings-state-no-connected = Geen accounts gekoppeld.
settings-state-totp-on = Aan: bij het inloggen wordt om een code uit je app gevraagd.
settings-state-totp-off = Uit
settings-state-lookup-on = Ingesteld
settings-state-lookup-off = Niet ingesteld
settings-state-lookup-unconfirmed = Nieuwe codes nog niet opgeslagen: bewaar ze op een veilige plek en bevestig daarna.
settings-state-lookup-left = Resterende codes: { $count }
settings-state-no-keys = Nog geen beveiligingssleutels.
settings-state-no-passkeys = Nog geen passkeys.
settings-state-added-on = Toegevoegd op { $day }

## Instellingen: acties genoemd naar wat ze doen
settings-profile-save = Profiel opslaan
settings-password-change = Wachtwoord wijzigen
settings-provider-link = { $provider } koppelen
settings-totp-turn-on = Aanzetten
settings-lookup-create = Herstelcodes aanmaken
settings-lookup-replace = Vervangen door nieuwe codes
settings-lookup-show = Herstelcodes tonen
settings-lookup-confirm = Ik heb deze codes opgeslagen

## Instellingen: een tweede blik voordat iets wordt verwijderd
settings-confirm-unlink-ask = { $provider } ontkoppelen…
settings-confirm-unlink-consequence = Je kunt dan niet meer inloggen met { $provider }.
settings-confirm-unlink-button = { $provider } ontkoppelen
settings-confirm-totp-ask = Uitzetten…
settings-confirm-totp-consequence = Bij het inloggen wordt dan niet meer om een code uit je authenticator-app gevraagd.
settings-confirm-totp-button = Authenticator-app uitzetten
settings-confirm-lookup-ask = Uitzetten…
settings-confirm-lookup-consequence = Je herstelcodes werken dan niet meer.
settings-confirm-lookup-button = Herstelcodes uitzetten
settings-confirm-key-ask = “{ $name }” verwijderen…
settings-confirm-key-consequence = Je kunt “{ $name }” dan niet meer gebruiken om in te loggen.
settings-confirm-passkey-ask = “{ $name }” verwijderen…
settings-confirm-passkey-consequence = Je kunt dan niet meer inloggen met de passkey “{ $name }”.
settings-confirm-generic-ask = { $action }…
settings-confirm-generic-consequence = Dit kan niet ongedaan worden gemaakt.

## Instellingen: wat een verzending heeft veranderd
settings-outcome-profile-saved = Profiel opgeslagen.
settings-outcome-password-changed = Wachtwoord gewijzigd.
settings-outcome-provider-linked = { $provider } gekoppeld.
settings-outcome-provider-unlinked = { $provider } ontkoppeld.
settings-outcome-totp-on = Authenticator-app aangezet.
settings-outcome-totp-off = Authenticator-app uitgezet.
settings-outcome-lookup-saved = Nieuwe herstelcodes opgeslagen.
settings-outcome-lookup-off = Herstelcodes uitgezet.
settings-outcome-key-added = Beveiligingssleutel “{ $name }” toegevoegd.
settings-outcome-key-removed = Beveiligingssleutel verwijderd.
settings-outcome-passkey-added = Passkey “{ $name }” toegevoegd.
settings-outcome-passkey-removed = Passkey verwijderd.
