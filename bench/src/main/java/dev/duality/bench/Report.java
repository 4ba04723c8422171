package dev.duality.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Every figure of one run, printed as one table and written as JSON. */
final class Report {

    /** How a figure is judged: its ratio to a baseline figure must stay at or below, or at or above, a factor. */
    enum Direction { AT_MOST, AT_LEAST }

    /**
     * One goal: {@code ratio} (the figure divided by the baseline's, or the figure itself when there is no baseline)
     * compared with {@code factor}.
     */
    record Goal(String baselineId, Direction direction, double factor) {
    }

    /** One measured value. {@code goal} is null for the baselines and for figures shown for context only. */
    record Figure(String id, String name, double value, String unit, Goal goal, String note) {
    }

    private final List<Figure> figures = new ArrayList<>();
    private final Map<String, Object> run = new LinkedHashMap<>();

    void add(Figure figure) {
        figures.add(figure);
    }

    void add(String id, String name, double value, String unit, Goal goal, String note) {
        add(new Figure(id, name, value, unit, goal, note));
    }

    /** Settings and facts about the run (sizes, machine, database), kept beside the figures in the JSON. */
    void describe(String key, Object value) {
        run.put(key, value);
    }

    List<Figure> figures() {
        return List.copyOf(figures);
    }

    /** The figure divided by its goal's baseline; the figure itself for an absolute goal; NaN without a goal. */
    double ratio(Figure figure) {
        if (figure.goal() == null) {
            return Double.NaN;
        }
        if (figure.goal().baselineId() == null) {
            return figure.value();
        }
        return figures.stream().filter(f -> f.id().equals(figure.goal().baselineId())).findFirst()
                .map(base -> figure.value() / base.value()).orElse(Double.NaN);
    }

    /** "met", "missed", or "-" when there is no goal or nothing to compare with. */
    String verdict(Figure figure) {
        double ratio = ratio(figure);
        if (figure.goal() == null || Double.isNaN(ratio)) {
            return "-";
        }
        boolean met = figure.goal().direction() == Direction.AT_MOST
                ? ratio <= figure.goal().factor() : ratio >= figure.goal().factor();
        return met ? "met" : "missed";
    }

    static String goalText(Goal goal) {
        if (goal == null) {
            return "-";
        }
        String op = goal.direction() == Direction.AT_MOST ? "<=" : ">=";
        return goal.baselineId() == null
                ? op + " " + number(goal.factor())
                : op + " " + number(goal.factor()) + " x " + goal.baselineId();
    }

    String table() {
        String[] header = {"id", "figure", "value", "unit", "ratio", "goal", "verdict"};
        List<String[]> rows = new ArrayList<>();
        rows.add(header);
        for (Figure f : figures) {
            double ratio = ratio(f);
            rows.add(new String[]{f.id(), f.name(), number(f.value()), f.unit(),
                    Double.isNaN(ratio) ? "-" : number(ratio), goalText(f.goal()), verdict(f)});
        }
        int[] width = new int[header.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            String[] row = rows.get(r);
            out.append('|');
            for (int i = 0; i < row.length; i++) {
                out.append(' ').append(pad(row[i], width[i])).append(" |");
            }
            out.append('\n');
            if (r == 0) {
                out.append('|');
                for (int w : width) {
                    out.append("-".repeat(w + 2)).append('|');
                }
                out.append('\n');
            }
        }
        for (Figure f : figures) {
            if (f.note() != null && !f.note().isBlank()) {
                out.append(f.id()).append(": ").append(f.note()).append('\n');
            }
        }
        return out.toString();
    }

    String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("run", run);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Figure f : figures) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", f.id());
            item.put("name", f.name());
            item.put("value", finite(f.value()));
            item.put("unit", f.unit());
            double ratio = ratio(f);
            item.put("ratio", finite(ratio));
            item.put("goal", f.goal() == null ? null : goalText(f.goal()));
            item.put("verdict", verdict(f));
            item.put("note", f.note());
            list.add(item);
        }
        root.put("figures", list);
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    /** Three significant figures at most, no exponent: 0.00123, 1.23, 123, 12345. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        double abs = Math.abs(value);
        if (abs >= 100 || value == Math.rint(value)) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        if (abs >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        if (abs >= 1) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
