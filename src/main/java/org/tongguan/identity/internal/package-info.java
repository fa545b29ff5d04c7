/**
 * Who is calling, shared by the other packages: the authenticated caller and its directory of users, the data
 * scopes it may read and edit as region subtrees, and small helpers (secrets, timestamps, enum columns) and the
 * module's settings.
 */
package org.tongguan.identity.internal;
