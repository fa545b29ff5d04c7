/**
 * Editing the catalogue: drafts of majors and sub-categories, their validation and completion (limits,
 * responsibilities), the stored versions and the versions in force behind {@link org.tongguan.catalog.Catalog}, and
 * the default catalogue loaded on first start.
 */
package org.tongguan.catalog.internal;
