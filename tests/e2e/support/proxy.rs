//! nginx in front of the UI and Kratos, configured with the project's own
//! `deploy/nginx/kratos-account-ui.conf.template`: the proxy scenarios test what operators run.

use std::fs::File;
use std::process::Stdio;

use tokio::process::{Child, Command};
use url::Url;

use super::artifacts::{Artifacts, repo_path};
use super::browser::SentRequest;
use super::tls::test_ca;
use super::wait::{PATIENCE, until};

pub const NGINX: &str = "/usr/sbin/nginx";
pub const TEMPLATE: &str = "deploy/nginx/kratos-account-ui.conf.template";
/// Where the shipped config mounts the UI (the UI's `BASE_PATH`) and Kratos' public API.
pub const UI_PREFIX: &str = "/account";
pub const KRATOS_PREFIX: &str = "/.ory/kratos/public";

pub struct Proxy {
    /// `https://localhost:<port>`
    pub origin: String,
    /// The shell that stops nginx once this pipe closes: when the scenario drops the proxy,
    /// or the test binary exits however it exits. nginx inherits whatever descriptors the
    /// test binary holds (a lock around the suite, say); no nginx process may outlive it.
    _watchdog: Child,
}

impl Proxy {
    pub fn origin_for(port: u16) -> String {
        format!("https://localhost:{port}")
    }

    /// Starts nginx on `port` in front of the UI and Kratos (both on loopback) and waits
    /// until it answers through TLS.
    pub async fn start(port: u16, ui_port: u16, kratos_port: u16, artifacts: &Artifacts) -> Self {
        assert!(
            std::path::Path::new(NGINX).exists(),
            "{NGINX} is missing: run scripts/test, which installs it (scripts/install-nginx)"
        );
        let ca = test_ca();
        let site = fill_template(&[
            ("KAU_LISTEN", format!("127.0.0.1:{port}")),
            ("KAU_SERVER_NAME", "localhost".to_owned()),
            ("KAU_TLS_CERTIFICATE", ca.certificate.display().to_string()),
            ("KAU_TLS_CERTIFICATE_KEY", ca.key.display().to_string()),
            ("KAU_UI_UPSTREAM", format!("127.0.0.1:{ui_port}")),
            ("KAU_KRATOS_UPSTREAM", format!("127.0.0.1:{kratos_port}")),
        ]);
        let prefix = artifacts.path("nginx");
        std::fs::create_dir_all(&prefix).expect("create the nginx folder");
        std::fs::write(prefix.join("site.conf"), site).expect("write the nginx site");
        // Only what a system nginx.conf would provide around the shipped site file.
        let main = format!(
            "daemon off;\nmaster_process off;\npid {dir}/nginx.pid;\nerror_log {dir}/error.log info;\n\
             events {{ worker_connections 256; }}\n\
             http {{\n  access_log {dir}/access.log;\n  client_body_temp_path {dir}/tmp/body;\n  \
             proxy_temp_path {dir}/tmp/proxy;\n  fastcgi_temp_path {dir}/tmp/fastcgi;\n  \
             uwsgi_temp_path {dir}/tmp/uwsgi;\n  scgi_temp_path {dir}/tmp/scgi;\n  \
             include {dir}/site.conf;\n}}\n",
            dir = prefix.display()
        );
        std::fs::create_dir_all(prefix.join("tmp")).expect("create nginx' temp folder");
        let config = prefix.join("nginx.conf");
        std::fs::write(&config, main).expect("write nginx.conf");

        let log = File::create(prefix.join("stderr.log")).expect("create nginx' log");
        // One nginx process (`master_process off` above), so stopping it leaves no workers.
        let process = Command::new("sh")
            .arg("-c")
            .arg(r#"exec 3<&0; "$0" "$@" & nginx=$!; (read -r _ <&3; kill "$nginx") & wait "$nginx""#)
            .arg(NGINX)
            .arg("-p")
            .arg(&prefix)
            .arg("-c")
            .arg(&config)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("start nginx");
        let process = std::sync::Mutex::new(process);

        let origin = Self::origin_for(port);
        let http = ca.client_builder().build().expect("an HTTP client");
        // The shipped config answers 404 outside the UI and Kratos: any answer means ready.
        let probe = format!("{origin}/nothing-here");
        until("nginx to answer over TLS", PATIENCE, || async {
            if let Ok(Some(status)) = process.lock().unwrap().try_wait() {
                let log = std::fs::read_to_string(prefix.join("error.log")).unwrap_or_default();
                panic!("nginx exited with {status}:\n{log}");
            }
            let response = http.get(&probe).send().await.ok()?;
            (response.status() == 404).then_some(())
        })
        .await;
        Self {
            origin,
            _watchdog: process.into_inner().unwrap(),
        }
    }
}

/// What breaks the one-origin layout: every request the browser sent (and every redirect
/// it followed) to anything but the proxy's origin under the UI's or Kratos' prefix. A
/// request to the UI's or Kratos' own port is exactly such a request. The one exception is
/// `/favicon.ico` on the proxy's origin, which browsers ask for by themselves on pages that
/// name no icon (the shipped config serves the UI's there).
pub fn stray_requests(requests: &[SentRequest], origin: &str) -> Vec<String> {
    let allowed = |url: &Url| match url.scheme() {
        "http" | "https" | "ws" | "wss" => {
            url.origin().ascii_serialization() == origin
                && (url.path() == "/favicon.ico"
                    || [UI_PREFIX, KRATOS_PREFIX].iter().any(|prefix| {
                        url.path() == *prefix || url.path().starts_with(&format!("{prefix}/"))
                    }))
        }
        // data: images (the TOTP QR code), about:blank, blob: and the like never leave.
        _ => true,
    };
    requests
        .iter()
        .filter(|request| Url::parse(&request.url).map_or(true, |url| !allowed(&url)))
        .map(ToString::to_string)
        .collect()
}

/// The shipped template with its `${KAU_*}` placeholders replaced, as `envsubst` would.
fn fill_template(values: &[(&str, String)]) -> String {
    let template = std::fs::read_to_string(repo_path(TEMPLATE)).expect("read the nginx template");
    let filled = values.iter().fold(template, |text, (key, value)| {
        text.replace(&format!("${{{key}}}"), value)
    });
    let unfilled: Vec<&str> = filled
        .lines()
        .filter(|line| !line.trim_start().starts_with('#') && line.contains("${"))
        .collect();
    assert!(
        unfilled.is_empty(),
        "the nginx template has placeholders the e2e suite does not fill: {unfilled:?}"
    );
    filled
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sent(url: &str, redirected_by: Option<&str>) -> SentRequest {
        SentRequest {
            method: "GET".to_owned(),
            url: url.to_owned(),
            redirected_by: redirected_by.map(str::to_owned),
        }
    }

    #[test]
    fn only_requests_to_the_proxy_under_the_two_prefixes_pass() {
        let origin = "https://localhost:8443";
        let fine = [
            sent("https://localhost:8443/account/settings?flow=1", None),
            sent("https://localhost:8443/account", None),
            sent(
                "https://localhost:8443/.ory/kratos/public/self-service/settings/browser",
                Some("https://localhost:8443/.ory/kratos/public/self-service/settings/browser"),
            ),
            sent("data:image/png;base64,iVBO", None),
            sent("about:blank", None),
            sent("https://localhost:8443/favicon.ico", None),
        ];
        assert_eq!(stray_requests(&fine, origin), Vec::<String>::new());

        let stray = [
            // The UI's or Kratos' own port, however the browser got there.
            sent("http://localhost:4455/account/settings", None),
            sent(
                "http://localhost:4433/self-service/login/browser",
                Some("http://localhost:4433/self-service/login/browser"),
            ),
            // The proxy's origin, but outside both prefixes, or a look-alike prefix.
            sent("https://localhost:8443/settings", None),
            sent("https://localhost:8443/accounts", None),
            sent("http://localhost:4455/favicon.ico", None),
            sent("https://localhost:8443/.ory/kratos/publicity", None),
            // Plain http to the proxy's port is another origin.
            sent("http://localhost:8443/account/", None),
        ];
        let found = stray_requests(&stray, origin);
        assert_eq!(found.len(), stray.len(), "{found:?}");
        assert!(found[1].contains("redirected by Location: http://localhost:4433/"));
    }
}
