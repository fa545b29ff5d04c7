package org.tongguan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** A CSV line written by {@link CsvTable#line} reads back as the same cells. */
class CsvTableTests {

	@Test
	void aWrittenLineReadsBackAsTheSameCells() {
		String text = CsvTable.line(Arrays.asList("a", "b", "c", "d", "e")) + "\r\n"
				+ CsvTable.line(Arrays.asList("plain", "with, comma", "with \"quotes\"", "two\nlines", null));
		CsvTable table = CsvTable.parse(text);
		assertThat(table.columns()).containsExactlyInAnyOrder("a", "b", "c", "d", "e");
		CsvTable.Row row = table.rows().get(0);
		assertThat(row.get("a")).isEqualTo("plain");
		assertThat(row.get("b")).isEqualTo("with, comma");
		assertThat(row.get("c")).isEqualTo("with \"quotes\"");
		assertThat(row.get("d")).isEqualTo("two\nlines");
		assertThat(row.get("e")).isNull();
	}
}
