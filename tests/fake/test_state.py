"""Concurrency, persistence across restarts, and synthetic seeding."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import httpx

from tactile_fake import create_app
from tactile_fake.store import SchemaMismatch, Store
from tests.fake.support import ADMIN, Api, client_for


def test_fifty_concurrent_saves_all_land_with_unique_account_numbers() -> None:
    app = create_app()

    async def save_all() -> list[dict[str, object]]:
        transport = httpx.ASGITransport(app)
        async with httpx.AsyncClient(transport=transport, base_url="http://fake") as client:
            responses = await asyncio.gather(
                *(
                    client.post(
                        "/organisations/save",
                        params={"api_token": ADMIN},
                        json={"Organisation": {"name": "Race Ltd"}},
                    )
                    for _ in range(50)
                )
            )
        return [response.json() for response in responses]

    results = asyncio.run(save_all())
    assert all(result["status"] == "success" for result in results)
    assert len({result["id"] for result in results}) == 50
    with client_for(app) as client:
        body = Api(client).ok("/organisations", name="race ltd", limit=100)
    assert body["total"] == 50
    numbers = {org["accountnumber"] for org in body["organisations"]}
    assert numbers == {f"RALT{n:02d}" for n in range(1, 51)}


def test_a_file_database_survives_a_restart(tmp_path: Path) -> None:
    db = str(tmp_path / "fake.sqlite")
    first = create_app(db)
    with client_for(first) as client:
        org_id = Api(client).save_organisation({"name": "Persistent Ltd", "phone": "0100"})
        Api(client).ok("/organisations/add_tag", id=org_id, tag="Kept")
    first.state.store.close()

    second = create_app(db, seed=100)  # an existing database is not re-seeded
    with client_for(second) as client:
        api = Api(client)
        org = api.organisation(org_id)
        assert (org["name"], org["phone"], org["tags"]) == ("Persistent Ltd", "0100", ["Kept"])
        assert api.ok("/organisations")["total"] == 9
    second.state.store.close()


def test_an_incompatible_database_file_is_refused(tmp_path: Path) -> None:
    db = str(tmp_path / "old.sqlite")
    store = Store(db)
    with store.transaction() as conn:
        conn.execute("UPDATE settings SET value = '0' WHERE key = 'schema_version'")
    store.close()
    try:
        Store(db)
    except SchemaMismatch as error:
        assert "delete the file" in str(error)
    else:
        raise AssertionError("expected SchemaMismatch")


def test_synthetic_seed_is_deterministic_and_fast() -> None:
    started = time.perf_counter()
    app = create_app(seed=2000)
    elapsed = time.perf_counter() - started
    assert elapsed < 5, elapsed
    again = create_app(seed=2000)
    with client_for(app) as first, client_for(again) as second:
        body = Api(first).ok("/organisations", limit=100, page=7)
        assert body == Api(second).ok("/organisations", limit=100, page=7)
        assert body["total"] == 2008
        assert Api(first).ok("/opportunities")["total"] > 500
        org_id = body["organisations"][0]["id"]
        assert Api(first).ok(f"/organisations/timeline/{org_id}")["status"] == "success"
