#!/usr/bin/env bash
# `npm test`: the Debian packages the suites need, the type check and lint, then every jest suite.
# The type check and ESLint each keep one core busy for a minute or more, so they run side by side;
# jest then runs its suites in two workers (the builds they share are locked: tests/browser/buildBundle.ts,
# scripts/buildCli.ts). Both checks always finish, so one run reports every failure of either.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-packages.sh || exit 1
npm run --silent typecheck &
typecheck=$!
npm run --silent lint &
lint=$!
failed=0
wait "$typecheck" || failed=1
wait "$lint" || failed=1
[ "$failed" -eq 0 ] || exit 1
exec npx jest --maxWorkers=2
