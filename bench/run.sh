#!/usr/bin/env bash
# Throughput of the site's pages as a ratio to a static file of the same size served by the
# same app in the same run. Absolute numbers depend on the (shared, noisy) machine; the ratio
# says what the page costs beyond moving its bytes.
#
# Usage: bench/run.sh [duration-seconds] [partner-count]
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-10}
partners=${2:-10000}
port=5399
base="http://127.0.0.1:$port"
work=$(mktemp -d)
app="$work/app"
data="$work/data"
baseline_dir=src/Oldenburg.Integration.Web/wwwroot/_bench
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$work" "$baseline_dir"' EXIT

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }

# Pages to measure: name|path (German pages; the directory holds the seed plus N generated entries).
pages=(
  "start|/de/"
  "offers|/de/offers"
  "offer|/de/offers/beratung-und-unterstuetzung"
  "contact|/de/contact"
)
pages+=(
  "partners-default|/de/partners"
  "partners-filtered|/de/partners?topic=health&lang=ar"
  "partners-search|/de/partners?q=beratung"
  "partners-page-50|/de/partners?page=50"
  "partner-detail|/de/partners/beispielverein-00042"
  "sitemap-index|/sitemap.xml"
)

# Production refuses to start without a site address and allowed hosts; the seeded sample
# partners are drafts there, so the detail page measured is a generated (published) one.
export AllowedHosts=127.0.0.1 Site__BaseUrl="$base"

start_app() {
  ASPNETCORE_ENVIRONMENT=Production Database__DataDirectory="$data" Logging__File__Enabled=false \
    dotnet "$app/Oldenburg.Integration.Web.dll" --urls "$base" >"$work/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do curl -fs "$base/health/ready" >/dev/null 2>&1 && return; sleep 0.5; done
  echo "app did not start" >&2; cat "$work/app.log" >&2; exit 1
}

# 1. Build, seed, and read each page's size.
rm -rf "$baseline_dir"
dotnet publish src/Oldenburg.Integration.Web -c Release -o "$app" -nologo -v q >/dev/null
ASPNETCORE_ENVIRONMENT=Production Database__DataDirectory="$data" Logging__File__Enabled=false \
  dotnet "$app/Oldenburg.Integration.Web.dll" seed-sample-partners "$partners"
start_app
mkdir -p "$baseline_dir"
for entry in "${pages[@]}"; do
  name=${entry%%|*}; path=${entry#*|}
  curl -fs "$base$path" -o "$baseline_dir/$name.html"
done
kill "$pid"; wait "$pid" 2>/dev/null || true

# 2. Rebuild with the same-size static twins (static assets must be known at build time).
dotnet publish src/Oldenburg.Integration.Web -c Release -o "$app" -nologo -v q >/dev/null
start_app

printf '%-20s %10s %12s %12s %8s\n' page bytes page_req/s static_req/s ratio
for entry in "${pages[@]}"; do
  name=${entry%%|*}; path=${entry#*|}
  bytes=$(stat -c %s "$baseline_dir/$name.html")
  curl -fs "$base$path" >/dev/null; curl -fs "$base/_bench/$name.html" >/dev/null
  page_rps=$(wrk -t2 -c32 -d"${duration}s" "$base$path" | awk '/Requests\/sec/ {print $2}')
  static_rps=$(wrk -t2 -c32 -d"${duration}s" "$base/_bench/$name.html" | awk '/Requests\/sec/ {print $2}')
  ratio=$(awk -v a="$page_rps" -v b="$static_rps" 'BEGIN { printf "%.2f", a / b }')
  printf '%-20s %10s %12s %12s %8s\n' "$name" "$bytes" "$page_rps" "$static_rps" "$ratio"
done
