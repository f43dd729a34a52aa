package org.dolbom.ui.casefile;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * Tells the screens of one window that case work was recorded (a visit, an assessment, a plan or a check), so the
 * due list and an open resident read the file again. Handed to each screen through its constructor.
 */
public final class CaseChanges {

    private final ReadOnlyLongWrapper count = new ReadOnlyLongWrapper(0);

    /** Something in some resident's case file changed. */
    public void recorded() {
        count.set(count.get() + 1);
    }

    /** Changes each time {@link #recorded()} is called; listen to it to refresh. */
    public ReadOnlyLongProperty recordedProperty() {
        return count.getReadOnlyProperty();
    }
}
