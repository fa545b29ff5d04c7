package org.tongguan.casework;

import java.util.List;
import java.util.Optional;

/** Read access to cases for other modules (Open311, statistics consumers, the console's streams). */
public interface CaseQueries {

	Optional<CaseSnapshot> find(CaseId id);

	/** The case with this case number (案卷号). */
	Optional<CaseSnapshot> findByNumber(String number);

	/** Cases matching the search, newest first, at most {@code search.limit()}. */
	List<CaseSnapshot> search(CaseSearch search);

	/** The master case a merged duplicate follows (its stage, closure and outcome), empty for a case never merged. */
	Optional<CaseSnapshot> master(CaseId duplicate);
}
