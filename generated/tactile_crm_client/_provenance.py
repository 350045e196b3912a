"""Which spec and generator produced this package (written by scripts/generate.py)."""

SPEC_VERSION = "1.0.0"
SPEC_SHA256 = "96f4715deb2790718c72aecacc20ddd0089c0cbc38edcf3cbb39eefe74b641e3"
GENERATOR = "openapi-python-client 0.29.1"
