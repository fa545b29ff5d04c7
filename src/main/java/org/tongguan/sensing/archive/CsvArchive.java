package org.tongguan.sensing.archive;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.tongguan.sensing.device.MetricSpec;
import org.tongguan.sensing.device.RegisteredDevice;

/**
 * Reads a CSV archive with a header row, either wide — {@code device,ts,<metric>,<metric>…}, one reading per line,
 * an empty cell for a metric the reading lacks — or long — {@code device,ts,metric,value}, one value per line (the
 * lines of one device and time form one reading). {@code device}, {@code ts}, {@code metric} and {@code value} in
 * any order and letter case; metric columns by their exact names.
 */
final class CsvArchive {

	private final ArchiveCheck check;

	private int device = -1;

	private int ts = -1;

	private int metric = -1;

	private int value = -1;

	private final List<String> metricColumns = new ArrayList<>();

	private final List<Integer> metricIndexes = new ArrayList<>();

	private int width;

	private CsvArchive(ArchiveCheck check) {
		this.check = check;
	}

	/** Reads every line of the archive into the check; answers whether it is in the long form. */
	static boolean read(Reader in, ArchiveCheck check) throws IOException {
		CsvArchive archive = new CsvArchive(check);
		archive.readAll(new ArchiveRecords(in));
		return archive.metric >= 0;
	}

	private void readAll(ArchiveRecords records) throws IOException {
		try {
			List<String> header = records.next();
			if (header == null) {
				check.errors().add(1, "header", "the archive is empty; the first line names the columns");
				return;
			}
			if (!header(header)) {
				return;
			}
			boolean longForm = metric >= 0;
			for (List<String> fields = records.next(); fields != null; fields = records.next()) {
				int line = records.line();
				if (!check.room(line)) {
					return;
				}
				if (fields.size() != width) {
					check.errors().add(line, "line", "has " + fields.size() + " fields, the header " + width);
				}
				else if (longForm) {
					longLine(line, fields);
				}
				else {
					wideLine(line, fields);
				}
			}
		}
		catch (ArchiveLineException e) {
			check.errors().add(e.line(), "line", e.getMessage());
		}
	}

	/** Finds the columns; false (and a problem) when the header is not one of an archive. */
	private boolean header(List<String> names) {
		width = names.size();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i).strip();
			if (!seen.add(name.toLowerCase())) {
				check.errors().add(1, name, "the column appears twice");
			}
			switch (name.toLowerCase()) {
				case "device" -> device = i;
				case "ts" -> ts = i;
				case "metric" -> metric = i;
				case "value" -> value = i;
				default -> {
					metricColumns.add(name);
					metricIndexes.add(i);
				}
			}
		}
		if (device < 0 || ts < 0) {
			check.errors().add(1, "header", "names the columns 'device' and 'ts', then the metrics (wide form) or "
					+ "'metric' and 'value' (long form)");
		}
		else if ((metric < 0) != (value < 0) || metric >= 0 && !metricColumns.isEmpty()) {
			check.errors().add(1, "header", "the long form has exactly the columns device, ts, metric and value");
		}
		else if (metric < 0 && metricColumns.isEmpty()) {
			check.errors().add(1, "header", "names no metric column");
		}
		return check.errors().isEmpty();
	}

	private void wideLine(int line, List<String> fields) {
		RegisteredDevice registered = check.device(line, fields.get(device));
		long at = check.time(line, fields.get(ts));
		if (registered == null) {
			return;
		}
		MetricSpec[] metrics = new MetricSpec[metricColumns.size()];
		double[] values = new double[metrics.length];
		int count = 0;
		boolean valid = at != Long.MIN_VALUE;
		for (int i = 0; i < metrics.length; i++) {
			String cell = fields.get(metricIndexes.get(i));
			if (cell.isBlank()) {
				continue;
			}
			MetricSpec spec = check.metric(line, registered, metricColumns.get(i));
			double number = spec == null ? Double.NaN : check.value(line, spec, cell);
			valid &= !Double.isNaN(number);
			metrics[count] = spec;
			values[count++] = number;
		}
		if (count == 0) {
			check.errors().add(line, "values", "the line has no metric value");
		}
		else if (valid) {
			check.accept(line, registered, at, trim(metrics, count), trim(values, count));
		}
	}

	private void longLine(int line, List<String> fields) {
		RegisteredDevice registered = check.device(line, fields.get(device));
		long at = check.time(line, fields.get(ts));
		if (registered == null) {
			return;
		}
		String name = fields.get(metric).strip();
		if (name.isEmpty()) {
			check.errors().add(line, "metric", "is required");
			return;
		}
		MetricSpec spec = check.metric(line, registered, name);
		double number = spec == null ? Double.NaN : check.value(line, spec, fields.get(value));
		if (!Double.isNaN(number) && at != Long.MIN_VALUE) {
			check.accept(line, registered, at, new MetricSpec[] { spec }, new double[] { number });
		}
	}

	private static MetricSpec[] trim(MetricSpec[] metrics, int count) {
		return count == metrics.length ? metrics : Arrays.copyOf(metrics, count);
	}

	private static double[] trim(double[] values, int count) {
		return count == values.length ? values : Arrays.copyOf(values, count);
	}
}
