package org.tongguan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleDocumentationTests {

	@TempDir
	Path folder;

	@Test
	void listsInAnyOrderArePublishedInOneOrder() {
		String once = """
				|Bean references
				|* `o.t.s.PlatformProperties` (in Shared)
				* `o.t.c.Catalog` (in Catalog)
				|Events listened to
				|* `o.t.s.AlarmRaised` (async)
				Rel(A, C, "uses")
				Rel(A, B, "uses")
				  Component(B, "B")
				  Component(A, "A")
				""";
		String again = """
				|Bean references
				|* `o.t.c.Catalog` (in Catalog)
				* `o.t.s.PlatformProperties` (in Shared)
				|Events listened to
				|* `o.t.s.AlarmRaised` (async)
				Rel(A, B, "uses")
				Rel(A, C, "uses")
				  Component(A, "A")
				  Component(B, "B")
				""";
		assertThat(ModuleDocumentation.stable(once)).isEqualTo(ModuleDocumentation.stable(again)).isEqualTo(again);
	}

	@Test
	void unchangedFilesAreNotRewritten() throws Exception {
		Path generated = Files.createDirectories(folder.resolve("generated"));
		Path published = folder.resolve("published");
		Files.writeString(generated.resolve("module-a.puml"), "Rel(A, C)\nRel(A, B)\n", StandardCharsets.UTF_8);
		ModuleDocumentation.publish(generated, published);
		Path file = published.resolve("module-a.puml");
		assertThat(file).hasContent("Rel(A, B)\nRel(A, C)\n");
		Files.setLastModifiedTime(file, FileTime.fromMillis(0));
		Files.writeString(generated.resolve("module-a.puml"), "Rel(A, B)\nRel(A, C)\n", StandardCharsets.UTF_8);
		ModuleDocumentation.publish(generated, published);
		assertThat(Files.getLastModifiedTime(file).toMillis()).isZero();
	}
}
