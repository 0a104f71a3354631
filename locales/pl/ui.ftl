# Polski. Słowa tego interfejsu; komunikaty Kratos są w kratos.ftl.

language-name = Polski

## Na każdej stronie
product-name = Konto
page-title = { $page } · { $product }
skip-to-content = Przejdź do treści
language-menu = Język
language-menu-apply = Zmień
signed-in-as = Zalogowano jako
sign-out = Wyloguj się
back = Wstecz
support-link = Pomoc i wsparcie

## Tytuły stron
title-settings = Ustawienia konta
title-login = Zaloguj się
title-login-reauthenticate = Potwierdź, że to Ty
title-login-second-factor = Drugi składnik
title-registration = Załóż konto
title-recovery = Odzyskaj konto
title-verification = Potwierdź adres e-mail
title-logout = Wyloguj się

## Strona ustawień
settings-sections = Sekcje ustawień
not-yet-verified = Jeszcze niepotwierdzony:
verify-email-address = Potwierdź adres e-mail
changes-saved = Zmiany zostały zapisane.
no-method = Dla tego konta nie jest tu dostępna żadna metoda. Możesz wrócić, otworzyć ustawienia konta lub się wylogować.

## Odnośniki przy formularzach logowania
other-options = Inne możliwości
create-account = Załóż konto
forgot-password = Nie pamiętasz hasła?
back-to-sign-in = Wróć do logowania

## Sign-in and sign-up: one leading form, the way between steps and pages
or = lub
registration-continue = Dalej
signing-up-as = Rejestracja jako
change-identifier = Zmień
cancel-and-go-back = Anuluj

## Sekcje strony ustawień
settings-profile = Profil
settings-profile-about = Dane, pod którymi znane jest Twoje konto.
settings-password = Hasło
settings-password-about = Wybierz nowe hasło do logowania.
settings-connected = Połączone konta
settings-connected-about = Loguj się kontami, które masz już w innych serwisach.
settings-totp = Aplikacja uwierzytelniająca
settings-totp-about = Jednorazowe kody z aplikacji w telefonie jako drugi składnik.
settings-lookup = Kody odzyskiwania
settings-lookup-about = Jednorazowe kody, które wpuszczą Cię, gdy drugi składnik jest poza zasięgiem.
settings-webauthn = Klucze bezpieczeństwa
settings-webauthn-about = Klucze sprzętowe lub wbudowane uwierzytelniacze jako drugi składnik.
settings-passkey = Klucze dostępu
settings-passkey-about = Loguj się bez hasła, za pomocą swojego urządzenia.

## Sekcje stron logowania, rejestracji, odzyskiwania i potwierdzania
method-connected = Kontynuuj przez
method-connected-about = Użyj konta, które masz już w innym serwisie.
method-profile = Twoje dane
method-profile-about = Powiedz nam, kim jesteś.
method-password = Hasło
method-password-about = Użyj swojego hasła.
method-code = Kod e-mailem
method-code-about = Otrzymaj jednorazowy kod e-mailem.
method-link = Link e-mailem
method-link-about = Otrzymaj link e-mailem.
method-totp = Aplikacja uwierzytelniająca
method-totp-about = Wpisz kod wyświetlany przez aplikację.
method-lookup = Kod odzyskiwania
method-lookup-about = Użyj jednego ze swoich kodów odzyskiwania.
method-webauthn = Klucz bezpieczeństwa
method-webauthn-about = Użyj swojego klucza bezpieczeństwa.
method-passkey = Klucz dostępu
method-passkey-about = Użyj klucza dostępu zapisanego na urządzeniu.
method-identifier-first = Twoje konto
method-identifier-first-about = Wpisz swój adres e-mail.
method-captcha = Weryfikacja
method-captcha-about = Pokaż, że jesteś człowiekiem.
method-default = Dalej
method-other-about = Więcej możliwości oferowanych przez usługę tożsamości.

## Strona wylogowania
logout-question = Wylogować się?
logout-explanation = Aby korzystać z konta, trzeba będzie zalogować się ponownie.
cancel = Anuluj

## Strony błędów
error-status = Błąd { $status }
error-code-label = Kod błędu:
error-quote-reference = Jeśli to się powtórzy, podaj ten identyfikator:
error-back-home = Wróć do konta
error-start-again = Zacznij od nowa
error-not-found = Nie znaleziono strony
error-not-found-about = Pod tym adresem nic nie ma.
error-refused = Żądanie odrzucone
error-refused-about = Formularz został wysłany z innej witryny albo strona była zbyt stara. Wróć, odśwież stronę i spróbuj ponownie.
error-bad-request = Nie udało się
error-bad-request-about = Nie udało się obsłużyć żądania. Zacznij od nowa.
error-upstream = Usługa logowania niedostępna
error-upstream-about = Nie udało się połączyć z usługą kont albo odpowiedziała ona nieoczekiwanie. Spróbuj ponownie za chwilę.
error-timeout = Usługa logowania odpowiada zbyt wolno
error-timeout-about = Usługa kont nie odpowiedziała na czas. Spróbuj ponownie za chwilę.
error-busy = Chwilowe przeciążenie
error-busy-about = Ta strona jest w tej chwili bardzo obciążona i nie udało się jej przygotować. Spróbuj ponownie za chwilę.
error-too-many-attempts = Zbyt wiele prób
error-too-many-attempts-about = Po wielu próbach w krótkim czasie logowanie, rejestracja i odzyskiwanie zostały wstrzymane na minutę dla Twojego połączenia. Poczekaj minutę i spróbuj ponownie.
error-internal = Coś poszło nie tak
error-internal-about = Wystąpił nieoczekiwany błąd. Spróbuj ponownie.

## Błędy zgłaszane przez Kratos (strona /error)
flow-error-csrf = Spróbuj ponownie
flow-error-csrf-about = Nie udało się potwierdzić, że to żądanie pochodzi od Ciebie. Dzieje się tak, gdy formularz jest otwarty zbyt długo albo przeglądarka blokuje pliki cookie. Zacznij od nowa i powinno się udać.
flow-error-identity-mismatch = Niewłaściwe konto
flow-error-identity-mismatch-about = To żądanie dotyczy innego konta niż to, na które jesteś zalogowany.
flow-error-already-signed-in = Już zalogowano
flow-error-already-signed-in-about = Jesteś już zalogowany.
flow-error-session-ended = Zaloguj się
flow-error-session-ended-about = Twoja sesja wygasła lub jest za stara na tę czynność. Zaloguj się ponownie, aby kontynuować.
flow-error-aal2 = Wymagany drugi składnik
flow-error-aal2-about = Ta czynność wymaga drugiego składnika. Zaloguj się nim, aby kontynuować.
flow-error-return-to = Przekierowanie niedozwolone
flow-error-return-to-about = Adresu, na który miało nastąpić powrotne przekierowanie, nie ma na liście dozwolonych adresów.
flow-error-expired = Formularz wygasł
flow-error-expired-about = Użyty formularz wygasł. Zacznij od nowa.
flow-error-browser-location = Kontynuuj w przeglądarce
flow-error-browser-location-about = Kontynuuj na stronie, na którą nastąpiło przekierowanie.
flow-error-client = Nie udało się
flow-error-client-about = Nie udało się dokończyć żądania. Zacznij od nowa.
flow-error-server = Coś poszło nie tak
flow-error-server-about = W usłudze kont wystąpił problem. Spróbuj ponownie za chwilę.
flow-error-oauth2 = Logowanie nie zostało ukończone
flow-error-oauth2-denied = Logowanie zostało anulowane lub odrzucone.
flow-error-oauth2-failed = Nie udało się ukończyć logowania.
flow-error-unknown = Nie znaleziono błędu
flow-error-unknown-about = Nie znaleźliśmy szczegółów tego błędu. Być może wygasł. Zacznij od nowa.

## Gdzie jesteś zalogowany (sekcja ustawień konta)
settings-sessions = Gdzie jesteś zalogowany
settings-sessions-about = Urządzenia i przeglądarki zalogowane na Twoje konto. Wyloguj te, których nie rozpoznajesz.
settings-sessions-state-alone = Zalogowano tylko na tym urządzeniu.
settings-sessions-state-others = { $count ->
    [one] Zalogowano na tym urządzeniu i { $count } innym.
    [few] Zalogowano na tym urządzeniu i { $count } innych.
    [many] Zalogowano na tym urządzeniu i { $count } innych.
   *[other] Zalogowano na tym urządzeniu i { $count } innych.
}
settings-sessions-state-many = Zalogowano na tym urządzeniu i ponad { $count } innych.
settings-sessions-state-unknown = Zalogowano na tym urządzeniu. Nie udało się wczytać pozostałych sesji.
settings-sessions-this-device = To urządzenie
settings-sessions-unknown-device = Nieznane urządzenie
settings-sessions-device = { $browser } w systemie { $os }
settings-sessions-ip = Adres IP
settings-sessions-location = Lokalizacja
settings-sessions-signed-in = Zalogowano
settings-sessions-methods = Metoda logowania
settings-sessions-expires = Wygasa
settings-sessions-exact-time = { $time } UTC
settings-sessions-aal1 = jeden składnik
settings-sessions-aal2 = dwa składniki
settings-sessions-aal-unknown = nieznany poziom zabezpieczeń
settings-sessions-method-recovery = Odzyskiwanie konta
settings-sessions-method-other = Inna metoda
settings-sessions-end = Wyloguj to urządzenie
settings-sessions-end-others = Wyloguj wszystkie inne urządzenia
settings-sessions-no-others = Nie jesteś zalogowany nigdzie indziej.
settings-sessions-list-failed = Nie udało się teraz wczytać pozostałych sesji. Odśwież stronę, aby spróbować ponownie.
settings-sessions-more = Pokaż więcej
settings-sessions-first-page = Wróć do najnowszych
settings-sessions-ended = To urządzenie zostało wylogowane.
settings-sessions-already-gone = Ta sesja była już zakończona.
settings-sessions-not-ended = Tej sesji nie można tu zakończyć.
settings-sessions-others-ended = { $count ->
    [0] Nie byłeś zalogowany nigdzie indziej.
    [one] Wylogowano { $count } inne urządzenie.
    [few] Wylogowano { $count } inne urządzenia.
    [many] Wylogowano { $count } innych urządzeń.
   *[other] Wylogowano { $count } innych urządzeń.
}

## Czas względny („2 godziny temu”), obok dokładnego czasu
settings-time-just-now = przed chwilą
settings-time-soon = za mniej niż minutę
settings-time-minutes-ago = { $count ->
    [one] { $count } minutę temu
    [few] { $count } minuty temu
    [many] { $count } minut temu
   *[other] { $count } minuty temu
}
settings-time-hours-ago = { $count ->
    [one] { $count } godzinę temu
    [few] { $count } godziny temu
    [many] { $count } godzin temu
   *[other] { $count } godziny temu
}
settings-time-days-ago = { $count ->
    [one] { $count } dzień temu
    [few] { $count } dni temu
    [many] { $count } dni temu
   *[other] { $count } dnia temu
}
settings-time-months-ago = { $count ->
    [one] { $count } miesiąc temu
    [few] { $count } miesiące temu
    [many] { $count } miesięcy temu
   *[other] { $count } miesiąca temu
}
settings-time-years-ago = { $count ->
    [one] { $count } rok temu
    [few] { $count } lata temu
    [many] { $count } lat temu
   *[other] { $count } roku temu
}
settings-time-in-minutes = { $count ->
    [one] za { $count } minutę
    [few] za { $count } minuty
    [many] za { $count } minut
   *[other] za { $count } minuty
}
settings-time-in-hours = { $count ->
    [one] za { $count } godzinę
    [few] za { $count } godziny
    [many] za { $count } godzin
   *[other] za { $count } godziny
}
settings-time-in-days = { $count ->
    [one] za { $count } dzień
    [few] za { $count } dni
    [many] za { $count } dni
   *[other] za { $count } dnia
}

## Kody odzyskiwania jako plik i widok do druku
title-recovery-codes = Twoje kody odzyskiwania
settings-codes-download = Pobierz kody
settings-codes-print = Widok do druku
settings-codes-print-now = Drukuj
settings-codes-back = Wróć do ustawień konta
settings-codes-confirm-first = Potwierdź te kody, aby zacząć ich używać; potem możesz je pobrać lub wydrukować.
settings-codes-file-title = Kody odzyskiwania { $product }
settings-codes-file-account = Konto: { $account }
settings-codes-file-date = Data: { $date }
settings-codes-advice = Każdy kod działa raz, gdy nie masz pod ręką drugiego składnika. Przechowuj je w bezpiecznym, prywatnym miejscu.

## Show-password and copy buttons (shown only where scripts run)
show-password = Pokaż hasło
copy = Kopiuj
copied = Skopiowano

## Transitions: after signing out, after a verification
signed-out-notice = Wylogowano.
continue-to-account = Przejdź do swojego konta

## The password rule, stated before the first try
password-rule = { $count ->
    [one] Co najmniej { $count } znak.
    [few] Co najmniej { $count } znaki.
    [many] Co najmniej { $count } znaków.
   *[other] Co najmniej { $count } znaku.
}

## Ustawienia: stan, od którego zaczyna się każda sekcja
settings-state-verified = Zweryfikowany
settings-state-not-verified = Niezweryfikowany
settings-state-password-set = Hasło jest ustawione.
settings-state-connected = Połączone
settings-state-no-connected = Brak połączonych kont.
settings-state-totp-on = Włączona: przy logowaniu wymagany jest kod z aplikacji.
settings-state-totp-off = Wyłączona
settings-state-lookup-on = Skonfigurowane
settings-state-lookup-off = Nieskonfigurowane
settings-state-lookup-unconfirmed = Nowe kody nie są jeszcze zapisane: przechowaj je w bezpiecznym miejscu, a potem potwierdź.
settings-state-lookup-left = Pozostałe kody: { $count }
settings-state-no-keys = Brak kluczy bezpieczeństwa.
settings-state-no-passkeys = Brak kluczy dostępu.
settings-state-added-on = Dodano { $day }

## Ustawienia: działania nazwane tym, co robią
settings-profile-save = Zapisz profil
settings-password-change = Zmień hasło
settings-provider-link = Połącz z { $provider }
settings-totp-turn-on = Włącz
settings-lookup-create = Utwórz kody odzyskiwania
settings-lookup-replace = Zastąp nowymi kodami
settings-lookup-show = Pokaż kody odzyskiwania
settings-lookup-confirm = Kody są zapisane

## Ustawienia: drugie spojrzenie przed usunięciem czegokolwiek
settings-confirm-unlink-ask = Odłącz { $provider }…
settings-confirm-unlink-consequence = Nie będzie już można logować się przez { $provider }.
settings-confirm-unlink-button = Odłącz { $provider }
settings-confirm-totp-ask = Wyłącz…
settings-confirm-totp-consequence = Przy logowaniu nie będzie już wymagany kod z aplikacji uwierzytelniającej.
settings-confirm-totp-button = Wyłącz aplikację uwierzytelniającą
settings-confirm-lookup-ask = Wyłącz…
settings-confirm-lookup-consequence = Twoje kody odzyskiwania przestaną działać.
settings-confirm-lookup-button = Wyłącz kody odzyskiwania
settings-confirm-key-ask = Usuń „{ $name }”…
settings-confirm-key-consequence = Nie będzie już można logować się za pomocą „{ $name }”.
settings-confirm-passkey-ask = Usuń „{ $name }”…
settings-confirm-passkey-consequence = Nie będzie już można logować się kluczem dostępu „{ $name }”.
settings-confirm-generic-ask = { $action }…
settings-confirm-generic-consequence = Tej operacji nie można cofnąć.

## Ustawienia: co zmieniło wysłanie formularza
settings-outcome-profile-saved = Profil zapisany.
settings-outcome-password-changed = Hasło zmienione.
settings-outcome-provider-linked = Połączono z { $provider }.
settings-outcome-provider-unlinked = Odłączono { $provider }.
settings-outcome-totp-on = Aplikacja uwierzytelniająca włączona.
settings-outcome-totp-off = Aplikacja uwierzytelniająca wyłączona.
settings-outcome-lookup-saved = Nowe kody odzyskiwania zapisane.
settings-outcome-lookup-off = Kody odzyskiwania wyłączone.
settings-outcome-key-added = Dodano klucz bezpieczeństwa „{ $name }”.
settings-outcome-key-removed = Klucz bezpieczeństwa usunięty.
settings-outcome-passkey-added = Dodano klucz dostępu „{ $name }”.
settings-outcome-passkey-removed = Klucz dostępu usunięty.
