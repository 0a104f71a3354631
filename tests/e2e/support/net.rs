//! Free local ports for the servers each scenario starts.

use std::net::TcpListener;

/// A port nothing listens on right now (the OS picks it; it is released at once).
pub fn free_port() -> u16 {
    free_ports::<1>()[0]
}

/// Several distinct free ports, held together while they are picked so they differ.
pub fn free_ports<const N: usize>() -> [u16; N] {
    let listeners: Vec<TcpListener> = (0..N)
        .map(|_| TcpListener::bind("127.0.0.1:0").expect("bind an ephemeral port"))
        .collect();
    std::array::from_fn(|i| listeners[i].local_addr().expect("a local address").port())
}
