package org.agora.journey;

import java.util.List;
import org.agora.lesson.LessonContent.OptionContent;
import org.agora.lesson.LessonContent.QuestionContent;
import org.agora.lesson.LessonContent.SectionContent;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** What a student does in the browser to answer each kind of question right, by mouse and keyboard. */
final class StudentActions {

    private StudentActions() {}

    static void answer(Browser student, QuestionContent q, SectionContent section) {
        String card = "#question-" + q.key() + " ";
        switch (q.type()) {
            case SINGLE_CHOICE, TRUE_FALSE ->
                clickLabelled(
                        student,
                        card + ".agora-option",
                        q.options().stream()
                                .filter(OptionContent::correct)
                                .findFirst()
                                .orElseThrow()
                                .text());
            case MULTIPLE_CHOICE ->
                q.options().stream()
                        .filter(OptionContent::correct)
                        .forEach(o -> clickLabelled(student, card + ".agora-option", o.text()));
            case SHORT_TEXT -> {
                WebElement input = student.waitFor(By.cssSelector(card + "vaadin-text-field input"));
                input.sendKeys(q.acceptedAnswers().get(0), Keys.TAB);
            }
            case EVIDENCE -> {
                String key = q.evidenceSentenceKeys().get(0);
                if (section.index() == 0) {
                    // In the first section the sentence is picked in the reading, by keyboard only:
                    // picking starts on the first sentence, Tab walks the sentences, Enter picks.
                    student.click("pick-" + q.key());
                    String first = "sentence-"
                            + section.sentences().findFirst().orElseThrow().key();
                    student.wait(d -> first.equals(activeId(student)));
                    long sentences = section.sentences().count();
                    for (int presses = 0; !("sentence-" + key).equals(activeId(student)); presses++) {
                        if (presses > sentences) {
                            throw new AssertionError("Tab did not reach sentence " + key);
                        }
                        student.driver().switchTo().activeElement().sendKeys(Keys.TAB);
                    }
                    student.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
                    student.wait(d ->
                            d.findElement(By.id("state-" + q.key())).getText().equals("Not sent yet"));
                } else {
                    String text = section.sentences()
                            .filter(s -> s.key().equals(key))
                            .findFirst()
                            .orElseThrow()
                            .text();
                    clickLabelled(student, card + ".agora-option", text);
                }
            }
            case ORDERING -> order(student, q);
            case DEBATE -> {
                stance(student, q.key(), "Agree");
                WebElement argument = student.waitFor(By.cssSelector(card + "vaadin-text-area textarea"));
                argument.sendKeys("The text gives a reason for this view.", Keys.TAB);
            }
            default -> throw new IllegalStateException(q.type().name());
        }
    }

    /** Sorts the items with the keyboard-friendly up buttons, as a student without a mouse would. */
    static void order(Browser student, QuestionContent q) {
        List<String> right = q.options().stream().map(OptionContent::text).toList();
        for (int target = 0; target < right.size(); target++) {
            String wanted = right.get(target);
            int at = items(student, q).indexOf(wanted);
            while (at > target) {
                int position = at;
                student.driver()
                        .findElements(By.cssSelector("#question-" + q.key() + " li"))
                        .get(position)
                        .findElements(By.tagName("button"))
                        .get(0)
                        .click();
                student.wait(d -> items(student, q).indexOf(wanted) == position - 1);
                at--;
            }
        }
    }

    static List<String> items(Browser student, QuestionContent q) {
        return student.driver().findElements(By.cssSelector("#question-" + q.key() + " .agora-ordering-text")).stream()
                .map(e -> e.getText().strip())
                .toList();
    }

    private static String activeId(Browser student) {
        return String.valueOf(
                student.driver().executeScript("return document.activeElement && document.activeElement.id"));
    }

    static void stance(Browser student, String key, String label) {
        clickLabelled(student, "#question-" + key + " .agora-stance .agora-option", label);
    }

    static void clickLabelled(Browser student, String css, String label) {
        WebElement option = student.wait(d -> d.findElements(By.cssSelector(css)).stream()
                .filter(e -> e.getText().strip().equals(label))
                .findFirst()
                .orElse(null));
        student.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", option);
        option.findElement(By.cssSelector("input")).click();
    }
}
