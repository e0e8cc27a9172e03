#!/usr/bin/python3
"""http-server.py ROOT PORTFILE LOG [CERT KEY] - the web server of the fetch and watch
tests: listens on 127.0.0.1 only, on a port the system picks (written to
PORTFILE once it listens), and logs each request as one line to LOG:
    METHOD PATH | User-Agent | If-None-Match | If-Modified-Since | Accept-Encoding
and the time it came (seconds, a monotonic clock) to LOG.times, for the
checks of the pause between requests.

Paths:
  /doc/NAME          the file ROOT/NAME, with a strong ETag (its SHA-256)
                     and Last-Modified (its mtime); 304 when either
                     validator of the request matches.  The tests change
                     a document by writing a new ROOT/NAME between runs.
  /type/NAME         the same file, served as image/png (a wrong type)
  /plain/NAME        the same file without validators (always 200)
  /gzip/NAME         the same file, gzip-encoded when the client accepts it
  /redirect/NAME     302 to /doc/NAME
  /loop/a, /loop/b   302 to each other
  /status/N          an empty answer with status N (404, 500, ...)
  /busy/S/NAME       the first request for this path gets 429 with
                     Retry-After: S (seconds); later ones the file
  /busy-date/S/NAME  the same with Retry-After as the date S seconds on
  /slow              headers at once, then a byte every half second for a
                     minute (longer than the tests' timeouts)
  /big/N             N bytes of HTML, streamed without a Content-Length
  /big-announced/N   the same with its Content-Length
  /bomb/N            N bytes of HTML sent gzip-encoded (a few kilobytes on
                     the wire, whatever N)
With CERT and KEY (PEM files) it speaks HTTPS only.
The server stops when killed (SIGTERM)."""
import email.utils
import gzip
import hashlib
import http.server
import os
import ssl
import sys
import time

ROOT, PORTFILE, LOG = sys.argv[1], sys.argv[2], sys.argv[3]
SLOW_SECONDS = 60      # longer than any timeout the tests give
SLOW_STEP = 0.5        # seconds between two bytes of the slow body


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    seen = set()   # the paths asked for so far (for /busy)

    def log_message(self, fmt, *args):
        pass

    def log_request_line(self):
        h = self.headers
        with open(LOG + ".times", "a") as f:
            f.write("%.3f\n" % time.monotonic())
        with open(LOG, "a") as f:
            f.write("%s %s | %s | %s | %s | %s\n" % (
                self.command, self.path, h.get("User-Agent", ""),
                h.get("If-None-Match", ""), h.get("If-Modified-Since", ""),
                h.get("Accept-Encoding", "")))

    def answer(self, status, body=b"", ctype="text/html; charset=utf-8", extra=()):
        self.send_response(status)
        if status != 304:
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
        for k, v in extra:
            self.send_header(k, v)
        self.end_headers()
        if status != 304:
            self.wfile.write(body)

    def serve_file(self, name, ctype=None, gz=False, validate=True):
        path = os.path.join(ROOT, os.path.basename(name))
        if not os.path.isfile(path):
            return self.answer(404, b"no such document")
        data = open(path, "rb").read()
        etag = '"%s"' % hashlib.sha256(data).hexdigest()
        mtime = int(os.path.getmtime(path))
        lastmod = email.utils.formatdate(mtime, usegmt=True)
        validators = [("ETag", etag), ("Last-Modified", lastmod)] if validate else []
        inm = self.headers.get("If-None-Match")
        ims = self.headers.get("If-Modified-Since")
        if validate and inm == etag or (validate and inm is None and ims and
                           email.utils.parsedate_to_datetime(ims).timestamp() >= mtime):
            return self.answer(304, extra=validators)
        if ctype is None:
            ctype = "application/pdf" if data.startswith(b"%PDF") else "text/html; charset=utf-8"
        if gz and "gzip" in self.headers.get("Accept-Encoding", ""):
            data = gzip.compress(data)
            validators.append(("Content-Encoding", "gzip"))
        self.answer(200, data, ctype, validators)

    def stream(self, n, announced):
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        if announced:
            self.send_header("Content-Length", str(n))
        else:
            self.send_header("Connection", "close")
        self.end_headers()
        chunk = b"<p>" + b"x" * 65530 + b"</p>\n"
        sent = 0
        try:
            while sent < n:
                part = chunk[:n - sent]
                self.wfile.write(part)
                sent += len(part)
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.close_connection = True

    def slow(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Connection", "close")
        self.end_headers()
        try:
            end = time.time() + SLOW_SECONDS
            while time.time() < end:
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(SLOW_STEP)
        except (BrokenPipeError, ConnectionResetError):
            pass
        self.close_connection = True

    def do_GET(self):
        self.log_request_line()
        p = self.path.split("?")[0]
        parts = p.strip("/").split("/", 1)
        kind, rest = parts[0], parts[1] if len(parts) > 1 else ""
        if kind == "doc":
            return self.serve_file(rest)
        if kind == "type":
            return self.serve_file(rest, ctype="image/png")
        if kind == "plain":
            return self.serve_file(rest, validate=False)
        if kind == "gzip":
            return self.serve_file(rest, gz=True)
        if kind == "redirect":
            return self.answer(302, b"", extra=[("Location", "/doc/" + rest)])
        if kind == "loop":
            other = "b" if rest == "a" else "a"
            return self.answer(302, b"", extra=[("Location", "/loop/" + other)])
        if kind == "status" and rest.isdigit():
            return self.answer(int(rest), b"")
        if kind in ("busy", "busy-date"):
            wait, name = rest.split("/", 1)
            if p not in Handler.seen:
                Handler.seen.add(p)
                when = wait if kind == "busy" else email.utils.formatdate(
                    time.time() + int(wait), usegmt=True)
                return self.answer(429, b"", extra=[("Retry-After", when)])
            return self.serve_file(name)
        if kind == "slow":
            return self.slow()
        if kind == "bomb" and rest.isdigit():
            body = gzip.compress(b"<p>" + b" " * int(rest) + b"</p>")
            return self.answer(200, body, extra=[("Content-Encoding", "gzip")])
        if kind in ("big", "big-announced") and rest.isdigit():
            return self.stream(int(rest), kind == "big-announced")
        self.answer(404, b"no such path")


def main():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    if len(sys.argv) > 5:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(sys.argv[4], sys.argv[5])
        server.socket = ctx.wrap_socket(server.socket, server_side=True)
    tmp = PORTFILE + ".tmp"
    with open(tmp, "w") as f:
        f.write("%d\n" % server.server_address[1])
    os.rename(tmp, PORTFILE)
    server.serve_forever()


if __name__ == "__main__":
    main()
