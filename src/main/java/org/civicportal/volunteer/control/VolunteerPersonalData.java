package org.civicportal.volunteer.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.civicportal.platform.privacy.ExportFile;
import org.civicportal.platform.privacy.PersonalData;

/**
 * A person's sign-ups with their attendance, hours and the thanks they received; and, for an official, the thanks
 * they gave (without the volunteer's name: that is the volunteer's data, not theirs).
 */
@ApplicationScoped
public class VolunteerPersonalData implements PersonalData {

    @Override
    public List<ExportFile> files() {
        return List.of(
                ExportFile.csv("signups", "SELECT s.id AS signup_id, s.task_id, t.title AS task, t.place, "
                        + "t.starts_at, t.ends_at, s.status, s.created_at, s.promoted_at, s.reminder_sent_at, "
                        + "s.attendance, s.hours, s.recorded_at, s.thanks AS thanks_received, s.thanks_public, "
                        + "s.thanked_at FROM signup s JOIN task t ON t.id = s.task_id WHERE s.account_id = ? "
                        + "ORDER BY s.id"),
                ExportFile.csv("thanks-given", "SELECT s.id AS signup_id, t.title AS task, s.thanks, s.thanks_public, "
                        + "s.thanked_at FROM signup s JOIN task t ON t.id = s.task_id WHERE s.thanked_by = ? "
                        + "ORDER BY s.id"));
    }
}
