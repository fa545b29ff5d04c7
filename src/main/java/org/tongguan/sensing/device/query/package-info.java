/**
 * The device list for people (设备列表): one page of devices filtered by region, type, status and text, each with its
 * online state, read from the database; and the cameras around a point.
 */
package org.tongguan.sensing.device.query;
