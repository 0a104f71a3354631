# العربية. كلمات هذه الواجهة؛ رسائل Kratos في kratos.ftl.

language-name = العربية

## في كل صفحة
product-name = الحساب
page-title = { $page } · { $product }
skip-to-content = الانتقال إلى المحتوى
language-menu = اللغة
language-menu-apply = تغيير
signed-in-as = مسجّل الدخول باسم
sign-out = تسجيل الخروج
back = رجوع
support-link = المساعدة والدعم

## عناوين الصفحات
title-settings = إعدادات الحساب
title-login = تسجيل الدخول
title-login-reauthenticate = أكّد هويتك
title-login-second-factor = العامل الثاني
title-registration = إنشاء حساب
title-recovery = استعادة حسابك
title-verification = تأكيد بريدك الإلكتروني
title-logout = تسجيل الخروج

## صفحة الإعدادات
settings-sections = أقسام الإعدادات
not-yet-verified = لم يتم التأكيد بعد:
verify-email-address = تأكيد بريدك الإلكتروني
changes-saved = تم حفظ تغييراتك.
no-method = لا تتوفر هنا أي طريقة لهذا الحساب. يمكنك الرجوع أو فتح إعدادات حسابك أو تسجيل الخروج.

## روابط حول نماذج الدخول
other-options = خيارات أخرى
create-account = إنشاء حساب
forgot-password = هل نسيت كلمة المرور؟
back-to-sign-in = العودة إلى تسجيل الدخول

## Sign-in and sign-up: one leading form, the way between steps and pages
or = أو
registration-continue = متابعة
signing-up-as = التسجيل باسم
change-identifier = تغيير
cancel-and-go-back = إلغاء

## أقسام صفحة الإعدادات
settings-profile = الملف الشخصي
settings-profile-about = البيانات التي يُعرف بها حسابك.
settings-password = كلمة المرور
settings-password-about = اختر كلمة مرور جديدة لتسجيل الدخول.
settings-connected = الحسابات المرتبطة
settings-connected-about = سجّل الدخول بحسابات لديك في أماكن أخرى.
settings-totp = تطبيق المصادقة
settings-totp-about = رموز لمرة واحدة من تطبيق على هاتفك، كعامل ثانٍ.
settings-lookup = رموز الاسترداد
settings-lookup-about = رموز تُستخدم مرة واحدة تتيح لك الدخول عندما لا يكون عاملك الثاني في متناولك.
settings-webauthn = مفاتيح الأمان
settings-webauthn-about = مفاتيح مادية أو أدوات مصادقة مدمجة، كعامل ثانٍ.
settings-passkey = مفاتيح المرور
settings-passkey-about = سجّل الدخول دون كلمة مرور، باستخدام جهازك.

## أقسام صفحات الدخول والتسجيل والاستعادة والتأكيد
method-connected = المتابعة باستخدام
method-connected-about = استخدم حسابًا لديك في مكان آخر.
method-profile = بياناتك
method-profile-about = أخبرنا من أنت.
method-password = كلمة المرور
method-password-about = استخدم كلمة المرور.
method-code = رمز عبر البريد الإلكتروني
method-code-about = استلم رمزًا لمرة واحدة عبر البريد الإلكتروني.
method-link = رابط عبر البريد الإلكتروني
method-link-about = استلم رابطًا عبر البريد الإلكتروني.
method-totp = تطبيق المصادقة
method-totp-about = أدخل الرمز الذي يعرضه التطبيق.
method-lookup = رمز الاسترداد
method-lookup-about = استخدم أحد رموز الاسترداد الخاصة بك.
method-webauthn = مفتاح الأمان
method-webauthn-about = استخدم مفتاح الأمان الخاص بك.
method-passkey = مفتاح المرور
method-passkey-about = استخدم مفتاح مرور محفوظًا على جهازك.
method-identifier-first = حسابك
method-identifier-first-about = أدخل بريدك الإلكتروني.
method-captcha = التحقق
method-captcha-about = أثبت أنك إنسان.
method-default = متابعة
method-other-about = خيارات أخرى يوفرها خادم الهوية.

## صفحة تسجيل الخروج
logout-question = تسجيل الخروج؟
logout-explanation = ستحتاج إلى تسجيل الدخول مجددًا لاستخدام حسابك.
cancel = إلغاء

## صفحات الأخطاء
error-status = خطأ { $status }
error-code-label = رمز الخطأ:
error-quote-reference = إذا تكرر ذلك، فاذكر هذا المرجع:
error-back-home = العودة إلى حسابك
error-start-again = البدء من جديد
error-not-found = الصفحة غير موجودة
error-not-found-about = لا يوجد شيء على هذا العنوان.
error-refused = تم رفض الطلب
error-refused-about = أُرسل النموذج من موقع آخر، أو أن الصفحة قديمة جدًا. ارجع وأعد تحميل الصفحة ثم حاول مرة أخرى.
error-bad-request = لم ينجح ذلك
error-bad-request-about = تعذّرت معالجة الطلب. يُرجى البدء من جديد.
error-upstream = خدمة تسجيل الدخول غير متاحة
error-upstream-about = تعذّر الوصول إلى خدمة الحسابات أو أنها أجابت بشيء غير متوقع. يُرجى المحاولة بعد قليل.
error-timeout = خدمة تسجيل الدخول بطيئة جدًا
error-timeout-about = لم تُجب خدمة الحسابات في الوقت المحدد. يُرجى المحاولة بعد قليل.
error-busy = الضغط كبير حاليًا
error-busy-about = يوجد ضغط كبير على هذه الصفحة حاليًا وتعذّر تجهيزها. يُرجى المحاولة بعد قليل.
error-too-many-attempts = محاولات كثيرة جدًا
error-too-many-attempts-about = بعد محاولات كثيرة في وقت قصير، أُوقف تسجيل الدخول وإنشاء الحساب والاسترداد لاتصالك مدة دقيقة. انتظر دقيقة ثم حاول مرة أخرى.
error-internal = حدث خطأ ما
error-internal-about = حدث خطأ غير متوقع. يُرجى المحاولة مرة أخرى.

## أخطاء يبلّغ عنها Kratos (صفحة /error)
flow-error-csrf = يُرجى المحاولة مرة أخرى
flow-error-csrf-about = تعذّر علينا التأكد من أن هذا الطلب صادر عنك. يحدث هذا عندما يبقى النموذج مفتوحًا مدة طويلة أو عندما يحظر متصفحك ملفات تعريف الارتباط. ابدأ من جديد وسينجح الأمر.
flow-error-identity-mismatch = حساب خاطئ
flow-error-identity-mismatch-about = هذا الطلب يخص حسابًا غير الحساب الذي سجّلت الدخول به.
flow-error-already-signed-in = أنت مسجّل الدخول بالفعل
flow-error-already-signed-in-about = لقد سجّلت الدخول بالفعل.
flow-error-session-ended = يُرجى تسجيل الدخول
flow-error-session-ended-about = انتهت جلستك أو أصبحت قديمة جدًا لهذا الإجراء. سجّل الدخول مجددًا للمتابعة.
flow-error-aal2 = العامل الثاني مطلوب
flow-error-aal2-about = يتطلب هذا الإجراء عاملك الثاني. سجّل الدخول به للمتابعة.
flow-error-return-to = إعادة التوجيه غير مسموح بها
flow-error-return-to-about = العنوان الذي كان يُفترض إعادتك إليه ليس ضمن قائمة العناوين المسموح بها.
flow-error-expired = انتهت صلاحية النموذج
flow-error-expired-about = انتهت صلاحية النموذج الذي استخدمته. يُرجى البدء من جديد.
flow-error-browser-location = تابع في متصفحك
flow-error-browser-location-about = يُرجى المتابعة حيث تمت إعادة توجيهك.
flow-error-client = لم ينجح ذلك
flow-error-client-about = تعذّر إكمال الطلب. يُرجى البدء من جديد.
flow-error-server = حدث خطأ ما
flow-error-server-about = واجهت خدمة الحسابات مشكلة. يُرجى المحاولة بعد قليل.
flow-error-oauth2 = لم يكتمل تسجيل الدخول
flow-error-oauth2-denied = تم إلغاء تسجيل الدخول أو رفضه.
flow-error-oauth2-failed = تعذّر إكمال تسجيل الدخول.
flow-error-unknown = الخطأ غير موجود
flow-error-unknown-about = لم نجد تفاصيل هذا الخطأ. ربما انتهت صلاحيته. يُرجى البدء من جديد.

## أماكن تسجيل دخولك (قسم من إعدادات الحساب)
settings-sessions = أماكن تسجيل دخولك
settings-sessions-about = الأجهزة والمتصفحات المسجَّل دخولها إلى حسابك. سجّل الخروج من أي جهاز لا تعرفه.
settings-sessions-state-alone = مسجَّل الدخول على هذا الجهاز فقط.
settings-sessions-state-others = { $count ->
    [zero] مسجَّل الدخول على هذا الجهاز فقط.
    [one] مسجَّل الدخول على هذا الجهاز وجهاز آخر.
    [two] مسجَّل الدخول على هذا الجهاز وجهازين آخرين.
    [few] مسجَّل الدخول على هذا الجهاز و{ $count } أجهزة أخرى.
    [many] مسجَّل الدخول على هذا الجهاز و{ $count } جهازًا آخر.
   *[other] مسجَّل الدخول على هذا الجهاز و{ $count } جهاز آخر.
}
settings-sessions-state-many = مسجَّل الدخول على هذا الجهاز وأكثر من { $count } جهازًا آخر.
settings-sessions-state-unknown = مسجَّل الدخول على هذا الجهاز. تعذّر تحميل جلساتك الأخرى.
settings-sessions-this-device = هذا الجهاز
settings-sessions-unknown-device = جهاز غير معروف
settings-sessions-device = { $browser } على { $os }
settings-sessions-ip = عنوان IP
settings-sessions-location = الموقع
settings-sessions-signed-in = تسجيل الدخول
settings-sessions-methods = طريقة تسجيل الدخول
settings-sessions-expires = ينتهي
settings-sessions-exact-time = { $time } UTC
settings-sessions-aal1 = عامل واحد
settings-sessions-aal2 = عاملان
settings-sessions-aal-unknown = مستوى أمان غير معروف
settings-sessions-method-recovery = استرداد الحساب
settings-sessions-method-other = طريقة أخرى
settings-sessions-end = تسجيل خروج هذا الجهاز
settings-sessions-end-others = تسجيل خروج جميع الأجهزة الأخرى
settings-sessions-no-others = لست مسجَّل الدخول في أي مكان آخر.
settings-sessions-list-failed = تعذّر تحميل جلساتك الأخرى الآن. أعد تحميل الصفحة للمحاولة مرة أخرى.
settings-sessions-more = عرض المزيد
settings-sessions-first-page = العودة إلى الأحدث
settings-sessions-ended = تم تسجيل خروج ذلك الجهاز.
settings-sessions-already-gone = كانت تلك الجلسة قد انتهت بالفعل.
settings-sessions-not-ended = لا يمكن إنهاء هذه الجلسة من هنا.
settings-sessions-others-ended = { $count ->
    [zero] لم تكن مسجَّل الدخول في أي مكان آخر.
    [one] تم تسجيل خروج جهاز آخر.
    [two] تم تسجيل خروج جهازين آخرين.
    [few] تم تسجيل خروج { $count } أجهزة أخرى.
    [many] تم تسجيل خروج { $count } جهازًا آخر.
   *[other] تم تسجيل خروج { $count } جهاز آخر.
}

## الأوقات النسبية («قبل ساعتين»)، بجانب الوقت الدقيق
settings-time-just-now = الآن
settings-time-soon = خلال أقل من دقيقة
settings-time-minutes-ago = { $count ->
    [zero] الآن
    [one] قبل دقيقة
    [two] قبل دقيقتين
    [few] قبل { $count } دقائق
    [many] قبل { $count } دقيقة
   *[other] قبل { $count } دقيقة
}
settings-time-hours-ago = { $count ->
    [zero] الآن
    [one] قبل ساعة
    [two] قبل ساعتين
    [few] قبل { $count } ساعات
    [many] قبل { $count } ساعة
   *[other] قبل { $count } ساعة
}
settings-time-days-ago = { $count ->
    [zero] اليوم
    [one] قبل يوم
    [two] قبل يومين
    [few] قبل { $count } أيام
    [many] قبل { $count } يومًا
   *[other] قبل { $count } يوم
}
settings-time-months-ago = { $count ->
    [zero] هذا الشهر
    [one] قبل شهر
    [two] قبل شهرين
    [few] قبل { $count } أشهر
    [many] قبل { $count } شهرًا
   *[other] قبل { $count } شهر
}
settings-time-years-ago = { $count ->
    [zero] هذا العام
    [one] قبل سنة
    [two] قبل سنتين
    [few] قبل { $count } سنوات
    [many] قبل { $count } سنة
   *[other] قبل { $count } سنة
}
settings-time-in-minutes = { $count ->
    [zero] الآن
    [one] خلال دقيقة
    [two] خلال دقيقتين
    [few] خلال { $count } دقائق
    [many] خلال { $count } دقيقة
   *[other] خلال { $count } دقيقة
}
settings-time-in-hours = { $count ->
    [zero] الآن
    [one] خلال ساعة
    [two] خلال ساعتين
    [few] خلال { $count } ساعات
    [many] خلال { $count } ساعة
   *[other] خلال { $count } ساعة
}
settings-time-in-days = { $count ->
    [zero] اليوم
    [one] خلال يوم
    [two] خلال يومين
    [few] خلال { $count } أيام
    [many] خلال { $count } يومًا
   *[other] خلال { $count } يوم
}

## رموز الاسترداد كملف وعرض للطباعة
title-recovery-codes = رموز الاسترداد الخاصة بك
settings-codes-download = تنزيل الرموز
settings-codes-print = عرض للطباعة
settings-codes-print-now = طباعة
settings-codes-back = العودة إلى إعدادات الحساب
settings-codes-confirm-first = أكّد هذه الرموز لتبدأ باستخدامها؛ بعد ذلك يمكنك تنزيلها أو طباعتها.
settings-codes-file-title = رموز الاسترداد لـ { $product }
settings-codes-file-account = الحساب: { $account }
settings-codes-file-date = التاريخ: { $date }
settings-codes-advice = يعمل كل رمز مرة واحدة، عندما لا يكون العامل الثاني في متناولك. احفظها في مكان آمن وخاص.

## Show-password and copy buttons (shown only where scripts run)
show-password = إظهار كلمة المرور
copy = نسخ
copied = تم النسخ

## Transitions: after signing out, after a verification
signed-out-notice = لقد سجّلت الخروج.
continue-to-account = المتابعة إلى حسابك

## The password rule, stated before the first try
password-rule = { $count ->
    [zero] { $count } حرف على الأقل.
    [one] حرف واحد على الأقل.
    [two] حرفان على الأقل.
    [few] { $count } أحرف على الأقل.
    [many] { $count } حرفًا على الأقل.
   *[other] { $count } حرف على الأقل.
}

## الإعدادات: الحالة التي يبدأ بها كل قسم
settings-state-verified = تم التحقق
settings-state-not-verified = لم يتم التحقق
settings-state-password-set = تم تعيين كلمة مرور.
settings-state-connected = مرتبط
settings-state-no-connected = لا توجد حسابات مرتبطة.
settings-state-totp-on = مفعّل: يُطلب رمز من تطبيقك عند تسجيل الدخول.
settings-state-totp-off = معطّل
settings-state-lookup-on = تم الإعداد
settings-state-lookup-off = غير مُعدّة
settings-state-lookup-unconfirmed = لم تُحفظ الرموز الجديدة بعد: احتفظ بها في مكان آمن ثم أكّد.
settings-state-lookup-left = الرموز المتبقية: { $count }
settings-state-no-keys = لا توجد مفاتيح أمان بعد.
settings-state-no-passkeys = لا توجد مفاتيح مرور بعد.
settings-state-added-on = أُضيف في { $day }

## الإعدادات: إجراءات تحمل اسم ما تفعله
settings-profile-save = حفظ الملف الشخصي
settings-password-change = تغيير كلمة المرور
settings-provider-link = الربط مع { $provider }
settings-totp-turn-on = تفعيل
settings-lookup-create = إنشاء رموز الاسترداد
settings-lookup-replace = الاستبدال برموز جديدة
settings-lookup-show = عرض رموز الاسترداد
settings-lookup-confirm = لقد حفظت هذه الرموز

## الإعدادات: نظرة ثانية قبل إزالة أي شيء
settings-confirm-unlink-ask = إلغاء الربط مع { $provider }…
settings-confirm-unlink-consequence = لن تتمكن بعد الآن من تسجيل الدخول باستخدام { $provider }.
settings-confirm-unlink-button = إلغاء الربط مع { $provider }
settings-confirm-totp-ask = تعطيل…
settings-confirm-totp-consequence = لن يُطلب بعد الآن رمز من تطبيق المصادقة عند تسجيل الدخول.
settings-confirm-totp-button = تعطيل تطبيق المصادقة
settings-confirm-lookup-ask = تعطيل…
settings-confirm-lookup-consequence = ستتوقف رموز الاسترداد الخاصة بك عن العمل.
settings-confirm-lookup-button = تعطيل رموز الاسترداد
settings-confirm-key-ask = إزالة «{ $name }»…
settings-confirm-key-consequence = لن تتمكن بعد الآن من استخدام «{ $name }» لتسجيل الدخول.
settings-confirm-passkey-ask = إزالة «{ $name }»…
settings-confirm-passkey-consequence = لن تتمكن بعد الآن من تسجيل الدخول باستخدام مفتاح المرور «{ $name }».
settings-confirm-generic-ask = { $action }…
settings-confirm-generic-consequence = لا يمكن التراجع عن ذلك.

## الإعدادات: ما غيّره الإرسال
settings-outcome-profile-saved = تم حفظ الملف الشخصي.
settings-outcome-password-changed = تم تغيير كلمة المرور.
settings-outcome-provider-linked = تم الربط مع { $provider }.
settings-outcome-provider-unlinked = تم إلغاء الربط مع { $provider }.
settings-outcome-totp-on = تم تفعيل تطبيق المصادقة.
settings-outcome-totp-off = تم تعطيل تطبيق المصادقة.
settings-outcome-lookup-saved = تم حفظ رموز الاسترداد الجديدة.
settings-outcome-lookup-off = تم تعطيل رموز الاسترداد.
settings-outcome-key-added = تمت إضافة مفتاح الأمان «{ $name }».
settings-outcome-key-removed = تمت إزالة مفتاح الأمان.
settings-outcome-passkey-added = تمت إضافة مفتاح المرور «{ $name }».
settings-outcome-passkey-removed = تمت إزالة مفتاح المرور.
