//! People and their sessions, made the way a browser makes them: Kratos' browser flows over
//! HTTP with a cookie jar and `Accept: application/json`. Plus Kratos' API login flow, which
//! checks a credential without touching anyone's session.

use std::sync::Arc;

use reqwest::cookie::{CookieStore, Jar};
use reqwest::header::ACCEPT;
use serde_json::{Value, json};
use url::Url;

use super::tls::test_ca;
use super::totp;

/// Everyone's password unless a scenario changes it; long and unlike any address, so
/// Kratos' policy accepts it.
pub const PASSWORD: &str = "e2e-Correct-Horse-Battery-9";
pub const FIRST_NAME: &str = "Alice";

/// One person's cookie jar at Kratos (a session once registered or signed in).
pub struct Account {
    kratos: Url,
    jar: Arc<Jar>,
    http: reqwest::Client,
}

/// A status and a JSON body from Kratos.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub body: Value,
}

impl Account {
    fn new(kratos: &str) -> Self {
        Self::from_device(kratos, None)
    }

    /// A jar on a device that names itself `user_agent` (as a phone's browser would).
    fn from_device(kratos: &str, user_agent: Option<&str>) -> Self {
        let jar = Arc::new(Jar::default());
        let mut http = test_ca()
            .client_builder()
            .cookie_provider(jar.clone())
            .redirect(reqwest::redirect::Policy::none());
        if let Some(user_agent) = user_agent {
            http = http.user_agent(user_agent);
        }
        let http = http.build().expect("an HTTP client with a cookie jar");
        Self {
            kratos: Url::parse(kratos).expect("Kratos' public URL"),
            jar,
            http,
        }
    }

    /// Registers `email` with [`PASSWORD`]; the jar then holds the new session.
    pub async fn register(kratos: &str, email: &str) -> Self {
        Self::register_from(kratos, email, None).await
    }

    /// Like [`Self::register`], from a device whose browser names itself `user_agent`.
    pub async fn register_from(kratos: &str, email: &str, user_agent: Option<&str>) -> Self {
        let account = Self::from_device(kratos, user_agent);
        let flow = account.start_flow("registration", &[]).await;
        let traits = json!({"email": email, "name": {"first": FIRST_NAME, "last": "Liddell"}});
        let answer = account
            .submit(
                &flow,
                json!({"method": "password", "password": PASSWORD, "traits": traits}),
            )
            .await;
        assert_eq!(answer.status, 200, "registering {email}: {answer:?}");
        account
    }

    /// A new session for an existing identity, by password only (so: aal1).
    pub async fn sign_in(kratos: &str, email: &str, password: &str) -> Self {
        Self::sign_in_from(kratos, email, password, None).await
    }

    /// Like [`Self::sign_in`], from a device whose browser names itself `user_agent`.
    pub async fn sign_in_from(
        kratos: &str,
        email: &str,
        password: &str,
        user_agent: Option<&str>,
    ) -> Self {
        let account = Self::from_device(kratos, user_agent);
        let flow = account.start_flow("login", &[]).await;
        let answer = account
            .submit(
                &flow,
                json!({"method": "password", "identifier": email, "password": password}),
            )
            .await;
        assert_eq!(answer.status, 200, "signing in {email}: {answer:?}");
        account
    }

    /// A jar holding a browser's cookies, to ask Kratos what that browser would get.
    pub fn with_cookies(kratos: &str, cookies: &[(String, String)]) -> Self {
        let account = Self::new(kratos);
        for (name, value) in cookies {
            account
                .jar
                .add_cookie_str(&format!("{name}={value}; Path=/"), &account.kratos);
        }
        account
    }

    /// The cookies Kratos has set (session and CSRF cookie), as name and value.
    pub fn cookies(&self) -> Vec<(String, String)> {
        let Some(header) = self.jar.cookies(&self.kratos) else {
            return Vec::new();
        };
        header
            .to_str()
            .expect("ASCII cookies")
            .split("; ")
            .filter_map(|pair| pair.split_once('='))
            .map(|(name, value)| (name.to_owned(), value.to_owned()))
            .collect()
    }

    /// Kratos' `path` (absolute, e.g. `/sessions/whoami`), under any prefix a proxy adds.
    fn url(&self, path: &str) -> Url {
        let base = self.kratos.as_str().trim_end_matches('/');
        Url::parse(&format!("{base}{path}")).expect("a Kratos URL")
    }

    async fn get(&self, url: Url) -> Answer {
        let response = self
            .http
            .get(url.clone())
            .header(ACCEPT, "application/json")
            .send()
            .await
            .unwrap_or_else(|err| panic!("GET {url}: {err}"));
        answer(response).await
    }

    /// `GET /self-service/<kind>/browser` as JSON: the new flow.
    pub async fn start_flow(&self, kind: &str, query: &[(&str, &str)]) -> Value {
        let mut url = self.url(&format!("/self-service/{kind}/browser"));
        url.query_pairs_mut().extend_pairs(query);
        let answer = self.get(url).await;
        assert_eq!(answer.status, 200, "starting a {kind} flow: {answer:?}");
        answer.body
    }

    /// `GET /self-service/<kind>/flows?id=`.
    pub async fn flow(&self, kind: &str, id: &str) -> Answer {
        let mut url = self.url(&format!("/self-service/{kind}/flows"));
        url.query_pairs_mut().append_pair("id", id);
        self.get(url).await
    }

    /// Posts `body` plus the flow's CSRF token to the flow's `ui.action`, as JSON.
    pub async fn submit(&self, flow: &Value, mut body: Value) -> Answer {
        body["csrf_token"] = json!(node_value(flow, "csrf_token"));
        let action = flow["ui"]["action"].as_str().expect("the flow's ui.action");
        let response = self
            .http
            .post(action)
            .header(ACCEPT, "application/json")
            .json(&body)
            .send()
            .await
            .unwrap_or_else(|err| panic!("POST {action}: {err}"));
        answer(response).await
    }

    /// `/sessions/whoami`; panics without a session.
    pub async fn whoami(&self) -> Value {
        self.session().await.expect("whoami: no session")
    }

    /// `/sessions/whoami`: the session, or `None` when Kratos answers 401.
    pub async fn session(&self) -> Option<Value> {
        let answer = self.get(self.url("/sessions/whoami")).await;
        match answer.status {
            200 => Some(answer.body),
            401 => None,
            _ => panic!("whoami: {answer:?}"),
        }
    }

    /// Links an authenticator app (TOTP) to this identity and returns its secret; Kratos
    /// also raises this session to aal2.
    pub async fn link_totp(&self) -> String {
        let flow = self.start_flow("settings", &[]).await;
        let secret = flow["ui"]["nodes"]
            .as_array()
            .expect("nodes")
            .iter()
            .find(|node| node["attributes"]["id"] == "totp_secret_key")
            .and_then(|node| node["attributes"]["text"]["context"]["secret"].as_str())
            .expect("the settings flow offers a TOTP secret")
            .to_owned();
        let answer = self
            .submit(
                &flow,
                json!({"method": "totp", "totp_code": totp::code_now(&secret)}),
            )
            .await;
        assert_eq!(answer.status, 200, "linking TOTP: {answer:?}");
        secret
    }

    /// Generates recovery codes (lookup secrets) for this identity, confirms them and
    /// returns them.
    pub async fn confirm_recovery_codes(&self) -> Vec<String> {
        let flow = self.start_flow("settings", &[]).await;
        let answer = self
            .submit(
                &flow,
                json!({"method": "lookup_secret", "lookup_secret_regenerate": true}),
            )
            .await;
        assert_eq!(answer.status, 200, "generating recovery codes: {answer:?}");
        let codes: Vec<String> = answer.body["ui"]["nodes"]
            .as_array()
            .expect("nodes")
            .iter()
            .find(|node| node["attributes"]["id"] == "lookup_secret_codes")
            .and_then(|node| node["attributes"]["text"]["context"]["secrets"].as_array())
            .expect("the settings flow shows the new recovery codes")
            .iter()
            .filter_map(|secret| secret["context"]["secret"].as_str())
            .map(str::to_owned)
            .collect();
        let answer = self
            .submit(
                &answer.body,
                json!({"method": "lookup_secret", "lookup_secret_confirm": true}),
            )
            .await;
        assert_eq!(answer.status, 200, "confirming recovery codes: {answer:?}");
        codes
    }
}

/// Does Kratos accept this identifier and password? Asked through a fresh API login flow,
/// so no browser session is touched.
pub async fn password_works(kratos: &str, identifier: &str, password: &str) -> bool {
    let account = Account::new(kratos);
    let flow = account.get(account.url("/self-service/login/api")).await;
    assert_eq!(flow.status, 200, "starting an API login flow: {flow:?}");
    let answer = account
        .submit(
            &flow.body,
            json!({"method": "password", "identifier": identifier, "password": password}),
        )
        .await;
    match answer.status {
        200 => true,
        400 => false,
        _ => panic!("unexpected answer to a password login: {answer:?}"),
    }
}

/// The value of the input node `name` in a flow.
pub fn node_value(flow: &Value, name: &str) -> String {
    flow["ui"]["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .find(|node| node["attributes"]["name"] == name)
        .and_then(|node| node["attributes"]["value"].as_str())
        .unwrap_or_default()
        .to_owned()
}

async fn answer(response: reqwest::Response) -> Answer {
    let status = response.status().as_u16();
    let text = response.text().await.unwrap_or_default();
    Answer {
        status,
        body: serde_json::from_str(&text).unwrap_or(Value::String(text)),
    }
}
