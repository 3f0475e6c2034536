package org.agora.classroom.ui;

import java.util.function.Consumer;

/** Lets an evidence question take its sentence from the reading itself. */
@FunctionalInterface
interface SentencePicker {

    /** Makes the section's sentences choosable; {@code chosen} gets the key of the one picked. */
    void pick(String questionKey, Consumer<String> chosen);
}
