package org.tongguan.catalog;

import java.util.Optional;

/** Which tree a category belongs to: 事件 (events, something happened) or 部件 (components, a city asset). */
public enum CategoryKind {
	/** 事件 — an event, e.g. 暴露垃圾. */
	EVENT('E', "事件"),
	/** 部件 — a component (city asset), e.g. 污水井盖. */
	COMPONENT('C', "部件");

	private final char letter;

	private final String label;

	CategoryKind(char letter, String label) {
		this.letter = letter;
		this.label = label;
	}

	/** The letter sub-category codes of this kind start with. */
	public char letter() {
		return letter;
	}

	/** The Chinese name of the kind. */
	public String label() {
		return label;
	}

	/** The kind whose codes start with the letter. */
	public static Optional<CategoryKind> ofLetter(char letter) {
		for (CategoryKind kind : values()) {
			if (kind.letter == letter) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}
}
