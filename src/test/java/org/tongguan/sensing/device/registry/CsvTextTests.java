package org.tongguan.sensing.device.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tongguan.shared.InvalidInputException;

/** Splitting CSV text into records with the lines they start on. */
class CsvTextTests {

	@Test
	void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
		List<CsvText.Record> records = CsvText.records("\uFEFFa,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n");
		assertThat(records).hasSize(2);
		assertThat(records.get(0).fields()).containsExactly("a", "b", "c");
		assertThat(records.get(1).fields()).containsExactly("x, y", "say \"hi\"", "two\nlines");
	}

	@Test
	void countsLinesAcrossBlankLinesAndLineBreaksInsideQuotes() {
		List<CsvText.Record> records = CsvText.records("h\n\"1\n2\"\n\r\n\nlast,,\n");
		assertThat(records).extracting(CsvText.Record::line).containsExactly(1, 2, 6);
		assertThat(records.get(2).fields()).containsExactly("last", "", "");
	}

	@Test
	void reportsAQuoteNeverClosedWithItsLine() {
		assertThatThrownBy(() -> CsvText.records("h\nok\n\"open,\n"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.violations().get(0).field()).isEqualTo("line 3"));
	}
}
