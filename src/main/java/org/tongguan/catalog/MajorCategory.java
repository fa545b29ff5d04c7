package org.tongguan.catalog;

/**
 * A major category (大类), e.g. 事件 01 市容环境 or 部件 02 交通设施.
 *
 * @param kind events or components
 * @param code its 2-digit code
 * @param name its name
 */
public record MajorCategory(CategoryKind kind, String code, String name) {
}
