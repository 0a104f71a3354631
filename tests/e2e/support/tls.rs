//! The suite's own certificate authority: a CA and a `localhost` certificate for the proxy
//! (made with `openssl`), and an NSS database trusting the CA that Chromium reads from
//! `$HOME/.pki/nssdb`. WebAuthn refuses pages with certificate errors, so trust is real.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use super::artifacts;

pub struct TestCa {
    /// The CA certificate (PEM), for the tests' own HTTP clients.
    pub ca_pem: Vec<u8>,
    /// The proxy's certificate for `localhost` and its key (PEM files).
    pub certificate: PathBuf,
    pub key: PathBuf,
    /// The HOME Chromium runs with: it holds `.pki/nssdb` with the CA trusted.
    pub browser_home: PathBuf,
}

static CA: OnceLock<TestCa> = OnceLock::new();

/// Made once per test binary, on first use (every browser gets the trusting HOME).
pub fn test_ca() -> &'static TestCa {
    CA.get_or_init(|| TestCa::create(&artifacts::root().join("tls")))
}

impl TestCa {
    fn create(dir: &Path) -> Self {
        let _ = std::fs::remove_dir_all(dir);
        std::fs::create_dir_all(dir).expect("create the TLS folder");
        let path = |name: &str| dir.join(name);
        let ec_key = [
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:P-256",
            "-nodes",
        ];

        run(Command::new("openssl")
            .args(["req", "-x509", "-days", "2"])
            .args(ec_key)
            .arg("-keyout")
            .arg(path("ca.key"))
            .arg("-out")
            .arg(path("ca.pem"))
            .args(["-subj", "/CN=kratos-account-ui e2e CA"])
            .args(["-addext", "basicConstraints=critical,CA:TRUE"])
            .args(["-addext", "keyUsage=critical,keyCertSign,cRLSign"]));
        run(Command::new("openssl")
            .arg("req")
            .args(ec_key)
            .arg("-keyout")
            .arg(path("localhost.key"))
            .arg("-out")
            .arg(path("localhost.csr"))
            .args(["-subj", "/CN=localhost"]));
        std::fs::write(
            path("localhost.ext"),
            "subjectAltName=DNS:localhost\nbasicConstraints=critical,CA:FALSE\n\
             keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n",
        )
        .expect("write the certificate extensions");
        run(Command::new("openssl")
            .args(["x509", "-req", "-days", "2", "-in"])
            .arg(path("localhost.csr"))
            .arg("-CA")
            .arg(path("ca.pem"))
            .arg("-CAkey")
            .arg(path("ca.key"))
            .arg("-CAcreateserial")
            .arg("-extfile")
            .arg(path("localhost.ext"))
            .arg("-out")
            .arg(path("localhost.pem")));

        let browser_home = path("browser-home");
        let nssdb = browser_home.join(".pki/nssdb");
        std::fs::create_dir_all(&nssdb).expect("create the NSS database folder");
        let db = format!("sql:{}", nssdb.display());
        run(Command::new("certutil").args(["-N", "--empty-password", "-d", &db]));
        run(Command::new("certutil")
            .args([
                "-A",
                "-d",
                &db,
                "-n",
                "kratos-account-ui e2e CA",
                "-t",
                "C,,",
                "-i",
            ])
            .arg(path("ca.pem")));

        Self {
            ca_pem: std::fs::read(path("ca.pem")).expect("read the CA certificate"),
            certificate: path("localhost.pem"),
            key: path("localhost.key"),
            browser_home,
        }
    }

    /// An HTTP client that trusts the CA (and nothing else changes).
    pub fn client_builder(&self) -> reqwest::ClientBuilder {
        let ca = reqwest::Certificate::from_pem(&self.ca_pem).expect("the CA certificate");
        reqwest::Client::builder().add_root_certificate(ca)
    }
}

/// A plain client for the tests' own calls, which may go through the proxy.
pub fn http_client() -> reqwest::Client {
    test_ca().client_builder().build().expect("an HTTP client")
}

fn run(command: &mut Command) {
    let output = command
        .output()
        .unwrap_or_else(|err| panic!("{command:?}: {err} (scripts/install-nginx installs it)"));
    assert!(
        output.status.success(),
        "{command:?} failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
