#!/usr/bin/env bash
# Two replicas of the published site behind Varnish, on loopback, proving what the cache in
# front of a deployment relies on:
#   1. a second request for an article is a cache hit;
#   2. after max-age, Varnish revalidates and a replica answers 304;
#   3. both replicas give the same ETag for the same page;
#   4. stopping one replica loses no request;
#   5. a content change on the replicas is served within max-age plus the reload time.
# Every process it starts is stopped by its own pid. Needs varnishd (Debian: varnish), curl
# and the .NET SDK. Usage: deploy/varnish/check.sh [work-folder]
set -euo pipefail
cd "$(dirname "$0")/../.."

work=${1:-$(mktemp -d)}
mkdir -p "$work"
chmod 755 "$work"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

fail() { echo "varnish check FAILED: $*" >&2; exit 1; }

free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

# Waits up to $1 seconds for the command after it to succeed.
within() {
  local deadline=$((SECONDS + $1)); shift
  until "$@"; do
    [ "$SECONDS" -lt "$deadline" ] || return 1
    sleep 0.2
  done
}

echo "varnish check: publishing the site"
dotnet publish src/Site/Site.csproj -c Release -o "$work/app" -v quiet -nologo >/dev/null
rm -rf "$work/content" && cp -r content "$work/content"

start_replica() {
  local port=$1 name=$2
  ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" HOME="$work" \
    Site__BaseUrl=https://news.example.com Site__ContentPath="$work/content" Site__RescanSeconds=1 \
    Site__Cache__MaxAgeSeconds=2 Site__Cache__NotFoundMaxAgeSeconds=1 \
    dotnet "$work/app/Site.dll" >"$work/$name.log" 2>&1 &
  pids+=($!)
}

ready() { curl -fs -o /dev/null "http://127.0.0.1:$1/readyz"; }

p1=$(free_port); start_replica "$p1" replica-1; r1=${pids[-1]}
p2=$(free_port); start_replica "$p2" replica-2
within 60 ready "$p1" || fail "replica 1 never became ready"
within 60 ready "$p2" || fail "replica 2 never became ready"

pv=$(free_port)
mkdir -p "$work/varnish" && chmod 755 "$work/varnish"
sed -e "s/\"replica-1\";/\"127.0.0.1\";/; s/\"replica-2\";/\"127.0.0.1\";/" \
    -e "0,/\.port = \"8080\";/s//.port = \"$p1\";/" -e "0,/\.port = \"8080\";/s//.port = \"$p2\";/" \
    deploy/varnish/default.vcl >"$work/default.vcl"
varnishd -F -n "$work/varnish" -a "127.0.0.1:$pv" -f "$work/default.vcl" -s malloc,64m \
  -p http_gzip_support=off >"$work/varnishd.log" 2>&1 &
pids+=($!)
front="http://127.0.0.1:$pv"
healthy() { curl -fs -o /dev/null "$front/readyz"; }
within 30 healthy || fail "varnish never reached a healthy replica"

article=/2024/08/13/putin-abbas-palestinian-statehood
header() { curl -s -o /dev/null -D - "${@:2}" "$1" | tr -d '\r' | awk -v name="$(tr 'A-Z' 'a-z' <<<"$header_name")" 'tolower($0) ~ "^"name":" { sub(/^[^:]*: */, ""); print }'; }

# 1. A second request is a hit.
header_name=X-Cache
curl -s -o /dev/null "$front$article"
[ "$(header "$front$article")" = HIT ] || fail "the second request for the article was not a cache hit"
echo "varnish check: second request is a cache HIT"

# 3. Both replicas give the same ETag (and the same through Varnish).
header_name=ETag
e1=$(header "http://127.0.0.1:$p1$article"); e2=$(header "http://127.0.0.1:$p2$article"); ev=$(header "$front$article")
[ -n "$e1" ] && [ "$e1" = "$e2" ] && [ "$e1" = "$ev" ] || fail "ETags differ: $e1 / $e2 / $ev"
echo "varnish check: both replicas and Varnish give ETag $e1"

# 2. After max-age, Varnish revalidates; a replica answers 304.
revalidated() {
  curl -s -o /dev/null "$front$article"
  grep -h '"RequestPath":"/2024/08/13/putin-abbas-palestinian-statehood"' "$work"/replica-*.log | grep -q '"StatusCode":304'
}
within 20 revalidated || fail "no replica answered Varnish's revalidation with 304"
echo "varnish check: after max-age Varnish revalidated and got 304"

# 4. Stopping a replica loses no request (every request misses the cache: distinct URLs).
kill "$r1"; wait "$r1" 2>/dev/null || true
for i in $(seq 1 40); do
  status=$(curl -s -o /dev/null -w '%{http_code}' "$front/?after-stop=$i")
  [ "$status" = 200 ] || fail "request $i after stopping a replica answered $status"
done
echo "varnish check: 40 requests after stopping replica 1, all 200"

# 5. A content change is served within max-age plus the reload time.
cat >"$work/content/2024/varnish-check.md" <<'MD'
---
title: A story added behind the cache
date: 2024-08-14T10:00:00+00:00
summary: Added while Varnish and the replicas run.
---

It is served through the cache within seconds.
MD
served() { [ "$(curl -s -o /dev/null -w '%{http_code}' "$front/2024/08/14/varnish-check")" = 200 ]; }
within 15 served || fail "the new article was not served through Varnish within 15 s"
echo "varnish check: a new article was served through Varnish within max-age plus the reload"

grep -h '"@l":"Error"' "$work"/replica-*.log && fail "a replica logged an Error" || true
echo "varnish check: passed"
