/**
 * How a history row's values are resolved: stored or inline value maps applied to a field's text, then catalogue
 * categories, departments and regions looked up by code or name within the importer's scope.
 */
package org.tongguan.casework.history.mapping;
