#!/usr/bin/env bash
# Throughput of the site's pages as a ratio to "the limit": a bare Kestrel app (bench/limit) that
# answers the same path with the same bytes from memory. Both run on this machine at the same time
# and are measured interleaved, so machine noise hits both; the ratio says what a page costs beyond
# moving its bytes over HTTP. Also prints the site's peak memory under the load, its startup time on
# an existing database, and what per-request logging costs. See bench/README.md.
#
# Usage: bench/run.sh [seconds-per-run] [generated-partners]      (defaults: 5 and 10000)
# Extra environment (e.g. DOTNET_gcServer=0) is passed on to the site, to compare runtime settings.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-5}
partners=${2:-10000}
runs=3
site="http://127.0.0.1:5399"
limit="http://127.0.0.1:5398"
quiet="http://127.0.0.1:5397"
work=$(mktemp -d)
site_pid="" limit_pid="" quiet_pid="" sampler_pid=""

cleanup() {
  for pid in $sampler_pid $site_pid $limit_pid $quiet_pid; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for tool in wrk sqlite3; do
  command -v "$tool" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$tool" >/dev/null; }
done

# Production refuses to start without a site address and allowed hosts. The published folder is the
# content root (as in production), or appsettings.json and its log levels would not be read.
export AllowedHosts=127.0.0.1 Site__BaseUrl="$site" ASPNETCORE_ENVIRONMENT=Production
export Database__DataDirectory="$work/data"

now_ms() { date +%s%3N; }

# Starts the site on $1 with extra settings $2..; sets site_pid (or quiet_pid) and startup_ms, the
# milliseconds from process start to the first served page.
start_site() {
  local url=$1 started; shift
  started=$(now_ms)
  env "$@" dotnet "$work/app/Oldenburg.Integration.Web.dll" --contentRoot "$work/app" --urls "$url" >>"$work/site.log" 2>&1 &
  if [ "$url" = "$quiet" ]; then quiet_pid=$!; else site_pid=$!; fi
  for _ in $(seq 1 600); do
    if curl -fs -m 5 -o /dev/null "$url/de/"; then startup_ms=$(($(now_ms) - started)); return; fi
    sleep 0.05
  done
  echo "site did not start" >&2; cat "$work/site.log" >&2; exit 1
}

stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

# Prints "requests/s non-2xx-count" of one bounded wrk run.
measure() {
  local out
  out=$(timeout $((duration + 30)) wrk -t2 -c32 -d"${duration}s" --timeout 10s "$@")
  awk '/Requests\/sec/ { rps = $2 } /Non-2xx/ { bad = $NF } END { print rps, bad + 0 }' <<<"$out"
}

# 1. Build both apps, seed the database, publish two standing pages (they are seeded as drafts).
echo "Publishing (Release)..." >&2
timeout 900 dotnet publish src/Oldenburg.Integration.Web -c Release -o "$work/app" -nologo -v q >/dev/null
# The publish is ReadyToRun (see the project file); say which garbage collector the site runs with.
echo "site runtime: $(grep -o '"System.GC.Server": [a-z]*' "$work/app/Oldenburg.Integration.Web.runtimeconfig.json")" >&2
timeout 600 dotnet publish bench/limit -c Release -o "$work/limit" -nologo -v q >/dev/null
timeout 900 dotnet "$work/app/Oldenburg.Integration.Web.dll" seed-sample-partners "$partners" --contentRoot "$work/app" >&2
db=$(ls "$work"/data/*.db)
sqlite3 "$db" "update Pages set State = 'Published' where Slug in ('impressum', 'datenschutz');"

# 2. Startup on the existing database (migrations applied, seeding done), a few restarts.
startups=()
for _ in 1 2; do start_site "$site"; startups+=("$startup_ms"); stop "$site_pid"; done
start_site "$site"
startups+=("$startup_ms")

# 3. Save each page's HTML and the directory's filter keys; start the limit with those bytes.
pages=(
  "start|/de/"
  "offers|/de/offers"
  "offer|/de/offers/beratung-und-unterstuetzung"
  "contact|/de/contact"
  "directory, first page|/de/partners"
  "partner detail|/de/partners/beispielverein-00042"
  "standing page|/de/pages/impressum"
  "standing page|/de/pages/datenschutz"
)
mkdir -p "$work/pages"
: >"$work/pages/manifest.tsv"
for i in "${!pages[@]}"; do
  path=${pages[$i]#*|}
  curl -fs -m 30 "$site$path" -o "$work/pages/$i.html"
  printf '%s\t%s\n' "$path" "$i.html" >>"$work/pages/manifest.tsv"
done
grep -o 'name="\(topic\|lang\|district\|type\)" value="[^"]*"' "$work/pages/4.html" \
  | sed 's/name="\([a-z]*\)" value="\([^"]*\)"/\1=\2/' >"$work/keys.txt"
dotnet "$work/limit/Limit.dll" "$work/pages/manifest.tsv" --urls "$limit" >"$work/limit.log" 2>&1 &
limit_pid=$!
for _ in $(seq 1 100); do curl -fs -m 2 -o /dev/null "$limit/de/" && break; sleep 0.1; done

# 4. Sample the site's resident memory every half second while the load runs.
(while kill -0 "$site_pid" 2>/dev/null; do
  awk '/VmRSS/ { print $2 }' "/proc/$site_pid/status" 2>/dev/null || true; sleep 0.5
done) >"$work/rss.txt" &
sampler_pid=$!

misses="$PWD/bench/directory-misses.lua"
rows=()
for entry in "${pages[@]}"; do rows+=("$entry|$entry"); done
rows+=("directory search, cache miss|/de/partners?q=…|directory, first page|/de/partners|q")
rows+=("directory filters, cache miss|/de/partners?topic=…|directory, first page|/de/partners|filter")

table() {
  printf '| page | path | bytes | page req/s | limit req/s | ratio | spread |\n|---|---|---:|---:|---:|---:|---|\n'
  for row in "${rows[@]}"; do
    IFS='|' read -r name path _ limit_path mode <<<"$row"
    bytes=$(curl -fs -m 30 "$limit$limit_path" | wc -c)
    if [ -n "${mode:-}" ]; then page_args=(-s "$misses" "$site/de/partners" -- "$work/keys.txt" "$mode")
    else page_args=("$site$path"); fi
    timeout 30 wrk -t2 -c32 -d1s "${page_args[@]}" >/dev/null; timeout 30 wrk -t2 -c32 -d1s "$limit$limit_path" >/dev/null
    results=()
    for _ in $(seq 1 $runs); do
      read -r page_rps page_bad < <(measure "${page_args[@]}")
      read -r limit_rps _ < <(measure "$limit$limit_path")
      results+=("$page_rps $limit_rps $page_bad")
    done
    printf '%s\n' "${results[@]}" | awk -v name="$name" -v path="$path" -v bytes="$bytes" '
      { p[NR] = $1; l[NR] = $2; r[NR] = $1 / $2; bad += $3 }
      function median(a,   n, i, j, t, s) { n = 0; for (i in a) s[++n] = a[i]
        for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (s[j] < s[i]) { t = s[i]; s[i] = s[j]; s[j] = t }
        return s[int((n + 1) / 2)] }
      function lo(a,   i, m) { m = a[1]; for (i in a) if (a[i] < m) m = a[i]; return m }
      function hi(a,   i, m) { m = a[1]; for (i in a) if (a[i] > m) m = a[i]; return m }
      END { printf "| %s | `%s` | %d | %.0f | %.0f | %.3f | %.3f–%.3f%s |\n", name, path, bytes,
              median(p), median(l), median(r), lo(r), hi(r), bad ? " (" bad " non-2xx!)" : "" }'
  done
}

# The hit path starts as ReadyToRun code and is recompiled by tiered compilation once it is hot. Without
# this pass the first row measured that switch-over: the start page, measured first, had one run at
# about 0.25 of the limit in every run of this script (bench/README.md, "Quiet run after eight languages").
echo "Warming the cached pages (tiered compilation)..." >&2
for entry in "${pages[@]}"; do timeout 30 wrk -t2 -c32 -d2s "$site${entry#*|}" >/dev/null; done

echo "Measuring: ${#rows[@]} pages x $runs interleaved runs of ${duration}s against the limit..." >&2
table
peak_rss_kib=$(sort -n "$work/rss.txt" | tail -1)
hwm_kib=$(awk '/VmHWM/ { print $2 }' "/proc/$site_pid/status")

# 5. Logging cost: the same cheap page on a second instance with logging off, interleaved.
cheap=/de/offers/beratung-und-unterstuetzung
start_site "$quiet" Serilog__MinimumLevel__Default=Warning Logging__File__Enabled=false
logged=() unlogged=()
for _ in $(seq 1 $runs); do
  read -r rps _ < <(measure "$site$cheap"); logged+=("$rps")
  read -r rps _ < <(measure "$quiet$cheap"); unlogged+=("$rps")
done
median3() { printf '%s\n' "$@" | sort -g | sed -n 2p; }

echo
printf 'peak RSS under load: %d MiB sampled (VmHWM %d MiB), target <= 250 MiB\n' \
  $((peak_rss_kib / 1024)) $((hwm_kib / 1024))
printf 'startup to first page, existing database: %s ms (median %s ms), target < 3000 ms\n' \
  "${startups[*]}" "$(median3 "${startups[@]}")"
printf 'logging cost on %s: %s req/s logged (%s), %s req/s with logging off (%s)\n' "$cheap" \
  "$(median3 "${logged[@]}")" "${logged[*]}" "$(median3 "${unlogged[@]}")" "${unlogged[*]}"
echo "machine load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
