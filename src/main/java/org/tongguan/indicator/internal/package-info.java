/** What the indicator system's features share: its settings. */
package org.tongguan.indicator.internal;
