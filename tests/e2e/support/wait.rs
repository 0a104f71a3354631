//! Polling with a deadline: every wait in the suite goes through here, so a slow machine
//! gets the same patience everywhere and a timeout always says what it waited for.

use std::future::Future;
use std::time::Duration;

use tokio::time::{Instant, sleep};

/// How long a page or a mail may take; generous for a loaded 2-core machine.
pub const PATIENCE: Duration = Duration::from_secs(15);

const INTERVAL: Duration = Duration::from_millis(100);

/// Calls `probe` until it returns `Some`, or panics after `timeout` naming `what`.
pub async fn until<T, F, Fut>(what: impl std::fmt::Display, timeout: Duration, mut probe: F) -> T
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Option<T>>,
{
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(value) = probe().await {
            return value;
        }
        if Instant::now() >= deadline {
            panic!("timed out after {timeout:?} waiting for {what}");
        }
        sleep(INTERVAL).await;
    }
}
