#!/usr/bin/env bash
# Three back-to-back full runs of the suite with two CPU hogs per core. Each hog runs in a session of its own, as
# other people's work would: where the kernel groups a session's processes for scheduling (autogroup, the default
# on desktop kernels), hogs sharing this script's session would weigh as one, however many there are.
cd "$(dirname "$0")/.."
[ -n "${VIRTUAL_ENV:-}" ] || { echo "activate the project's venv first" >&2; exit 2; }
for run in 1 2 3; do
  hogs=()
  for i in $(seq $(( 2 * $(nproc) ))); do setsid python3 -c "while True: pass" & hogs+=($!); done
  start=$SECONDS
  python -m pytest -n auto -q -p no:cacheprovider > "${TMPDIR:-/tmp}"/loaded-$run.log 2>&1
  status=$?
  kill "${hogs[@]}"; wait "${hogs[@]}" 2>/dev/null
  echo "run $run: exit $status in $((SECONDS - start)) s: $(tail -1 "${TMPDIR:-/tmp}"/loaded-$run.log)" >> "${TMPDIR:-/tmp}"/loaded-summary.txt
done
