package org.tongguan.identity;

import java.util.Optional;

/** 外部系统 — tells which external system a caller is, for features that serve such systems in their own way. */
public interface CallingSystems {

	/** The external system whose working API key the caller presents; empty for a person or a revoked key. */
	Optional<ExternalSystem> of(Caller caller);
}
