package org.tongguan.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tongguan.support.TestClock;

import com.jayway.jsonpath.JsonPath;

/**
 * {@code docs/case-handling.md} cannot drift from the platform: every {@code curl} of its {@code sh} blocks runs, in
 * order, against the test platform (walking one case through the whole loop and the other ways out), and must answer
 * the status the page says (2xx unless it says {@code # → 4xx}); every action on a case has an example there.
 */
@CaseworkTest
class CaseHandlingDocTests {

	private static final Path PAGE = Path.of("docs/case-handling.md");

	private static final String SERVER = "http://localhost:8080";

	/** One client address of its own, so that other tests' public reports do not use up its rate budget. */
	private static final String ADDRESS = "10.66.0.1";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyCurlOfThePageAnswersTheStatusItSaysAndTheLoopEndsEvaluated() throws Exception {
		clock.set(TestClock.MONDAY_MORNING);
		Map<String, String> variables = new HashMap<>();
		List<String> statements = CurlScript.statements(PAGE);
		assertThat(statements).hasSizeGreaterThan(40);
		for (String text : statements) {
			CurlScript.Statement statement = CurlScript.parse(text, variables);
			String output = run(statement, text, variables);
			if (statement.variable() != null) {
				variables.put(statement.variable(), output);
			}
		}
		assertThat(variables.get("SECRET")).matches("[2-9A-HJ-NP-Z]{12}");
		String master = call("/api/cases/" + variables.get("CASE"), variables.get("LEADER"));
		assertThat((String) JsonPath.read(master, "$.stage.code")).isEqualTo("CLOSED");
		assertThat((String) JsonPath.read(master, "$.callback.channel")).isEqualTo("VISIT");
		String duplicate = call("/api/cases/" + variables.get("DUPLICATE"), variables.get("LEADER"));
		assertThat((String) JsonPath.read(duplicate, "$.satisfaction")).isEqualTo("BASICALLY_SATISFIED");
		assertThat((String) JsonPath.read(duplicate, "$.masterOutcome.stage.code")).isEqualTo("CLOSED");
		String unreached = call("/api/cases/" + variables.get("INCOMING"), variables.get("LEADER"));
		assertThat((String) JsonPath.read(unreached, "$.callback.noEvaluationReason")).isEqualTo("NO_CONTACT");
	}

	@Test
	void everyActionOnACaseHasACurlExampleOnThePage() throws Exception {
		String page = String.join("\n", CurlScript.statements(PAGE));
		List<String> actions = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			if (info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
				info.getPatternValues().stream()
					.filter(pattern -> pattern.startsWith("/api/cases") || pattern.startsWith("/api/public/cases")
							|| pattern.startsWith("/api/110"))
					.forEach(actions::add);
			}
		});
		assertThat(actions).hasSizeGreaterThan(20).contains("/api/cases/{id}/callback/no-evaluation");
		assertThat(actions.stream().filter(pattern -> !example(page, pattern)))
			.as("actions without a curl example in " + PAGE)
			.isEmpty();
		assertThat(example(page, "/api/cases/{id}/unknown-action")).isFalse();
	}

	/** Whether the page calls the pattern, its path variables written as shell variables. */
	private static boolean example(String page, String pattern) {
		StringBuilder regex = new StringBuilder(Pattern.quote(SERVER));
		for (String part : pattern.split("\\{[^}]+}", -1)) {
			regex.append(Pattern.quote(part)).append("\\$[A-Z_]+");
		}
		regex.setLength(regex.length() - "\\$[A-Z_]+".length());
		regex.append("(\\s|'|\"|$)");
		return Pattern.compile(regex.toString()).matcher(page).find();
	}

	/** Runs a statement's command and answers what it prints. */
	private String run(CurlScript.Statement statement, String text, Map<String, String> variables) throws Exception {
		List<String> words = statement.words();
		int pipe = words.indexOf("|");
		List<String> command = pipe < 0 ? words : words.subList(0, pipe);
		String output;
		if (command.get(0).equals("echo")) {
			output = command.get(1);
		}
		else {
			assertThat(command.get(0)).as(text).isEqualTo("curl");
			MockHttpServletResponse response = mvc.perform(curl(command.subList(1, command.size()))).andReturn()
				.getResponse();
			output = response.getContentAsString(StandardCharsets.UTF_8);
			if (statement.expected() == null) {
				assertThat(response.getStatus()).as(text + "\n→ " + output).isBetween(200, 299);
			}
			else {
				assertThat(response.getStatus()).as(text + "\n→ " + output).isEqualTo(statement.expected());
			}
		}
		if (pipe >= 0) {
			List<String> jq = words.subList(pipe + 1, words.size());
			assertThat(jq.subList(0, 2)).as(text).containsExactly("jq", "-r");
			Object value = JsonPath.read(output, "$" + jq.get(2));
			assertThat(value).as(text + "\n→ " + output).isNotNull();
			output = String.valueOf(value);
		}
		return output;
	}

	/** The request a curl command line makes. */
	private RequestBuilder curl(List<String> arguments) throws Exception {
		String method = null;
		String url = null;
		String body = null;
		Map<String, String> headers = new LinkedHashMap<>();
		Map<String, String> form = new LinkedHashMap<>();
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			switch (argument) {
				case "-s", "-S", "-f", "-i" -> {
				}
				case "-X" -> method = arguments.get(++i);
				case "-H" -> {
					String[] header = arguments.get(++i).split(":\\s*", 2);
					headers.put(header[0], header[1]);
				}
				case "-d", "--data", "--data-raw" -> body = arguments.get(++i);
				case "-F" -> {
					String[] field = arguments.get(++i).split("=", 2);
					form.put(field[0], field[1]);
				}
				default -> {
					assertThat(argument).as("a curl argument this test understands").startsWith(SERVER);
					url = argument;
				}
			}
		}
		URI uri = URI.create(url.substring(SERVER.length()));
		AbstractMockHttpServletRequestBuilder<?> request;
		if (!form.isEmpty()) {
			MockMultipartHttpServletRequestBuilder upload = multipart(uri.getPath());
			form.forEach((name, value) -> {
				if (value.startsWith("@")) {
					String file = value.substring(1);
					boolean png = file.endsWith(".png");
					upload.file(new MockMultipartFile(name, file, png ? "image/png" : "image/jpeg",
							photo(png ? "png" : "jpg")));
				}
				else {
					upload.param(name, value);
				}
			});
			request = upload;
		}
		else {
			HttpMethod verb = HttpMethod.valueOf(method != null ? method : body != null ? "POST" : "GET");
			request = request(verb, uri.getPath());
		}
		if (uri.getRawQuery() != null) {
			for (String pair : uri.getRawQuery().split("&")) {
				String[] parameter = pair.split("=", 2);
				request.param(decode(parameter[0]), decode(parameter[1]));
			}
		}
		headers.forEach((name, value) -> {
			if (name.equalsIgnoreCase("Content-Type")) {
				request.contentType(value);
			}
			else {
				request.header(name, value);
			}
		});
		if (body != null) {
			request.content(body.getBytes(StandardCharsets.UTF_8));
		}
		AbstractMockHttpServletRequestBuilder<?> built = request;
		return built.with(call -> {
			call.setRemoteAddr(ADDRESS);
			return call;
		});
	}

	private String call(String path, String token) throws Exception {
		return mvc.perform(request(HttpMethod.GET, path).header("Authorization", "Bearer " + token))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

	/** A small PNG or JPEG standing in for the reader's own photo. */
	private static byte[] photo(String format) {
		try {
			BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
			image.setRGB(5, 6, (int) (Math.random() * 0xffffff));
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			ImageIO.write(image, format, bytes);
			return bytes.toByteArray();
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
