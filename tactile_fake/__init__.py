"""A stateful fake of the Tactile CRM JSON API (Organisations and Opportunities).

Starlette + SQLite, behaving like the real server's source (shared/reference/tactile-server-facts.md)
where the docs are silent or wrong. Usage, what it reproduces, and the deliberate differences from the
real server (each where the real one crashes, emits invalid JSON or an HTML page): tactile_fake/README.md.
"""

from tactile_fake.app import create_app

__all__ = ["create_app"]
