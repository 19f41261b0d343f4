#!/usr/bin/env bash
# `npm test`: every check, cheapest first, stopping at the first failure.
set -euo pipefail
export ASTRO_TELEMETRY_DISABLED=1 TZ=UTC
step() { printf '\n\033[1m▶ %s\033[0m\n' "$*"; }

step "content (npm run check:content)";  npm run -s check:content
step "lint (biome) and format (prettier)"; npx biome lint . && npx prettier --check . >/dev/null
step "types (astro check)";               npx astro check --minimumSeverity error
step "unit, chart and component tests";   npx vitest run
step "build";                             npx astro build --force  # a fresh content layer, whatever the tests' builds left in .astro/
step "byte budgets, no third-party requests (npm run check:budgets)"; bash scripts/ensure-chromium.sh && npm run -s check:budgets
step "HTML validity (npm run check:html)"; npm run -s check:html
step "internal links (npm run check:links)"; npm run -s check:links
step "browser tests (Playwright)";        bash scripts/ensure-chromium.sh && npx playwright test
