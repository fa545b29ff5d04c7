package org.tongguan.casework.web.action;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * Documents the answers of an action on a case that {@link CaseActions#after} runs: 200 with the case as it is
 * afterwards, 409 when the case's stage does not take the action now.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApiResponse(responseCode = "200", description = CaseActions.AFTERWARDS, useReturnTypeSchema = true)
@ApiResponse(responseCode = "409", description = CaseActions.NOT_NOW)
@interface ActionAnswers {
}
