-- The flush takes the marked keys latest period first (a history import's backfill marks tens of thousands at once,
-- and the latest first raises no warnings for the past); this index reads them in that order.

CREATE INDEX indicator_computed_mark_latest ON indicator_computed_mark (period_start DESC, region_code);
