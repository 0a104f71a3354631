# Sourced by the scripts that build a Go tool from its consumer module in tools/<tool> into
# .cache/bin/<tool> (build-kratos, build-mailpit, build-helm, build-promtool). Before
# sourcing, the caller sets `tool` (the name) and `what` (what the tool is, for messages).
# Sets `repo_root`, `src` (the module) and `out` (the binary).

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
src="$repo_root/tools/$tool"
out="$repo_root/.cache/bin/$tool"
go_tool_started=$(date +%s)

# Exits the script when the binary is newer than every file given (paths from the repo
# root): nothing it is built from has changed.
skip_when_built_from() {
  local file
  [[ -x $out ]] || return 0
  for file in "$@"; do
    [[ $repo_root/$file -nt $out ]] && return 0
  done
  echo "build-$tool: $out is up to date, skipping build"
  exit 0
}

# Exits the script unless every command given is installed.
require_commands() {
  local command
  for command in "$@"; do
    if ! command -v "$command" >/dev/null 2>&1; then
      echo "build-$tool: $command is not installed (needed to build $what)" >&2
      exit 1
    fi
  done
  mkdir -p "$(dirname "$out")"
}

# Puts the build ($out.tmp) in place.
install_built() {
  mv -f "$out.tmp" "$out"
  echo "build-$tool: built $out in $(( $(date +%s) - go_tool_started ))s"
}
