package org.tongguan.casework.dispatch;

/** Which dispatch rule decided where a case went (派遣规则). */
public enum DispatchRule {
	/** The catalogue's responsibility at the version's dispatch level. */
	CATALOGUE("事项清单责任部门"),
	/** The district's own responsibility for the category (区级个性化配置). */
	DISTRICT_OVERRIDE("区级个性化责任部门"),
	/** No department at the dispatch level serves the place; the next level up does. */
	LEVEL_FALLBACK("上一层级责任部门"),
	/** A 24×7 emergency (突发事件) dispatched straight to the duty department. */
	EMERGENCY_DUTY("突发事件直派值守部门"),
	/** The reporting channel named the responsible department (an indicator's 责任部门). */
	NAMED("报送渠道指定责任部门"),
	/** A police matter, transferred to 110. */
	POLICE_MATTER("警情转110"),
	/** No rule matched; the case waits in the manual dispatch queue. */
	NO_MATCH("无匹配规则，转人工派遣"),
	/** A dispatcher chose the departments. */
	MANUAL("人工派遣");

	private final String label;

	DispatchRule(String label) {
		this.label = label;
	}

	/** The Chinese name of the rule. */
	public String label() {
		return label;
	}
}
