/**
 * The indicator system's REST API: the registry ({@code /api/indicators}, administration under
 * {@code /api/admin/indicators}), values ({@code /api/indicators/{code}/values}, pushes at
 * {@code /api/indicator-values}, CSV imports at {@code /api/admin/indicator-values/import}) and the vocabulary
 * ({@code /api/indicator-terms}).
 */
package org.tongguan.indicator.web;
