"""Which spec and generator produced this package (written by scripts/generate.py)."""

SPEC_VERSION = "1.0.0"
SPEC_SHA256 = "14626ed313871324e1f7fcc8c7683ef2e5067c812a84ab379b8fb10308b7462f"
GENERATOR = "openapi-python-client 0.29.1"
