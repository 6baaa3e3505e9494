package org.civicportal.platform.web;

import jakarta.faces.context.FacesContext;

/**
 * Where to put a message when one list holds many small forms (one per row): next to the named field in
 * the form that was submitted. The form's client id (with its row index) is the request parameter Faces
 * sends with the form's own id as name and value.
 */
public final class FormFields {

    private FormFields() {
    }

    public static String inSubmittedForm(String fieldId) {
        var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        return params.entrySet().stream()
                .filter(p -> p.getKey().equals(p.getValue()) && !p.getKey().startsWith("jakarta.faces"))
                .map(p -> p.getKey() + ":" + fieldId)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No form was submitted in this request"));
    }
}
