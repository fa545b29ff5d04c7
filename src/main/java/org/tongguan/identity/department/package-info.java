/**
 * Departments (专业部门): their administration, import, lifecycle (disabled, merged), the regions they serve and
 * the department functions, behind the module's {@link org.tongguan.identity.Departments} API.
 */
package org.tongguan.identity.department;
