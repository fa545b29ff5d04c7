package org.tongguan.casework.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.CaseStage;
import org.tongguan.casework.Channel;
import org.tongguan.casework.TrafficLight;
import org.tongguan.casework.intake.CategoryNames;
import org.tongguan.casework.query.CaseFilter;
import org.tongguan.casework.query.CaseFinder;
import org.tongguan.casework.query.CasePage;
import org.tongguan.casework.query.CaseQueryService;
import org.tongguan.casework.query.VisibleCases;
import org.tongguan.casework.query.WorkQueue;
import org.tongguan.casework.store.CaseRecord;
import org.tongguan.casework.timeline.Timeline;
import org.tongguan.shared.NotFoundException;

/**
 * Reading cases (案件查询): lists by region, department, category, stage, traffic light, channel and time, one case
 * in full, its timeline, and the caller's work queue (我的待办) — always within the caller's data scope.
 */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases: reading (案件查询)")
class CaseQueryController {

	private final CaseFinder finder;

	private final VisibleCases visible;

	private final CaseQueryService queries;

	private final Timeline timeline;

	private final WorkQueue queue;

	private final CaseViews views;

	private final Clock clock;

	private final CategoryNames categories;

	CaseQueryController(CaseFinder finder, VisibleCases visible, CaseQueryService queries, Timeline timeline,
			WorkQueue queue, CaseViews views, Clock clock, CategoryNames categories) {
		this.finder = finder;
		this.visible = visible;
		this.queries = queries;
		this.timeline = timeline;
		this.queue = queue;
		this.views = views;
		this.clock = clock;
		this.categories = categories;
	}

	@GetMapping
	@Operation(summary = "List cases (案件查询)", description = """
			Lists the cases in the caller's data scope, one page at a time, filtered by region (a region code: its \
			whole subtree), lead department, sub-category, stage (several allowed), traffic light (GREEN/YELLOW/RED), \
			channel and report time (`from` inclusive, `to` exclusive, ISO-8601), sorted by `sort`.""")
	PageView<CaseSummary> list(@RequestParam(required = false) String region,
			@RequestParam(required = false) String department, @RequestParam(required = false) String category,
			@RequestParam(required = false) Set<CaseStage> stage, @RequestParam(required = false) TrafficLight light,
			@RequestParam(required = false) Channel channel, @RequestParam(required = false) Instant from,
			@RequestParam(required = false) Instant to, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size,
			@RequestParam(defaultValue = "REPORTED_AT") CaseFilter.Sort sort,
			@RequestParam(defaultValue = "false") boolean ascending,
			@RequestParam(defaultValue = "false") boolean includeBacklog) {
		CasePage<CaseRecord> found = finder.find(new CaseFilter(RequestValues.region("region", region),
				RequestValues.department("department", department), categories.resolve("category", category),
				stage, light, channel, from, to, page, size, sort, ascending, includeBacklog));
		return new PageView<>(found.items().stream().map(views::summary).toList(), found.total(), found.page(),
				found.size());
	}

	@GetMapping("/{id}")
	@Operation(summary = "Read one case", description = """
			The case in full: number, stage, category, place, reporter, departments, deadlines with traffic lights, \
			pending requests and attachments. A case outside the caller's data scope answers 404 like an unknown \
			one.""")
	CaseView get(@PathVariable CaseId id) {
		return views.view(visible.find(id));
	}

	@GetMapping("/by-number/{number}")
	@Operation(summary = "Read a case by its number (案件编号)", description = """
			The same as reading by id, for the number quoted to reporters (e.g. `SZ20260301000123`).""")
	CaseView byNumber(@PathVariable String number) {
		return views.view(visible
			.require(queries.record(number).orElseThrow(() -> new NotFoundException("No case " + number))));
	}

	@GetMapping("/{id}/timeline")
	@Operation(summary = "A case's timeline (流转记录)", description = """
			Every step of the case in order: who did what, when, with their comments (reported, accepted, filed, \
			dispatched, returned, handled, verified, closed, evaluated, supervised ...).""")
	List<TimelineView> timeline(@PathVariable CaseId id) {
		CaseRecord record = visible.find(id);
		return timeline.of(record.id()).stream().map(views::timeline).toList();
	}

	@GetMapping("/queues/mine")
	@Operation(summary = "My work queue (我的待办)", description = """
			The caller's open tasks, oldest first, with counts per traffic light: for an operator the cases to \
			accept and file, for a dispatcher those to dispatch and the requests to decide, for a handler the cases \
			of their department, for an inspector those to verify.""")
	QueueView mine(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		WorkQueue.Queue mine = queue.mine(page, size, clock.instant());
		return new QueueView(mine.counts(), mine.total(), mine.items()
			.stream()
			.map(item -> new QueueView.Item(new QueueView.Task(item.taskId().value(), item.taskKey(), item.taskName(),
					item.since()), views.summary(item.record())))
			.toList());
	}

	/**
	 * One page of a list.
	 *
	 * @param items the page
	 * @param total how many there are in all
	 * @param page the page, from 0
	 * @param size the page size
	 * @param <T> what is listed
	 */
	record PageView<T>(List<T> items, long total, int page, int size) {
	}

	/**
	 * The caller's work queue.
	 *
	 * @param counts open tasks per overall traffic light
	 * @param total all open tasks
	 * @param items one page of tasks, oldest first
	 */
	record QueueView(Map<TrafficLight, Long> counts, long total, List<Item> items) {

		/**
		 * A task and its case.
		 *
		 * @param task the task
		 * @param caseSummary the case
		 */
		record Item(Task task, CaseSummary caseSummary) {
		}

		/**
		 * An open task.
		 *
		 * @param id the engine's task id
		 * @param key the task's BPMN id (the action that completes it)
		 * @param name its name
		 * @param since when it was opened
		 */
		record Task(String id, String key, String name, Instant since) {
		}
	}
}
