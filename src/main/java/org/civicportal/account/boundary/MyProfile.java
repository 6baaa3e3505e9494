package org.civicportal.account.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.civicportal.account.control.AccountProblem;
import org.civicportal.account.control.AccountService;
import org.civicportal.account.control.NewPassword;
import org.civicportal.account.control.ProfileChange;
import org.civicportal.account.entity.Account;
import org.civicportal.platform.i18n.Language;
import org.civicportal.platform.i18n.LocaleSelection;
import org.civicportal.platform.security.CredentialsGeneration;
import org.civicportal.platform.security.Role;
import org.civicportal.platform.web.CurrentUser;
import org.civicportal.platform.web.PageMessages;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;

/** /me: one's own profile and password. */
@Named
@ViewScoped
public class MyProfile implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    @Inject
    LocaleSelection locale;

    private String email;
    private List<Role> roles;
    private int version;
    /** Since when the monthly update comes (null while it does not): shown next to the choice. */
    private Instant monthlyUpdateSince;
    private boolean monthlyUpdate;

    private final ProfileForm profile = new ProfileForm();

    @NotBlank(message = "{account.password.currentRequired}")
    private String currentPassword;

    @NewPassword
    private String newPassword;

    @PostConstruct
    void load() {
        accounts.byId(currentUser.requireAccountId()).ifPresent(this::show);
    }

    private void show(Account account) {
        email = account.getEmail();
        // The request has read them already (the page's menus); the account's own collection would read them again.
        roles = List.copyOf(currentUser.roles());
        version = account.getVersion();
        profile.setDisplayName(account.getDisplayName());
        profile.setDistrictId(account.getDistrict() == null ? null : account.getDistrict().getId());
        profile.setLanguage(account.getLanguage().code());
        profile.setMonthlyUpdates(account.isMonthlyUpdateOptIn());
        monthlyUpdateSince = account.getMonthlyUpdateOptInAt();
        monthlyUpdate = account.isMonthlyUpdateOptIn();
    }

    public void saveProfile() {
        try {
            var chosen = Language.fromCode(profile.getLanguage()).orElse(Language.EN);
            var saved = accounts.updateProfile(currentUser.requireAccountId(), new ProfileChange(version,
                    profile.getDisplayName(), profile.getDistrictId(), chosen, profile.isMonthlyUpdates()));
            version = saved.getVersion();
            monthlyUpdateSince = saved.getMonthlyUpdateOptInAt();
            monthlyUpdate = saved.isMonthlyUpdateOptIn();
            locale.use(chosen);
            messages.info("me.profile.saved");
        } catch (AccountProblem problem) {
            messages.error("account.problem." + problem.kind().name());
        }
    }

    public void changePassword() {
        try {
            var generation = accounts.changePassword(currentUser.requireAccountId(), currentPassword, newPassword);
            // Every other session of the account ends at its next request; this one goes on.
            CredentialsGeneration.remember(Faces.getSession(), generation);
            currentPassword = null;
            newPassword = null;
            messages.info("me.password.changed");
        } catch (AccountProblem problem) {
            messages.fieldError("password:currentPassword", "account.problem." + problem.kind().name());
        }
    }

    public String getEmail() {
        return email;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public Instant getMonthlyUpdateSince() {
        return monthlyUpdateSince;
    }

    /** Whether the resident receives the monthly update (an opt-in older than its recorded time has none). */
    public boolean isMonthlyUpdate() {
        return monthlyUpdate;
    }

    public ProfileForm getProfile() {
        return profile;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
