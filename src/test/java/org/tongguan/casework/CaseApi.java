package org.tongguan.casework;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;
import java.util.concurrent.atomic.AtomicInteger;

import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.job.api.Job;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tongguan.identity.Caller;
import org.tongguan.identity.Role;
import org.tongguan.identity.internal.CallerAuthentication;
import org.tongguan.identity.internal.UserDirectory;
import org.tongguan.region.Location;
import org.tongguan.region.Regions;

import com.jayway.jsonpath.JsonPath;

import tools.jackson.databind.ObjectMapper;

/** Drives cases through the REST API as the demo users (or made-up handlers and inspectors) would. */
public class CaseApi {

	/** 福田区. */
	public static final String FUTIAN = "440304";

	private static final AtomicInteger POINTS = new AtomicInteger();

	private final MockMvc mvc;

	private final UserDirectory users;

	private final ObjectMapper json;

	private final Regions regions;

	private final RuntimeService runtime;

	private final ManagementService management;

	CaseApi(MockMvc mvc, UserDirectory users, ObjectMapper json, Regions regions, RuntimeService runtime,
			ManagementService management) {
		this.mvc = mvc;
		this.users = users;
		this.json = json;
		this.regions = regions;
		this.runtime = runtime;
		this.management = management;
	}

	/** Acting as a demo user. */
	public RequestPostProcessor as(String demoUser) {
		return as(users.enabledCaller(demoUser).orElseThrow());
	}

	/** Acting as any user of the test database. */
	public RequestPostProcessor as(Caller caller) {
		return authentication(new CallerAuthentication(caller));
	}

	/** A handler (处置人员) of a department, scoped to the department's district; made on first use. */
	public RequestPostProcessor handler(String department) {
		return user(handlerName(department), Role.HANDLER, department.substring(0, 6), department);
	}

	/** The username of a department's handler. */
	public static String handlerName(String department) {
		return "h-" + department.toLowerCase(Locale.ROOT);
	}

	/** A grid inspector whose beat is the whole of Futian; made on first use. */
	public RequestPostProcessor futianInspector() {
		return user("futian-inspector", Role.INSPECTOR, FUTIAN, null);
	}

	/** A user made through the administration API on first use, as an administrator would. */
	public RequestPostProcessor user(String username, Role role, String scope, String department) {
		if (users.enabledCaller(username).isEmpty()) {
			try {
				mvc.perform(post("/api/admin/users").with(as("admin"))
					.with(csrf())
					.contentType(MediaType.APPLICATION_JSON)
					.content(json.writeValueAsString(body("username", username, "password", "Tongguan-Test-2026!",
							"displayName", username, "roles", List.of(role.name()), "scope", scope, "department",
							department))))
					.andExpect(status().isCreated());
			}
			catch (Exception e) {
				throw new IllegalStateException("Cannot make the test user " + username, e);
			}
		}
		return as(username);
	}

	/** A point in Futian no other test used, at least 150 m from every other such point. */
	public double[] freshPoint() {
		while (true) {
			int i = POINTS.getAndIncrement();
			double longitude = 114.000 + (i % 60) * 0.0016;
			double latitude = 22.515 + (i / 60) * 0.0016;
			Location location = regions.locate(longitude, latitude).orElse(null);
			if (location != null && location.district().code().value().equals(FUTIAN) && location.grid() != null) {
				return new double[] { longitude, latitude };
			}
		}
	}

	/** A report body at a fresh point in Futian, with a photo. */
	public Map<String, Object> report(String category, String description) {
		double[] point = freshPoint();
		return body("category", category, "description", description, "longitude", point[0], "latitude", point[1],
				"attachmentIds", List.of(photo("BEFORE")));
	}

	/** Uploads a small PNG photo in a role (BEFORE, AFTER) and answers its attachment id. */
	public String photo(String role) {
		try {
			BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
			image.setRGB(3, 4, 0x33aa55);
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(image, "png", png);
			String uploaded = mvc.perform(multipart("/api/attachments")
				.file(new MockMultipartFile("file", "photo.png", "image/png", png.toByteArray()))
				.param("role", role)
				.with(as("admin"))
				.with(csrf()))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			return JsonPath.read(uploaded, "$.id");
		}
		catch (Exception e) {
			throw new IllegalStateException("Cannot upload a test photo", e);
		}
	}

	/** One fresh photo in a role, as a list of attachment ids. */
	public List<String> photos(String role) {
		return List.of(photo(role));
	}

	/** Reports and answers the new case's id. */
	public long reported(RequestPostProcessor who, Map<String, Object> body) throws Exception {
		String created = report(who, body, UUID.randomUUID().toString()).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return ((Number) JsonPath.read(created, "$.id")).longValue();
	}

	/**
	 * A citizen's report without a login ({@code POST /api/public/cases}, a case the Open311 feed publishes) at a fresh
	 * point in Futian; answers the new case's id.
	 */
	public long reportedByCitizen(String category, String description) throws Exception {
		double[] point = freshPoint();
		String receipt = mvc.perform(post("/api/public/cases").header("Idempotency-Key", UUID.randomUUID().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body("category", category, "description", description, "longitude",
					point[0], "latitude", point[1], "phone", "13800138000"))))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String view = mvc.perform(get("/api/cases/by-number/" + JsonPath.read(receipt, "$.number")).with(as("admin")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return ((Number) JsonPath.read(view, "$.id")).longValue();
	}

	/** Posts a report with an idempotency key. */
	public ResultActions report(RequestPostProcessor who, Map<String, Object> body, String key) throws Exception {
		return mvc.perform(post("/api/cases").with(who)
			.with(csrf())
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)));
	}

	/** Posts an action on a case. */
	public ResultActions act(RequestPostProcessor who, long id, String action, Map<String, Object> body)
			throws Exception {
		return mvc.perform(post("/api/cases/" + id + "/" + action).with(who)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body)));
	}

	/** Posts an action that must succeed and answers the body. */
	public String done(RequestPostProcessor who, long id, String action, Map<String, Object> body) throws Exception {
		return act(who, id, action, body).andExpect(status().is2xxSuccessful())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/**
	 * Walks a case a Futian operator reported to 待结案: accepted, filed (dispatched by the rules to the Futian
	 * 城管 bureau, whose demo handler handles it) and verified by the Futian inspector.
	 */
	public void walkToClosing(long id) throws Exception {
		done(as("operator"), id, "accept", body());
		done(as("operator"), id, "file", body());
		done(as("handler"), id, "handled", body("result", "已处理"));
		done(futianInspector(), id, "verify", body("passed", true, "attachmentIds", photos("AFTER")));
	}

	/** The case as the city-wide leader sees it. */
	public String view(long id) throws Exception {
		return mvc.perform(get("/api/cases/" + id).with(as("leader")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** A value of the case as the leader sees it. */
	public <T> T read(long id, String path) throws Exception {
		return JsonPath.read(view(id), path);
	}

	/** The case's stage. */
	public String stage(long id) throws Exception {
		return read(id, "$.stage.code");
	}

	/** The case's timeline as the leader sees it. */
	public String timeline(long id) throws Exception {
		return mvc.perform(get("/api/cases/" + id + "/timeline").with(as("leader")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** Runs the case's timer jobs that are due by the (test) clock, as the async executor would; answers how many. */
	public int fireDueTimers(long id) {
		String process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(id))
			.singleResult()
			.getId();
		int fired = 0;
		List<Job> due = management.createTimerJobQuery().processInstanceId(process).executable().list();
		while (!due.isEmpty()) {
			for (Job timer : due) {
				management.executeJob(management.moveTimerToExecutableJob(timer.getId()).getId());
				fired++;
			}
			due = management.createTimerJobQuery().processInstanceId(process).executable().list();
		}
		return fired;
	}

	/** A JSON object from keys and values. */
	public static Map<String, Object> body(Object... keysAndValues) {
		Map<String, Object> body = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			body.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return body;
	}
}
