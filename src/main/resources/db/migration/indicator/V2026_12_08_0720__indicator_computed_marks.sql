-- 计算指标: the regions and periods whose case-based values a case change may have moved, marked by the case events'
-- listener and cleared by the flush that recomputes them from the case statistics. A key marked again while it is
-- being recomputed counts up its version, so the flush clears only the version it read and the key is taken again.

CREATE TABLE indicator_computed_mark (
	region_code VARCHAR(15) NOT NULL,
	frequency VARCHAR(16) NOT NULL,
	period_start DATE NOT NULL,
	version BIGINT NOT NULL,
	PRIMARY KEY (region_code, frequency, period_start)
);
