package de.smilecity.exchange.crawl.internal.parse;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Why a project was stopped, when its page says so: the sentence that names the stop and its cause
 * ("Das Projekt wurde 2023 eingestellt, weil die Förderung auslief."), in German or English. The
 * catalogue asks every discontinued practice for a reason; one the page states need not be typed again.
 */
public final class StopReason {

    /** Longest reason taken; a longer sentence is more likely a paragraph than a reason. */
    static final int MAX_LENGTH = 400;

    private static final Pattern STOP = Pattern.compile(
            "(?iu)\\b(?:eingestellt|abgebrochen|gestoppt|beendet|aufgegeben|discontinued|stopped|cancell?ed|terminated"
                    + "|abandoned|halted|wound up)\\b");

    private static final Pattern CAUSE = Pattern.compile(
            "(?iu)\\b(?:weil|da|denn|wegen|aufgrund|auf grund|mangels|nachdem|because|due to|owing to|since|as a result"
                    + "|for lack of|lack of|after)\\b");

    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+(?=\\p{Lu})");

    private StopReason() {}

    /** The reason the text or the stated phase gives for the stop, or empty when neither gives one. */
    public static Optional<String> of(@Nullable String text, @Nullable String phaseLabel) {
        if (phaseLabel != null && stated(phaseLabel)) return Optional.of(phaseLabel.strip());
        if (text == null) return Optional.empty();
        for (String sentence : SENTENCE.split(text.replaceAll("\\s+", " "))) {
            if (stated(sentence)) return Optional.of(sentence.strip());
        }
        return Optional.empty();
    }

    private static boolean stated(String sentence) {
        return sentence.length() <= MAX_LENGTH
                && STOP.matcher(sentence).find()
                && CAUSE.matcher(sentence).find();
    }
}
