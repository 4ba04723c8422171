package dev.duality.app.persistence;

import dev.duality.core.action.api.RollResolved;
import dev.duality.core.catalog.MessageCatalog;
import dev.duality.core.dice.DiceMode;
import dev.duality.core.rejection.Rejected;
import dev.duality.web.ApiRejection;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code ?dry_run=true} on any write of the API: the request runs exactly as it would, its decision, its events and
 * the read models they update, inside one transaction that is then rolled back, and the answer shows what it would
 * have done: the endpoint's own answer, the events in order, and each read-model row it would insert, update or
 * delete with its columns before and after. Nothing is stored or published: the journal, the read models, the
 * idempotency keys (a dry run ignores Idempotency-Key) and the aggregates kept in memory are as they were. A refusal
 * is answered as it would be. A dry run that would roll server dice is refused ({@code DRY_RUN_ROLLS_DICE}): its
 * preview would show the session's next roll.
 */
final class DryRunFilter extends OncePerRequestFilter {
    static final String PARAMETER = "dry_run";
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final MessageCatalog catalog;
    private final Cache aggregates;
    private final HandlerExceptionResolver problems;

    DryRunFilter(PlatformTransactionManager transactions, JsonMapper json, MessageCatalog catalog, Cache aggregates,
                 HandlerExceptionResolver problems) {
        this.transactions = new TransactionTemplate(transactions);
        this.json = json;
        this.catalog = catalog;
        this.aggregates = aggregates;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String flag = request.getParameter(PARAMETER);
        boolean write = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
                && !"OPTIONS".equals(request.getMethod());
        if (flag == null || !write) {
            chain.doFilter(request, response);
            return;
        }
        if (!flag.equals("true") && !flag.equals("false")) {
            problems.resolveException(request, response, null, new Rejected(ApiRejection.PARAMETER_INVALID,
                    PARAMETER, PARAMETER + " must be true or false"));
            return;
        }
        if (flag.equals("false")) {
            chain.doFilter(request, response);
            return;
        }
        DryRun run = new DryRun();
        // nothing is created by a dry run: its answer names no Location
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(new HttpServletResponseWrapper(
                response) {
            @Override
            public void setHeader(String name, String value) {
                if (!HttpHeaders.LOCATION.equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!HttpHeaders.LOCATION.equalsIgnoreCase(name)) {
                    super.addHeader(name, value);
                }
            }
        });
        run.begin();
        try {
            transactions.executeWithoutResult(status -> {
                status.setRollbackOnly();
                try {
                    chain.doFilter(request, answer);
                } catch (IOException | ServletException e) {
                    throw new IllegalStateException(e);
                } finally {
                    // before the rollback, while the campaign's command lock is still held: no other command can load
                    // an aggregate as this run left it in memory
                    forgetAggregates(run);
                }
            });
        } finally {
            run.end();
        }
        if (rollsServerDice(run)) {
            answer.resetBuffer();
            answer.reset();
            problems.resolveException(request, response, null, new Rejected(ApiRejection.DRY_RUN_ROLLS_DICE,
                    PARAMETER, "a dry run cannot roll server dice: it would show the session's next roll; send the "
                            + "table's dice (physical_results) or roll for real"));
            return;
        }
        if (answer.getStatus() >= 400) {
            answer.copyBodyToResponse();
            return;
        }
        int status = answer.getStatus();
        response.setHeader("Dry-Run", "true");
        WrappedAnswer.write(answer, response, json, endpoint -> new Preview(true, status, endpoint,
                run.events().stream().map(this::appended).toList(), run.changes()));
    }

    /** The answer to a dry run: what the endpoint would have answered, and what it would have written. */
    record Preview(boolean dryRun, int status, JsonNode answer, List<Appended> events, List<RowChange> changes) {
    }

    /** An event the decision would have appended. */
    record Appended(String eventType, String aggregateId, Long sequence, Object payload) {
    }

    private Appended appended(EventMessage<?> event) {
        String type = catalog.typeName(event.getPayloadType()).orElse(event.getPayloadType().getName());
        return event instanceof DomainEventMessage<?> domain
                ? new Appended(type, domain.getAggregateIdentifier(), domain.getSequenceNumber(), event.getPayload())
                : new Appended(type, null, null, event.getPayload());
    }

    private static boolean rollsServerDice(DryRun run) {
        return run.events().stream().map(EventMessage::getPayload)
                .anyMatch(payload -> payload instanceof RollResolved roll && roll.roll().mode() == DiceMode.SERVER);
    }

    private void forgetAggregates(DryRun run) {
        Set<String> touched = new LinkedHashSet<>();
        run.events().forEach(event -> {
            if (event instanceof DomainEventMessage<?> domain) {
                touched.add(domain.getAggregateIdentifier());
            }
        });
        touched.forEach(aggregates::remove);
    }
}
