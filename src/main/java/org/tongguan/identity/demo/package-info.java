/**
 * The demo organisation: the departments and users the demo city starts with (demo only; never in production).
 */
package org.tongguan.identity.demo;
