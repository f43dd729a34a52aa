package org.dolbom.ui;

import java.util.function.Function;

import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** Combo boxes that show a person's words for values, never {@code toString()}. */
public final class Choices {

    private Choices() {
    }

    public static <T> ComboBox<T> of(String id, Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
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
