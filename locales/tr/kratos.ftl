# Türkçe. Kratos iletileri ve etiketleri, sayısal kimliklerine göre.

## Giriş (1010xxx)
kratos-1010001 = Giriş yap
kratos-1010002 = { $provider } ile giriş yap
kratos-1010003 = Lütfen siz olduğunuzu kanıtlayarak bu işlemi onaylayın.
kratos-1010004 = Lütfen ikinci doğrulama adımını tamamlayın.
kratos-1010005 = Doğrula
kratos-1010006 = Doğrulama kodu
kratos-1010007 = Kurtarma kodu
kratos-1010008 = Güvenlik anahtarıyla giriş yap
kratos-1010009 = Kimlik doğrulama uygulamasını kullan
kratos-1010010 = Kurtarma kodu kullan
kratos-1010011 = Güvenlik anahtarıyla devam et
kratos-1010012 = Güvenlik anahtarınızı ya da başka bir doğrulayıcıyı (parmak izi okuyucu, yüz tanıma, …) hazırlayın ve devam edin.
kratos-1010013 = Devam
kratos-1010014 = Girdiğiniz adrese bir kod gönderdik. Ulaşmadıysa adresi yazım hatasına karşı kontrol edip yeniden deneyin.
kratos-1010015 = Giriş kodu gönder
kratos-1010016 = { $duplicate_identifier } ile giriş yapmayı denediniz, ancak bu adres başka bir hesaba ait. { $provider } hizmetini ek bir giriş yolu olarak eklemek için aşağıdaki seçeneklerden biriyle o hesaba giriş yapın.
kratos-1010017 = Giriş yap ve bağla
kratos-1010018 = { $provider } ile onayla
kratos-1010019 = Devam etmek için kod iste
kratos-1010020 = Size gönderdiğimiz kodu girin.
kratos-1010021 = Geçiş anahtarıyla giriş yap
kratos-1010022 = Şifreyle giriş yap
kratos-1010023 = Kodu { $address } adresine gönder

## Kayıt (1040xxx)
kratos-1040001 = Kaydol
kratos-1040002 = { $provider } ile kaydol
kratos-1040003 = Devam
kratos-1040004 = Güvenlik anahtarıyla kaydol
kratos-1040005 = Girdiğiniz adrese bir kod gönderdik. Ulaşmadıysa adresi yazım hatasına karşı kontrol edip yeniden kaydolun.
kratos-1040006 = Kayıt kodu gönder
kratos-1040007 = Geçiş anahtarıyla kaydol
kratos-1040008 = Geri
kratos-1040009 = Bundan sonra nasıl giriş yapmak istediğinizi seçin.

## Ayarlar (1050xxx)
kratos-1050001 = Değişiklikleriniz kaydedildi.
kratos-1050002 = { $provider } bağla
kratos-1050003 = { $provider } bağlantısını kaldır
kratos-1050004 = Kimlik doğrulama uygulamasını kaldır
kratos-1050005 = Kimlik doğrulama uygulamanız için QR kodu
kratos-1050006 = { $secret }
kratos-1050007 = Kurtarma kodlarını göster
kratos-1050008 = Yeni kurtarma kodları oluştur
kratos-1050009 = { $secret }
kratos-1050010 = Bunlar kurtarma kodlarınız. Güvenli bir yerde saklayın.
kratos-1050011 = Kurtarma kodlarını onayla
kratos-1050012 = Güvenlik anahtarı ekle
kratos-1050013 = Güvenlik anahtarının adı
kratos-1050014 = { $used_at } tarihinde kullanıldı
kratos-1050015 = { $secrets }
kratos-1050016 = Bu yöntemi kapat
kratos-1050017 = Bu, kimlik doğrulama uygulamanızın gizli anahtarıdır. QR kodunu tarayamıyorsanız bunu uygulamaya girin.
kratos-1050018 = “{ $display_name }” güvenlik anahtarını kaldır
kratos-1050019 = Geçiş anahtarı ekle
kratos-1050020 = “{ $display_name }” geçiş anahtarını kaldır

## Kurtarma (1060xxx)
kratos-1060001 = { $minutes ->
    [one] Hesabınızı kurtardınız. Lütfen { $minutes } dakika içinde şifrenizi değiştirin ya da başka bir giriş yolu ayarlayın.
   *[other] Hesabınızı kurtardınız. Lütfen { $minutes } dakika içinde şifrenizi değiştirin ya da başka bir giriş yolu ayarlayın.
}
kratos-1060002 = Girdiğiniz adres bir hesaba aitse ona bir kurtarma bağlantısı gönderdik. Ulaşmadıysa adresi yazım hatasına karşı kontrol edin ve kaydolurken kullandığınız adresi kullanın.
kratos-1060003 = Girdiğiniz adres bir hesaba aitse ona bir kurtarma kodu gönderdik. Ulaşmadıysa adresi yazım hatasına karşı kontrol edin ve kaydolurken kullandığınız adresi kullanın.
kratos-1060004 = { $masked_address } adresine bir kurtarma kodu gönderdik. Ulaşmadıysa adresi yazım hatasına karşı kontrol edin ve kaydolurken kullandığınız adresi kullanın.
kratos-1060005 = Hesabınızı kurtarmak için kurtarma adresinizi eksiksiz girin.
kratos-1060006 = Hesabınızı nasıl kurtarmak istersiniz?
kratos-1060007 = Geri

## Alan ve düğme etiketleri (1070xxx)
kratos-1070001 = Şifre
kratos-1070002 = { $title }
kratos-1070003 = Kaydet
kratos-1070004 = Kimlik
kratos-1070005 = Gönder
kratos-1070006 = Kodu doğrula
kratos-1070007 = E-posta
kratos-1070008 = Yeni kod gönder
kratos-1070009 = Devam
kratos-1070010 = Kurtarma kodu
kratos-1070011 = Doğrulama kodu
kratos-1070012 = Kayıt kodu
kratos-1070013 = Giriş kodu
kratos-1070014 = Giriş yap ve bağla
kratos-1070015 = Devam etmek için lütfen captcha doğrulamasını tamamlayın.
kratos-1070016 = Kurtarma adresi
kratos-1070017 = Telefon numarası

## Doğrulama (1080xxx)
kratos-1080001 = Girdiğiniz adres bir hesaba aitse ona bir doğrulama bağlantısı gönderdik. Ulaşmadıysa adresi yazım hatasına karşı kontrol edin.
kratos-1080002 = E-posta adresiniz doğrulandı.
kratos-1080003 = Girdiğiniz adres bir hesaba aitse ona bir doğrulama kodu gönderdik. Ulaşmadıysa adresi yazım hatasına karşı kontrol edin.

## Giriş hataları (4000xxx)
kratos-4000001 = { $reason }
kratos-4000002 = { $property } eksik.
kratos-4000003 = { $min_length ->
    [one] En az { $min_length } karakter girin.
   *[other] En az { $min_length } karakter girin.
}
kratos-4000004 = Bu değer beklenen biçimde değil.
kratos-4000005 = Bu şifre kullanılamaz: { $reason }.
kratos-4000006 = Giriş bilgileri doğru değil. Şifrenizi ve kullanıcı adınızı, e-posta adresinizi ya da telefon numaranızı yazım hatasına karşı kontrol edin.
kratos-4000007 = Bu e-posta adresi, telefon numarası ya da kullanıcı adıyla bir hesap zaten var.
kratos-4000008 = Doğrulama kodu doğru değil. Lütfen yeniden deneyin.
kratos-4000009 = Bu hesabın giriş tanımlayıcısı yok. Lütfen destek ekibine başvurun.
kratos-4000010 = Bu hesap henüz etkin değil. Lütfen önce e-posta adresinizi doğrulayın.
kratos-4000011 = Kurulu bir kimlik doğrulama uygulamanız yok.
kratos-4000012 = Bu kurtarma kodu zaten kullanıldı.
kratos-4000013 = Kurulu bir güvenlik anahtarınız yok.
kratos-4000014 = Kurulu kurtarma kodlarınız yok.
kratos-4000015 = Bu hesap yok ya da güvenlik anahtarı kurulu değil.
kratos-4000016 = Bu kurtarma kodu geçerli değil.
kratos-4000017 = { $max_length ->
    [one] En fazla { $max_length } karakter girin.
   *[other] En fazla { $max_length } karakter girin.
}
kratos-4000018 = Değer en az { $minimum } olmalı.
kratos-4000019 = Değer { $minimum } değerinden büyük olmalı.
kratos-4000020 = Değer en fazla { $maximum } olmalı.
kratos-4000021 = Değer { $maximum } değerinden küçük olmalı.
kratos-4000022 = Değer { $base } sayısının katı olmalı.
kratos-4000023 = { $max_items ->
    [one] En fazla { $max_items } öğe seçin.
   *[other] En fazla { $max_items } öğe seçin.
}
kratos-4000024 = { $min_items ->
    [one] En az { $min_items } öğe seçin.
   *[other] En az { $min_items } öğe seçin.
}
kratos-4000025 = Her öğe farklı olmalı.
kratos-4000026 = Beklenen: { $allowed_types }, gelen: { $actual_type }.
kratos-4000027 = Bu e-posta adresi, telefon numarası ya da kullanıcı adıyla bir hesap zaten var. Sosyal profilinizi bağlamak için o hesaba giriş yapın.
kratos-4000028 = Bu tanımlayıcıyla bir hesap zaten var. Devam etmek için o hesaba giriş yapın.
kratos-4000029 = Değer { $expected } olmalı.
kratos-4000030 = Bu değere izin verilmiyor.
kratos-4000031 = Bu şifre kullanıcı adınıza ya da e-posta adresinize çok benziyor.
kratos-4000032 = { $min_length ->
    [one] Şifre en az { $min_length } karakter olmalı, ancak { $actual_length } karakter.
   *[other] Şifre en az { $min_length } karakter olmalı, ancak { $actual_length } karakter.
}
kratos-4000033 = { $max_length ->
    [one] Şifre en fazla { $max_length } karakter olmalı, ancak { $actual_length } karakter.
   *[other] Şifre en fazla { $max_length } karakter olmalı, ancak { $actual_length } karakter.
}
kratos-4000034 = Bu şifre veri sızıntılarında görüldü ve artık kullanılmamalı.
kratos-4000035 = Bu hesap yok ya da kodla giriş kurulu değil.
kratos-4000036 = Girdiğiniz bilgiler bu işlemde daha önce verilenlerle eşleşmiyor.
kratos-4000037 = Bu hesap yok ya da kurulu bir giriş yolu yok.
kratos-4000038 = Captcha doğrulanamadı. Lütfen yeniden deneyin.
kratos-4000039 = Yeni şifre eskisinden farklı olmalı.
kratos-4000040 = Geçerli bir e-posta adresi girin.
kratos-4000041 = Geçerli bir telefon numarası girin.

## Giriş hataları (4010xxx)
kratos-4010001 = { $minutes ->
    [one] Giriş formunun süresi { $minutes } dakika önce doldu. Lütfen yeniden deneyin.
   *[other] Giriş formunun süresi { $minutes } dakika önce doldu. Lütfen yeniden deneyin.
}
kratos-4010002 = Nasıl giriş yapmak istediğinizi anlayamadık. Lütfen formu kontrol edip yeniden deneyin.
kratos-4010003 = Nasıl kaydolmak istediğinizi anlayamadık. Lütfen formu kontrol edip yeniden deneyin.
kratos-4010004 = Hangi ayarı değiştirmek istediğinizi anlayamadık. Lütfen formu kontrol edip yeniden deneyin.
kratos-4010005 = Hesabınızı nasıl kurtarmak istediğinizi anlayamadık. Lütfen formu kontrol edip yeniden deneyin.
kratos-4010006 = Hesabınızı nasıl doğrulamak istediğinizi anlayamadık. Lütfen formu kontrol edip yeniden deneyin.
kratos-4010007 = Bu istek zaten tamamlandı ve tekrarlanamaz.
kratos-4010008 = Giriş kodu geçersiz ya da zaten kullanılmış. Lütfen yeniden deneyin.
kratos-4010009 = Bağlı giriş bilgileri eşleşmiyor.
kratos-4010010 = Girdiğiniz adres bu hesaba ait değil.

## Kayıt hataları (4040xxx)
kratos-4040001 = { $minutes ->
    [one] Kayıt formunun süresi { $minutes } dakika önce doldu. Lütfen yeniden deneyin.
   *[other] Kayıt formunun süresi { $minutes } dakika önce doldu. Lütfen yeniden deneyin.
}
kratos-4040002 = Bu istek zaten tamamlandı ve tekrarlanamaz.
kratos-4040003 = Kayıt kodu geçersiz ya da zaten kullanılmış. Lütfen yeniden deneyin.

## Ayar hataları (4050xxx)
kratos-4050001 = { $minutes ->
    [one] Ayarlar formunun süresi { $minutes } dakika önce doldu. Lütfen yeniden deneyin.
   *[other] Ayarlar formunun süresi { $minutes } dakika önce doldu. Lütfen yeniden deneyin.
}

## Kurtarma hataları (4060xxx)
kratos-4060001 = Bu istek zaten tamamlandı ve tekrarlanamaz.
kratos-4060002 = Hesap kurtarma başarısız oldu. Lütfen yeniden başlayın.
kratos-4060003 = Kurtarma bağlantısı eksik. Lütfen yeniden başlayın.
kratos-4060004 = Kurtarma bağlantısı geçersiz ya da zaten kullanılmış. Lütfen yeniden başlayın.
kratos-4060005 = { $minutes ->
    [one] Kurtarma formunun süresi { $minutes } dakika önce doldu. Lütfen yeniden deneyin.
   *[other] Kurtarma formunun süresi { $minutes } dakika önce doldu. Lütfen yeniden deneyin.
}
kratos-4060006 = Kurtarma kodu geçersiz ya da zaten kullanılmış. Lütfen yeniden deneyin.

## Doğrulama hataları (4070xxx)
kratos-4070001 = Doğrulama bağlantısı geçersiz ya da zaten kullanılmış. Lütfen yeniden başlayın.
kratos-4070002 = Bu istek zaten tamamlandı ve tekrarlanamaz.
kratos-4070003 = Doğrulama başarısız oldu. Lütfen yeniden başlayın.
kratos-4070004 = Doğrulama bağlantısı eksik. Lütfen yeniden başlayın.
kratos-4070005 = { $minutes ->
    [one] Doğrulama formunun süresi { $minutes } dakika önce doldu. Lütfen yeniden deneyin.
   *[other] Doğrulama formunun süresi { $minutes } dakika önce doldu. Lütfen yeniden deneyin.
}
kratos-4070006 = Doğrulama kodu geçersiz ya da zaten kullanılmış. Lütfen yeniden deneyin.

## Sistem hataları (5000xxx)
kratos-5000001 = { $reason }
kratos-5000002 = Kullanılabilir bir giriş yöntemi yok. Lütfen yöneticiye başvurun.
