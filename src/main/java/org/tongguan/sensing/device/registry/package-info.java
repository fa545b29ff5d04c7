/**
 * Registration (设备登记) and CSV import (设备批量导入) of devices: validation against the types and the regions, the
 * caller's data scope, one-time secrets, and the directory told of every change once it commits.
 */
package org.tongguan.sensing.device.registry;
