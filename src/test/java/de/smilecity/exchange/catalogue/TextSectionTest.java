package de.smilecity.exchange.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Lob;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The table of text sections matches the entity, and everything that lists sections reads it. */
class TextSectionTest {

    @ParameterizedTest
    @EnumSource(TextSection.class)
    void readsAndWritesTheEntitysPropertyOfItsName(TextSection section) throws ReflectiveOperationException {
        Practice p = new Practice();
        section.set(p, "Text of " + section);
        assertThat(fieldValue(p, section.property())).isEqualTo("Text of " + section);
        assertThat(section.of(p)).isEqualTo("Text of " + section);
        for (TextSection other : TextSection.values()) {
            if (other != section) assertThat(other.of(p)).as(other.property()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TextSection.class)
    void itsLimitIsTheEntitysSize(TextSection section) throws NoSuchFieldException {
        Size size = Practice.class.getDeclaredField(section.property()).getAnnotation(Size.class);
        assertThat(size.max()).isEqualTo(section.maxLength());
    }

    @Test
    void everyLongTextOfAnEntryIsASection() {
        List<String> longTexts = Arrays.stream(Practice.class.getDeclaredFields())
                .filter(f -> f.getType() == String.class && f.isAnnotationPresent(Lob.class))
                .map(Field::getName)
                // The notes belong to the adaptation part of the form and page, shown for adaptations only.
                .filter(name -> !name.equals("adaptationNotes"))
                .toList();
        assertThat(longTexts)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(TextSection.values())
                        .map(TextSection::property)
                        .toList());
    }

    @Test
    void aCopyOfAnEntryHasEverySection() {
        Practice source = withEverySection();
        Practice replaced = new Practice();
        replaced.replaceContentWith(source);
        Practice copy = source.workingCopy();
        for (TextSection section : TextSection.values()) {
            assertThat(section.of(replaced)).as(section.property()).isEqualTo(section.of(source));
            assertThat(section.of(copy)).as(section.property()).isEqualTo(section.of(source));
        }
    }

    @ParameterizedTest
    @EnumSource(TextSection.class)
    void countsForCompleteness(TextSection section) {
        Practice p = new Practice();
        int before = Completeness.percent(p);
        section.set(p, "Filled");
        assertThat(Completeness.percent(p)).isGreaterThan(before);
        section.set(p, "  ");
        assertThat(Completeness.percent(p)).isEqualTo(before);
    }

    @Test
    void theDiffShowsTheSectionsWhereTheDetailPageHasThem() {
        List<String> fields = PracticeDiff.FIELDS;
        int first = fields.indexOf("keywords") + 1;
        assertThat(fields.subList(first, first + TextSection.values().length))
                .containsExactly(
                        "description",
                        "challenge",
                        "approach",
                        "results",
                        "lessonsLearned",
                        "prerequisites",
                        "participation");
        assertThat(fields.get(first + TextSection.values().length)).isEqualTo("processSteps");
        assertThat(fields).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @EnumSource(TextSection.class)
    void theDiffComparesTheSection(TextSection section) {
        Practice before = withEverySection();
        Practice after = withEverySection();
        section.set(after, "Rewritten");
        Map<String, String> text = PracticeDiff.text(after, Locale.GERMAN);
        assertThat(text).containsEntry(section.property(), "Rewritten");
        assertThat(PracticeDiff.changes(PracticeDiff.text(before, Locale.GERMAN), text))
                .containsExactly(new PracticeDiff.Change(section.property(), "Text of " + section, "Rewritten"));
    }

    private static Practice withEverySection() {
        Practice p = new Practice();
        for (TextSection section : TextSection.values()) {
            section.set(p, "Text of " + section);
        }
        return p;
    }

    private static Object fieldValue(Practice p, String name) throws ReflectiveOperationException {
        Field field = Practice.class.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(p);
    }
}
