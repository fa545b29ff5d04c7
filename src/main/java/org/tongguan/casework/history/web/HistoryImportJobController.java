package org.tongguan.casework.history.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tongguan.casework.history.HistoryImportJobs;
import org.tongguan.casework.history.ImportJob;
import org.tongguan.casework.history.Importer;
import org.tongguan.casework.history.ValueMaps;
import org.tongguan.identity.Callers;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.ObjectMapper;

/** 历史导入任务 — administrators import large histories as background jobs they follow and may cancel. */
@RestController
@RequestMapping("/api/admin/cases/history-import/jobs")
@Tag(name = "Administration: history import (历史案件导入)")
class HistoryImportJobController {

	static final String DESCRIPTION = """
			Starts a history import as a background job (历史导入任务), for files too large for one request: the \
			same file, column mappings (`<field>=<column header>`), `partial` and value maps (multipart part \
			`valueMaps`) as `POST /api/admin/cases/history-import`, whose description explains them. The file is \
			first stored on the platform's disk; then the header, column mappings and value maps are checked (400 \
			when wrong, nothing kept), and the answer is 202 with the job and its URL in `Location`. A client that \
			gives up after the upload leaves a job that runs to its end.

			The job commits its cases in batches of 4,096; follow it with `GET .../jobs/{id}`. It keeps all \
			of its file or none of it: when it fails, is cancelled, or (without `partial=true`) meets an invalid \
			row, every case it stored is removed again (status FAILED or CANCELLED); when the platform stops \
			during the job, its cases are removed after the restart (FAILED). A file may have up to 100,000,000 \
			rows. An external id repeated within the file is an invalid row. Once the job SUCCEEDED, the \
			statistics include its cases. One job runs at a time per platform: while one is queued or running, \
			another is refused with 409. Roles: ADMIN; the rows must lie in the administrator's data scope.""";

	private static final String JOB_DESCRIPTION = "`status` QUEUED, RUNNING, SUCCEEDED, FAILED or CANCELLED; "
			+ "`rowsRead`, `imported`, `skipped`, `invalid`, `backlog` as of the last committed batch, `rowsPerSecond`, "
			+ "`startedAt`, `finishedAt`; once finished, `report` is what the synchronous import answers (counts, "
			+ "`errors`, `rejectedRowsUrl`) and `message` says why a job failed or was cancelled.";

	private final HistoryImportJobs jobs;

	private final Callers callers;

	private final ObjectMapper json;

	HistoryImportJobController(HistoryImportJobs jobs, Callers callers, ObjectMapper json) {
		this.jobs = jobs;
		this.callers = callers;
		this.json = json;
	}

	@PostMapping(consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Start a history import job (历史导入任务)", description = DESCRIPTION)
	@RequestBody(required = true, content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"),
			examples = @ExampleObject(HistoryImportController.EXAMPLE)))
	@ApiResponse(responseCode = "202", description = "stored and queued; `Location` is the job's URL",
			useReturnTypeSchema = true)
	@ApiResponse(responseCode = "400", description = "the file's header, a column mapping or a value map is invalid; "
			+ "nothing kept")
	@ApiResponse(responseCode = "403", description = "the caller is not an administrator")
	@ApiResponse(responseCode = "409", description = "another history import job is queued or running")
	ResponseEntity<ImportJob> start(InputStream body,
			@Parameter(description = HistoryImportController.PARTIAL) @RequestParam(defaultValue = "false") boolean partial,
			@Parameter(hidden = true) @RequestParam Map<String, String> parameters) throws IOException {
		return accepted(jobs.start(body, HistoryImportController.columns(parameters), ValueMaps.NONE, partial,
				importer()));
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Start a history import job with value maps (历史导入任务)", description = DESCRIPTION)
	@ApiResponse(responseCode = "202", description = "stored and queued; `Location` is the job's URL",
			useReturnTypeSchema = true)
	@ApiResponse(responseCode = "400", description = "the file's header, a column mapping or a value map entry "
			+ "(field `valueMaps.category[\"A01\"]`) is invalid; nothing kept")
	@ApiResponse(responseCode = "403", description = "the caller is not an administrator")
	@ApiResponse(responseCode = "409", description = "another history import job is queued or running")
	ResponseEntity<ImportJob> startWithValueMaps(@RequestPart("file") MultipartFile file,
			@Parameter(description = "value maps for this import, JSON: field → (old value → platform value)")
			@RequestPart(name = "valueMaps", required = false) String valueMaps,
			@Parameter(description = HistoryImportController.PARTIAL) @RequestParam(defaultValue = "false") boolean partial,
			@Parameter(hidden = true) @RequestParam Map<String, String> parameters) throws IOException {
		ValueMaps maps = HistoryImportController.parse(json, valueMaps);
		try (InputStream in = file.getInputStream()) {
			return accepted(jobs.start(in, HistoryImportController.columns(parameters), maps, partial, importer()));
		}
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Follow a history import job (历史导入任务进度)", description = """
			The job's status and progress. """ + JOB_DESCRIPTION + """
			 Visible to administrators whose data scope covers the scope of the administrator who started it. \
			Roles: ADMIN.""")
	@ApiResponse(responseCode = "200", description = "the job", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "400", description = "the id is malformed")
	@ApiResponse(responseCode = "403", description = "the caller is not an administrator")
	@ApiResponse(responseCode = "404", description = "no such job within the caller's data scope")
	ImportJob job(@PathVariable String id) {
		return jobs.find(id, callers.current());
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Cancel a history import job (取消历史导入任务)", description = """
			Asks a queued or running job to stop: it stops after the batch it is storing, removes every case it \
			stored and ends CANCELLED (follow it with GET). The answer is the job as it stands, with \
			`cancelRequested = true`. Roles: ADMIN, within the data scope of the administrator who started it.""")
	@ApiResponse(responseCode = "202", description = "cancelling", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "400", description = "the id is malformed")
	@ApiResponse(responseCode = "403", description = "the caller is not an administrator")
	@ApiResponse(responseCode = "404", description = "no such job within the caller's data scope")
	@ApiResponse(responseCode = "409", description = "the job has already finished")
	ResponseEntity<ImportJob> cancel(@PathVariable String id) {
		return ResponseEntity.accepted().body(jobs.cancel(id, callers.current()));
	}

	private static ResponseEntity<ImportJob> accepted(ImportJob job) {
		return ResponseEntity.accepted().location(URI.create(ImportJob.url(job.id()))).body(job);
	}

	private Importer importer() {
		return Importer.of(callers.current());
	}
}
