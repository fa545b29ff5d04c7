package org.tongguan.casework.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTests {

	@Test
	void keepsOnlyTheLastPathSegmentWithoutControlOrSpecialCharacters() {
		assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
		assertThat(FileNames.sanitise("C:\\Users\\张三\\现场照片.jpg")).isEqualTo("现场照片.jpg");
		assertThat(FileNames.sanitise("bad\r\nname\u0000\".jpg")).isEqualTo("badname_.jpg");
		assertThat(FileNames.sanitise("a<b>c|d?.png")).isEqualTo("a_b_c_d_.png");
	}

	@Test
	void answersNullWhenNothingIsLeft() {
		assertThat(FileNames.sanitise(null)).isNull();
		assertThat(FileNames.sanitise("  ")).isNull();
		assertThat(FileNames.sanitise("uploads/")).isNull();
		assertThat(FileNames.sanitise("..")).isNull();
	}

	@Test
	void shortensLongNamesKeepingTheExtension() {
		String name = FileNames.sanitise("照".repeat(300) + ".jpeg");
		assertThat(name).hasSize(FileNames.MAX_LENGTH).endsWith("照.jpeg");
	}

	@Test
	void readsTheLowerCaseExtension() {
		assertThat(FileNames.extension("IMG_0001.JPG")).isEqualTo("jpg");
		assertThat(FileNames.extension("archive.tar.gz")).isEqualTo("gz");
		assertThat(FileNames.extension("README")).isNull();
		assertThat(FileNames.extension("photo.")).isNull();
		assertThat(FileNames.extension(null)).isNull();
	}
}
