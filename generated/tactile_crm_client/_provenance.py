"""Which spec and generator produced this package (written by scripts/generate.py)."""

SPEC_VERSION = "1.0.0"
SPEC_SHA256 = "dad709a9a54323a5b1d8e68a764857c24cc0d55f58acbca495a70fa9e005acd7"
GENERATOR = "openapi-python-client 0.29.1"
