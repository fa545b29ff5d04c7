package org.tongguan.casework.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;
import org.tongguan.casework.attachment.AttachmentStorage.Received;
import org.tongguan.shared.PlatformProperties;

class AttachmentStorageTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@TempDir
	Path dataDir;

	@Test
	void defaultsToAnAttachmentsFolderInTheDataDirectoryAndPlacesFilesByTheCityDate() {
		AttachmentStorage storage = storage(null);
		String relative = storage.place(Instant.parse("2026-11-20T17:30:00Z"), "a.jpg");
		assertThat(relative).isEqualTo("2026/11/21/a.jpg");
		assertThat(storage.resolve(relative)).isEqualTo(dataDir.resolve("attachments/2026/11/21/a.jpg"));
	}

	@Test
	void receivesHashesAndKeepsAFileAtomicallyInTheConfiguredDirectory() throws IOException {
		Path configured = dataDir.resolve("elsewhere");
		AttachmentStorage storage = storage(configured);
		Received received = storage.receive(new ByteArrayInputStream(TestFiles.PDF), TestFiles.PDF.length).orElseThrow();
		assertThat(received.size()).isEqualTo(TestFiles.PDF.length);
		assertThat(received.sha256()).isEqualTo(TestFiles.sha256(TestFiles.PDF));
		String kept = storage.keep(received.file(), "2026/11/21/x.pdf");
		assertThat(Files.readAllBytes(configured.resolve(kept))).isEqualTo(TestFiles.PDF);
		assertThat(received.file()).doesNotExist();
	}

	@Test
	void dropsAFileLongerThanTheLimitAndLeavesNothingBehind() throws IOException {
		AttachmentStorage storage = storage(null);
		assertThat(storage.receive(new ByteArrayInputStream(new byte[200_000]), 199_999)).isEmpty();
		try (var files = Files.list(dataDir.resolve("attachments/.incoming"))) {
			assertThat(files).isEmpty();
		}
	}

	@Test
	void neverResolvesAPathOutsideItsDirectory() {
		assertThatIllegalStateException().isThrownBy(() -> storage(null).resolve("../tongguan.mv.db"));
	}

	private AttachmentStorage storage(Path directory) {
		return new AttachmentStorage(
				new AttachmentProperties(directory, DataSize.ofMegabytes(10), DataSize.ofMegabytes(20), 1_000, 320,
						Duration.ofHours(24)),
				new PlatformProperties(SHANGHAI, false, dataDir), Clock.system(SHANGHAI));
	}
}
