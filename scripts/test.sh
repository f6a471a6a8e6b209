#!/usr/bin/env bash
# `npm test`: the Debian packages the suites need, then the type check, lint and every jest suite
# at once. jest runs its suites in two workers (the builds they share are locked:
# tests/browser/buildBundle.ts, scripts/buildCli.ts); the type check and ESLint run beside it at
# a lower priority (nice), so that they take the cycles jest leaves idle (a worker waiting for
# LibreOffice or Chromium, the last suites on one worker) instead of keeping jest waiting for a
# minute or two first. Their output is kept and printed after jest's. Every check always runs to
# its end, so one run reports every failure of each.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-packages.sh || exit 1
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
nice -n 10 npm run --silent typecheck >"$logs/typecheck" 2>&1 &
typecheck=$!
nice -n 10 npm run --silent lint >"$logs/lint" 2>&1 &
lint=$!
failed=0
npx jest --maxWorkers=2 || failed=1
wait "$typecheck" || { failed=1; echo "npm run typecheck failed:"; }
cat "$logs/typecheck"
wait "$lint" || { failed=1; echo "npm run lint failed:"; }
cat "$logs/lint"
exit "$failed"
