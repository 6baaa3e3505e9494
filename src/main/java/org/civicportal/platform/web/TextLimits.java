package org.civicportal.platform.web;

import jakarta.el.ValueReference;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import org.omnifaces.el.ExpressionInspector;

/**
 * The most characters a field takes: the {@code @Size(max)} of the property its value is bound to, so the form
 * bean stays the one place a limit is written.
 */
final class TextLimits {

    private static final Map<String, OptionalInt> KNOWN = new ConcurrentHashMap<>();

    private TextLimits() {
    }

    static OptionalInt maxLength(FacesContext context, UIComponent component) {
        var expression = component.getValueExpression("value");
        if (expression == null) {
            return OptionalInt.empty();
        }
        ValueReference reference;
        try {
            reference = ExpressionInspector.getValueReference(context.getELContext(), expression);
        } catch (RuntimeException notAProperty) {
            return OptionalInt.empty();
        }
        if (reference == null || reference.getBase() == null || !(reference.getProperty() instanceof String property)) {
            return OptionalInt.empty();
        }
        var type = declaringClass(reference.getBase().getClass());
        return KNOWN.computeIfAbsent(type.getName() + "#" + property, key -> sizeMax(type, property));
    }

    /** CDI hands out client proxies (subclasses); the constraints sit on the bean's own class. */
    private static Class<?> declaringClass(Class<?> type) {
        var current = type;
        while (current.isSynthetic() || current.getName().contains("$Proxy$") || current.getName().contains("$$")) {
            current = current.getSuperclass();
        }
        return current;
    }

    private static OptionalInt sizeMax(Class<?> type, String property) {
        try {
            var validator = CDI.current().select(Validator.class).get();
            var descriptor = validator.getConstraintsForClass(type).getConstraintsForProperty(property);
            if (descriptor == null) {
                return OptionalInt.empty();
            }
            return descriptor.getConstraintDescriptors().stream()
                    .filter(c -> c.getAnnotation() instanceof Size)
                    .mapToInt(c -> ((Size) c.getAnnotation()).max())
                    .min();
        } catch (RuntimeException | LinkageError unknown) {
            return OptionalInt.empty();
        }
    }
}
