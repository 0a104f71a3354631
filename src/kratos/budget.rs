//! One bound, shared by every request, on the memory that Kratos bodies take while they are
//! read, parsed and turned into a page: without it, many concurrent large flows add up.

use std::ops::Deref;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use super::error::UpstreamError;

/// How many bytes of upstream bodies may be in flight at once. A body counts from before its
/// first byte is read until the page made of it is rendered; the parsed flow and the page
/// take a few times the body's size, so the memory this bounds is a small multiple of it.
pub const BODY_BUDGET_BYTES: usize = 16 * 1024 * 1024;

#[derive(Clone, Debug)]
pub struct BodyBudget {
    bytes: Arc<Semaphore>,
    total: usize,
}

impl BodyBudget {
    pub fn new(total: usize) -> Self {
        Self {
            bytes: Arc::new(Semaphore::new(total)),
            total,
        }
    }

    /// Waits (at most `patience`) until `bytes` of the budget are free and holds them.
    /// A request never holds part of the budget while waiting for more, so requests cannot
    /// block each other for good.
    pub async fn reserve(
        &self,
        bytes: usize,
        patience: Duration,
    ) -> Result<BodyPermit, UpstreamError> {
        let bytes = bytes.clamp(1, self.total);
        let permits = u32::try_from(bytes).map_err(|_| UpstreamError::TooLarge)?;
        let acquire = self.bytes.clone().acquire_many_owned(permits);
        match tokio::time::timeout(patience, acquire).await {
            Ok(Ok(permit)) => Ok(BodyPermit(permit)),
            Ok(Err(_closed)) => Err(UpstreamError::Timeout),
            Err(_elapsed) => {
                tracing::warn!(bytes, "no memory budget for an upstream body in time");
                Err(UpstreamError::Timeout)
            }
        }
    }

    pub fn available(&self) -> usize {
        self.bytes.available_permits()
    }
}

/// A share of the budget; dropping it gives the bytes back.
#[derive(Debug)]
pub struct BodyPermit(OwnedSemaphorePermit);

impl BodyPermit {
    /// Keeps `bytes` of the share (at least one) and gives the rest back.
    pub fn shrink_to(&mut self, bytes: usize) {
        let keep = bytes.max(1);
        if let Some(excess) = self.0.num_permits().checked_sub(keep) {
            drop(self.0.split(excess));
        }
    }
}

/// A value made from an upstream body, holding the body's share of the budget until the value
/// is dropped (i.e. the page made of it is rendered).
#[derive(Debug)]
pub struct Budgeted<T> {
    value: T,
    _permit: BodyPermit,
}

impl<T> Budgeted<T> {
    pub fn new(value: T, permit: BodyPermit) -> Self {
        Self {
            value,
            _permit: permit,
        }
    }

    pub fn into_inner(self) -> T {
        self.value
    }
}

impl<T> Deref for Budgeted<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_full_budget_makes_the_next_body_wait_and_a_released_one_lets_it_in() {
        let budget = BodyBudget::new(100);
        let mut first = budget.reserve(80, Duration::from_secs(1)).await.unwrap();
        assert_eq!(
            budget
                .reserve(30, Duration::from_millis(20))
                .await
                .unwrap_err(),
            UpstreamError::Timeout
        );
        first.shrink_to(50);
        assert_eq!(budget.available(), 50);
        let second = budget.reserve(30, Duration::from_millis(20)).await.unwrap();
        drop((first, second));
        assert_eq!(budget.available(), 100);
        // More than the whole budget waits for the whole budget, never for ever.
        let all = budget.reserve(1000, Duration::from_secs(1)).await.unwrap();
        assert_eq!(budget.available(), 0);
        drop(all);
    }
}
