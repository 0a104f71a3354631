# Deutsch. Kratos' Meldungen und Beschriftungen nach ihrer numerischen Id.

## Anmelden (1010xxx)
kratos-1010001 = Anmelden
kratos-1010002 = Mit { $provider } anmelden
kratos-1010003 = Bitte bestätigen Sie diese Aktion, indem Sie nachweisen, dass Sie es sind.
kratos-1010004 = Bitte schließen Sie den zweiten Anmeldeschritt ab.
kratos-1010005 = Bestätigen
kratos-1010006 = Authentifizierungscode
kratos-1010007 = Wiederherstellungscode
kratos-1010008 = Mit Sicherheitsschlüssel anmelden
kratos-1010009 = Authenticator-App verwenden
kratos-1010010 = Wiederherstellungscode verwenden
kratos-1010011 = Weiter mit Sicherheitsschlüssel
kratos-1010012 = Halten Sie Ihren Sicherheitsschlüssel oder einen anderen Authentifikator (Fingerabdruck, Gesichtserkennung, …) bereit und fahren Sie dann fort.
kratos-1010013 = Weiter
kratos-1010014 = Wir haben einen Code an die angegebene Adresse gesendet. Falls er nicht angekommen ist, prüfen Sie die Adresse auf Tippfehler und versuchen Sie es erneut.
kratos-1010015 = Anmeldecode senden
kratos-1010016 = Sie wollten sich mit { $duplicate_identifier } anmelden, aber diese Adresse gehört bereits zu einem anderen Konto. Melden Sie sich mit einer der folgenden Möglichkeiten bei diesem Konto an, um { $provider } als weitere Anmeldemöglichkeit hinzuzufügen.
kratos-1010017 = Anmelden und verknüpfen
kratos-1010018 = Mit { $provider } bestätigen
kratos-1010019 = Code anfordern, um fortzufahren
kratos-1010020 = Geben Sie den Code ein, den wir Ihnen gesendet haben.
kratos-1010021 = Mit Passkey anmelden
kratos-1010022 = Mit Passwort anmelden
kratos-1010023 = Code an { $address } senden

## Registrieren (1040xxx)
kratos-1040001 = Registrieren
kratos-1040002 = Mit { $provider } registrieren
kratos-1040003 = Weiter
kratos-1040004 = Mit Sicherheitsschlüssel registrieren
kratos-1040005 = Wir haben einen Code an die angegebene Adresse gesendet. Falls er nicht angekommen ist, prüfen Sie die Adresse auf Tippfehler und registrieren Sie sich erneut.
kratos-1040006 = Registrierungscode senden
kratos-1040007 = Mit Passkey registrieren
kratos-1040008 = Zurück
kratos-1040009 = Wählen Sie, wie Sie sich künftig anmelden möchten.

## Einstellungen (1050xxx)
kratos-1050001 = Ihre Änderungen wurden gespeichert.
kratos-1050002 = { $provider } verknüpfen
kratos-1050003 = Verknüpfung mit { $provider } aufheben
kratos-1050004 = Authenticator-App entfernen
kratos-1050005 = QR-Code für Ihre Authenticator-App
kratos-1050006 = { $secret }
kratos-1050007 = Wiederherstellungscodes anzeigen
kratos-1050008 = Neue Wiederherstellungscodes erzeugen
kratos-1050009 = { $secret }
kratos-1050010 = Das sind Ihre Wiederherstellungscodes. Bewahren Sie sie an einem sicheren Ort auf.
kratos-1050011 = Wiederherstellungscodes bestätigen
kratos-1050012 = Sicherheitsschlüssel hinzufügen
kratos-1050013 = Name des Sicherheitsschlüssels
kratos-1050014 = Verwendet am { $used_at }
kratos-1050015 = { $secrets }
kratos-1050016 = Diese Methode deaktivieren
kratos-1050017 = Das ist das Geheimnis Ihrer Authenticator-App. Geben Sie es dort ein, falls Sie den QR-Code nicht scannen können.
kratos-1050018 = Sicherheitsschlüssel „{ $display_name }“ entfernen
kratos-1050019 = Passkey hinzufügen
kratos-1050020 = Passkey „{ $display_name }“ entfernen

## Wiederherstellung (1060xxx)
kratos-1060001 = { $minutes ->
    [one] Sie haben Ihr Konto wiederhergestellt. Bitte ändern Sie innerhalb der nächsten Minute Ihr Passwort oder richten Sie eine andere Anmeldemöglichkeit ein.
   *[other] Sie haben Ihr Konto wiederhergestellt. Bitte ändern Sie innerhalb der nächsten { $minutes } Minuten Ihr Passwort oder richten Sie eine andere Anmeldemöglichkeit ein.
}
kratos-1060002 = Falls die angegebene Adresse zu einem Konto gehört, haben wir einen Wiederherstellungslink an sie gesendet. Falls er nicht angekommen ist, prüfen Sie die Adresse auf Tippfehler und verwenden Sie die Adresse, mit der Sie sich registriert haben.
kratos-1060003 = Falls die angegebene Adresse zu einem Konto gehört, haben wir einen Wiederherstellungscode an sie gesendet. Falls er nicht angekommen ist, prüfen Sie die Adresse auf Tippfehler und verwenden Sie die Adresse, mit der Sie sich registriert haben.
kratos-1060004 = Wir haben einen Wiederherstellungscode an { $masked_address } gesendet. Falls er nicht angekommen ist, prüfen Sie die Adresse auf Tippfehler und verwenden Sie die Adresse, mit der Sie sich registriert haben.
kratos-1060005 = Geben Sie Ihre Wiederherstellungsadresse vollständig ein, um Ihr Konto wiederherzustellen.
kratos-1060006 = Wie möchten Sie Ihr Konto wiederherstellen?
kratos-1060007 = Zurück

## Beschriftungen (1070xxx)
kratos-1070001 = Passwort
kratos-1070002 = { $title }
kratos-1070003 = Speichern
kratos-1070004 = ID
kratos-1070005 = Absenden
kratos-1070006 = Code bestätigen
kratos-1070007 = E-Mail
kratos-1070008 = Neuen Code senden
kratos-1070009 = Weiter
kratos-1070010 = Wiederherstellungscode
kratos-1070011 = Bestätigungscode
kratos-1070012 = Registrierungscode
kratos-1070013 = Anmeldecode
kratos-1070014 = Anmelden und verknüpfen
kratos-1070015 = Bitte lösen Sie das Captcha, um fortzufahren.
kratos-1070016 = Wiederherstellungsadresse
kratos-1070017 = Telefonnummer

## Bestätigung (1080xxx)
kratos-1080001 = Falls die angegebene Adresse zu einem Konto gehört, haben wir einen Bestätigungslink an sie gesendet. Falls er nicht angekommen ist, prüfen Sie die Adresse auf Tippfehler.
kratos-1080002 = Ihre E-Mail-Adresse ist bestätigt.
kratos-1080003 = Falls die angegebene Adresse zu einem Konto gehört, haben wir einen Bestätigungscode an sie gesendet. Falls er nicht angekommen ist, prüfen Sie die Adresse auf Tippfehler.

## Eingabefehler (4000xxx)
kratos-4000001 = { $reason }
kratos-4000002 = { $property } fehlt.
kratos-4000003 = { $min_length ->
    [one] Geben Sie mindestens ein Zeichen ein.
   *[other] Geben Sie mindestens { $min_length } Zeichen ein.
}
kratos-4000004 = Dieser Wert hat nicht das erwartete Format.
kratos-4000005 = Dieses Passwort kann nicht verwendet werden: { $reason }.
kratos-4000006 = Die Anmeldedaten sind nicht korrekt. Prüfen Sie Ihr Passwort und Ihren Benutzernamen, Ihre E-Mail-Adresse oder Telefonnummer auf Tippfehler.
kratos-4000007 = Ein Konto mit dieser E-Mail-Adresse, Telefonnummer oder diesem Benutzernamen existiert bereits.
kratos-4000008 = Der Authentifizierungscode ist nicht korrekt. Bitte versuchen Sie es erneut.
kratos-4000009 = Dieses Konto hat keine Anmeldekennung. Bitte wenden Sie sich an den Support.
kratos-4000010 = Dieses Konto ist noch nicht aktiv. Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse.
kratos-4000011 = Sie haben keine Authenticator-App eingerichtet.
kratos-4000012 = Dieser Wiederherstellungscode wurde bereits verwendet.
kratos-4000013 = Sie haben keinen Sicherheitsschlüssel eingerichtet.
kratos-4000014 = Sie haben keine Wiederherstellungscodes eingerichtet.
kratos-4000015 = Dieses Konto existiert nicht oder hat keinen Sicherheitsschlüssel.
kratos-4000016 = Dieser Wiederherstellungscode ist ungültig.
kratos-4000017 = { $max_length ->
    [one] Geben Sie höchstens ein Zeichen ein.
   *[other] Geben Sie höchstens { $max_length } Zeichen ein.
}
kratos-4000018 = Der Wert muss mindestens { $minimum } sein.
kratos-4000019 = Der Wert muss größer als { $minimum } sein.
kratos-4000020 = Der Wert darf höchstens { $maximum } sein.
kratos-4000021 = Der Wert muss kleiner als { $maximum } sein.
kratos-4000022 = Der Wert muss ein Vielfaches von { $base } sein.
kratos-4000023 = { $max_items ->
    [one] Wählen Sie höchstens einen Eintrag.
   *[other] Wählen Sie höchstens { $max_items } Einträge.
}
kratos-4000024 = { $min_items ->
    [one] Wählen Sie mindestens einen Eintrag.
   *[other] Wählen Sie mindestens { $min_items } Einträge.
}
kratos-4000025 = Alle Einträge müssen verschieden sein.
kratos-4000026 = Erwartet: { $allowed_types }, erhalten: { $actual_type }.
kratos-4000027 = Ein Konto mit dieser E-Mail-Adresse, Telefonnummer oder diesem Benutzernamen existiert bereits. Melden Sie sich dort an, um Ihr Profil des sozialen Netzwerks zu verknüpfen.
kratos-4000028 = Ein Konto mit dieser Kennung existiert bereits. Melden Sie sich dort an, um fortzufahren.
kratos-4000029 = Der Wert muss { $expected } sein.
kratos-4000030 = Dieser Wert ist nicht erlaubt.
kratos-4000031 = Dieses Passwort ähnelt Ihrem Benutzernamen oder Ihrer E-Mail-Adresse zu sehr.
kratos-4000032 = { $min_length ->
    [one] Das Passwort muss mindestens ein Zeichen lang sein, hat aber { $actual_length }.
   *[other] Das Passwort muss mindestens { $min_length } Zeichen lang sein, hat aber { $actual_length }.
}
kratos-4000033 = { $max_length ->
    [one] Das Passwort darf höchstens ein Zeichen lang sein, hat aber { $actual_length }.
   *[other] Das Passwort darf höchstens { $max_length } Zeichen lang sein, hat aber { $actual_length }.
}
kratos-4000034 = Dieses Passwort ist in Datenlecks aufgetaucht und darf nicht mehr verwendet werden.
kratos-4000035 = Dieses Konto existiert nicht oder hat die Anmeldung per Code nicht eingerichtet.
kratos-4000036 = Die Angaben stimmen nicht mit den früher in diesem Vorgang gemachten überein.
kratos-4000037 = Dieses Konto existiert nicht oder hat keine Anmeldemöglichkeit eingerichtet.
kratos-4000038 = Das Captcha konnte nicht überprüft werden. Bitte versuchen Sie es erneut.
kratos-4000039 = Das neue Passwort muss sich vom alten unterscheiden.
kratos-4000040 = Geben Sie eine gültige E-Mail-Adresse ein.
kratos-4000041 = Geben Sie eine gültige Telefonnummer ein.

## Anmeldefehler (4010xxx)
kratos-4010001 = { $minutes ->
    [one] Das Anmeldeformular ist vor einer Minute abgelaufen. Bitte versuchen Sie es erneut.
   *[other] Das Anmeldeformular ist vor { $minutes } Minuten abgelaufen. Bitte versuchen Sie es erneut.
}
kratos-4010002 = Wir konnten nicht erkennen, wie Sie sich anmelden möchten. Bitte prüfen Sie das Formular und versuchen Sie es erneut.
kratos-4010003 = Wir konnten nicht erkennen, wie Sie sich registrieren möchten. Bitte prüfen Sie das Formular und versuchen Sie es erneut.
kratos-4010004 = Wir konnten nicht erkennen, welche Einstellung Sie ändern möchten. Bitte prüfen Sie das Formular und versuchen Sie es erneut.
kratos-4010005 = Wir konnten nicht erkennen, wie Sie Ihr Konto wiederherstellen möchten. Bitte prüfen Sie das Formular und versuchen Sie es erneut.
kratos-4010006 = Wir konnten nicht erkennen, wie Sie Ihr Konto bestätigen möchten. Bitte prüfen Sie das Formular und versuchen Sie es erneut.
kratos-4010007 = Diese Anfrage wurde bereits abgeschlossen und kann nicht wiederholt werden.
kratos-4010008 = Der Anmeldecode ist ungültig oder wurde bereits verwendet. Bitte versuchen Sie es erneut.
kratos-4010009 = Die verknüpften Anmeldedaten stimmen nicht überein.
kratos-4010010 = Die eingegebene Adresse gehört nicht zu diesem Konto.

## Registrierungsfehler (4040xxx)
kratos-4040001 = { $minutes ->
    [one] Das Registrierungsformular ist vor einer Minute abgelaufen. Bitte versuchen Sie es erneut.
   *[other] Das Registrierungsformular ist vor { $minutes } Minuten abgelaufen. Bitte versuchen Sie es erneut.
}
kratos-4040002 = Diese Anfrage wurde bereits abgeschlossen und kann nicht wiederholt werden.
kratos-4040003 = Der Registrierungscode ist ungültig oder wurde bereits verwendet. Bitte versuchen Sie es erneut.

## Einstellungsfehler (4050xxx)
kratos-4050001 = { $minutes ->
    [one] Das Einstellungsformular ist vor einer Minute abgelaufen. Bitte versuchen Sie es erneut.
   *[other] Das Einstellungsformular ist vor { $minutes } Minuten abgelaufen. Bitte versuchen Sie es erneut.
}

## Wiederherstellungsfehler (4060xxx)
kratos-4060001 = Diese Anfrage wurde bereits abgeschlossen und kann nicht wiederholt werden.
kratos-4060002 = Die Wiederherstellung ist fehlgeschlagen. Bitte beginnen Sie neu.
kratos-4060003 = Der Wiederherstellungslink ist unvollständig. Bitte beginnen Sie neu.
kratos-4060004 = Der Wiederherstellungslink ist ungültig oder wurde bereits verwendet. Bitte beginnen Sie neu.
kratos-4060005 = { $minutes ->
    [one] Das Wiederherstellungsformular ist vor einer Minute abgelaufen. Bitte versuchen Sie es erneut.
   *[other] Das Wiederherstellungsformular ist vor { $minutes } Minuten abgelaufen. Bitte versuchen Sie es erneut.
}
kratos-4060006 = Der Wiederherstellungscode ist ungültig oder wurde bereits verwendet. Bitte versuchen Sie es erneut.

## Bestätigungsfehler (4070xxx)
kratos-4070001 = Der Bestätigungslink ist ungültig oder wurde bereits verwendet. Bitte beginnen Sie neu.
kratos-4070002 = Diese Anfrage wurde bereits abgeschlossen und kann nicht wiederholt werden.
kratos-4070003 = Die Bestätigung ist fehlgeschlagen. Bitte beginnen Sie neu.
kratos-4070004 = Der Bestätigungslink ist unvollständig. Bitte beginnen Sie neu.
kratos-4070005 = { $minutes ->
    [one] Das Bestätigungsformular ist vor einer Minute abgelaufen. Bitte versuchen Sie es erneut.
   *[other] Das Bestätigungsformular ist vor { $minutes } Minuten abgelaufen. Bitte versuchen Sie es erneut.
}
kratos-4070006 = Der Bestätigungscode ist ungültig oder wurde bereits verwendet. Bitte versuchen Sie es erneut.

## Systemfehler (5000xxx)
kratos-5000001 = { $reason }
kratos-5000002 = Es stehen keine Anmeldemethoden zur Verfügung. Bitte wenden Sie sich an den Administrator.
