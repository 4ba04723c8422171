package dev.duality.core.catalog;

/** Start-up failure of the message catalog; the message always names the type at fault. */
public class CatalogException extends RuntimeException {
    private final CatalogProblem problem;
    private final String type;

    public CatalogException(CatalogProblem problem, String type, String message) {
        super(problem + " [" + type + "]: " + message);
        this.problem = problem;
        this.type = type;
    }

    public CatalogProblem problem() {
        return problem;
    }

    public String type() {
        return type;
    }
}
