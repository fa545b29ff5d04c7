/**
 * Importing a whole catalogue (JSON or CSV) in one all-or-nothing call: the document and its entries, the CSV
 * columns, and the result; the checks and the stores it uses are the editor's in {@code internal}.
 */
package org.tongguan.catalog.importing;
