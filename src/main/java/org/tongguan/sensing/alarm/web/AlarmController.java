package org.tongguan.sensing.alarm.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.region.RegionCode;
import org.tongguan.sensing.AlarmId;
import org.tongguan.sensing.WarningLevel;
import org.tongguan.sensing.alarm.AlarmActions;
import org.tongguan.sensing.alarm.AlarmComment;
import org.tongguan.sensing.alarm.AlarmDetails;
import org.tongguan.sensing.alarm.AlarmFilter;
import org.tongguan.sensing.alarm.AlarmFinder;
import org.tongguan.sensing.alarm.AlarmHistoryEntry;
import org.tongguan.sensing.alarm.AlarmPage;
import org.tongguan.sensing.alarm.AlarmState;
import org.tongguan.shared.InvalidInputException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Alarms (告警) within the caller's data scope: dispatchers, operators, shift leads and administrators list and act
 * on them (acknowledge, assign, comment, clear); leaders read.
 */
@RestController
@RequestMapping("/api/sensing/alarms")
@PreAuthorize("hasAnyRole('DISPATCHER', 'OPERATOR', 'SHIFT_LEAD', 'ADMIN', 'LEADER')")
@Tag(name = "Sensing: alarms (告警)")
class AlarmController {

	private static final String ACT = "hasAnyRole('DISPATCHER', 'OPERATOR', 'SHIFT_LEAD', 'ADMIN')";

	private final AlarmFinder finder;

	private final AlarmActions actions;

	AlarmController(AlarmFinder finder, AlarmActions actions) {
		this.finder = finder;
		this.actions = actions;
	}

	@GetMapping
	@Operation(summary = "List alarms (告警)", description = """
			The alarms in the caller's data scope, newest first, page by page, filtered by state (several allowed), \
			warning level (BLUE 蓝, YELLOW 黄, ORANGE 橙, RED 红), device, device type, region and raise time.""")
	PageView list(@RequestParam(required = false) Set<AlarmState> state,
			@RequestParam(required = false) Set<WarningLevel> level, @RequestParam(required = false) String device,
			@RequestParam(required = false) String type, @RequestParam(required = false) String region,
			@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		AlarmPage found = finder.find(new AlarmFilter(state, level, device, type, region(region), from, to, page,
				size));
		return new PageView(found.items().stream().map(AlarmView::of).toList(), found.total(), found.page(),
				found.size());
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read one alarm", description = """
			An alarm with its history (raised, escalated, acknowledged, assigned, cleared) and comments.""")
	DetailView get(@PathVariable long id) {
		return DetailView.of(actions.get(new AlarmId(id)));
	}

	@PostMapping("/{id}/acknowledge")
	@PreAuthorize(ACT)
	@Operation(summary = "Acknowledge an alarm (确认)", description = """
			Records that someone on duty has seen the alarm; it stays active until it clears.""")
	@ApiResponse(responseCode = "200", description = "The alarm afterwards", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "409", description = "The alarm is already acknowledged or cleared")
	DetailView acknowledge(@PathVariable long id) {
		return DetailView.of(actions.acknowledge(new AlarmId(id)));
	}

	@PostMapping("/{id}/assign")
	@PreAuthorize(ACT)
	@Operation(summary = "Assign an alarm (指派)", description = """
			Gives an active alarm to a user (by login name) who follows it up; a blank name takes it back.""")
	@ApiResponse(responseCode = "200", description = "The alarm afterwards", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "409", description = "The alarm is cleared")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"assignee": "dispatcher"}""")))
	DetailView assign(@PathVariable long id, @RequestBody Assignment assignment) {
		return DetailView.of(actions.assign(new AlarmId(id), assignment.assignee()));
	}

	@PostMapping("/{id}/comments")
	@PreAuthorize(ACT)
	@Operation(summary = "Comment on an alarm (备注)", description = "Adds a comment to the alarm's record.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"text": "已通知排水公司到场"}""")))
	DetailView comment(@PathVariable long id, @RequestBody Comment comment) {
		return DetailView.of(actions.comment(new AlarmId(id), comment.text()));
	}

	@PostMapping("/{id}/clear")
	@PreAuthorize(ACT)
	@Operation(summary = "Clear an alarm by hand (手动解除)", description = """
			Clears an active alarm with a comment saying why (e.g. a faulty sensor); alarms otherwise clear \
			themselves when readings return past the rule's clear threshold. After a manual clear the rule raises \
			no new alarm until the value has been normal again.""")
	@ApiResponse(responseCode = "200", description = "The alarm afterwards", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "409", description = "The alarm is already cleared")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject("""
			{"comment": "传感器被杂物遮挡，已清理"}""")))
	DetailView clear(@PathVariable long id, @RequestBody Clearing clearing) {
		return DetailView.of(actions.clear(new AlarmId(id), clearing.comment()));
	}

	private static RegionCode region(String value) {
		try {
			return value == null ? null : RegionCode.of(value);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("region", e.getMessage());
		}
	}

	/** Who to assign the alarm to (a login name), blank for nobody. */
	record Assignment(String assignee) {
	}

	/** A comment's text. */
	record Comment(String text) {
	}

	/** Why the alarm is cleared by hand. */
	record Clearing(String comment) {
	}

	/** One page of alarms, newest first. */
	record PageView(List<AlarmView> items, long total, int page, int size) {
	}

	/** An alarm with its history and comments. */
	record DetailView(AlarmView alarm, List<AlarmHistoryEntry> history, List<AlarmComment> comments) {

		static DetailView of(AlarmDetails details) {
			return new DetailView(AlarmView.of(details.alarm()), details.history(), details.comments());
		}
	}
}
