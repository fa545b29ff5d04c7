/**
 * The past-tense events a case's state changes leave the casework module with (CaseReported, CaseAccepted, …,
 * CaseTransferred), each carrying ids, published inside the transaction that made the change, and CaseHistoryImported,
 * one per history import that stored cases (which publish none of their own); a named interface other modules listen
 * to.
 */
@org.springframework.modulith.NamedInterface("event")
package org.tongguan.casework.event;
