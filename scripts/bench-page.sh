# Sourced by scripts/bench-load, bench-instructions and bench-node-ui: the settings page they
# all ask for, the fake Kratos that answers it, and the processes they leave behind. The caller
# sets ui_port and kratos_port first.

# The recorded settings-fresh.json flow and the Kratos session cookie the fake Kratos accepts.
flow_id=dd36eeab-831f-4ca2-9c46-da280819c641
url="http://127.0.0.1:$ui_port/settings?flow=$flow_id"
cookie="Cookie: ory_kratos_session=MTYzOTM4NDg2N3xEdi1CQkFFQ180SUFBUkFCRUFBQVJfLUNBQUVHYzNSeWFXNW58"

target=${CARGO_TARGET_DIR:-target}
ui_bin=${UI_BIN:-$target/release/kratos-account-ui}
fake_bin=${FAKE_BIN:-$target/release/examples/fake_kratos}

# Builds what UI_BIN and FAKE_BIN do not name. Apart: built together, the UI would get the
# features the example's dev-dependencies turn on, and would not be the binary that ships.
build_bench_binaries() {
  local what
  for what in "$@"; do
    case $what in
      ui) [[ -n ${UI_BIN:-} ]] || cargo build --release --locked --bin kratos-account-ui >&2 ;;
      fake) [[ -n ${FAKE_BIN:-} ]] || cargo build --release --locked --example fake_kratos >&2 ;;
    esac
  done
}

# A scratch directory, and every process in `pids`, gone on exit (the directory stays with
# KEEP=1).
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  [[ -n ${KEEP:-} ]] || rm -rf "$work"
}
trap cleanup EXIT

# The fake Kratos on kratos_port; arguments after the address (a flow size) go to it.
start_fake_kratos() {
  "$fake_bin" "127.0.0.1:$kratos_port" "$@" 2>/dev/null &
  pids+=($!)
}

# Our UI, as a browser reaches it through the fixtures' Kratos (they were recorded from a
# browser-facing Kratos on localhost:4433); a command before the binary (valgrind) may be given.
ui_env=(KRATOS_PUBLIC_URL="http://127.0.0.1:$kratos_port" KRATOS_BROWSER_URL=http://localhost:4433
  HOST=127.0.0.1 PORT="$ui_port" LOG_FORMAT=json DEV_MODE=true RUST_LOG="${RUST_LOG:-info}")

# Waits until each URL answers (a grown flow takes the fake Kratos a moment to build).
wait_for() {
  local url
  for url in "$@"; do
    for _ in $(seq 300); do
      curl -fsS -o /dev/null "$url" 2>/dev/null && break
      sleep 0.1
    done
  done
}

# The first page starts the browser's cookie session (it holds the sign-out form's CSRF
# token); a browser sends it back with every page after, and so do the benchmarks. Sets
# `page` to that first page and `page_cookie` to the cookies to send with the others.
open_cookie_session() {
  local jar="$work/jar" session
  page=$(curl -fsS -c "$jar" -H "$cookie" "$url")
  session=$(awk '$6 == "kau_session" {print $7}' "$jar")
  page_cookie=$cookie
  [[ -n $session ]] && page_cookie="$cookie; kau_session=$session"
  return 0
}
