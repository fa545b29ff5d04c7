package org.tongguan.casework.intake;

import static org.tongguan.casework.store.SqlValues.bind;
import static org.tongguan.casework.store.SqlValues.instant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tongguan.casework.AttachmentLinks;
import org.tongguan.casework.AttachmentRole;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.timeline.Actor;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.Violation;

/**
 * The attachments of each case with their role (before/after handling). Ids are checked by the attachment store's
 * {@link AttachmentLinks} when one exists, and by their form otherwise.
 */
@Component
public class CaseAttachments {

	/** The most attachments one request may give. */
	static final int MAX_PER_REQUEST = 20;

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private final JdbcClient jdbc;

	private final ObjectProvider<AttachmentLinks> links;

	CaseAttachments(JdbcClient jdbc, ObjectProvider<AttachmentLinks> links) {
		this.jdbc = jdbc;
		this.links = links;
	}

	/** What is wrong with attachment ids given in a request. */
	public List<Violation> check(List<String> ids, String field) {
		List<Violation> violations = new ArrayList<>();
		if (ids.size() > MAX_PER_REQUEST) {
			violations.add(new Violation(field, "at most " + MAX_PER_REQUEST + " attachments, not " + ids.size()));
		}
		for (int i = 0; i < ids.size(); i++) {
			String id = ids.get(i);
			if (id == null || !ID.matcher(id).matches()) {
				violations.add(new Violation(field + "[" + i + "]",
						"an attachment id has 1–64 letters, digits, '-' or '_', not '" + id + "'"));
			}
		}
		AttachmentLinks store = links.getIfAvailable();
		if (violations.isEmpty() && store != null && !ids.isEmpty()) {
			violations.addAll(store.check(ids, field));
		}
		return violations;
	}

	/** Fails with 400 when the attachment ids given in a request are not usable. */
	public void requireValid(List<String> ids, String field) {
		List<Violation> violations = check(ids, field);
		if (!violations.isEmpty()) {
			throw new InvalidInputException("Invalid attachments", violations);
		}
	}

	/** Links attachments to a case in a role; ids the case already has are kept as they were. */
	public void link(CaseId id, List<String> ids, AttachmentRole role, Actor actor, Instant now) {
		if (ids.isEmpty()) {
			return;
		}
		List<String> fresh = new ArrayList<>(new LinkedHashSet<>(ids));
		fresh.removeAll(of(id));
		for (String attachment : fresh) {
			jdbc.sql("""
					INSERT INTO casework_case_attachment (case_id, attachment_id, attachment_role, added_at, added_by)
					VALUES (?, ?, ?, ?, ?)""")
				.params(id.value(), attachment, role.name(), bind(now), actor.username())
				.update();
		}
		AttachmentLinks store = links.getIfAvailable();
		if (store != null && !fresh.isEmpty()) {
			store.link(id, fresh, role);
		}
	}

	/** The case's attachment ids in the order they were added. */
	public List<String> of(CaseId id) {
		return roles(id).stream().map(CaseAttachment::id).toList();
	}

	/** The attachment ids of several cases at once. */
	public Map<CaseId, List<String>> of(Collection<CaseId> ids) {
		Map<CaseId, List<String>> found = new HashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
		jdbc.sql("SELECT case_id, attachment_id FROM casework_case_attachment WHERE case_id IN (" + marks
				+ ") ORDER BY added_at, attachment_id")
			.params(ids.stream().map(CaseId::value).toList())
			.query(rs -> {
				found.computeIfAbsent(new CaseId(rs.getLong("case_id")), key -> new ArrayList<>())
					.add(rs.getString("attachment_id"));
			});
		return found;
	}

	/** The case's attachments with their roles, in the order they were added. */
	public List<CaseAttachment> roles(CaseId id) {
		return jdbc.sql("SELECT * FROM casework_case_attachment WHERE case_id = ? ORDER BY added_at, attachment_id")
			.param(id.value())
			.query((rs, row) -> new CaseAttachment(rs.getString("attachment_id"),
					AttachmentRole.valueOf(rs.getString("attachment_role")), instant(rs, "added_at"),
					rs.getString("added_by")))
			.list();
	}

	/**
	 * An attachment of a case.
	 *
	 * @param id the attachment id
	 * @param role before or after handling
	 * @param addedAt when it was linked
	 * @param addedBy who linked it
	 */
	public record CaseAttachment(String id, AttachmentRole role, Instant addedAt, String addedBy) {
	}
}
