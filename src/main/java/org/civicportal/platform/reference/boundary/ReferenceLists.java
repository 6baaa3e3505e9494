package org.civicportal.platform.reference.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.civicportal.platform.reference.control.ReferenceData;
import org.civicportal.platform.reference.entity.District;

/** Districts for select lists (#{referenceLists.districts}), read once per request. */
@Named
@RequestScoped
public class ReferenceLists {

    @Inject
    ReferenceData data;

    private List<District> districts;

    public List<District> getDistricts() {
        if (districts == null) {
            districts = data.districts();
        }
        return districts;
    }
}
