package org.civicportal.forum.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.civicportal.platform.privacy.ExportFile;
import org.civicportal.platform.privacy.PersonalData;

/** A person's forum RSVPs, recorded attendance, written answers and the answers they reported. */
@ApplicationScoped
public class ForumPersonalData implements PersonalData {

    private static final String QUARTER = "CONCAT(e.quarter DIV 10, '-Q', e.quarter MOD 10) AS quarter";

    @Override
    public List<ExportFile> files() {
        return List.of(
                ExportFile.csv("forum-rsvps", "SELECT " + QUARTER + ", e.starts_at, r.going, r.answered_at, "
                        + "r.reminder_sent_at FROM forum_rsvp r JOIN forum_event e ON e.id = r.event_id "
                        + "WHERE r.account_id = ? ORDER BY r.event_id"),
                ExportFile.csv("forum-attendance", "SELECT " + QUARTER + ", a.recorded_at FROM forum_attendance a "
                        + "JOIN forum_event e ON e.id = a.event_id WHERE a.account_id = ? ORDER BY a.event_id"),
                ExportFile.csv("forum-answers", "SELECT e.id AS answer_id, " + QUARTER + ", e.unreturned, "
                        + "e.unreciprocated, e.rebalance, e.created_at, e.updated_at, e.hidden, e.hidden_reason "
                        + "FROM forum_answer e WHERE e.account_id = ? ORDER BY e.id"),
                ExportFile.csv("forum-reports", "SELECT answer_id, reason, created_at FROM forum_answer_report "
                        + "WHERE account_id = ? ORDER BY answer_id"));
    }
}
