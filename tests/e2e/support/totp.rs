//! RFC 6238 TOTP (HMAC-SHA1, 30-second steps, 6 digits), as an authenticator app computes it
//! from the base32 secret Kratos shows.

use std::time::{SystemTime, UNIX_EPOCH};

use ring::hmac;

/// The code for the current time step.
pub fn code_now(base32_secret: &str) -> String {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("the clock is after 1970")
        .as_secs();
    code_at(&decode_base32(base32_secret), now, 6)
}

fn code_at(secret: &[u8], unix_time: u64, digits: u32) -> String {
    let key = hmac::Key::new(hmac::HMAC_SHA1_FOR_LEGACY_USE_ONLY, secret);
    let tag = hmac::sign(&key, &(unix_time / 30).to_be_bytes());
    let mac = tag.as_ref();
    // Dynamic truncation (RFC 4226, section 5.3).
    let offset = usize::from(mac[mac.len() - 1] & 0x0f);
    let binary = u32::from_be_bytes([
        mac[offset],
        mac[offset + 1],
        mac[offset + 2],
        mac[offset + 3],
    ]) & 0x7fff_ffff;
    format!(
        "{:0width$}",
        binary % 10u32.pow(digits),
        width = digits as usize
    )
}

/// RFC 4648 base32 (upper or lower case, padding optional).
fn decode_base32(text: &str) -> Vec<u8> {
    let mut bits: u64 = 0;
    let mut count = 0;
    let mut out = Vec::new();
    for c in text.chars().filter(|c| *c != '=' && !c.is_whitespace()) {
        let value = match c.to_ascii_uppercase() {
            c @ 'A'..='Z' => c as u64 - 'A' as u64,
            c @ '2'..='7' => c as u64 - '2' as u64 + 26,
            other => panic!("{other:?} is not a base32 digit in the TOTP secret {text:?}"),
        };
        bits = (bits << 5) | value;
        count += 5;
        if count >= 8 {
            count -= 8;
            out.push((bits >> count) as u8);
            bits &= (1 << count) - 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc_6238_sha1_test_vectors() {
        let secret = b"12345678901234567890";
        for (time, expected) in [
            (59, "94287082"),
            (1_111_111_109, "07081804"),
            (1_234_567_890, "89005924"),
            (20_000_000_000, "65353130"),
        ] {
            assert_eq!(code_at(secret, time, 8), expected, "at {time}");
        }
    }

    #[test]
    fn base32_matches_rfc_4648() {
        assert_eq!(decode_base32("MZXW6YTBOI======"), b"foobar");
        assert_eq!(
            decode_base32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"),
            b"12345678901234567890"
        );
    }
}
