package org.tongguan.casework.history.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Splitting CSV text into records and fields, with the line each record starts on. */
class CsvReaderTests {

	@Test
	void splitsPlainFieldsAndKeepsEmptyOnes() throws IOException {
		assertThat(records("a,b,c\n1,,3\n,x,\n")).containsExactly(List.of("a", "b", "c"), List.of("1", "", "3"),
				List.of("", "x", ""));
	}

	@Test
	void readsQuotedFieldsWithCommasDoubledQuotesAndLineBreaks() throws IOException {
		assertThat(records("id,text\n1,\"a, b\"\n2,\"say \"\"hi\"\"\"\n3,\"two\nlines\"\n")).containsExactly(
				List.of("id", "text"), List.of("1", "a, b"), List.of("2", "say \"hi\""), List.of("3", "two\nlines"));
	}

	@Test
	void numbersRecordsByTheLineTheyStartOnAcrossBlankLinesAndQuotedLineBreaks() throws IOException {
		CsvReader reader = reader("h\n\"one\r\ntwo\"\r\n\r\nthree\rfour");
		List<Integer> lines = new ArrayList<>();
		while (reader.next()) {
			lines.add(reader.line());
		}
		assertThat(lines).containsExactly(1, 2, 5, 6);
	}

	@Test
	void skipsTheByteOrderMarkAndReadsALastLineWithoutLineBreak() throws IOException {
		assertThat(records("\uFEFFexternalId,reportedAt\nX-1,2025-03-03 09:00"))
			.containsExactly(List.of("externalId", "reportedAt"), List.of("X-1", "2025-03-03 09:00"));
	}

	@Test
	void readsRecordsLongerThanItsBuffer() throws IOException {
		String big = "x".repeat(200_000);
		assertThat(records("a,\"" + big + "\",b\n")).containsExactly(List.of("a", big, "b"));
	}

	@Test
	void answersNullPastTheLastField() throws IOException {
		CsvReader reader = reader("a,b\n");
		reader.next();
		assertThat(reader.size()).isEqualTo(2);
		assertThat(reader.get(2)).isNull();
	}

	@Test
	void refusesAQuotedFieldThatIsNeverClosed() {
		assertThatThrownBy(() -> records("h\nok\n\"open,\nstill open\n"))
			.isInstanceOfSatisfying(CsvFormatException.class, e -> assertThat(e.line()).isEqualTo(3));
	}

	private static List<List<String>> records(String text) throws IOException {
		CsvReader reader = reader(text);
		List<List<String>> records = new ArrayList<>();
		while (reader.next()) {
			records.add(List.of(reader.fields()));
		}
		return records;
	}

	/** A reader over input that arrives a few characters at a time, as from a network stream. */
	private static CsvReader reader(String text) {
		Reader trickle = new StringReader(text) {
			@Override
			public int read(char[] buffer, int offset, int length) throws IOException {
				return super.read(buffer, offset, Math.min(length, 7));
			}
		};
		return new CsvReader(trickle);
	}
}
