package org.tongguan.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.MediaType;

/**
 * Tomcat's report of the errors it answers itself, before any servlet runs (a URL with a bad percent-encoding, an
 * illegal character or {@code ..} above the root, a malformed request line or header): a problem detail instead of
 * Tomcat's HTML page.
 */
class ProblemErrorReportValve extends ErrorReportValve {

	private final ProblemJson problems;

	ProblemErrorReportValve(ProblemJson problems) {
		this.problems = problems;
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean writable = new AtomicBoolean();
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
		if (!writable.get()) {
			return;
		}
		String reason = response.getMessage();
		String detail = "The request is malformed (its URL, encoding or headers)"
				+ (reason == null || reason.isBlank() ? "." : ": " + reason);
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(problems.text(ProblemJson.of(status, detail)));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException e) {
			// The client is gone or the response already started: as with Tomcat's own report, nothing more to do.
		}
	}
}
