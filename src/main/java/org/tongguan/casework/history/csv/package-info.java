/**
 * The CSV side of a history import: records streamed from the file (RFC 4180), the columns mapped to the fields a
 * history case has, and CSV written back for rejected rows.
 */
package org.tongguan.casework.history.csv;
