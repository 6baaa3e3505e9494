package org.civicportal.platform.reference.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.civicportal.platform.i18n.LocaleSelection;
import org.civicportal.platform.reference.control.ReferenceData;
import org.civicportal.platform.reference.entity.District;

/** Districts and topics for select lists (#{referenceLists.districts}), read once per request. */
@Named
@RequestScoped
public class ReferenceLists {

    @Inject
    ReferenceData data;

    @Inject
    LocaleSelection locale;

    private List<District> districts;
    private List<Option> topics;

    /** A topic as a select list shows it, in the visitor's language. */
    public record Option(Long id, String name) {
    }

    public List<District> getDistricts() {
        if (districts == null) {
            districts = data.districts();
        }
        return districts;
    }

    public List<Option> getTopics() {
        if (topics == null) {
            topics = data.topics().stream().map(t -> new Option(t.getId(), t.name(locale.language()))).toList();
        }
        return topics;
    }
}
