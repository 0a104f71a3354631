//! One bound, shared by every request, on the memory that Kratos bodies take while they are
//! read, parsed and turned into a page: without it, many concurrent large flows add up.
//!
//! The budget has two pools, so that no request can wait for memory while holding memory
//! another waiting request needs (a settings page reads its flow, who is signed in and the
//! other sessions at once):
//! - **flows** (one per page): a flow waits, first come first served, for its share; a page
//!   never holds a flow share when it asks for one, so waiting cannot go round in a circle;
//! - **answers** (who is signed in, sessions, logout, errors): never waits. When the pool is
//!   spent the call fails at once as busy (a settings page then goes without its sessions).
//!
//! A share never grows by waiting either: a streamed body whose first share is too small
//! takes more only if it is free, and fails as busy otherwise.

use std::ops::Deref;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{OwnedSemaphorePermit, Semaphore, TryAcquireError};

use super::error::UpstreamError;

/// How many bytes of flow bodies may be in flight at once. A flow counts from before its first
/// byte is read until the last byte of the page made of it is handed to the connection; the
/// parsed flow and the page take several times the body's size (a flow of thousands of
/// security keys, up to about 20 times), so this bounds about 80 MiB of pages.
pub const FLOW_BUDGET_BYTES: usize = 4 * 1024 * 1024;

/// How many bytes of the other answers (sessions, logout tokens, errors) may be in flight at
/// once: a settings page's pair is a few KiB.
pub const ANSWER_BUDGET_BYTES: usize = 4 * 1024 * 1024;

/// The first share of a body whose size Kratos does not announce (it streams bodies over
/// 4 KiB, settings flows among them): most flows fit.
pub const STREAMED_FIRST_SHARE: usize = 64 * 1024;

/// Which pool a body draws on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pool {
    /// The flow a page is made of: may wait for its share.
    Flow,
    /// Any other answer: never waits.
    Answer,
}

#[derive(Clone, Debug)]
pub struct BodyBudget {
    flows: Arc<Semaphore>,
    answers: Arc<Semaphore>,
    flow_bytes: usize,
    answer_bytes: usize,
}

impl Default for BodyBudget {
    fn default() -> Self {
        Self::new(FLOW_BUDGET_BYTES, ANSWER_BUDGET_BYTES)
    }
}

impl BodyBudget {
    pub fn new(flow_bytes: usize, answer_bytes: usize) -> Self {
        Self {
            flows: Arc::new(Semaphore::new(flow_bytes)),
            answers: Arc::new(Semaphore::new(answer_bytes)),
            flow_bytes,
            answer_bytes,
        }
    }

    /// A share of `bytes` (at least one) from `pool`: a flow waits at most `patience` for it
    /// (then a timeout), an answer does not wait (busy). More than the whole pool is too large.
    pub async fn reserve(
        &self,
        pool: Pool,
        bytes: usize,
        patience: Duration,
    ) -> Result<BodyPermit, UpstreamError> {
        let (semaphore, total) = match pool {
            Pool::Flow => (&self.flows, self.flow_bytes),
            Pool::Answer => (&self.answers, self.answer_bytes),
        };
        if bytes > total {
            return Err(UpstreamError::TooLarge);
        }
        let permits = u32::try_from(bytes.max(1)).map_err(|_| UpstreamError::TooLarge)?;
        let permit = match pool {
            Pool::Answer => semaphore
                .clone()
                .try_acquire_many_owned(permits)
                .map_err(|_| busy(bytes))?,
            Pool::Flow => {
                let acquire = semaphore.clone().acquire_many_owned(permits);
                match tokio::time::timeout(patience, acquire).await {
                    Ok(Ok(permit)) => permit,
                    Ok(Err(_closed)) => return Err(UpstreamError::Busy),
                    Err(_elapsed) => {
                        tracing::warn!(bytes, "no memory budget for a flow in time");
                        return Err(UpstreamError::Timeout);
                    }
                }
            }
        };
        Ok(BodyPermit(permit))
    }

    pub fn available(&self, pool: Pool) -> usize {
        match pool {
            Pool::Flow => self.flows.available_permits(),
            Pool::Answer => self.answers.available_permits(),
        }
    }
}

fn busy(bytes: usize) -> UpstreamError {
    tracing::warn!(bytes, "no memory budget left for an upstream body");
    UpstreamError::Busy
}

/// A share of the budget; dropping it gives the bytes back.
#[derive(Debug)]
pub struct BodyPermit(OwnedSemaphorePermit);

impl BodyPermit {
    pub fn bytes(&self) -> usize {
        self.0.num_permits()
    }

    /// Grows the share to `bytes` if the pool has them free now; never waits (a share held
    /// while waiting for more could wait for ever on others doing the same).
    pub fn grow_to(&mut self, bytes: usize) -> Result<(), UpstreamError> {
        let Some(extra) = bytes.checked_sub(self.bytes()).filter(|extra| *extra > 0) else {
            return Ok(());
        };
        let extra = u32::try_from(extra).map_err(|_| UpstreamError::TooLarge)?;
        match self.0.semaphore().clone().try_acquire_many_owned(extra) {
            Ok(more) => {
                self.0.merge(more);
                Ok(())
            }
            // Not logged here: a caller may ask again for less, and a failed call is logged.
            Err(TryAcquireError::NoPermits | TryAcquireError::Closed) => Err(UpstreamError::Busy),
        }
    }

    /// Room for `needed` bytes of a body that grows as it streams in: the share doubles
    /// (up to `cap`) so that the steps stay few, or takes just what is needed when the double
    /// is not free. Busy when not even that is.
    pub fn make_room(&mut self, needed: usize, cap: usize) -> Result<(), UpstreamError> {
        if needed <= self.bytes() {
            return Ok(());
        }
        let doubled = needed.max(2 * self.bytes()).min(cap);
        self.grow_to(doubled).or_else(|_| self.grow_to(needed))
    }

    /// Keeps `bytes` of the share (at least one) and gives the rest back.
    pub fn shrink_to(&mut self, bytes: usize) {
        let keep = bytes.max(1);
        if let Some(excess) = self.bytes().checked_sub(keep)
            && excess > 0
        {
            drop(self.0.split(excess));
        }
    }
}

/// A value made from an upstream body, holding the body's share of the budget until the value
/// is dropped, or until the page made of it is sent ([`Budgeted::into_parts`]).
#[derive(Debug)]
pub struct Budgeted<T> {
    value: T,
    permit: BodyPermit,
}

impl<T> Budgeted<T> {
    pub fn new(value: T, permit: BodyPermit) -> Self {
        Self { value, permit }
    }

    pub fn into_inner(self) -> T {
        self.value
    }

    pub fn into_parts(self) -> (T, BodyPermit) {
        (self.value, self.permit)
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

    const SOON: Duration = Duration::from_millis(20);

    #[tokio::test]
    async fn a_full_flow_pool_makes_the_next_flow_wait_and_a_released_share_lets_it_in() {
        let budget = BodyBudget::new(100, 10);
        let mut first = budget.reserve(Pool::Flow, 80, SOON).await.unwrap();
        let waited = budget.reserve(Pool::Flow, 30, SOON).await.unwrap_err();
        assert_eq!(waited, UpstreamError::Timeout);
        first.shrink_to(50);
        assert_eq!(budget.available(Pool::Flow), 50);
        let second = budget.reserve(Pool::Flow, 30, SOON).await.unwrap();
        drop((first, second));
        assert_eq!(budget.available(Pool::Flow), 100);
    }

    #[tokio::test]
    async fn a_flow_larger_than_the_pool_is_refused_at_once_not_waited_for() {
        let budget = BodyBudget::new(100, 10);
        let started = std::time::Instant::now();
        let refused = budget
            .reserve(Pool::Flow, 1000, Duration::from_secs(5))
            .await
            .unwrap_err();
        assert_eq!(refused, UpstreamError::TooLarge);
        assert!(started.elapsed() < Duration::from_secs(1));
    }

    #[tokio::test]
    async fn answers_never_wait_and_never_take_from_the_flows() {
        let budget = BodyBudget::new(100, 10);
        let held = budget.reserve(Pool::Answer, 8, SOON).await.unwrap();
        let started = std::time::Instant::now();
        let refused = budget
            .reserve(Pool::Answer, 5, Duration::from_secs(5))
            .await
            .unwrap_err();
        assert_eq!(refused, UpstreamError::Busy);
        assert!(started.elapsed() < Duration::from_secs(1));
        assert_eq!(budget.available(Pool::Flow), 100);
        drop(held);
        assert!(budget.reserve(Pool::Answer, 5, SOON).await.is_ok());
    }

    #[tokio::test]
    async fn a_share_grows_only_into_free_bytes() {
        let budget = BodyBudget::new(100, 10);
        let mut streamed = budget.reserve(Pool::Flow, 40, SOON).await.unwrap();
        streamed.grow_to(70).unwrap();
        assert_eq!((streamed.bytes(), budget.available(Pool::Flow)), (70, 30));
        let other = budget.reserve(Pool::Flow, 20, SOON).await.unwrap();
        assert_eq!(streamed.grow_to(90), Err(UpstreamError::Busy));
        assert_eq!(
            streamed.bytes(),
            70,
            "a refused growth keeps the share as it was"
        );
        drop(other);
        streamed.grow_to(90).unwrap();
        streamed.shrink_to(10);
        assert_eq!(budget.available(Pool::Flow), 90);
    }

    #[tokio::test]
    async fn a_streamed_body_doubles_its_share_or_takes_just_what_it_needs() {
        let budget = BodyBudget::new(100, 10);
        let mut streamed = budget.reserve(Pool::Flow, 20, SOON).await.unwrap();
        streamed.make_room(15, 90).unwrap();
        assert_eq!(streamed.bytes(), 20, "it fits already");
        streamed.make_room(25, 90).unwrap();
        assert_eq!(streamed.bytes(), 40, "doubled");
        streamed.make_room(50, 60).unwrap();
        assert_eq!(streamed.bytes(), 60, "doubled up to the cap");
        let other = budget.reserve(Pool::Flow, 30, SOON).await.unwrap();
        streamed.make_room(65, 90).unwrap();
        assert_eq!(
            streamed.bytes(),
            65,
            "the double is not free; what is needed is"
        );
        assert_eq!(streamed.make_room(80, 90), Err(UpstreamError::Busy));
        drop(other);
    }

    /// The hazard two pools remove: with one first-come-first-served pool, a page holding its
    /// flow's share and asking for its answers' queued behind another page's flow, which
    /// waited for the first page's share: both stood still until they timed out.
    #[tokio::test]
    async fn pages_asking_for_flows_and_answers_in_any_order_all_finish() {
        let budget = BodyBudget::new(100, 50);
        let pages = (0..8).map(|page| {
            let budget = budget.clone();
            async move {
                let patience = Duration::from_secs(5);
                let (flow, answer) = if page % 2 == 0 {
                    let flow = budget.reserve(Pool::Flow, 60, patience).await.unwrap();
                    tokio::task::yield_now().await;
                    (flow, budget.reserve(Pool::Answer, 5, patience).await)
                } else {
                    let answer = budget.reserve(Pool::Answer, 5, patience).await;
                    (
                        budget.reserve(Pool::Flow, 60, patience).await.unwrap(),
                        answer,
                    )
                };
                assert!(answer.is_ok());
                tokio::time::sleep(Duration::from_millis(5)).await;
                drop((flow, answer));
            }
        });
        let local = tokio::task::LocalSet::new();
        let all = local.run_until(async {
            let handles: Vec<_> = pages.map(tokio::task::spawn_local).collect();
            for handle in handles {
                handle.await.unwrap();
            }
        });
        tokio::time::timeout(Duration::from_secs(5), all)
            .await
            .expect("every page got its flow in turn");
        assert_eq!(budget.available(Pool::Flow), 100);
        assert_eq!(budget.available(Pool::Answer), 50);
    }
}
