package org.dolbom.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The questions a ViewModel may ask the person; tests answer them without a window. */
public interface Dialogs {

    /** A yes/no question; true when the person said yes. */
    boolean confirm(String title, String message);

    /** Tells the person something went wrong and what to do about it. */
    void error(String title, String message);

    /** Asks the person to pick one of the choices, the first being the default; empty when they cancelled. */
    <T> Optional<T> choose(String title, String message, List<T> choices, Function<T, String> label);
}
