package org.agora.classroom;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.agora.base.BadInputException;
import org.agora.base.TextRules;
import org.agora.lesson.LessonContent.OptionContent;
import org.agora.lesson.LessonContent.QuestionContent;
import org.agora.lesson.LessonContent.SectionContent;
import org.agora.lesson.LessonContent.SentenceContent;

/**
 * Checks that an answer is complete and well-formed for its question, and scores it.
 * Refusals are written for the student.
 */
final class AnswerRules {

    private static final int SHORT_TEXT_MAX = AnswerInput.SHORT_TEXT_MAX;
    private static final int ARGUMENT_MIN = AnswerInput.ARGUMENT_MIN;
    private static final int ARGUMENT_MAX = AnswerInput.ARGUMENT_MAX;

    private AnswerRules() {}

    /** Returns the input cleaned (trimmed text) or refuses it. */
    static AnswerInput check(QuestionContent question, SectionContent section, AnswerInput input) {
        Set<String> optionIds =
                question.options().stream().map(o -> String.valueOf(o.id())).collect(Collectors.toSet());
        List<String> chosen = input.selection();
        switch (question.type()) {
            case SINGLE_CHOICE, TRUE_FALSE -> {
                if (chosen.size() != 1 || !optionIds.contains(chosen.get(0))) {
                    throw refuse("answer.choice.missing");
                }
                return AnswerInput.choice(chosen);
            }
            case MULTIPLE_CHOICE -> {
                if (chosen.isEmpty()) {
                    throw refuse("answer.choices.missing");
                }
                if (!optionIds.containsAll(chosen) || new HashSet<>(chosen).size() != chosen.size()) {
                    throw refuse("answer.choice.unknown");
                }
                return AnswerInput.choice(chosen.stream().sorted().toList());
            }
            case ORDERING -> {
                if (chosen.size() != optionIds.size() || !optionIds.equals(new HashSet<>(chosen))) {
                    throw refuse("answer.ordering.incomplete");
                }
                return AnswerInput.choice(chosen);
            }
            case EVIDENCE -> {
                Set<String> sentenceKeys = section == null
                        ? Set.of()
                        : section.sentences().map(SentenceContent::key).collect(Collectors.toSet());
                if (chosen.size() != 1 || !sentenceKeys.contains(chosen.get(0))) {
                    throw refuse("answer.evidence.missing");
                }
                return AnswerInput.choice(chosen);
            }
            case SHORT_TEXT -> {
                String text = TextRules.clean(TextRules.withoutHiddenCharacters(input.text(), false));
                if (text.isEmpty()) {
                    throw refuse("answer.text.missing");
                }
                if (TextRules.length(text) > SHORT_TEXT_MAX) {
                    throw refuse("answer.text.too-long", TextRules.length(text), SHORT_TEXT_MAX);
                }
                return AnswerInput.text(text);
            }
            case DEBATE -> {
                int stance = requireStance(input);
                String argument = input.text() == null
                        ? ""
                        : TextRules.withoutHiddenCharacters(input.text(), true).strip();
                if (TextRules.length(argument) < ARGUMENT_MIN) {
                    throw refuse("answer.argument.too-short", ARGUMENT_MIN);
                }
                if (TextRules.length(argument) > ARGUMENT_MAX) {
                    throw refuse("answer.argument.too-long", TextRules.length(argument), ARGUMENT_MAX);
                }
                Set<String> sentenceKeys = section == null
                        ? Set.of()
                        : section.sentences().map(SentenceContent::key).collect(Collectors.toSet());
                if (chosen.size() > AnswerInput.CITATIONS_MAX) {
                    throw refuse("answer.citations.too-many", AnswerInput.CITATIONS_MAX);
                }
                if (!sentenceKeys.containsAll(chosen) || new HashSet<>(chosen).size() != chosen.size()) {
                    throw refuse("answer.citations.unknown");
                }
                return AnswerInput.argued(stance, argument, chosen);
            }
            case POLL_BEFORE, POLL_AFTER -> {
                return new AnswerInput(List.of(), null, requireStance(input));
            }
            default -> throw new IllegalStateException("Unknown question type " + question.type());
        }
    }

    /** True or false for comprehension questions; null for opinions, which are not right or wrong. */
    static Boolean score(QuestionContent question, AnswerInput input) {
        List<String> chosen = input.selection();
        return switch (question.type()) {
            case SINGLE_CHOICE, TRUE_FALSE, MULTIPLE_CHOICE ->
                correctIds(question).equals(new HashSet<>(chosen));
            case ORDERING ->
                question.options().stream()
                        .map(o -> String.valueOf(o.id()))
                        .toList()
                        .equals(chosen);
            case EVIDENCE ->
                chosen.size() == 1 && question.evidenceSentenceKeys().contains(chosen.get(0));
            case SHORT_TEXT -> shortTextRight(question, ShortText.normalize(input.text()));
            default -> null;
        };
    }

    private static boolean shortTextRight(QuestionContent question, String answer) {
        return question.acceptedAnswers().stream()
                .map(ShortText::normalize)
                .anyMatch(accepted ->
                        accepted.equals(answer) || question.nearSpellings() && NearSpelling.matches(answer, accepted));
    }

    private static Set<String> correctIds(QuestionContent question) {
        return question.options().stream()
                .filter(OptionContent::correct)
                .map(o -> String.valueOf(o.id()))
                .collect(Collectors.toSet());
    }

    private static int requireStance(AnswerInput input) {
        Integer stance = input.stance();
        if (stance == null || stance < 1 || stance > 5) {
            throw refuse("answer.stance.missing");
        }
        return Objects.requireNonNull(stance);
    }

    private static BadInputException refuse(String key, Object... args) {
        return new BadInputException("answer", key, args);
    }
}
