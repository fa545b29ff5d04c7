package org.tongguan.sensing.rule;

import java.util.Optional;

import org.tongguan.sensing.device.DeviceTypeSpec;

/** The registered device types, for checking the type and metric a rule names. */
interface DeviceTypeLookup {

	Optional<DeviceTypeSpec> find(String code);
}
