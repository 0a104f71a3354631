# Português do Brasil. As mensagens e rótulos do Kratos, pelo identificador numérico.

## Entrar (1010xxx)
kratos-1010001 = Entrar
kratos-1010002 = Entrar com { $provider }
kratos-1010003 = Confirme esta ação provando que é você.
kratos-1010004 = Conclua a segunda etapa de autenticação.
kratos-1010005 = Verificar
kratos-1010006 = Código de autenticação
kratos-1010007 = Código de recuperação
kratos-1010008 = Entrar com chave de segurança
kratos-1010009 = Usar app autenticador
kratos-1010010 = Usar um código de recuperação
kratos-1010011 = Continuar com chave de segurança
kratos-1010012 = Deixe sua chave de segurança ou outro autenticador à mão (leitor de digital, reconhecimento facial, …) e continue.
kratos-1010013 = Continuar
kratos-1010014 = Enviamos um código para o endereço informado. Se ele não chegou, confira o endereço e tente novamente.
kratos-1010015 = Enviar código de acesso
kratos-1010016 = Você tentou entrar com { $duplicate_identifier }, mas esse endereço já pertence a outra conta. Entre nessa conta com uma das opções abaixo para adicionar { $provider } como outra forma de acesso.
kratos-1010017 = Entrar e vincular
kratos-1010018 = Confirmar com { $provider }
kratos-1010019 = Solicitar um código para continuar
kratos-1010020 = Digite o código que enviamos para você.
kratos-1010021 = Entrar com chave de acesso
kratos-1010022 = Entrar com senha
kratos-1010023 = Enviar código para { $address }

## Cadastro (1040xxx)
kratos-1040001 = Cadastrar-se
kratos-1040002 = Cadastrar-se com { $provider }
kratos-1040003 = Continuar
kratos-1040004 = Cadastrar-se com chave de segurança
kratos-1040005 = Enviamos um código para o endereço informado. Se ele não chegou, confira o endereço e faça o cadastro novamente.
kratos-1040006 = Enviar código de cadastro
kratos-1040007 = Cadastrar-se com chave de acesso
kratos-1040008 = Voltar
kratos-1040009 = Escolha como você quer entrar daqui em diante.

## Configurações (1050xxx)
kratos-1050001 = Suas alterações foram salvas.
kratos-1050002 = Vincular { $provider }
kratos-1050003 = Desvincular { $provider }
kratos-1050004 = Remover app autenticador
kratos-1050005 = Código QR para o seu app autenticador
kratos-1050006 = { $secret }
kratos-1050007 = Mostrar códigos de recuperação
kratos-1050008 = Gerar novos códigos de recuperação
kratos-1050009 = { $secret }
kratos-1050010 = Estes são seus códigos de recuperação. Guarde-os em um lugar seguro.
kratos-1050011 = Confirmar códigos de recuperação
kratos-1050012 = Adicionar chave de segurança
kratos-1050013 = Nome da chave de segurança
kratos-1050014 = Usado em { $used_at }
kratos-1050015 = { $secrets }
kratos-1050016 = Desativar este método
kratos-1050017 = Este é o segredo do seu app autenticador. Digite-o no app se não conseguir ler o código QR.
kratos-1050018 = Remover chave de segurança “{ $display_name }”
kratos-1050019 = Adicionar chave de acesso
kratos-1050020 = Remover chave de acesso “{ $display_name }”

## Recuperação (1060xxx)
kratos-1060001 = { $minutes ->
    [one] Você recuperou sua conta. Altere sua senha ou configure outra forma de acesso no próximo minuto.
   *[other] Você recuperou sua conta. Altere sua senha ou configure outra forma de acesso nos próximos { $minutes } minutos.
}
kratos-1060002 = Se o endereço informado pertence a uma conta, enviamos um link de recuperação para ele. Se não chegou, confira o endereço e use o que você cadastrou.
kratos-1060003 = Se o endereço informado pertence a uma conta, enviamos um código de recuperação para ele. Se não chegou, confira o endereço e use o que você cadastrou.
kratos-1060004 = Enviamos um código de recuperação para { $masked_address }. Se não chegou, confira o endereço e use o que você cadastrou.
kratos-1060005 = Para recuperar sua conta, digite seu endereço de recuperação completo.
kratos-1060006 = Como você quer recuperar sua conta?
kratos-1060007 = Voltar

## Rótulos de campos e botões (1070xxx)
kratos-1070001 = Senha
kratos-1070002 = { $title }
kratos-1070003 = Salvar
kratos-1070004 = ID
kratos-1070005 = Enviar
kratos-1070006 = Verificar código
kratos-1070007 = E-mail
kratos-1070008 = Enviar novo código
kratos-1070009 = Continuar
kratos-1070010 = Código de recuperação
kratos-1070011 = Código de verificação
kratos-1070012 = Código de cadastro
kratos-1070013 = Código de acesso
kratos-1070014 = Entrar e vincular
kratos-1070015 = Resolva o captcha para continuar.
kratos-1070016 = Endereço de recuperação
kratos-1070017 = Número de telefone

## Verificação (1080xxx)
kratos-1080001 = Se o endereço informado pertence a uma conta, enviamos um link de verificação para ele. Se não chegou, confira o endereço.
kratos-1080002 = Seu e-mail foi verificado.
kratos-1080003 = Se o endereço informado pertence a uma conta, enviamos um código de verificação para ele. Se não chegou, confira o endereço.

## Erros de validação (4000xxx)
kratos-4000001 = { $reason }
kratos-4000002 = { $property } está faltando.
kratos-4000003 = { $min_length ->
    [one] Digite pelo menos { $min_length } caractere.
   *[other] Digite pelo menos { $min_length } caracteres.
}
kratos-4000004 = Este valor não está no formato esperado.
kratos-4000005 = Esta senha não pode ser usada: { $reason }.
kratos-4000006 = Os dados de acesso estão incorretos. Confira sua senha e seu nome de usuário, e-mail ou número de telefone.
kratos-4000007 = Já existe uma conta com este e-mail, número de telefone ou nome de usuário.
kratos-4000008 = O código de autenticação está incorreto. Tente novamente.
kratos-4000009 = Esta conta não tem identificador de acesso. Entre em contato com o suporte.
kratos-4000010 = Esta conta ainda não está ativa. Verifique seu e-mail primeiro.
kratos-4000011 = Você não configurou um app autenticador.
kratos-4000012 = Este código de recuperação já foi usado.
kratos-4000013 = Você não configurou uma chave de segurança.
kratos-4000014 = Você não configurou códigos de recuperação.
kratos-4000015 = Esta conta não existe ou não tem chave de segurança.
kratos-4000016 = Este código de recuperação não é válido.
kratos-4000017 = { $max_length ->
    [one] Digite no máximo { $max_length } caractere.
   *[other] Digite no máximo { $max_length } caracteres.
}
kratos-4000018 = O valor deve ser no mínimo { $minimum }.
kratos-4000019 = O valor deve ser maior que { $minimum }.
kratos-4000020 = O valor deve ser no máximo { $maximum }.
kratos-4000021 = O valor deve ser menor que { $maximum }.
kratos-4000022 = O valor deve ser múltiplo de { $base }.
kratos-4000023 = { $max_items ->
    [one] Escolha no máximo { $max_items } item.
   *[other] Escolha no máximo { $max_items } itens.
}
kratos-4000024 = { $min_items ->
    [one] Escolha pelo menos { $min_items } item.
   *[other] Escolha pelo menos { $min_items } itens.
}
kratos-4000025 = Cada item deve ser diferente.
kratos-4000026 = Esperado { $allowed_types }, mas recebido { $actual_type }.
kratos-4000027 = Já existe uma conta com este e-mail, número de telefone ou nome de usuário. Entre nela para vincular seu perfil social.
kratos-4000028 = Já existe uma conta com este identificador. Entre nela para continuar.
kratos-4000029 = O valor deve ser { $expected }.
kratos-4000030 = Este valor não é permitido.
kratos-4000031 = Esta senha é parecida demais com seu nome de usuário ou e-mail.
kratos-4000032 = { $min_length ->
    [one] A senha deve ter pelo menos { $min_length } caractere, mas tem { $actual_length }.
   *[other] A senha deve ter pelo menos { $min_length } caracteres, mas tem { $actual_length }.
}
kratos-4000033 = { $max_length ->
    [one] A senha deve ter no máximo { $max_length } caractere, mas tem { $actual_length }.
   *[other] A senha deve ter no máximo { $max_length } caracteres, mas tem { $actual_length }.
}
kratos-4000034 = Esta senha apareceu em vazamentos de dados e não deve mais ser usada.
kratos-4000035 = Esta conta não existe ou não configurou o acesso por código.
kratos-4000036 = Os dados informados não correspondem aos informados antes neste processo.
kratos-4000037 = Esta conta não existe ou não tem nenhuma forma de acesso configurada.
kratos-4000038 = Não foi possível verificar o captcha. Tente novamente.
kratos-4000039 = A nova senha deve ser diferente da anterior.
kratos-4000040 = Digite um e-mail válido.
kratos-4000041 = Digite um número de telefone válido.

## Erros ao entrar (4010xxx)
kratos-4010001 = { $minutes ->
    [one] O formulário de acesso expirou há { $minutes } minuto. Tente novamente.
   *[other] O formulário de acesso expirou há { $minutes } minutos. Tente novamente.
}
kratos-4010002 = Não conseguimos identificar como você quer entrar. Confira o formulário e tente novamente.
kratos-4010003 = Não conseguimos identificar como você quer se cadastrar. Confira o formulário e tente novamente.
kratos-4010004 = Não conseguimos identificar qual configuração você quer alterar. Confira o formulário e tente novamente.
kratos-4010005 = Não conseguimos identificar como você quer recuperar sua conta. Confira o formulário e tente novamente.
kratos-4010006 = Não conseguimos identificar como você quer verificar sua conta. Confira o formulário e tente novamente.
kratos-4010007 = Esta solicitação já foi concluída e não pode ser repetida.
kratos-4010008 = O código de acesso não é válido ou já foi usado. Tente novamente.
kratos-4010009 = Os dados de acesso vinculados não correspondem.
kratos-4010010 = O endereço informado não pertence a esta conta.

## Erros de cadastro (4040xxx)
kratos-4040001 = { $minutes ->
    [one] O formulário de cadastro expirou há { $minutes } minuto. Tente novamente.
   *[other] O formulário de cadastro expirou há { $minutes } minutos. Tente novamente.
}
kratos-4040002 = Esta solicitação já foi concluída e não pode ser repetida.
kratos-4040003 = O código de cadastro não é válido ou já foi usado. Tente novamente.

## Erros de configurações (4050xxx)
kratos-4050001 = { $minutes ->
    [one] O formulário de configurações expirou há { $minutes } minuto. Tente novamente.
   *[other] O formulário de configurações expirou há { $minutes } minutos. Tente novamente.
}

## Erros de recuperação (4060xxx)
kratos-4060001 = Esta solicitação já foi concluída e não pode ser repetida.
kratos-4060002 = A recuperação da conta falhou. Comece de novo.
kratos-4060003 = O link de recuperação está incompleto. Comece de novo.
kratos-4060004 = O link de recuperação não é válido ou já foi usado. Comece de novo.
kratos-4060005 = { $minutes ->
    [one] O formulário de recuperação expirou há { $minutes } minuto. Tente novamente.
   *[other] O formulário de recuperação expirou há { $minutes } minutos. Tente novamente.
}
kratos-4060006 = O código de recuperação não é válido ou já foi usado. Tente novamente.

## Erros de verificação (4070xxx)
kratos-4070001 = O link de verificação não é válido ou já foi usado. Comece de novo.
kratos-4070002 = Esta solicitação já foi concluída e não pode ser repetida.
kratos-4070003 = A verificação falhou. Comece de novo.
kratos-4070004 = O link de verificação está incompleto. Comece de novo.
kratos-4070005 = { $minutes ->
    [one] O formulário de verificação expirou há { $minutes } minuto. Tente novamente.
   *[other] O formulário de verificação expirou há { $minutes } minutos. Tente novamente.
}
kratos-4070006 = O código de verificação não é válido ou já foi usado. Tente novamente.

## Erros do sistema (5000xxx)
kratos-5000001 = { $reason }
kratos-5000002 = Nenhuma forma de acesso está disponível. Entre em contato com o administrador.
