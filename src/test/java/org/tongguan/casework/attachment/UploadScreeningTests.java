package org.tongguan.casework.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.tongguan.casework.attachment.AttachmentRejectedException.Reason;

class UploadScreeningTests {

	private static final byte[] JPEG = Arrays.copyOf(TestFiles.jpeg(8, 8), ContentSniffer.HEAD_LENGTH);

	private static final byte[] PNG = Arrays.copyOf(TestFiles.png(8, 8), ContentSniffer.HEAD_LENGTH);

	@Test
	void takesTheTypeFromTheContentWhenNameAndDeclaredTypeAgree() {
		assertThat(UploadScreening.screen(UploadRole.BEFORE, JPEG, "IMG_0001.JPEG", "image/jpeg"))
			.isEqualTo(AttachmentType.JPEG);
		assertThat(UploadScreening.screen(UploadRole.AFTER, JPEG, "photo", "image/pjpeg; q=1"))
			.isEqualTo(AttachmentType.JPEG);
		assertThat(UploadScreening.screen(UploadRole.DOCUMENT, TestFiles.PDF, null, null))
			.isEqualTo(AttachmentType.PDF);
	}

	@Test
	void ignoresGenericDeclaredTypes() {
		assertThat(UploadScreening.screen(UploadRole.BEFORE, PNG, "screen.png", "application/octet-stream"))
			.isEqualTo(AttachmentType.PNG);
		assertThat(UploadScreening.screen(UploadRole.BEFORE, PNG, "screen.png", " ")).isEqualTo(AttachmentType.PNG);
	}

	@Test
	void refusesContentOfNoAllowedTypeWhateverItIsCalled() {
		assertRefused(UploadRole.BEFORE, TestFiles.EXECUTABLE, "photo.jpg", "image/jpeg", "not an allowed type");
		assertRefused(UploadRole.DOCUMENT, TestFiles.HTML, "photo.jpg", "image/jpeg", "not an allowed type");
	}

	@Test
	void refusesANameOrDeclaredTypeThatContradictsTheContent() {
		assertRefused(UploadRole.BEFORE, PNG, "photo.jpg", "image/jpeg", "ends in .jpg");
		assertRefused(UploadRole.BEFORE, JPEG, "photo.jpg.exe", null, "ends in .exe");
		assertRefused(UploadRole.BEFORE, JPEG, "C:\\fakepath\\photo.html", null, "ends in .html");
		assertRefused(UploadRole.BEFORE, JPEG, "photo", "text/html", "declared content type text/html");
		assertRefused(UploadRole.BEFORE, JPEG, "photo.jpg", "image/png", "declared content type image/png");
	}

	@Test
	void refusesTypesTheRoleDoesNotTake() {
		assertRefused(UploadRole.AFTER, TestFiles.PDF, "report.pdf", "application/pdf", "must be an image");
		assertRefused(UploadRole.BEFORE, TestFiles.PDF, "report.pdf", "application/pdf", "use role DOCUMENT");
	}

	private static void assertRefused(UploadRole role, byte[] head, String name, String type, String message) {
		assertThatThrownBy(() -> UploadScreening.screen(role, head, name, type))
			.isInstanceOfSatisfying(AttachmentRejectedException.class,
					e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE))
			.hasMessageContaining(message);
	}
}
