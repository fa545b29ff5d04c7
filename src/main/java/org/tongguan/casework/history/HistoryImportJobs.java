package org.tongguan.casework.history;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongguan.casework.event.CaseHistoryImported;
import org.tongguan.casework.statistics.ImportStatistics;
import org.tongguan.identity.Caller;
import org.tongguan.identity.Role;
import org.tongguan.region.Regions;
import org.tongguan.shared.ConflictException;
import org.tongguan.shared.InvalidInputException;
import org.tongguan.shared.NotFoundException;
import org.tongguan.shared.PlatformProperties;

/**
 * 历史导入任务 — history imports as background jobs: the file is first stored on the platform's disk (so a client that
 * gives up after the upload leaves nothing half done), then imported batch by batch, each batch committed with the
 * job's progress. A job that fails, is cancelled, or whose platform node stopped (no heartbeat) has every case it
 * stored removed again: a job keeps all of its file or none of it (with partial=true, all of its valid rows). One job
 * runs at a time per platform; a second is refused (409) while one is queued or running. A job that succeeded
 * publishes {@link CaseHistoryImported} with its success, when it stored cases.
 */
@Service
public class HistoryImportJobs {

	private static final Logger log = LoggerFactory.getLogger(HistoryImportJobs.class);

	private final HistoryImport history;

	private final HistoryWriter writer;

	private final ImportStatistics statistics;

	private final ImportJobStore jobs;

	private final ImportJobRollback rollback;

	private final TransactionTemplate transactions;

	private final Regions regions;

	private final ApplicationEventPublisher events;

	private final HistoryImportProperties properties;

	private final Path spool;

	private final Set<String> running = ConcurrentHashMap.newKeySet();

	private final ExecutorService importing = Executors.newSingleThreadExecutor(task -> daemon(task,
			"history-import-job"));

	/**
	 * Renews the heartbeat of the jobs this node runs, on a thread of its own: the shared scheduler may be busy for
	 * minutes (e.g. folding statistics), and another node must not take a live job for abandoned.
	 */
	private final ScheduledExecutorService heart = Executors.newSingleThreadScheduledExecutor(task -> daemon(task,
			"history-import-heartbeat"));

	HistoryImportJobs(HistoryImport history, HistoryWriter writer, ImportStatistics statistics, ImportJobStore jobs,
			ImportJobRollback rollback,
			PlatformTransactionManager transactions, Regions regions, ApplicationEventPublisher events,
			HistoryImportProperties properties, PlatformProperties platform) {
		this.history = history;
		this.writer = writer;
		this.statistics = statistics;
		this.jobs = jobs;
		this.rollback = rollback;
		this.transactions = new TransactionTemplate(transactions);
		this.regions = regions;
		this.events = events;
		this.properties = properties;
		this.spool = platform.dataDir().resolve("history-import-jobs");
		this.heart.scheduleWithFixedDelay(this::beat, 20, 20, TimeUnit.SECONDS);
	}

	/**
	 * Stores the file, checks its header, column mapping and value maps, and queues the job.
	 *
	 * @throws InvalidInputException when the file's header, a column mapping or a value map is invalid
	 * @throws ConflictException when another job is queued or running
	 * @throws IOException when the upload breaks off (nothing is kept)
	 */
	public ImportJob start(InputStream body, Map<String, String> mapping, ValueMaps inline, boolean partial,
			Importer importer) throws IOException {
		Files.createDirectories(spool);
		Path file = Files.createTempFile(spool, "upload-", ".csv");
		String id = UUID.randomUUID().toString();
		try {
			Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
			try (InputStream in = Files.newInputStream(file)) {
				history.check(in, mapping, inline, importer);
			}
			jobs.create(id, importer, partial);
		}
		catch (IOException | RuntimeException e) {
			Files.deleteIfExists(file);
			throw e;
		}
		running.add(id);
		importing.execute(() -> run(id, file, Map.copyOf(mapping), inline, partial, importer));
		return jobs.find(id).orElseThrow();
	}

	/**
	 * The job, for an administrator whose data scope covers the scope the job was started with.
	 *
	 * @throws NotFoundException when there is no such job or the caller may not see it
	 */
	public ImportJob find(String id, Caller caller) {
		return jobs.find(id)
			.filter(job -> caller.has(Role.ADMIN) && regions.isWithin(job.scope(), caller.scope()))
			.orElseThrow(() -> new NotFoundException("No history import job " + id));
	}

	/**
	 * Asks a queued or running job to stop; it stops after its current batch and removes its cases.
	 *
	 * @throws NotFoundException when there is no such job or the caller may not see it
	 * @throws ConflictException when the job has already finished
	 */
	public ImportJob cancel(String id, Caller caller) {
		find(id, caller);
		if (!jobs.requestCancel(id)) {
			throw new ConflictException("History import job " + id + " has already finished");
		}
		return find(id, caller);
	}

	/** Imports the stored file, then removes it; whatever ends the job other than success removes its cases. */
	private void run(String id, Path file, Map<String, String> mapping, ValueMaps inline, boolean partial,
			Importer importer) {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
			jobs.start(id);
			ImportTally tally = new ImportTally();
			ImportReport report;
			try (ImportStatistics.ImportedCases counted = statistics.begin(id, properties.jobMergeCells())) {
				report = history.read(in, mapping, inline, partial, importer,
						new ImportRun.Limits(properties.jobBatchSize(), properties.jobMaxRows(), false, 2),
						new ImportJobBatches(id, writer, counted, jobs, transactions), tally);
				counted.finish();
			}
			transactions.executeWithoutResult(status -> {
				jobs.finish(id, ImportJobStatus.SUCCEEDED, null, report);
				tally.imported().ifPresent(events::publishEvent);
			});
		}
		catch (ImportJobBatches.ImportJobCancelledException e) {
			end(id, ImportJobStatus.CANCELLED, "cancelled by an administrator", null);
		}
		catch (RejectedImportException e) {
			end(id, ImportJobStatus.FAILED, e.getMessage(), e.report());
		}
		catch (InvalidInputException e) {
			end(id, ImportJobStatus.FAILED, e.getMessage() + ": " + e.violations()
				.stream()
				.map(violation -> violation.field() + ": " + violation.message())
				.collect(Collectors.joining("; ")), null);
		}
		catch (IOException | RuntimeException e) {
			log.warn("History import job {} failed", id, e);
			end(id, ImportJobStatus.FAILED, "the import failed: " + e, null);
		}
		finally {
			running.remove(id);
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException e) {
				log.warn("Could not delete the file of history import job {}: {}", id, file, e);
			}
		}
	}

	/** Removes the job's cases, then records how it ended. */
	private void end(String id, ImportJobStatus status, String why, ImportReport report) {
		try {
			long removed = rollback.remove(id);
			jobs.finish(id, status, why + (removed == 0 ? "" : "; the " + removed + " cases it had stored were "
					+ "removed"), report);
		}
		catch (RuntimeException e) {
			// the heartbeat stops with the job; recovery removes the cases later
			log.error("Could not remove the cases of history import job {}; trying again later", id, e);
		}
	}

	/** Renews the heartbeat of the jobs this node runs. */
	private void beat() {
		try {
			if (!running.isEmpty()) {
				jobs.beat(running);
			}
		}
		catch (RuntimeException e) {
			log.warn("Could not renew the heartbeat of history import jobs {}", running, e);
		}
	}

	/**
	 * Rolls back the jobs whose platform node stopped while they were queued or running (no heartbeat for the
	 * configured time): removes their cases and marks them failed. Runs after start and every minute.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Scheduled(initialDelay = 60, fixedDelay = 60, timeUnit = TimeUnit.SECONDS)
	public void recover() {
		try {
			for (String id : jobs.abandoned(properties.jobAbandonedAfter())) {
				if (!running.contains(id)) {
					log.warn("History import job {} was interrupted (its platform node stopped); removing its cases",
							id);
					end(id, ImportJobStatus.FAILED, "the platform stopped while the job ran", null);
				}
			}
		}
		catch (RuntimeException e) {
			log.warn("Could not recover interrupted history import jobs; trying again later", e);
		}
	}

	@PreDestroy
	void stop() {
		heart.shutdownNow();
		importing.shutdownNow();
	}

	private static Thread daemon(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		return thread;
	}
}
