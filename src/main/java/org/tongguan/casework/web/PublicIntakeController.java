package org.tongguan.casework.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.tongguan.casework.CaseReport;
import org.tongguan.casework.CaseSnapshot;
import org.tongguan.casework.Channel;
import org.tongguan.casework.Reporter;
import org.tongguan.casework.internal.CaseworkProperties;
import org.tongguan.casework.internal.IntakeResult;
import org.tongguan.casework.internal.IntakeService;
import org.tongguan.identity.PublicPaths;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.TooManyRequestsException;
import org.tongguan.shared.web.RateLimiter;

/**
 * Citizens' web and app submissions (市民上报), open without a login: the answer is the case number to quote and
 * the due time, nothing more. An {@code Idempotency-Key} header is required.
 */
@RestController
class PublicIntakeController {

	static final String PATH = "/api/public/cases";

	private final IntakeService intake;

	PublicIntakeController(IntakeService intake) {
		this.intake = intake;
	}

	@PostMapping(PATH)
	ResponseEntity<Receipt> report(@RequestHeader(name = "Idempotency-Key", required = false) String key,
			@RequestBody CitizenReport request) {
		if (key == null || key.isBlank()) {
			throw new InvalidInputException("Idempotency-Key", "send an Idempotency-Key header (e.g. a UUID)");
		}
		IntakeResult result = intake.intake(new CaseReport(Channel.CITIZEN, key,
				new Reporter(request.name(), request.phone()), request.longitude(), request.latitude(),
				request.address(), RequestValues.category("category", request.category()), null, null,
				request.description(), request.attachmentIds(), null, false));
		CaseSnapshot snapshot = result.snapshot();
		Receipt receipt = new Receipt(snapshot.number(), snapshot.stage().label(), snapshot.categoryName(),
				snapshot.reportedAt(), snapshot.dueAt());
		return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK).body(receipt);
	}

	/**
	 * A citizen's report.
	 *
	 * @param category the sub-category code
	 * @param description what is wrong
	 * @param longitude longitude, with latitude
	 * @param latitude latitude
	 * @param address the address; alone it must name the district (and street)
	 * @param name the citizen's name, optional
	 * @param phone the citizen's phone, for the callback
	 * @param attachmentIds photos uploaded before
	 */
	record CitizenReport(String category, String description, Double longitude, Double latitude, String address,
			String name, String phone, List<String> attachmentIds) {
	}

	/**
	 * What a citizen gets back.
	 *
	 * @param number the case number to quote
	 * @param stage where it stands
	 * @param category its sub-category's name
	 * @param reportedAt when it was reported
	 * @param dueAt when it is due to be handled
	 */
	record Receipt(String number, String stage, String category, Instant reportedAt, Instant dueAt) {
	}

	/** Opens the citizens' intake to callers without a login, within a per-address budget of reports. */
	@Configuration(proxyBeanMethods = false)
	static class PublicIntake implements WebMvcConfigurer {

		private final RateLimiter limiter;

		PublicIntake(CaseworkProperties properties, Clock clock) {
			this.limiter = new RateLimiter(properties.publicReportsPerMinute(), clock);
		}

		@Bean
		PublicPaths citizenIntake() {
			return new PublicPaths("Citizen case reports (市民上报)", List.of(PATH));
		}

		@Override
		public void addInterceptors(InterceptorRegistry registry) {
			registry.addInterceptor(new HandlerInterceptor() {

				@Override
				public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
					long wait = limiter.acquire(request.getRemoteAddr());
					if (wait > 0) {
						throw new TooManyRequestsException(wait);
					}
					return true;
				}
			}).addPathPatterns(PATH);
		}
	}
}
