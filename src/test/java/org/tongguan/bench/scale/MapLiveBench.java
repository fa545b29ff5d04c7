package org.tongguan.bench.scale;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * 一张图 in headless Chromium (issue 15): optionally imports a history of the demo city, opens the city map as the
 * leader, then (1) reports n cases through the public intake one after another and measures, per case, from the
 * intake's 201 to the case's marker being drawn on the open map (queryRenderedFeatures at zoom 17, on the live
 * stream's tile refresh), and (2) records the frame times (requestAnimationFrame deltas) while a script pans the
 * city-wide map. Chromium draws WebGL with SwiftShader here: software rendering on the CPU.
 */
public final class MapLiveBench {

	/** A spot of 福田区 (the Civic Centre) the reports are spread around, within one zoom-17 viewport. */
	private static final double LONGITUDE = 114.0590;

	private static final double LATITUDE = 22.5430;

	private static final Pattern NUMBER = Pattern.compile("\"number\"\\s*:\\s*\"([^\"]+)\"");

	private MapLiveBench() {
	}

	/**
	 * Arguments: platform URL, work directory, cases to import (0 for none), timeout in seconds; environment
	 * MAP_LIVE_REPORTS (default 100), MAP_PAN_SECONDS (default 20), TILES_REQUESTS (when set, the tile latencies of
	 * {@link TileBench} on the same platform first), TONGGUAN_TEST_CHROMIUM and TONGGUAN_TEST_CHROMEDRIVER (default
	 * /usr/bin/chromium, /usr/bin/chromedriver).
	 */
	public static void main(String[] args) throws Exception {
		URI base = URI.create(args[0]);
		ScaleApi api = new ScaleApi(base, "admin", "tongguan-demo");
		int cases = Integer.parseInt(args[2]);
		Duration timeout = Duration.ofSeconds(Long.parseLong(args[3]));
		int reports = Integer.parseInt(System.getenv().getOrDefault("MAP_LIVE_REPORTS", "100"));
		int panSeconds = Integer.parseInt(System.getenv().getOrDefault("MAP_PAN_SECONDS", "20"));
		GridPoints grids = GridPoints.read(api);
		TileBench.importPlacedHistory(api, grids, Path.of(args[1]), cases);
		if (cases > 0) {
			TileBench.awaitClusters(api, timeout, grids.samplePoints(10));
		}
		String tiles = System.getenv("TILES_REQUESTS");
		if (tiles != null && !tiles.isBlank()) {
			int requests = Integer.parseInt(tiles);
			TileBench.measureLayers(api, timeout, grids.samplePoints(Math.max(requests, 10)), requests);
		}
		WebDriver browser = chromium();
		try {
			openMap(browser, base);
			System.out.println("browser: " + script(browser, "return navigator.userAgent") + "; WebGL renderer: "
					+ script(browser, """
							const gl = arguments[0].cityMap.getCanvas().getContext('webgl2')
							  || arguments[0].cityMap.getCanvas().getContext('webgl');
							const info = gl.getExtension('WEBGL_debug_renderer_info');
							return info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER);""",
							map(browser)));
			liveMarkers(browser, base, reports, timeout);
			panFrames(browser, panSeconds);
		}
		finally {
			browser.quit();
		}
	}

	private static void liveMarkers(WebDriver browser, URI base, int reports, Duration timeout) throws Exception {
		script(browser, "arguments[0].cityMap.jumpTo({center: [arguments[1], arguments[2]], zoom: 17})", map(browser),
				LONGITUDE, LATITUDE);
		awaitIdle(browser);
		HttpClient http = HttpClient.newHttpClient();
		List<Double> latencies = new ArrayList<>();
		for (int i = 0; i < reports; i++) {
			double longitude = LONGITUDE + (i % 10 - 4.5) * 0.00025;
			double latitude = LATITUDE + (i / 10 % 10 - 4.5) * 0.00012;
			String body = """
					{"category": "暴露垃圾", "description": "地图实时测试 %d", "longitude": %s, "latitude": %s}"""
				.formatted(i, longitude, latitude);
			HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve("/api/public/cases"))
				.header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
				.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
			long accepted = System.currentTimeMillis();
			Matcher number = NUMBER.matcher(answer.body());
			if (answer.statusCode() != 201 || !number.find()) {
				throw new IllegalStateException("report " + i + ": HTTP " + answer.statusCode() + " " + answer.body());
			}
			Object visible = ((JavascriptExecutor) browser).executeAsyncScript("""
					const [container, number, deadline, done] = arguments;
					const map = container.cityMap;
					const check = () => {
					  if (map.queryRenderedFeatures({layers: ['case-points'],
					      filter: ['==', ['to-string', ['get', 'id']], String(number)]})
					      .length) { done(Date.now()); } else if (Date.now() > deadline) { done(-1); }
					  else { requestAnimationFrame(check); }
					};
					check();""", map(browser), number.group(1), accepted + timeout.toMillis());
			long at = ((Number) visible).longValue();
			if (at < 0) {
				throw new IllegalStateException("case " + number.group(1) + " not drawn within " + timeout);
			}
			latencies.add((double) (at - accepted));
		}
		Collections.sort(latencies);
		System.out.printf("new case → marker drawn, %d cases reported one after another: p50 %.0f ms, p99 %.0f ms, "
				+ "max %.0f ms, min %.0f ms%n", reports, TileBench.percentile(latencies, 50),
				TileBench.percentile(latencies, 99), latencies.get(latencies.size() - 1), latencies.get(0));
	}

	private static void panFrames(WebDriver browser, int seconds) {
		browser.navigate().refresh();
		new WebDriverWait(browser, Duration.ofSeconds(60))
			.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "map"));
		awaitIdle(browser);
		Object zoom = script(browser, "return arguments[0].cityMap.getZoom()", map(browser));
		@SuppressWarnings("unchecked")
		List<Number> deltas = (List<Number>) ((JavascriptExecutor) browser).executeAsyncScript("""
				const [container, seconds, done] = arguments;
				const map = container.cityMap;
				const deltas = []; let last = performance.now(); let step = 0;
				const end = last + seconds * 1000;
				const moves = [[300, 0], [0, 200], [-300, 0], [0, -200]];
				const pan = () => map.panBy(moves[step++ % moves.length], {duration: 1000, easing: t => t});
				map.on('moveend', () => { if (performance.now() < end) { pan(); } });
				const frame = (now) => {
				  deltas.push(now - last); last = now;
				  if (now < end) { requestAnimationFrame(frame); } else { done(deltas); }
				};
				pan(); requestAnimationFrame(frame);""", map(browser), seconds);
		List<Double> sorted = new ArrayList<>(deltas.stream().map(Number::doubleValue).toList());
		Collections.sort(sorted);
		double mean = sorted.stream().mapToDouble(Double::doubleValue).average().orElse(0);
		long janky = sorted.stream().filter(delta -> delta > 50).count();
		System.out.printf("panning the city map (zoom %.1f, default layers) for %d s: %d frames, %.1f fps, frame time "
				+ "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, %d frames over 50 ms (software rendering)%n",
				((Number) zoom).doubleValue(), seconds, sorted.size(), 1000 / mean,
				TileBench.percentile(sorted, 50), TileBench.percentile(sorted, 95), TileBench.percentile(sorted, 99),
				sorted.get(sorted.size() - 1), janky);
	}

	private static WebDriver chromium() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getenv().getOrDefault("TONGGUAN_TEST_CHROMIUM", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=zh-CN",
				"--window-size=1440,900", "--enable-unsafe-swiftshader", "--use-angle=swiftshader");
		return new ChromeDriver(new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of(System.getenv().getOrDefault("TONGGUAN_TEST_CHROMEDRIVER",
					"/usr/bin/chromedriver")).toFile())
			.usingAnyFreePort()
			.build(), options);
	}

	private static void openMap(WebDriver browser, URI base) {
		browser.manage().timeouts().scriptTimeout(Duration.ofMinutes(5));
		browser.get(base.resolve("/console/map").toString());
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
		wait.until(ExpectedConditions.elementToBeClickable(By.id("login-submit")));
		browser.findElement(By.id("username")).sendKeys("leader");
		browser.findElement(By.id("password")).sendKeys("tongguan-demo");
		browser.findElement(By.id("login-submit")).click();
		wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "map"));
		awaitIdle(browser);
	}

	private static void awaitIdle(WebDriver browser) {
		new WebDriverWait(browser, Duration.ofSeconds(120))
			.until(ExpectedConditions.attributeToBe(By.id("city-map"), "data-idle", "true"));
	}

	private static Object map(WebDriver browser) {
		return browser.findElement(By.id("city-map"));
	}

	private static Object script(WebDriver browser, String script, Object... arguments) {
		return ((JavascriptExecutor) browser).executeScript(script, arguments);
	}
}
