# Kratos' messages and labels, by the numeric id Kratos sends (`kratos-<id>`). The variables
# are the keys of the message's `context`; `$minutes` is derived from Kratos' timestamps.
# Ids missing here show Kratos' own English text.

## Sign-in (1010xxx)
kratos-1010001 = Sign in
kratos-1010002 = Sign in with { $provider }
kratos-1010003 = Please confirm this action by proving it is you.
kratos-1010004 = Please complete the second authentication step.
kratos-1010005 = Verify
kratos-1010006 = Authentication code
kratos-1010007 = Backup recovery code
kratos-1010008 = Sign in with security key
kratos-1010009 = Use authenticator app
kratos-1010010 = Use a backup recovery code
kratos-1010011 = Continue with security key
kratos-1010012 = Get your security key or other authenticator ready (fingerprint reader, face recognition, …), then continue.
kratos-1010013 = Continue
kratos-1010014 = We sent a code to the address you entered. If it has not arrived, check the address for typos and try again.
kratos-1010015 = Send sign-in code
kratos-1010016 = You tried to sign in with { $duplicate_identifier }, but that address already belongs to another account. Sign in to that account with one of the options below to add { $provider } as another way to sign in.
kratos-1010017 = Sign in and link
kratos-1010018 = Confirm with { $provider }
kratos-1010019 = Request a code to continue
kratos-1010020 = Enter the code we sent you.
kratos-1010021 = Sign in with passkey
kratos-1010022 = Sign in with password
kratos-1010023 = Send code to { $address }

## Sign-up (1040xxx)
kratos-1040001 = Sign up
kratos-1040002 = Sign up with { $provider }
kratos-1040003 = Continue
kratos-1040004 = Sign up with security key
kratos-1040005 = We sent a code to the address you entered. If it has not arrived, check the address for typos and sign up again.
kratos-1040006 = Send sign-up code
kratos-1040007 = Sign up with passkey
kratos-1040008 = Back
kratos-1040009 = Choose how you want to sign in from now on.

## Settings (1050xxx)
kratos-1050001 = Your changes have been saved.
kratos-1050002 = Link { $provider }
kratos-1050003 = Unlink { $provider }
kratos-1050004 = Remove authenticator app
kratos-1050005 = QR code for your authenticator app
kratos-1050006 = { $secret }
kratos-1050007 = Show backup recovery codes
kratos-1050008 = Create new backup recovery codes
kratos-1050009 = { $secret }
kratos-1050010 = These are your backup recovery codes. Keep them in a safe place.
kratos-1050011 = Confirm backup recovery codes
kratos-1050012 = Add security key
kratos-1050013 = Name of the security key
kratos-1050014 = Used on { $used_at }
kratos-1050015 = { $secrets }
kratos-1050016 = Turn off this method
kratos-1050017 = This is the secret of your authenticator app. Enter it there if you cannot scan the QR code.
kratos-1050018 = Remove security key “{ $display_name }”
kratos-1050019 = Add passkey
kratos-1050020 = Remove passkey “{ $display_name }”

## Recovery (1060xxx)
kratos-1060001 = { $minutes ->
    [one] You have recovered your account. Please change your password or set up another way to sign in within the next minute.
   *[other] You have recovered your account. Please change your password or set up another way to sign in within the next { $minutes } minutes.
}
kratos-1060002 = If the address you entered belongs to an account, we sent a recovery link to it. If it has not arrived, check the address for typos and use the one you signed up with.
kratos-1060003 = If the address you entered belongs to an account, we sent a recovery code to it. If it has not arrived, check the address for typos and use the one you signed up with.
kratos-1060004 = We sent a recovery code to { $masked_address }. If it has not arrived, check the address for typos and use the one you signed up with.
kratos-1060005 = To recover your account, enter your recovery address in full.
kratos-1060006 = How would you like to recover your account?
kratos-1060007 = Back

## Field and button labels (1070xxx)
kratos-1070001 = Password
kratos-1070002 = { $title }
kratos-1070003 = Save
kratos-1070004 = ID
kratos-1070005 = Submit
kratos-1070006 = Verify code
kratos-1070007 = Email
kratos-1070008 = Send a new code
kratos-1070009 = Continue
kratos-1070010 = Recovery code
kratos-1070011 = Verification code
kratos-1070012 = Sign-up code
kratos-1070013 = Sign-in code
kratos-1070014 = Sign in and link
kratos-1070015 = Please complete the captcha to continue.
kratos-1070016 = Recovery address
kratos-1070017 = Phone number

## Verification (1080xxx)
kratos-1080001 = If the address you entered belongs to an account, we sent a verification link to it. If it has not arrived, check the address for typos.
kratos-1080002 = Your email address is verified.
kratos-1080003 = If the address you entered belongs to an account, we sent a verification code to it. If it has not arrived, check the address for typos.

## Validation errors (4000xxx)
kratos-4000001 = { $reason }
kratos-4000002 = { $property } is missing.
kratos-4000003 = { $min_length ->
    [one] Enter at least one character.
   *[other] Enter at least { $min_length } characters.
}
kratos-4000004 = This value does not have the expected format.
kratos-4000005 = This password cannot be used: { $reason }.
kratos-4000006 = The sign-in details are not correct. Check your password and your username, email address or phone number for typos.
kratos-4000007 = An account with this email address, phone number or username already exists.
kratos-4000008 = The authentication code is not correct. Please try again.
kratos-4000009 = This account has no sign-in identifier. Please contact support.
kratos-4000010 = This account is not active yet. Please verify your email address first.
kratos-4000011 = You have not set up an authenticator app.
kratos-4000012 = This backup recovery code has already been used.
kratos-4000013 = You have not set up a security key.
kratos-4000014 = You have not set up backup recovery codes.
kratos-4000015 = This account does not exist or has no security key.
kratos-4000016 = This backup recovery code is not valid.
kratos-4000017 = { $max_length ->
    [one] Enter at most one character.
   *[other] Enter at most { $max_length } characters.
}
kratos-4000018 = The value must be at least { $minimum }.
kratos-4000019 = The value must be greater than { $minimum }.
kratos-4000020 = The value must be at most { $maximum }.
kratos-4000021 = The value must be less than { $maximum }.
kratos-4000022 = The value must be a multiple of { $base }.
kratos-4000023 = { $max_items ->
    [one] Choose at most one item.
   *[other] Choose at most { $max_items } items.
}
kratos-4000024 = { $min_items ->
    [one] Choose at least one item.
   *[other] Choose at least { $min_items } items.
}
kratos-4000025 = Each item must be different.
kratos-4000026 = Expected { $allowed_types }, but got { $actual_type }.
kratos-4000027 = An account with this email address, phone number or username already exists. Sign in to it to link your social profile.
kratos-4000028 = An account with this identifier already exists. Sign in to it to continue.
kratos-4000029 = The value must be { $expected }.
kratos-4000030 = This value is not allowed.
kratos-4000031 = This password is too similar to your username or email address.
kratos-4000032 = { $min_length ->
    [one] The password must be at least one character long, but it has { $actual_length }.
   *[other] The password must be at least { $min_length } characters long, but it has { $actual_length }.
}
kratos-4000033 = { $max_length ->
    [one] The password must be at most one character long, but it has { $actual_length }.
   *[other] The password must be at most { $max_length } characters long, but it has { $actual_length }.
}
kratos-4000034 = This password has appeared in data breaches and must not be used any more.
kratos-4000035 = This account does not exist or has not set up sign-in with a code.
kratos-4000036 = The details you entered do not match those given earlier in this process.
kratos-4000037 = This account does not exist or has no way to sign in set up.
kratos-4000038 = The captcha could not be verified. Please try again.
kratos-4000039 = The new password must be different from the old one.
kratos-4000040 = Enter a valid email address.
kratos-4000041 = Enter a valid phone number.

## Sign-in errors (4010xxx)
kratos-4010001 = { $minutes ->
    [one] The sign-in form expired a minute ago. Please try again.
   *[other] The sign-in form expired { $minutes } minutes ago. Please try again.
}
kratos-4010002 = We could not tell how you want to sign in. Please check the form and try again.
kratos-4010003 = We could not tell how you want to sign up. Please check the form and try again.
kratos-4010004 = We could not tell which setting you want to change. Please check the form and try again.
kratos-4010005 = We could not tell how you want to recover your account. Please check the form and try again.
kratos-4010006 = We could not tell how you want to verify your account. Please check the form and try again.
kratos-4010007 = This request has already been completed and cannot be repeated.
kratos-4010008 = The sign-in code is not valid or has already been used. Please try again.
kratos-4010009 = The linked sign-in details do not match.
kratos-4010010 = The address you entered does not belong to this account.

## Sign-up errors (4040xxx)
kratos-4040001 = { $minutes ->
    [one] The sign-up form expired a minute ago. Please try again.
   *[other] The sign-up form expired { $minutes } minutes ago. Please try again.
}
kratos-4040002 = This request has already been completed and cannot be repeated.
kratos-4040003 = The sign-up code is not valid or has already been used. Please try again.

## Settings errors (4050xxx)
kratos-4050001 = { $minutes ->
    [one] The settings form expired a minute ago. Please try again.
   *[other] The settings form expired { $minutes } minutes ago. Please try again.
}

## Recovery errors (4060xxx)
kratos-4060001 = This request has already been completed and cannot be repeated.
kratos-4060002 = The account recovery failed. Please start again.
kratos-4060003 = The recovery link is incomplete. Please start again.
kratos-4060004 = The recovery link is not valid or has already been used. Please start again.
kratos-4060005 = { $minutes ->
    [one] The recovery form expired a minute ago. Please try again.
   *[other] The recovery form expired { $minutes } minutes ago. Please try again.
}
kratos-4060006 = The recovery code is not valid or has already been used. Please try again.

## Verification errors (4070xxx)
kratos-4070001 = The verification link is not valid or has already been used. Please start again.
kratos-4070002 = This request has already been completed and cannot be repeated.
kratos-4070003 = The verification failed. Please start again.
kratos-4070004 = The verification link is incomplete. Please start again.
kratos-4070005 = { $minutes ->
    [one] The verification form expired a minute ago. Please try again.
   *[other] The verification form expired { $minutes } minutes ago. Please try again.
}
kratos-4070006 = The verification code is not valid or has already been used. Please try again.

## System errors (5000xxx)
kratos-5000001 = { $reason }
kratos-5000002 = No sign-in methods are available. Please contact the administrator.
