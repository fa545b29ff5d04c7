package org.tongguan.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongguan.casework.CaseApi.body;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.jayway.jsonpath.JsonPath;

import org.tongguan.support.TestClock;

/**
 * Reporters of duplicates merged into a master (重复件合并) see the master's outcome and get their own callback once
 * the master's loop has ended; their answers never reopen the master.
 */
@CaseworkTest
class DuplicateCallbackTests {

	@Autowired
	CaseApi api;

	@Autowired
	TestClock clock;

	@BeforeEach
	void mondayMorning() {
		clock.set(TestClock.MONDAY_MORNING);
	}

	@Test
	void eachMergedReporterIsCalledBackWhenTheMastersLoopEndsAndSeesItsOutcome() throws Exception {
		Map<String, Object> first = api.report("E0105", "桥下有人焚烧垃圾");
		first.put("reporter", body("name", "王五", "phone", "13900139000"));
		long master = api.reported(api.as("operator"), first);
		long withPhone = duplicateOf(master, first, body("phone", "13700137000"));
		long withoutPhone = duplicateOf(master, first, body("name", "赵六"));

		assertThat(api.<String>read(withPhone, "$.masterOutcome.stage.code")).isEqualTo("REPORTED");
		api.walkToClosing(master);
		api.done(api.as("shiftlead"), master, "close", body("comment", "已扑灭并清理"));
		assertThat(api.stage(master)).isEqualTo("CALLBACK");
		assertThat(api.<List<?>>read(withPhone, "$.openTasks")).isEmpty(); // the master may still be reopened
		assertThat(api.<String>read(withPhone, "$.masterOutcome.stage.code")).isEqualTo("CALLBACK");
		assertThat(api.<String>read(withPhone, "$.masterOutcome.closedAt")).isNotNull();

		api.done(api.as("operator"), master, "callback", body("satisfaction", "SATISFIED"));
		assertThat(api.stage(master)).isEqualTo("CLOSED");
		for (long duplicate : List.of(withPhone, withoutPhone)) {
			assertThat(api.stage(duplicate)).isEqualTo("MERGED");
			assertThat(api.<List<String>>read(duplicate, "$.openTasks[*].key")).containsExactly("callback");
			assertThat(api.<String>read(duplicate, "$.masterOutcome.stage.code")).isEqualTo("CLOSED");
			assertThat(api.<String>read(duplicate, "$.masterOutcome.result")).isEqualTo("已扑灭并清理");
			assertThat(api.<Integer>read(duplicate, "$.masterOutcome.id")).isEqualTo((int) master);
		}

		String dissatisfied = api.done(api.as("operator"), withPhone, "callback",
				body("satisfaction", "DISSATISFIED", "comment", "还有烟"));
		assertThat((String) JsonPath.read(dissatisfied, "$.stage.code")).isEqualTo("MERGED");
		assertThat((String) JsonPath.read(dissatisfied, "$.satisfaction")).isEqualTo("DISSATISFIED");
		assertThat((List<?>) JsonPath.read(dissatisfied, "$.openTasks")).isEmpty();
		assertThat(api.stage(master)).isEqualTo("CLOSED"); // never reopened by a duplicate
		assertThat((List<String>) JsonPath.read(api.timeline(master), "$[*].action.code"))
			.contains("DUPLICATE_DISSATISFIED");

		String ended = api.done(api.as("operator"), withoutPhone, "callback/no-evaluation",
				body("reason", "NO_CONTACT"));
		assertThat((String) JsonPath.read(ended, "$.callback.noEvaluationReason")).isEqualTo("NO_CONTACT");
		assertThat((List<?>) JsonPath.read(ended, "$.openTasks")).isEmpty();
	}

	@Test
	void aDuplicateMergedIntoAFinishedMasterIsCalledBackAtOnce() throws Exception {
		Map<String, Object> first = api.report("E0105", "河边焚烧秸秆");
		long master = api.reported(api.futianInspector(), first); // no reporter: no callback of its own
		api.walkToClosing(master);
		api.done(api.as("shiftlead"), master, "close", body());
		assertThat(api.stage(master)).isEqualTo("CLOSED");
		long late = duplicateOf(master, first, body("phone", "13600136000"));
		assertThat(api.<List<String>>read(late, "$.openTasks[*].key")).containsExactly("callback");
		String evaluated = api.done(api.as("operator"), late, "callback", body("satisfaction", "SATISFIED"));
		assertThat((String) JsonPath.read(evaluated, "$.satisfaction")).isEqualTo("SATISFIED");
		assertThat((String) JsonPath.read(evaluated, "$.stage.code")).isEqualTo("MERGED");
	}

	@Test
	void aDuplicateFoundByAnInspectorWithoutAReporterIsNotCalledBack() throws Exception {
		Map<String, Object> first = api.report("E0105", "空地焚烧垃圾");
		first.put("reporter", body("phone", "13500135000"));
		long master = api.reported(api.as("operator"), first);
		Map<String, Object> second = near(first, "巡查发现同一处焚烧");
		long duplicate = api.reported(api.futianInspector(), second);
		api.done(api.as("operator"), duplicate, "merge", body("master", master));
		api.walkToClosing(master);
		api.done(api.as("shiftlead"), master, "close", body());
		api.done(api.as("operator"), master, "callback", body("satisfaction", "SATISFIED"));
		assertThat(api.<List<?>>read(duplicate, "$.openTasks")).isEmpty();
	}

	private long duplicateOf(long master, Map<String, Object> first, Map<String, Object> reporter) throws Exception {
		Map<String, Object> second = near(first, "同一处在焚烧");
		second.put("reporter", reporter);
		long duplicate = api.reported(api.as("operator"), second);
		api.done(api.as("operator"), duplicate, "merge", body("master", master));
		return duplicate;
	}

	private Map<String, Object> near(Map<String, Object> first, String description) {
		Map<String, Object> second = api.report("E0105", description);
		second.put("longitude", (Double) first.get("longitude") + 0.0001);
		second.put("latitude", first.get("latitude"));
		return second;
	}
}
