//! A test OpenID provider on a free port (issuer `http://localhost:<port>`): discovery, an
//! `/authorize` that approves at once (as whoever `sign_in_as` names), `/token` with an
//! ES256-signed id_token, `/jwks` and `/userinfo`. The client is the one in the Kratos
//! template: `kratos` / `kratos-secret`. Its signing key is made fresh for every provider.

use std::collections::HashMap;
use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

use actix_web::http::header::{AUTHORIZATION, LOCATION};
use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};
use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use ring::rand::SystemRandom;
use ring::signature::{ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair, KeyPair};
use serde_json::{Value, json};
use url::Url;
use uuid::Uuid;

pub const CLIENT_ID: &str = "kratos";
pub const CLIENT_SECRET: &str = "kratos-secret";
const KEY_ID: &str = "e2e-es256";

#[derive(Clone)]
pub struct Idp {
    /// Also the origin forms are redirected to when a user links an account.
    pub issuer: String,
    provider: Arc<Provider>,
}

struct Provider {
    issuer: String,
    key: EcdsaKeyPair,
    rng: SystemRandom,
    /// Who approves the next authorization request.
    person: Mutex<String>,
    codes: Mutex<HashMap<String, Grant>>,
    access_tokens: Mutex<HashMap<String, Grant>>,
}

#[derive(Debug, Clone)]
struct Grant {
    email: String,
    nonce: Option<String>,
    redirect_uri: String,
}

impl Idp {
    pub async fn start(email: &str) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind the test IdP");
        Self::start_on(listener, email)
    }

    /// On a given listener (`scripts/dev` runs one on a fixed port, see src/bin/dev_idp.rs).
    pub fn start_on(listener: TcpListener, email: &str) -> Self {
        let issuer = format!(
            "http://localhost:{}",
            listener.local_addr().expect("a local address").port()
        );
        let rng = SystemRandom::new();
        let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &rng)
            .expect("generate a P-256 key");
        let key = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, pkcs8.as_ref(), &rng)
            .expect("load the P-256 key");
        let provider = Arc::new(Provider {
            issuer: issuer.clone(),
            key,
            rng,
            person: Mutex::new(email.to_owned()),
            codes: Mutex::default(),
            access_tokens: Mutex::default(),
        });
        let data = web::Data::from(provider.clone());
        let server = HttpServer::new(move || {
            App::new()
                .app_data(data.clone())
                .route(
                    "/.well-known/openid-configuration",
                    web::get().to(discovery),
                )
                .route("/authorize", web::get().to(authorize))
                .route("/token", web::post().to(token))
                .route("/jwks", web::get().to(jwks))
                .route("/userinfo", web::get().to(userinfo))
        })
        .workers(1)
        .disable_signals()
        .listen(listener)
        .expect("listen for the test IdP")
        .run();
        // Stops when the test's runtime ends (dropping an actix server stops it).
        tokio::spawn(server);
        Self { issuer, provider }
    }

    /// The person who approves the next sign-in at this provider.
    pub fn sign_in_as(&self, email: &str) {
        *self.provider.person.lock().unwrap() = email.to_owned();
    }
}

impl Provider {
    fn id_token(&self, grant: &Grant) -> String {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .expect("the clock is after 1970")
            .as_secs();
        let mut claims = json!({
            "iss": self.issuer, "sub": subject(&grant.email), "aud": CLIENT_ID,
            "iat": now, "exp": now + 3600,
            "email": grant.email, "email_verified": true,
        });
        if let Some(nonce) = &grant.nonce {
            claims["nonce"] = json!(nonce);
        }
        let header = json!({"alg": "ES256", "typ": "JWT", "kid": KEY_ID});
        let signing_input = format!(
            "{}.{}",
            URL_SAFE_NO_PAD.encode(header.to_string()),
            URL_SAFE_NO_PAD.encode(claims.to_string())
        );
        // ring's FIXED encoding is r || s, exactly what JWS ES256 expects.
        let signature = self
            .key
            .sign(&self.rng, signing_input.as_bytes())
            .expect("sign the id_token");
        format!(
            "{signing_input}.{}",
            URL_SAFE_NO_PAD.encode(signature.as_ref())
        )
    }

    fn client_is_kratos(&self, req: &HttpRequest, form: &HashMap<String, String>) -> bool {
        let basic = req
            .headers()
            .get(AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Basic "))
            .and_then(|v| STANDARD.decode(v).ok())
            .and_then(|v| String::from_utf8(v).ok());
        let (id, secret) = match &basic {
            Some(credentials) => credentials.split_once(':').unwrap_or_default(),
            None => (
                form.get("client_id").map_or("", String::as_str),
                form.get("client_secret").map_or("", String::as_str),
            ),
        };
        id == CLIENT_ID && secret == CLIENT_SECRET
    }
}

/// The provider's stable user id (`sub`) for a person.
pub fn subject(email: &str) -> String {
    format!("e2e-subject-{email}")
}

fn oauth_error(status: u16, error: &str) -> HttpResponse {
    HttpResponse::build(actix_web::http::StatusCode::from_u16(status).expect("a status"))
        .json(json!({ "error": error }))
}

async fn discovery(provider: web::Data<Provider>) -> HttpResponse {
    let issuer = &provider.issuer;
    HttpResponse::Ok().json(json!({
        "issuer": issuer,
        "authorization_endpoint": format!("{issuer}/authorize"),
        "token_endpoint": format!("{issuer}/token"),
        "jwks_uri": format!("{issuer}/jwks"),
        "userinfo_endpoint": format!("{issuer}/userinfo"),
        "response_types_supported": ["code"],
        "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["ES256"],
        "scopes_supported": ["openid", "email"],
        "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post"],
        "claims_supported": ["sub", "email", "email_verified"],
    }))
}

/// Approves at once: straight back to the client with a code.
async fn authorize(
    provider: web::Data<Provider>,
    query: web::Query<HashMap<String, String>>,
) -> HttpResponse {
    if query.get("client_id").map(String::as_str) != Some(CLIENT_ID)
        || query.get("response_type").map(String::as_str) != Some("code")
    {
        return oauth_error(400, "invalid_request");
    }
    let Some(mut target) = query.get("redirect_uri").and_then(|u| Url::parse(u).ok()) else {
        return oauth_error(400, "invalid_request");
    };
    let code = Uuid::new_v4().simple().to_string();
    let grant = Grant {
        email: provider.person.lock().unwrap().clone(),
        nonce: query.get("nonce").cloned(),
        redirect_uri: target.to_string(),
    };
    provider.codes.lock().unwrap().insert(code.clone(), grant);
    target.query_pairs_mut().append_pair("code", &code);
    if let Some(state) = query.get("state") {
        target.query_pairs_mut().append_pair("state", state);
    }
    HttpResponse::SeeOther()
        .insert_header((LOCATION, target.to_string()))
        .finish()
}

async fn token(
    provider: web::Data<Provider>,
    req: HttpRequest,
    form: web::Form<HashMap<String, String>>,
) -> HttpResponse {
    if !provider.client_is_kratos(&req, &form) {
        return oauth_error(401, "invalid_client");
    }
    if form.get("grant_type").map(String::as_str) != Some("authorization_code") {
        return oauth_error(400, "unsupported_grant_type");
    }
    let grant = form
        .get("code")
        .and_then(|code| provider.codes.lock().unwrap().remove(code));
    let Some(grant) = grant.filter(|g| form.get("redirect_uri") == Some(&g.redirect_uri)) else {
        return oauth_error(400, "invalid_grant");
    };
    let access_token = Uuid::new_v4().simple().to_string();
    let id_token = provider.id_token(&grant);
    provider
        .access_tokens
        .lock()
        .unwrap()
        .insert(access_token.clone(), grant);
    HttpResponse::Ok().json(json!({
        "access_token": access_token, "token_type": "Bearer", "expires_in": 3600,
        "scope": "openid email", "id_token": id_token,
    }))
}

async fn jwks(provider: web::Data<Provider>) -> HttpResponse {
    // An uncompressed P-256 point: 0x04 || x || y.
    let point = provider.key.public_key().as_ref();
    let key: Value = json!({
        "kty": "EC", "crv": "P-256", "use": "sig", "alg": "ES256", "kid": KEY_ID,
        "x": URL_SAFE_NO_PAD.encode(&point[1..33]),
        "y": URL_SAFE_NO_PAD.encode(&point[33..65]),
    });
    HttpResponse::Ok().json(json!({ "keys": [key] }))
}

async fn userinfo(provider: web::Data<Provider>, req: HttpRequest) -> HttpResponse {
    let grant = req
        .headers()
        .get(AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .and_then(|token| provider.access_tokens.lock().unwrap().get(token).cloned());
    match grant {
        Some(grant) => HttpResponse::Ok().json(json!({
            "sub": subject(&grant.email), "email": grant.email, "email_verified": true,
        })),
        None => oauth_error(401, "invalid_token"),
    }
}
