/**
 * API keys for external systems: issued with the purposes and data scope they may use, stored only as hashes,
 * and the request paths each purpose opens.
 */
package org.tongguan.identity.apikey;
