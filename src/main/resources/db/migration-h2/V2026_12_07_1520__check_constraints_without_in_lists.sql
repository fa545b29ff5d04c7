-- H2 2.4 keeps the session that created a CHECK (column IN ('A', 'B')) constraint as the comparator of its value
-- set; once that connection closes (the pool retires the one Flyway migrated with, at the latest after its 30-minute
-- lifetime), every insert into the table fails with "Check constraint invalid" until the database is reopened. The
-- same rule as a pattern holds no session. PostgreSQL keeps the IN lists.
ALTER TABLE calendar_special_day DROP CONSTRAINT calendar_special_day_kind;
ALTER TABLE calendar_special_day ADD CONSTRAINT calendar_special_day_kind
	CHECK (REGEXP_LIKE(kind, '^(HOLIDAY|WORKDAY)$'));
ALTER TABLE casework_attachment DROP CONSTRAINT casework_attachment_role;
ALTER TABLE casework_attachment ADD CONSTRAINT casework_attachment_role
	CHECK (REGEXP_LIKE(role, '^(BEFORE|AFTER|DOCUMENT)$'));
