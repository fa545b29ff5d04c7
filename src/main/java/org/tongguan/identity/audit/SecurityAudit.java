package org.tongguan.identity.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import org.tongguan.identity.internal.Timestamps;

/** The security audit (安全审计): records security events with the client address and reads them back page by page. */
@Service
public class SecurityAudit {

	private static final Logger log = LoggerFactory.getLogger(SecurityAudit.class);

	private static final String FILTER = """
			 WHERE (CAST(:event AS VARCHAR(40)) IS NULL OR event = :event)
			AND (CAST(:actor AS VARCHAR(100)) IS NULL OR actor = :actor)""";

	private final JdbcClient jdbc;

	private final Clock clock;

	SecurityAudit(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records an event; the client address is taken from the current request, if any. */
	public void record(AuditEvent event, String actor, String subject, String detail) {
		String address = clientAddress();
		log.info("Security event {} actor={} subject={} address={}", event, printable(actor), printable(subject),
				address);
		jdbc.sql("""
				INSERT INTO identity_audit (occurred_at, event, actor, subject, detail, client_address)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(Timestamps.of(clock.instant()), event.name(), clip(actor, 100), clip(subject, 100),
					clip(detail, 500), clip(address, 64))
			.update();
	}

	/** A page of entries, newest first, optionally only of one event type and one actor. */
	public List<AuditEntry> page(AuditEvent event, String actor, int page, int size) {
		return jdbc.sql("SELECT id, occurred_at, event, actor, subject, detail, client_address FROM identity_audit"
				+ FILTER + " ORDER BY id DESC OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
			.param("event", event == null ? null : event.name())
			.param("actor", actor)
			.param("offset", (long) page * size)
			.param("size", size)
			.query((rs, row) -> new AuditEntry(rs.getLong("id"),
					Timestamps.instant(rs.getObject("occurred_at", OffsetDateTime.class)),
					AuditEvent.valueOf(rs.getString("event")), rs.getString("actor"), rs.getString("subject"),
					rs.getString("detail"), rs.getString("client_address")))
			.list();
	}

	/** How many entries match the same filter as {@link #page}. */
	public long count(AuditEvent event, String actor) {
		return jdbc.sql("SELECT COUNT(*) FROM identity_audit" + FILTER)
			.param("event", event == null ? null : event.name())
			.param("actor", actor)
			.query(Long.class)
			.single();
	}

	private static String clientAddress() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest().getRemoteAddr() : null;
	}

	private static String clip(String value, int length) {
		return value == null || value.length() <= length ? value : value.substring(0, length);
	}

	/** A name as the log shows it: as long as the audit stores it, control characters (line breaks) replaced. */
	private static String printable(String name) {
		String clipped = clip(name, 100);
		return clipped == null ? null : clipped.replaceAll("\\p{Cntrl}", "?");
	}
}
