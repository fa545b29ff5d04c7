package org.tongguan.casework.web.action;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.action.Adjustments;
import org.tongguan.casework.action.Handling;
import org.tongguan.casework.action.Reception;
import org.tongguan.casework.intake.CategoryNames;
import org.tongguan.casework.web.CaseViews;
import org.tongguan.support.ControllerSlice;

/**
 * The acceptance and handling actions as a web slice, services mocked: the typed case id of the path, what the
 * request must carry (answered 400 as a problem detail naming the field, before any service runs), and the answers
 * of an action and of a request made. Roles and data scope are the whole platform's tests' concern.
 */
@ControllerSlice({
		@Filter(type = FilterType.ASSIGNABLE_TYPE, classes = { ReceptionController.class, HandlingController.class,
				CaseActions.class }),
		@Filter(type = FilterType.REGEX, pattern = "org\\.tongguan\\.casework\\.web\\.CaseIdConverter") })
class CaseActionWebTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Reception reception;

	@MockitoBean
	Handling handling;

	@MockitoBean
	Adjustments adjustments;

	@MockitoBean
	CategoryNames categories;

	@MockitoBean
	CaseViews views;

	@Test
	void runsTheActionOnTheTypedCaseIdAndAnswersTheCaseAfterwards() throws Exception {
		act("/api/cases/42/accept", "{\"comment\": \"已电话核实地址\"}").andExpect(status().isOk());

		verify(reception).accept(new CaseId(42), "已电话核实地址");
		verify(views).view(new CaseId(42));
	}

	@Test
	void aCaseIdThatIsNoNumberIsAProblemNamingTheIdAsTheLongItIs() throws Exception {
		act("/api/cases/abc/accept", "{}").andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("id"))
			.andExpect(jsonPath("$.errors[0].message").value("cannot read 'abc' as long"));
		verifyNoInteractions(reception);
	}

	@Test
	void aDecisionWithoutApprovedIsAProblemNamingTheFieldAndDecidesNothing() throws Exception {
		act("/api/cases/42/void/approval", "{\"comment\": \"同意\"}").andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("approved"))
			.andExpect(jsonPath("$.errors[0].message").value("approved is required (true or false)"));
		verifyNoInteractions(reception, views);
	}

	@Test
	void aMergeWithoutItsMasterAndADispatchToAMalformedDepartmentAreProblemsNamingTheirFields() throws Exception {
		act("/api/cases/42/merge", "{\"comment\": \"同一问题\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("master"));
		act("/api/cases/42/dispatch", "{\"department\": \"城管 局\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("department"));
		verifyNoInteractions(reception, handling);
	}

	@Test
	void aRequestMadeAnswers201WithWhereItIs() throws Exception {
		when(adjustments.requestExtension(any(), any(), any())).thenReturn(7L);

		act("/api/cases/42/extension-requests", "{\"extension\": \"2d\", \"reason\": \"需协调产权单位\"}")
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/cases/42/extension-requests/7"))
			.andExpect(jsonPath("$.requestId").value(7));
		verify(adjustments).requestExtension(new CaseId(42), "2d", "需协调产权单位");
	}

	private ResultActions act(String path, String json) throws Exception {
		return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json));
	}
}
