//! Which address a request comes from. `Forwarded` and `X-Forwarded-For` are believed only
//! when the connection comes from a trusted proxy (`TRUSTED_PROXIES`), and then only up to
//! the first hop that is not itself a trusted proxy: anything left of it the client wrote.

use std::fmt;
use std::net::IpAddr;
use std::str::FromStr;

use ipnet::IpNet;

/// The proxies whose forwarding headers we believe (addresses or CIDR ranges).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<IpNet>);

impl FromStr for TrustedProxies {
    type Err = String;

    /// `10.0.0.0/8, 127.0.0.1 ::1` (commas or spaces); an address alone is one host.
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        value
            .split([',', ' '])
            .filter(|part| !part.is_empty())
            .map(|part| {
                part.parse::<IpNet>()
                    .or_else(|_| part.parse::<IpAddr>().map(IpNet::from))
                    .map_err(|_| format!("{part:?} is neither an IP address nor a CIDR range"))
            })
            .collect::<Result<_, _>>()
            .map(TrustedProxies)
    }
}

impl fmt::Display for TrustedProxies {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self.0.iter().map(ToString::to_string).collect();
        f.write_str(&parts.join(","))
    }
}

impl TrustedProxies {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn trusts(&self, address: IpAddr) -> bool {
        let address = address.to_canonical();
        self.0.iter().any(|net| net.contains(&address))
    }

    /// The client's address: the peer's, unless the peer is a trusted proxy; then the
    /// forwarded hops (`Forwarded` if present, else `X-Forwarded-For`, all header lines in
    /// order) read from the right, skipping trusted proxies. A hop that is not an address
    /// (`unknown`, an obfuscated name, garbage) ends the walk at the last hop we trust.
    pub fn client_address(
        &self,
        peer: Option<IpAddr>,
        forwarded: &[&str],
        x_forwarded_for: &[&str],
    ) -> Option<IpAddr> {
        let mut client = peer?.to_canonical();
        if !self.trusts(client) {
            return Some(client);
        }
        let hops: Vec<&str> = if forwarded.is_empty() {
            x_forwarded_for
                .iter()
                .flat_map(|line| line.split(','))
                .map(str::trim)
                .collect()
        } else {
            forwarded
                .iter()
                .flat_map(|line| line.split(','))
                .map(forwarded_for)
                .collect()
        };
        for hop in hops.iter().rev() {
            let Some(address) = parse_hop(hop) else {
                break;
            };
            client = address;
            if !self.trusts(address) {
                break;
            }
        }
        Some(client)
    }
}

/// The `for=` parameter of one `Forwarded` element (RFC 7239), unquoted; "" when absent.
fn forwarded_for(element: &str) -> &str {
    element
        .split(';')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| key.trim().eq_ignore_ascii_case("for"))
        .map_or("", |(_, value)| value.trim().trim_matches('"'))
}

/// `192.0.2.1`, `192.0.2.1:8080`, `2001:db8::1`, `[2001:db8::1]`, `[2001:db8::1]:4711`.
fn parse_hop(hop: &str) -> Option<IpAddr> {
    if let Ok(address) = hop.parse::<IpAddr>() {
        return Some(address.to_canonical());
    }
    if let Some(rest) = hop.strip_prefix('[') {
        let (inside, _) = rest.split_once(']')?;
        return inside.parse::<IpAddr>().ok().map(|a| a.to_canonical());
    }
    let (host, port) = hop.rsplit_once(':')?;
    port.parse::<u16>().ok()?;
    host.parse::<std::net::Ipv4Addr>().ok().map(IpAddr::V4)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    fn proxies(text: &str) -> TrustedProxies {
        text.parse().unwrap()
    }

    #[test]
    fn settings_accept_addresses_and_ranges_and_name_what_they_refuse() {
        let parsed = proxies("10.0.0.0/8, 127.0.0.1 ::1,fd00::/8");
        assert_eq!(
            parsed.to_string(),
            "10.0.0.0/8,127.0.0.1/32,::1/128,fd00::/8"
        );
        assert!(proxies("").is_empty());
        let err = "10.0.0.0/8,proxy.local"
            .parse::<TrustedProxies>()
            .unwrap_err();
        assert!(err.contains("\"proxy.local\""), "{err}");
        assert!("10.0.0.0/33".parse::<TrustedProxies>().is_err());
    }

    /// Trusted proxies, peer, `Forwarded` lines, `X-Forwarded-For` lines, expected client.
    type Case<'a> = (
        &'a TrustedProxies,
        Option<IpAddr>,
        &'a [&'a str],
        &'a [&'a str],
        Option<&'a str>,
    );

    #[test]
    fn forwarding_headers_are_believed_only_from_trusted_proxies() {
        let none = TrustedProxies::default();
        let loopback = proxies("127.0.0.1");
        let peer = Some(ip("127.0.0.1"));
        let stranger = Some(ip("198.51.100.7"));
        let spoof = ["203.0.113.9"];
        let cases: &[Case] = &[
            (&none, peer, &[], &spoof, Some("127.0.0.1")),
            (&none, peer, &["for=203.0.113.9"], &[], Some("127.0.0.1")),
            (&loopback, stranger, &[], &spoof, Some("198.51.100.7")),
            (
                &loopback,
                stranger,
                &["for=203.0.113.9"],
                &[],
                Some("198.51.100.7"),
            ),
            (&loopback, peer, &[], &spoof, Some("203.0.113.9")),
            (&loopback, peer, &[], &[], Some("127.0.0.1")),
            (&loopback, None, &[], &spoof, None),
            // The client prepends a lie; the proxy appends the real address: the rightmost
            // untrusted hop wins.
            (
                &loopback,
                peer,
                &[],
                &["1.2.3.4, 203.0.113.9"],
                Some("203.0.113.9"),
            ),
            (
                &loopback,
                peer,
                &[],
                &["1.2.3.4", "203.0.113.9"],
                Some("203.0.113.9"),
            ),
            // A chain of trusted proxies is walked through.
            (
                &proxies("127.0.0.1,10.0.0.0/8"),
                peer,
                &[],
                &["203.0.113.9, 10.1.2.3"],
                Some("203.0.113.9"),
            ),
            (
                &proxies("127.0.0.1"),
                peer,
                &[],
                &["203.0.113.9, 10.1.2.3"],
                Some("10.1.2.3"),
            ),
            // Forwarded wins over X-Forwarded-For; quoted, bracketed, with ports.
            (
                &loopback,
                peer,
                &["for=192.0.2.60;proto=https;by=203.0.113.43"],
                &spoof,
                Some("192.0.2.60"),
            ),
            (
                &loopback,
                peer,
                &["for=\"[2001:db8:cafe::17]:4711\""],
                &[],
                Some("2001:db8:cafe::17"),
            ),
            (
                &loopback,
                peer,
                &["For=192.0.2.60:8080"],
                &[],
                Some("192.0.2.60"),
            ),
            // Garbage or an obfuscated hop stops at the nearest trusted hop.
            (
                &loopback,
                peer,
                &[],
                &["203.0.113.9, unknown"],
                Some("127.0.0.1"),
            ),
            (&loopback, peer, &["for=_hidden"], &[], Some("127.0.0.1")),
            (&loopback, peer, &[], &["not an address"], Some("127.0.0.1")),
            // An IPv4-mapped peer is the IPv4 address it maps.
            (
                &loopback,
                Some(ip("::ffff:127.0.0.1")),
                &[],
                &spoof,
                Some("203.0.113.9"),
            ),
        ];
        for (trusted, peer, forwarded, xff, expected) in cases {
            assert_eq!(
                trusted.client_address(*peer, forwarded, xff),
                expected.map(ip),
                "trusting {trusted}, peer {peer:?}, Forwarded {forwarded:?}, XFF {xff:?}"
            );
        }
    }
}
