package org.tongguan.bench.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints the platform process's peak resident memory so far (Linux {@code VmHWM}), e.g. right after an import. */
final class PlatformProcess {

	private PlatformProcess() {
	}

	/** Prints the peak RSS of the process with this id, if one is given and readable. */
	static void report(String pid) {
		if (pid == null || pid.isBlank()) {
			return;
		}
		try {
			Files.readAllLines(Path.of("/proc", pid, "status"))
				.stream()
				.filter(line -> line.startsWith("VmHWM"))
				.forEach(line -> System.out.println("platform peak RSS after the import: "
						+ line.substring(line.indexOf(':') + 1).strip()));
		}
		catch (IOException e) {
			System.out.println("platform peak RSS after the import: unreadable (" + e.getMessage() + ")");
		}
	}
}
