package org.agora.classroom.ui;

import com.vaadin.flow.component.Component;
import org.agora.classroom.AnswerInput;

/** The input part of a question card, one implementation per kind of answer. */
interface AnswerField {

    Component component();

    AnswerInput value();

    /** Shows a stored answer. */
    void show(AnswerInput stored);

    void setReadOnly(boolean readOnly);

    /** Called whenever the student changes the answer. */
    void onChange(Runnable listener);
}
