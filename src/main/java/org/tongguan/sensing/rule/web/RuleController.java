package org.tongguan.sensing.rule.web;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.sensing.RuleId;
import org.tongguan.sensing.WarningLevel;
import org.tongguan.sensing.rule.AlarmRule;
import org.tongguan.sensing.rule.CaseOpening;
import org.tongguan.sensing.rule.RuleDraft;
import org.tongguan.sensing.rule.RuleEditor;
import org.tongguan.sensing.rule.RuleKind;
import org.tongguan.sensing.rule.StoredRule;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Alarm rules (告警规则): every signed-in user reads them, administrators edit them; edits take effect at once. */
@RestController
@RequestMapping("/api/sensing/rules")
@Tag(name = "Sensing: device types and alarm rules (设备类型、告警规则)")
class RuleController {

	private final RuleEditor editor;

	RuleController(RuleEditor editor) {
		this.editor = editor;
	}

	@GetMapping
	@Operation(summary = "List alarm rules (告警规则)", description = """
			Every alarm rule: what it watches (a device type or one device, a metric), its kind (THRESHOLD, RATE, \
			NO_DATA), levels and thresholds, and whether its alarms open cases.""")
	List<RuleView> list() {
		return editor.list().stream().map(RuleView::of).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read one alarm rule", description = "An alarm rule by its id.")
	RuleView get(@PathVariable long id) {
		return RuleView.of(editor.get(new RuleId(id)));
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Create an alarm rule", description = """
			A rule for a device type or one device: THRESHOLD (a value past a threshold per warning level BLUE, \
			YELLOW, ORANGE, RED, held for `sustain`), RATE (the change per minute past a threshold) or NO_DATA (no \
			reading for `noDataFor`). With `caseLevel` and `category`, an alarm at that level or above opens a case \
			(物联感知 intake). Takes effect at once.""")
	@ApiResponse(responseCode = "201", description = "The rule created", useReturnTypeSchema = true)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"name": "道路积水", "deviceType": "water-level", "metric": "waterLevel", "kind": "THRESHOLD",
			 "comparator": "GE", "thresholds": {"YELLOW": 0.15, "ORANGE": 0.27, "RED": 0.4}, "clearThreshold": 0.1,
			 "sustain": "PT2M", "caseLevel": "ORANGE", "category": "E0505", "urgency": "URGENT"}""")))
	ResponseEntity<RuleView> create(@RequestBody RuleDraft draft, Principal principal) {
		RuleView created = RuleView.of(editor.create(draft, principal.getName()));
		return ResponseEntity.created(URI.create("/api/sensing/rules/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Change an alarm rule", description = "Replaces a rule's definition; takes effect at once.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"name": "道路积水", "deviceType": "water-level", "metric": "waterLevel", "kind": "THRESHOLD",
			 "comparator": "GE", "thresholds": {"YELLOW": 0.2, "RED": 0.4}, "enabled": true}""")))
	RuleView update(@PathVariable long id, @RequestBody RuleDraft draft, Principal principal) {
		return RuleView.of(editor.update(new RuleId(id), draft, principal.getName()));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Delete an alarm rule", description = "The rule stops at once; its past alarms stay.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	ResponseEntity<Void> delete(@PathVariable long id) {
		editor.delete(new RuleId(id));
		return ResponseEntity.noContent().build();
	}

	/**
	 * A rule as the API shows it; the same shape as a draft (fields a kind does not use are left out), plus who
	 * changed it last and whether it is the built-in offline rule.
	 */
	record RuleView(long id, String name, String deviceType, String device, String metric, RuleKind kind,
			String comparator, Boolean absolute, Map<WarningLevel, Double> thresholds, Double clearThreshold,
			String sustain, String noDataFor, WarningLevel level, WarningLevel caseLevel, String category,
			String urgency, boolean enabled, boolean builtIn, String updatedBy, Instant updatedAt) {

		static RuleView of(StoredRule stored) {
			AlarmRule rule = stored.rule();
			boolean measured = rule.kind() == RuleKind.THRESHOLD || rule.kind() == RuleKind.RATE;
			CaseOpening opening = rule.opening();
			return new RuleView(rule.id().value(), rule.name(), rule.deviceType(), rule.device(), rule.metric(),
					rule.kind(), rule.comparison() == null ? null : rule.comparison().name(),
					rule.kind() == RuleKind.RATE ? rule.absolute() : null,
					measured ? rule.thresholds().asMap() : null, rule.clearThreshold(),
					measured && !rule.sustain().isZero() ? rule.sustain().toString() : null,
					rule.noDataFor() == null ? null : rule.noDataFor().toString(), rule.level(),
					opening == null ? null : opening.level(), opening == null ? null : opening.category().value(),
					opening == null || opening.urgency() == null ? null : opening.urgency().name(), rule.enabled(),
					rule.kind() == RuleKind.OFFLINE, stored.updatedBy(), stored.updatedAt());
		}
	}
}
