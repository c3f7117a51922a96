vcl 4.1;

# Varnish in front of two replicas of the site (deploy/compose.yaml names them replica-1 and
# replica-2). The site sends a strong ETag, Last-Modified and Cache-Control (max-age,
# stale-while-revalidate, stale-if-error) on every page, the feed and the sitemap, so Varnish
# keeps them, revalidates them with conditional requests (answered 304), and serves them stale
# while it refetches or while no replica is healthy.

import directors;
import std;

probe ready {
    .url = "/readyz";
    .interval = 2s;
    .timeout = 1s;
    .window = 3;
    .threshold = 2;
}

backend replica_1 {
    .host = "replica-1";
    .port = "8080";
    .probe = ready;
}

backend replica_2 {
    .host = "replica-2";
    .port = "8080";
    .probe = ready;
}

sub vcl_init {
    new replicas = directors.round_robin();
    replicas.add_backend(replica_1);
    replicas.add_backend(replica_2);
}

sub vcl_recv {
    set req.backend_hint = replicas.backend();

    # The site answers only GET and HEAD; anything else goes through for its 405.
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }

    # Probes are about the replica, never about a cached copy.
    if (req.url ~ "^/(healthz|readyz)$") {
        return (pass);
    }

    # The site sets no cookies and reads none.
    unset req.http.Cookie;
    unset req.http.Authorization;

    # One variant per encoding the site produces (the responses say Vary: Accept-Encoding):
    # brotli, gzip or none, however the client spells the header. Varnish's own gzip handling
    # is off (-p http_gzip_support=off), so each variant is the site's own bytes and ETag.
    if (req.http.Accept-Encoding ~ "(^|[ ,])br([ ,;]|$)") {
        set req.http.Accept-Encoding = "br";
    } elsif (req.http.Accept-Encoding ~ "(^|[ ,])gzip([ ,;]|$)") {
        set req.http.Accept-Encoding = "gzip";
    } else {
        unset req.http.Accept-Encoding;
    }

    # While a replica is healthy, serve stale only for the site's stale-while-revalidate
    # (Site:Cache:StaleWhileRevalidateSeconds); with none healthy, for as long as the object's
    # grace (its stale-if-error) allows.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 600s;
    }

    return (hash);
}

sub vcl_backend_response {
    # Grace up to stale-if-error, so an object outlives a total outage; keep it as long again
    # so an expired object is revalidated (If-None-Match, answered 304) rather than refetched.
    if (beresp.http.Cache-Control ~ "stale-if-error=[0-9]+") {
        set beresp.grace = std.duration(regsub(beresp.http.Cache-Control, "^.*stale-if-error=([0-9]+).*$", "\1s"), 0s);
        set beresp.keep = beresp.grace;
    }
}

sub vcl_backend_error {
    # A replica that went away between probes: try the next one before giving up.
    if (bereq.retries < 2) {
        return (retry);
    }
}

sub vcl_deliver {
    set resp.http.X-Cache = "MISS";
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    }
}
