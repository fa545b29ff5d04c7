package org.tongguan.sensing.device.registry;

import java.util.List;

import org.tongguan.shared.Violation;

/**
 * What a device import (设备批量导入) did.
 *
 * @param rows the data rows of the file (the header not counted)
 * @param created the devices registered
 * @param updated the registered devices (matched by code) whose details were replaced
 * @param invalid the rows not stored because they are invalid
 * @param errors what is wrong with the invalid rows, {@code field = "line 12"} (the header is line 1)
 * @param secrets the generated secrets of the new devices, shown only in this answer
 */
public record ImportResult(int rows, int created, int updated, int invalid, List<Violation> errors,
		List<IssuedSecret> secrets) {
}
