//! Free local ports for the servers each scenario starts.
//!
//! A port is picked well before its server binds it (Kratos' configuration names the proxy's
//! port before nginx starts, for one). A port the kernel picks is one of its ephemeral ports,
//! which any outgoing connection of the machine may take in between (nginx once failed to
//! bind for that reason). So ports come from below the ephemeral range, in turn, each checked
//! free when it is handed out.

use std::net::TcpListener;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};

/// Below Linux's default ephemeral range (32768-60999) and above the well-known services.
const FIRST: u32 = 20_000;
const COUNT: u32 = 12_000;

/// A port nothing listens on right now, never handed out before by this process.
pub fn free_port() -> u16 {
    // Another test binary may run at the same time: each starts at its own place.
    static START: OnceLock<u32> = OnceLock::new();
    static HANDED_OUT: AtomicU32 = AtomicU32::new(0);
    let start = *START.get_or_init(|| std::process::id().wrapping_mul(2_654_435_761) % COUNT);
    loop {
        let turn = HANDED_OUT.fetch_add(1, Ordering::Relaxed);
        assert!(turn < COUNT, "no free port left below the ephemeral range");
        let port = u16::try_from(FIRST + (start + turn) % COUNT).expect("a port number");
        if TcpListener::bind(("127.0.0.1", port)).is_ok() {
            return port;
        }
    }
}

/// Several distinct free ports.
pub fn free_ports<const N: usize>() -> [u16; N] {
    std::array::from_fn(|_| free_port())
}
