# Español. Los mensajes y etiquetas de Kratos, por su identificador numérico.

## Inicio de sesión (1010xxx)
kratos-1010001 = Iniciar sesión
kratos-1010002 = Iniciar sesión con { $provider }
kratos-1010003 = Confirma esta acción demostrando que eres tú.
kratos-1010004 = Completa el segundo paso de autenticación.
kratos-1010005 = Verificar
kratos-1010006 = Código de autenticación
kratos-1010007 = Código de recuperación
kratos-1010008 = Iniciar sesión con llave de seguridad
kratos-1010009 = Usar aplicación de autenticación
kratos-1010010 = Usar un código de recuperación
kratos-1010011 = Continuar con llave de seguridad
kratos-1010012 = Ten a mano tu llave de seguridad u otro autenticador (lector de huellas, reconocimiento facial, …) y continúa.
kratos-1010013 = Continuar
kratos-1010014 = Hemos enviado un código a la dirección que has indicado. Si no te ha llegado, revisa la dirección y vuelve a intentarlo.
kratos-1010015 = Enviar código de acceso
kratos-1010016 = Has intentado iniciar sesión con { $duplicate_identifier }, pero esa dirección ya pertenece a otra cuenta. Inicia sesión en esa cuenta con una de las opciones siguientes para añadir { $provider } como otra forma de acceder.
kratos-1010017 = Iniciar sesión y vincular
kratos-1010018 = Confirmar con { $provider }
kratos-1010019 = Solicitar un código para continuar
kratos-1010020 = Introduce el código que te hemos enviado.
kratos-1010021 = Iniciar sesión con llave de acceso
kratos-1010022 = Iniciar sesión con contraseña
kratos-1010023 = Enviar código a { $address }

## Registro (1040xxx)
kratos-1040001 = Registrarse
kratos-1040002 = Registrarse con { $provider }
kratos-1040003 = Continuar
kratos-1040004 = Registrarse con llave de seguridad
kratos-1040005 = Hemos enviado un código a la dirección que has indicado. Si no te ha llegado, revisa la dirección y vuelve a registrarte.
kratos-1040006 = Enviar código de registro
kratos-1040007 = Registrarse con llave de acceso
kratos-1040008 = Volver
kratos-1040009 = Elige cómo quieres iniciar sesión a partir de ahora.

## Configuración (1050xxx)
kratos-1050001 = Se han guardado los cambios.
kratos-1050002 = Vincular { $provider }
kratos-1050003 = Desvincular { $provider }
kratos-1050004 = Quitar la aplicación de autenticación
kratos-1050005 = Código QR para tu aplicación de autenticación
kratos-1050006 = { $secret }
kratos-1050007 = Mostrar códigos de recuperación
kratos-1050008 = Generar nuevos códigos de recuperación
kratos-1050009 = { $secret }
kratos-1050010 = Estos son tus códigos de recuperación. Guárdalos en un lugar seguro.
kratos-1050011 = Confirmar códigos de recuperación
kratos-1050012 = Añadir llave de seguridad
kratos-1050013 = Nombre de la llave de seguridad
kratos-1050014 = Usado el { $used_at }
kratos-1050015 = { $secrets }
kratos-1050016 = Desactivar este método
kratos-1050017 = Este es el secreto de tu aplicación de autenticación. Introdúcelo en ella si no puedes escanear el código QR.
kratos-1050018 = Quitar la llave de seguridad «{ $display_name }»
kratos-1050019 = Añadir llave de acceso
kratos-1050020 = Quitar la llave de acceso «{ $display_name }»

## Recuperación (1060xxx)
kratos-1060001 = { $minutes ->
    [one] Has recuperado tu cuenta. Cambia tu contraseña o configura otra forma de iniciar sesión en el próximo minuto.
   *[other] Has recuperado tu cuenta. Cambia tu contraseña o configura otra forma de iniciar sesión en los próximos { $minutes } minutos.
}
kratos-1060002 = Si la dirección indicada pertenece a una cuenta, le hemos enviado un enlace de recuperación. Si no te ha llegado, revisa la dirección y usa la que registraste.
kratos-1060003 = Si la dirección indicada pertenece a una cuenta, le hemos enviado un código de recuperación. Si no te ha llegado, revisa la dirección y usa la que registraste.
kratos-1060004 = Hemos enviado un código de recuperación a { $masked_address }. Si no te ha llegado, revisa la dirección y usa la que registraste.
kratos-1060005 = Para recuperar tu cuenta, introduce tu dirección de recuperación completa.
kratos-1060006 = ¿Cómo quieres recuperar tu cuenta?
kratos-1060007 = Volver

## Etiquetas de campos y botones (1070xxx)
kratos-1070001 = Contraseña
kratos-1070002 = { $title }
kratos-1070003 = Guardar
kratos-1070004 = ID
kratos-1070005 = Enviar
kratos-1070006 = Verificar código
kratos-1070007 = Correo electrónico
kratos-1070008 = Enviar un código nuevo
kratos-1070009 = Continuar
kratos-1070010 = Código de recuperación
kratos-1070011 = Código de verificación
kratos-1070012 = Código de registro
kratos-1070013 = Código de acceso
kratos-1070014 = Iniciar sesión y vincular
kratos-1070015 = Completa el captcha para continuar.
kratos-1070016 = Dirección de recuperación
kratos-1070017 = Número de teléfono

## Verificación (1080xxx)
kratos-1080001 = Si la dirección indicada pertenece a una cuenta, le hemos enviado un enlace de verificación. Si no te ha llegado, revisa la dirección.
kratos-1080002 = Tu correo electrónico está verificado.
kratos-1080003 = Si la dirección indicada pertenece a una cuenta, le hemos enviado un código de verificación. Si no te ha llegado, revisa la dirección.

## Errores de validación (4000xxx)
kratos-4000001 = { $reason }
kratos-4000002 = Falta { $property }.
kratos-4000003 = { $min_length ->
    [one] Introduce al menos { $min_length } carácter.
   *[other] Introduce al menos { $min_length } caracteres.
}
kratos-4000004 = Este valor no tiene el formato esperado.
kratos-4000005 = Esta contraseña no se puede usar: { $reason }.
kratos-4000006 = Los datos de acceso no son correctos. Revisa tu contraseña y tu nombre de usuario, correo electrónico o número de teléfono.
kratos-4000007 = Ya existe una cuenta con este correo electrónico, número de teléfono o nombre de usuario.
kratos-4000008 = El código de autenticación no es correcto. Vuelve a intentarlo.
kratos-4000009 = Esta cuenta no tiene ningún identificador de acceso. Ponte en contacto con el soporte.
kratos-4000010 = Esta cuenta aún no está activa. Verifica primero tu correo electrónico.
kratos-4000011 = No has configurado ninguna aplicación de autenticación.
kratos-4000012 = Este código de recuperación ya se ha usado.
kratos-4000013 = No has configurado ninguna llave de seguridad.
kratos-4000014 = No has configurado códigos de recuperación.
kratos-4000015 = Esta cuenta no existe o no tiene llave de seguridad.
kratos-4000016 = Este código de recuperación no es válido.
kratos-4000017 = { $max_length ->
    [one] Introduce como máximo { $max_length } carácter.
   *[other] Introduce como máximo { $max_length } caracteres.
}
kratos-4000018 = El valor debe ser como mínimo { $minimum }.
kratos-4000019 = El valor debe ser mayor que { $minimum }.
kratos-4000020 = El valor debe ser como máximo { $maximum }.
kratos-4000021 = El valor debe ser menor que { $maximum }.
kratos-4000022 = El valor debe ser múltiplo de { $base }.
kratos-4000023 = { $max_items ->
    [one] Elige como máximo { $max_items } elemento.
   *[other] Elige como máximo { $max_items } elementos.
}
kratos-4000024 = { $min_items ->
    [one] Elige al menos { $min_items } elemento.
   *[other] Elige al menos { $min_items } elementos.
}
kratos-4000025 = Cada elemento debe ser distinto.
kratos-4000026 = Se esperaba { $allowed_types }, pero se ha recibido { $actual_type }.
kratos-4000027 = Ya existe una cuenta con este correo electrónico, número de teléfono o nombre de usuario. Inicia sesión en ella para vincular tu perfil social.
kratos-4000028 = Ya existe una cuenta con este identificador. Inicia sesión en ella para continuar.
kratos-4000029 = El valor debe ser { $expected }.
kratos-4000030 = Este valor no está permitido.
kratos-4000031 = Esta contraseña se parece demasiado a tu nombre de usuario o correo electrónico.
kratos-4000032 = { $min_length ->
    [one] La contraseña debe tener al menos { $min_length } carácter, pero tiene { $actual_length }.
   *[other] La contraseña debe tener al menos { $min_length } caracteres, pero tiene { $actual_length }.
}
kratos-4000033 = { $max_length ->
    [one] La contraseña debe tener como máximo { $max_length } carácter, pero tiene { $actual_length }.
   *[other] La contraseña debe tener como máximo { $max_length } caracteres, pero tiene { $actual_length }.
}
kratos-4000034 = Esta contraseña ha aparecido en filtraciones de datos y ya no debe usarse.
kratos-4000035 = Esta cuenta no existe o no tiene configurado el acceso con código.
kratos-4000036 = Los datos introducidos no coinciden con los indicados antes en este proceso.
kratos-4000037 = Esta cuenta no existe o no tiene ninguna forma de acceso configurada.
kratos-4000038 = No se ha podido verificar el captcha. Vuelve a intentarlo.
kratos-4000039 = La nueva contraseña debe ser distinta de la anterior.
kratos-4000040 = Introduce un correo electrónico válido.
kratos-4000041 = Introduce un número de teléfono válido.

## Errores de inicio de sesión (4010xxx)
kratos-4010001 = { $minutes ->
    [one] El formulario de inicio de sesión caducó hace { $minutes } minuto. Vuelve a intentarlo.
   *[other] El formulario de inicio de sesión caducó hace { $minutes } minutos. Vuelve a intentarlo.
}
kratos-4010002 = No hemos podido saber cómo quieres iniciar sesión. Revisa el formulario y vuelve a intentarlo.
kratos-4010003 = No hemos podido saber cómo quieres registrarte. Revisa el formulario y vuelve a intentarlo.
kratos-4010004 = No hemos podido saber qué ajuste quieres cambiar. Revisa el formulario y vuelve a intentarlo.
kratos-4010005 = No hemos podido saber cómo quieres recuperar tu cuenta. Revisa el formulario y vuelve a intentarlo.
kratos-4010006 = No hemos podido saber cómo quieres verificar tu cuenta. Revisa el formulario y vuelve a intentarlo.
kratos-4010007 = Esta solicitud ya se completó y no se puede repetir.
kratos-4010008 = El código de acceso no es válido o ya se ha usado. Vuelve a intentarlo.
kratos-4010009 = Los datos de acceso vinculados no coinciden.
kratos-4010010 = La dirección que has introducido no pertenece a esta cuenta.

## Errores de registro (4040xxx)
kratos-4040001 = { $minutes ->
    [one] El formulario de registro caducó hace { $minutes } minuto. Vuelve a intentarlo.
   *[other] El formulario de registro caducó hace { $minutes } minutos. Vuelve a intentarlo.
}
kratos-4040002 = Esta solicitud ya se completó y no se puede repetir.
kratos-4040003 = El código de registro no es válido o ya se ha usado. Vuelve a intentarlo.

## Errores de configuración (4050xxx)
kratos-4050001 = { $minutes ->
    [one] El formulario de configuración caducó hace { $minutes } minuto. Vuelve a intentarlo.
   *[other] El formulario de configuración caducó hace { $minutes } minutos. Vuelve a intentarlo.
}

## Errores de recuperación (4060xxx)
kratos-4060001 = Esta solicitud ya se completó y no se puede repetir.
kratos-4060002 = La recuperación de la cuenta ha fallado. Empieza de nuevo.
kratos-4060003 = El enlace de recuperación está incompleto. Empieza de nuevo.
kratos-4060004 = El enlace de recuperación no es válido o ya se ha usado. Empieza de nuevo.
kratos-4060005 = { $minutes ->
    [one] El formulario de recuperación caducó hace { $minutes } minuto. Vuelve a intentarlo.
   *[other] El formulario de recuperación caducó hace { $minutes } minutos. Vuelve a intentarlo.
}
kratos-4060006 = El código de recuperación no es válido o ya se ha usado. Vuelve a intentarlo.

## Errores de verificación (4070xxx)
kratos-4070001 = El enlace de verificación no es válido o ya se ha usado. Empieza de nuevo.
kratos-4070002 = Esta solicitud ya se completó y no se puede repetir.
kratos-4070003 = La verificación ha fallado. Empieza de nuevo.
kratos-4070004 = El enlace de verificación está incompleto. Empieza de nuevo.
kratos-4070005 = { $minutes ->
    [one] El formulario de verificación caducó hace { $minutes } minuto. Vuelve a intentarlo.
   *[other] El formulario de verificación caducó hace { $minutes } minutos. Vuelve a intentarlo.
}
kratos-4070006 = El código de verificación no es válido o ya se ha usado. Vuelve a intentarlo.

## Errores del sistema (5000xxx)
kratos-5000001 = { $reason }
kratos-5000002 = No hay ningún método de acceso disponible. Ponte en contacto con el administrador.
