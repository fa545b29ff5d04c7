package org.tongguan.identity.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.identity.ApiKeyPurpose;
import org.tongguan.identity.Role;
import org.tongguan.identity.apikey.ApiKey;
import org.tongguan.identity.apikey.ApiKeyDraft;
import org.tongguan.identity.apikey.ApiKeys;
import org.tongguan.identity.apikey.CreatedApiKey;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** API keys of external systems for administrators: the key is shown once, at creation. */
@RestController
@RequestMapping("/api/admin/api-keys")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Administration: API keys (接入密钥)")
class ApiKeyController {

	private final ApiKeys apiKeys;

	ApiKeyController(ApiKeys apiKeys) {
		this.apiKeys = apiKeys;
	}

	@PostMapping
	@Operation(summary = "Create an API key for an external system (接入密钥)", description = """
			Creates a key for an external system: its name, purposes (OPEN311, INTEGRATION, TELEMETRY, \
			INDICATOR_SOURCE: the key works only on the paths of its purposes), roles, data scope (a region code) and \
			optionally the department it acts for (required for INDICATOR_SOURCE: a source system pushes the \
			indicators whose source names this department and the key's name as its system). The answer's `key` is \
			shown once and never again: the system sends it as `X-API-Key`.""")
	@ApiResponse(responseCode = "201", description = "The key's record and, once, the key itself",
			useReturnTypeSchema = true)
	@ApiResponse(responseCode = "409", description = "A working key with this name exists; revoke it first")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"name": "12345 hotline system", "purposes": ["INTEGRATION"], "roles": ["EXTERNAL_SYSTEM"],
			 "scope": "440300"}""")))
	ResponseEntity<NewKeyView> create(@RequestBody NewApiKey request) {
		CreatedApiKey created = apiKeys.create(new ApiKeyDraft(request.name(), request.purposes(), request.roles(),
				request.scope(), request.department()));
		return ResponseEntity.created(URI.create("/api/admin/api-keys/" + created.key().id()))
			.cacheControl(CacheControl.noStore())
			.body(new NewKeyView(ApiKeyView.of(created.key()), created.secret()));
	}

	@GetMapping
	@Operation(summary = "List API keys", description = """
			Every API key with its name, prefix (the key itself is never shown again), purposes, roles, scope, who \
			created it and when it was revoked.""")
	List<ApiKeyView> list() {
		return apiKeys.list().stream().map(ApiKeyView::of).toList();
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Revoke an API key", description = "The key stops working at once; its record stays.")
	@ApiResponse(responseCode = "204", description = "Revoked")
	ResponseEntity<Void> revoke(@PathVariable long id) {
		apiKeys.revoke(id);
		return ResponseEntity.noContent().build();
	}

	/**
	 * A key to create.
	 *
	 * @param name the external system's name
	 * @param purposes what the key is for: OPEN311, INTEGRATION, TELEMETRY and/or INDICATOR_SOURCE; it works only
	 *        where one is served
	 * @param roles what the system may do
	 * @param scope the code of the region subtree it may act in
	 * @param department the code of the department it acts for, may be absent (but not for INDICATOR_SOURCE)
	 */
	record NewApiKey(String name, Set<ApiKeyPurpose> purposes, Set<Role> roles, String scope, String department) {
	}

	/** A new key: send {@code key} as the {@code X-API-Key} header; it cannot be shown again. */
	record NewKeyView(ApiKeyView apiKey, String key) {
	}

	record ApiKeyView(long id, String name, String prefix, List<PurposeView> purposes, List<RoleView> roles,
			String scope, String department, String createdBy, Instant createdAt, Instant revokedAt) {

		static ApiKeyView of(ApiKey key) {
			return new ApiKeyView(key.id(), key.name(), key.prefix(),
					key.purposes().stream().sorted().map(PurposeView::of).toList(), RoleView.of(key.roles()),
					key.scope().value(), key.department() == null ? null : key.department().value(), key.createdBy(),
					key.createdAt(), key.revokedAt());
		}
	}

	/** A purpose with the Chinese name administrators know it by. */
	record PurposeView(ApiKeyPurpose name, String label) {

		static PurposeView of(ApiKeyPurpose purpose) {
			return new PurposeView(purpose, purpose.label());
		}
	}
}
