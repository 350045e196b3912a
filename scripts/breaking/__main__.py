from scripts.breaking.cli import main

raise SystemExit(main())
