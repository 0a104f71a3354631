# Italiano. I messaggi e le etichette di Kratos, per identificatore numerico.

## Accesso (1010xxx)
kratos-1010001 = Accedi
kratos-1010002 = Accedi con { $provider }
kratos-1010003 = Conferma questa azione dimostrando che sei tu.
kratos-1010004 = Completa il secondo passaggio di autenticazione.
kratos-1010005 = Verifica
kratos-1010006 = Codice di autenticazione
kratos-1010007 = Codice di recupero
kratos-1010008 = Accedi con chiave di sicurezza
kratos-1010009 = Usa l’app di autenticazione
kratos-1010010 = Usa un codice di recupero
kratos-1010011 = Continua con chiave di sicurezza
kratos-1010012 = Tieni pronta la chiave di sicurezza o un altro autenticatore (lettore di impronte, riconoscimento del volto, …), poi continua.
kratos-1010013 = Continua
kratos-1010014 = Abbiamo inviato un codice all’indirizzo indicato. Se non è arrivato, controlla l’indirizzo e riprova.
kratos-1010015 = Invia codice di accesso
kratos-1010016 = Hai provato ad accedere con { $duplicate_identifier }, ma questo indirizzo appartiene già a un altro account. Accedi a quell’account con una delle opzioni qui sotto per aggiungere { $provider } come altro modo di accesso.
kratos-1010017 = Accedi e collega
kratos-1010018 = Conferma con { $provider }
kratos-1010019 = Richiedi un codice per continuare
kratos-1010020 = Inserisci il codice che ti abbiamo inviato.
kratos-1010021 = Accedi con passkey
kratos-1010022 = Accedi con password
kratos-1010023 = Invia il codice a { $address }

## Registrazione (1040xxx)
kratos-1040001 = Registrati
kratos-1040002 = Registrati con { $provider }
kratos-1040003 = Continua
kratos-1040004 = Registrati con chiave di sicurezza
kratos-1040005 = Abbiamo inviato un codice all’indirizzo indicato. Se non è arrivato, controlla l’indirizzo e registrati di nuovo.
kratos-1040006 = Invia codice di registrazione
kratos-1040007 = Registrati con passkey
kratos-1040008 = Indietro
kratos-1040009 = Scegli come vuoi accedere d’ora in poi.

## Impostazioni (1050xxx)
kratos-1050001 = Le modifiche sono state salvate.
kratos-1050002 = Collega { $provider }
kratos-1050003 = Scollega { $provider }
kratos-1050004 = Rimuovi l’app di autenticazione
kratos-1050005 = Codice QR per l’app di autenticazione
kratos-1050006 = { $secret }
kratos-1050007 = Mostra i codici di recupero
kratos-1050008 = Genera nuovi codici di recupero
kratos-1050009 = { $secret }
kratos-1050010 = Questi sono i tuoi codici di recupero. Conservali in un posto sicuro.
kratos-1050011 = Conferma i codici di recupero
kratos-1050012 = Aggiungi chiave di sicurezza
kratos-1050013 = Nome della chiave di sicurezza
kratos-1050014 = Usato il { $used_at }
kratos-1050015 = { $secrets }
kratos-1050016 = Disattiva questo metodo
kratos-1050017 = Questo è il segreto della tua app di autenticazione. Inseriscilo nell’app se non riesci a scansionare il codice QR.
kratos-1050018 = Rimuovi la chiave di sicurezza «{ $display_name }»
kratos-1050019 = Aggiungi passkey
kratos-1050020 = Rimuovi la passkey «{ $display_name }»

## Recupero (1060xxx)
kratos-1060001 = { $minutes ->
    [one] Hai recuperato il tuo account. Cambia la password o configura un altro modo di accesso entro il prossimo minuto.
   *[other] Hai recuperato il tuo account. Cambia la password o configura un altro modo di accesso entro i prossimi { $minutes } minuti.
}
kratos-1060002 = Se l’indirizzo indicato appartiene a un account, gli abbiamo inviato un link di recupero. Se non è arrivato, controlla l’indirizzo e usa quello con cui ti sei registrato.
kratos-1060003 = Se l’indirizzo indicato appartiene a un account, gli abbiamo inviato un codice di recupero. Se non è arrivato, controlla l’indirizzo e usa quello con cui ti sei registrato.
kratos-1060004 = Abbiamo inviato un codice di recupero a { $masked_address }. Se non è arrivato, controlla l’indirizzo e usa quello con cui ti sei registrato.
kratos-1060005 = Per recuperare l’account, inserisci per intero il tuo indirizzo di recupero.
kratos-1060006 = Come vuoi recuperare il tuo account?
kratos-1060007 = Indietro

## Etichette di campi e pulsanti (1070xxx)
kratos-1070001 = Password
kratos-1070002 = { $title }
kratos-1070003 = Salva
kratos-1070004 = ID
kratos-1070005 = Invia
kratos-1070006 = Verifica il codice
kratos-1070007 = Email
kratos-1070008 = Invia un nuovo codice
kratos-1070009 = Continua
kratos-1070010 = Codice di recupero
kratos-1070011 = Codice di verifica
kratos-1070012 = Codice di registrazione
kratos-1070013 = Codice di accesso
kratos-1070014 = Accedi e collega
kratos-1070015 = Completa il captcha per continuare.
kratos-1070016 = Indirizzo di recupero
kratos-1070017 = Numero di telefono

## Verifica (1080xxx)
kratos-1080001 = Se l’indirizzo indicato appartiene a un account, gli abbiamo inviato un link di verifica. Se non è arrivato, controlla l’indirizzo.
kratos-1080002 = Il tuo indirizzo email è verificato.
kratos-1080003 = Se l’indirizzo indicato appartiene a un account, gli abbiamo inviato un codice di verifica. Se non è arrivato, controlla l’indirizzo.

## Errori di convalida (4000xxx)
kratos-4000001 = { $reason }
kratos-4000002 = Manca { $property }.
kratos-4000003 = { $min_length ->
    [one] Inserisci almeno { $min_length } carattere.
   *[other] Inserisci almeno { $min_length } caratteri.
}
kratos-4000004 = Questo valore non ha il formato previsto.
kratos-4000005 = Questa password non può essere usata: { $reason }.
kratos-4000006 = I dati di accesso non sono corretti. Controlla la password e il nome utente, l’indirizzo email o il numero di telefono.
kratos-4000007 = Esiste già un account con questo indirizzo email, numero di telefono o nome utente.
kratos-4000008 = Il codice di autenticazione non è corretto. Riprova.
kratos-4000009 = Questo account non ha un identificativo di accesso. Contatta l’assistenza.
kratos-4000010 = Questo account non è ancora attivo. Verifica prima il tuo indirizzo email.
kratos-4000011 = Non hai configurato un’app di autenticazione.
kratos-4000012 = Questo codice di recupero è già stato usato.
kratos-4000013 = Non hai configurato una chiave di sicurezza.
kratos-4000014 = Non hai configurato codici di recupero.
kratos-4000015 = Questo account non esiste o non ha una chiave di sicurezza.
kratos-4000016 = Questo codice di recupero non è valido.
kratos-4000017 = { $max_length ->
    [one] Inserisci al massimo { $max_length } carattere.
   *[other] Inserisci al massimo { $max_length } caratteri.
}
kratos-4000018 = Il valore deve essere almeno { $minimum }.
kratos-4000019 = Il valore deve essere maggiore di { $minimum }.
kratos-4000020 = Il valore deve essere al massimo { $maximum }.
kratos-4000021 = Il valore deve essere minore di { $maximum }.
kratos-4000022 = Il valore deve essere un multiplo di { $base }.
kratos-4000023 = { $max_items ->
    [one] Scegli al massimo { $max_items } elemento.
   *[other] Scegli al massimo { $max_items } elementi.
}
kratos-4000024 = { $min_items ->
    [one] Scegli almeno { $min_items } elemento.
   *[other] Scegli almeno { $min_items } elementi.
}
kratos-4000025 = Ogni elemento deve essere diverso.
kratos-4000026 = Previsto { $allowed_types }, ricevuto { $actual_type }.
kratos-4000027 = Esiste già un account con questo indirizzo email, numero di telefono o nome utente. Accedi a quell’account per collegare il tuo profilo social.
kratos-4000028 = Esiste già un account con questo identificativo. Accedi a quell’account per continuare.
kratos-4000029 = Il valore deve essere { $expected }.
kratos-4000030 = Questo valore non è consentito.
kratos-4000031 = Questa password è troppo simile al tuo nome utente o indirizzo email.
kratos-4000032 = { $min_length ->
    [one] La password deve avere almeno { $min_length } carattere, ma ne ha { $actual_length }.
   *[other] La password deve avere almeno { $min_length } caratteri, ma ne ha { $actual_length }.
}
kratos-4000033 = { $max_length ->
    [one] La password deve avere al massimo { $max_length } carattere, ma ne ha { $actual_length }.
   *[other] La password deve avere al massimo { $max_length } caratteri, ma ne ha { $actual_length }.
}
kratos-4000034 = Questa password è comparsa in violazioni di dati e non deve più essere usata.
kratos-4000035 = Questo account non esiste o non ha configurato l’accesso con codice.
kratos-4000036 = I dati inseriti non corrispondono a quelli indicati prima in questa procedura.
kratos-4000037 = Questo account non esiste o non ha alcun modo di accesso configurato.
kratos-4000038 = Non è stato possibile verificare il captcha. Riprova.
kratos-4000039 = La nuova password deve essere diversa da quella precedente.
kratos-4000040 = Inserisci un indirizzo email valido.
kratos-4000041 = Inserisci un numero di telefono valido.

## Errori di accesso (4010xxx)
kratos-4010001 = { $minutes ->
    [one] Il modulo di accesso è scaduto { $minutes } minuto fa. Riprova.
   *[other] Il modulo di accesso è scaduto { $minutes } minuti fa. Riprova.
}
kratos-4010002 = Non abbiamo capito come vuoi accedere. Controlla il modulo e riprova.
kratos-4010003 = Non abbiamo capito come vuoi registrarti. Controlla il modulo e riprova.
kratos-4010004 = Non abbiamo capito quale impostazione vuoi cambiare. Controlla il modulo e riprova.
kratos-4010005 = Non abbiamo capito come vuoi recuperare l’account. Controlla il modulo e riprova.
kratos-4010006 = Non abbiamo capito come vuoi verificare l’account. Controlla il modulo e riprova.
kratos-4010007 = Questa richiesta è già stata completata e non può essere ripetuta.
kratos-4010008 = Il codice di accesso non è valido o è già stato usato. Riprova.
kratos-4010009 = I dati di accesso collegati non corrispondono.
kratos-4010010 = L’indirizzo inserito non appartiene a questo account.

## Errori di registrazione (4040xxx)
kratos-4040001 = { $minutes ->
    [one] Il modulo di registrazione è scaduto { $minutes } minuto fa. Riprova.
   *[other] Il modulo di registrazione è scaduto { $minutes } minuti fa. Riprova.
}
kratos-4040002 = Questa richiesta è già stata completata e non può essere ripetuta.
kratos-4040003 = Il codice di registrazione non è valido o è già stato usato. Riprova.

## Errori delle impostazioni (4050xxx)
kratos-4050001 = { $minutes ->
    [one] Il modulo delle impostazioni è scaduto { $minutes } minuto fa. Riprova.
   *[other] Il modulo delle impostazioni è scaduto { $minutes } minuti fa. Riprova.
}

## Errori di recupero (4060xxx)
kratos-4060001 = Questa richiesta è già stata completata e non può essere ripetuta.
kratos-4060002 = Il recupero dell’account non è riuscito. Ricomincia.
kratos-4060003 = Il link di recupero è incompleto. Ricomincia.
kratos-4060004 = Il link di recupero non è valido o è già stato usato. Ricomincia.
kratos-4060005 = { $minutes ->
    [one] Il modulo di recupero è scaduto { $minutes } minuto fa. Riprova.
   *[other] Il modulo di recupero è scaduto { $minutes } minuti fa. Riprova.
}
kratos-4060006 = Il codice di recupero non è valido o è già stato usato. Riprova.

## Errori di verifica (4070xxx)
kratos-4070001 = Il link di verifica non è valido o è già stato usato. Ricomincia.
kratos-4070002 = Questa richiesta è già stata completata e non può essere ripetuta.
kratos-4070003 = La verifica non è riuscita. Ricomincia.
kratos-4070004 = Il link di verifica è incompleto. Ricomincia.
kratos-4070005 = { $minutes ->
    [one] Il modulo di verifica è scaduto { $minutes } minuto fa. Riprova.
   *[other] Il modulo di verifica è scaduto { $minutes } minuti fa. Riprova.
}
kratos-4070006 = Il codice di verifica non è valido o è già stato usato. Riprova.

## Errori di sistema (5000xxx)
kratos-5000001 = { $reason }
kratos-5000002 = Non è disponibile alcun metodo di accesso. Contatta l’amministratore.
