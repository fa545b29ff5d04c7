package org.tongguan.casework.attachment;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * 孤立附件清理 — deletes uploads that no case took within {@code orphan-retention} (a report or step never sent, an
 * abandoned anonymous photo), row first and then its files, so a case linking the upload at the same moment either
 * keeps it whole or is refused; checked every hour, safe on several nodes at once.
 */
@Component
class OrphanAttachments {

	private static final Logger log = LoggerFactory.getLogger(OrphanAttachments.class);

	private final AttachmentStore store;

	private final AttachmentStorage storage;

	private final Duration retention;

	private final Clock clock;

	OrphanAttachments(AttachmentStore store, AttachmentStorage storage, AttachmentProperties properties,
			Clock clock) {
		this.store = store;
		this.storage = storage;
		this.retention = properties.orphanRetention();
		this.clock = clock;
	}

	@Scheduled(initialDelay = 10, fixedDelay = 60, timeUnit = TimeUnit.MINUTES)
	void sweep() {
		try {
			int deleted = deleteExpired();
			if (deleted > 0) {
				log.info("Deleted {} attachments no case took within {}", deleted, retention);
			}
		}
		catch (RuntimeException e) {
			log.warn("Could not delete unlinked attachments; trying again later", e);
		}
	}

	/** Deletes every upload still without a case after the retention; returns how many. */
	int deleteExpired() {
		int deleted = 0;
		for (AttachmentStore.StoredFiles orphan : store.unlinkedBefore(clock.instant().minus(retention))) {
			if (store.deleteUnlinked(orphan.id())) {
				storage.discard(storage.resolve(orphan.file()));
				if (orphan.thumbnail() != null) {
					storage.discard(storage.resolve(orphan.thumbnail()));
				}
				deleted++;
			}
		}
		return deleted;
	}
}
