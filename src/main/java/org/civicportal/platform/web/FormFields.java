package org.civicportal.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.civicportal.platform.text.PlainText;
import org.omnifaces.util.Faces;

/**
 * Lists whose rows each carry fields and buttons live in ONE form around the list: Mojarra keeps a form's
 * "submitted" flag once per component, not per row of a ui:repeat, so with a form per row only the last
 * row's fields were ever validated and stored. These helpers place a message next to the field in the
 * row whose button was pressed, and carry the text typed in the other rows over the redirect that follows
 * a successful action. A row's text is checked only when its own button is pressed ({@link #rowText}), so
 * something refused in another row never blocks the row being acted on.
 */
public final class FormFields {

    private FormFields() {
    }

    /**
     * The client id of the named field in the same row as the button whose action runs now: while a
     * ui:repeat broadcasts a row's event, that row is current and the button is the current component.
     */
    public static String besidePressed(String fieldId) {
        var context = FacesContext.getCurrentInstance();
        var button = UIComponent.getCurrentComponent(context);
        if (button == null) {
            throw new IllegalStateException("No button is being pressed in this request");
        }
        var clientId = button.getClientId(context);
        return clientId.substring(0, clientId.lastIndexOf(UINamingContainer.getSeparatorChar(context)) + 1) + fieldId;
    }

    /**
     * The text typed in the pressed row's field, cleaned as every text field is ({@link PlainText}), or empty
     * after a message beside that field: nothing typed, invisible controls removed (the cleaned text is put
     * back for the person to check and send again), or longer than {@code max} (kept whole).
     */
    public static Optional<String> rowText(PageMessages messages, String fieldId, Map<Long, String> typed, long rowId,
            PlainText.Lines lines, int max, String requiredKey) {
        var clientId = besidePressed(fieldId);
        var raw = typed.get(rowId);
        if (raw == null || raw.isBlank()) {
            messages.fieldError(clientId, requiredKey);
            return Optional.empty();
        }
        var cleaned = PlainText.clean(raw, lines);
        if (cleaned.removed() > 0) {
            typed.put(rowId, cleaned.text());
            messages.fieldError(clientId, "form.text.controlsRemoved", cleaned.removed());
            return Optional.empty();
        }
        int length = PlainText.length(cleaned.text());
        if (length > max) {
            messages.fieldError(clientId, "form.text.tooLong", length, max);
            return Optional.empty();
        }
        return Optional.of(cleaned.text());
    }

    /** Keeps what was typed in the other rows (all but the one just done) for the page after the redirect. */
    public static <V> void keepDrafts(String name, Map<Long, V> drafts, long done) {
        var kept = new HashMap<>(drafts);
        kept.remove(done);
        Faces.getFlash().put(name, kept);
    }

    /** What {@link #keepDrafts} kept before the redirect, put back into the page's fields. */
    @SuppressWarnings("unchecked")
    public static <V> void restoreDrafts(String name, Map<Long, V> into) {
        var kept = (Map<Long, V>) Faces.getFlash().get(name);
        if (kept != null) {
            into.putAll(kept);
        }
    }
}
