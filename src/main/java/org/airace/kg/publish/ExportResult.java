package org.airace.kg.publish;

import java.nio.file.Path;

/**
 * What an export wrote.
 *
 * @param dump        the dump file
 * @param description the VoID/DCAT description beside it (Turtle)
 * @param statements  statements in the dump: quads for graph-keeping formats, triples otherwise,
 *                    the description included
 * @param statistics  the store figures the description states
 */
public record ExportResult(Path dump, Path description, DumpFormat format, long statements,
                           long descriptionStatements, StoreStatistics statistics) {

    /** One line for the command's summary. */
    public String summary() {
        String unit = format.keepsGraphs() ? "quads" : "triples";
        return String.format("exported %d %s (%s, %d source graphs, %d entities, description included) to %s; description also in %s",
                statements, unit, format.cliName(), statistics.sources().size(), statistics.entities(), dump, description);
    }
}
