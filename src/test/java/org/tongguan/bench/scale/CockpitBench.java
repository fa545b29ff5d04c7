package org.tongguan.bench.scale;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * 领导驾驶舱 ready in Chromium (issue 15): optionally generates and imports a history of the demo city (as
 * {@link TileBench}, every case at a point in its grid), then opens the leader cockpit in headless Chromium as the
 * city-wide leader again and again and reads, from the page itself, the time from navigation start to every panel
 * drawn ({@code data-ready-ms}, set with {@code data-ready="true"} when the figures, sparklines, ranking, map and
 * ticker are drawn): the first (cold) run, then median, p95 and max of the measured runs, in the desktop mode
 * (1440×900) and the video wall mode ({@code ?wall=3840x1080} in a 1920×540 viewport).
 */
public final class CockpitBench {

	private CockpitBench() {
	}

	/**
	 * Arguments: platform URL, work directory, cases to import (0 for none), timeout of one cockpit load in seconds;
	 * environment COCKPIT_RUNS: measured runs per mode (default 10), TONGGUAN_TEST_CHROMIUM and
	 * TONGGUAN_TEST_CHROMEDRIVER as the browser tests.
	 */
	public static void main(String[] args) throws Exception {
		URI base = URI.create(args[0]);
		ScaleApi api = new ScaleApi(base, "admin", "tongguan-demo");
		Path work = Path.of(args[1]);
		int cases = Integer.parseInt(args[2]);
		Duration timeout = Duration.ofSeconds(Long.parseLong(args[3]));
		int runs = Integer.parseInt(System.getenv().getOrDefault("COCKPIT_RUNS", "10"));
		if (cases > 0) {
			TileBench.importPlacedHistory(api, GridPoints.read(api), work, cases);
		}
		WebDriver browser = chromium(timeout);
		try {
			logIn(browser, base, timeout);
			System.out.printf("cockpit ready (navigation start → every panel drawn), %d measured runs per mode, ms%n",
					runs);
			System.out.printf("%-28s %8s %8s %8s %8s%n", "mode", "first", "median", "p95", "max");
			measure(browser, base, timeout, "desktop 1440×900", "/console/cockpit", 1440, 900, runs);
			measure(browser, base, timeout, "wall 3840×1080 (in 1920×540)", "/console/cockpit?wall=3840x1080", 1920,
					540, runs);
		}
		finally {
			browser.quit();
		}
	}

	private static WebDriver chromium(Duration timeout) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(System.getenv().getOrDefault("TONGGUAN_TEST_CHROMIUM", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--lang=zh-CN",
				"--window-size=1440,1100", "--enable-unsafe-swiftshader", "--use-angle=swiftshader",
				"--hide-scrollbars", "--no-first-run", "--disable-extensions");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of(System.getenv().getOrDefault("TONGGUAN_TEST_CHROMEDRIVER",
					"/usr/bin/chromedriver")).toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(timeout).scriptTimeout(timeout);
		return browser;
	}

	private static void logIn(WebDriver browser, URI base, Duration timeout) {
		browser.get(base.resolve("/login").toString());
		WebDriverWait wait = new WebDriverWait(browser, timeout);
		wait.until(ExpectedConditions.elementToBeClickable(By.id("login-submit")));
		browser.findElement(By.id("username")).sendKeys("leader");
		browser.findElement(By.id("password")).sendKeys("tongguan-demo");
		browser.findElement(By.id("login-submit")).click();
		wait.until(driver -> driver.findElement(By.tagName("body")).getDomAttribute("data-ready") != null);
	}

	private static void measure(WebDriver browser, URI base, Duration timeout, String mode, String path, int width,
			int height, int runs) {
		((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
		double first = load(browser, base.resolve(path).toString(), timeout).get("ready");
		load(browser, base.resolve(path).toString(), timeout); // warm-up, not measured
		Map<String, List<Double>> times = new TreeMap<>();
		for (int i = 0; i < runs; i++) {
			load(browser, base.resolve(path).toString(), timeout)
				.forEach((name, ms) -> times.computeIfAbsent(name, key -> new ArrayList<>()).add(ms));
		}
		times.values().forEach(Collections::sort);
		List<Double> ready = times.remove("ready");
		System.out.printf("%-28s %8.0f %8.0f %8.0f %8.0f%n", mode, first, percentile(ready, 50), percentile(ready, 95),
				ready.get(ready.size() - 1));
		times.forEach((name, sorted) -> System.out.printf("  %-26s %8s %8.0f %8.0f %8.0f%n", name, "",
				percentile(sorted, 50), percentile(sorted, 95), sorted.get(sorted.size() - 1)));
	}

	/**
	 * Opens the cockpit and answers the milliseconds from navigation start to every panel drawn ({@code ready}), to
	 * each panel's own mark ({@code mark cockpit:<panel>}) and to the end of the slowest answer of each API path
	 * ({@code api <path>}, the query left out).
	 */
	@SuppressWarnings("unchecked")
	private static Map<String, Double> load(WebDriver browser, String url, Duration timeout) {
		browser.get(url);
		new WebDriverWait(browser, timeout)
			.until(ExpectedConditions.attributeToBe(By.id("cockpit"), "data-ready", "true"));
		Map<String, Object> found = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript("""
				const times = { ready: Number(document.getElementById('cockpit').dataset.readyMs) };
				performance.getEntriesByType('mark').filter((mark) => mark.name.startsWith('cockpit:'))
				  .forEach((mark) => { times[`mark ${mark.name}`] = mark.startTime; });
				performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/api/')
				  && !entry.name.includes('/api/console/stream')).forEach((entry) => {
				  const path = new URL(entry.name).pathname;
				  const name = `api ${path.replace(/\\/\\d+\\/\\d+\\/\\d+\\.mvt$/, '/{z}/{x}/{y}.mvt')}`;
				  times[name] = Math.max(times[name] ?? 0, entry.responseEnd);
				});
				return times;""");
		Map<String, Double> times = new TreeMap<>();
		found.forEach((name, value) -> times.put(name, ((Number) value).doubleValue()));
		return times;
	}

	private static double percentile(List<Double> sorted, int percent) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
	}
}
