package org.tongguan.identity;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The line of work of a department (专业部门), e.g. {@code CHENGGUAN} 城管; the catalogue names functions, and dispatch
 * finds the department of that function serving the case's region. The built-in Chinese bureau kinds are constants;
 * a city registers its own functions (e.g. {@code SANITATION}) through {@link DepartmentFunctions}. Two functions are
 * the same when their codes are; JSON shows a function as its code.
 *
 * @param code its code: an upper-case letter, then 1–31 upper-case letters, digits or '_'
 * @param label its name for people, e.g. 城管
 */
public record DepartmentFunction(@JsonValue String code, String label) {

	/** The form of a function code in words, for messages. */
	public static final String CODE_FORM = "an upper-case letter, then 1–31 upper-case letters, digits or '_'";

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

	/** 城管 — urban management. */
	public static final DepartmentFunction CHENGGUAN = new DepartmentFunction("CHENGGUAN", "城管");

	/** 环卫 — sanitation. */
	public static final DepartmentFunction HUANWEI = new DepartmentFunction("HUANWEI", "环卫");

	/** 住建 — housing and construction. */
	public static final DepartmentFunction ZHUJIAN = new DepartmentFunction("ZHUJIAN", "住建");

	/** 水务 — water affairs. */
	public static final DepartmentFunction SHUIWU = new DepartmentFunction("SHUIWU", "水务");

	/** 交通 — transport. */
	public static final DepartmentFunction JIAOTONG = new DepartmentFunction("JIAOTONG", "交通");

	/** 市场监管 — market regulation. */
	public static final DepartmentFunction SHICHANG = new DepartmentFunction("SHICHANG", "市场监管");

	/** 生态环境 — ecology and environment. */
	public static final DepartmentFunction SHENGTAI = new DepartmentFunction("SHENGTAI", "生态环境");

	/** 园林绿化 — parks and greening. */
	public static final DepartmentFunction YUANLIN = new DepartmentFunction("YUANLIN", "园林绿化");

	/** 应急管理 — emergency management. */
	public static final DepartmentFunction YINGJI = new DepartmentFunction("YINGJI", "应急管理");

	/** 公安 — public security (110 linkage). */
	public static final DepartmentFunction GONGAN = new DepartmentFunction("GONGAN", "公安");

	/** 供电 — power utility. */
	public static final DepartmentFunction GONGDIAN = new DepartmentFunction("GONGDIAN", "供电");

	/** 燃气 — gas utility. */
	public static final DepartmentFunction RANQI = new DepartmentFunction("RANQI", "燃气");

	/** 通信 — telecommunications. */
	public static final DepartmentFunction TONGXIN = new DepartmentFunction("TONGXIN", "通信");

	/** 街道综合 — the street office's own comprehensive team. */
	public static final DepartmentFunction JIEDAO = new DepartmentFunction("JIEDAO", "街道办");

	/** The built-in functions, in the order the platform has always listed them. */
	public static final List<DepartmentFunction> BUILT_IN = List.of(CHENGGUAN, HUANWEI, ZHUJIAN, SHUIWU, JIAOTONG,
			SHICHANG, SHENGTAI, YUANLIN, YINGJI, GONGAN, GONGDIAN, RANQI, TONGXIN, JIEDAO);

	public DepartmentFunction {
		if (!isValidCode(code)) {
			throw new IllegalArgumentException("'" + code + "' is not a function code: " + CODE_FORM);
		}
		if (label == null || label.isBlank()) {
			throw new IllegalArgumentException("A function needs a label");
		}
	}

	/** Whether the text has the form of a function code. */
	public static boolean isValidCode(String code) {
		return code != null && CODE.matcher(code).matches();
	}

	/** The built-in function with this code or label (城管), if there is one. */
	public static Optional<DepartmentFunction> builtIn(String codeOrLabel) {
		String value = codeOrLabel == null ? "" : codeOrLabel.strip();
		return BUILT_IN.stream()
			.filter(function -> function.code.equals(value) || function.label.equals(value))
			.findFirst();
	}

	/** Whether this is one of the built-in functions. */
	public boolean isBuiltIn() {
		return BUILT_IN.contains(this);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DepartmentFunction function && function.code.equals(code);
	}

	@Override
	public int hashCode() {
		return code.hashCode();
	}

	@Override
	public String toString() {
		return code;
	}
}
