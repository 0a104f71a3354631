# The words this UI adds around Kratos' own messages. A new word goes here (and into the same
# file of every other locale); templates ask for it with `l.t("id")`, Rust with `Localizer::t`.

# The language's name in itself, for the language menu.
language-name = English

## Every page
product-name = Account
page-title = { $page } · { $product }
skip-to-content = Skip to content
language-menu = Language
language-menu-apply = Change
signed-in-as = Signed in as
sign-out = Sign out
back = Back
support-link = Help and support

## Page titles
title-settings = Account settings
title-login = Sign in
title-login-reauthenticate = Confirm it’s you
title-login-second-factor = Second factor
title-registration = Create an account
title-recovery = Recover your account
title-verification = Verify your email address
title-logout = Sign out

## Settings page
settings-sections = Settings sections
not-yet-verified = Not yet verified:
verify-email-address = Verify your email address
changes-saved = Your changes have been saved.
no-method = No method is available here for this account. You can go back, open your account settings or sign out.

## Links around the sign-in forms
other-options = Other options
create-account = Create an account
forgot-password = Forgot your password?
back-to-sign-in = Back to sign in

## Sign-in and sign-up: one leading form, the way between steps and pages
or = or
registration-continue = Continue
signing-up-as = Signing up as
change-identifier = Change
cancel-and-go-back = Cancel

## Sections of the settings page
settings-profile = Profile
settings-profile-about = The details your account is known by.
settings-password = Password
settings-password-about = Choose a new password to sign in with.
settings-connected = Connected accounts
settings-connected-about = Sign in with accounts you already have elsewhere.
settings-totp = Authenticator app
settings-totp-about = One-time codes from an app on your phone, as a second factor.
settings-lookup = Recovery codes
settings-lookup-about = Single-use codes that let you in when your second factor is out of reach.
settings-webauthn = Security keys
settings-webauthn-about = Hardware keys or built-in authenticators, as a second factor.
settings-passkey = Passkeys
settings-passkey-about = Sign in without a password, with your device.

## Sections of the sign-in, sign-up, recovery and verification pages
method-connected = Continue with
method-connected-about = Use an account you already have elsewhere.
method-profile = Your details
method-profile-about = Tell us who you are.
method-password = Password
method-password-about = Use your password.
method-code = Email code
method-code-about = Receive a one-time code by email.
method-link = Email link
method-link-about = Receive a link by email.
method-totp = Authenticator app
method-totp-about = Enter the code your app shows.
method-lookup = Recovery code
method-lookup-about = Use one of your recovery codes.
method-webauthn = Security key
method-webauthn-about = Use your security key.
method-passkey = Passkey
method-passkey-about = Use a passkey stored on your device.
method-identifier-first = Your account
method-identifier-first-about = Enter your email address.
method-captcha = Verification
method-captcha-about = Show that you are human.
method-default = Continue
method-other-about = More options provided by your identity server.

## Sign-out page
logout-question = Sign out?
logout-explanation = You will need to sign in again to use your account.
cancel = Cancel

## Error pages
error-status = Error { $status }
error-code-label = Error code:
error-quote-reference = If this keeps happening, quote this reference:
error-back-home = Back to your account
error-start-again = Start again
error-not-found = Page not found
error-not-found-about = There is nothing at this address.
error-refused = Request refused
error-refused-about = The form was sent from another site, or the page was too old. Go back, reload the page and try again.
error-bad-request = That did not work
error-bad-request-about = The request could not be handled. Please start again.
error-upstream = Sign-in service unavailable
error-upstream-about = We could not reach the account service or it answered something unexpected. Please try again in a moment.
error-timeout = Sign-in service too slow
error-timeout-about = The account service did not answer in time. Please try again in a moment.
error-busy = Too busy right now
error-busy-about = This page is in high demand at the moment and could not be prepared. Please try again in a moment.
error-too-many-attempts = Too many attempts
error-too-many-attempts-about = Sign-in, sign-up and recovery are paused for a minute for your connection, after many tries in a short time. Wait a minute, then try again.
error-internal = Something went wrong
error-internal-about = An unexpected error occurred. Please try again.

## Errors Kratos reports (the /error page)
flow-error-csrf = Please try again
flow-error-csrf-about = We could not confirm that this request came from you. This happens when a form stays open too long or your browser blocks cookies. Start again and it should work.
flow-error-identity-mismatch = Wrong account
flow-error-identity-mismatch-about = This request belongs to a different account than the one you are signed in with.
flow-error-already-signed-in = Already signed in
flow-error-already-signed-in-about = You are already signed in.
flow-error-session-ended = Please sign in
flow-error-session-ended-about = Your session has ended or is too old for this action. Sign in again to continue.
flow-error-aal2 = Second factor required
flow-error-aal2-about = This action needs your second factor. Sign in with it to continue.
flow-error-return-to = Redirect not allowed
flow-error-return-to-about = The address you were to be sent back to is not on the list of allowed addresses.
flow-error-expired = Form expired
flow-error-expired-about = The form you used has expired. Please start again.
flow-error-browser-location = Continue in your browser
flow-error-browser-location-about = Please continue where you were sent.
flow-error-client = That did not work
flow-error-client-about = The request could not be completed. Please start again.
flow-error-server = Something went wrong
flow-error-server-about = The account service ran into a problem. Please try again in a moment.
flow-error-oauth2 = Sign-in not completed
flow-error-oauth2-denied = The sign-in was cancelled or denied.
flow-error-oauth2-failed = The sign-in could not be completed.
flow-error-unknown = Error not found
flow-error-unknown-about = We could not find details of this error. It may have expired. Please start again.

## Where you're signed in (a section of the settings page)
settings-sessions = Where you’re signed in
settings-sessions-about = The devices and browsers signed in to your account. Sign out any you do not recognise.
settings-sessions-state-alone = Signed in on this device only.
settings-sessions-state-others = { $count ->
    [one] Signed in on this device and { $count } other.
   *[other] Signed in on this device and { $count } others.
}
settings-sessions-state-many = Signed in on this device and more than { $count } others.
settings-sessions-state-unknown = Signed in on this device. Your other sessions could not be loaded.
settings-sessions-this-device = This device
settings-sessions-unknown-device = Unknown device
settings-sessions-device = { $browser } on { $os }
settings-sessions-ip = IP address
settings-sessions-location = Location
settings-sessions-signed-in = Signed in
settings-sessions-methods = Signed in with
settings-sessions-expires = Expires
settings-sessions-exact-time = { $time } UTC
settings-sessions-aal1 = one factor
settings-sessions-aal2 = two factors
settings-sessions-aal-unknown = unknown strength
settings-sessions-method-recovery = Account recovery
settings-sessions-method-other = Another method
settings-sessions-end = Sign out this device
settings-sessions-end-others = Sign out all other devices
settings-sessions-no-others = You are not signed in anywhere else.
settings-sessions-list-failed = Your other sessions could not be loaded right now. Reload the page to try again.
settings-sessions-more = Show more
settings-sessions-first-page = Back to the most recent
settings-sessions-ended = That device has been signed out.
settings-sessions-already-gone = That session had already ended.
settings-sessions-not-ended = That session could not be ended here.
settings-sessions-others-ended = { $count ->
    [0] You were not signed in anywhere else.
    [one] Signed out of { $count } other device.
   *[other] Signed out of { $count } other devices.
}

## Relative times ("2 hours ago"), beside the exact time
settings-time-just-now = just now
settings-time-soon = in less than a minute
settings-time-minutes-ago = { $count ->
    [one] { $count } minute ago
   *[other] { $count } minutes ago
}
settings-time-hours-ago = { $count ->
    [one] { $count } hour ago
   *[other] { $count } hours ago
}
settings-time-days-ago = { $count ->
    [one] { $count } day ago
   *[other] { $count } days ago
}
settings-time-months-ago = { $count ->
    [one] { $count } month ago
   *[other] { $count } months ago
}
settings-time-years-ago = { $count ->
    [one] { $count } year ago
   *[other] { $count } years ago
}
settings-time-in-minutes = { $count ->
    [one] in { $count } minute
   *[other] in { $count } minutes
}
settings-time-in-hours = { $count ->
    [one] in { $count } hour
   *[other] in { $count } hours
}
settings-time-in-days = { $count ->
    [one] in { $count } day
   *[other] in { $count } days
}

## Recovery codes as a file and a print view
title-recovery-codes = Your recovery codes
settings-codes-download = Download codes
settings-codes-print = Print view
settings-codes-print-now = Print
settings-codes-back = Back to your account settings
settings-codes-confirm-first = Confirm these codes to start using them; then you can download or print them.
settings-codes-file-title = { $product } recovery codes
settings-codes-file-account = Account: { $account }
settings-codes-file-date = Date: { $date }
settings-codes-advice = Each code works once, when your second factor is out of reach. Keep them somewhere safe and private.

## Show-password and copy buttons (shown only where scripts run)
show-password = Show password
copy = Copy
copied = Copied

## Transitions: after signing out, after a verification
signed-out-notice = You have signed out.
continue-to-account = Continue to your account

## The password rule, stated before the first try
password-rule = { $count ->
    [one] At least { $count } character.
   *[other] At least { $count } characters.
}

## Settings: the state each section leads with
settings-state-verified = Verified
settings-state-not-verified = Not verified
settings-state-password-set = A password is set.
settings-state-connected = Connected
settings-state-no-connected = No accounts connected.
settings-state-totp-on = On: signing in asks for a code from your app.
settings-state-totp-off = Off
settings-state-lookup-on = Set up
settings-state-lookup-off = Not set up
settings-state-lookup-unconfirmed = New codes not saved yet: keep them somewhere safe, then confirm.
settings-state-lookup-left = Codes left: { $count }
settings-state-no-keys = No security keys yet.
settings-state-no-passkeys = No passkeys yet.
settings-state-added-on = Added { $day }

## Settings: actions, named by what they do
settings-profile-save = Save profile
settings-password-change = Change password
settings-provider-link = Connect { $provider }
settings-totp-turn-on = Turn on
settings-lookup-create = Create recovery codes
settings-lookup-replace = Replace with new codes
settings-lookup-show = Show recovery codes
settings-lookup-confirm = I have saved these codes

## Settings: a second look before anything is removed
settings-confirm-unlink-ask = Disconnect { $provider }…
settings-confirm-unlink-consequence = You will no longer be able to sign in with { $provider }.
settings-confirm-unlink-button = Disconnect { $provider }
settings-confirm-totp-ask = Turn off…
settings-confirm-totp-consequence = Signing in will no longer ask for a code from your authenticator app.
settings-confirm-totp-button = Turn off authenticator app
settings-confirm-lookup-ask = Turn off…
settings-confirm-lookup-consequence = Your recovery codes will stop working.
settings-confirm-lookup-button = Turn off recovery codes
settings-confirm-key-ask = Remove “{ $name }”…
settings-confirm-key-consequence = You will no longer be able to use “{ $name }” to sign in.
settings-confirm-passkey-ask = Remove “{ $name }”…
settings-confirm-passkey-consequence = You will no longer be able to sign in with the passkey “{ $name }”.
settings-confirm-generic-ask = { $action }…
settings-confirm-generic-consequence = This cannot be undone.

## Settings: what a submit changed
settings-outcome-profile-saved = Profile saved.
settings-outcome-password-changed = Password changed.
settings-outcome-provider-linked = { $provider } connected.
settings-outcome-provider-unlinked = { $provider } disconnected.
settings-outcome-totp-on = Authenticator app turned on.
settings-outcome-totp-off = Authenticator app turned off.
settings-outcome-lookup-saved = New recovery codes saved.
settings-outcome-lookup-off = Recovery codes turned off.
settings-outcome-key-added = Security key “{ $name }” added.
settings-outcome-key-removed = Security key removed.
settings-outcome-passkey-added = Passkey “{ $name }” added.
settings-outcome-passkey-removed = Passkey removed.
