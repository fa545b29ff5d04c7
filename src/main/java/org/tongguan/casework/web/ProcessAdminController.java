package org.tongguan.casework.web;

import java.io.IOException;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tongguan.casework.workflow.ProcessDeployments;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Process configuration (流程配置) for administrators: deploys a BPMN 2.0 case process for all cases
 * ({@code case-handling}) or for one category group ({@code case-handling-E05}) without code changes.
 */
@RestController
@Tag(name = "Administration: case processes (流程配置)")
class ProcessAdminController {

	private final ProcessDeployments deployments;

	ProcessAdminController(ProcessDeployments deployments) {
		this.deployments = deployments;
	}

	@PostMapping(path = "/api/admin/processes", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Deploy a case process (流程配置)", description = """
			Deploys a BPMN 2.0 process for case handling as `multipart/form-data` (part `file`, a `.bpmn20.xml` or \
			`.bpmn` file): with the id `case-handling` it applies to all new cases, with `case-handling-<major>` \
			(e.g. `case-handling-E05`) to one category group. Cases already running keep their version. An invalid \
			file answers 400 and deploys nothing.""")
	@ApiResponse(responseCode = "200", description = "The processes deployed, with their keys and versions",
			useReturnTypeSchema = true)
	List<ProcessDeployments.DeployedProcess> deploy(@RequestParam("file") MultipartFile file) throws IOException {
		return deployments.deploy(file.getOriginalFilename(), file.getBytes());
	}
}
