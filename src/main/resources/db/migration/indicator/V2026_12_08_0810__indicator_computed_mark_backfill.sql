-- A history import marks every period of its span in every region it touched (a backfill, decision 0021): tens of
-- thousands of keys at once.
-- The flush takes the marked keys latest period first (the latest first raises no warnings for the past); this index
-- reads them in that order.
CREATE INDEX indicator_computed_mark_latest ON indicator_computed_mark (period_start DESC, region_code);

-- Whether only history imports marked the key: imported cases are of their own channel, so the figures of one other
-- channel did not move and need no recomputing (a street's figures per channel are computed from the cases).
ALTER TABLE indicator_computed_mark ADD COLUMN imported_only BOOLEAN DEFAULT FALSE NOT NULL;
