import sys

from scripts.record.cli import main

sys.exit(main())
