package org.civicportal.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIParameter;
import jakarta.faces.component.html.HtmlOutputFormat;
import jakarta.faces.component.html.HtmlOutputLabel;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The list at the top of the page after a refused form: each field's problem with a link to the field, in the
 * order the fields appear, so a person who lands at the top (and a screen reader, which is moved there) learns
 * everything at once and can jump to each field.
 */
@Named
@RequestScoped
public class ErrorSummary {

    /** One field's problem: the field's client id (the link's target), its label and the message. */
    public record Problem(String clientId, String label, String message) {

        /** "Title: Please give …", or "How did … change the decision? Please say …" after a question. */
        public String linkText() {
            if (label.isEmpty()) {
                return message;
            }
            return label + (label.matches(".*[?:.!]$") ? " " : ": ") + message;
        }
    }

    private List<Problem> problems;

    public List<Problem> getProblems() {
        var context = FacesContext.getCurrentInstance();
        // Read once the messages are all in: the page asks in earlier phases too (is the summary rendered?).
        if (context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
            return List.of();
        }
        if (problems == null) {
            // Reading the page's fields asks this again (is the summary rendered?): nothing yet, no recursion.
            problems = List.of();
            problems = collect(context);
        }
        return problems;
    }

    private static List<Problem> collect(FacesContext context) {
        var ids = new ArrayList<String>();
        context.getClientIdsWithMessages().forEachRemaining(id -> {
            if (id != null && context.getMessageList(id).stream()
                    .anyMatch(m -> m.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_ERROR.getOrdinal())) {
                ids.add(id);
            }
        });
        if (ids.isEmpty() || context.getViewRoot() == null) {
            return List.of();
        }
        var order = new HashMap<String, Integer>();
        var labels = new HashMap<String, String>();
        readFields(context, order, labels);
        ids.sort(Comparator.comparing(id -> order.getOrDefault(id, Integer.MAX_VALUE)));
        var found = new ArrayList<Problem>();
        for (var id : ids) {
            for (var message : context.getMessageList(id)) {
                if (message.getSeverity().getOrdinal() >= FacesMessage.SEVERITY_ERROR.getOrdinal()) {
                    var text = message.getDetail() == null ? message.getSummary() : message.getDetail();
                    found.add(new Problem(id, labels.getOrDefault(id, ""), text));
                }
            }
        }
        return found;
    }

    /** One walk over the rendered fields: where each input comes in the page, and the text of its label. */
    private static void readFields(FacesContext context, Map<String, Integer> order, Map<String, String> labels) {
        var visit = VisitContext.createVisitContext(context, null, EnumSet.of(VisitHint.SKIP_UNRENDERED));
        context.getViewRoot().visitTree(visit, (target, component) -> {
            if (component instanceof UIInput) {
                order.putIfAbsent(component.getClientId(context), order.size());
            } else if (component instanceof HtmlOutputLabel label && label.getFor() != null) {
                var field = find(label, label.getFor());
                var text = labelText(context, label);
                if (field != null && !text.isEmpty()) {
                    labels.put(field.getClientId(context), text);
                }
            }
            return VisitResult.ACCEPT;
        });
    }

    /** The label's value, or the text of the formatted message inside it (a label naming a picked input). */
    private static String labelText(FacesContext context, HtmlOutputLabel label) {
        if (label.getValue() != null) {
            return String.valueOf(label.getValue()).strip();
        }
        for (var child : label.getChildren()) {
            if (child instanceof HtmlOutputFormat format && format.getValue() != null) {
                var params = format.getChildren().stream().filter(UIParameter.class::isInstance)
                        .map(p -> ((UIParameter) p).getValue()).toArray();
                return new MessageFormat(String.valueOf(format.getValue()), context.getViewRoot().getLocale())
                        .format(params).strip();
            }
        }
        return "";
    }

    private static UIComponent find(UIComponent from, String id) {
        try {
            return from.findComponent(id);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
