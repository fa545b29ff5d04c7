package org.tongguan.console.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.StaticApplicationContext;
import org.tongguan.identity.Caller;
import org.tongguan.identity.Role;
import org.tongguan.region.Location;
import org.tongguan.region.Region;
import org.tongguan.region.RegionCode;
import org.tongguan.region.RegionLevel;
import org.tongguan.region.Regions;

class LiveStreamTests {

	private static final RegionCode FUTIAN_GRID = RegionCode.of("440304001001001");

	private static final RegionCode LUOHU_GRID = RegionCode.of("440303002001004");

	private final LiveStream stream = new LiveStream(new Subtrees(),
			new LiveStreamProperties(Duration.ofHours(1), 8, 3, Duration.ofMinutes(30)));

	@AfterEach
	void closeStream() {
		stream.close();
	}

	@Test
	void aDistrictScopedUserReceivesOnlyTheCasesOfTheirDistrict() {
		RecordingSink futian = new RecordingSink();
		RecordingSink city = new RecordingSink();
		stream.open(caller(Role.DISPATCHER, "440304"), "a", futian);
		stream.open(caller(Role.DISPATCHER, "440300"), "b", city);

		stream.publish(new LiveEvent("case", "{\"id\":1}", LUOHU_GRID, Set.of()));
		stream.publish(new LiveEvent("case", "{\"id\":2}", FUTIAN_GRID, Set.of()));

		await().atMost(Duration.ofSeconds(5)).until(() -> city.events.size() == 2 && futian.events.size() == 1);
		assertThat(futian.events).containsExactly("case {\"id\":2}");
		assertThat(city.events).containsExactly("case {\"id\":1}", "case {\"id\":2}");
	}

	@Test
	void alarmsReachOnlyTheRolesThatReadAlarms() {
		RecordingSink handler = new RecordingSink();
		RecordingSink dispatcher = new RecordingSink();
		stream.open(caller(Role.HANDLER, "440304"), "a", handler);
		stream.open(caller(Role.DISPATCHER, "440304"), "b", dispatcher);

		stream.publish(new LiveEvent("alarm", "{\"id\":7}", FUTIAN_GRID, AlarmFeed.READERS));
		stream.publish(new LiveEvent("case", "{\"id\":8}", FUTIAN_GRID, Set.of()));

		await().atMost(Duration.ofSeconds(5)).until(() -> dispatcher.events.size() == 2 && handler.events.size() == 1);
		assertThat(handler.events).containsExactly("case {\"id\":8}");
	}

	@Test
	void aSlowBrowserNeitherBlocksThePublisherNorTheOthersAndIsDisconnected() {
		BlockedSink slow = new BlockedSink();
		RecordingSink fast = new RecordingSink();
		stream.open(caller(Role.LEADER, "440300"), "slow", slow);
		stream.open(caller(Role.LEADER, "440300"), "fast", fast);

		Duration longest = Duration.ZERO;
		for (int i = 0; i < 100; i++) {
			long started = System.nanoTime();
			stream.publish(new LiveEvent("case", String.valueOf(i), FUTIAN_GRID, Set.of()));
			Duration publishing = Duration.ofNanos(System.nanoTime() - started);
			longest = publishing.compareTo(longest) > 0 ? publishing : longest;
			int sent = i + 1;
			await().atMost(Duration.ofSeconds(5)).until(() -> fast.events.size() == sent);
		}

		assertThat(longest).as("the longest publish").isLessThan(Duration.ofMillis(200));
		assertThat(fast.events).hasSize(100).startsWith("case 0", "case 1").endsWith("case 99");
		assertThat(fast.closed).isFalse();
		assertThat(slow.closed.getCount()).as("the slow browser was disconnected").isZero();
		assertThat(slow.written).containsExactly("0");
		assertThat(stream.size()).isEqualTo(1);
		slow.release.countDown();
	}

	@Test
	void theEndOfASessionEndsItsStreamsOnly() {
		RecordingSink first = new RecordingSink();
		RecordingSink second = new RecordingSink();
		RecordingSink other = new RecordingSink();
		stream.open(caller(Role.DISPATCHER, "440300"), "session-1", first);
		stream.open(caller(Role.DISPATCHER, "440300"), "session-1", second);
		stream.open(caller(Role.DISPATCHER, "440300"), "session-2", other);

		stream.endSession("session-1");

		await().atMost(Duration.ofSeconds(5)).until(() -> first.closed && second.closed);
		assertThat(other.closed).isFalse();
		assertThat(stream.size()).isEqualTo(1);
	}

	@Test
	void theApplicationBeginningToCloseEndsEveryStream() {
		RecordingSink first = new RecordingSink();
		RecordingSink second = new RecordingSink();
		stream.open(caller(Role.DISPATCHER, "440300"), "session-1", first);
		stream.open(caller(Role.LEADER, "440300"), null, second);

		new LiveConfiguration.EndOnClose(stream).on(new ContextClosedEvent(new StaticApplicationContext()));

		await().atMost(Duration.ofSeconds(5)).until(() -> first.closed && second.closed);
		assertThat(stream.size()).isZero();
	}

	@Test
	void heartbeatsReachEveryBrowserAsComments() {
		RecordingSink sink = new RecordingSink();
		stream.open(caller(Role.INSPECTOR, "440304001"), "a", sink);

		stream.heartbeat();

		await().atMost(Duration.ofSeconds(5)).until(() -> sink.comments.contains("heartbeat"));
		assertThat(sink.events).isEmpty();
	}

	@Test
	void noMoreStreamsThanAllowedAreOpened() {
		for (int i = 0; i < 3; i++) {
			assertThat(stream.open(caller(Role.LEADER, "440300"), "s" + i, new RecordingSink())).isPresent();
		}

		assertThat(stream.open(caller(Role.LEADER, "440300"), "s4", new RecordingSink())).isEmpty();
	}

	private static Caller caller(Role role, String scope) {
		return new Caller("user-" + scope, "user", Set.of(role), RegionCode.of(scope), null);
	}

	/** Records what it is sent. */
	static class RecordingSink implements LiveSink {

		final List<String> events = new CopyOnWriteArrayList<>();

		final List<String> comments = new CopyOnWriteArrayList<>();

		volatile boolean closed;

		@Override
		public void event(long id, String name, String json) {
			events.add(name + " " + json);
		}

		@Override
		public void comment(String text) {
			comments.add(text);
		}

		@Override
		public void close() {
			closed = true;
		}
	}

	/** A browser that stops reading: its first write blocks until released. */
	static class BlockedSink implements LiveSink {

		final CountDownLatch release = new CountDownLatch(1);

		final CountDownLatch closed = new CountDownLatch(1);

		final List<String> written = new CopyOnWriteArrayList<>();

		@Override
		public void event(long id, String name, String json) {
			written.add(json);
			try {
				release.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}

		@Override
		public void comment(String text) {
			event(0, null, text);
		}

		@Override
		public void close() {
			closed.countDown();
		}
	}

	/** Regions whose subtrees are their codes' prefixes. */
	static class Subtrees implements Regions {

		@Override
		public Optional<Location> locate(double longitude, double latitude) {
			return Optional.empty();
		}

		@Override
		public Optional<Region> find(RegionCode code) {
			return Optional.empty();
		}

		@Override
		public List<Region> list(RegionLevel level) {
			return List.of();
		}

		@Override
		public List<Region> named(String name, RegionLevel level) {
			return List.of();
		}

		@Override
		public boolean isWithin(RegionCode code, RegionCode ancestor) {
			return ancestor.covers(code);
		}

		@Override
		public List<Region> lineage(RegionCode code) {
			return List.of();
		}
	}
}
