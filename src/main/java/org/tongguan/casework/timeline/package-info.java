/**
 * 办理过程: the append-only timeline of every case — its steps, who acted (the signed-in caller or a channel's system
 * identity) and how times are written in notes.
 */
package org.tongguan.casework.timeline;
