package org.tongguan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Publishes Spring Modulith's generated module documentation in a stable form: the Documenter lists beans,
 * references, events, properties, components and relations in hash order, which changes from run to run, so
 * every run of consecutive list items ({@code * …}) and of PlantUML {@code Component(…)} or {@code Rel(…)} lines
 * is sorted, and a file is only written when its content changed.
 */
final class ModuleDocumentation {

	/** A line that is one item of an unordered run: its indentation and kind, and the item itself. */
	private static final Pattern ITEM = Pattern.compile("^(\\|?)(\\s*(?:\\* |Rel\\(|Component\\())(.*)$");

	private ModuleDocumentation() {
	}

	/** Copies every generated file into the target folder in its stable form, leaving unchanged files untouched. */
	static void publish(Path generated, Path target) {
		try (Stream<Path> files = Files.list(generated)) {
			Files.createDirectories(target);
			for (Path file : files.sorted().toList()) {
				String text = stable(Files.readString(file, StandardCharsets.UTF_8));
				Path published = target.resolve(file.getFileName().toString());
				if (!Files.exists(published) || !Files.readString(published, StandardCharsets.UTF_8).equals(text)) {
					Files.writeString(published, text, StandardCharsets.UTF_8);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The text with every run of unordered items sorted; a run's leading table-cell bar stays on its first line. */
	static String stable(String text) {
		String[] lines = text.split("\n", -1);
		List<String> out = new ArrayList<>(lines.length);
		int i = 0;
		while (i < lines.length) {
			Matcher first = ITEM.matcher(lines[i]);
			if (!first.matches()) {
				out.add(lines[i++]);
				continue;
			}
			String kind = first.group(2);
			String bar = first.group(1);
			List<String> run = new ArrayList<>();
			run.add(kind + first.group(3));
			i++;
			while (i < lines.length) {
				Matcher next = ITEM.matcher(lines[i]);
				if (!next.matches() || !next.group(1).isEmpty() || !next.group(2).equals(kind)) {
					break;
				}
				run.add(kind + next.group(3));
				i++;
			}
			run.sort(null);
			run.set(0, bar + run.get(0));
			out.addAll(run);
		}
		return String.join("\n", out);
	}
}
