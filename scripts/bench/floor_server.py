"""`python -m scripts.bench.floor_server`: the fake's server stack doing no work, as a throughput ceiling.

Starlette + uvicorn (httptools) on the fake's own socket set-up, answering the two benchmarked operations
with bytes prepared in advance: the list with a real page the fake sent (same size), the save with the
fake's success envelope. Whatever the fake does per request comes on top of this, so its throughput
bounds any fake built on this stack on this machine.
"""

from __future__ import annotations

import argparse
import itertools
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from tactile_fake.serving import listening_socket, serve

JSON = "application/json"


def create_app(list_body: bytes) -> Starlette:
    ids = itertools.count(100_000)

    async def list_page(request: Request) -> Response:
        return Response(list_body, media_type=JSON)

    async def save(request: Request) -> Response:
        await request.body()
        return Response(b'{"status":"success","id":%d}' % next(ids), media_type=JSON)

    return Starlette(
        routes=[
            Route("/organisations", list_page, methods=["GET"]),
            Route("/organisations/save", save, methods=["POST"]),
        ]
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m scripts.bench.floor_server", description=__doc__)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument(
        "--list-body", type=Path, required=True, help="file holding the list response to send"
    )
    args = parser.parse_args(argv)
    serve(create_app(args.list_body.read_bytes()), listening_socket("127.0.0.1", args.port))


if __name__ == "__main__":
    main()
