package org.civicportal.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.html.HtmlInputSecret;
import jakarta.faces.component.html.HtmlInputText;
import jakarta.faces.component.html.HtmlInputTextarea;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import org.civicportal.platform.i18n.Language;
import org.civicportal.platform.i18n.Texts;
import org.civicportal.platform.text.PlainText;
import org.civicportal.platform.text.PlainText.Lines;
import org.primefaces.component.password.Password;

/**
 * Every text a page receives into a String property passes here, whatever the field (one depth for all of
 * them, new fields included): one-line fields and text areas are cleaned by {@link PlainText}; passwords are
 * taken exactly as typed. When invisible controls had to be removed, or the text is longer than the
 * property's {@code @Size(max)}, the field is refused with a message next to it and keeps the text (the
 * cleaned text, so sending again is enough). Nothing is ever cut. Other String inputs (selects, view
 * parameters, search words) are cleaned quietly: nothing is stored from them as typed.
 */
@FacesConverter(forClass = String.class)
public class TextFieldConverter implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || component instanceof HtmlInputSecret || component instanceof Password) {
            return value;
        }
        boolean textArea = component instanceof HtmlInputTextarea;
        var cleaned = PlainText.clean(value, textArea ? Lines.MANY : Lines.ONE);
        var text = cleaned.text();
        if (textArea || component instanceof HtmlInputText) {
            var input = (UIInput) component;
            if (cleaned.removed() > 0) {
                input.setSubmittedValue(text);
                throw refused(context, "form.text.controlsRemoved", cleaned.removed());
            }
            var max = TextLimits.maxLength(context, component);
            int length = PlainText.length(text);
            if (max.isPresent() && length > max.getAsInt()) {
                throw refused(context, "form.text.tooLong", length, max.getAsInt());
            }
        }
        return text.isEmpty() ? null : text;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }

    private static ConverterException refused(FacesContext context, String key, Object... args) {
        var root = context.getViewRoot();
        var text = Texts.get(Language.of(root == null ? null : root.getLocale()), key, args);
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
