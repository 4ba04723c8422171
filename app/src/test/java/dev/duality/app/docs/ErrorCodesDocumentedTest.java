package dev.duality.app.docs;

import com.tngtech.archunit.core.domain.JavaClass;
import dev.duality.app.architecture.ProductionClasses;
import dev.duality.web.ApiRejection;
import dev.duality.web.ProblemHandler;
import dev.duality.core.campaign.api.CampaignRejection;
import dev.duality.core.catalog.CatalogProblem;
import dev.duality.core.envelope.EnvelopeRejection;
import dev.duality.core.rejection.Category;
import dev.duality.core.rejection.RejectionCode;
import dev.duality.core.value.ValueRejection;
import dev.duality.sys.daggerheart.DaggerheartRejection;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/errors.md is the client's reference for rejection codes: every code of every {@link RejectionCode} enum in
 * the production classes must have a row there with its real category and status, no row may outlive its code, and
 * the start-up problems ({@link CatalogProblem}) are listed in their own section.
 */
class ErrorCodesDocumentedTest {
    static final String ERRORS_DOC = "docs/errors.md";
    /** ProblemHandler answers a wrong HTTP method with 405 whatever the code's category maps to. */
    static final Map<String, Integer> STATUS_OVERRIDES = Map.of(ApiRejection.METHOD_NOT_ALLOWED.name(), 405);

    private static final Pattern CODE_ROW =
            Pattern.compile("^\\|\\s*`([A-Z][A-Z0-9_]*)`\\s*\\|\\s*(\\d{3})\\b[^|]*\\|\\s*`([A-Z_]+)`\\s*\\|.*");
    private static final Pattern CATEGORY_ROW = Pattern.compile("^\\|\\s*`([A-Z][A-Z0-9_]*)`\\s*\\|\\s*(\\d{3})\\b.*");
    private static final Pattern PROBLEM_ROW = Pattern.compile("^\\|\\s*`([A-Z][A-Z0-9_]*)`\\s*\\|.*");
    /** A table row whose first cell is a constant; one that does not fit its section's form is malformed. */
    private static final Pattern CONSTANT_ROW = Pattern.compile("^\\|\\s*`([A-Z][A-Z0-9_]*)`\\s*\\|.*");

    /** Every constant of every enum in dev.duality that implements RejectionCode, as the scan finds them. */
    static List<RejectionCode> productionCodes() {
        return ProductionClasses.get().stream()
                .filter(JavaClass::isEnum)
                .filter(c -> c.isAssignableTo(RejectionCode.class))
                .sorted(Comparator.comparing(JavaClass::getName))
                .flatMap(c -> Arrays.stream(c.reflect().getEnumConstants()).map(RejectionCode.class::cast))
                .toList();
    }

    /** The declaring enum's name, also for constants with a body (whose class is an anonymous subclass). */
    static String enumName(RejectionCode code) {
        return code instanceof Enum<?> constant ? constant.getDeclaringClass().getSimpleName()
                : code.getClass().getSimpleName();
    }

    static ErrorsDoc committedDoc() throws IOException {
        return ErrorsDoc.parse(Files.readString(RepoFiles.resolve(ERRORS_DOC)));
    }

    @Test
    void scanFindsEveryKnownRejectionEnum() {
        // a scan that finds nothing would make every other check here pass vacuously
        assertThat(productionCodes()).contains(CampaignRejection.values()).contains(EnvelopeRejection.values())
                .contains(ValueRejection.values()).contains(DaggerheartRejection.values())
                .contains(ApiRejection.values());
    }

    @Test
    void codesAreUniqueAcrossEnums() {
        // clients only see the name: two enums with the same constant would be one ambiguous code
        Map<String, List<String>> owners = productionCodes().stream().collect(Collectors.groupingBy(RejectionCode::name,
                Collectors.mapping(ErrorCodesDocumentedTest::enumName, Collectors.toList())));
        assertThat(owners.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::toString))
                .as("codes defined by more than one enum").isEmpty();
    }

    @Test
    void everyRejectionCodeIsDocumentedWithItsCategoryAndStatus() throws IOException {
        List<String> problems = ErrorsDoc.check(committedDoc(), productionCodes());
        assertThat(problems).as("%s is out of date with the RejectionCode enums", ERRORS_DOC).isEmpty();
    }

    @Test
    void categoryTableGivesTheStatusProblemHandlerAnswers() throws IOException {
        Map<String, Integer> expected = Arrays.stream(Category.values())
                .collect(Collectors.toMap(Enum::name, c -> ProblemHandler.status(c).value()));
        assertThat(committedDoc().categoryStatus()).as("category table of %s", ERRORS_DOC)
                .containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void everyStartUpProblemIsDocumentedAndNoneIsStale() throws IOException {
        assertThat(committedDoc().startUpProblems()).as("start-up errors section of %s", ERRORS_DOC)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(CatalogProblem.values()).map(Enum::name).toList());
    }

    @Test
    void checkReportsMissingStaleMisclassifiedAndMalformedRows() {
        // proves the check can fail: each kind of drift in a small document is reported
        ErrorsDoc doc = ErrorsDoc.parse("""
                ## Rejection codes
                | code | status | category | field | when |
                |---|---|---|---|---|
                | `CAMPAIGN_NOT_FOUND` | 404 | `NOT_FOUND` | — | documented right |
                | `PARTICIPANT_NOT_FOUND` | 409 | `CONFLICT` | — | wrong status and category |
                | `GONE_CODE` | 400 | `INVALID_INPUT` | — | no enum has it |
                | `METHOD_NOT_ALLOWED` | 400 | `INVALID_INPUT` | — | the override says 405 |
                | `CHARACTER_NOT_FOUND` | oops | row without a status |
                | `CAMPAIGN_NOT_FOUND` | 404 | `NOT_FOUND` | — | listed twice |
                ## Start-up errors
                | `MISSING_FOLD_HANDLER` | not a code row |
                """);

        List<String> problems = ErrorsDoc.check(doc, List.of(CampaignRejection.CAMPAIGN_NOT_FOUND,
                CampaignRejection.PARTICIPANT_NOT_FOUND, CampaignRejection.CHARACTER_NOT_FOUND,
                ApiRejection.METHOD_NOT_ALLOWED, ApiRejection.ROUTE_NOT_FOUND));

        assertThat(problems).containsExactlyInAnyOrder(
                "malformed row at line 8: | `CHARACTER_NOT_FOUND` | oops | row without a status |",
                "listed twice: CAMPAIGN_NOT_FOUND",
                "missing: CampaignRejection.CHARACTER_NOT_FOUND",
                "missing: ApiRejection.ROUTE_NOT_FOUND",
                "stale (no enum has it): GONE_CODE",
                "wrong category for PARTICIPANT_NOT_FOUND: documented CONFLICT, is NOT_FOUND",
                "wrong status for PARTICIPANT_NOT_FOUND: documented 409, is 404",
                "wrong status for METHOD_NOT_ALLOWED: documented 400, is 405");
        assertThat(doc.startUpProblems()).containsExactly("MISSING_FOLD_HANDLER");
    }

    /** The tables of docs/errors.md, read by section: rejection codes, categories, start-up problems. */
    record ErrorsDoc(List<DocumentedCode> codes, Map<String, Integer> categoryStatus, Set<String> startUpProblems,
                     List<String> malformed) {

        record DocumentedCode(String code, int status, String category) {
        }

        static ErrorsDoc parse(String markdown) {
            List<DocumentedCode> codes = new ArrayList<>();
            Map<String, Integer> categories = new LinkedHashMap<>();
            Set<String> problems = new TreeSet<>();
            List<String> malformed = new ArrayList<>();
            String section = "";
            String[] lines = markdown.split("\r?\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.startsWith("## ")) {
                    section = line.substring(3);
                    continue;
                }
                if (!CONSTANT_ROW.matcher(line).matches()) {
                    continue;
                }
                if (section.startsWith("Rejection codes")) {
                    Matcher m = CODE_ROW.matcher(line);
                    if (m.matches()) {
                        codes.add(new DocumentedCode(m.group(1), Integer.parseInt(m.group(2)), m.group(3)));
                    } else {
                        malformed.add("malformed row at line " + (i + 1) + ": " + line);
                    }
                } else if (section.startsWith("Categories")) {
                    Matcher m = CATEGORY_ROW.matcher(line);
                    if (m.matches()) {
                        categories.put(m.group(1), Integer.parseInt(m.group(2)));
                    } else {
                        malformed.add("malformed row at line " + (i + 1) + ": " + line);
                    }
                } else if (section.startsWith("Start-up errors")) {
                    Matcher m = PROBLEM_ROW.matcher(line);
                    if (m.matches()) {
                        problems.add(m.group(1));
                    }
                }
            }
            return new ErrorsDoc(codes, categories, problems, malformed);
        }

        /** Every way the document disagrees with the codes; empty when it is up to date. */
        static List<String> check(ErrorsDoc doc, Collection<RejectionCode> actual) {
            List<String> problems = new ArrayList<>(doc.malformed());
            Map<String, RejectionCode> byName = actual.stream()
                    .collect(Collectors.toMap(RejectionCode::name, Function.identity(), (a, b) -> a));
            Map<String, Long> rows = doc.codes().stream()
                    .collect(Collectors.groupingBy(DocumentedCode::code, Collectors.counting()));
            rows.forEach((code, count) -> {
                if (count > 1) {
                    problems.add("listed twice: " + code);
                }
            });
            for (RejectionCode code : actual) {
                if (!rows.containsKey(code.name())) {
                    problems.add("missing: " + enumName(code) + "." + code.name());
                }
            }
            Set<String> reported = new TreeSet<>();
            for (DocumentedCode row : doc.codes()) {
                RejectionCode code = byName.get(row.code());
                if (code == null) {
                    problems.add("stale (no enum has it): " + row.code());
                    continue;
                }
                if (!reported.add(row.code())) {
                    continue;
                }
                if (!row.category().equals(code.category().name())) {
                    problems.add("wrong category for " + row.code() + ": documented " + row.category() + ", is "
                            + code.category().name());
                }
                int status = STATUS_OVERRIDES.getOrDefault(code.name(), ProblemHandler.status(code.category()).value());
                if (row.status() != status) {
                    problems.add("wrong status for " + row.code() + ": documented " + row.status() + ", is " + status);
                }
            }
            return problems;
        }
    }
}
