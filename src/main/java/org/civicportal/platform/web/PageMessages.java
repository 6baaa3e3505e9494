package org.civicportal.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.civicportal.platform.i18n.LocaleSelection;
import org.civicportal.platform.i18n.Texts;

/** Messages for the person in their language, next to a field or at the top of the page. */
@RequestScoped
public class PageMessages {

    @Inject
    LocaleSelection locale;

    public void fieldError(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, args);
        FacesContext.getCurrentInstance().validationFailed();
    }

    /**
     * Bean Validation's verdict on an object the page validates itself (a row of a list), in the person's
     * language: message templates are keys of ValidationMessages, as for fields Faces validates.
     */
    public boolean violations(String clientId, java.util.Set<? extends jakarta.validation.ConstraintViolation<?>> found) {
        for (var violation : found) {
            var template = violation.getMessageTemplate();
            var key = template.startsWith("{") ? template.substring(1, template.length() - 1) : template;
            var bundle = java.util.ResourceBundle.getBundle("ValidationMessages", locale.getLocale());
            var text = bundle.containsKey(key) ? bundle.getString(key) : violation.getMessage();
            FacesContext.getCurrentInstance().addMessage(clientId,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            FacesContext.getCurrentInstance().validationFailed();
        }
        return found.isEmpty();
    }

    public void error(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_ERROR, key, args);
        FacesContext.getCurrentInstance().validationFailed();
    }

    public void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, key, args);
    }

    /** An info message that survives the redirect that follows. */
    public void infoAfterRedirect(String key, Object... args) {
        info(key, args);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** An error that survives the redirect that follows. */
    public void errorAfterRedirect(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_ERROR, key, args);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    public String text(String key, Object... args) {
        return Texts.get(locale.language(), key, args);
    }

    private void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
        var text = text(key, args);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
