package org.tongguan.indicator.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tongguan.identity.Caller;
import org.tongguan.identity.Callers;
import org.tongguan.indicator.topic.TopicDraft;
import org.tongguan.indicator.topic.TopicEditor;
import org.tongguan.indicator.topic.TopicReads;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** 专题管理 — administrators create, replace and delete thematic topics. */
@RestController
@RequestMapping("/api/admin/indicators/topics")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Administration: indicators (指标管理)")
class TopicAdminController {

	private static final String TOPIC = """
			A topic names: `key` (lower-case letters, digits and '-'), `name`, `description`, `position` (smaller \
			first), `layout` (a JSON object the console reads; its `sections`, when given, are `{title, from, to}` \
			in order, each titled and holding the indicators at positions `from` to `to` (from 1), following each \
			other so that every indicator stands in one), `indicators` (in order, each `{code, display}`, \
			display FIGURE, LINE, BAR or MAP; codes the registry has, not retired, each once; at most 200) and \
			`layers` (`{kind, filter, indicator}`, kind CASES, DEVICES, ALARMS or CHOROPLETH; a CHOROPLETH names one \
			of the topic's indicators). The body a read answers is accepted as it is (names, units and positions \
			are ignored). Every problem is named by its field; nothing is stored unless the whole topic is right.""";

	private static final String EXAMPLE = """
			{"key": "public-demands", "name": "民生诉求", "position": 1, "description": "市民诉求的受理、办理和评价",
			 "layout": {"columns": 4, "map": "right", "sections": [{"title": "受理", "from": 1, "to": 2},
			  {"title": "办理", "from": 3, "to": 3}]},
			 "indicators": [{"code": "L14P1-A1", "display": "FIGURE"}, {"code": "L14P1-A3", "display": "LINE"},
			  {"code": "L14P2-A3", "display": "BAR"}],
			 "layers": [{"kind": "CASES", "filter": {"stage": ["REPORTED", "HANDLING"]}},
			  {"kind": "CHOROPLETH", "filter": {}, "indicator": "L14P2-A3"}]}""";

	private final TopicEditor editor;

	private final TopicReads reads;

	private final Callers callers;

	TopicAdminController(TopicEditor editor, TopicReads reads, Callers callers) {
		this.editor = editor;
		this.reads = reads;
		this.callers = callers;
	}

	@PostMapping
	@Operation(summary = "Add a topic (新增专题)", description = TOPIC + " A key that exists answers 409.")
	@ApiResponse(responseCode = "201", description = "The topic", useReturnTypeSchema = true)
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(EXAMPLE)))
	ResponseEntity<TopicView> create(@RequestBody TopicDraft draft) {
		Caller caller = callers.current();
		String key = editor.create(draft, caller.username()).key();
		return ResponseEntity.created(URI.create("/api/indicators/topics/" + key))
			.body(TopicView.of(reads.find(key, caller)));
	}

	@PutMapping("/{key}")
	@Operation(summary = "Replace a topic (修改专题)", description = TOPIC + " The body's `key` may be left out.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(EXAMPLE)))
	TopicView replace(@PathVariable String key, @RequestBody TopicDraft draft) {
		Caller caller = callers.current();
		editor.replace(key, draft, caller.username());
		return TopicView.of(reads.find(key, caller));
	}

	@DeleteMapping("/{key}")
	@Operation(summary = "Delete a topic (删除专题)", description = "Deletes the topic; its indicators stay.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	ResponseEntity<Void> delete(@PathVariable String key) {
		editor.delete(key);
		return ResponseEntity.noContent().build();
	}
}
