package org.civicportal.forum.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.civicportal.forum.control.ForumCatalog;
import org.civicportal.forum.control.ForumCatalog.QuarterForum;
import org.civicportal.platform.time.CityTime;
import org.civicportal.platform.time.Quarter;

/** /forums: every quarter from the first with any giving or receiving to the current one, newest first. */
@Named
@RequestScoped
public class ForumList {

    @Inject
    ForumCatalog catalog;

    @Inject
    CityTime city;

    private List<QuarterForum> quarters;

    public List<QuarterForum> getQuarters() {
        if (quarters == null) {
            quarters = catalog.quarters();
        }
        return quarters;
    }

    public Quarter getCurrent() {
        return city.currentQuarter();
    }
}
