package org.tongguan.sensing.device.query;

import java.util.List;

/** One page of a device list: the devices with their state, how many match in all, the page (from 0) and its size. */
public record DevicePage(List<ListedDevice> items, long total, int page, int size) {
}
