package org.tongguan.bench.sensing;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Sensor archive import (历史档案导入) in readings per second, through HTTP as an engineer sends it: the demo platform
 * boots once on its own database (H2 in memory, or a fresh PostgreSQL database when
 * {@code TONGGUAN_TEST_POSTGRES_URL} is set) with its default request limits, 1,000 air-quality stations are
 * registered, and each invocation posts a wide CSV archive of 100,000 hourly readings (100 per station, pm25, pm10 and
 * aqi, about 5.5 MB, AQI peaks that raise and clear alarms) to {@code POST /api/admin/sensing/readings/import}; each
 * invocation's archive lies 10 days before the previous one, so none overlaps stored readings. Prints the process CPU
 * time per reading and the last import's answer at the end. Run with {@code ./bench ArchiveImportBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(ArchiveImportBenchmark.READINGS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Threads(1)
public class ArchiveImportBenchmark {

	static final int STATIONS = 1_000;

	static final int READINGS = 100_000;

	private static final Instant FIRST = Instant.parse("2025-12-01T00:00:00Z");

	private final HttpClient http = HttpClient.newHttpClient();

	private final List<Double> cpuMicrosPerReading = new ArrayList<>();

	private ConfigurableApplicationContext platform;

	private String base;

	private String token;

	private int archive;

	private byte[] file;

	private boolean measuring;

	private String lastAnswer;

	@Setup(Level.Trial)
	public void bootPlatformAndRegisterStations() throws Exception {
		platform = new SpringApplicationBuilder(org.tongguan.TongguanApplication.class)
			.properties("spring.main.banner-mode=off", "logging.level.root=warn")
			.run("--server.port=0", "--tongguan.sensing.mqtt.port=0", "--tongguan.sensing.simulator.enabled=false");
		base = "http://localhost:" + ((WebServerApplicationContext) platform).getWebServer().getPort();
		String answer = send("/api/auth/tokens", "application/json",
				"{\"username\":\"admin\",\"password\":\"tongguan-demo\"}");
		token = answer.replaceAll(".*\"token\":\"([^\"]*)\".*", "$1");
		StringBuilder devices = new StringBuilder("code,name,type,longitude,latitude,owner\n");
		for (int i = 0; i < STATIONS; i++) {
			devices.append(code(i)).append(",空气站 ").append(i).append(",air-quality,")
				.append(114.0 + i % 40 * 0.002).append(',').append(22.53 + i / 40 * 0.001).append(",440304-SHUIWU\n");
		}
		send("/api/admin/sensing/devices/import", "text/csv", devices.toString());
	}

	@Setup(Level.Invocation)
	public void writeArchive() {
		file = generate(FIRST.minus(Duration.ofDays(10L * archive++)));
	}

	@Setup(Level.Iteration)
	public void noteIteration(IterationParams iteration) {
		measuring = iteration.getType() == IterationType.MEASUREMENT;
	}

	@Benchmark
	public String importArchive() throws Exception {
		long cpu = processCpuNanos();
		String answer = send("/api/admin/sensing/readings/import", "text/csv", file);
		if (measuring) {
			cpuMicrosPerReading.add((processCpuNanos() - cpu) / 1000.0 / READINGS);
		}
		if (!answer.contains("\"readings\":" + READINGS + ",")) {
			throw new IllegalStateException("Not all readings imported: " + answer);
		}
		lastAnswer = answer;
		return answer;
	}

	@TearDown(Level.Trial)
	public void stopPlatform() {
		List<Double> sorted = cpuMicrosPerReading.stream().sorted().toList();
		System.out.printf("%nProcess CPU time per reading: median %.1f µs over %d imports %s%n",
				sorted.get(sorted.size() / 2), sorted.size(), cpuMicrosPerReading);
		System.out.println("Last answer: " + lastAnswer);
		platform.close();
	}

	/** 100 hourly readings of every station from {@code start}, in time order; AQI peaks now and then. */
	static byte[] generate(Instant start) {
		Random random = new Random(start.getEpochSecond());
		StringBuilder csv = new StringBuilder(READINGS * 60).append("device,ts,pm25,pm10,aqi\n");
		for (int hour = 0; hour < READINGS / STATIONS; hour++) {
			String ts = start.plus(Duration.ofHours(hour)).toString();
			for (int i = 0; i < STATIONS; i++) {
				double pm25 = 20 + 60 * Math.max(0, Math.sin((hour + i) / 9.0)) + random.nextDouble() * 120
						* (random.nextInt(20) == 0 ? 1 : 0.1);
				int aqi = (int) Math.min(500, pm25 * 1.6);
				csv.append(code(i)).append(',').append(ts).append(',').append(Math.round(pm25 * 10) / 10.0)
					.append(',').append(Math.round(pm25 * 17) / 10.0).append(',').append(aqi).append('\n');
			}
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String code(int station) {
		return "AQ-BENCH-%04d".formatted(station);
	}

	private String send(String path, String type, String body) throws IOException, InterruptedException {
		return send(path, type, body.getBytes(StandardCharsets.UTF_8));
	}

	private String send(String path, String type, byte[] body) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", type)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 200 && answer.statusCode() != 201) {
			throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
		}
		return answer.body();
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}
}
