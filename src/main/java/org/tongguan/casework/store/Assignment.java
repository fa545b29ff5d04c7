package org.tongguan.casework.store;

import org.tongguan.casework.dispatch.DispatchRule;
import org.tongguan.identity.DepartmentCode;

/**
 * Who is responsible for a case and why.
 *
 * @param responsible the department the dispatch rules name, {@code null} when no rule matches
 * @param responsibleName its name
 * @param lead the department handling it (主办), {@code null} before dispatch and after a return
 * @param leadName its name
 * @param rule the dispatch rule that decided ({@link DispatchRule}), {@code null} before filing
 * @param explanation the decision in words, with the catalogue version it rests on
 */
public record Assignment(DepartmentCode responsible, String responsibleName, DepartmentCode lead, String leadName,
		DispatchRule rule, String explanation) {
}
