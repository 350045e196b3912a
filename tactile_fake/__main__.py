"""`python -m tactile_fake`: serve the fake on loopback and print the base URL and demo tokens."""

from __future__ import annotations

import argparse
import ipaddress
import logging
import socket
import sys
import time

from tactile_fake.app import create_app
from tactile_fake.auth import demo_token
from tactile_fake.seed import ADMIN_USER, NORMAL_USER
from tactile_fake.serving import listening_socket, serve


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m tactile_fake", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8765, help="port (default 8765; 0 picks a free one)")
    parser.add_argument("--db", help="SQLite file to keep the data in across restarts (default: in memory)")
    parser.add_argument(
        "--seed", type=int, default=0, help="synthetic organisations to add to a new database"
    )
    parser.add_argument(
        "--validate-responses", action="store_true", help="check every response against openapi/tactile.yaml"
    )
    parser.add_argument(
        "--allow-remote", action="store_true", help="allow a non-loopback --host (the demo tokens are public)"
    )
    args = parser.parse_args(argv)
    if not is_loopback(args.host) and not args.allow_remote:
        parser.error(
            f"refusing to listen on {args.host}: the fake has public tokens; add --allow-remote to insist"
        )
    if args.seed < 0:
        parser.error("--seed must be 0 or more")
    return args


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    started = time.perf_counter()
    app = create_app(args.db, seed=args.seed, validate_responses=args.validate_responses)
    ready = time.perf_counter() - started

    # Bind first so that --port 0 can print the real port before serving.
    sock = listening_socket(args.host, args.port)
    port = sock.getsockname()[1]
    host = f"[{args.host}]" if sock.family == socket.AF_INET6 else args.host

    print(f"Tactile fake serving http://{host}:{port} (ready in {ready:.2f}s)")
    print(f"  admin token ({ADMIN_USER}):  {demo_token(ADMIN_USER)}")
    print(f"  user token  ({NORMAL_USER}):  {demo_token(NORMAL_USER)}")
    print(f"  try: curl 'http://{host}:{port}/organisations?api_token={demo_token(ADMIN_USER)}'", flush=True)

    serve(app, sock)
    sys.exit(0)


if __name__ == "__main__":
    main()
