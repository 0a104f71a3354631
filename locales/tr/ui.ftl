# Türkçe. Bu arayüzün sözcükleri; Kratos iletileri kratos.ftl dosyasında.

language-name = Türkçe

## Her sayfada
product-name = Hesap
page-title = { $page } · { $product }
skip-to-content = İçeriğe geç
language-menu = Dil
language-menu-apply = Değiştir
signed-in-as = Giriş yapan:
sign-out = Çıkış yap
back = Geri
support-link = Yardım ve destek

## Sayfa başlıkları
title-settings = Hesap ayarları
title-login = Giriş yap
title-login-reauthenticate = Siz olduğunuzu doğrulayın
title-login-second-factor = İkinci adım
title-registration = Hesap oluştur
title-recovery = Hesabınızı kurtarın
title-verification = E-posta adresinizi doğrulayın
title-logout = Çıkış yap

## Ayarlar sayfası
settings-sections = Ayar bölümleri
not-yet-verified = Henüz doğrulanmadı:
verify-email-address = E-posta adresinizi doğrulayın
changes-saved = Değişiklikleriniz kaydedildi.
no-method = Bu hesap için burada kullanılabilecek bir yöntem yok. Geri dönebilir, hesap ayarlarınızı açabilir veya oturumu kapatabilirsiniz.

## Giriş formlarının çevresindeki bağlantılar
other-options = Diğer seçenekler
create-account = Hesap oluştur
forgot-password = Şifrenizi mi unuttunuz?
back-to-sign-in = Girişe dön

## Sign-in and sign-up: one leading form, the way between steps and pages
or = veya
registration-continue = Devam
signing-up-as = Kaydolunan hesap
change-identifier = Değiştir
cancel-and-go-back = İptal

## Ayarlar sayfasının bölümleri
settings-profile = Profil
settings-profile-about = Hesabınızın tanındığı bilgiler.
settings-password = Şifre
settings-password-about = Giriş için yeni bir şifre belirleyin.
settings-connected = Bağlı hesaplar
settings-connected-about = Başka yerlerde zaten sahip olduğunuz hesaplarla giriş yapın.
settings-totp = Kimlik doğrulama uygulaması
settings-totp-about = İkinci adım olarak telefonunuzdaki bir uygulamadan tek kullanımlık kodlar.
settings-lookup = Kurtarma kodları
settings-lookup-about = İkinci adım yönteminiz yanınızda olmadığında giriş yapmanızı sağlayan tek kullanımlık kodlar.
settings-webauthn = Güvenlik anahtarları
settings-webauthn-about = İkinci adım olarak donanım anahtarları veya yerleşik doğrulayıcılar.
settings-passkey = Geçiş anahtarları
settings-passkey-about = Şifre olmadan, cihazınızla giriş yapın.

## Giriş, kayıt, kurtarma ve doğrulama sayfalarının bölümleri
method-connected = Şununla devam et
method-connected-about = Başka bir yerde zaten sahip olduğunuz bir hesabı kullanın.
method-profile = Bilgileriniz
method-profile-about = Bize kim olduğunuzu söyleyin.
method-password = Şifre
method-password-about = Şifrenizi kullanın.
method-code = E-posta ile kod
method-code-about = E-posta ile tek kullanımlık bir kod alın.
method-link = E-posta ile bağlantı
method-link-about = E-posta ile bir bağlantı alın.
method-totp = Kimlik doğrulama uygulaması
method-totp-about = Uygulamanızın gösterdiği kodu girin.
method-lookup = Kurtarma kodu
method-lookup-about = Kurtarma kodlarınızdan birini kullanın.
method-webauthn = Güvenlik anahtarı
method-webauthn-about = Güvenlik anahtarınızı kullanın.
method-passkey = Geçiş anahtarı
method-passkey-about = Cihazınızda kayıtlı bir geçiş anahtarını kullanın.
method-identifier-first = Hesabınız
method-identifier-first-about = E-posta adresinizi girin.
method-captcha = Doğrulama
method-captcha-about = İnsan olduğunuzu gösterin.
method-default = Devam
method-other-about = Kimlik hizmetinizin sunduğu diğer seçenekler.

## Çıkış sayfası
logout-question = Çıkış yapılsın mı?
logout-explanation = Hesabınızı kullanmak için yeniden giriş yapmanız gerekecek.
cancel = İptal

## Hata sayfaları
error-status = Hata { $status }
error-code-label = Hata kodu:
error-quote-reference = Bu tekrar olursa şu başvuru kodunu iletin:
error-back-home = Hesabınıza dönün
error-start-again = Yeniden başla
error-not-found = Sayfa bulunamadı
error-not-found-about = Bu adreste hiçbir şey yok.
error-refused = İstek reddedildi
error-refused-about = Form başka bir siteden gönderildi ya da sayfa çok eskiydi. Geri dönün, sayfayı yenileyin ve yeniden deneyin.
error-bad-request = Bu işe yaramadı
error-bad-request-about = İstek işlenemedi. Lütfen yeniden başlayın.
error-upstream = Giriş hizmetine ulaşılamıyor
error-upstream-about = Hesap hizmetine ulaşılamadı ya da beklenmedik bir yanıt verdi. Lütfen birazdan yeniden deneyin.
error-timeout = Giriş hizmeti çok yavaş
error-timeout-about = Hesap hizmeti zamanında yanıt vermedi. Lütfen birazdan yeniden deneyin.
error-busy = Şu anda çok yoğun
error-busy-about = Bu sayfaya şu anda çok yoğun istek var ve hazırlanamadı. Lütfen birazdan yeniden deneyin.
error-too-many-attempts = Çok fazla deneme
error-too-many-attempts-about = Kısa sürede yapılan çok sayıda denemeden sonra bağlantınız için giriş, kayıt ve kurtarma bir dakikalığına durduruldu. Bir dakika bekleyip yeniden deneyin.
error-internal = Bir sorun oluştu
error-internal-about = Beklenmedik bir hata oluştu. Lütfen yeniden deneyin.

## Kratos'un bildirdiği hatalar (/error sayfası)
flow-error-csrf = Lütfen yeniden deneyin
flow-error-csrf-about = Bu isteğin sizden geldiğini doğrulayamadık. Bir form çok uzun süre açık kaldığında ya da tarayıcınız çerezleri engellediğinde bu olur. Yeniden başlayın, sorun çözülecektir.
flow-error-identity-mismatch = Yanlış hesap
flow-error-identity-mismatch-about = Bu istek, giriş yaptığınız hesaptan farklı bir hesaba ait.
flow-error-already-signed-in = Zaten giriş yapıldı
flow-error-already-signed-in-about = Zaten giriş yaptınız.
flow-error-session-ended = Lütfen giriş yapın
flow-error-session-ended-about = Oturumunuz sona erdi ya da bu işlem için çok eski. Devam etmek için yeniden giriş yapın.
flow-error-aal2 = İkinci adım gerekli
flow-error-aal2-about = Bu işlem ikinci adım doğrulamanızı gerektiriyor. Devam etmek için onunla giriş yapın.
flow-error-return-to = Yönlendirmeye izin verilmiyor
flow-error-return-to-about = Geri gönderileceğiniz adres, izin verilen adresler listesinde değil.
flow-error-expired = Formun süresi doldu
flow-error-expired-about = Kullandığınız formun süresi doldu. Lütfen yeniden başlayın.
flow-error-browser-location = Tarayıcınızda devam edin
flow-error-browser-location-about = Lütfen yönlendirildiğiniz sayfada devam edin.
flow-error-client = Bu işe yaramadı
flow-error-client-about = İstek tamamlanamadı. Lütfen yeniden başlayın.
flow-error-server = Bir sorun oluştu
flow-error-server-about = Hesap hizmetinde bir sorun oluştu. Lütfen birazdan yeniden deneyin.
flow-error-oauth2 = Giriş tamamlanmadı
flow-error-oauth2-denied = Giriş iptal edildi ya da reddedildi.
flow-error-oauth2-failed = Giriş tamamlanamadı.
flow-error-unknown = Hata bulunamadı
flow-error-unknown-about = Bu hatayla ilgili ayrıntı bulamadık. Süresi dolmuş olabilir. Lütfen yeniden başlayın.

## Oturum açtığınız yerler (hesap ayarlarının bir bölümü)
settings-sessions = Oturum açtığınız yerler
settings-sessions-about = Hesabınızda oturum açmış cihazlar ve tarayıcılar. Tanımadıklarınızın oturumunu kapatın.
settings-sessions-state-alone = Yalnızca bu cihazda oturum açık.
settings-sessions-state-others = { $count ->
    [one] Bu cihazda ve { $count } cihazda daha oturum açık.
   *[other] Bu cihazda ve { $count } cihazda daha oturum açık.
}
settings-sessions-state-many = Bu cihazda ve { $count } cihazdan fazlasında daha oturum açık.
settings-sessions-state-unknown = Bu cihazda oturum açık. Diğer oturumlarınız yüklenemedi.
settings-sessions-this-device = Bu cihaz
settings-sessions-unknown-device = Bilinmeyen cihaz
settings-sessions-device = { $os } üzerinde { $browser }
settings-sessions-ip = IP adresi
settings-sessions-location = Konum
settings-sessions-signed-in = Oturum açıldı
settings-sessions-methods = Oturum açma yöntemi
settings-sessions-expires = Sona erer
settings-sessions-exact-time = { $time } UTC
settings-sessions-aal1 = tek faktör
settings-sessions-aal2 = iki faktör
settings-sessions-aal-unknown = güvenlik düzeyi bilinmiyor
settings-sessions-method-recovery = Hesap kurtarma
settings-sessions-method-other = Başka bir yöntem
settings-sessions-end = Bu cihazın oturumunu kapat
settings-sessions-end-others = Diğer tüm cihazların oturumunu kapat
settings-sessions-no-others = Başka hiçbir yerde oturumunuz açık değil.
settings-sessions-list-failed = Diğer oturumlarınız şu anda yüklenemedi. Yeniden denemek için sayfayı yenileyin.
settings-sessions-more = Daha fazla göster
settings-sessions-first-page = En yenilere dön
settings-sessions-ended = O cihazın oturumu kapatıldı.
settings-sessions-already-gone = O oturum zaten sona ermişti.
settings-sessions-not-ended = Bu oturum burada sonlandırılamaz.
settings-sessions-others-ended = { $count ->
    [0] Başka hiçbir yerde oturumunuz açık değildi.
    [one] { $count } cihazın daha oturumu kapatıldı.
   *[other] { $count } cihazın daha oturumu kapatıldı.
}

## Göreli zamanlar ("2 saat önce"), tam zamanın yanında
settings-time-just-now = az önce
settings-time-soon = bir dakikadan kısa süre içinde
settings-time-minutes-ago = { $count ->
    [one] { $count } dakika önce
   *[other] { $count } dakika önce
}
settings-time-hours-ago = { $count ->
    [one] { $count } saat önce
   *[other] { $count } saat önce
}
settings-time-days-ago = { $count ->
    [one] { $count } gün önce
   *[other] { $count } gün önce
}
settings-time-months-ago = { $count ->
    [one] { $count } ay önce
   *[other] { $count } ay önce
}
settings-time-years-ago = { $count ->
    [one] { $count } yıl önce
   *[other] { $count } yıl önce
}
settings-time-in-minutes = { $count ->
    [one] { $count } dakika içinde
   *[other] { $count } dakika içinde
}
settings-time-in-hours = { $count ->
    [one] { $count } saat içinde
   *[other] { $count } saat içinde
}
settings-time-in-days = { $count ->
    [one] { $count } gün içinde
   *[other] { $count } gün içinde
}

## Dosya ve yazdırma görünümü olarak kurtarma kodları
title-recovery-codes = Kurtarma kodlarınız
settings-codes-download = Kodları indir
settings-codes-print = Yazdırma görünümü
settings-codes-print-now = Yazdır
settings-codes-back = Hesap ayarlarına dön
settings-codes-confirm-first = Kullanmaya başlamak için bu kodları onaylayın; ardından indirebilir veya yazdırabilirsiniz.
settings-codes-file-title = { $product } kurtarma kodları
settings-codes-file-account = Hesap: { $account }
settings-codes-file-date = Tarih: { $date }
settings-codes-advice = Her kod, ikinci faktörünüz elinizin altında olmadığında bir kez çalışır. Kodları güvenli ve gizli bir yerde saklayın.

## Show-password and copy buttons (shown only where scripts run)
show-password = Parolayı göster
copy = Kopyala
copied = Kopyalandı

## Transitions: after signing out, after a verification
signed-out-notice = Oturumunuzu kapattınız.
continue-to-account = Hesabınıza devam edin

## The password rule, stated before the first try
password-rule = { $count ->
    [one] En az { $count } karakter.
   *[other] En az { $count } karakter.
}

## Ayarlar: her bölümün başında gösterilen durum
settings-state-verified = Doğrulandı
settings-state-not-verified = Doğrulanmadı
settings-state-password-set = Bir parola belirlenmiş.
settings-state-connected = Bağlı
settings-state-no-connected = Bağlı hesap yok.
settings-state-totp-on = Açık: oturum açarken uygulamanızdan bir kod istenir.
settings-state-totp-off = Kapalı
settings-state-lookup-on = Kurulu
settings-state-lookup-off = Kurulu değil
settings-state-lookup-unconfirmed = Yeni kodlar henüz kaydedilmedi: güvenli bir yerde saklayın, sonra onaylayın.
settings-state-lookup-left = Kalan kodlar: { $count }
settings-state-no-keys = Henüz güvenlik anahtarı yok.
settings-state-no-passkeys = Henüz geçiş anahtarı yok.
settings-state-added-on = Eklenme tarihi: { $day }

## Ayarlar: ne yaptıklarıyla adlandırılan işlemler
settings-profile-save = Profili kaydet
settings-password-change = Parolayı değiştir
settings-provider-link = { $provider } bağla
settings-totp-turn-on = Aç
settings-lookup-create = Kurtarma kodları oluştur
settings-lookup-replace = Yeni kodlarla değiştir
settings-lookup-show = Kurtarma kodlarını göster
settings-lookup-confirm = Bu kodları kaydettim

## Ayarlar: bir şey kaldırılmadan önce ikinci bir bakış
settings-confirm-unlink-ask = { $provider } bağlantısını kes…
settings-confirm-unlink-consequence = Artık { $provider } ile oturum açamayacaksınız.
settings-confirm-unlink-button = { $provider } bağlantısını kes
settings-confirm-totp-ask = Kapat…
settings-confirm-totp-consequence = Oturum açarken artık kimlik doğrulama uygulamanızdan kod istenmeyecek.
settings-confirm-totp-button = Kimlik doğrulama uygulamasını kapat
settings-confirm-lookup-ask = Kapat…
settings-confirm-lookup-consequence = Kurtarma kodlarınız artık çalışmayacak.
settings-confirm-lookup-button = Kurtarma kodlarını kapat
settings-confirm-key-ask = “{ $name }” kaldır…
settings-confirm-key-consequence = Artık “{ $name }” ile oturum açamayacaksınız.
settings-confirm-passkey-ask = “{ $name }” kaldır…
settings-confirm-passkey-consequence = Artık “{ $name }” geçiş anahtarıyla oturum açamayacaksınız.
settings-confirm-generic-ask = { $action }…
settings-confirm-generic-consequence = Bu işlem geri alınamaz.

## Ayarlar: bir gönderimin değiştirdiği şey
settings-outcome-profile-saved = Profil kaydedildi.
settings-outcome-password-changed = Parola değiştirildi.
settings-outcome-provider-linked = { $provider } bağlandı.
settings-outcome-provider-unlinked = { $provider } bağlantısı kesildi.
settings-outcome-totp-on = Kimlik doğrulama uygulaması açıldı.
settings-outcome-totp-off = Kimlik doğrulama uygulaması kapatıldı.
settings-outcome-lookup-saved = Yeni kurtarma kodları kaydedildi.
settings-outcome-lookup-off = Kurtarma kodları kapatıldı.
settings-outcome-key-added = “{ $name }” güvenlik anahtarı eklendi.
settings-outcome-key-removed = Güvenlik anahtarı kaldırıldı.
settings-outcome-passkey-added = “{ $name }” geçiş anahtarı eklendi.
settings-outcome-passkey-removed = Geçiş anahtarı kaldırıldı.
