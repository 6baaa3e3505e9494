package org.civicportal.input.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.civicportal.platform.privacy.ExportFile;
import org.civicportal.platform.privacy.PersonalData;

/** The inputs a person wrote (with the city's answer), the ones they supported and the ones they reported. */
@ApplicationScoped
public class InputPersonalData implements PersonalData {

    @Override
    public List<ExportFile> files() {
        return List.of(
                ExportFile.csv("inputs", "SELECT i.id AS input_id, i.title, i.body, t.code AS topic, "
                        + "d.name AS district, i.place, i.status, i.support_count, i.hidden, i.hidden_reason, "
                        + "i.created_at, i.answered_at, i.answer FROM input i JOIN topic t ON t.id = i.topic_id "
                        + "JOIN district d ON d.id = i.district_id WHERE i.author_id = ? ORDER BY i.created_at, i.id"),
                ExportFile.csv("supports", "SELECT s.input_id, i.title, s.created_at FROM input_support s "
                        + "JOIN input i ON i.id = s.input_id WHERE s.account_id = ? ORDER BY s.input_id"),
                ExportFile.csv("reports", "SELECT r.input_id, i.title, r.reason, r.created_at FROM input_report r "
                        + "JOIN input i ON i.id = r.input_id WHERE r.account_id = ? ORDER BY r.input_id"));
    }
}
