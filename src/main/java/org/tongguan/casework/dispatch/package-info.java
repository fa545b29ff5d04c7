/**
 * 立案与派遣: filing a case and deciding which department handles it — the dispatch rules (decided once per action),
 * manual and automatic dispatch, assisting departments (协办), cases moving to a successor department when
 * departments merge, and the 110 linkage (police transfers).
 */
package org.tongguan.casework.dispatch;
