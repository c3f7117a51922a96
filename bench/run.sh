#!/usr/bin/env bash
# Throughput of the published site against the same pages served as static files by nginx
# (precompressed with gzip_static: the strongest plain static setup), measured with wrk in one
# run on this machine, and reported as ratios. Loopback only; every load is bounded in time.
#
#   bench/run.sh [seconds per run, default 10] [connections, default 32] [rounds, default 3]
#
# The two servers are measured alternately, round by round, and the median of the rounds is
# reported: on a shared machine a single run swings by a third. The site runs with the settings
# an operator gets by default (request logging on).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
connections=${2:-32}
rounds=${3:-3}

for tool in wrk nginx; do
  command -v "$tool" >/dev/null 2>&1 || command -v "/usr/sbin/$tool" >/dev/null 2>&1 || {
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx >/dev/null
  }
done

work=$(mktemp -d)
site_pid="" nginx_pid=""
cleanup() {
  [ -n "$site_pid" ] && kill "$site_pid" 2>/dev/null || true
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

site_port=5311 nginx_port=5312
article=$(sed -n 's/.*public const string Permalink = "\(.*\)";/\1/p' tests/Site.Tests/Infrastructure/SeedArticle.cs)

echo "Publishing the site (Release)..."
dotnet publish src/Site/Site.csproj --use-current-runtime -c Release -o "$work/app" -v quiet -nologo >/dev/null
(cd "$work/app" && ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$site_port" \
  Site__BaseUrl="http://127.0.0.1:$site_port" \
  exec dotnet Site.dll >"$work/site.log" 2>&1) &
site_pid=$!
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$site_port/healthz" >/dev/null && break; sleep 0.2; done

# The same pages, byte for byte, as static files with gzip siblings.
mkdir -p "$work/static$(dirname "$article")"
curl -sf "http://127.0.0.1:$site_port/" -o "$work/static/index.html"
curl -sf "http://127.0.0.1:$site_port$article" -o "$work/static$article.html"
find "$work/static" -name '*.html' -exec gzip -k -9 {} \;
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
  keepalive_requests 100000;
  types { text/html html; }
  gzip_static on;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/static;
    location / { try_files \$uri \$uri.html \$uri/index.html =404; }
  }
}
CONF
/usr/sbin/nginx -c "$work/nginx.conf" &
nginx_pid=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$nginx_port/" >/dev/null && break; sleep 0.1; done

rps() { # url -> requests per second
  wrk -t2 -c"$connections" -d"${seconds}s" -H 'Accept-Encoding: gzip' "$1" | awk '/Requests\/sec/ {print $2}'
}

median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

printf '%-10s %12s %12s %8s\n' page site nginx ratio
for path in / "$article"; do
  rps "http://127.0.0.1:$site_port$path" >/dev/null # warm-up: JIT and output cache
  site_runs="" static_runs=""
  for _ in $(seq "$rounds"); do
    site_runs+="$(rps "http://127.0.0.1:$site_port$path")"$'\n'
    static_runs+="$(rps "http://127.0.0.1:$nginx_port$path")"$'\n'
  done
  site=$(printf '%s' "$site_runs" | median)
  static=$(printf '%s' "$static_runs" | median)
  name=$([ "$path" = / ] && echo index || echo article)
  printf '%-10s %12s %12s %8s\n' "$name" "$site" "$static" "$(awk -v a="$site" -v b="$static" 'BEGIN { printf "%.2f", a / b }')"
done
echo "(median requests per second of $rounds rounds of ${seconds}s, ${connections} connections, gzip; ratio = site / nginx)"
