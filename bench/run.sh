#!/usr/bin/env bash
# The load benchmark: the published site with the settings an operator gets by default, measured
# with wrk on loopback against two references in the same run, round by round:
#   ceiling  bench/Ceiling, the smallest ASP.NET Core app writing the site's own responses
#            (headers and bodies, captured from the site) from memory: what Kestrel allows here;
#   nginx    the same bodies as static files, precompressed (gzip_static; nginx has no br).
# It prints one table per article count (N): start-up to first 200 (from the article cache, and
# with none), RSS, requests/s, p50 and p99 for the article, the index and a tag page, identity,
# gzip, br and a conditional request answered 304, errors at 256 connections, and how long one
# saved file takes to be served.
#
#   bench/run.sh            the full run (about 15 minutes on 2 cores)
#   bench/run.sh --smoke    one short round of everything: proves the harness works, measures nothing
#
# Settings (environment): BENCH_SECONDS (per run, 4), BENCH_ROUNDS (3), BENCH_CONNECTIONS (64),
# BENCH_SIZES ("1 1000 10000"), BENCH_STARTS (start-ups per median, 5), BENCH_SITE_ENV (extra
# variables for the site only, e.g. "DOTNET_gcServer=0" to measure a runtime setting against the
# default). Every load is bounded in time; every server binds to 127.0.0.1 and is stopped by its own pid.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = --smoke ]; then
  seconds=1 rounds=1 sizes="1 200" starts=1 warmup=1
else
  seconds=${BENCH_SECONDS:-4} rounds=${BENCH_ROUNDS:-3} sizes=${BENCH_SIZES:-"1 1000 10000"} starts=${BENCH_STARTS:-5} warmup=3
fi
connections=${BENCH_CONNECTIONS:-64}

for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] || {
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx curl >/dev/null
  }
done

work=$(mktemp -d)
chmod 755 "$work" # nginx workers run as another user
mkdir "$work/home"
site_pid="" ceiling_pid="" nginx_pid=""
stop() { # pid: stops one server and waits for it
  [ -n "$1" ] || return 0
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}
cleanup() {
  stop "$site_pid"; stop "$ceiling_pid"; stop "$nginx_pid"
  rm -rf "$work"
}
trap cleanup EXIT

site_port=5311 ceiling_port=5312 nginx_port=5313
site_url="http://127.0.0.1:$site_port"
article=$(sed -n 's/.*public const string Permalink = "\(.*\)";/\1/p' tests/Site.Tests/Infrastructure/SeedArticle.cs)
tag=/tags/russia
pages="article:$article index:/ tag:$tag"

echo "Publishing the site and the ceiling app (Release), building the article generator..."
# As the Dockerfile does: Release, for this machine's runtime, framework-dependent.
dotnet publish src/Site/Site.csproj --use-current-runtime -c Release -o "$work/site" -v quiet -nologo >/dev/null
dotnet publish bench/Ceiling/Ceiling.csproj --use-current-runtime -c Release -o "$work/ceiling" -v quiet -nologo >/dev/null
dotnet build bench/Site.Benchmarks/Site.Benchmarks.csproj -c Release -o "$work/generator" -v quiet -nologo >/dev/null

start_site() { # content folder: starts the site as the container does (Production defaults)
  # Its home is the run's own, so the article cache (under ~/.cache) starts empty and goes with the run.
  # shellcheck disable=SC2086 # BENCH_SITE_ENV is a list of NAME=value words
  (cd "$work/site" && exec env ${BENCH_SITE_ENV:-} HOME="$work/home" ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$site_url" \
    Site__BaseUrl="$site_url" Site__ContentPath="$1" dotnet Site.dll >>"$work/site.log" 2>&1) &
  site_pid=$!
}

wait_for() { # url pid log: polls until the url answers 200, while the server lives (at most 120 s)
  local deadline=$((SECONDS + 120))
  while [ "$SECONDS" -lt "$deadline" ] && kill -0 "$2" 2>/dev/null; do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$1")" = 200 ] && return 0
    sleep 0.01
  done
  echo "no 200 from $1; the server's log:" >&2
  tail -20 "$3" >&2
  exit 1
}

rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

median() { sort -g | awk 'NF { v[++n] = $1 } END { print v[int((n + 1) / 2)] }'; }

ms() { # a wrk duration (850.00us, 1.20ms, 2.00s) in milliseconds
  awk -v d="$1" 'BEGIN {
    if (d ~ /us$/) printf "%.2f", d / 1000; else if (d ~ /ms$/) printf "%.2f", d + 0;
    else if (d ~ /m$/) printf "%.0f", d * 60000; else printf "%.0f", d * 1000 }'
}

load() { # url coding [extra header] -> "requests/s p50 p99 errors"
  local out
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "Accept-Encoding: $2" ${3:+-H "$3"} "$1")
  awk -v p50="$(ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")" \
      -v p99="$(ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")" '
    /Requests\/sec/ { rps = $2 }
    /Non-2xx/ { errors += $5 }
    /Socket errors/ { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
    END { printf "%.0f %s %s %d\n", rps, p50, p99, errors }' <<<"$out"
}

capture() { # N: the site's responses for each page and coding, for the ceiling and nginx
  local dir="$work/pages-$1" i=0
  rm -rf "$dir" && mkdir -p "$dir/static"
  for entry in $pages; do
    local name=${entry%%:*} path=${entry#*:}
    for coding in identity gzip br; do
      curl -sf -H "Accept-Encoding: $coding" -D "$dir/$i.head" -o "$dir/$i.body" "$site_url$path"
      echo "$path $coding $i.head $i.body" >>"$dir/manifest"
      i=$((i + 1))
    done
    # nginx serves the identity body and its gzip sibling (gzip -9, as a build step would).
    cp "$dir/$((i - 3)).body" "$dir/static/$name.html"
    gzip -k -9 "$dir/static/$name.html"
  done
}

start_references() { # N
  local dir="$work/pages-$1" begin
  # The ceiling's start-up to first 200, alone on the machine, as the site's is measured.
  begin=$(date +%s%N)
  (cd "$work/ceiling" && ASPNETCORE_URLS="http://127.0.0.1:$ceiling_port" exec dotnet Ceiling.dll "$dir" >"$work/ceiling.log" 2>&1) &
  ceiling_pid=$!
  wait_for "http://127.0.0.1:$ceiling_port/" "$ceiling_pid" "$work/ceiling.log"
  ceiling_startup=$((($(date +%s%N) - begin) / 1000000))
  cat >"$work/nginx.conf" <<CONF
worker_processes auto;
daemon off;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  types { text/html html; }
  gzip_static on;
  server {
    listen 127.0.0.1:$nginx_port;
    root $dir/static;
    location = / { try_files /index.html =404; }
    location = $article { try_files /article.html =404; }
    location = $tag { try_files /tag.html =404; }
  }
}
CONF
  /usr/sbin/nginx -c "$work/nginx.conf" -p "$work" &
  nginx_pid=$!
  wait_for "http://127.0.0.1:$nginx_port/" "$nginx_pid" "$work/nginx-error.log"
}

etag() { # url coding
  curl -s -D - -o /dev/null -H "Accept-Encoding: $2" "$1" | awk 'tolower($1) == "etag:" { sub(/\r$/, ""); print $2 }'
}

check_status() { # url coding header expected
  local status
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Accept-Encoding: $2" ${3:+-H "$3"} "$1")
  [ "$status" = "$4" ] || { echo "expected $4 from $1 ($2${3:+, $3}), got $status" >&2; exit 1; }
}

row() { # N page path variant servers...: one table row, servers measured alternately
  local n=$1 name=$2 path=$3 variant=$4; shift 4
  local coding=$variant expect=200
  [ "$variant" = 304 ] && coding=gzip expect=304
  local servers=() server port header entry
  for server in "$@"; do
    port=$site_port
    [ "$server" = ceiling ] && port=$ceiling_port
    [ "$server" = nginx ] && port=$nginx_port
    [ "$server" = nginx ] && [ "$variant" = br ] && continue
    header=""
    [ "$variant" = 304 ] && header="If-None-Match: $(etag "http://127.0.0.1:$port$path" gzip)"
    check_status "http://127.0.0.1:$port$path" "$coding" "$header" "$expect"
    load "http://127.0.0.1:$port$path" "$coding" "$header" >/dev/null # warm-up
    servers+=("$server|$port|$header")
  done
  local -A runs
  for _ in $(seq "$rounds"); do
    for entry in "${servers[@]}"; do
      IFS='|' read -r server port header <<<"$entry"
      runs[$server]+="$(load "http://127.0.0.1:$port$path" "$coding" "$header")"$'\n'
    done
  done
  local line
  line=$(printf '%-8s %-8s' "$name" "$variant")
  local site_rps="" site_p99=""
  for server in site ceiling nginx; do
    if [ -z "${runs[$server]:-}" ]; then
      [ "$server" = site ] || line+=$(printf ' %8s %7s' - -)
      continue
    fi
    local rps p50 p99 errors
    rps=$(awk '{ print $1 }' <<<"${runs[$server]}" | median)
    p50=$(awk '{ print $2 }' <<<"${runs[$server]}" | median)
    p99=$(awk '{ print $3 }' <<<"${runs[$server]}" | median)
    errors=$(awk '{ s += $4 } END { print s + 0 }' <<<"${runs[$server]}")
    [ "$errors" = 0 ] || { echo "$server: $errors errors on $path ($variant)" >&2; exit 1; }
    if [ "$server" = site ]; then
      site_rps=$rps site_p99=$p99
      line+=$(printf ' %8s %6s %6s' "$rps" "$p50" "$p99")
    else
      line+=$(printf ' %8s %7s' "$rps" "$(awk -v a="$site_rps" -v b="$rps" 'BEGIN { printf "%.2f", a / b }')")
      [ "$server" = nginx ] && line+=$(printf ' %8s' "$(awk -v a="$site_p99" -v b="$p99" 'BEGIN { printf "%.1f", a / b }')")
    fi
  done
  echo "$line"
}

edit_served_ms() { # content folder: appends a paragraph to the measured article, waits until it is served
  local file marker start
  file=$(grep -rl "^slug: ${article##*/}" "$1" | head -1)
  marker="Edited at $(date +%s%N)."
  start=$(date +%s%N)
  printf '\n%s\n' "$marker" >>"$file"
  for _ in $(seq 3000); do
    curl -s "$site_url$article" | grep -q "$marker" && { echo $((($(date +%s%N) - start) / 1000000)); return 0; }
    sleep 0.01
  done
  echo "the edit was not served within 30 s" >&2
  exit 1
}

first=1
for n in $sizes; do
  content="$work/content-$n"
  cp -r content "$content"
  [ "$n" -gt 1 ] && dotnet "$work/generator/Site.Benchmarks.dll" generate "$((n - 1))" "$content"

  # The first start finds no article cache and parses every file (a new build or folder); the
  # others read what it cached (a restart). Each is stopped as a container is, with SIGTERM.
  startups=""
  for i in $(seq 0 "$starts"); do
    begin=$(date +%s%N)
    start_site "$content"
    wait_for "$site_url$article" "$site_pid" "$work/site.log"
    took=$((($(date +%s%N) - begin) / 1000000))
    if [ "$i" = 0 ]; then cold=$took; else startups+="$took"$'\n'; fi
    stop "$site_pid"
  done
  start_site "$content"
  wait_for "$site_url$article" "$site_pid" "$work/site.log"
  # The search index is built in the background after start-up; measure once it is in.
  wait_for "$site_url/search?q=news" "$site_pid" "$work/site.log"
  for entry in $pages; do curl -sf -o /dev/null "$site_url${entry#*:}"; done
  rss_idle=$(rss_mb "$site_pid")
  # The first seconds of load after a start, reported apart: the JIT is still recompiling the hot
  # path in its optimised tier (with the profile it gathered), sharing the cores with the load.
  read -r first_rps _ < <(seconds=$warmup load "$site_url$article" gzip)
  # Then a load on each page, so that the rows measure the steady state; every size gets the same.
  for entry in $pages; do seconds=$warmup load "$site_url${entry#*:}" gzip >/dev/null; done

  echo
  echo "N = $n articles"
  printf '%-8s %-8s %8s %6s %6s %8s %7s %8s %7s %8s\n' page variant site p50 p99 ceiling site/c nginx site/n p99/n
  if [ "$first" = 1 ]; then
    capture "$n"
    start_references "$n"
    for entry in $pages; do
      for variant in identity gzip br 304; do
        row "$n" "${entry%%:*}" "${entry#*:}" "$variant" site ceiling nginx
      done
    done
    ceiling_rss=$(rss_mb "$ceiling_pid")
    stop "$ceiling_pid"; stop "$nginx_pid"; ceiling_pid="" nginx_pid=""
  else
    for entry in $pages; do
      row "$n" "${entry%%:*}" "${entry#*:}" gzip site
    done
  fi
  # 256 connections: every request answered.
  connections_before=$connections connections=256
  read -r _ _ _ errors < <(load "$site_url$article" gzip)
  connections=$connections_before
  rss_load=$(rss_mb "$site_pid")
  edit_ms=$(edit_served_ms "$content")
  rss_edit=$(rss_mb "$site_pid")
  echo "start-up to first 200: $(printf '%s' "$startups" | median) ms from the article cache (median of $starts), $cold ms with none;"
  echo "RSS idle $rss_idle MB, after load $rss_load MB, after an edit $rss_edit MB;"
  echo "one saved file served after $edit_ms ms; errors at 256 connections: $errors;"
  echo "the article (gzip) in the first ${warmup}s of load after the start: $first_rps requests/s"
  [ "$first" = 0 ] || echo "the ceiling app: start-up to first 200 $ceiling_startup ms, RSS after the rows' load $ceiling_rss MB"
  [ "$errors" = 0 ] || exit 1
  stop "$site_pid"; site_pid=""
  rm -rf "$content"
  first=0
done
echo
echo "requests/s: median of $rounds rounds of ${seconds}s at $connections connections (wrk -t2), servers alternating;"
echo "p50/p99 in ms; site/c = site / ceiling, site/n = site / nginx (requests/s), p99/n = site p99 / nginx p99."
[ -z "${BENCH_SITE_ENV:-}" ] || echo "The site ran with $BENCH_SITE_ENV."
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(dotnet --version) SDK."
