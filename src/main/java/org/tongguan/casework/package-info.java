/**
 * Case handling (高效处置一件事): every matter from any channel goes round the closed loop 上报 → 受理 → 立案 → 派遣 →
 * 处置 → 核查 → 结案 → 评价 on a Flowable process, with automatic dispatch, working-time deadlines and traffic lights,
 * supervision and escalation, duplicate detection, an append-only timeline, attachments, history import and statistics.
 *
 * <p>Other modules report cases through {@link org.tongguan.casework.CaseIntake}, naming the caller who reports (or
 * none, for channels that report on their own), and read them through
 * {@link org.tongguan.casework.CaseQueries}, list them as the case list shows them through
 * {@link org.tongguan.casework.CaseLists} and read the case statistics through
 * {@link org.tongguan.casework.CaseFigures} (implemented by the nested module {@code statistics}); state changes leave the module as past-tense events carrying ids, in the
 * named interface {@code casework.event} (CaseReported, CaseAccepted, CaseVoided, CaseFiled, CaseDispatched,
 * CaseReturned, CaseExtensionRequested, CaseExtended, CaseSuspensionRequested, CaseSuspended, CaseResumed,
 * CaseHandled, CaseVerified, CaseReworked, CaseClosed, CaseEvaluated, CaseReopened, CaseWarned, CaseOverdue,
 * CaseSupervised, CaseEscalated, CaseMerged, CaseTransferred), each answered by a {@code store.CaseFile} transition
 * and published inside the transaction that made the change; a history import publishes no per-case events but one
 * CaseHistoryImported per import. Today each one is consumed by the console's live feed
 * ({@code console.live.CaseFeed}, a plain {@code @EventListener} that pushes the case after commit and needs no event
 * publication record); none has a durable listener yet. They are published for the later modules
 * (indicators, evaluation), whose {@code @ApplicationModuleListener}s the event publication registry will keep until
 * handled. Flowable stays inside {@code casework.workflow}.
 *
 * <p>Inside, the code lies in feature packages: {@code intake} (上报), {@code dispatch} (立案、派遣), {@code deadline}
 * (time limits, warnings, supervision, escalation), {@code action} (every role's actions on an open task),
 * {@code timeline} (办理过程), {@code process} (the workflow port and the work-item mirror), {@code store} (the case
 * row and its one writer), {@code workflow} (the Flowable adapter), {@code web}; the read side in {@code query} (case
 * lists, one case within the caller's scope, the work queue, {@code CaseQueries}) and {@code map} (the case tiles);
 * {@code event} is the named interface of the case events; {@code attachment}, {@code statistics} and {@code history}
 * are nested application modules.
 *
 * <h2>Locating a report</h2>
 * A report with longitude and latitude is located by the region index to its grid, community, street and district
 * and must lie inside the city. A report with only an address is located by the region names the address contains:
 * it must name a district (福田区) or a street (梅林街道), and a community name narrows it further; the grid stays
 * unknown until an inspector locates the matter on site. Grid inspectors and sensors always give a point.
 *
 * <h2>Sensor alarms (物联感知)</h2>
 * The sensing module publishes {@link org.tongguan.sensing.AlarmRaised} and {@link org.tongguan.sensing.AlarmEscalated}
 * when a device rule raises or changes an alarm, and {@link org.tongguan.sensing.AlarmCleared} when it clears; a
 * listener in this module ({@code intake.SensorAlarms}, {@code @ApplicationModuleListener}) maps the first two to a
 * {@link org.tongguan.casework.CaseReport#sensor} report and calls
 * {@link org.tongguan.casework.CaseIntake#reportForChannel}. The contract:
 * <ul>
 * <li>an alarm event carries an {@link org.tongguan.sensing.AlarmCase} (only once per alarm, when its level first
 * reaches the rule's case level; otherwise none and no case opens): the catalogue sub-category the rule names (e.g.
 * C0103 雨水井盖 for a manhole-cover tilt sensor, E0505 道路积水 for a water-level sensor), the device's longitude and
 * latitude, the urgency the rule assigns (or none for the category's default) and a description of the reading
 * (what was measured, the threshold, when);</li>
 * <li>the report has channel {@link org.tongguan.casework.Channel#SENSOR}, no reporter, {@code "alarm-" + alarm id}
 * as both {@code externalId} and {@code idempotencyKey} (so an alarm republished after a restart never makes a
 * second case), the device's point, and {@code selfHandled = false};</li>
 * <li>the listener reports without a caller, so the case is reported by the channel's system identity; an
 * invalid alarm (a category not in use, a device outside the city) fails the listener, and the event publication
 * stays incomplete for an operator to look at;</li>
 * <li>when the alarm clears (its rule, or a user by hand), the case it opened records the clearing on its timeline
 * (物联告警解除) with the alarm's description; the case itself goes on round the loop.</li>
 * </ul>
 *
 * <h2>Indicator warnings (指标预警)</h2>
 * The indicator module depends on this one (not the other way round), so it reports its warnings itself: a
 * {@link org.tongguan.casework.CaseReport#indicatorWarning} report (channel
 * {@link org.tongguan.casework.Channel#INDICATOR}, the warning's key as external id and idempotency key, an address
 * of the region) names the department responsible for the indicator, and the dispatch rules send the case there
 * ({@code DispatchRule.NAMED}, kept through filing; an unknown or disabled department falls back to the catalogue).
 * {@link org.tongguan.casework.CaseIntake#recordCleared} notes a cleared warning (and a cleared sensor alarm) on the
 * case's timeline.
 *
 * <h2>The state of a case</h2>
 * One type owns a case's state: {@code store.CaseFile} (案卷), the case as an action loaded it, with one method per
 * transition (report, handle on the spot, accept, void, merge, transfer to 110, file, dispatch, give back, handle,
 * request and grant an extension or a suspension, resume, verify, rework, close, reopen, evaluate, enter a stage,
 * warn, overdue, supervise, escalate), each refusing what the case's own state does not allow and answering the one
 * event of every change the module publishes; the case store writes only what a case file changed. The
 * stage's one place of truth is the case row's {@code stage}, set only by {@code CaseFile.enter}. The copies derive
 * from the process in one direction: an action calls the process (Flowable, in {@code workflow}), the call answers
 * the stages it reached ({@code process.Passage}: user tasks name their stage in their category, terminal end
 * events name theirs), and the action enters them on the case file, records the timeline and saves
 * ({@code process.CaseProgress}); the work items ({@code process.WorkItems}) mirror the process's open tasks and
 * say who may act next, never which stage the case is in.
 *
 * <h2>Processes</h2>
 * The default process is {@code processes/case-handling.bpmn20.xml} (key {@code case-handling}). A process deployed
 * with the key {@code case-handling-} and a major category (e.g. {@code case-handling-E05} for 突发事件) handles
 * that category group instead; {@code POST /api/admin/processes} deploys one without code changes. User task ids name
 * the actions, task categories the stages, candidate groups who may act ({@code ROLE} or
 * {@code ROLE@department}); see the comment at the top of the default process.
 *
 * <h2>Attachments</h2>
 * The attachment store is the nested module {@code attachment}, and the dependency runs one way: it implements
 * {@link org.tongguan.casework.AttachmentLinks} (checking and linking a case's attachment ids) and
 * {@link org.tongguan.casework.AttachmentFiles} (what is stored under them: the case views' media types, file names
 * and thumbnails, and which ids are citizens' photos), and serves its own endpoints, the citizens' photo upload
 * included; nothing else in casework uses it. Until a bean of them exists, attachment ids are checked for their form
 * only and kept as given, and none is known as stored.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "region", "identity", "catalog", "calendar", "sensing" })
package org.tongguan.casework;
