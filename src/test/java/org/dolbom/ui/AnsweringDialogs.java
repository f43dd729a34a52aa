package org.dolbom.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Dialogs for ViewModel tests: answers every question as told and remembers what was shown. */
public final class AnsweringDialogs implements Dialogs {

    public final List<String> errors = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    private Object choice;
    private boolean confirm;

    public AnsweringDialogs choosing(Object answer) {
        this.choice = answer;
        return this;
    }

    public AnsweringDialogs confirming(boolean answer) {
        this.confirm = answer;
        return this;
    }

    @Override
    public boolean confirm(String title, String message) {
        questions.add(message);
        return confirm;
    }

    @Override
    public void error(String title, String message) {
        errors.add(message);
    }

    @Override
    public <T> Optional<T> choose(String title, String message, List<T> choices, Function<T, String> label) {
        questions.add(message);
        return choices.stream().filter(c -> c.equals(choice)).findFirst();
    }
}
