package org.civicportal.account.control;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The password is not one of the commonly used ones that attackers try first. */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NotCommonPassword.Check.class)
public @interface NotCommonPassword {

    String message() default "{account.password.common}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<NotCommonPassword, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            // Short passwords already get the "too short" message; one message at a time is clearer.
            return value == null || value.length() < 12 || !CommonPasswords.isCommon(value);
        }
    }
}
