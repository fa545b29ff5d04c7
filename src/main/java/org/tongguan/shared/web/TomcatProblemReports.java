package org.tongguan.shared.web;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

import tools.jackson.databind.ObjectMapper;

/**
 * Puts {@link ProblemErrorReportValve} on the embedded Tomcat's host in place of any other error report (Spring Boot
 * adds one with the report and server info hidden); runs after Boot's own customizer so that it replaces that one.
 */
@Component
class TomcatProblemReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	private final ProblemJson problems;

	TomcatProblemReports(ObjectMapper json) {
		this.problems = new ProblemJson(json);
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			StandardHost host = (StandardHost) context.getParent();
			Pipeline pipeline = host.getPipeline();
			for (Valve valve : pipeline.getValves()) {
				if (valve instanceof ErrorReportValve) {
					pipeline.removeValve(valve);
				}
			}
			// The host adds a report of this class when it starts unless one is there already.
			host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
			pipeline.addValve(new ProblemErrorReportValve(problems));
		});
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
