# Italiano. Le parole di questa interfaccia; i messaggi di Kratos sono in kratos.ftl.

language-name = Italiano

## Su ogni pagina
product-name = Account
page-title = { $page } · { $product }
skip-to-content = Vai al contenuto
language-menu = Lingua
language-menu-apply = Cambia
signed-in-as = Accesso effettuato come
sign-out = Esci
back = Indietro
support-link = Aiuto e assistenza

## Titoli delle pagine
title-settings = Impostazioni dell’account
title-login = Accedi
title-login-reauthenticate = Conferma che sei tu
title-login-second-factor = Secondo fattore
title-registration = Crea un account
title-recovery = Recupera il tuo account
title-verification = Verifica il tuo indirizzo email
title-logout = Esci

## Pagina delle impostazioni
settings-sections = Sezioni delle impostazioni
not-yet-verified = Non ancora verificato:
verify-email-address = Verifica il tuo indirizzo email
changes-saved = Le modifiche sono state salvate.
no-method = Nessun metodo è disponibile qui per questo account. Puoi tornare indietro, aprire le impostazioni dell’account o uscire.

## Link intorno ai moduli di accesso
other-options = Altre opzioni
create-account = Crea un account
forgot-password = Password dimenticata?
back-to-sign-in = Torna all’accesso

## Sign-in and sign-up: one leading form, the way between steps and pages
or = oppure
registration-continue = Continua
signing-up-as = Registrazione come
change-identifier = Modifica
cancel-and-go-back = Annulla

## Sezioni della pagina delle impostazioni
settings-profile = Profilo
settings-profile-about = I dati con cui il tuo account è conosciuto.
settings-password = Password
settings-password-about = Scegli una nuova password per accedere.
settings-connected = Account collegati
settings-connected-about = Accedi con account che hai già altrove.
settings-totp = App di autenticazione
settings-totp-about = Codici monouso da un’app sul tuo telefono, come secondo fattore.
settings-lookup = Codici di recupero
settings-lookup-about = Codici monouso per entrare quando il secondo fattore non è a portata di mano.
settings-webauthn = Chiavi di sicurezza
settings-webauthn-about = Chiavi hardware o autenticatori integrati, come secondo fattore.
settings-passkey = Passkey
settings-passkey-about = Accedi senza password, con il tuo dispositivo.

## Sezioni delle pagine di accesso, registrazione, recupero e verifica
method-connected = Continua con
method-connected-about = Usa un account che hai già altrove.
method-profile = I tuoi dati
method-profile-about = Dicci chi sei.
method-password = Password
method-password-about = Usa la tua password.
method-code = Codice via email
method-code-about = Ricevi un codice monouso via email.
method-link = Link via email
method-link-about = Ricevi un link via email.
method-totp = App di autenticazione
method-totp-about = Inserisci il codice mostrato dall’app.
method-lookup = Codice di recupero
method-lookup-about = Usa uno dei tuoi codici di recupero.
method-webauthn = Chiave di sicurezza
method-webauthn-about = Usa la tua chiave di sicurezza.
method-passkey = Passkey
method-passkey-about = Usa una passkey salvata sul tuo dispositivo.
method-identifier-first = Il tuo account
method-identifier-first-about = Inserisci il tuo indirizzo email.
method-captcha = Verifica
method-captcha-about = Dimostra di essere una persona.
method-default = Continua
method-other-about = Altre opzioni offerte dal tuo servizio di identità.

## Pagina di uscita
logout-question = Vuoi uscire?
logout-explanation = Per usare il tuo account dovrai accedere di nuovo.
cancel = Annulla

## Pagine di errore
error-status = Errore { $status }
error-code-label = Codice di errore:
error-quote-reference = Se succede di nuovo, indica questo riferimento:
error-back-home = Torna al tuo account
error-start-again = Ricomincia
error-not-found = Pagina non trovata
error-not-found-about = A questo indirizzo non c’è niente.
error-refused = Richiesta rifiutata
error-refused-about = Il modulo è stato inviato da un altro sito oppure la pagina era troppo vecchia. Torna indietro, ricarica la pagina e riprova.
error-bad-request = Non ha funzionato
error-bad-request-about = Non è stato possibile elaborare la richiesta. Ricomincia.
error-upstream = Servizio di accesso non disponibile
error-upstream-about = Non è stato possibile raggiungere il servizio degli account, oppure ha risposto in modo inatteso. Riprova tra un momento.
error-timeout = Servizio di accesso troppo lento
error-timeout-about = Il servizio degli account non ha risposto in tempo. Riprova tra un momento.
error-busy = Troppe richieste in questo momento
error-busy-about = Questa pagina è molto richiesta in questo momento e non è stato possibile prepararla. Riprova tra un momento.
error-too-many-attempts = Troppi tentativi
error-too-many-attempts-about = Dopo molti tentativi in poco tempo, accesso, registrazione e recupero sono sospesi per un minuto per la tua connessione. Attendi un minuto, poi riprova.
error-internal = Qualcosa è andato storto
error-internal-about = Si è verificato un errore imprevisto. Riprova.

## Errori segnalati da Kratos (pagina /error)
flow-error-csrf = Riprova
flow-error-csrf-about = Non è stato possibile confermare che questa richiesta provenga da te. Succede quando un modulo resta aperto troppo a lungo o il browser blocca i cookie. Ricomincia e dovrebbe funzionare.
flow-error-identity-mismatch = Account sbagliato
flow-error-identity-mismatch-about = Questa richiesta appartiene a un account diverso da quello con cui hai effettuato l’accesso.
flow-error-already-signed-in = Accesso già effettuato
flow-error-already-signed-in-about = Hai già effettuato l’accesso.
flow-error-session-ended = Accedi
flow-error-session-ended-about = La sessione è scaduta o è troppo vecchia per questa azione. Accedi di nuovo per continuare.
flow-error-aal2 = Secondo fattore richiesto
flow-error-aal2-about = Questa azione richiede il tuo secondo fattore. Accedi con esso per continuare.
flow-error-return-to = Reindirizzamento non consentito
flow-error-return-to-about = L’indirizzo a cui dovevi tornare non è nell’elenco degli indirizzi consentiti.
flow-error-expired = Modulo scaduto
flow-error-expired-about = Il modulo che hai usato è scaduto. Ricomincia.
flow-error-browser-location = Continua nel browser
flow-error-browser-location-about = Continua nella pagina a cui sei stato reindirizzato.
flow-error-client = Non ha funzionato
flow-error-client-about = Non è stato possibile completare la richiesta. Ricomincia.
flow-error-server = Qualcosa è andato storto
flow-error-server-about = Il servizio degli account ha avuto un problema. Riprova tra un momento.
flow-error-oauth2 = Accesso non completato
flow-error-oauth2-denied = L’accesso è stato annullato o negato.
flow-error-oauth2-failed = Non è stato possibile completare l’accesso.
flow-error-unknown = Errore non trovato
flow-error-unknown-about = Non abbiamo trovato dettagli su questo errore. Forse è scaduto. Ricomincia.

## Dove hai effettuato l'accesso (una sezione delle impostazioni dell'account)
settings-sessions = Dove hai effettuato l’accesso
settings-sessions-about = I dispositivi e i browser collegati al tuo account. Disconnetti quelli che non riconosci.
settings-sessions-state-alone = Accesso effettuato solo su questo dispositivo.
settings-sessions-state-others = { $count ->
    [one] Accesso effettuato su questo dispositivo e su { $count } altro.
   *[other] Accesso effettuato su questo dispositivo e su altri { $count }.
}
settings-sessions-state-many = Accesso effettuato su questo dispositivo e su più di { $count } altri.
settings-sessions-state-unknown = Accesso effettuato su questo dispositivo. Non è stato possibile caricare le altre sessioni.
settings-sessions-this-device = Questo dispositivo
settings-sessions-unknown-device = Dispositivo sconosciuto
settings-sessions-device = { $browser } su { $os }
settings-sessions-ip = Indirizzo IP
settings-sessions-location = Luogo
settings-sessions-signed-in = Accesso
settings-sessions-methods = Accesso con
settings-sessions-expires = Scade
settings-sessions-exact-time = { $time } UTC
settings-sessions-aal1 = un fattore
settings-sessions-aal2 = due fattori
settings-sessions-aal-unknown = livello di sicurezza sconosciuto
settings-sessions-method-recovery = Recupero dell’account
settings-sessions-method-other = Un altro metodo
settings-sessions-end = Disconnetti questo dispositivo
settings-sessions-end-others = Disconnetti tutti gli altri dispositivi
settings-sessions-no-others = Non hai effettuato l’accesso da nessun’altra parte.
settings-sessions-list-failed = Al momento non è stato possibile caricare le altre sessioni. Ricarica la pagina per riprovare.
settings-sessions-more = Mostra altro
settings-sessions-first-page = Torna alle più recenti
settings-sessions-ended = Il dispositivo è stato disconnesso.
settings-sessions-already-gone = La sessione era già terminata.
settings-sessions-not-ended = Questa sessione non può essere terminata qui.
settings-sessions-others-ended = { $count ->
    [0] Non avevi effettuato l’accesso da nessun’altra parte.
    [one] { $count } altro dispositivo è stato disconnesso.
   *[other] { $count } altri dispositivi sono stati disconnessi.
}

## Tempi relativi («2 ore fa»), accanto all'ora esatta
settings-time-just-now = proprio ora
settings-time-soon = tra meno di un minuto
settings-time-minutes-ago = { $count ->
    [one] { $count } minuto fa
   *[other] { $count } minuti fa
}
settings-time-hours-ago = { $count ->
    [one] { $count } ora fa
   *[other] { $count } ore fa
}
settings-time-days-ago = { $count ->
    [one] { $count } giorno fa
   *[other] { $count } giorni fa
}
settings-time-months-ago = { $count ->
    [one] { $count } mese fa
   *[other] { $count } mesi fa
}
settings-time-years-ago = { $count ->
    [one] { $count } anno fa
   *[other] { $count } anni fa
}
settings-time-in-minutes = { $count ->
    [one] tra { $count } minuto
   *[other] tra { $count } minuti
}
settings-time-in-hours = { $count ->
    [one] tra { $count } ora
   *[other] tra { $count } ore
}
settings-time-in-days = { $count ->
    [one] tra { $count } giorno
   *[other] tra { $count } giorni
}

## Codici di recupero come file e vista di stampa
title-recovery-codes = I tuoi codici di recupero
settings-codes-download = Scarica i codici
settings-codes-print = Vista di stampa
settings-codes-print-now = Stampa
settings-codes-back = Torna alle impostazioni dell’account
settings-codes-confirm-first = Conferma questi codici per iniziare a usarli; poi potrai scaricarli o stamparli.
settings-codes-file-title = Codici di recupero di { $product }
settings-codes-file-account = Account: { $account }
settings-codes-file-date = Data: { $date }
settings-codes-advice = Ogni codice funziona una sola volta, quando il secondo fattore non è a portata di mano. Conservali in un luogo sicuro e riservato.

## Show-password and copy buttons (shown only where scripts run)
show-password = Mostra password
copy = Copia
copied = Copiato

## Transitions: after signing out, after a verification
signed-out-notice = Sei uscito dall'account.
continue-to-account = Continua al tuo account

## The password rule, stated before the first try
password-rule = { $count ->
    [one] Almeno { $count } carattere.
   *[other] Almeno { $count } caratteri.
}

## Impostazioni: lo stato con cui inizia ogni sezione
settings-state-verified = Verificato
settings-state-not-verified = Non verificato
settings-state-password-set = È impostata una password.
settings-state-connected = Collegato
settings-state-no-connected = Nessun account collegato.
settings-state-totp-on = Attiva: all’accesso viene chiesto un codice dalla tua app.
settings-state-totp-off = Disattivata
settings-state-lookup-on = Configurati
settings-state-lookup-off = Non configurati
settings-state-lookup-unconfirmed = Nuovi codici non ancora salvati: conservali in un luogo sicuro, poi conferma.
settings-state-lookup-left = Codici rimasti: { $count }
settings-state-no-keys = Ancora nessuna chiave di sicurezza.
settings-state-no-passkeys = Ancora nessuna passkey.
settings-state-added-on = Aggiunta il { $day }

## Impostazioni: azioni chiamate per ciò che fanno
settings-profile-save = Salva profilo
settings-password-change = Cambia password
settings-provider-link = Collega { $provider }
settings-totp-turn-on = Attiva
settings-lookup-create = Crea codici di recupero
settings-lookup-replace = Sostituisci con nuovi codici
settings-lookup-show = Mostra i codici di recupero
settings-lookup-confirm = Ho salvato questi codici

## Impostazioni: una conferma prima di rimuovere qualcosa
settings-confirm-unlink-ask = Scollega { $provider }…
settings-confirm-unlink-consequence = Non potrai più accedere con { $provider }.
settings-confirm-unlink-button = Scollega { $provider }
settings-confirm-totp-ask = Disattiva…
settings-confirm-totp-consequence = All’accesso non verrà più chiesto un codice dalla tua app di autenticazione.
settings-confirm-totp-button = Disattiva l’app di autenticazione
settings-confirm-lookup-ask = Disattiva…
settings-confirm-lookup-consequence = I tuoi codici di recupero smetteranno di funzionare.
settings-confirm-lookup-button = Disattiva i codici di recupero
settings-confirm-key-ask = Rimuovi «{ $name }»…
settings-confirm-key-consequence = Non potrai più usare «{ $name }» per accedere.
settings-confirm-passkey-ask = Rimuovi «{ $name }»…
settings-confirm-passkey-consequence = Non potrai più accedere con la passkey «{ $name }».
settings-confirm-generic-ask = { $action }…
settings-confirm-generic-consequence = Non si può annullare.

## Impostazioni: cosa ha cambiato un invio
settings-outcome-profile-saved = Profilo salvato.
settings-outcome-password-changed = Password cambiata.
settings-outcome-provider-linked = { $provider } collegato.
settings-outcome-provider-unlinked = { $provider } scollegato.
settings-outcome-totp-on = App di autenticazione attivata.
settings-outcome-totp-off = App di autenticazione disattivata.
settings-outcome-lookup-saved = Nuovi codici di recupero salvati.
settings-outcome-lookup-off = Codici di recupero disattivati.
settings-outcome-key-added = Chiave di sicurezza «{ $name }» aggiunta.
settings-outcome-key-removed = Chiave di sicurezza rimossa.
settings-outcome-passkey-added = Passkey «{ $name }» aggiunta.
settings-outcome-passkey-removed = Passkey rimossa.
