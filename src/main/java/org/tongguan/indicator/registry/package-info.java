/**
 * The indicator registry (一指标一方案): plans read from drafts and checked against the registry and the departments,
 * stored as versions, searched by every attribute within the caller's access grade, imported and exported whole as
 * JSON or CSV (all or nothing, problems named by line).
 */
package org.tongguan.indicator.registry;
