package org.tongguan.identity.audit;

import java.time.Instant;

/**
 * One entry of the security audit: who did what to whom, when and from where. Never holds passwords, tokens or keys.
 *
 * @param id its number
 * @param occurredAt when it happened
 * @param event what happened
 * @param actor the username (or API key name) that acted, or the username a login was attempted for
 * @param subject what it was done to (a username, department code or API key prefix), may be {@code null}
 * @param detail a short description, may be {@code null}
 * @param clientAddress the client's address, {@code null} when not triggered by a request
 */
public record AuditEntry(long id, Instant occurredAt, AuditEvent event, String actor, String subject, String detail,
		String clientAddress) {
}
