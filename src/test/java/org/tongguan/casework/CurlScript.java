package org.tongguan.casework;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code sh} blocks of a Markdown page read as the small shell language the docs use: {@code curl} calls, each
 * optionally kept in a variable ({@code NAME=$(curl … | jq -r .path)}, {@code NAME=$(echo "$OTHER" | jq -r .path)}),
 * with single and double quotes, backslash line continuations, {@code $NAME}, {@code ${NAME}} and {@code $(uuidgen)},
 * and a trailing comment {@code # → 404} for a call that must answer another status than 2xx.
 */
final class CurlScript {

	private static final Pattern FENCE = Pattern.compile("(?ms)^```sh\\n(.*?)^```");

	private static final Pattern ASSIGNMENT = Pattern.compile("(?s)^([A-Z_][A-Z0-9_]*)=\\$\\((.*)\\)\\s*$");

	private static final Pattern EXPECTED = Pattern.compile("#\\s*→\\s*(\\d{3})\\s*$");

	private CurlScript() {
	}

	/** The statements of every {@code sh} block of the page, in order. */
	static List<String> statements(Path page) throws IOException {
		String text = Files.readString(page, StandardCharsets.UTF_8);
		List<String> statements = new ArrayList<>();
		Matcher block = FENCE.matcher(text);
		while (block.find()) {
			StringBuilder statement = new StringBuilder();
			for (String line : block.group(1).split("\n")) {
				if (line.endsWith("\\")) {
					statement.append(line, 0, line.length() - 1);
					continue;
				}
				statement.append(line);
				if (!statement.toString().isBlank() && !statement.toString().strip().startsWith("#")) {
					statements.add(statement.toString().strip());
				}
				statement.setLength(0);
			}
		}
		return statements;
	}

	/** One statement: the variable it sets (or {@code null}), its command words and the status it must answer. */
	static Statement parse(String statement, Map<String, String> variables) {
		Integer expected = null;
		Matcher comment = EXPECTED.matcher(statement);
		String code = statement;
		if (comment.find()) {
			expected = Integer.valueOf(comment.group(1));
			code = statement.substring(0, comment.start()).strip();
		}
		Matcher assignment = ASSIGNMENT.matcher(code);
		String variable = null;
		if (assignment.matches()) {
			variable = assignment.group(1);
			code = assignment.group(2);
		}
		return new Statement(variable, words(code, variables), expected);
	}

	/** Splits a command into words, expanding variables outside single quotes; a pipe is the word {@code |}. */
	static List<String> words(String command, Map<String, String> variables) {
		List<String> words = new ArrayList<>();
		StringBuilder word = null;
		int i = 0;
		while (i < command.length()) {
			char c = command.charAt(i);
			if (Character.isWhitespace(c)) {
				if (word != null) {
					words.add(word.toString());
					word = null;
				}
				i++;
			}
			else if (c == '|') {
				if (word != null) {
					words.add(word.toString());
					word = null;
				}
				words.add("|");
				i++;
			}
			else if (c == '#' && word == null) {
				break;
			}
			else {
				word = word == null ? new StringBuilder() : word;
				if (c == '\'') {
					int end = command.indexOf('\'', i + 1);
					word.append(command, i + 1, end);
					i = end + 1;
				}
				else if (c == '"') {
					i = doubleQuoted(command, i + 1, word, variables);
				}
				else {
					i = character(command, i, word, variables, false);
				}
			}
		}
		if (word != null) {
			words.add(word.toString());
		}
		return words;
	}

	private static int doubleQuoted(String command, int from, StringBuilder word, Map<String, String> variables) {
		int i = from;
		while (command.charAt(i) != '"') {
			i = character(command, i, word, variables, true);
		}
		return i + 1;
	}

	/**
	 * Reads one character (or escape, or variable) at {@code i} into the word and answers where the next begins;
	 * within double quotes a backslash escapes only {@code "}, {@code \\} and {@code $}.
	 */
	private static int character(String command, int i, StringBuilder word, Map<String, String> variables,
			boolean quoted) {
		char c = command.charAt(i);
		if (c == '\\' && (!quoted || "\"\\$".indexOf(command.charAt(i + 1)) >= 0)) {
			word.append(command.charAt(i + 1));
			return i + 2;
		}
		if (c == '$') {
			return expand(command, i, word, variables);
		}
		word.append(c);
		return i + 1;
	}

	private static int expand(String command, int dollar, StringBuilder word, Map<String, String> variables) {
		if (command.startsWith("$(uuidgen)", dollar)) {
			word.append(UUID.randomUUID());
			return dollar + "$(uuidgen)".length();
		}
		boolean braced = command.startsWith("${", dollar);
		int start = dollar + (braced ? 2 : 1);
		int end = start;
		while (end < command.length()
				&& (Character.isLetterOrDigit(command.charAt(end)) || command.charAt(end) == '_')) {
			end++;
		}
		String name = command.substring(start, end);
		if (!variables.containsKey(name)) {
			throw new IllegalStateException("$" + name + " is used before any statement set it: " + command);
		}
		word.append(variables.get(name));
		return braced ? end + 1 : end;
	}

	/**
	 * A statement to run.
	 *
	 * @param variable the variable its output sets, or {@code null}
	 * @param words the command's words, expanded
	 * @param expected the status it must answer, {@code null} for any 2xx
	 */
	record Statement(String variable, List<String> words, Integer expected) {
	}
}
