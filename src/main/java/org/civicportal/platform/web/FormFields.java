package org.civicportal.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import java.util.HashMap;
import java.util.Map;
import org.omnifaces.util.Faces;

/**
 * Lists whose rows each carry fields and buttons live in ONE form around the list: Mojarra keeps a form's
 * "submitted" flag once per component, not per row of a ui:repeat, so with a form per row only the last
 * row's fields were ever validated and stored. These helpers place a message next to the field in the
 * row whose button was pressed, and carry the text typed in the other rows over the redirect that follows
 * a successful action.
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
