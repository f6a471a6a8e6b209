#!/usr/bin/env bash
# `npm test`: the Debian packages the suites need, then the type check, lint and every jest suite
# at once. jest runs its suites in two workers (the builds they share are locked:
# tests/browser/buildBundle.ts, scripts/buildCli.ts); the type check with ESLint (one process over
# one TypeScript program: scripts/typecheckAndLint.ts) and Prettier run beside it at a lower
# priority (nice), so that they take the cycles jest leaves idle (a worker waiting for LibreOffice
# or Chromium, the last suites on one worker) instead of keeping jest waiting for a minute first.
# Their output is kept and printed after jest's. Every check always runs to its end, so one run
# reports every failure of each.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-packages.sh || exit 1
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
nice -n 10 npx tsx scripts/typecheckAndLint.ts >"$logs/types-lint" 2>&1 &
typesLint=$!
nice -n 10 npx prettier --check . >"$logs/prettier" 2>&1 &
prettier=$!
failed=0
npx jest --maxWorkers=2 || failed=1
wait "$typesLint" || { failed=1; echo "The type check or ESLint failed (npm run typecheck, npx eslint .):"; }
cat "$logs/types-lint"
wait "$prettier" || { failed=1; echo "Prettier failed (npx prettier --write . formats):"; }
cat "$logs/prettier"
exit "$failed"
