package de.smilecity.exchange.adapt;

import java.util.List;

/**
 * The kit as one Markdown file: readable as plain text, and the steps a task list ({@code - [ ]})
 * that Git forges and most Markdown editors show as checkboxes.
 */
public final class KitMarkdown {

    private KitMarkdown() {}

    public static String render(Kit kit) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(oneLine(kit.title())).append("\n\n");
        md.append("*")
                .append(kit.heading("label"))
                .append(" · ")
                .append(oneLine(kit.kind()))
                .append(" · ")
                .append(oneLine(kit.organisation()))
                .append("*\n\n");
        md.append(kit.heading("entry")).append(": <").append(kit.entryUrl()).append(">  \n");
        md.append(kit.heading("generated"))
                .append(": ")
                .append(kit.generatedOn())
                .append("\n\n");

        md.append("## ").append(kit.heading("facts")).append("\n\n");
        md.append("| | |\n|---|---|\n");
        for (Kit.Fact fact : kit.facts()) {
            md.append("| ")
                    .append(cell(fact.label()))
                    .append(" | ")
                    .append(cell(fact.value()))
                    .append(" |\n");
        }
        md.append('\n');
        section(md, kit.heading("summary"), kit.summary());
        section(md, kit.heading("approach"), kit.approach());

        md.append("## ").append(kit.heading("steps")).append("\n\n");
        if (kit.steps().isEmpty()) {
            md.append(kit.heading("steps.none")).append("\n\n");
        }
        for (Kit.Step step : kit.steps()) {
            md.append("- [ ] **").append(oneLine(step.title())).append("**");
            if (!step.description().isBlank()) {
                // Indented, so that a multi-paragraph description stays inside its list item.
                md.append("  \n").append(indent(step.description().strip()));
            }
            md.append('\n');
        }
        md.append('\n');
        section(md, kit.heading("prerequisites"), kit.prerequisites());
        list(md, kit.heading("indicators"), kit.indicators());
        list(md, kit.heading("contacts"), kit.contacts());
        md.append("## ").append(kit.heading("sources")).append("\n\n");
        for (Kit.Source source : kit.sources()) {
            md.append("- ").append(oneLine(source.title()));
            if (source.url() != null) md.append(": <").append(source.url()).append('>');
            md.append('\n');
        }
        md.append("- ")
                .append(kit.heading("licence"))
                .append(": ")
                .append(oneLine(kit.licence()))
                .append("\n\n");
        list(md, kit.heading("lineage"), kit.lineage());
        return md.toString();
    }

    private static void section(StringBuilder md, String heading, String markdown) {
        if (markdown.isBlank()) return;
        md.append("## ").append(heading).append("\n\n").append(markdown.strip()).append("\n\n");
    }

    private static void list(StringBuilder md, String heading, List<String> items) {
        if (items.isEmpty()) return;
        md.append("## ").append(heading).append("\n\n");
        items.forEach(item -> md.append("- ").append(oneLine(item)).append('\n'));
        md.append('\n');
    }

    private static String indent(String text) {
        return text.lines()
                .map(line -> line.isBlank() ? "" : "  " + line)
                .reduce((a, b) -> a + "\n" + b)
                .orElse("");
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** A table cell: a pipe would end the cell, a line break the row. */
    private static String cell(String text) {
        return oneLine(text).replace("|", "\\|");
    }
}
