package org.tongguan.casework.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tongguan.casework.AttachmentFiles;
import org.tongguan.casework.AttachmentFiles.StoredAttachment;
import org.tongguan.casework.AttachmentRole;
import org.tongguan.casework.CaseId;
import org.tongguan.identity.internal.CallerAuthentication;
import org.tongguan.identity.internal.UserDirectory;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.PlatformProperties;
import org.tongguan.shared.Violation;
import org.tongguan.support.PlatformTest;
import org.tongguan.support.WithDemoUser;

import com.jayway.jsonpath.JsonPath;

/**
 * Uploading, serving and linking case attachments, refusing disguised, oversize and empty files, and serving each only
 * to those who may read its case.
 */
@PlatformTest
@WithDemoUser("inspector")
class AttachmentApiTests {

	private static final CaseId CASE = new CaseId(990_001);

	private static final CaseId OTHER_CASE = new CaseId(990_002);

	@Autowired
	MockMvc mvc;

	@Autowired
	Attachments attachments;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformProperties platform;

	@Autowired
	OrphanAttachments orphans;

	@Autowired
	Clock clock;

	@Autowired
	UserDirectory users;

	private final List<String> uploaded = new ArrayList<>();

	@AfterEach
	void removeUploadedFiles() throws IOException {
		for (String id : uploaded) {
			List<String> paths = jdbc.sql("SELECT stored_path, thumbnail_path FROM casework_attachment WHERE id = ?")
				.param(id)
				.query((row, number) -> Arrays.asList(row.getString(1), row.getString(2)))
				.optional()
				.orElse(List.of());
			for (String relative : paths) {
				if (relative != null) {
					Files.deleteIfExists(directory().resolve(relative));
				}
			}
			jdbc.sql("DELETE FROM casework_attachment WHERE id = ?").param(id).update();
		}
	}

	@Test
	void storesAJpegPhotoWithAThumbnailAndServesItBackByteEqual() throws Exception {
		byte[] photo = TestFiles.jpeg(1200, 900);
		ResultActions result = uploadOk(file("现场.jpg", "image/jpeg", photo), "BEFORE")
			.andExpect(jsonPath("$.mediaType").value("image/jpeg"))
			.andExpect(jsonPath("$.size").value(photo.length))
			.andExpect(jsonPath("$.sha256").value(TestFiles.sha256(photo)))
			.andExpect(jsonPath("$.role").value("BEFORE"))
			.andExpect(jsonPath("$.thumbnail").value(true))
			.andExpect(jsonPath("$.thumbnailNote").doesNotExist())
			.andExpect(jsonPath("$.fileName").value("现场.jpg"))
			.andExpect(jsonPath("$.uploadedBy").value("inspector"));
		String id = id(result);
		result.andExpect(header().string("Location", "/api/attachments/" + id));

		String stored = jdbc.sql("SELECT stored_path FROM casework_attachment WHERE id = ?").param(id)
			.query(String.class).single();
		assertThat(Files.readAllBytes(directory().resolve(stored))).isEqualTo(photo);
		mvc.perform(get("/api/attachments/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.IMAGE_JPEG))
			.andExpect(content().bytes(photo))
			.andExpect(header().string("Content-Disposition", startsWith("attachment;")))
			.andExpect(header().string("Content-Disposition", containsString("UTF-8''%E7%8E%B0%E5%9C%BA.jpg")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		byte[] thumbnail = mvc.perform(get("/api/attachments/{id}/thumbnail", id))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.IMAGE_JPEG))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		BufferedImage preview = ImageIO.read(new ByteArrayInputStream(thumbnail));
		assertThat(preview.getWidth()).isEqualTo(320);
		assertThat(preview.getHeight()).isEqualTo(240);
	}

	@Test
	void storesPngPhotosAndDocumentsAndSaysWhyThereIsNoThumbnail() throws Exception {
		uploadOk(file("after.png", "image/png", TestFiles.png(640, 480)), "after")
			.andExpect(jsonPath("$.mediaType").value("image/png"))
			.andExpect(jsonPath("$.role").value("AFTER"))
			.andExpect(jsonPath("$.thumbnail").value(true));
		uploadOk(file("回复函.pdf", "application/pdf", TestFiles.PDF), "DOCUMENT")
			.andExpect(jsonPath("$.mediaType").value("application/pdf"))
			.andExpect(jsonPath("$.thumbnail").value(false))
			.andExpect(jsonPath("$.thumbnailNote").value(containsString("Only images have thumbnails")));
		String webp = id(uploadOk(file("photo.webp", "application/octet-stream", TestFiles.WEBP), "BEFORE")
			.andExpect(jsonPath("$.mediaType").value("image/webp"))
			.andExpect(jsonPath("$.thumbnail").value(false))
			.andExpect(jsonPath("$.thumbnailNote").value(containsString("cannot decode image/webp"))));
		mvc.perform(get("/api/attachments/{id}/thumbnail", webp)).andExpect(status().isNotFound());
		mvc.perform(get("/api/attachments/{id}", "no-such-id")).andExpect(status().isNotFound());
	}

	@Test
	void refusesExecutablesAndHtmlDisguisedAsPhotosAndStoresNothing() throws Exception {
		refused(file("photo.jpg", "image/jpeg", TestFiles.EXECUTABLE), "BEFORE", 415, "not an allowed type");
		refused(file("photo.jpg", "image/jpeg", TestFiles.HTML), "BEFORE", 415, "not an allowed type");
	}

	@Test
	void refusesANameOrContentTypeThatContradictsTheContent() throws Exception {
		refused(file("photo.jpg", "image/jpeg", TestFiles.png(20, 20)), "BEFORE", 415, "ends in .jpg");
		refused(file("photo", "text/html", TestFiles.jpeg(20, 20)), "BEFORE", 415, "text/html");
		refused(file("report.pdf", "application/pdf", TestFiles.PDF), "AFTER", 415, "must be an image");
	}

	@Test
	void refusesImagesOverTheSizeOrPixelLimitWith413() throws Exception {
		byte[] huge = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(TestFiles.jpeg(16, 16), 0, huge, 0, 64);
		refused(file("huge.jpg", "image/jpeg", huge), "BEFORE", 413, "10 MB limit");
		refused(file("bomb.png", "image/png", TestFiles.pngHeader(30_000, 30_000)), "BEFORE", 413,
				"30000 × 30000 pixels");
	}

	@Test
	void refusesAnEmptyFileAndAnUnknownRoleWith400() throws Exception {
		mvc.perform(multipart("/api/attachments").file(file("empty.jpg", "image/jpeg", new byte[0]))
			.param("role", "BEFORE")
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		mvc.perform(multipart("/api/attachments").file(file("a.jpg", "image/jpeg", TestFiles.jpeg(8, 8)))
			.param("role", "SELFIE")
			.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("role"));
	}

	@Test
	@WithAnonymousUser
	void needsAuthenticationToUploadOrRead() throws Exception {
		mvc.perform(multipart("/api/attachments").file(file("a.jpg", "image/jpeg", TestFiles.jpeg(8, 8)))
			.param("role", "BEFORE")
			.with(csrf())).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/attachments/{id}", "any")).andExpect(status().isUnauthorized());
	}

	@Test
	void aCasePhotoIsReadableExactlyByThoseWhoMayReadItsCase() throws Exception {
		Attachment photo = upload(UploadRole.BEFORE, TestFiles.jpeg(40, 30), "operator");
		String report = """
				{"category": "E0101", "description": "南山区垃圾", "longitude": 113.93, "latitude": 22.53,
				 "attachmentIds": ["%s"]}""".formatted(photo.id());
		String created = mvc.perform(post("/api/cases").with(as("operator"))
			.with(csrf())
			.header("Idempotency-Key", "attachment-scope-" + photo.id())
			.contentType(MediaType.APPLICATION_JSON)
			.content(report)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long nanshanCase = ((Number) JsonPath.read(created, "$.id")).longValue();

		for (String outsider : List.of("inspector", "futian-dispatcher", "handler")) {
			mvc.perform(get("/api/cases/{id}", nanshanCase).with(as(outsider))).andExpect(status().isForbidden());
			mvc.perform(get("/api/attachments/{id}", photo.id()).with(as(outsider)))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			mvc.perform(get("/api/attachments/{id}/thumbnail", photo.id()).with(as(outsider)))
				.andExpect(status().isForbidden());
		}
		for (String reader : List.of("operator", "leader", "dispatcher")) {
			mvc.perform(get("/api/attachments/{id}", photo.id()).with(as(reader))).andExpect(status().isOk());
			mvc.perform(get("/api/attachments/{id}/thumbnail", photo.id()).with(as(reader)))
				.andExpect(status().isOk());
		}
	}

	@Test
	void anUploadNotYetLinkedIsReadableOnlyByItsUploader() throws Exception {
		Attachment mine = upload(UploadRole.BEFORE, TestFiles.jpeg(40, 30));
		Attachment operators = upload(UploadRole.BEFORE, TestFiles.jpeg(40, 30), "operator");
		Attachment citizens = upload(UploadRole.BEFORE, TestFiles.jpeg(40, 30), "public:citizen");
		mvc.perform(get("/api/attachments/{id}", mine.id())).andExpect(status().isOk());
		for (Attachment foreign : List.of(operators, citizens)) {
			mvc.perform(get("/api/attachments/{id}", foreign.id())).andExpect(status().isForbidden());
			mvc.perform(get("/api/attachments/{id}/thumbnail", foreign.id())).andExpect(status().isForbidden());
			mvc.perform(get("/api/attachments/{id}", foreign.id()).with(as("admin")))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/attachments/{id}", operators.id()).with(as("operator"))).andExpect(status().isOk());
	}

	@Test
	void linksUnlinkedAttachmentsToOneCaseOnly() {
		Attachment before = upload(UploadRole.BEFORE, TestFiles.jpeg(40, 30));
		Attachment after = upload(UploadRole.AFTER, TestFiles.png(40, 30));
		assertThat(linkedTo(CASE)).isEmpty();

		attachments.link(CASE, List.of(before.id()), AttachmentRole.BEFORE);
		attachments.link(CASE, List.of(after.id()), AttachmentRole.AFTER);
		attachments.link(CASE, List.of(after.id()), AttachmentRole.AFTER);

		assertThat(linkedTo(CASE)).containsExactlyInAnyOrder(before.id(), after.id());
		assertThat(attachments.find(after.id()).orElseThrow().caseId()).isEqualTo(CASE);
		Attachment fresh = upload(UploadRole.DOCUMENT, TestFiles.PDF);
		assertThatThrownBy(
				() -> attachments.link(OTHER_CASE, List.of(fresh.id(), before.id()), AttachmentRole.BEFORE))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("cannot be linked")
			.satisfies(e -> assertThat(((InvalidInputException) e).violations()).singleElement()
				.extracting(Violation::message)
				.asString()
				.contains("already belongs to case " + CASE));
		assertThat(attachments.find(fresh.id()).orElseThrow().caseId()).isNull();
	}

	@Test
	void tellsCaseHandlingWhatIsStoredUnderIdsAndWhichAreCitizensPhotosInOneRead() {
		Attachment staff = upload(UploadRole.BEFORE, TestFiles.jpeg(40, 30));
		Attachment document = upload(UploadRole.DOCUMENT, TestFiles.PDF);
		Attachment citizens = attachments.upload(AttachmentUpload.citizenPhoto("门口.jpg", "image/jpeg",
				new ByteArrayResource(TestFiles.jpeg(40, 30))));
		uploaded.add(citizens.id());
		AttachmentFiles files = attachments;

		assertThat(files.find(List.of(staff.id(), document.id(), citizens.id(), "missing"))).containsOnly(
				entry(staff.id(), new StoredAttachment(staff.id(), "image/jpeg", null, true, false)),
				entry(document.id(), new StoredAttachment(document.id(), "application/pdf", null, false, false)),
				entry(citizens.id(), new StoredAttachment(citizens.id(), "image/jpeg", "门口.jpg", true, true)));
		assertThat(files.find(List.of())).isEmpty();
	}

	@Test
	void deletesUploadsNoCaseTookWithinADayWithTheirFilesAndKeepsTheRest() throws Exception {
		Attachment abandoned = upload(UploadRole.BEFORE, TestFiles.jpeg(40, 30));
		Attachment linked = upload(UploadRole.BEFORE, TestFiles.jpeg(40, 30));
		Attachment recent = upload(UploadRole.BEFORE, TestFiles.jpeg(40, 30));
		attachments.link(CASE, List.of(linked.id()), AttachmentRole.BEFORE);
		jdbc.sql("UPDATE casework_attachment SET uploaded_at = ? WHERE id IN (?, ?)")
			.params(clock.instant().minus(Duration.ofHours(25)).atOffset(ZoneOffset.UTC), abandoned.id(), linked.id())
			.update();
		Path file = directory().resolve(storedPath(abandoned.id()));
		Path thumbnail = directory().resolve(jdbc.sql("SELECT thumbnail_path FROM casework_attachment WHERE id = ?")
			.param(abandoned.id()).query(String.class).single());
		assertThat(file).exists();

		assertThat(orphans.deleteExpired()).isEqualTo(1);

		assertThat(attachments.find(abandoned.id())).isEmpty();
		assertThat(file).doesNotExist();
		assertThat(thumbnail).doesNotExist();
		assertThat(attachments.find(linked.id())).isPresent();
		assertThat(directory().resolve(storedPath(linked.id()))).exists();
		assertThat(attachments.find(recent.id())).isPresent();
	}

	@Test
	void neverUsesAReportPhotoAsTheResultPhoto() {
		Attachment report = upload(UploadRole.BEFORE, TestFiles.jpeg(40, 30));
		assertThatThrownBy(() -> attachments.link(OTHER_CASE, List.of(report.id()), AttachmentRole.AFTER))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).violations()).singleElement()
				.extracting(Violation::message)
				.asString()
				.contains("upload it as AFTER"));
		assertThat(attachments.find(report.id()).orElseThrow().caseId()).isNull();
		assertThat(linkedTo(OTHER_CASE)).isEmpty();
	}

	@Test
	void namesEveryUnknownAttachment() {
		Attachment known = upload(UploadRole.BEFORE, TestFiles.jpeg(10, 10));
		assertThat(attachments.check(List.of(known.id(), "missing-1", known.id(), "missing-2"), "media"))
			.extracting(Violation::field)
			.containsExactly("media[1]", "media[3]");
		assertThat(attachments.requireExisting(List.of(known.id(), known.id()))).containsExactly(known);
		assertThatThrownBy(() -> attachments.link(CASE, List.of(known.id(), "missing-1", "missing-2"),
				AttachmentRole.BEFORE))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations()).hasSize(2))
			.hasMessage("Unknown attachments: missing-1, missing-2");
		assertThat(attachments.find(known.id()).orElseThrow().caseId()).isNull();
	}

	private Attachment upload(UploadRole role, byte[] content) {
		return upload(role, content, "inspector");
	}

	private Attachment upload(UploadRole role, byte[] content, String uploader) {
		Attachment attachment = attachments
			.upload(new AttachmentUpload(role, null, null, new ByteArrayResource(content), uploader));
		uploaded.add(attachment.id());
		return attachment;
	}

	private RequestPostProcessor as(String demoUser) {
		return authentication(new CallerAuthentication(users.enabledCaller(demoUser).orElseThrow()));
	}

	private ResultActions uploadOk(MockMultipartFile file, String role) throws Exception {
		ResultActions result = mvc.perform(multipart("/api/attachments").file(file).param("role", role).with(csrf()))
			.andExpect(status().isCreated());
		id(result);
		return result;
	}

	private String id(ResultActions result) throws Exception {
		String id = JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
		if (!uploaded.contains(id)) {
			uploaded.add(id);
		}
		return id;
	}

	private void refused(MockMultipartFile file, String role, int status, String message) throws Exception {
		mvc.perform(multipart("/api/attachments").file(file).param("role", role).with(csrf()))
			.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString(message)))
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		byte[] content = file.getBytes();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM casework_attachment WHERE sha256 = ?")
			.param(TestFiles.sha256(content))
			.query(Long.class)
			.single()).isZero();
		assertThat(storedFilesEqualTo(content)).isEmpty();
	}

	private List<Path> storedFilesEqualTo(byte[] content) throws IOException {
		if (!Files.isDirectory(directory())) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(directory())) {
			return files.filter(Files::isRegularFile).filter(path -> sameContent(path, content)).toList();
		}
	}

	private static boolean sameContent(Path path, byte[] content) {
		try {
			return Files.size(path) == content.length && Arrays.equals(Files.readAllBytes(path), content);
		}
		catch (IOException e) {
			return false;
		}
	}

	private String storedPath(String id) {
		return jdbc.sql("SELECT stored_path FROM casework_attachment WHERE id = ?").param(id).query(String.class)
			.single();
	}

	private Path directory() {
		return platform.dataDir().resolve("attachments");
	}

	private static MockMultipartFile file(String name, String type, byte[] content) {
		return new MockMultipartFile("file", name, type, content);
	}

	/** The ids of the attachments stored as linked to the case. */
	private List<String> linkedTo(CaseId caseId) {
		return jdbc.sql("SELECT id FROM casework_attachment WHERE case_id = ?").param(caseId.value())
			.query(String.class).list();
	}

}
