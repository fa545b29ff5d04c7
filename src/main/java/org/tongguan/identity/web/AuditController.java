package org.tongguan.identity.web;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.identity.audit.AuditEntry;
import org.tongguan.identity.audit.AuditEvent;
import org.tongguan.identity.audit.SecurityAudit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The security audit (安全审计) for administrators, newest first, page by page. */
@RestController
@RequestMapping("/api/admin/audit")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Administration: security audit (安全审计)")
class AuditController {

	private final SecurityAudit audit;

	AuditController(SecurityAudit audit) {
		this.audit = audit;
	}

	@GetMapping
	@Operation(summary = "Read the security audit (安全审计)", description = """
			Security events newest first, page by page: logins and failed logins, lock-outs, token and key issue and \
			revocation, user changes; filter by `event` and `actor`. `size` is 1 to 500.""")
	AuditPage page(@RequestParam(required = false) AuditEvent event, @RequestParam(required = false) String actor,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return new AuditPage(audit.page(event, actor, page, size), page, size, audit.count(event, actor));
	}

	record AuditPage(List<AuditEntry> items, int page, int size, long total) {
	}
}
