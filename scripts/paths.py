"""Where things live in the repository, in one place."""

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = REPO_ROOT / "openapi" / "tactile.yaml"
OVERRIDES_DIR = REPO_ROOT / "overrides"
GENERATED_DIR = REPO_ROOT / "generated"
PACKAGE_NAME = "tactile_crm_client"
