"""A local HTTP server for tests: hand-written pages on 127.0.0.1, never the real sites."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass
class Route:
    """What the server answers for one path (with its query string)."""

    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    # Announce this Content-Length instead of the real one (a body cut short).
    claim_length: int | None = None


@dataclass
class Server:
    base_url: str
    routes: dict[str, Route]
    requests: list[tuple[str, str]] = field(default_factory=list)  # (path, User-Agent)

    def url(self, path: str) -> str:
        return self.base_url + path


@contextmanager
def serve(routes: dict[str, Route]) -> Iterator[Server]:
    """Serve ``routes`` (path -> Route) in a thread; unknown paths get 404."""
    server_state: dict[str, Server] = {}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
            state = server_state["s"]
            state.requests.append((self.path, self.headers.get("User-Agent", "")))
            route = state.routes.get(self.path)
            if route is None:
                self.send_error(404, "Not Found")
                return
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            self.send_header("Content-Length", str(route.claim_length if route.claim_length is not None else len(route.body)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(route.body)
            self.wfile.flush()
            self.close_connection = True

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet tests
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    state = Server(f"http://127.0.0.1:{httpd.server_address[1]}", routes)
    server_state["s"] = state
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()


def closed_port_url(path: str = "/") -> str:
    """A URL on 127.0.0.1 where nothing listens: connection refused, at once."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}{path}"
