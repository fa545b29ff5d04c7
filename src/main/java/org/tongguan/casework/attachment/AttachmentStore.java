package org.tongguan.casework.attachment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tongguan.casework.CaseId;

/** Reads and writes attachment metadata in {@code casework_attachment}. */
@Repository
class AttachmentStore {

	private static final String SELECT = """
			SELECT id, case_id, role, media_type, size_bytes, sha256, original_name, uploaded_by, uploaded_at,
			thumbnail_path FROM casework_attachment""";

	private final JdbcClient jdbc;

	AttachmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Attachment attachment, String storedPath, String thumbnailPath) {
		jdbc.sql("""
				INSERT INTO casework_attachment (id, case_id, role, media_type, size_bytes, sha256, stored_path,
				thumbnail_path, original_name, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(attachment.id(), attachment.caseId() == null ? null : attachment.caseId().value(),
					attachment.role().name(), attachment.mediaType(), attachment.size(), attachment.sha256(),
					storedPath, thumbnailPath, attachment.fileName(), attachment.uploadedBy(),
					attachment.uploadedAt().atOffset(ZoneOffset.UTC))
			.update();
	}

	Optional<Attachment> find(String id) {
		return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(AttachmentStore::read).optional();
	}

	List<Attachment> findAll(Collection<String> ids) {
		return jdbc.sql(SELECT + " WHERE id IN (:ids)").param("ids", ids).query(AttachmentStore::read).list();
	}

	/** Links the attachments that are unlinked or already on this case; returns how many rows that matched. */
	int link(Collection<String> ids, CaseId caseId) {
		return jdbc.sql("""
				UPDATE casework_attachment SET case_id = :case
				WHERE id IN (:ids) AND (case_id IS NULL OR case_id = :case)""")
			.param("case", caseId.value())
			.param("ids", ids)
			.update();
	}

	/** Unlinked attachments uploaded before this instant: their ids with the stored paths of file and thumbnail. */
	List<StoredFiles> unlinkedBefore(Instant instant) {
		return jdbc.sql("""
				SELECT id, stored_path, thumbnail_path FROM casework_attachment
				WHERE case_id IS NULL AND uploaded_at < ?""")
			.param(instant.atOffset(ZoneOffset.UTC))
			.query((row, number) -> new StoredFiles(row.getString(1), row.getString(2), row.getString(3)))
			.list();
	}

	/** Deletes the attachment's row if it is still unlinked; false when a case took it meanwhile. */
	boolean deleteUnlinked(String id) {
		return jdbc.sql("DELETE FROM casework_attachment WHERE id = ? AND case_id IS NULL").param(id).update() == 1;
	}

	/** Where an attachment's file and thumbnail ({@code null} when none) are stored, relative to the directory. */
	record StoredFiles(String id, String file, String thumbnail) {
	}

	Optional<String> storedPath(String id) {
		return jdbc.sql("SELECT stored_path FROM casework_attachment WHERE id = ?")
			.param(id)
			.query(String.class)
			.optional();
	}

	Optional<String> thumbnailPath(String id) {
		return jdbc.sql("SELECT thumbnail_path FROM casework_attachment WHERE id = ? AND thumbnail_path IS NOT NULL")
			.param(id)
			.query(String.class)
			.optional();
	}

	private static Attachment read(ResultSet row, int number) throws SQLException {
		long caseId = row.getLong("case_id");
		CaseId linked = row.wasNull() ? null : new CaseId(caseId);
		boolean thumbnail = row.getString("thumbnail_path") != null;
		String mediaType = row.getString("media_type");
		return new Attachment(row.getString("id"), linked, UploadRole.valueOf(row.getString("role")), mediaType,
				row.getLong("size_bytes"), row.getString("sha256"), row.getString("original_name"),
				row.getString("uploaded_by"), row.getObject("uploaded_at", OffsetDateTime.class).toInstant(),
				thumbnail, thumbnail ? null : AttachmentType.ofMediaType(mediaType).noThumbnailReason());
	}
}
