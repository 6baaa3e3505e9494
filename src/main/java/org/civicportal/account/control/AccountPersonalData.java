package org.civicportal.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.civicportal.platform.privacy.ExportFile;
import org.civicportal.platform.privacy.PersonalData;

/**
 * The account's part of a person's export: the profile, roles, one-time links (when, not their secret) and the
 * exports asked for; email preferences with the time of the monthly-update consent. The password hash and the
 * tokens' hashes are left out: they are not information about the person, and handing them out would only
 * help someone who got hold of the file to attack the account (the README says so).
 */
@ApplicationScoped
public class AccountPersonalData implements PersonalData {

    @Override
    public List<ExportFile> files() {
        return List.of(
                ExportFile.json("profile",
                        ExportFile.one("account", "SELECT a.id AS account_id, a.email, a.display_name, "
                                + "d.name AS district, a.language, a.created_at, a.email_verified_at "
                                + "FROM account a LEFT JOIN district d ON d.id = a.district_id WHERE a.id = ?"),
                        ExportFile.many("roles", "SELECT role FROM account_role WHERE account_id = ? ORDER BY role"),
                        ExportFile.many("one_time_links", "SELECT purpose, created_at, expires_at, used_at "
                                + "FROM account_token WHERE account_id = ? ORDER BY id"),
                        ExportFile.many("data_exports", "SELECT id AS export_id, state, requested_at, ready_at, "
                                + "expires_at FROM data_export WHERE account_id = ? ORDER BY id")),
                ExportFile.json("email-preferences",
                        ExportFile.one("preferences", "SELECT monthly_update_opt_in, monthly_update_opt_in_at, "
                                + "language AS email_language FROM account WHERE id = ?")));
    }
}
