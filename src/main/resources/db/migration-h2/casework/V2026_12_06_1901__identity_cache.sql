-- H2 only (location classpath:db/migration-{vendor}). H2 persists an identity column's sequence each time its cache of
-- values runs out, by default every 32 values, and persisting it writes out the whole store, every dirty page of
-- every open transaction included: a history import spent half its time there (JFR). With a cache of 8,192 it does
-- so once per import batch. Durability is unchanged: committed rows are on disk at commit as before (WRITE_DELAY=0);
-- after a crash the sequence continues past the values it had cached (ids may skip, never repeat), and H2's cache is
-- one per database, so ids stay increasing in the order they are drawn. PostgreSQL caches per session, which would
-- break that order, and draws ids without writing out anything, so it keeps its default.
ALTER TABLE casework_case ALTER COLUMN id SET CACHE 8192;
ALTER TABLE casework_timeline ALTER COLUMN id SET CACHE 8192;
ALTER TABLE casework_statistics_pending ALTER COLUMN seq SET CACHE 8192;
