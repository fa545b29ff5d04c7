package org.tongguan.console.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tongguan.identity.Callers;
import org.tongguan.shared.NotFoundException;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The console's HTML: the login page at {@code GET /login} (Spring Security's form login posts to {@code /login}),
 * and the shell page for every console page, which loads the page's own ES module. Pages are static files; all data
 * comes from the REST API with the user's session, under the same role and data-scope checks as any other caller.
 */
@Controller
@Hidden
class ConsolePageController {

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private static final Resource LOGIN = new ClassPathResource("console/login.html");

	private static final Resource SHELL = new ClassPathResource("console/shell.html");

	private final Callers callers;

	ConsolePageController(Callers callers) {
		this.callers = callers;
	}

	@GetMapping({ "/", "/console" })
	ResponseEntity<Void> root() {
		return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(ConsolePage.HOME.path())).build();
	}

	@GetMapping("/login")
	ResponseEntity<Resource> login() {
		return html(HttpStatus.OK, LOGIN);
	}

	@GetMapping("/console/")
	ResponseEntity<Resource> home() {
		return shell(ConsolePage.HOME);
	}

	/** The shell for a page; 403 (the shell says so) when the user's roles may not use it, 404 for no such page. */
	@GetMapping("/console/{page}")
	ResponseEntity<Resource> page(@PathVariable String page) {
		ConsolePage known = ConsolePage.byId(page)
			.filter(found -> found != ConsolePage.HOME)
			.orElseThrow(() -> new NotFoundException("The console has no page " + page));
		return shell(known);
	}

	private ResponseEntity<Resource> shell(ConsolePage page) {
		return html(page.usableBy(callers.current().roles()) ? HttpStatus.OK : HttpStatus.FORBIDDEN, SHELL);
	}

	private static ResponseEntity<Resource> html(HttpStatus status, Resource page) {
		return ResponseEntity.status(status).contentType(HTML).cacheControl(CacheControl.noCache()).body(page);
	}
}
