/**
 * casework's migrations written in Java, for the few changes SQL alone cannot make on both databases; Flyway finds
 * them on the same location as casework's SQL migrations ({@code db/migration/casework}) and orders them by version
 * with those.
 */
package db.migration.casework;
