package org.tongguan.indicator.value;

/**
 * One value of a batch with its place in the file.
 *
 * @param line the line it starts on
 * @param item how a message names it besides its line: {@code values[3].} in JSON, nothing in CSV
 * @param draft the value, {@code null} when it could not be read
 * @param problem why it could not be read, {@code null} when it could
 */
record ValueLine(int line, String item, ValueDraft draft, String problem) {
}
