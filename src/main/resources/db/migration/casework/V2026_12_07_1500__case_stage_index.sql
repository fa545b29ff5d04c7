-- The stage index again (dropped in V2026_11_21_0800): lists of open cases (the cockpit's overdue count, the shift
-- lead's overdue and warned cases) read all of a city's cases without it, 15.9 s at 1,000,000 (docs/benchmarks.md).
-- Its entries are cheap to insert: a history import's cases are mostly CLOSED with ascending ids, so they land at the
-- end of one key's range. A stage alone still picks too many cases to help a query on closed cases.
CREATE INDEX casework_case_stage ON casework_case (stage);
