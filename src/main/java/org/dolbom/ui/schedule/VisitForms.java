package org.dolbom.ui.schedule;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Opens the visit form for a planned visit, prefilled with its resident, staff and day. The screen passes the
 * real form; a ViewModel test passes one that "saves" at once.
 */
@FunctionalInterface
public interface VisitForms {

    /**
     * @param onSaved called with the stored visit's id once the person saved it; not called on cancel
     */
    void open(UUID residentId, String residentName, UUID staffId, LocalDate date, Consumer<UUID> onSaved);
}
