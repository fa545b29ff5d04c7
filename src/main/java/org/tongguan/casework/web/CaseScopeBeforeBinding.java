package org.tongguan.casework.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.tongguan.casework.CaseId;
import org.tongguan.casework.internal.VisibleCases;
import org.tongguan.shared.web.ScopeBeforeBinding;

/** Actions on a case ({@code /api/cases/{id}/…}) check that the caller may see the case before reading the body. */
@Configuration(proxyBeanMethods = false)
class CaseScopeBeforeBinding implements WebMvcConfigurer {

	private final VisibleCases cases;

	CaseScopeBeforeBinding(VisibleCases cases) {
		this.cases = cases;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		new ScopeBeforeBinding("/api/cases/{id}", id -> cases.find(new CaseId(id))).register(registry);
	}
}
