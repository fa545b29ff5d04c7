/**
 * The device registry's REST API: device types, devices (register, edit, retire, new secret), CSV import, the device
 * list with its filters, and the cameras around a point; see {@code docs/sensing-devices.md}.
 */
package org.tongguan.sensing.device.web;
