import sys

from scripts.bench.cli import main

sys.exit(main())
