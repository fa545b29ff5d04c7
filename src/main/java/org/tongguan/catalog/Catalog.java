package org.tongguan.catalog;

import java.util.List;
import java.util.Optional;

/** The catalogue (事项清单) other modules read: sub-category versions, major categories and 12345 matter types. */
public interface Catalog {

	/** The latest version of a sub-category, active or not (check {@code definition().active()} before filing). */
	Optional<CategoryVersion> current(CategoryCode code);

	/** A version by id, however old; running cases read the version they were filed with. */
	Optional<CategoryVersion> version(CategoryVersionId id);

	/** The latest version of every sub-category, active or not, ordered by code. */
	List<CategoryVersion> currentAll();

	/** Every version of a sub-category, oldest first; empty for an unknown code. */
	List<CategoryVersion> versions(CategoryCode code);

	/** The major categories (大类) of both trees, events first, ordered by code. */
	List<MajorCategory> majors();

	/** The 12345 matter types with their reply limits. */
	List<MatterType> matterTypes();

	/** One 12345 matter type. */
	MatterType matterType(MatterKind kind);
}
