/**
 * The demo devices of the Shenzhen demo city: generated once into an empty registry when the platform runs in demo
 * mode, with the demo-only secret, and the start-up warning that demo credentials are active.
 */
package org.tongguan.sensing.device.demo;
