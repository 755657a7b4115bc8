// Runs in each test worker before a test file is imported: lib/db.ts reads DATABASE_URL when
// it is first imported, so the run's database must be in place before then.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
