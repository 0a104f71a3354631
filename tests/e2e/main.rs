//! End-to-end suite (placeholder until the harness lands).
