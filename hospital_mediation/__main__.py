from hospital_mediation.launcher import main

raise SystemExit(main())
