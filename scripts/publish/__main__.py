import sys

from scripts.publish.cli import main

sys.exit(main())
