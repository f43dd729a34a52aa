package org.dolbom.ui.setup;

import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.dolbom.domain.Office;
import org.dolbom.domain.Staff;
import org.dolbom.domain.StaffRole;
import org.dolbom.i18n.Messages;
import org.dolbom.ui.ErrorText;
import org.dolbom.ui.Session;

/**
 * First run: who this office is, and who is using the app. The office is asked only while the file has none,
 * the user only while there is no staff yet.
 */
public final class SetupViewModel {

    public static final int MAX_NAME_LENGTH = 50;

    private final Session session;
    private final Messages messages;
    private final boolean askOffice;
    private final boolean askUser;

    private final StringProperty officeName = new SimpleStringProperty("");
    private final StringProperty officeCode = new SimpleStringProperty("");
    private final StringProperty userName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper officeNameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper officeCodeError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper userNameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    private record Result(Office office, Staff staff) {
    }

    public SetupViewModel(Session session, Messages messages, boolean askOffice, boolean askUser) {
        this.session = session;
        this.messages = messages;
        this.askOffice = askOffice;
        this.askUser = askUser;
        // A shown error goes as soon as the field is right, and changes with it while it is still wrong; a field
        // nobody has been told about yet is not judged while it is typed.
        recheck(officeName, officeNameError, v -> nameProblem(v, "setup.office.name.required"));
        recheck(officeCode, officeCodeError, this::codeProblem);
        recheck(userName, userNameError, v -> nameProblem(v, "setup.user.required"));
    }

    private void recheck(StringProperty field, ReadOnlyStringWrapper error,
                         java.util.function.Function<String, Optional<String>> problem) {
        field.addListener((o, was, now) -> {
            formError.set("");
            if (!error.get().isEmpty()) {
                error.set(problem.apply(now == null ? "" : now.strip()).orElse(""));
            }
        });
    }

    /** Checks the answers; when they are fine, writes them and runs {@code done} with what was written. */
    public void submit(Runnable done) {
        officeNameError.set("");
        officeCodeError.set("");
        userNameError.set("");
        formError.set("");
        String name = officeName.get().strip();
        String code = officeCode.get().strip();
        String user = userName.get().strip();
        boolean ok = true;
        if (askOffice) {
            Optional<String> nameProblem = nameProblem(name, "setup.office.name.required");
            nameProblem.ifPresent(officeNameError::set);
            Optional<String> codeProblem = codeProblem(code);
            codeProblem.ifPresent(officeCodeError::set);
            ok = nameProblem.isEmpty() && codeProblem.isEmpty();
        }
        if (askUser) {
            Optional<String> userProblem = nameProblem(user, "setup.user.required");
            userProblem.ifPresent(userNameError::set);
            ok = ok && userProblem.isEmpty();
        }
        if (!ok) {
            return;
        }
        busy.set(true);
        session.work().job(p -> session.context().database().inTransaction(() -> {
            Office office = askOffice ? session.context().office().register(new Office(code, name))
                    : session.context().office().office().orElseThrow();
            Staff staff = askUser
                    ? session.context().staff().save(new Staff(null, user, StaffRole.TEAM_LEADER, null, true, 8))
                    : null;
            return new Result(office, staff);
        })).onSuccess(r -> {
            session.officeProperty().set(r.office());
            if (r.staff() != null) {
                session.currentStaffProperty().set(r.staff());
            }
            done.run();
        }).onError(e -> formError.set(new ErrorText(messages).of(e))).onDone(() -> busy.set(false)).start();
    }

    private Optional<String> nameProblem(String value, String requiredKey) {
        if (value.isEmpty()) {
            return Optional.of(messages.get(requiredKey));
        }
        if (value.length() > MAX_NAME_LENGTH) {
            return Optional.of(messages.get("setup.name.tooLong", MAX_NAME_LENGTH));
        }
        return Optional.empty();
    }

    /** 행정기관코드 are ten digits; other codes are allowed as long as they travel safely in file names. */
    private Optional<String> codeProblem(String code) {
        if (code.isEmpty()) {
            return Optional.of(messages.get("setup.office.code.required"));
        }
        if (!code.matches("[A-Za-z0-9-]{2,20}")) {
            return Optional.of(messages.get("setup.office.code.format"));
        }
        return Optional.empty();
    }

    public boolean asksOffice() {
        return askOffice;
    }

    public boolean asksUser() {
        return askUser;
    }


    public StringProperty officeNameProperty() {
        return officeName;
    }

    public StringProperty officeCodeProperty() {
        return officeCode;
    }

    public StringProperty userNameProperty() {
        return userName;
    }

    public ReadOnlyStringProperty officeNameErrorProperty() {
        return officeNameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty officeCodeErrorProperty() {
        return officeCodeError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty userNameErrorProperty() {
        return userNameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
