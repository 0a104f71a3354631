# Polski. Komunikaty i etykiety Kratos według ich numerycznego identyfikatora.

## Logowanie (1010xxx)
kratos-1010001 = Zaloguj się
kratos-1010002 = Zaloguj się przez { $provider }
kratos-1010003 = Potwierdź tę czynność, wykazując, że to Ty.
kratos-1010004 = Dokończ drugi krok uwierzytelniania.
kratos-1010005 = Zweryfikuj
kratos-1010006 = Kod uwierzytelniający
kratos-1010007 = Kod odzyskiwania
kratos-1010008 = Zaloguj się kluczem bezpieczeństwa
kratos-1010009 = Użyj aplikacji uwierzytelniającej
kratos-1010010 = Użyj kodu odzyskiwania
kratos-1010011 = Kontynuuj z kluczem bezpieczeństwa
kratos-1010012 = Przygotuj klucz bezpieczeństwa lub inny uwierzytelniacz (czytnik linii papilarnych, rozpoznawanie twarzy, …), a następnie kontynuuj.
kratos-1010013 = Dalej
kratos-1010014 = Wysłaliśmy kod na podany adres. Jeśli nie dotarł, sprawdź adres i spróbuj ponownie.
kratos-1010015 = Wyślij kod logowania
kratos-1010016 = Próbujesz zalogować się jako { $duplicate_identifier }, ale ten adres należy już do innego konta. Zaloguj się na to konto jednym ze sposobów poniżej, aby dodać { $provider } jako kolejny sposób logowania.
kratos-1010017 = Zaloguj się i połącz
kratos-1010018 = Potwierdź przez { $provider }
kratos-1010019 = Poproś o kod, aby kontynuować
kratos-1010020 = Wpisz kod, który Ci wysłaliśmy.
kratos-1010021 = Zaloguj się kluczem dostępu
kratos-1010022 = Zaloguj się hasłem
kratos-1010023 = Wyślij kod na { $address }

## Rejestracja (1040xxx)
kratos-1040001 = Zarejestruj się
kratos-1040002 = Zarejestruj się przez { $provider }
kratos-1040003 = Dalej
kratos-1040004 = Zarejestruj się kluczem bezpieczeństwa
kratos-1040005 = Wysłaliśmy kod na podany adres. Jeśli nie dotarł, sprawdź adres i zarejestruj się ponownie.
kratos-1040006 = Wyślij kod rejestracji
kratos-1040007 = Zarejestruj się kluczem dostępu
kratos-1040008 = Wstecz
kratos-1040009 = Wybierz, jak chcesz się odtąd logować.

## Ustawienia (1050xxx)
kratos-1050001 = Zmiany zostały zapisane.
kratos-1050002 = Połącz z { $provider }
kratos-1050003 = Odłącz { $provider }
kratos-1050004 = Usuń aplikację uwierzytelniającą
kratos-1050005 = Kod QR dla aplikacji uwierzytelniającej
kratos-1050006 = { $secret }
kratos-1050007 = Pokaż kody odzyskiwania
kratos-1050008 = Wygeneruj nowe kody odzyskiwania
kratos-1050009 = { $secret }
kratos-1050010 = To są Twoje kody odzyskiwania. Przechowuj je w bezpiecznym miejscu.
kratos-1050011 = Potwierdź kody odzyskiwania
kratos-1050012 = Dodaj klucz bezpieczeństwa
kratos-1050013 = Nazwa klucza bezpieczeństwa
kratos-1050014 = Użyty { $used_at }
kratos-1050015 = { $secrets }
kratos-1050016 = Wyłącz tę metodę
kratos-1050017 = To jest sekret Twojej aplikacji uwierzytelniającej. Wpisz go w aplikacji, jeśli nie możesz zeskanować kodu QR.
kratos-1050018 = Usuń klucz bezpieczeństwa „{ $display_name }”
kratos-1050019 = Dodaj klucz dostępu
kratos-1050020 = Usuń klucz dostępu „{ $display_name }”

## Odzyskiwanie (1060xxx)
kratos-1060001 = { $minutes ->
    [one] Konto zostało odzyskane. W ciągu minuty zmień hasło lub skonfiguruj inny sposób logowania.
    [few] Konto zostało odzyskane. W ciągu { $minutes } minut zmień hasło lub skonfiguruj inny sposób logowania.
    [many] Konto zostało odzyskane. W ciągu { $minutes } minut zmień hasło lub skonfiguruj inny sposób logowania.
   *[other] Konto zostało odzyskane. W ciągu { $minutes } minuty zmień hasło lub skonfiguruj inny sposób logowania.
}
kratos-1060002 = Jeśli podany adres należy do konta, wysłaliśmy na niego link do odzyskania konta. Jeśli nie dotarł, sprawdź adres i użyj tego, którym się rejestrowałeś.
kratos-1060003 = Jeśli podany adres należy do konta, wysłaliśmy na niego kod odzyskiwania. Jeśli nie dotarł, sprawdź adres i użyj tego, którym się rejestrowałeś.
kratos-1060004 = Wysłaliśmy kod odzyskiwania na { $masked_address }. Jeśli nie dotarł, sprawdź adres i użyj tego, którym się rejestrowałeś.
kratos-1060005 = Aby odzyskać konto, wpisz pełny adres do odzyskiwania.
kratos-1060006 = Jak chcesz odzyskać konto?
kratos-1060007 = Wstecz

## Etykiety pól i przycisków (1070xxx)
kratos-1070001 = Hasło
kratos-1070002 = { $title }
kratos-1070003 = Zapisz
kratos-1070004 = Identyfikator
kratos-1070005 = Wyślij
kratos-1070006 = Zweryfikuj kod
kratos-1070007 = E-mail
kratos-1070008 = Wyślij nowy kod
kratos-1070009 = Dalej
kratos-1070010 = Kod odzyskiwania
kratos-1070011 = Kod weryfikacyjny
kratos-1070012 = Kod rejestracji
kratos-1070013 = Kod logowania
kratos-1070014 = Zaloguj się i połącz
kratos-1070015 = Rozwiąż captchę, aby kontynuować.
kratos-1070016 = Adres do odzyskiwania
kratos-1070017 = Numer telefonu

## Potwierdzanie (1080xxx)
kratos-1080001 = Jeśli podany adres należy do konta, wysłaliśmy na niego link potwierdzający. Jeśli nie dotarł, sprawdź adres.
kratos-1080002 = Twój adres e-mail został potwierdzony.
kratos-1080003 = Jeśli podany adres należy do konta, wysłaliśmy na niego kod potwierdzający. Jeśli nie dotarł, sprawdź adres.

## Błędy danych (4000xxx)
kratos-4000001 = { $reason }
kratos-4000002 = Brakuje pola { $property }.
kratos-4000003 = { $min_length ->
    [one] Wpisz co najmniej { $min_length } znak.
    [few] Wpisz co najmniej { $min_length } znaki.
    [many] Wpisz co najmniej { $min_length } znaków.
   *[other] Wpisz co najmniej { $min_length } znaku.
}
kratos-4000004 = Ta wartość nie ma oczekiwanego formatu.
kratos-4000005 = Tego hasła nie można użyć: { $reason }.
kratos-4000006 = Dane logowania są nieprawidłowe. Sprawdź hasło oraz nazwę użytkownika, adres e-mail lub numer telefonu.
kratos-4000007 = Konto z tym adresem e-mail, numerem telefonu lub nazwą użytkownika już istnieje.
kratos-4000008 = Kod uwierzytelniający jest nieprawidłowy. Spróbuj ponownie.
kratos-4000009 = To konto nie ma identyfikatora logowania. Skontaktuj się z pomocą techniczną.
kratos-4000010 = To konto nie jest jeszcze aktywne. Najpierw potwierdź adres e-mail.
kratos-4000011 = Nie skonfigurowano aplikacji uwierzytelniającej.
kratos-4000012 = Ten kod odzyskiwania został już użyty.
kratos-4000013 = Nie skonfigurowano klucza bezpieczeństwa.
kratos-4000014 = Nie skonfigurowano kodów odzyskiwania.
kratos-4000015 = To konto nie istnieje lub nie ma klucza bezpieczeństwa.
kratos-4000016 = Ten kod odzyskiwania jest nieprawidłowy.
kratos-4000017 = { $max_length ->
    [one] Wpisz najwyżej { $max_length } znak.
    [few] Wpisz najwyżej { $max_length } znaki.
    [many] Wpisz najwyżej { $max_length } znaków.
   *[other] Wpisz najwyżej { $max_length } znaku.
}
kratos-4000018 = Wartość musi wynosić co najmniej { $minimum }.
kratos-4000019 = Wartość musi być większa niż { $minimum }.
kratos-4000020 = Wartość może wynosić najwyżej { $maximum }.
kratos-4000021 = Wartość musi być mniejsza niż { $maximum }.
kratos-4000022 = Wartość musi być wielokrotnością { $base }.
kratos-4000023 = { $max_items ->
    [one] Wybierz najwyżej { $max_items } element.
    [few] Wybierz najwyżej { $max_items } elementy.
    [many] Wybierz najwyżej { $max_items } elementów.
   *[other] Wybierz najwyżej { $max_items } elementu.
}
kratos-4000024 = { $min_items ->
    [one] Wybierz co najmniej { $min_items } element.
    [few] Wybierz co najmniej { $min_items } elementy.
    [many] Wybierz co najmniej { $min_items } elementów.
   *[other] Wybierz co najmniej { $min_items } elementu.
}
kratos-4000025 = Każdy element musi być inny.
kratos-4000026 = Oczekiwano: { $allowed_types }, otrzymano: { $actual_type }.
kratos-4000027 = Konto z tym adresem e-mail, numerem telefonu lub nazwą użytkownika już istnieje. Zaloguj się na nie, aby połączyć swój profil społecznościowy.
kratos-4000028 = Konto z tym identyfikatorem już istnieje. Zaloguj się na nie, aby kontynuować.
kratos-4000029 = Wartość musi wynosić { $expected }.
kratos-4000030 = Ta wartość jest niedozwolona.
kratos-4000031 = To hasło jest zbyt podobne do nazwy użytkownika lub adresu e-mail.
kratos-4000032 = { $min_length ->
    [one] Hasło musi mieć co najmniej { $min_length } znak, a ma { $actual_length }.
    [few] Hasło musi mieć co najmniej { $min_length } znaki, a ma { $actual_length }.
    [many] Hasło musi mieć co najmniej { $min_length } znaków, a ma { $actual_length }.
   *[other] Hasło musi mieć co najmniej { $min_length } znaku, a ma { $actual_length }.
}
kratos-4000033 = { $max_length ->
    [one] Hasło może mieć najwyżej { $max_length } znak, a ma { $actual_length }.
    [few] Hasło może mieć najwyżej { $max_length } znaki, a ma { $actual_length }.
    [many] Hasło może mieć najwyżej { $max_length } znaków, a ma { $actual_length }.
   *[other] Hasło może mieć najwyżej { $max_length } znaku, a ma { $actual_length }.
}
kratos-4000034 = To hasło pojawiło się w wyciekach danych i nie wolno go już używać.
kratos-4000035 = To konto nie istnieje lub nie ma skonfigurowanego logowania kodem.
kratos-4000036 = Podane dane nie zgadzają się z tymi podanymi wcześniej w tym procesie.
kratos-4000037 = To konto nie istnieje lub nie ma skonfigurowanego żadnego sposobu logowania.
kratos-4000038 = Nie udało się zweryfikować captchy. Spróbuj ponownie.
kratos-4000039 = Nowe hasło musi różnić się od poprzedniego.
kratos-4000040 = Wpisz prawidłowy adres e-mail.
kratos-4000041 = Wpisz prawidłowy numer telefonu.

## Błędy logowania (4010xxx)
kratos-4010001 = { $minutes ->
    [one] Formularz logowania wygasł minutę temu. Spróbuj ponownie.
    [few] Formularz logowania wygasł { $minutes } minuty temu. Spróbuj ponownie.
    [many] Formularz logowania wygasł { $minutes } minut temu. Spróbuj ponownie.
   *[other] Formularz logowania wygasł { $minutes } minuty temu. Spróbuj ponownie.
}
kratos-4010002 = Nie udało się ustalić, jak chcesz się zalogować. Sprawdź formularz i spróbuj ponownie.
kratos-4010003 = Nie udało się ustalić, jak chcesz się zarejestrować. Sprawdź formularz i spróbuj ponownie.
kratos-4010004 = Nie udało się ustalić, które ustawienie chcesz zmienić. Sprawdź formularz i spróbuj ponownie.
kratos-4010005 = Nie udało się ustalić, jak chcesz odzyskać konto. Sprawdź formularz i spróbuj ponownie.
kratos-4010006 = Nie udało się ustalić, jak chcesz potwierdzić konto. Sprawdź formularz i spróbuj ponownie.
kratos-4010007 = To żądanie zostało już zrealizowane i nie można go powtórzyć.
kratos-4010008 = Kod logowania jest nieprawidłowy lub został już użyty. Spróbuj ponownie.
kratos-4010009 = Połączone dane logowania nie pasują do siebie.
kratos-4010010 = Podany adres nie należy do tego konta.

## Błędy rejestracji (4040xxx)
kratos-4040001 = { $minutes ->
    [one] Formularz rejestracji wygasł minutę temu. Spróbuj ponownie.
    [few] Formularz rejestracji wygasł { $minutes } minuty temu. Spróbuj ponownie.
    [many] Formularz rejestracji wygasł { $minutes } minut temu. Spróbuj ponownie.
   *[other] Formularz rejestracji wygasł { $minutes } minuty temu. Spróbuj ponownie.
}
kratos-4040002 = To żądanie zostało już zrealizowane i nie można go powtórzyć.
kratos-4040003 = Kod rejestracji jest nieprawidłowy lub został już użyty. Spróbuj ponownie.

## Błędy ustawień (4050xxx)
kratos-4050001 = { $minutes ->
    [one] Formularz ustawień wygasł minutę temu. Spróbuj ponownie.
    [few] Formularz ustawień wygasł { $minutes } minuty temu. Spróbuj ponownie.
    [many] Formularz ustawień wygasł { $minutes } minut temu. Spróbuj ponownie.
   *[other] Formularz ustawień wygasł { $minutes } minuty temu. Spróbuj ponownie.
}

## Błędy odzyskiwania (4060xxx)
kratos-4060001 = To żądanie zostało już zrealizowane i nie można go powtórzyć.
kratos-4060002 = Odzyskiwanie konta nie powiodło się. Zacznij od nowa.
kratos-4060003 = Link do odzyskania konta jest niekompletny. Zacznij od nowa.
kratos-4060004 = Link do odzyskania konta jest nieprawidłowy lub został już użyty. Zacznij od nowa.
kratos-4060005 = { $minutes ->
    [one] Formularz odzyskiwania wygasł minutę temu. Spróbuj ponownie.
    [few] Formularz odzyskiwania wygasł { $minutes } minuty temu. Spróbuj ponownie.
    [many] Formularz odzyskiwania wygasł { $minutes } minut temu. Spróbuj ponownie.
   *[other] Formularz odzyskiwania wygasł { $minutes } minuty temu. Spróbuj ponownie.
}
kratos-4060006 = Kod odzyskiwania jest nieprawidłowy lub został już użyty. Spróbuj ponownie.

## Błędy potwierdzania (4070xxx)
kratos-4070001 = Link potwierdzający jest nieprawidłowy lub został już użyty. Zacznij od nowa.
kratos-4070002 = To żądanie zostało już zrealizowane i nie można go powtórzyć.
kratos-4070003 = Potwierdzenie nie powiodło się. Zacznij od nowa.
kratos-4070004 = Link potwierdzający jest niekompletny. Zacznij od nowa.
kratos-4070005 = { $minutes ->
    [one] Formularz potwierdzania wygasł minutę temu. Spróbuj ponownie.
    [few] Formularz potwierdzania wygasł { $minutes } minuty temu. Spróbuj ponownie.
    [many] Formularz potwierdzania wygasł { $minutes } minut temu. Spróbuj ponownie.
   *[other] Formularz potwierdzania wygasł { $minutes } minuty temu. Spróbuj ponownie.
}
kratos-4070006 = Kod potwierdzający jest nieprawidłowy lub został już użyty. Spróbuj ponownie.

## Błędy systemu (5000xxx)
kratos-5000001 = { $reason }
kratos-5000002 = Brak dostępnych metod logowania. Skontaktuj się z administratorem.
