# Português do Brasil. As palavras desta interface; as mensagens do Kratos estão em kratos.ftl.

language-name = Português (Brasil)

## Em todas as páginas
product-name = Conta
page-title = { $page } · { $product }
skip-to-content = Pular para o conteúdo
language-menu = Idioma
language-menu-apply = Alterar
signed-in-as = Conectado como
sign-out = Sair
back = Voltar
support-link = Ajuda e suporte

## Títulos das páginas
title-settings = Configurações da conta
title-login = Entrar
title-login-reauthenticate = Confirme que é você
title-login-second-factor = Segundo fator
title-registration = Criar uma conta
title-recovery = Recuperar sua conta
title-verification = Verificar seu e-mail
title-logout = Sair

## Página de configurações
settings-sections = Seções das configurações
not-yet-verified = Ainda não verificado:
verify-email-address = Verificar seu e-mail
changes-saved = Suas alterações foram salvas.
no-method = Nenhum método está disponível aqui para esta conta. Você pode voltar, abrir as configurações da conta ou sair.

## Links ao redor dos formulários de acesso
other-options = Outras opções
create-account = Criar uma conta
forgot-password = Esqueceu a senha?
back-to-sign-in = Voltar para entrar

## Sign-in and sign-up: one leading form, the way between steps and pages
or = ou
registration-continue = Continuar
signing-up-as = Criando conta como
change-identifier = Alterar
cancel-and-go-back = Cancelar

## Seções da página de configurações
settings-profile = Perfil
settings-profile-about = Os dados pelos quais sua conta é conhecida.
settings-password = Senha
settings-password-about = Escolha uma nova senha para entrar.
settings-connected = Contas conectadas
settings-connected-about = Entre com contas que você já tem em outros lugares.
settings-totp = App autenticador
settings-totp-about = Códigos de uso único de um app no seu celular, como segundo fator.
settings-lookup = Códigos de recuperação
settings-lookup-about = Códigos de uso único que deixam você entrar quando o segundo fator não está à mão.
settings-webauthn = Chaves de segurança
settings-webauthn-about = Chaves físicas ou autenticadores integrados, como segundo fator.
settings-passkey = Chaves de acesso
settings-passkey-about = Entre sem senha, com o seu dispositivo.

## Seções das páginas de acesso, cadastro, recuperação e verificação
method-connected = Continuar com
method-connected-about = Use uma conta que você já tem em outro lugar.
method-profile = Seus dados
method-profile-about = Conte para nós quem você é.
method-password = Senha
method-password-about = Use sua senha.
method-code = Código por e-mail
method-code-about = Receba um código de uso único por e-mail.
method-link = Link por e-mail
method-link-about = Receba um link por e-mail.
method-totp = App autenticador
method-totp-about = Digite o código que o app mostra.
method-lookup = Código de recuperação
method-lookup-about = Use um dos seus códigos de recuperação.
method-webauthn = Chave de segurança
method-webauthn-about = Use sua chave de segurança.
method-passkey = Chave de acesso
method-passkey-about = Use uma chave de acesso salva no seu dispositivo.
method-identifier-first = Sua conta
method-identifier-first-about = Digite seu e-mail.
method-captcha = Verificação
method-captcha-about = Mostre que você é humano.
method-default = Continuar
method-other-about = Mais opções oferecidas pelo seu serviço de identidade.

## Página de saída
logout-question = Sair?
logout-explanation = Você precisará entrar novamente para usar sua conta.
cancel = Cancelar

## Páginas de erro
error-status = Erro { $status }
error-code-label = Código do erro:
error-quote-reference = Se isso continuar acontecendo, informe esta referência:
error-back-home = Voltar para sua conta
error-start-again = Começar de novo
error-not-found = Página não encontrada
error-not-found-about = Não há nada neste endereço.
error-refused = Solicitação recusada
error-refused-about = O formulário foi enviado de outro site ou a página estava desatualizada. Volte, recarregue a página e tente novamente.
error-bad-request = Não deu certo
error-bad-request-about = Não foi possível processar a solicitação. Comece de novo.
error-upstream = Serviço de acesso indisponível
error-upstream-about = Não conseguimos falar com o serviço de contas ou ele respondeu algo inesperado. Tente novamente em instantes.
error-timeout = Serviço de acesso lento demais
error-timeout-about = O serviço de contas não respondeu a tempo. Tente novamente em instantes.
error-busy = Muita demanda no momento
error-busy-about = Esta página está com muita demanda agora e não pôde ser preparada. Tente novamente em instantes.
error-too-many-attempts = Tentativas demais
error-too-many-attempts-about = Depois de muitas tentativas em pouco tempo, o login, o cadastro e a recuperação foram pausados por um minuto para a sua conexão. Aguarde um minuto e tente novamente.
error-internal = Algo deu errado
error-internal-about = Ocorreu um erro inesperado. Tente novamente.

## Erros informados pelo Kratos (página /error)
flow-error-csrf = Tente novamente
flow-error-csrf-about = Não conseguimos confirmar que esta solicitação veio de você. Isso acontece quando um formulário fica aberto por muito tempo ou o navegador bloqueia cookies. Comece de novo e deve funcionar.
flow-error-identity-mismatch = Conta errada
flow-error-identity-mismatch-about = Esta solicitação pertence a uma conta diferente daquela com que você entrou.
flow-error-already-signed-in = Você já entrou
flow-error-already-signed-in-about = Você já está conectado.
flow-error-session-ended = Entre novamente
flow-error-session-ended-about = Sua sessão expirou ou é antiga demais para esta ação. Entre novamente para continuar.
flow-error-aal2 = Segundo fator necessário
flow-error-aal2-about = Esta ação precisa do seu segundo fator. Entre com ele para continuar.
flow-error-return-to = Redirecionamento não permitido
flow-error-return-to-about = O endereço para onde você seria levado não está na lista de endereços permitidos.
flow-error-expired = Formulário expirado
flow-error-expired-about = O formulário que você usou expirou. Comece de novo.
flow-error-browser-location = Continue no navegador
flow-error-browser-location-about = Continue na página para onde você foi redirecionado.
flow-error-client = Não deu certo
flow-error-client-about = Não foi possível concluir a solicitação. Comece de novo.
flow-error-server = Algo deu errado
flow-error-server-about = O serviço de contas teve um problema. Tente novamente em instantes.
flow-error-oauth2 = Acesso não concluído
flow-error-oauth2-denied = O acesso foi cancelado ou negado.
flow-error-oauth2-failed = Não foi possível concluir o acesso.
flow-error-unknown = Erro não encontrado
flow-error-unknown-about = Não encontramos detalhes deste erro. Talvez ele tenha expirado. Comece de novo.

## Onde você está conectado (uma seção das configurações da conta)
settings-sessions = Onde você está conectado
settings-sessions-about = Os dispositivos e navegadores conectados à sua conta. Desconecte os que você não reconhecer.
settings-sessions-state-alone = Conectado somente neste dispositivo.
settings-sessions-state-others = { $count ->
    [one] Conectado neste dispositivo e em mais { $count }.
   *[other] Conectado neste dispositivo e em mais { $count }.
}
settings-sessions-state-many = Conectado neste dispositivo e em mais de { $count } outros.
settings-sessions-state-unknown = Conectado neste dispositivo. Não foi possível carregar suas outras sessões.
settings-sessions-this-device = Este dispositivo
settings-sessions-unknown-device = Dispositivo desconhecido
settings-sessions-device = { $browser } no { $os }
settings-sessions-ip = Endereço IP
settings-sessions-location = Local
settings-sessions-signed-in = Conectado
settings-sessions-methods = Conectado com
settings-sessions-expires = Expira
settings-sessions-exact-time = { $time } UTC
settings-sessions-aal1 = um fator
settings-sessions-aal2 = dois fatores
settings-sessions-aal-unknown = nível de segurança desconhecido
settings-sessions-method-recovery = Recuperação da conta
settings-sessions-method-other = Outro método
settings-sessions-end = Desconectar este dispositivo
settings-sessions-end-others = Desconectar todos os outros dispositivos
settings-sessions-no-others = Você não está conectado em nenhum outro lugar.
settings-sessions-list-failed = Não foi possível carregar suas outras sessões agora. Recarregue a página para tentar de novo.
settings-sessions-more = Mostrar mais
settings-sessions-first-page = Voltar às mais recentes
settings-sessions-ended = Esse dispositivo foi desconectado.
settings-sessions-already-gone = Essa sessão já tinha sido encerrada.
settings-sessions-not-ended = Essa sessão não pode ser encerrada aqui.
settings-sessions-others-ended = { $count ->
    [0] Você não estava conectado em nenhum outro lugar.
    [one] { $count } outro dispositivo foi desconectado.
   *[other] { $count } outros dispositivos foram desconectados.
}

## Tempos relativos ("há 2 horas"), ao lado do horário exato
settings-time-just-now = agora mesmo
settings-time-soon = em menos de um minuto
settings-time-minutes-ago = { $count ->
    [one] há { $count } minuto
   *[other] há { $count } minutos
}
settings-time-hours-ago = { $count ->
    [one] há { $count } hora
   *[other] há { $count } horas
}
settings-time-days-ago = { $count ->
    [one] há { $count } dia
   *[other] há { $count } dias
}
settings-time-months-ago = { $count ->
    [one] há { $count } mês
   *[other] há { $count } meses
}
settings-time-years-ago = { $count ->
    [one] há { $count } ano
   *[other] há { $count } anos
}
settings-time-in-minutes = { $count ->
    [one] em { $count } minuto
   *[other] em { $count } minutos
}
settings-time-in-hours = { $count ->
    [one] em { $count } hora
   *[other] em { $count } horas
}
settings-time-in-days = { $count ->
    [one] em { $count } dia
   *[other] em { $count } dias
}

## Códigos de recuperação como arquivo e visualização para impressão
title-recovery-codes = Seus códigos de recuperação
settings-codes-download = Baixar códigos
settings-codes-print = Visualização para impressão
settings-codes-print-now = Imprimir
settings-codes-back = Voltar às configurações da conta
settings-codes-confirm-first = Confirme estes códigos para começar a usá-los; depois você poderá baixá-los ou imprimi-los.
settings-codes-file-title = Códigos de recuperação de { $product }
settings-codes-file-account = Conta: { $account }
settings-codes-file-date = Data: { $date }
settings-codes-advice = Cada código funciona uma vez, quando seu segundo fator não estiver à mão. Guarde-os em um lugar seguro e privado.

## Show-password and copy buttons (shown only where scripts run)
show-password = Mostrar senha
copy = Copiar
copied = Copiado

## Transitions: after signing out, after a verification
signed-out-notice = Você saiu da sua conta.
continue-to-account = Continuar para sua conta

## The password rule, stated before the first try
password-rule = { $count ->
    [one] Pelo menos { $count } caractere.
   *[other] Pelo menos { $count } caracteres.
}

## Configurações: o estado com que cada seção começa
settings-state-verified = Verificado
settings-state-not-verified = Não verificado
settings-state-password-set = Uma senha está definida.
settings-state-connected = Conectada
settings-state-no-connected = Nenhuma conta conectada.
settings-state-totp-on = Ativado: ao entrar, é pedido um código do seu aplicativo.
settings-state-totp-off = Desativado
settings-state-lookup-on = Configurados
settings-state-lookup-off = Não configurados
settings-state-lookup-unconfirmed = Novos códigos ainda não salvos: guarde-os em um lugar seguro e depois confirme.
settings-state-lookup-left = Códigos restantes: { $count }
settings-state-no-keys = Nenhuma chave de segurança ainda.
settings-state-no-passkeys = Nenhuma chave de acesso ainda.
settings-state-added-on = Adicionada em { $day }

## Configurações: ações nomeadas pelo que fazem
settings-profile-save = Salvar perfil
settings-password-change = Alterar senha
settings-provider-link = Conectar { $provider }
settings-totp-turn-on = Ativar
settings-lookup-create = Criar códigos de recuperação
settings-lookup-replace = Substituir por novos códigos
settings-lookup-show = Mostrar códigos de recuperação
settings-lookup-confirm = Salvei estes códigos

## Configurações: uma segunda olhada antes de remover algo
settings-confirm-unlink-ask = Desconectar { $provider }…
settings-confirm-unlink-consequence = Você não poderá mais entrar com { $provider }.
settings-confirm-unlink-button = Desconectar { $provider }
settings-confirm-totp-ask = Desativar…
settings-confirm-totp-consequence = Ao entrar, não será mais pedido um código do seu aplicativo autenticador.
settings-confirm-totp-button = Desativar o aplicativo autenticador
settings-confirm-lookup-ask = Desativar…
settings-confirm-lookup-consequence = Seus códigos de recuperação deixarão de funcionar.
settings-confirm-lookup-button = Desativar os códigos de recuperação
settings-confirm-key-ask = Remover “{ $name }”…
settings-confirm-key-consequence = Você não poderá mais usar “{ $name }” para entrar.
settings-confirm-passkey-ask = Remover “{ $name }”…
settings-confirm-passkey-consequence = Você não poderá mais entrar com a chave de acesso “{ $name }”.
settings-confirm-generic-ask = { $action }…
settings-confirm-generic-consequence = Isso não pode ser desfeito.

## Configurações: o que um envio mudou
settings-outcome-profile-saved = Perfil salvo.
settings-outcome-password-changed = Senha alterada.
settings-outcome-provider-linked = { $provider } conectada.
settings-outcome-provider-unlinked = { $provider } desconectada.
settings-outcome-totp-on = Aplicativo autenticador ativado.
settings-outcome-totp-off = Aplicativo autenticador desativado.
settings-outcome-lookup-saved = Novos códigos de recuperação salvos.
settings-outcome-lookup-off = Códigos de recuperação desativados.
settings-outcome-key-added = Chave de segurança “{ $name }” adicionada.
settings-outcome-key-removed = Chave de segurança removida.
settings-outcome-passkey-added = Chave de acesso “{ $name }” adicionada.
settings-outcome-passkey-removed = Chave de acesso removida.
