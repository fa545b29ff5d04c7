package org.tongguan.open311.web;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One error of an Open311 answer as the GeoReport v2 specification defines it ({@code errors/error} in XML, an
 * array of these in JSON); the schema the API description gives the Open311 endpoints' error answers.
 *
 * @param code the HTTP status, e.g. 400
 * @param description what is wrong, naming the Open311 parameter
 */
@Schema(name = "Open311Error", description = "An Open311 GeoReport v2 error; answers carry an array of them")
record Open311ErrorView(int code, String description) {
}
