#!/usr/bin/env bash
# Proves the real-VS-Code harness end to end on the throwaway fixture extension
# (test/e2e/fixture-ext): a passing ext-host suite (exit 0), the same suite with a deliberately
# failing assertion (must exit 1), and a UI screenshot with the warning squiggle.
# Run scripts/e2e/setup.sh first. No stdin needed; prints timings.
set -uo pipefail
REPO="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$REPO"
RUN="node scripts/e2e/run-vscode.mjs"
EXT=test/e2e/fixture-ext
SHOT="${E2E_SCREENSHOT:-.cache/e2e-shots/fixture-squiggle.png}"
fails=0
passes=0
check() { # name expected-exit command...
  local name=$1 want=$2; shift 2
  local t0=$(date +%s)
  "$@"; local got=$?
  local dt=$(( $(date +%s) - t0 ))
  if [ "$got" = "$want" ]; then echo "selftest: ok   $name (exit $got as expected, ${dt}s)"; passes=$((passes+1))
  else echo "selftest: FAIL $name (exit $got, wanted $want, ${dt}s)"; fails=$((fails+1)); fi
}
check "ext-host suite passes" 0 \
  $RUN --ext-host --ext $EXT --tests $EXT/test/suite.js --workspace test/e2e/fixture-ws --timeout 120
check "ext-host deliberate failure is reported" 1 \
  $RUN --ext-host --ext $EXT --tests $EXT/test/suite.js --workspace test/e2e/fixture-ws --timeout 120 --env E2E_FIXTURE_FAIL=1
rm -f "$SHOT"
check "ui screenshot with squiggle" 0 \
  $RUN --ui --ext $EXT --workspace test/e2e/fixture-ws --file hello.md --wait-for .squiggly-warning --screenshot "$SHOT" --timeout 90
[ -s "$SHOT" ] || { echo "selftest: FAIL no screenshot at $SHOT"; fails=$((fails+1)); }
echo "selftest: $passes passed, $fails failed"
exit $(( fails > 0 ))
