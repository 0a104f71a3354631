# 简体中文。本界面的文字；Kratos 的消息在 kratos.ftl 中。

language-name = 简体中文

## 每个页面
product-name = 账户
page-title = { $page } · { $product }
skip-to-content = 跳到正文
language-menu = 语言
language-menu-apply = 切换
signed-in-as = 当前登录：
sign-out = 退出登录
back = 返回
support-link = 帮助与支持

## 页面标题
title-settings = 账户设置
title-login = 登录
title-login-reauthenticate = 确认是您本人
title-login-second-factor = 第二重验证
title-registration = 创建账户
title-recovery = 恢复账户
title-verification = 验证电子邮箱
title-logout = 退出登录

## 设置页面
settings-sections = 设置分区
not-yet-verified = 尚未验证：
verify-email-address = 验证电子邮箱
changes-saved = 您的更改已保存。
no-method = 此账户在这里没有可用的方式。您可以返回、打开账户设置或退出登录。

## 登录表单旁的链接
other-options = 其他选项
create-account = 创建账户
forgot-password = 忘记密码？
back-to-sign-in = 返回登录

## Sign-in and sign-up: one leading form, the way between steps and pages
or = 或
registration-continue = 继续
signing-up-as = 注册账号
change-identifier = 更改
cancel-and-go-back = 取消

## 设置页面的分区
settings-profile = 个人资料
settings-profile-about = 您的账户所使用的资料。
settings-password = 密码
settings-password-about = 设置一个新的登录密码。
settings-connected = 已关联的账户
settings-connected-about = 使用您在其他地方已有的账户登录。
settings-totp = 身份验证器应用
settings-totp-about = 使用手机应用生成的一次性验证码作为第二重验证。
settings-lookup = 恢复码
settings-lookup-about = 一次性验证码，在第二重验证方式不在手边时让您登录。
settings-webauthn = 安全密钥
settings-webauthn-about = 使用硬件密钥或内置验证器作为第二重验证。
settings-passkey = 通行密钥
settings-passkey-about = 无需密码，使用您的设备登录。

## 登录、注册、恢复和验证页面的分区
method-connected = 继续使用
method-connected-about = 使用您在其他地方已有的账户。
method-profile = 您的信息
method-profile-about = 请告诉我们您是谁。
method-password = 密码
method-password-about = 使用您的密码。
method-code = 邮件验证码
method-code-about = 通过电子邮件接收一次性验证码。
method-link = 邮件链接
method-link-about = 通过电子邮件接收链接。
method-totp = 身份验证器应用
method-totp-about = 输入应用中显示的验证码。
method-lookup = 恢复码
method-lookup-about = 使用您的一个恢复码。
method-webauthn = 安全密钥
method-webauthn-about = 使用您的安全密钥。
method-passkey = 通行密钥
method-passkey-about = 使用保存在您设备上的通行密钥。
method-identifier-first = 您的账户
method-identifier-first-about = 输入您的电子邮箱地址。
method-captcha = 人机验证
method-captcha-about = 请证明您不是机器人。
method-default = 继续
method-other-about = 您的身份服务提供的更多选项。

## 退出登录页面
logout-question = 要退出登录吗？
logout-explanation = 退出后，您需要重新登录才能使用账户。
cancel = 取消

## 错误页面
error-status = 错误 { $status }
error-code-label = 错误代码：
error-quote-reference = 如果问题持续出现，请提供此参考编号：
error-back-home = 返回您的账户
error-start-again = 重新开始
error-not-found = 找不到页面
error-not-found-about = 此地址没有任何内容。
error-refused = 请求被拒绝
error-refused-about = 该表单来自其他网站，或页面已过期。请返回，刷新页面后重试。
error-bad-request = 操作未成功
error-bad-request-about = 无法处理该请求。请重新开始。
error-upstream = 登录服务不可用
error-upstream-about = 无法连接账户服务，或其返回了意外的响应。请稍后重试。
error-timeout = 登录服务响应过慢
error-timeout-about = 账户服务未能及时响应。请稍后重试。
error-busy = 当前访问量过大
error-busy-about = 此页面当前访问量过大，未能准备好。请稍后重试。
error-too-many-attempts = 尝试次数过多
error-too-many-attempts-about = 由于短时间内尝试次数过多，您的连接的登录、注册和账户恢复已暂停一分钟。请等待一分钟后重试。
error-internal = 出现问题
error-internal-about = 发生了意外错误。请重试。

## Kratos 报告的错误（/error 页面）
flow-error-csrf = 请重试
flow-error-csrf-about = 我们无法确认此请求是由您发出的。表单打开时间过长或浏览器阻止 Cookie 时会出现这种情况。重新开始即可。
flow-error-identity-mismatch = 账户不符
flow-error-identity-mismatch-about = 此请求属于另一个账户，而不是您当前登录的账户。
flow-error-already-signed-in = 已登录
flow-error-already-signed-in-about = 您已经登录。
flow-error-session-ended = 请登录
flow-error-session-ended-about = 您的会话已过期，或对于此操作来说过旧。请重新登录以继续。
flow-error-aal2 = 需要第二重验证
flow-error-aal2-about = 此操作需要第二重验证。请用它登录以继续。
flow-error-return-to = 不允许重定向
flow-error-return-to-about = 要返回的地址不在允许的地址列表中。
flow-error-expired = 表单已过期
flow-error-expired-about = 您使用的表单已过期。请重新开始。
flow-error-browser-location = 在浏览器中继续
flow-error-browser-location-about = 请在跳转到的页面继续操作。
flow-error-client = 操作未成功
flow-error-client-about = 无法完成该请求。请重新开始。
flow-error-server = 出现问题
flow-error-server-about = 账户服务出现问题。请稍后重试。
flow-error-oauth2 = 登录未完成
flow-error-oauth2-denied = 登录已被取消或拒绝。
flow-error-oauth2-failed = 无法完成登录。
flow-error-unknown = 找不到该错误
flow-error-unknown-about = 找不到此错误的详细信息，它可能已过期。请重新开始。

## 登录位置（账户设置的一部分）
settings-sessions = 登录位置
settings-sessions-about = 已登录你账户的设备和浏览器。如有不认识的，请将其退出登录。
settings-sessions-state-alone = 仅在此设备上登录。
settings-sessions-state-others = { $count ->
   *[other] 已在此设备及其他 { $count } 台设备上登录。
}
settings-sessions-state-many = 已在此设备及其他超过 { $count } 台设备上登录。
settings-sessions-state-unknown = 已在此设备上登录。无法加载你的其他会话。
settings-sessions-this-device = 此设备
settings-sessions-unknown-device = 未知设备
settings-sessions-device = { $os } 上的 { $browser }
settings-sessions-ip = IP 地址
settings-sessions-location = 位置
settings-sessions-signed-in = 登录时间
settings-sessions-methods = 登录方式
settings-sessions-expires = 过期时间
settings-sessions-exact-time = { $time } UTC
settings-sessions-aal1 = 单因素
settings-sessions-aal2 = 双因素
settings-sessions-aal-unknown = 安全级别未知
settings-sessions-method-recovery = 账户恢复
settings-sessions-method-other = 其他方式
settings-sessions-end = 退出此设备
settings-sessions-end-others = 退出所有其他设备
settings-sessions-no-others = 你没有在其他地方登录。
settings-sessions-list-failed = 暂时无法加载你的其他会话。请刷新页面重试。
settings-sessions-more = 显示更多
settings-sessions-first-page = 返回最新
settings-sessions-ended = 该设备已退出登录。
settings-sessions-already-gone = 该会话已经结束。
settings-sessions-not-ended = 无法在此结束该会话。
settings-sessions-others-ended = { $count ->
    [0] 你没有在其他地方登录。
   *[other] 已退出其他 { $count } 台设备。
}

## 相对时间（“2 小时前”），与准确时间一同显示
settings-time-just-now = 刚刚
settings-time-soon = 不到一分钟后
settings-time-minutes-ago = { $count ->
   *[other] { $count } 分钟前
}
settings-time-hours-ago = { $count ->
   *[other] { $count } 小时前
}
settings-time-days-ago = { $count ->
   *[other] { $count } 天前
}
settings-time-months-ago = { $count ->
   *[other] { $count } 个月前
}
settings-time-years-ago = { $count ->
   *[other] { $count } 年前
}
settings-time-in-minutes = { $count ->
   *[other] { $count } 分钟后
}
settings-time-in-hours = { $count ->
   *[other] { $count } 小时后
}
settings-time-in-days = { $count ->
   *[other] { $count } 天后
}

## 恢复码文件与打印视图
title-recovery-codes = 你的恢复码
settings-codes-download = 下载恢复码
settings-codes-print = 打印视图
settings-codes-print-now = 打印
settings-codes-back = 返回账户设置
settings-codes-confirm-first = 请先确认这些恢复码才能开始使用；之后即可下载或打印。
settings-codes-file-title = { $product } 恢复码
settings-codes-file-account = 账户：{ $account }
settings-codes-file-date = 日期：{ $date }
settings-codes-advice = 每个恢复码只能使用一次，用于第二因素不在手边时。请将它们保存在安全、私密的地方。

## Show-password and copy buttons (shown only where scripts run)
show-password = 显示密码
copy = 复制
copied = 已复制

## Transitions: after signing out, after a verification
signed-out-notice = 您已退出登录。
continue-to-account = 继续前往您的账户

## The password rule, stated before the first try
password-rule = { $count ->
   *[other] 至少 { $count } 个字符。
}

## 设置：每个部分开头显示的状态
settings-state-verified = 已验证
settings-state-not-verified = 未验证
settings-state-password-set = 已设置密码。
settings-state-connected = 已关联
settings-state-no-connected = 没有关联的账户。
settings-state-totp-on = 已开启：登录时需要输入应用中的验证码。
settings-state-totp-off = 已关闭
settings-state-lookup-on = 已设置
settings-state-lookup-off = 未设置
settings-state-lookup-unconfirmed = 新的恢复码尚未保存：请妥善保管，然后确认。
settings-state-lookup-left = 剩余恢复码：{ $count }
settings-state-no-keys = 还没有安全密钥。
settings-state-no-passkeys = 还没有通行密钥。
settings-state-added-on = 添加于 { $day }

## 设置：按作用命名的操作
settings-profile-save = 保存个人资料
settings-password-change = 更改密码
settings-provider-link = 关联 { $provider }
settings-totp-turn-on = 开启
settings-lookup-create = 创建恢复码
settings-lookup-replace = 换成新的恢复码
settings-lookup-show = 显示恢复码
settings-lookup-confirm = 我已保存这些恢复码

## 设置：删除前再确认一次
settings-confirm-unlink-ask = 取消关联 { $provider }…
settings-confirm-unlink-consequence = 你将无法再使用 { $provider } 登录。
settings-confirm-unlink-button = 取消关联 { $provider }
settings-confirm-totp-ask = 关闭…
settings-confirm-totp-consequence = 登录时将不再要求输入身份验证器应用中的验证码。
settings-confirm-totp-button = 关闭身份验证器应用
settings-confirm-lookup-ask = 关闭…
settings-confirm-lookup-consequence = 你的恢复码将失效。
settings-confirm-lookup-button = 关闭恢复码
settings-confirm-key-ask = 删除“{ $name }”…
settings-confirm-key-consequence = 你将无法再使用“{ $name }”登录。
settings-confirm-passkey-ask = 删除“{ $name }”…
settings-confirm-passkey-consequence = 你将无法再使用通行密钥“{ $name }”登录。
settings-confirm-generic-ask = { $action }…
settings-confirm-generic-consequence = 此操作无法撤销。

## 设置：提交所做的更改
settings-outcome-profile-saved = 个人资料已保存。
settings-outcome-password-changed = 密码已更改。
settings-outcome-provider-linked = 已关联 { $provider }。
settings-outcome-provider-unlinked = 已取消关联 { $provider }。
settings-outcome-totp-on = 身份验证器应用已开启。
settings-outcome-totp-off = 身份验证器应用已关闭。
settings-outcome-lookup-saved = 新的恢复码已保存。
settings-outcome-lookup-off = 恢复码已关闭。
settings-outcome-key-added = 已添加安全密钥“{ $name }”。
settings-outcome-key-removed = 安全密钥已删除。
settings-outcome-passkey-added = 已添加通行密钥“{ $name }”。
settings-outcome-passkey-removed = 通行密钥已删除。
