# 日本語。この画面の言葉。Kratos のメッセージは kratos.ftl にあります。

language-name = 日本語

## すべてのページ
product-name = アカウント
page-title = { $page } · { $product }
skip-to-content = 本文へ移動
language-menu = 言語
language-menu-apply = 変更
signed-in-as = ログイン中:
sign-out = ログアウト
back = 戻る
support-link = ヘルプとサポート

## ページのタイトル
title-settings = アカウント設定
title-login = ログイン
title-login-reauthenticate = 本人確認
title-login-second-factor = 2 段階目の認証
title-registration = アカウントを作成
title-recovery = アカウントの復旧
title-verification = メールアドレスの確認
title-logout = ログアウト

## 設定ページ
settings-sections = 設定の項目
not-yet-verified = 未確認:
verify-email-address = メールアドレスを確認する
changes-saved = 変更を保存しました。
no-method = このアカウントでここで使える方法はありません。戻る、アカウント設定を開く、またはサインアウトできます。

## ログインフォームまわりのリンク
other-options = その他のオプション
create-account = アカウントを作成
forgot-password = パスワードをお忘れですか?
back-to-sign-in = ログインに戻る

## Sign-in and sign-up: one leading form, the way between steps and pages
or = または
registration-continue = 次へ
signing-up-as = 登録するアカウント
change-identifier = 変更
cancel-and-go-back = キャンセル

## 設定ページの項目
settings-profile = プロフィール
settings-profile-about = アカウントの登録情報です。
settings-password = パスワード
settings-password-about = ログインに使う新しいパスワードを設定します。
settings-connected = 連携アカウント
settings-connected-about = 他のサービスのアカウントでログインできます。
settings-totp = 認証アプリ
settings-totp-about = スマートフォンのアプリが表示するワンタイムコードを 2 段階目の認証に使います。
settings-lookup = リカバリーコード
settings-lookup-about = 2 段階目の認証手段が手元にないときにログインできる使い捨てのコードです。
settings-webauthn = セキュリティキー
settings-webauthn-about = ハードウェアキーや内蔵の認証機能を 2 段階目の認証に使います。
settings-passkey = パスキー
settings-passkey-about = パスワードを使わず、お使いのデバイスでログインします。

## ログイン・登録・復旧・確認ページの項目
method-connected = 次のサービスで続行
method-connected-about = 他のサービスのアカウントを使います。
method-profile = お客様の情報
method-profile-about = お名前などを入力してください。
method-password = パスワード
method-password-about = パスワードを使います。
method-code = メールでコードを受け取る
method-code-about = ワンタイムコードをメールで受け取ります。
method-link = メールでリンクを受け取る
method-link-about = リンクをメールで受け取ります。
method-totp = 認証アプリ
method-totp-about = アプリに表示されたコードを入力してください。
method-lookup = リカバリーコード
method-lookup-about = リカバリーコードのいずれかを使います。
method-webauthn = セキュリティキー
method-webauthn-about = セキュリティキーを使います。
method-passkey = パスキー
method-passkey-about = デバイスに保存されたパスキーを使います。
method-identifier-first = アカウント
method-identifier-first-about = メールアドレスを入力してください。
method-captcha = 確認
method-captcha-about = ロボットでないことを確認します。
method-default = 続行
method-other-about = ID サービスが提供するその他の方法です。

## ログアウトページ
logout-question = ログアウトしますか?
logout-explanation = アカウントを使うには、もう一度ログインする必要があります。
cancel = キャンセル

## エラーページ
error-status = エラー { $status }
error-code-label = エラーコード:
error-quote-reference = 問題が続く場合は、次の参照番号をお伝えください:
error-back-home = アカウントに戻る
error-start-again = 最初からやり直す
error-not-found = ページが見つかりません
error-not-found-about = このアドレスには何もありません。
error-refused = リクエストが拒否されました
error-refused-about = フォームが別のサイトから送信されたか、ページが古すぎます。前のページに戻り、再読み込みしてからもう一度お試しください。
error-bad-request = うまくいきませんでした
error-bad-request-about = リクエストを処理できませんでした。最初からやり直してください。
error-upstream = ログインサービスを利用できません
error-upstream-about = アカウントサービスに接続できないか、予期しない応答がありました。しばらくしてからもう一度お試しください。
error-timeout = ログインサービスの応答が遅すぎます
error-timeout-about = アカウントサービスが時間内に応答しませんでした。しばらくしてからもう一度お試しください。
error-busy = 現在混み合っています
error-busy-about = 現在このページへのアクセスが集中しているため、表示を準備できませんでした。しばらくしてからもう一度お試しください。
error-too-many-attempts = 試行回数が多すぎます
error-too-many-attempts-about = 短時間に何度も試行されたため、お使いの接続からのサインイン、登録、アカウント復旧を1分間停止しています。1分待ってから、もう一度お試しください。
error-internal = 問題が発生しました
error-internal-about = 予期しないエラーが発生しました。もう一度お試しください。

## Kratos が報告するエラー (/error ページ)
flow-error-csrf = もう一度お試しください
flow-error-csrf-about = このリクエストがご本人からのものであることを確認できませんでした。フォームを長時間開いたままにした場合や、ブラウザが Cookie をブロックしている場合に起こります。最初からやり直すと解決するはずです。
flow-error-identity-mismatch = 別のアカウントです
flow-error-identity-mismatch-about = このリクエストは、現在ログインしているアカウントとは別のアカウントのものです。
flow-error-already-signed-in = ログイン済みです
flow-error-already-signed-in-about = すでにログインしています。
flow-error-session-ended = ログインしてください
flow-error-session-ended-about = セッションが切れたか、この操作には古すぎます。続けるにはもう一度ログインしてください。
flow-error-aal2 = 2 段階目の認証が必要です
flow-error-aal2-about = この操作には 2 段階目の認証が必要です。続けるにはその方法でログインしてください。
flow-error-return-to = リダイレクトは許可されていません
flow-error-return-to-about = 戻り先のアドレスが、許可されたアドレスの一覧にありません。
flow-error-expired = フォームの有効期限切れ
flow-error-expired-about = お使いのフォームは有効期限が切れています。最初からやり直してください。
flow-error-browser-location = ブラウザで続けてください
flow-error-browser-location-about = 移動先のページで続けてください。
flow-error-client = うまくいきませんでした
flow-error-client-about = リクエストを完了できませんでした。最初からやり直してください。
flow-error-server = 問題が発生しました
flow-error-server-about = アカウントサービスで問題が発生しました。しばらくしてからもう一度お試しください。
flow-error-oauth2 = ログインが完了していません
flow-error-oauth2-denied = ログインはキャンセルまたは拒否されました。
flow-error-oauth2-failed = ログインを完了できませんでした。
flow-error-unknown = エラーが見つかりません
flow-error-unknown-about = このエラーの詳細が見つかりませんでした。期限切れの可能性があります。最初からやり直してください。

## ログイン中の場所（アカウント設定の一部）
settings-sessions = ログイン中の場所
settings-sessions-about = あなたのアカウントにログインしているデバイスとブラウザです。心当たりのないものはログアウトしてください。
settings-sessions-state-alone = このデバイスでのみログインしています。
settings-sessions-state-others = { $count ->
   *[other] このデバイスとほかの { $count } 台でログインしています。
}
settings-sessions-state-many = このデバイスとほかの { $count } 台以上でログインしています。
settings-sessions-state-unknown = このデバイスでログインしています。ほかのセッションを読み込めませんでした。
settings-sessions-this-device = このデバイス
settings-sessions-unknown-device = 不明なデバイス
settings-sessions-device = { $os } の { $browser }
settings-sessions-ip = IP アドレス
settings-sessions-location = 場所
settings-sessions-signed-in = ログイン
settings-sessions-methods = ログイン方法
settings-sessions-expires = 有効期限
settings-sessions-exact-time = { $time } UTC
settings-sessions-aal1 = 1 要素
settings-sessions-aal2 = 2 要素
settings-sessions-aal-unknown = 安全性レベル不明
settings-sessions-method-recovery = アカウントの復旧
settings-sessions-method-other = その他の方法
settings-sessions-end = このデバイスをログアウト
settings-sessions-end-others = ほかのすべてのデバイスをログアウト
settings-sessions-no-others = ほかの場所ではログインしていません。
settings-sessions-list-failed = ほかのセッションを現在読み込めません。ページを再読み込みして、もう一度お試しください。
settings-sessions-more = さらに表示
settings-sessions-first-page = 最新に戻る
settings-sessions-ended = そのデバイスをログアウトしました。
settings-sessions-already-gone = そのセッションはすでに終了していました。
settings-sessions-not-ended = このセッションはここでは終了できません。
settings-sessions-others-ended = { $count ->
    [0] ほかの場所ではログインしていませんでした。
   *[other] ほかの { $count } 台のデバイスをログアウトしました。
}

## 相対時刻（「2 時間前」）、正確な時刻と並べて表示
settings-time-just-now = たった今
settings-time-soon = 1 分以内
settings-time-minutes-ago = { $count ->
   *[other] { $count } 分前
}
settings-time-hours-ago = { $count ->
   *[other] { $count } 時間前
}
settings-time-days-ago = { $count ->
   *[other] { $count } 日前
}
settings-time-months-ago = { $count ->
   *[other] { $count } か月前
}
settings-time-years-ago = { $count ->
   *[other] { $count } 年前
}
settings-time-in-minutes = { $count ->
   *[other] { $count } 分後
}
settings-time-in-hours = { $count ->
   *[other] { $count } 時間後
}
settings-time-in-days = { $count ->
   *[other] { $count } 日後
}

## リカバリーコードをファイルと印刷用表示で
title-recovery-codes = リカバリーコード
settings-codes-download = コードをダウンロード
settings-codes-print = 印刷用表示
settings-codes-print-now = 印刷
settings-codes-back = アカウント設定に戻る
settings-codes-confirm-first = 使い始めるには、まずこれらのコードを確定してください。その後ダウンロードや印刷ができます。
settings-codes-file-title = { $product } のリカバリーコード
settings-codes-file-account = アカウント: { $account }
settings-codes-file-date = 日付: { $date }
settings-codes-advice = 各コードは、2 要素目が手元にないときに 1 回だけ使えます。安全で人目につかない場所に保管してください。

## Show-password and copy buttons (shown only where scripts run)
show-password = パスワードを表示
copy = コピー
copied = コピーしました

## Transitions: after signing out, after a verification
signed-out-notice = サインアウトしました。
continue-to-account = アカウントへ進む

## The password rule, stated before the first try
password-rule = { $count ->
   *[other] { $count } 文字以上。
}

## 設定：各セクションの冒頭に示す状態
settings-state-verified = 確認済み
settings-state-not-verified = 未確認
settings-state-password-set = パスワードが設定されています。
settings-state-connected = 連携済み
settings-state-no-connected = 連携しているアカウントはありません。
settings-state-totp-on = オン：サインイン時にアプリのコードを求めます。
settings-state-totp-off = オフ
settings-state-lookup-on = 設定済み
settings-state-lookup-off = 未設定
settings-state-lookup-unconfirmed = 新しいコードはまだ保存されていません。安全な場所に保管してから確認してください。
settings-state-lookup-left = 残りのコード：{ $count }
settings-state-no-keys = セキュリティキーはまだありません。
settings-state-no-passkeys = パスキーはまだありません。
settings-state-added-on = { $day } に追加

## 設定：内容がわかる名前の操作
settings-profile-save = プロフィールを保存
settings-password-change = パスワードを変更
settings-provider-link = { $provider } と連携
settings-totp-turn-on = オンにする
settings-lookup-create = リカバリーコードを作成
settings-lookup-replace = 新しいコードに置き換える
settings-lookup-show = リカバリーコードを表示
settings-lookup-confirm = これらのコードを保存しました

## 設定：削除の前の確認
settings-confirm-unlink-ask = { $provider } の連携を解除…
settings-confirm-unlink-consequence = { $provider } でサインインできなくなります。
settings-confirm-unlink-button = { $provider } の連携を解除
settings-confirm-totp-ask = オフにする…
settings-confirm-totp-consequence = サインイン時に認証アプリのコードを求めなくなります。
settings-confirm-totp-button = 認証アプリをオフにする
settings-confirm-lookup-ask = オフにする…
settings-confirm-lookup-consequence = リカバリーコードは使えなくなります。
settings-confirm-lookup-button = リカバリーコードをオフにする
settings-confirm-key-ask = 「{ $name }」を削除…
settings-confirm-key-consequence = 「{ $name }」でサインインできなくなります。
settings-confirm-passkey-ask = 「{ $name }」を削除…
settings-confirm-passkey-consequence = パスキー「{ $name }」でサインインできなくなります。
settings-confirm-generic-ask = { $action }…
settings-confirm-generic-consequence = 元に戻すことはできません。

## 設定：送信で変わったこと
settings-outcome-profile-saved = プロフィールを保存しました。
settings-outcome-password-changed = パスワードを変更しました。
settings-outcome-provider-linked = { $provider } と連携しました。
settings-outcome-provider-unlinked = { $provider } の連携を解除しました。
settings-outcome-totp-on = 認証アプリをオンにしました。
settings-outcome-totp-off = 認証アプリをオフにしました。
settings-outcome-lookup-saved = 新しいリカバリーコードを保存しました。
settings-outcome-lookup-off = リカバリーコードをオフにしました。
settings-outcome-key-added = セキュリティキー「{ $name }」を追加しました。
settings-outcome-key-removed = セキュリティキーを削除しました。
settings-outcome-passkey-added = パスキー「{ $name }」を追加しました。
settings-outcome-passkey-removed = パスキーを削除しました。
