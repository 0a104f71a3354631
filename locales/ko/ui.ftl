# 한국어. 이 화면의 문구입니다. Kratos 메시지는 kratos.ftl에 있습니다.

language-name = 한국어

## 모든 페이지
product-name = 계정
page-title = { $page } · { $product }
skip-to-content = 본문으로 건너뛰기
language-menu = 언어
language-menu-apply = 변경
signed-in-as = 로그인한 계정:
sign-out = 로그아웃
back = 뒤로
support-link = 도움말 및 지원

## 페이지 제목
title-settings = 계정 설정
title-login = 로그인
title-login-reauthenticate = 본인 확인
title-login-second-factor = 2단계 인증
title-registration = 계정 만들기
title-recovery = 계정 복구
title-verification = 이메일 주소 인증
title-logout = 로그아웃

## 설정 페이지
settings-sections = 설정 항목
not-yet-verified = 아직 인증되지 않음:
verify-email-address = 이메일 주소 인증하기
changes-saved = 변경 사항이 저장되었습니다.
no-method = 이 계정으로 여기에서 사용할 수 있는 방법이 없습니다. 뒤로 가거나 계정 설정을 열거나 로그아웃할 수 있습니다.

## 로그인 양식 주변 링크
other-options = 다른 방법
create-account = 계정 만들기
forgot-password = 비밀번호를 잊으셨나요?
back-to-sign-in = 로그인으로 돌아가기

## Sign-in and sign-up: one leading form, the way between steps and pages
or = 또는
registration-continue = 계속
signing-up-as = 가입 계정
change-identifier = 변경
cancel-and-go-back = 취소

## 설정 페이지 항목
settings-profile = 프로필
settings-profile-about = 계정에 등록된 정보입니다.
settings-password = 비밀번호
settings-password-about = 로그인에 사용할 새 비밀번호를 정하세요.
settings-connected = 연결된 계정
settings-connected-about = 다른 서비스에 있는 계정으로 로그인하세요.
settings-totp = 인증 앱
settings-totp-about = 휴대폰 앱의 일회용 코드를 2단계 인증에 사용합니다.
settings-lookup = 복구 코드
settings-lookup-about = 2단계 인증 수단을 쓸 수 없을 때 로그인할 수 있는 일회용 코드입니다.
settings-webauthn = 보안 키
settings-webauthn-about = 하드웨어 키나 기기에 내장된 인증 수단을 2단계 인증에 사용합니다.
settings-passkey = 패스키
settings-passkey-about = 비밀번호 없이 기기로 로그인합니다.

## 로그인·가입·복구·인증 페이지 항목
method-connected = 다음으로 계속
method-connected-about = 다른 서비스에 있는 계정을 사용하세요.
method-profile = 내 정보
method-profile-about = 어떤 분인지 알려 주세요.
method-password = 비밀번호
method-password-about = 비밀번호를 사용합니다.
method-code = 이메일 코드
method-code-about = 일회용 코드를 이메일로 받습니다.
method-link = 이메일 링크
method-link-about = 링크를 이메일로 받습니다.
method-totp = 인증 앱
method-totp-about = 앱에 표시된 코드를 입력하세요.
method-lookup = 복구 코드
method-lookup-about = 복구 코드 중 하나를 사용합니다.
method-webauthn = 보안 키
method-webauthn-about = 보안 키를 사용합니다.
method-passkey = 패스키
method-passkey-about = 기기에 저장된 패스키를 사용합니다.
method-identifier-first = 내 계정
method-identifier-first-about = 이메일 주소를 입력하세요.
method-captcha = 확인
method-captcha-about = 사람임을 확인해 주세요.
method-default = 계속
method-other-about = ID 서비스가 제공하는 다른 방법입니다.

## 로그아웃 페이지
logout-question = 로그아웃할까요?
logout-explanation = 계정을 사용하려면 다시 로그인해야 합니다.
cancel = 취소

## 오류 페이지
error-status = 오류 { $status }
error-code-label = 오류 코드:
error-quote-reference = 문제가 계속되면 이 참조 번호를 알려 주세요:
error-back-home = 내 계정으로 돌아가기
error-start-again = 처음부터 다시 하기
error-not-found = 페이지를 찾을 수 없습니다
error-not-found-about = 이 주소에는 아무것도 없습니다.
error-refused = 요청이 거부되었습니다
error-refused-about = 양식이 다른 사이트에서 전송되었거나 페이지가 너무 오래되었습니다. 돌아가서 페이지를 새로고침한 후 다시 시도하세요.
error-bad-request = 처리되지 않았습니다
error-bad-request-about = 요청을 처리할 수 없습니다. 처음부터 다시 시도하세요.
error-upstream = 로그인 서비스를 사용할 수 없습니다
error-upstream-about = 계정 서비스에 연결할 수 없거나 예상하지 못한 응답을 받았습니다. 잠시 후 다시 시도하세요.
error-timeout = 로그인 서비스 응답이 너무 느립니다
error-timeout-about = 계정 서비스가 제시간에 응답하지 않았습니다. 잠시 후 다시 시도하세요.
error-busy = 지금은 요청이 많습니다
error-busy-about = 지금 이 페이지에 요청이 몰려 페이지를 준비하지 못했습니다. 잠시 후 다시 시도하세요.
error-too-many-attempts = 시도 횟수가 너무 많습니다
error-too-many-attempts-about = 짧은 시간에 여러 번 시도하여 현재 연결에서 로그인, 가입, 계정 복구가 1분 동안 일시 중지되었습니다. 1분 후에 다시 시도하세요.
error-internal = 문제가 발생했습니다
error-internal-about = 예기치 않은 오류가 발생했습니다. 다시 시도하세요.

## Kratos가 알려 주는 오류 (/error 페이지)
flow-error-csrf = 다시 시도하세요
flow-error-csrf-about = 이 요청이 본인에게서 왔는지 확인할 수 없습니다. 양식을 너무 오래 열어 두었거나 브라우저가 쿠키를 차단하면 이런 일이 생깁니다. 처음부터 다시 하면 해결됩니다.
flow-error-identity-mismatch = 다른 계정입니다
flow-error-identity-mismatch-about = 이 요청은 현재 로그인한 계정이 아닌 다른 계정의 것입니다.
flow-error-already-signed-in = 이미 로그인되어 있습니다
flow-error-already-signed-in-about = 이미 로그인한 상태입니다.
flow-error-session-ended = 로그인하세요
flow-error-session-ended-about = 세션이 만료되었거나 이 작업을 하기에는 너무 오래되었습니다. 계속하려면 다시 로그인하세요.
flow-error-aal2 = 2단계 인증이 필요합니다
flow-error-aal2-about = 이 작업에는 2단계 인증이 필요합니다. 계속하려면 해당 수단으로 로그인하세요.
flow-error-return-to = 허용되지 않은 이동입니다
flow-error-return-to-about = 돌아갈 주소가 허용된 주소 목록에 없습니다.
flow-error-expired = 양식이 만료되었습니다
flow-error-expired-about = 사용한 양식이 만료되었습니다. 처음부터 다시 시도하세요.
flow-error-browser-location = 브라우저에서 계속하세요
flow-error-browser-location-about = 이동한 페이지에서 계속 진행하세요.
flow-error-client = 처리되지 않았습니다
flow-error-client-about = 요청을 완료할 수 없습니다. 처음부터 다시 시도하세요.
flow-error-server = 문제가 발생했습니다
flow-error-server-about = 계정 서비스에 문제가 생겼습니다. 잠시 후 다시 시도하세요.
flow-error-oauth2 = 로그인이 완료되지 않았습니다
flow-error-oauth2-denied = 로그인이 취소되었거나 거부되었습니다.
flow-error-oauth2-failed = 로그인을 완료할 수 없습니다.
flow-error-unknown = 오류를 찾을 수 없습니다
flow-error-unknown-about = 이 오류에 대한 정보를 찾을 수 없습니다. 만료되었을 수 있습니다. 처음부터 다시 시도하세요.

## 로그인된 곳 (계정 설정의 한 부분)
settings-sessions = 로그인된 곳
settings-sessions-about = 계정에 로그인된 기기와 브라우저입니다. 알아보지 못하는 항목은 로그아웃하세요.
settings-sessions-state-alone = 이 기기에서만 로그인되어 있습니다.
settings-sessions-state-others = { $count ->
   *[other] 이 기기와 다른 기기 { $count }대에 로그인되어 있습니다.
}
settings-sessions-state-many = 이 기기와 다른 기기 { $count }대 이상에 로그인되어 있습니다.
settings-sessions-state-unknown = 이 기기에 로그인되어 있습니다. 다른 세션을 불러오지 못했습니다.
settings-sessions-this-device = 이 기기
settings-sessions-unknown-device = 알 수 없는 기기
settings-sessions-device = { $os }의 { $browser }
settings-sessions-ip = IP 주소
settings-sessions-location = 위치
settings-sessions-signed-in = 로그인
settings-sessions-methods = 로그인 방법
settings-sessions-expires = 만료
settings-sessions-exact-time = { $time } UTC
settings-sessions-aal1 = 1단계 인증
settings-sessions-aal2 = 2단계 인증
settings-sessions-aal-unknown = 보안 수준 알 수 없음
settings-sessions-method-recovery = 계정 복구
settings-sessions-method-other = 다른 방법
settings-sessions-end = 이 기기 로그아웃
settings-sessions-end-others = 다른 모든 기기 로그아웃
settings-sessions-no-others = 다른 곳에는 로그인되어 있지 않습니다.
settings-sessions-list-failed = 지금은 다른 세션을 불러올 수 없습니다. 페이지를 새로 고쳐 다시 시도하세요.
settings-sessions-more = 더 보기
settings-sessions-first-page = 최신 항목으로 돌아가기
settings-sessions-ended = 해당 기기를 로그아웃했습니다.
settings-sessions-already-gone = 해당 세션은 이미 종료되었습니다.
settings-sessions-not-ended = 이 세션은 여기에서 종료할 수 없습니다.
settings-sessions-others-ended = { $count ->
    [0] 다른 곳에는 로그인되어 있지 않았습니다.
   *[other] 다른 기기 { $count }대를 로그아웃했습니다.
}

## 상대 시간("2시간 전"), 정확한 시간과 함께 표시
settings-time-just-now = 방금
settings-time-soon = 1분 이내
settings-time-minutes-ago = { $count ->
   *[other] { $count }분 전
}
settings-time-hours-ago = { $count ->
   *[other] { $count }시간 전
}
settings-time-days-ago = { $count ->
   *[other] { $count }일 전
}
settings-time-months-ago = { $count ->
   *[other] { $count }개월 전
}
settings-time-years-ago = { $count ->
   *[other] { $count }년 전
}
settings-time-in-minutes = { $count ->
   *[other] { $count }분 후
}
settings-time-in-hours = { $count ->
   *[other] { $count }시간 후
}
settings-time-in-days = { $count ->
   *[other] { $count }일 후
}

## 복구 코드 파일 및 인쇄 화면
title-recovery-codes = 복구 코드
settings-codes-download = 코드 다운로드
settings-codes-print = 인쇄 화면
settings-codes-print-now = 인쇄
settings-codes-back = 계정 설정으로 돌아가기
settings-codes-confirm-first = 이 코드를 사용하려면 먼저 확인하세요. 그다음 다운로드하거나 인쇄할 수 있습니다.
settings-codes-file-title = { $product } 복구 코드
settings-codes-file-account = 계정: { $account }
settings-codes-file-date = 날짜: { $date }
settings-codes-advice = 각 코드는 두 번째 인증 수단을 쓸 수 없을 때 한 번만 사용할 수 있습니다. 안전하고 남이 볼 수 없는 곳에 보관하세요.

## Show-password and copy buttons (shown only where scripts run)
show-password = 비밀번호 표시
copy = 복사
copied = 복사됨

## Transitions: after signing out, after a verification
signed-out-notice = 로그아웃했습니다.
continue-to-account = 내 계정으로 계속

## The password rule, stated before the first try
password-rule = { $count ->
   *[other] { $count }자 이상.
}

## 설정: 각 섹션 맨 앞에 보이는 상태
settings-state-verified = 인증됨
settings-state-not-verified = 인증되지 않음
settings-state-password-set = 비밀번호가 설정되어 있습니다.
settings-state-connected = 연결됨
settings-state-no-connected = 연결된 계정이 없습니다.
settings-state-totp-on = 켜짐: 로그인할 때 앱의 코드를 요청합니다.
settings-state-totp-off = 꺼짐
settings-state-lookup-on = 설정됨
settings-state-lookup-off = 설정되지 않음
settings-state-lookup-unconfirmed = 새 코드가 아직 저장되지 않았습니다. 안전한 곳에 보관한 뒤 확인하세요.
settings-state-lookup-left = 남은 코드: { $count }
settings-state-no-keys = 아직 보안 키가 없습니다.
settings-state-no-passkeys = 아직 패스키가 없습니다.
settings-state-added-on = { $day }에 추가됨

## 설정: 하는 일을 이름으로 한 동작
settings-profile-save = 프로필 저장
settings-password-change = 비밀번호 변경
settings-provider-link = { $provider } 연결
settings-totp-turn-on = 켜기
settings-lookup-create = 복구 코드 만들기
settings-lookup-replace = 새 코드로 바꾸기
settings-lookup-show = 복구 코드 보기
settings-lookup-confirm = 이 코드를 저장했습니다

## 설정: 제거하기 전 한 번 더 확인
settings-confirm-unlink-ask = { $provider } 연결 해제…
settings-confirm-unlink-consequence = 더 이상 { $provider }(으)로 로그인할 수 없습니다.
settings-confirm-unlink-button = { $provider } 연결 해제
settings-confirm-totp-ask = 끄기…
settings-confirm-totp-consequence = 로그인할 때 더 이상 인증 앱의 코드를 요청하지 않습니다.
settings-confirm-totp-button = 인증 앱 끄기
settings-confirm-lookup-ask = 끄기…
settings-confirm-lookup-consequence = 복구 코드가 더 이상 작동하지 않습니다.
settings-confirm-lookup-button = 복구 코드 끄기
settings-confirm-key-ask = “{ $name }” 제거…
settings-confirm-key-consequence = 더 이상 “{ $name }”(으)로 로그인할 수 없습니다.
settings-confirm-passkey-ask = “{ $name }” 제거…
settings-confirm-passkey-consequence = 더 이상 패스키 “{ $name }”(으)로 로그인할 수 없습니다.
settings-confirm-generic-ask = { $action }…
settings-confirm-generic-consequence = 되돌릴 수 없습니다.

## 설정: 제출로 바뀐 것
settings-outcome-profile-saved = 프로필을 저장했습니다.
settings-outcome-password-changed = 비밀번호를 변경했습니다.
settings-outcome-provider-linked = { $provider }을(를) 연결했습니다.
settings-outcome-provider-unlinked = { $provider } 연결을 해제했습니다.
settings-outcome-totp-on = 인증 앱을 켰습니다.
settings-outcome-totp-off = 인증 앱을 껐습니다.
settings-outcome-lookup-saved = 새 복구 코드를 저장했습니다.
settings-outcome-lookup-off = 복구 코드를 껐습니다.
settings-outcome-key-added = 보안 키 “{ $name }”을(를) 추가했습니다.
settings-outcome-key-removed = 보안 키를 제거했습니다.
settings-outcome-passkey-added = 패스키 “{ $name }”을(를) 추가했습니다.
settings-outcome-passkey-removed = 패스키를 제거했습니다.
