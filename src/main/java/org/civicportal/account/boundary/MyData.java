package org.civicportal.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.util.Optional;
import org.civicportal.account.control.DataExportCatalog;
import org.civicportal.account.control.DataExportCatalog.ExportView;
import org.civicportal.account.control.DataExportService;
import org.civicportal.platform.web.CurrentUser;
import org.civicportal.platform.web.PageMessages;
import org.omnifaces.util.Faces;
import org.primefaces.PrimeFaces;

/**
 * /me/data: asks for a copy of everything the portal holds about the person, shows it being prepared (the page
 * polls; without scripts, a link reloads it), then offers the download with its size and expiry.
 */
@Named
@RequestScoped
public class MyData {

    @Inject
    CurrentUser currentUser;

    @Inject
    DataExportService service;

    @Inject
    DataExportCatalog catalog;

    @Inject
    PageMessages messages;

    private Optional<ExportView> export;
    /** The state the page showed before this poll (its hidden field). */
    private String previousState;

    /** The newest export, read once per request (the poll's requests read it anew). */
    public ExportView getExport() {
        if (export == null) {
            export = catalog.latest(currentUser.requireAccountId());
        }
        return export.orElse(null);
    }

    public boolean isPreparing() {
        return getExport() != null && getExport().isPreparing();
    }

    public boolean isReady() {
        return getExport() != null && getExport().isReady();
    }

    public boolean isFailed() {
        return getExport() != null && getExport().isFailed();
    }

    public boolean isExpired() {
        return getExport() != null && getExport().state() == DataExportCatalog.State.EXPIRED;
    }

    /** The state the page shows, kept in a hidden field so the next poll knows whether it changed. */
    public String getShownState() {
        return getExport() == null ? "NONE" : getExport().state().name();
    }

    public void setShownState(String shown) {
        previousState = shown;
    }

    /**
     * The poll re-renders the status (its own update); the live region and the refresh link only when the state
     * changed, so a screen reader hears each state once and the focus stays on the link in between.
     */
    public void poll() {
        if (!getShownState().equals(previousState)) {
            PrimeFaces.current().ajax().update("data:announce", "data:later");
        }
    }

    /** What the live region says: the state, as the status shows it. */
    public String getAnnouncement() {
        var shown = getExport();
        if (shown == null || shown.state() == DataExportCatalog.State.EXPIRED) {
            return "";
        }
        return switch (shown.state()) {
            case READY -> messages.text("meData.ready");
            case FAILED -> messages.text("meData.failed");
            default -> shown.currentFile() == null || shown.currentFile().isEmpty() ? messages.text("meData.queued")
                    : messages.text("meData.preparing", shown.currentFile(), shown.filesDone() + 1,
                            shown.filesTotal());
        };
    }

    /** The size as people read it, in their language: 12.5 KB, 3.1 MB. */
    public String getSize() {
        var bytes = getExport() == null || getExport().sizeBytes() == null ? 0 : getExport().sizeBytes();
        var number = NumberFormat.getNumberInstance(Faces.getLocale());
        number.setMaximumFractionDigits(1);
        if (bytes < 1024 * 1024) {
            return number.format(Math.max(bytes, 1) / 1024.0) + " KB";
        }
        return number.format(bytes / (1024.0 * 1024.0)) + " MB";
    }

    /** Queues an export (or finds the one being prepared), then shows the page again (post, redirect, get). */
    public String prepare() {
        service.request(currentUser.requireAccountId());
        return "/me/data?faces-redirect=true";
    }
}
