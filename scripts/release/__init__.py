"""Cut a release of the spec: `python -m scripts.release X.Y.Z` (see cli.py)."""
