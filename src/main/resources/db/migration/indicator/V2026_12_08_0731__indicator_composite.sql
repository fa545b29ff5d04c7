-- 城市运行指数: the composite index's definition (its indicators, weights and normalisation) as one JSON document in
-- the form clients write it (composite.CompositeDraft); an administrator replaces it whole.

CREATE TABLE indicator_composite (
	composite_key VARCHAR(64) PRIMARY KEY,
	definition VARCHAR(100000) NOT NULL,
	changed_by VARCHAR(110) NOT NULL,
	changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
