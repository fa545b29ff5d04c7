-- What each API key is for (comma-separated ApiKeyPurpose names: OPEN311, INTEGRATION, TELEMETRY); a key works only
-- on the endpoints that serve one of its purposes. Keys made before purposes existed were handed out for Open311
-- clients, so they keep OPEN311 only and stop working on the REST API and the MQTT broker: a system that needs those
-- gets a new key with the purpose INTEGRATION or TELEMETRY (docs/open311-publication.md).
ALTER TABLE identity_api_key ADD COLUMN purposes VARCHAR(100) DEFAULT 'OPEN311' NOT NULL;
ALTER TABLE identity_api_key ALTER COLUMN purposes DROP DEFAULT;
