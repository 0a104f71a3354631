//! A mail sink: a minimal SMTP server (no TLS, no AUTH) that Kratos' courier delivers to,
//! and a way to wait for the next mail to an address and read its 6-digit code.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

use super::wait::until;

#[derive(Clone)]
pub struct MailSink {
    port: u16,
    inbox: Arc<Mutex<Vec<Mail>>>,
}

#[derive(Debug, Clone)]
pub struct Mail {
    /// Envelope recipients (`RCPT TO`).
    pub recipients: Vec<String>,
    /// The message as sent (headers and body), dot-unstuffed.
    pub raw: String,
}

impl MailSink {
    pub async fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind the mail sink");
        let port = listener.local_addr().expect("a local address").port();
        let inbox = Arc::new(Mutex::new(Vec::new()));
        let sink = Self { port, inbox };
        let accepting = sink.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let inbox = accepting.inbox.clone();
                tokio::spawn(async move {
                    if let Err(err) = converse(stream, inbox).await {
                        eprintln!("e2e mail sink: {err}");
                    }
                });
            }
        });
        sink
    }

    /// The courier's connection URI (plain SMTP, no STARTTLS).
    pub fn smtp_url(&self) -> String {
        format!("smtp://127.0.0.1:{}/?disable_starttls=true", self.port)
    }

    /// Takes the oldest mail to `address` that no one has taken yet, waiting up to `timeout`.
    pub async fn next_mail_to(&self, address: &str, timeout: Duration) -> Mail {
        self.next_mail_to_containing(address, "", timeout).await
    }

    /// Like [`Self::next_mail_to`], for a mail whose decoded text contains `needle` (e.g. a
    /// verification flow's id, which its link carries): earlier mails to the same address
    /// stay in the inbox.
    pub async fn next_mail_to_containing(
        &self,
        address: &str,
        needle: &str,
        timeout: Duration,
    ) -> Mail {
        let what = format!("a mail to {address} containing {needle:?}");
        until(what, timeout, || async {
            let mut inbox = self.inbox.lock().unwrap();
            let index = inbox.iter().position(|mail| {
                mail.recipients
                    .iter()
                    .any(|r| r.eq_ignore_ascii_case(address))
                    && mail.text().contains(needle)
            })?;
            Some(inbox.remove(index))
        })
        .await
    }
}

impl Mail {
    /// The message with quoted-printable soft line breaks and `=XX` escapes undone (Kratos'
    /// mails are quoted-printable; the headers are plain ASCII and survive this).
    pub fn text(&self) -> String {
        decode_quoted_printable(&self.raw)
    }

    /// The one-time code: Kratos puts it on a line of its own.
    pub fn code(&self) -> String {
        let text = self.text();
        text.lines()
            .map(str::trim)
            .find(|line| line.len() == 6 && line.bytes().all(|b| b.is_ascii_digit()))
            .unwrap_or_else(|| panic!("no 6-digit code in the mail:\n{text}"))
            .to_owned()
    }
}

/// One SMTP conversation: just enough of RFC 5321 for Go's SMTP client.
async fn converse(stream: TcpStream, inbox: Arc<Mutex<Vec<Mail>>>) -> std::io::Result<()> {
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read);
    let mut recipients = Vec::new();
    write.write_all(b"220 localhost e2e mail sink\r\n").await?;
    loop {
        let line = read_line(&mut lines).await?;
        if line.is_empty() {
            return Ok(());
        }
        let verb = line
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_ascii_uppercase();
        let answer: &[u8] = match verb.as_str() {
            "EHLO" => b"250-localhost\r\n250 8BITMIME\r\n",
            "HELO" => b"250 localhost\r\n",
            "MAIL" | "RSET" => {
                recipients.clear();
                b"250 OK\r\n"
            }
            "RCPT" => {
                let address = line
                    .split_once('<')
                    .and_then(|(_, rest)| rest.split_once('>'))
                    .map(|(address, _)| address.to_owned())
                    .unwrap_or_default();
                recipients.push(address);
                b"250 OK\r\n"
            }
            "DATA" => {
                write
                    .write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                    .await?;
                let mut raw = String::new();
                loop {
                    let line = read_line(&mut lines).await?;
                    if line.is_empty() || line == ".\r\n" || line == ".\n" {
                        break;
                    }
                    raw.push_str(line.strip_prefix('.').unwrap_or(&line));
                }
                inbox.lock().unwrap().push(Mail {
                    recipients: std::mem::take(&mut recipients),
                    raw,
                });
                b"250 OK queued\r\n"
            }
            "NOOP" => b"250 OK\r\n",
            "QUIT" => {
                write.write_all(b"221 Bye\r\n").await?;
                return Ok(());
            }
            _ => b"502 Command not implemented\r\n",
        };
        write.write_all(answer).await?;
    }
}

async fn read_line(
    lines: &mut BufReader<tokio::net::tcp::OwnedReadHalf>,
) -> std::io::Result<String> {
    let mut bytes = Vec::new();
    lines.read_until(b'\n', &mut bytes).await?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn decode_quoted_printable(text: &str) -> String {
    let unwrapped = text.replace("=\r\n", "").replace("=\n", "");
    let bytes = unwrapped.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = (bytes[i] == b'=')
            .then(|| bytes.get(i + 1..i + 3))
            .flatten()
            .and_then(|hex| std::str::from_utf8(hex).ok())
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match escaped {
            Some(byte) => {
                out.push(byte);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_found_in_quoted_printable_mail() {
        let mail = Mail {
            recipients: vec!["a@example.com".to_owned()],
            raw: "Subject: Please verify\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n\
                  Hi, please verify your account by entering the following code:=0A=0A\r\n\
                  123456\r\n\r\nor clicking the following link: http://localhost:4433/self-service/=\r\n\
                  verification?code=3D123456&flow=3Dabc\r\n"
                .to_owned(),
        };
        assert_eq!(mail.code(), "123456");
        assert!(mail.text().contains("verification?code=123456&flow=abc"));
    }
}
