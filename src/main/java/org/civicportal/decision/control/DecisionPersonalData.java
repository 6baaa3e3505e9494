package org.civicportal.decision.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.civicportal.platform.privacy.ExportFile;
import org.civicportal.platform.privacy.PersonalData;

/** The chains a person follows (or stopped following), whose news they are sent. */
@ApplicationScoped
public class DecisionPersonalData implements PersonalData {

    @Override
    public List<ExportFile> files() {
        return List.of(ExportFile.csv("followed-chains", "SELECT f.decision_id, d.title AS chain, f.following, f.since "
                + "FROM chain_follower f JOIN decision d ON d.id = f.decision_id WHERE f.account_id = ? "
                + "ORDER BY f.decision_id"));
    }
}
