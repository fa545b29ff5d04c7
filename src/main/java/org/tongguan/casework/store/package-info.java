/**
 * The case row and its one writer: {@link org.tongguan.casework.store.CaseFile} (案卷) holds a case as an action loaded
 * it and has one method per state transition, which refuses what the case's own state does not allow and answers
 * the case event the change makes; {@link org.tongguan.casework.store.CaseStore} loads, inserts and saves
 * what the case file changed, and marks the case for the statistics ledger. Also the values a case is made of
 * (place, matter, milestones, countdowns, assignment, tallies), its number (案件编号) and its snapshots for other
 * modules. Nothing outside this package sets a case column.
 */
package org.tongguan.casework.store;
