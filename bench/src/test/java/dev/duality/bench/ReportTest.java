package dev.duality.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static dev.duality.bench.Report.Direction.AT_LEAST;
import static dev.duality.bench.Report.Direction.AT_MOST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportTest {

    private static Report sample() {
        Report report = new Report();
        report.add("B1-1.p50", "raw commit p50", 2.0, "ms", null, null);
        report.add("B1-32", "raw commits", 1000, "commits/s", null, null);
        report.add("S1.p50", "damage p50", 7.0, "ms", new Report.Goal("B1-1.p50", AT_MOST, 3), null);
        report.add("S2", "mixed commands", 400, "commands/s", new Report.Goal("B1-32", AT_LEAST, 0.5), "p99 9 ms");
        report.add("S6", "peak memory", 300, "MiB", new Report.Goal(null, AT_MOST, 512), null);
        return report;
    }

    @Test
    void ratiosDivideByTheGoalsBaselineAndJudgeEachDirection() {
        Report report = sample();
        Report.Figure s1 = report.figures().get(2);
        Report.Figure s2 = report.figures().get(3);
        Report.Figure s6 = report.figures().get(4);
        assertEquals(3.5, report.ratio(s1), 1e-9);
        assertEquals("missed", report.verdict(s1));
        assertEquals(0.4, report.ratio(s2), 1e-9);
        assertEquals("missed", report.verdict(s2));
        assertEquals(300, report.ratio(s6), 1e-9);
        assertEquals("met", report.verdict(s6));
        assertEquals("-", report.verdict(report.figures().get(0)));
    }

    @Test
    void theTableHasOneAlignedRowPerFigureAndTheNotesBelow() {
        String[] lines = sample().table().split("\n");
        assertTrue(lines[0].startsWith("| id "), lines[0]);
        assertEquals(2 + 5 + 1, lines.length);
        assertEquals(lines[0].length(), lines[3].length());
        assertTrue(lines[4].contains("| 3.50 ") && lines[4].contains("<= 3 x B1-1.p50") && lines[4].contains("missed"),
                lines[4]);
        assertEquals("S2: p99 9 ms", lines[7]);
    }

    @Test
    void theJsonCarriesTheSameFiguresRatiosAndVerdicts() throws Exception {
        Report report = sample();
        report.describe("cores", 2);
        JsonNode json = new ObjectMapper().readTree(report.json());
        assertEquals(2, json.path("run").path("cores").asInt());
        JsonNode s2 = json.path("figures").get(3);
        assertEquals("S2", s2.path("id").asText());
        assertEquals(0.4, s2.path("ratio").asDouble(), 1e-9);
        assertEquals(">= 0.5 x B1-32", s2.path("goal").asText());
        assertTrue(json.path("figures").get(0).path("ratio").isNull());
    }

    @Test
    void numbersKeepThreeSignificantFigures() {
        assertEquals("1234", Report.number(1234.4));
        assertEquals("12.3", Report.number(12.34));
        assertEquals("1.23", Report.number(1.234));
        assertEquals("0.00123", Report.number(0.001234));
        assertEquals("0.5", Report.number(0.5));
        assertEquals("0", Report.number(0));
    }
}
