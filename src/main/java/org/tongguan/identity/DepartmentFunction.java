package org.tongguan.identity;

/**
 * The line of work of a department (专业部门); the catalogue names functions, and dispatch finds the department of
 * that function serving the case's region.
 */
public enum DepartmentFunction {
	/** 城管 — urban management. */
	CHENGGUAN("城管"),
	/** 环卫 — sanitation. */
	HUANWEI("环卫"),
	/** 住建 — housing and construction. */
	ZHUJIAN("住建"),
	/** 水务 — water affairs. */
	SHUIWU("水务"),
	/** 交通 — transport. */
	JIAOTONG("交通"),
	/** 市场监管 — market regulation. */
	SHICHANG("市场监管"),
	/** 生态环境 — ecology and environment. */
	SHENGTAI("生态环境"),
	/** 园林绿化 — parks and greening. */
	YUANLIN("园林绿化"),
	/** 应急管理 — emergency management. */
	YINGJI("应急管理"),
	/** 公安 — public security (110 linkage). */
	GONGAN("公安"),
	/** 供电 — power utility. */
	GONGDIAN("供电"),
	/** 燃气 — gas utility. */
	RANQI("燃气"),
	/** 通信 — telecommunications. */
	TONGXIN("通信"),
	/** 街道综合 — the street office's own comprehensive team. */
	JIEDAO("街道办");

	private final String label;

	DepartmentFunction(String label) {
		this.label = label;
	}

	/** The Chinese name of the function. */
	public String label() {
		return label;
	}
}
