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

    private List<Choice> districts;
    private List<Option> topics;

    /** A topic as a select list shows it, in the visitor's language. */
    public record Option(Long id, String name) {
    }

    /**
     * A district as a select list shows it, in the visitor's language (a class, not a record: pages read
     * #{d.id} and #{d.name}).
     */
    public static final class Choice {
        private final District district;
        private final String name;

        Choice(District district, String name) {
            this.district = district;
            this.name = name;
        }

        public Long getId() {
            return district.getId();
        }

        public String getCode() {
            return district.getCode();
        }

        public String getName() {
            return name;
        }

        String storedName() {
            return district.getName();
        }
    }

    public List<Choice> getDistricts() {
        if (districts == null) {
            districts = data.districts().stream().map(d -> new Choice(d, d.name(locale.language()))).toList();
        }
        return districts;
    }

    /**
     * A district's name in the visitor's language, from the name rows read with native SQL carry (e.g.
     * "Citywide" → "Toda la ciudad"). An unknown name is shown as it is.
     */
    public String districtName(String storedName) {
        if (storedName == null) {
            return null;
        }
        return getDistricts().stream().filter(d -> d.storedName().equals(storedName)).findFirst()
                .map(Choice::getName).orElse(storedName);
    }

    public List<Option> getTopics() {
        if (topics == null) {
            topics = data.topics().stream().map(t -> new Option(t.getId(), t.name(locale.language()))).toList();
        }
        return topics;
    }
}
