-- One index serves every scoped case query: the district, the report time and the finest region a case lies in.
-- Region codes nest (GB/T 30428.1: a street's code starts with its district's, a grid's with its community's), so a
-- street's, community's or grid's cases are one range of region_code within their district, read from this index
-- without an index per level. Stage has no index: work queues are read from casework_work_item, and a stage alone
-- picks too many cases to be worth one. Every index costs each insert, and an index whose entries land at random
-- places (like one led by the region) costs the most; a history import inserts a city's past by the million.
ALTER TABLE casework_case ADD COLUMN region_code VARCHAR(15);
UPDATE casework_case SET region_code = COALESCE(grid_code, community_code, street_code, district_code);
ALTER TABLE casework_case ALTER COLUMN region_code SET NOT NULL;
DROP INDEX casework_case_district;
CREATE INDEX casework_case_district ON casework_case (district_code, reported_at, region_code);
DROP INDEX casework_case_street;
DROP INDEX casework_case_community;
DROP INDEX casework_case_grid;
DROP INDEX casework_case_stage;
