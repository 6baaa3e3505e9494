package org.civicportal.account.control;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The password rules for every form that sets one: 12 to 128 characters, and not a common password.
 * Each rule keeps its own message so the person learns exactly what to change.
 */
@NotBlank(message = "{account.password.required}")
@Size(min = 12, message = "{account.password.short}")
@Size(max = 128, message = "{account.password.long}")
@NotCommonPassword
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
public @interface NewPassword {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
