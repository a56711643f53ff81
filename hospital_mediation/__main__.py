from hospital_mediation.cli import main

raise SystemExit(main())
