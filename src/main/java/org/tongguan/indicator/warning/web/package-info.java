/** The warnings' REST API: {@code /api/indicators/warnings}, one warning, and its acknowledgement. */
package org.tongguan.indicator.warning.web;
