package org.tongguan.casework;

import java.util.Collection;
import java.util.Map;

/**
 * The read side of the seam between case handling and the attachment store (附件): what is stored under attachment
 * ids, for the case views and the citizens' intake. The attachment store implements it as a bean, like
 * {@link AttachmentLinks}; while no bean exists, no id names a stored attachment.
 */
public interface AttachmentFiles {

	/** What case handling sees while no attachment store exists: nothing stored. */
	AttachmentFiles NONE = ids -> Map.of();

	/**
	 * The stored attachments among these ids, by id, in one read; an id with nothing stored is left out.
	 *
	 * @param ids attachment ids, none of them {@code null}
	 */
	Map<String, StoredAttachment> find(Collection<String> ids);

	/**
	 * A stored attachment as case handling shows and checks it.
	 *
	 * @param id the attachment's id
	 * @param mediaType the type sniffed from the content, e.g. {@code image/jpeg}
	 * @param fileName the name it was uploaded with, sanitised; {@code null} when none was given
	 * @param thumbnail whether it has a JPEG thumbnail
	 * @param citizenPhoto whether a citizen uploaded it without a login, as a report photo (市民上报照片)
	 */
	record StoredAttachment(String id, String mediaType, String fileName, boolean thumbnail, boolean citizenPhoto) {
	}
}
