# Español. Las palabras de esta interfaz; los mensajes de Kratos están en kratos.ftl.

language-name = Español

## En todas las páginas
product-name = Cuenta
page-title = { $page } · { $product }
skip-to-content = Saltar al contenido
language-menu = Idioma
language-menu-apply = Cambiar
signed-in-as = Sesión iniciada como
sign-out = Cerrar sesión
back = Volver
support-link = Ayuda y soporte

## Títulos de página
title-settings = Configuración de la cuenta
title-login = Iniciar sesión
title-login-reauthenticate = Confirma que eres tú
title-login-second-factor = Segundo factor
title-registration = Crear una cuenta
title-recovery = Recuperar tu cuenta
title-verification = Verificar tu correo electrónico
title-logout = Cerrar sesión

## Página de configuración
settings-sections = Secciones de la configuración
not-yet-verified = Aún sin verificar:
verify-email-address = Verificar tu correo electrónico
changes-saved = Se han guardado los cambios.
no-method = No hay ningún método disponible aquí para esta cuenta. Puedes volver, abrir la configuración de tu cuenta o cerrar sesión.

## Enlaces junto a los formularios de acceso
other-options = Otras opciones
create-account = Crear una cuenta
forgot-password = ¿Has olvidado tu contraseña?
back-to-sign-in = Volver a iniciar sesión

## Sign-in and sign-up: one leading form, the way between steps and pages
or = o
registration-continue = Continuar
signing-up-as = Registrándote como
change-identifier = Cambiar
cancel-and-go-back = Cancelar

## Secciones de la página de configuración
settings-profile = Perfil
settings-profile-about = Los datos con los que se conoce tu cuenta.
settings-password = Contraseña
settings-password-about = Elige una nueva contraseña para iniciar sesión.
settings-connected = Cuentas vinculadas
settings-connected-about = Inicia sesión con cuentas que ya tienes en otros sitios.
settings-totp = Aplicación de autenticación
settings-totp-about = Códigos de un solo uso de una aplicación en tu teléfono, como segundo factor.
settings-lookup = Códigos de recuperación
settings-lookup-about = Códigos de un solo uso para entrar cuando no tienes tu segundo factor a mano.
settings-webauthn = Llaves de seguridad
settings-webauthn-about = Llaves físicas o autenticadores integrados, como segundo factor.
settings-passkey = Llaves de acceso
settings-passkey-about = Inicia sesión sin contraseña, con tu dispositivo.

## Secciones de las páginas de acceso, registro, recuperación y verificación
method-connected = Continuar con
method-connected-about = Usa una cuenta que ya tienes en otro sitio.
method-profile = Tus datos
method-profile-about = Cuéntanos quién eres.
method-password = Contraseña
method-password-about = Usa tu contraseña.
method-code = Código por correo
method-code-about = Recibe un código de un solo uso por correo electrónico.
method-link = Enlace por correo
method-link-about = Recibe un enlace por correo electrónico.
method-totp = Aplicación de autenticación
method-totp-about = Introduce el código que muestra tu aplicación.
method-lookup = Código de recuperación
method-lookup-about = Usa uno de tus códigos de recuperación.
method-webauthn = Llave de seguridad
method-webauthn-about = Usa tu llave de seguridad.
method-passkey = Llave de acceso
method-passkey-about = Usa una llave de acceso guardada en tu dispositivo.
method-identifier-first = Tu cuenta
method-identifier-first-about = Introduce tu correo electrónico.
method-captcha = Verificación
method-captcha-about = Demuestra que eres una persona.
method-default = Continuar
method-other-about = Más opciones que ofrece tu servicio de identidad.

## Página de cierre de sesión
logout-question = ¿Cerrar sesión?
logout-explanation = Tendrás que volver a iniciar sesión para usar tu cuenta.
cancel = Cancelar

## Páginas de error
error-status = Error { $status }
error-code-label = Código de error:
error-quote-reference = Si vuelve a ocurrir, indica esta referencia:
error-back-home = Volver a tu cuenta
error-start-again = Empezar de nuevo
error-not-found = Página no encontrada
error-not-found-about = No hay nada en esta dirección.
error-refused = Solicitud rechazada
error-refused-about = El formulario se envió desde otro sitio o la página era demasiado antigua. Vuelve atrás, recarga la página e inténtalo de nuevo.
error-bad-request = No ha funcionado
error-bad-request-about = No se ha podido procesar la solicitud. Empieza de nuevo.
error-upstream = Servicio de acceso no disponible
error-upstream-about = No hemos podido contactar con el servicio de cuentas o ha respondido algo inesperado. Vuelve a intentarlo en un momento.
error-timeout = Servicio de acceso demasiado lento
error-timeout-about = El servicio de cuentas no ha respondido a tiempo. Vuelve a intentarlo en un momento.
error-busy = Demasiada demanda ahora mismo
error-busy-about = Esta página tiene mucha demanda en este momento y no se ha podido preparar. Vuelve a intentarlo en un momento.
error-too-many-attempts = Demasiados intentos
error-too-many-attempts-about = Tras muchos intentos en poco tiempo, el inicio de sesión, el registro y la recuperación se han pausado un minuto para tu conexión. Espera un minuto y vuelve a intentarlo.
error-internal = Algo ha salido mal
error-internal-about = Se ha producido un error inesperado. Vuelve a intentarlo.

## Errores que comunica Kratos (página /error)
flow-error-csrf = Vuelve a intentarlo
flow-error-csrf-about = No hemos podido confirmar que esta solicitud procede de ti. Ocurre cuando un formulario permanece abierto demasiado tiempo o tu navegador bloquea las cookies. Empieza de nuevo y debería funcionar.
flow-error-identity-mismatch = Cuenta equivocada
flow-error-identity-mismatch-about = Esta solicitud pertenece a una cuenta distinta de aquella con la que has iniciado sesión.
flow-error-already-signed-in = Sesión ya iniciada
flow-error-already-signed-in-about = Ya has iniciado sesión.
flow-error-session-ended = Inicia sesión
flow-error-session-ended-about = Tu sesión ha caducado o es demasiado antigua para esta acción. Vuelve a iniciar sesión para continuar.
flow-error-aal2 = Se requiere el segundo factor
flow-error-aal2-about = Esta acción necesita tu segundo factor. Inicia sesión con él para continuar.
flow-error-return-to = Redirección no permitida
flow-error-return-to-about = La dirección a la que debías volver no está en la lista de direcciones permitidas.
flow-error-expired = Formulario caducado
flow-error-expired-about = El formulario que has usado ha caducado. Empieza de nuevo.
flow-error-browser-location = Continúa en tu navegador
flow-error-browser-location-about = Continúa en la página a la que se te ha redirigido.
flow-error-client = No ha funcionado
flow-error-client-about = No se ha podido completar la solicitud. Empieza de nuevo.
flow-error-server = Algo ha salido mal
flow-error-server-about = El servicio de cuentas ha tenido un problema. Vuelve a intentarlo en un momento.
flow-error-oauth2 = Inicio de sesión no completado
flow-error-oauth2-denied = El inicio de sesión se ha cancelado o denegado.
flow-error-oauth2-failed = No se ha podido completar el inicio de sesión.
flow-error-unknown = Error no encontrado
flow-error-unknown-about = No hemos encontrado detalles de este error. Puede que haya caducado. Empieza de nuevo.

## Dónde has iniciado sesión (una sección de la configuración de la cuenta)
settings-sessions = Dónde has iniciado sesión
settings-sessions-about = Los dispositivos y navegadores con sesión iniciada en tu cuenta. Cierra la sesión de cualquiera que no reconozcas.
settings-sessions-state-alone = Sesión iniciada solo en este dispositivo.
settings-sessions-state-others = { $count ->
    [one] Sesión iniciada en este dispositivo y en { $count } más.
   *[other] Sesión iniciada en este dispositivo y en { $count } más.
}
settings-sessions-state-many = Sesión iniciada en este dispositivo y en más de { $count } otros.
settings-sessions-state-unknown = Sesión iniciada en este dispositivo. No se han podido cargar tus otras sesiones.
settings-sessions-this-device = Este dispositivo
settings-sessions-unknown-device = Dispositivo desconocido
settings-sessions-device = { $browser } en { $os }
settings-sessions-ip = Dirección IP
settings-sessions-location = Ubicación
settings-sessions-signed-in = Inicio de sesión
settings-sessions-methods = Sesión iniciada con
settings-sessions-expires = Caduca
settings-sessions-exact-time = { $time } UTC
settings-sessions-aal1 = un factor
settings-sessions-aal2 = dos factores
settings-sessions-aal-unknown = nivel de seguridad desconocido
settings-sessions-method-recovery = Recuperación de la cuenta
settings-sessions-method-other = Otro método
settings-sessions-end = Cerrar la sesión de este dispositivo
settings-sessions-end-others = Cerrar la sesión en todos los demás dispositivos
settings-sessions-no-others = No tienes la sesión iniciada en ningún otro lugar.
settings-sessions-list-failed = Ahora mismo no se han podido cargar tus otras sesiones. Vuelve a cargar la página para intentarlo de nuevo.
settings-sessions-more = Mostrar más
settings-sessions-first-page = Volver a las más recientes
settings-sessions-ended = Se ha cerrado la sesión de ese dispositivo.
settings-sessions-already-gone = Esa sesión ya había terminado.
settings-sessions-not-ended = Esa sesión no se puede cerrar aquí.
settings-sessions-others-ended = { $count ->
    [0] No tenías la sesión iniciada en ningún otro lugar.
    [one] Se ha cerrado la sesión en { $count } dispositivo más.
   *[other] Se ha cerrado la sesión en { $count } dispositivos más.
}

## Tiempos relativos («hace 2 horas»), junto a la hora exacta
settings-time-just-now = ahora mismo
settings-time-soon = en menos de un minuto
settings-time-minutes-ago = { $count ->
    [one] hace { $count } minuto
   *[other] hace { $count } minutos
}
settings-time-hours-ago = { $count ->
    [one] hace { $count } hora
   *[other] hace { $count } horas
}
settings-time-days-ago = { $count ->
    [one] hace { $count } día
   *[other] hace { $count } días
}
settings-time-months-ago = { $count ->
    [one] hace { $count } mes
   *[other] hace { $count } meses
}
settings-time-years-ago = { $count ->
    [one] hace { $count } año
   *[other] hace { $count } años
}
settings-time-in-minutes = { $count ->
    [one] dentro de { $count } minuto
   *[other] dentro de { $count } minutos
}
settings-time-in-hours = { $count ->
    [one] dentro de { $count } hora
   *[other] dentro de { $count } horas
}
settings-time-in-days = { $count ->
    [one] dentro de { $count } día
   *[other] dentro de { $count } días
}

## Códigos de recuperación como archivo y vista para imprimir
title-recovery-codes = Tus códigos de recuperación
settings-codes-download = Descargar códigos
settings-codes-print = Vista para imprimir
settings-codes-print-now = Imprimir
settings-codes-back = Volver a la configuración de la cuenta
settings-codes-confirm-first = Confirma estos códigos para empezar a usarlos; después podrás descargarlos o imprimirlos.
settings-codes-file-title = Códigos de recuperación de { $product }
settings-codes-file-account = Cuenta: { $account }
settings-codes-file-date = Fecha: { $date }
settings-codes-advice = Cada código funciona una vez, cuando no tengas a mano tu segundo factor. Guárdalos en un lugar seguro y privado.

## Show-password and copy buttons (shown only where scripts run)
show-password = Mostrar contraseña
copy = Copiar
copied = Copiado

## Transitions: after signing out, after a verification
signed-out-notice = Has cerrado la sesión.
continue-to-account = Continuar a tu cuenta

## The password rule, stated before the first try
password-rule = { $count ->
    [one] Al menos { $count } carácter.
   *[other] Al menos { $count } caracteres.
}

## Ajustes: el estado con el que empieza cada sección
settings-state-verified = Verificada
settings-state-not-verified = Sin verificar
settings-state-password-set = Hay una contraseña establecida.
settings-state-connected = Conectada
settings-state-no-connected = No hay cuentas conectadas.
settings-state-totp-on = Activada: al iniciar sesión se pide un código de tu aplicación.
settings-state-totp-off = Desactivada
settings-state-lookup-on = Configurados
settings-state-lookup-off = Sin configurar
settings-state-lookup-unconfirmed = Códigos nuevos aún sin guardar: guárdalos en un lugar seguro y luego confirma.
settings-state-lookup-left = Códigos restantes: { $count }
settings-state-no-keys = Aún no hay llaves de seguridad.
settings-state-no-passkeys = Aún no hay llaves de acceso.
settings-state-added-on = Añadida el { $day }

## Ajustes: acciones nombradas por lo que hacen
settings-profile-save = Guardar perfil
settings-password-change = Cambiar contraseña
settings-provider-link = Conectar { $provider }
settings-totp-turn-on = Activar
settings-lookup-create = Crear códigos de recuperación
settings-lookup-replace = Sustituir por códigos nuevos
settings-lookup-show = Mostrar códigos de recuperación
settings-lookup-confirm = He guardado estos códigos

## Ajustes: una segunda mirada antes de quitar algo
settings-confirm-unlink-ask = Desconectar { $provider }…
settings-confirm-unlink-consequence = Ya no podrás iniciar sesión con { $provider }.
settings-confirm-unlink-button = Desconectar { $provider }
settings-confirm-totp-ask = Desactivar…
settings-confirm-totp-consequence = Al iniciar sesión ya no se pedirá un código de tu aplicación de autenticación.
settings-confirm-totp-button = Desactivar la aplicación de autenticación
settings-confirm-lookup-ask = Desactivar…
settings-confirm-lookup-consequence = Tus códigos de recuperación dejarán de funcionar.
settings-confirm-lookup-button = Desactivar los códigos de recuperación
settings-confirm-key-ask = Quitar «{ $name }»…
settings-confirm-key-consequence = Ya no podrás usar «{ $name }» para iniciar sesión.
settings-confirm-passkey-ask = Quitar «{ $name }»…
settings-confirm-passkey-consequence = Ya no podrás iniciar sesión con la llave de acceso «{ $name }».
settings-confirm-generic-ask = { $action }…
settings-confirm-generic-consequence = No se puede deshacer.

## Ajustes: lo que cambió un envío
settings-outcome-profile-saved = Perfil guardado.
settings-outcome-password-changed = Contraseña cambiada.
settings-outcome-provider-linked = { $provider } conectada.
settings-outcome-provider-unlinked = { $provider } desconectada.
settings-outcome-totp-on = Aplicación de autenticación activada.
settings-outcome-totp-off = Aplicación de autenticación desactivada.
settings-outcome-lookup-saved = Nuevos códigos de recuperación guardados.
settings-outcome-lookup-off = Códigos de recuperación desactivados.
settings-outcome-key-added = Llave de seguridad «{ $name }» añadida.
settings-outcome-key-removed = Llave de seguridad quitada.
settings-outcome-passkey-added = Llave de acceso «{ $name }» añadida.
settings-outcome-passkey-removed = Llave de acceso quitada.
