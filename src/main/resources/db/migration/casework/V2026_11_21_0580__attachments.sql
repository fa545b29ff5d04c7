-- Case attachments (附件): photos before/after handling and documents. The files live on disk under
-- tongguan.casework.attachments.directory; paths here are relative to it. case_id stays NULL until a case is linked.
CREATE TABLE casework_attachment (
	id VARCHAR(36) PRIMARY KEY,
	case_id BIGINT,
	role VARCHAR(16) NOT NULL,
	media_type VARCHAR(64) NOT NULL,
	size_bytes BIGINT NOT NULL,
	sha256 VARCHAR(64) NOT NULL,
	stored_path VARCHAR(255) NOT NULL,
	thumbnail_path VARCHAR(255),
	original_name VARCHAR(255),
	uploaded_by VARCHAR(100) NOT NULL,
	uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
	CONSTRAINT casework_attachment_role CHECK (role IN ('BEFORE', 'AFTER', 'DOCUMENT'))
);

CREATE INDEX casework_attachment_case ON casework_attachment (case_id);
