package org.dolbom.ui;

import java.util.function.Function;

import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

import org.controlsfx.control.SearchableComboBox;

/** Combo boxes that show a person's words for values, never {@code toString()}. */
public final class Choices {

    private Choices() {
    }

    public static <T> ComboBox<T> of(String id, Function<T, String> label) {
        return labelled(new ComboBox<>(), id, label);
    }

    /**
     * A long pick list (the 리 of a township, the service catalogue) with a search field: typing part of a label
     * narrows the list (ControlsFX's {@link SearchableComboBox}).
     */
    public static <T> ComboBox<T> searchable(String id, Function<T, String> label) {
        return labelled(new SearchableComboBox<>(), id, label);
    }

    private static <T> ComboBox<T> labelled(ComboBox<T> box, String id, Function<T, String> label) {
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        return box;
    }
}
