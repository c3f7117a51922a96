#!/usr/bin/env bash
# Lighthouse (mobile emulation, the default) on the front page and an article, against the
# published site in Production on 127.0.0.1, with Debian's Chromium. Prints one score line per
# page; the full reports go to artifacts/lighthouse/. Needs: npm ci --prefix tools.
set -euo pipefail
cd "$(dirname "$0")/.."

port="${PORT:-5090}"
origin="http://127.0.0.1:$port"
out=artifacts/lighthouse
lighthouse=tools/node_modules/.bin/lighthouse
[ -x "$lighthouse" ] || { echo "lighthouse is missing: run npm ci --prefix tools --ignore-scripts" >&2; exit 1; }

rm -rf "$out"
mkdir -p "$out"
# A published build: brotli and gzip variants, immutable caching, exactly what production serves.
dotnet publish src/Site --use-current-runtime -c Release -o "$out/site" --nologo -v q >/dev/null

# The canonical URL must be on the served origin, or Lighthouse's SEO audit flags it.
ASPNETCORE_ENVIRONMENT=Production dotnet "$out/site/Site.dll" \
  --urls "$origin" --Site:BaseUrl="$origin" --Serilog:MinimumLevel:Default=Warning >"$out/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -fs "$origin/healthz" >/dev/null 2>&1 && break
  sleep 0.5
done

article=$(curl -fs "$origin/" | grep -o 'class="story-headline"><a href="[^"]*"' | head -1 | sed 's/.*href="//; s/"$//')
[ -n "$article" ] || { echo "no article is linked from the front page" >&2; exit 1; }

flags='--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --host-resolver-rules="MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"'
status=0
for page in index:/ article:"$article"; do
  name="${page%%:*}"
  path="${page#*:}"
  CHROME_PATH=/usr/bin/chromium "$lighthouse" "$origin$path" --quiet \
    --chrome-flags="$flags" \
    --only-categories=performance,accessibility,best-practices,seo \
    --output=json --output=html --output-path="$out/$name"
  node -e '
    const report = require(process.argv[1]);
    const scores = Object.values(report.categories).map(c => `${c.id} ${Math.round(c.score * 100)}`);
    console.log(`${process.argv[2]} ${report.finalDisplayedUrl}: ${scores.join(", ")}`);
    const failing = Object.values(report.audits).filter(a => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary");
    for (const audit of failing) console.log(`  below 100: ${audit.id} (${audit.score}) ${audit.displayValue ?? ""}`);
    process.exitCode = Object.values(report.categories).every(c => c.score === 1) ? 0 : 1;
  ' "$PWD/$out/$name.report.json" "$name" || status=1
done
exit "$status"
