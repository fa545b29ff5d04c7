/**
 * The casework module's settings ({@code tongguan.casework.*}); the work itself lives in the feature packages
 * beside this one: {@code intake}, {@code dispatch}, {@code deadline}, {@code action}, {@code timeline},
 * {@code process}, {@code store}, {@code query} and {@code map}.
 */
package org.tongguan.casework.internal;
