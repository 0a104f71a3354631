# Nederlands. De berichten en labels van Kratos, op hun numerieke id.

## Inloggen (1010xxx)
kratos-1010001 = Inloggen
kratos-1010002 = Inloggen met { $provider }
kratos-1010003 = Bevestig deze actie door te laten zien dat jij het bent.
kratos-1010004 = Voltooi de tweede stap van het inloggen.
kratos-1010005 = Bevestigen
kratos-1010006 = Verificatiecode
kratos-1010007 = Herstelcode
kratos-1010008 = Inloggen met beveiligingssleutel
kratos-1010009 = Authenticator-app gebruiken
kratos-1010010 = Een herstelcode gebruiken
kratos-1010011 = Doorgaan met beveiligingssleutel
kratos-1010012 = Houd je beveiligingssleutel of een andere authenticator (vingerafdruklezer, gezichtsherkenning, …) bij de hand en ga dan verder.
kratos-1010013 = Doorgaan
kratos-1010014 = We hebben een code gestuurd naar het adres dat je opgaf. Is die niet aangekomen, controleer dan het adres en probeer het opnieuw.
kratos-1010015 = Inlogcode sturen
kratos-1010016 = Je probeerde in te loggen met { $duplicate_identifier }, maar dat adres hoort al bij een ander account. Log met een van de onderstaande mogelijkheden in op dat account om { $provider } als extra manier van inloggen toe te voegen.
kratos-1010017 = Inloggen en koppelen
kratos-1010018 = Bevestigen met { $provider }
kratos-1010019 = Een code aanvragen om door te gaan
kratos-1010020 = Voer de code in die we je hebben gestuurd.
kratos-1010021 = Inloggen met passkey
kratos-1010022 = Inloggen met wachtwoord
kratos-1010023 = Code sturen naar { $address }

## Registreren (1040xxx)
kratos-1040001 = Registreren
kratos-1040002 = Registreren met { $provider }
kratos-1040003 = Doorgaan
kratos-1040004 = Registreren met beveiligingssleutel
kratos-1040005 = We hebben een code gestuurd naar het adres dat je opgaf. Is die niet aangekomen, controleer dan het adres en registreer opnieuw.
kratos-1040006 = Registratiecode sturen
kratos-1040007 = Registreren met passkey
kratos-1040008 = Terug
kratos-1040009 = Kies hoe je voortaan wilt inloggen.

## Instellingen (1050xxx)
kratos-1050001 = Je wijzigingen zijn opgeslagen.
kratos-1050002 = { $provider } koppelen
kratos-1050003 = { $provider } ontkoppelen
kratos-1050004 = Authenticator-app verwijderen
kratos-1050005 = QR-code voor je authenticator-app
kratos-1050006 = { $secret }
kratos-1050007 = Herstelcodes tonen
kratos-1050008 = Nieuwe herstelcodes maken
kratos-1050009 = { $secret }
kratos-1050010 = Dit zijn je herstelcodes. Bewaar ze op een veilige plek.
kratos-1050011 = Herstelcodes bevestigen
kratos-1050012 = Beveiligingssleutel toevoegen
kratos-1050013 = Naam van de beveiligingssleutel
kratos-1050014 = Gebruikt op { $used_at }
kratos-1050015 = { $secrets }
kratos-1050016 = Deze methode uitschakelen
kratos-1050017 = Dit is het geheim van je authenticator-app. Voer het daar in als je de QR-code niet kunt scannen.
kratos-1050018 = Beveiligingssleutel ‘{ $display_name }’ verwijderen
kratos-1050019 = Passkey toevoegen
kratos-1050020 = Passkey ‘{ $display_name }’ verwijderen

## Herstel (1060xxx)
kratos-1060001 = { $minutes ->
    [one] Je hebt je account hersteld. Wijzig binnen een minuut je wachtwoord of stel een andere manier van inloggen in.
   *[other] Je hebt je account hersteld. Wijzig binnen { $minutes } minuten je wachtwoord of stel een andere manier van inloggen in.
}
kratos-1060002 = Als het opgegeven adres bij een account hoort, hebben we er een herstellink naartoe gestuurd. Is die niet aangekomen, controleer dan het adres en gebruik het adres waarmee je je hebt geregistreerd.
kratos-1060003 = Als het opgegeven adres bij een account hoort, hebben we er een herstelcode naartoe gestuurd. Is die niet aangekomen, controleer dan het adres en gebruik het adres waarmee je je hebt geregistreerd.
kratos-1060004 = We hebben een herstelcode gestuurd naar { $masked_address }. Is die niet aangekomen, controleer dan het adres en gebruik het adres waarmee je je hebt geregistreerd.
kratos-1060005 = Voer je hersteladres volledig in om je account te herstellen.
kratos-1060006 = Hoe wil je je account herstellen?
kratos-1060007 = Terug

## Labels van velden en knoppen (1070xxx)
kratos-1070001 = Wachtwoord
kratos-1070002 = { $title }
kratos-1070003 = Opslaan
kratos-1070004 = ID
kratos-1070005 = Versturen
kratos-1070006 = Code bevestigen
kratos-1070007 = E-mail
kratos-1070008 = Nieuwe code sturen
kratos-1070009 = Doorgaan
kratos-1070010 = Herstelcode
kratos-1070011 = Bevestigingscode
kratos-1070012 = Registratiecode
kratos-1070013 = Inlogcode
kratos-1070014 = Inloggen en koppelen
kratos-1070015 = Los de captcha op om door te gaan.
kratos-1070016 = Hersteladres
kratos-1070017 = Telefoonnummer

## Bevestiging (1080xxx)
kratos-1080001 = Als het opgegeven adres bij een account hoort, hebben we er een bevestigingslink naartoe gestuurd. Is die niet aangekomen, controleer dan het adres.
kratos-1080002 = Je e-mailadres is bevestigd.
kratos-1080003 = Als het opgegeven adres bij een account hoort, hebben we er een bevestigingscode naartoe gestuurd. Is die niet aangekomen, controleer dan het adres.

## Invoerfouten (4000xxx)
kratos-4000001 = { $reason }
kratos-4000002 = { $property } ontbreekt.
kratos-4000003 = { $min_length ->
    [one] Voer minstens { $min_length } teken in.
   *[other] Voer minstens { $min_length } tekens in.
}
kratos-4000004 = Deze waarde heeft niet het verwachte formaat.
kratos-4000005 = Dit wachtwoord kan niet worden gebruikt: { $reason }.
kratos-4000006 = De inloggegevens kloppen niet. Controleer je wachtwoord en je gebruikersnaam, e-mailadres of telefoonnummer op typefouten.
kratos-4000007 = Er bestaat al een account met dit e-mailadres, telefoonnummer of deze gebruikersnaam.
kratos-4000008 = De verificatiecode klopt niet. Probeer het opnieuw.
kratos-4000009 = Dit account heeft geen inloggegeven. Neem contact op met de ondersteuning.
kratos-4000010 = Dit account is nog niet actief. Bevestig eerst je e-mailadres.
kratos-4000011 = Je hebt geen authenticator-app ingesteld.
kratos-4000012 = Deze herstelcode is al gebruikt.
kratos-4000013 = Je hebt geen beveiligingssleutel ingesteld.
kratos-4000014 = Je hebt geen herstelcodes ingesteld.
kratos-4000015 = Dit account bestaat niet of heeft geen beveiligingssleutel.
kratos-4000016 = Deze herstelcode is ongeldig.
kratos-4000017 = { $max_length ->
    [one] Voer hoogstens { $max_length } teken in.
   *[other] Voer hoogstens { $max_length } tekens in.
}
kratos-4000018 = De waarde moet minstens { $minimum } zijn.
kratos-4000019 = De waarde moet groter zijn dan { $minimum }.
kratos-4000020 = De waarde mag hoogstens { $maximum } zijn.
kratos-4000021 = De waarde moet kleiner zijn dan { $maximum }.
kratos-4000022 = De waarde moet een veelvoud van { $base } zijn.
kratos-4000023 = { $max_items ->
    [one] Kies hoogstens { $max_items } item.
   *[other] Kies hoogstens { $max_items } items.
}
kratos-4000024 = { $min_items ->
    [one] Kies minstens { $min_items } item.
   *[other] Kies minstens { $min_items } items.
}
kratos-4000025 = Alle items moeten verschillend zijn.
kratos-4000026 = Verwacht: { $allowed_types }, ontvangen: { $actual_type }.
kratos-4000027 = Er bestaat al een account met dit e-mailadres, telefoonnummer of deze gebruikersnaam. Log daarop in om je socialemediaprofiel te koppelen.
kratos-4000028 = Er bestaat al een account met deze gegevens. Log daarop in om door te gaan.
kratos-4000029 = De waarde moet { $expected } zijn.
kratos-4000030 = Deze waarde is niet toegestaan.
kratos-4000031 = Dit wachtwoord lijkt te veel op je gebruikersnaam of e-mailadres.
kratos-4000032 = { $min_length ->
    [one] Het wachtwoord moet minstens { $min_length } teken lang zijn, maar heeft er { $actual_length }.
   *[other] Het wachtwoord moet minstens { $min_length } tekens lang zijn, maar heeft er { $actual_length }.
}
kratos-4000033 = { $max_length ->
    [one] Het wachtwoord mag hoogstens { $max_length } teken lang zijn, maar heeft er { $actual_length }.
   *[other] Het wachtwoord mag hoogstens { $max_length } tekens lang zijn, maar heeft er { $actual_length }.
}
kratos-4000034 = Dit wachtwoord is opgedoken in datalekken en mag niet meer worden gebruikt.
kratos-4000035 = Dit account bestaat niet of heeft inloggen met een code niet ingesteld.
kratos-4000036 = De ingevoerde gegevens komen niet overeen met die van eerder in dit proces.
kratos-4000037 = Dit account bestaat niet of heeft geen manier van inloggen ingesteld.
kratos-4000038 = De captcha kon niet worden gecontroleerd. Probeer het opnieuw.
kratos-4000039 = Het nieuwe wachtwoord moet verschillen van het oude.
kratos-4000040 = Voer een geldig e-mailadres in.
kratos-4000041 = Voer een geldig telefoonnummer in.

## Inlogfouten (4010xxx)
kratos-4010001 = { $minutes ->
    [one] Het inlogformulier is { $minutes } minuut geleden verlopen. Probeer het opnieuw.
   *[other] Het inlogformulier is { $minutes } minuten geleden verlopen. Probeer het opnieuw.
}
kratos-4010002 = We konden niet bepalen hoe je wilt inloggen. Controleer het formulier en probeer het opnieuw.
kratos-4010003 = We konden niet bepalen hoe je je wilt registreren. Controleer het formulier en probeer het opnieuw.
kratos-4010004 = We konden niet bepalen welke instelling je wilt wijzigen. Controleer het formulier en probeer het opnieuw.
kratos-4010005 = We konden niet bepalen hoe je je account wilt herstellen. Controleer het formulier en probeer het opnieuw.
kratos-4010006 = We konden niet bepalen hoe je je account wilt bevestigen. Controleer het formulier en probeer het opnieuw.
kratos-4010007 = Dit verzoek is al voltooid en kan niet worden herhaald.
kratos-4010008 = De inlogcode is ongeldig of al gebruikt. Probeer het opnieuw.
kratos-4010009 = De gekoppelde inloggegevens komen niet overeen.
kratos-4010010 = Het ingevoerde adres hoort niet bij dit account.

## Registratiefouten (4040xxx)
kratos-4040001 = { $minutes ->
    [one] Het registratieformulier is { $minutes } minuut geleden verlopen. Probeer het opnieuw.
   *[other] Het registratieformulier is { $minutes } minuten geleden verlopen. Probeer het opnieuw.
}
kratos-4040002 = Dit verzoek is al voltooid en kan niet worden herhaald.
kratos-4040003 = De registratiecode is ongeldig of al gebruikt. Probeer het opnieuw.

## Instellingsfouten (4050xxx)
kratos-4050001 = { $minutes ->
    [one] Het instellingenformulier is { $minutes } minuut geleden verlopen. Probeer het opnieuw.
   *[other] Het instellingenformulier is { $minutes } minuten geleden verlopen. Probeer het opnieuw.
}

## Herstelfouten (4060xxx)
kratos-4060001 = Dit verzoek is al voltooid en kan niet worden herhaald.
kratos-4060002 = Het herstel van je account is mislukt. Begin opnieuw.
kratos-4060003 = De herstellink is onvolledig. Begin opnieuw.
kratos-4060004 = De herstellink is ongeldig of al gebruikt. Begin opnieuw.
kratos-4060005 = { $minutes ->
    [one] Het herstelformulier is { $minutes } minuut geleden verlopen. Probeer het opnieuw.
   *[other] Het herstelformulier is { $minutes } minuten geleden verlopen. Probeer het opnieuw.
}
kratos-4060006 = De herstelcode is ongeldig of al gebruikt. Probeer het opnieuw.

## Bevestigingsfouten (4070xxx)
kratos-4070001 = De bevestigingslink is ongeldig of al gebruikt. Begin opnieuw.
kratos-4070002 = Dit verzoek is al voltooid en kan niet worden herhaald.
kratos-4070003 = De bevestiging is mislukt. Begin opnieuw.
kratos-4070004 = De bevestigingslink is onvolledig. Begin opnieuw.
kratos-4070005 = { $minutes ->
    [one] Het bevestigingsformulier is { $minutes } minuut geleden verlopen. Probeer het opnieuw.
   *[other] Het bevestigingsformulier is { $minutes } minuten geleden verlopen. Probeer het opnieuw.
}
kratos-4070006 = De bevestigingscode is ongeldig of al gebruikt. Probeer het opnieuw.

## Systeemfouten (5000xxx)
kratos-5000001 = { $reason }
kratos-5000002 = Er zijn geen inlogmethoden beschikbaar. Neem contact op met de beheerder.
