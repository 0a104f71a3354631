# Sourced by scripts/bench-load and scripts/bench-node-ui: the measurement both make of a UI
# process under wrk. The caller sets ui_pid, connections, runs and duration, and defines
# `load CONNECTIONS SECONDS` (a wrk run with --latency) and `check WRK_OUTPUT` (exits when
# the run must not count).

clk_tck=$(getconf CLK_TCK)
# utime and stime in clock ticks (every thread's); the fields after the command name, which
# ends with ") ".
cpu_ticks() { sed 's/.*) //' "/proc/$ui_pid/stat" | awk '{print $12, $13}'; }
# Microseconds per page from a number of clock ticks.
per_page() { awk -v t="$1" -v hz="$clk_tck" -v n="$2" 'BEGIN {printf "%.0f", t / hz * 1e6 / n}'; }
rss_kib() { awk '/^VmRSS/ {print $2}' "/proc/$ui_pid/status"; }
peak_kib() { awk '/^VmHWM/ {print $2}' "/proc/$ui_pid/status"; }
mib() { awk -v k="$1" 'BEGIN {printf "%.1f", k / 1024}'; }
# wrk prints latencies as 1.23us / 1.23ms / 1.23s; this prints milliseconds.
to_ms() { awk '{v = $1 + 0; if ($1 ~ /us$/) v /= 1000; else if ($1 ~ /[0-9]s$/) v *= 1000; printf "%.2f", v}' <<<"$1"; }

# One line per run: pages, pages/s, the UI's CPU per page and the kernel's part of it (system
# calls, and on loopback the TCP work of the peer it wakes), cores, p50, p99, RSS, load
# average; then the peak RSS and the RSS once the load has been gone for 5 s.
measure() {
  printf '%-5s %-4s %9s %9s %9s %9s %6s %8s %8s %8s %6s\n' \
    conns run pages pages/s "µs CPU" "µs sys" cores "p50 ms" "p99 ms" "RSS MiB" load
  local c run user_before sys_before user_after sys_after out pages ticks
  for c in $connections; do
    for run in $(seq "$runs"); do
      read -r user_before sys_before < <(cpu_ticks)
      out=$(load "$c" "$duration")
      read -r user_after sys_after < <(cpu_ticks)
      check "$out"
      pages=$(awk '/requests in/ {print $1}' <<<"$out")
      ticks=$((user_after - user_before + sys_after - sys_before))
      printf '%-5s %-4s %9s %9s %9s %9s %6s %8s %8s %8s %6s\n' "$c" "$run" "$pages" \
        "$(awk '/^Requests\/sec/ {printf "%.0f", $2}' <<<"$out")" \
        "$(per_page "$ticks" "$pages")" "$(per_page $((sys_after - sys_before)) "$pages")" \
        "$(awk -v t="$ticks" -v hz="$clk_tck" -v d="$duration" 'BEGIN {printf "%.2f", t / hz / d}')" \
        "$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")" \
        "$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")" \
        "$(mib "$(rss_kib)")" "$(cut -d' ' -f1 /proc/loadavg)"
    done
  done
  sleep 5
  echo "RSS: peak $(mib "$(peak_kib)") MiB, 5 s after the load $(mib "$(rss_kib)") MiB"
}
