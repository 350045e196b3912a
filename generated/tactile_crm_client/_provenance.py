"""Which spec and generator produced this package (written by scripts/generate.py)."""

SPEC_VERSION = "1.0.0"
SPEC_SHA256 = "03a4e091ef8ceec4869535313ba79c88333146dae3110e23cb3f5f63a63f243b"
GENERATOR = "openapi-python-client 0.29.1"
