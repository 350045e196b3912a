"""The published spec: `published/` holds the bundle in every variant, built from openapi/tactile.yaml.

`python -m scripts.publish` writes the artifacts; `python -m scripts.publish --check` fails when the
committed ones differ from a fresh build (see cli.py). `build_artifacts()` returns them in memory.
"""

from scripts.publish.artifacts import ARTIFACT_NAMES, build_artifacts
from scripts.publish.dereference import dereference
from scripts.publish.openapi31 import ConversionError, to_openapi31

__all__ = ["ARTIFACT_NAMES", "ConversionError", "build_artifacts", "dereference", "to_openapi31"]
