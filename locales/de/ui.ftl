# Deutsch. Die Wörter dieser Oberfläche; Kratos' Meldungen stehen in kratos.ftl.

language-name = Deutsch

## Auf jeder Seite
product-name = Konto
page-title = { $page } · { $product }
skip-to-content = Zum Inhalt springen
language-menu = Sprache
language-menu-apply = Wechseln
signed-in-as = Angemeldet als
sign-out = Abmelden
back = Zurück
support-link = Hilfe und Support

## Seitentitel
title-settings = Kontoeinstellungen
title-login = Anmelden
title-login-reauthenticate = Bestätigen Sie, dass Sie es sind
title-login-second-factor = Zweiter Faktor
title-registration = Konto erstellen
title-recovery = Konto wiederherstellen
title-verification = E-Mail-Adresse bestätigen
title-logout = Abmelden

## Einstellungsseite
settings-sections = Bereiche der Einstellungen
not-yet-verified = Noch nicht bestätigt:
verify-email-address = E-Mail-Adresse bestätigen
changes-saved = Ihre Änderungen wurden gespeichert.
no-method = Für dieses Konto ist hier keine Methode verfügbar. Sie können zurückgehen, Ihre Kontoeinstellungen öffnen oder sich abmelden.

## Links rund um die Anmeldung
other-options = Weitere Möglichkeiten
create-account = Konto erstellen
forgot-password = Passwort vergessen?
back-to-sign-in = Zurück zur Anmeldung

## Sign-in and sign-up: one leading form, the way between steps and pages
or = oder
registration-continue = Weiter
signing-up-as = Registrierung als
change-identifier = Ändern
cancel-and-go-back = Abbrechen

## Bereiche der Einstellungsseite
settings-profile = Profil
settings-profile-about = Die Angaben, unter denen Ihr Konto bekannt ist.
settings-password = Passwort
settings-password-about = Wählen Sie ein neues Passwort für die Anmeldung.
settings-connected = Verknüpfte Konten
settings-connected-about = Melden Sie sich mit Konten an, die Sie bereits anderswo haben.
settings-totp = Authenticator-App
settings-totp-about = Einmalcodes aus einer App auf Ihrem Telefon, als zweiter Faktor.
settings-lookup = Wiederherstellungscodes
settings-lookup-about = Einmal verwendbare Codes, mit denen Sie hineinkommen, wenn Ihr zweiter Faktor nicht greifbar ist.
settings-webauthn = Sicherheitsschlüssel
settings-webauthn-about = Hardware-Schlüssel oder eingebaute Authentifikatoren, als zweiter Faktor.
settings-passkey = Passkeys
settings-passkey-about = Anmelden ohne Passwort, mit Ihrem Gerät.

## Bereiche der Anmelde-, Registrierungs-, Wiederherstellungs- und Bestätigungsseiten
method-connected = Weiter mit
method-connected-about = Verwenden Sie ein Konto, das Sie bereits anderswo haben.
method-profile = Ihre Angaben
method-profile-about = Sagen Sie uns, wer Sie sind.
method-password = Passwort
method-password-about = Verwenden Sie Ihr Passwort.
method-code = Code per E-Mail
method-code-about = Erhalten Sie einen Einmalcode per E-Mail.
method-link = Link per E-Mail
method-link-about = Erhalten Sie einen Link per E-Mail.
method-totp = Authenticator-App
method-totp-about = Geben Sie den Code ein, den Ihre App anzeigt.
method-lookup = Wiederherstellungscode
method-lookup-about = Verwenden Sie einen Ihrer Wiederherstellungscodes.
method-webauthn = Sicherheitsschlüssel
method-webauthn-about = Verwenden Sie Ihren Sicherheitsschlüssel.
method-passkey = Passkey
method-passkey-about = Verwenden Sie einen auf Ihrem Gerät gespeicherten Passkey.
method-identifier-first = Ihr Konto
method-identifier-first-about = Geben Sie Ihre E-Mail-Adresse ein.
method-captcha = Überprüfung
method-captcha-about = Zeigen Sie, dass Sie ein Mensch sind.
method-default = Weiter
method-other-about = Weitere Möglichkeiten, die Ihr Identitätsdienst anbietet.

## Abmeldeseite
logout-question = Abmelden?
logout-explanation = Um Ihr Konto zu nutzen, müssen Sie sich dann erneut anmelden.
cancel = Abbrechen

## Fehlerseiten
error-status = Fehler { $status }
error-code-label = Fehlercode:
error-quote-reference = Falls das wieder passiert, nennen Sie diese Referenz:
error-back-home = Zurück zu Ihrem Konto
error-start-again = Neu beginnen
error-not-found = Seite nicht gefunden
error-not-found-about = Unter dieser Adresse gibt es nichts.
error-refused = Anfrage abgelehnt
error-refused-about = Das Formular wurde von einer anderen Website gesendet, oder die Seite war zu alt. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut.
error-bad-request = Das hat nicht geklappt
error-bad-request-about = Die Anfrage konnte nicht bearbeitet werden. Bitte beginnen Sie neu.
error-upstream = Anmeldedienst nicht erreichbar
error-upstream-about = Der Kontodienst war nicht erreichbar oder hat unerwartet geantwortet. Bitte versuchen Sie es gleich noch einmal.
error-timeout = Anmeldedienst zu langsam
error-timeout-about = Der Kontodienst hat nicht rechtzeitig geantwortet. Bitte versuchen Sie es gleich noch einmal.
error-busy = Gerade überlastet
error-busy-about = Diese Seite wird gerade sehr stark abgerufen und konnte nicht vorbereitet werden. Bitte versuchen Sie es gleich noch einmal.
error-too-many-attempts = Zu viele Versuche
error-too-many-attempts-about = Nach vielen Versuchen in kurzer Zeit sind Anmeldung, Registrierung und Wiederherstellung für Ihre Verbindung eine Minute lang gesperrt. Warten Sie eine Minute und versuchen Sie es dann erneut.
error-internal = Etwas ist schiefgelaufen
error-internal-about = Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es noch einmal.

## Fehler, die Kratos meldet (Seite /error)
flow-error-csrf = Bitte versuchen Sie es noch einmal
flow-error-csrf-about = Wir konnten nicht bestätigen, dass diese Anfrage von Ihnen kam. Das passiert, wenn ein Formular zu lange offen war oder Ihr Browser Cookies blockiert. Beginnen Sie neu, dann sollte es klappen.
flow-error-identity-mismatch = Falsches Konto
flow-error-identity-mismatch-about = Diese Anfrage gehört zu einem anderen Konto als dem, mit dem Sie angemeldet sind.
flow-error-already-signed-in = Bereits angemeldet
flow-error-already-signed-in-about = Sie sind bereits angemeldet.
flow-error-session-ended = Bitte melden Sie sich an
flow-error-session-ended-about = Ihre Sitzung ist abgelaufen oder für diese Aktion zu alt. Melden Sie sich erneut an, um fortzufahren.
flow-error-aal2 = Zweiter Faktor erforderlich
flow-error-aal2-about = Diese Aktion erfordert Ihren zweiten Faktor. Melden Sie sich damit an, um fortzufahren.
flow-error-return-to = Weiterleitung nicht erlaubt
flow-error-return-to-about = Die Adresse, zu der Sie zurückgeleitet werden sollten, steht nicht auf der Liste der erlaubten Adressen.
flow-error-expired = Formular abgelaufen
flow-error-expired-about = Das verwendete Formular ist abgelaufen. Bitte beginnen Sie neu.
flow-error-browser-location = Im Browser fortfahren
flow-error-browser-location-about = Bitte fahren Sie dort fort, wohin Sie weitergeleitet wurden.
flow-error-client = Das hat nicht geklappt
flow-error-client-about = Die Anfrage konnte nicht abgeschlossen werden. Bitte beginnen Sie neu.
flow-error-server = Etwas ist schiefgelaufen
flow-error-server-about = Beim Kontodienst ist ein Problem aufgetreten. Bitte versuchen Sie es gleich noch einmal.
flow-error-oauth2 = Anmeldung nicht abgeschlossen
flow-error-oauth2-denied = Die Anmeldung wurde abgebrochen oder abgelehnt.
flow-error-oauth2-failed = Die Anmeldung konnte nicht abgeschlossen werden.
flow-error-unknown = Fehler nicht gefunden
flow-error-unknown-about = Zu diesem Fehler liegen keine Details vor. Vielleicht ist er abgelaufen. Bitte beginnen Sie neu.

## Wo Sie angemeldet sind (ein Abschnitt der Kontoeinstellungen)
settings-sessions = Wo Sie angemeldet sind
settings-sessions-about = Die Geräte und Browser, die bei Ihrem Konto angemeldet sind. Melden Sie alle ab, die Sie nicht kennen.
settings-sessions-state-alone = Nur auf diesem Gerät angemeldet.
settings-sessions-state-others = { $count ->
    [one] Auf diesem Gerät und { $count } weiteren angemeldet.
   *[other] Auf diesem Gerät und { $count } weiteren angemeldet.
}
settings-sessions-state-many = Auf diesem Gerät und mehr als { $count } weiteren angemeldet.
settings-sessions-state-unknown = Auf diesem Gerät angemeldet. Ihre anderen Sitzungen konnten nicht geladen werden.
settings-sessions-this-device = Dieses Gerät
settings-sessions-unknown-device = Unbekanntes Gerät
settings-sessions-device = { $browser } auf { $os }
settings-sessions-ip = IP-Adresse
settings-sessions-location = Ort
settings-sessions-signed-in = Angemeldet
settings-sessions-methods = Angemeldet mit
settings-sessions-expires = Läuft ab
settings-sessions-exact-time = { $time } UTC
settings-sessions-aal1 = ein Faktor
settings-sessions-aal2 = zwei Faktoren
settings-sessions-aal-unknown = Sicherheitsstufe unbekannt
settings-sessions-method-recovery = Kontowiederherstellung
settings-sessions-method-other = Eine andere Methode
settings-sessions-end = Dieses Gerät abmelden
settings-sessions-end-others = Alle anderen Geräte abmelden
settings-sessions-no-others = Sie sind nirgendwo sonst angemeldet.
settings-sessions-list-failed = Ihre anderen Sitzungen konnten gerade nicht geladen werden. Laden Sie die Seite neu, um es noch einmal zu versuchen.
settings-sessions-more = Mehr anzeigen
settings-sessions-first-page = Zurück zu den neuesten
settings-sessions-ended = Das Gerät wurde abgemeldet.
settings-sessions-already-gone = Diese Sitzung war bereits beendet.
settings-sessions-not-ended = Diese Sitzung kann hier nicht beendet werden.
settings-sessions-others-ended = { $count ->
    [0] Sie waren nirgendwo sonst angemeldet.
    [one] { $count } anderes Gerät wurde abgemeldet.
   *[other] { $count } andere Geräte wurden abgemeldet.
}

## Relative Zeiten („vor 2 Stunden“), neben der genauen Zeit
settings-time-just-now = gerade eben
settings-time-soon = in weniger als einer Minute
settings-time-minutes-ago = { $count ->
    [one] vor { $count } Minute
   *[other] vor { $count } Minuten
}
settings-time-hours-ago = { $count ->
    [one] vor { $count } Stunde
   *[other] vor { $count } Stunden
}
settings-time-days-ago = { $count ->
    [one] vor { $count } Tag
   *[other] vor { $count } Tagen
}
settings-time-months-ago = { $count ->
    [one] vor { $count } Monat
   *[other] vor { $count } Monaten
}
settings-time-years-ago = { $count ->
    [one] vor { $count } Jahr
   *[other] vor { $count } Jahren
}
settings-time-in-minutes = { $count ->
    [one] in { $count } Minute
   *[other] in { $count } Minuten
}
settings-time-in-hours = { $count ->
    [one] in { $count } Stunde
   *[other] in { $count } Stunden
}
settings-time-in-days = { $count ->
    [one] in { $count } Tag
   *[other] in { $count } Tagen
}

## Wiederherstellungscodes als Datei und zum Drucken
title-recovery-codes = Ihre Wiederherstellungscodes
settings-codes-download = Codes herunterladen
settings-codes-print = Druckansicht
settings-codes-print-now = Drucken
settings-codes-back = Zurück zu den Kontoeinstellungen
settings-codes-confirm-first = Bestätigen Sie diese Codes, um sie zu verwenden; danach können Sie sie herunterladen oder drucken.
settings-codes-file-title = Wiederherstellungscodes für { $product }
settings-codes-file-account = Konto: { $account }
settings-codes-file-date = Datum: { $date }
settings-codes-advice = Jeder Code funktioniert einmal, wenn Ihr zweiter Faktor nicht zur Hand ist. Bewahren Sie sie sicher und vertraulich auf.

## Show-password and copy buttons (shown only where scripts run)
show-password = Passwort anzeigen
copy = Kopieren
copied = Kopiert

## Transitions: after signing out, after a verification
signed-out-notice = Sie haben sich abgemeldet.
continue-to-account = Weiter zu Ihrem Konto

## The password rule, stated before the first try
password-rule = { $count ->
    [one] Mindestens { $count } Zeichen.
   *[other] Mindestens { $count } Zeichen.
}

## Einstellungen: der Stand, mit dem jeder Bereich beginnt
settings-state-verified = Bestätigt
settings-state-not-verified = Nicht bestätigt
settings-state-password-set = Ein Passwort ist festgelegt.
settings-state-connected = Verbunden
settings-state-no-connected = Keine Konten verbunden.
settings-state-totp-on = An: Bei der Anmeldung wird ein Code aus Ihrer App abgefragt.
settings-state-totp-off = Aus
settings-state-lookup-on = Eingerichtet
settings-state-lookup-off = Nicht eingerichtet
settings-state-lookup-unconfirmed = Neue Codes noch nicht gespeichert: Bewahren Sie sie sicher auf und bestätigen Sie dann.
settings-state-lookup-left = Verbleibende Codes: { $count }
settings-state-no-keys = Noch keine Sicherheitsschlüssel.
settings-state-no-passkeys = Noch keine Passkeys.
settings-state-added-on = Hinzugefügt am { $day }

## Einstellungen: Aktionen, benannt nach dem, was sie tun
settings-profile-save = Profil speichern
settings-password-change = Passwort ändern
settings-provider-link = Mit { $provider } verbinden
settings-totp-turn-on = Einschalten
settings-lookup-create = Wiederherstellungscodes erstellen
settings-lookup-replace = Durch neue Codes ersetzen
settings-lookup-show = Wiederherstellungscodes anzeigen
settings-lookup-confirm = Ich habe diese Codes gespeichert

## Einstellungen: ein zweiter Blick, bevor etwas entfernt wird
settings-confirm-unlink-ask = Verbindung mit { $provider } trennen…
settings-confirm-unlink-consequence = Sie können sich dann nicht mehr mit { $provider } anmelden.
settings-confirm-unlink-button = Verbindung mit { $provider } trennen
settings-confirm-totp-ask = Ausschalten…
settings-confirm-totp-consequence = Bei der Anmeldung wird dann kein Code aus Ihrer Authenticator-App mehr abgefragt.
settings-confirm-totp-button = Authenticator-App ausschalten
settings-confirm-lookup-ask = Ausschalten…
settings-confirm-lookup-consequence = Ihre Wiederherstellungscodes funktionieren dann nicht mehr.
settings-confirm-lookup-button = Wiederherstellungscodes ausschalten
settings-confirm-key-ask = „{ $name }“ entfernen…
settings-confirm-key-consequence = Sie können „{ $name }“ dann nicht mehr zur Anmeldung verwenden.
settings-confirm-passkey-ask = „{ $name }“ entfernen…
settings-confirm-passkey-consequence = Sie können sich dann nicht mehr mit dem Passkey „{ $name }“ anmelden.
settings-confirm-generic-ask = { $action }…
settings-confirm-generic-consequence = Das kann nicht rückgängig gemacht werden.

## Einstellungen: was eine Übermittlung geändert hat
settings-outcome-profile-saved = Profil gespeichert.
settings-outcome-password-changed = Passwort geändert.
settings-outcome-provider-linked = { $provider } verbunden.
settings-outcome-provider-unlinked = Verbindung mit { $provider } getrennt.
settings-outcome-totp-on = Authenticator-App eingeschaltet.
settings-outcome-totp-off = Authenticator-App ausgeschaltet.
settings-outcome-lookup-saved = Neue Wiederherstellungscodes gespeichert.
settings-outcome-lookup-off = Wiederherstellungscodes ausgeschaltet.
settings-outcome-key-added = Sicherheitsschlüssel „{ $name }“ hinzugefügt.
settings-outcome-key-removed = Sicherheitsschlüssel entfernt.
settings-outcome-passkey-added = Passkey „{ $name }“ hinzugefügt.
settings-outcome-passkey-removed = Passkey entfernt.
