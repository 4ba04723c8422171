package dev.duality.app.security;

import dev.duality.web.Caller;

import dev.duality.web.Gateway;
import dev.duality.web.RequestEnvelope;
import dev.duality.core.rejection.Rejected;
import dev.duality.projections.access.api.AccessQueries.FindTokenOwner;
import dev.duality.projections.access.api.AccessQueries.TokenOwner;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Authenticates {@code Authorization: Bearer <token>}: the configured admin token, or a participant access token
 * looked up by its SHA-256 hash. A request without the header goes on unauthenticated (public endpoints accept it);
 * a bad token is refused here with problem+json, never silently ignored.
 */
final class BearerTokenFilter extends OncePerRequestFilter {
    private static final String BEARER = "Bearer ";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,200}");
    private final AdminProperties admin;
    private final Gateway gateway;
    private final HandlerExceptionResolver problems;

    BearerTokenFilter(AdminProperties admin, Gateway gateway, HandlerExceptionResolver problems) {
        this.admin = admin;
        this.gateway = gateway;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        Caller caller;
        try {
            caller = authenticate(header);
        } catch (Rejected rejected) {
            problems.resolveException(request, response, null, rejected);
            return;
        }
        var authentication = new UsernamePasswordAuthenticationToken(caller, null,
                AuthorityUtils.createAuthorityList(caller instanceof Caller.Admin ? "ROLE_ADMIN" : "ROLE_PARTICIPANT"));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        request.setAttribute(RequestEnvelope.ACTOR_ATTRIBUTE, caller.actorId());
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Caller authenticate(String header) {
        Rejected.unless(header.startsWith(BEARER), AuthRejection.AUTH_TOKEN_INVALID, "Authorization",
                "use Authorization: Bearer <token>");
        String token = header.substring(BEARER.length()).strip();
        Rejected.unless(TOKEN.matcher(token).matches(), AuthRejection.AUTH_TOKEN_INVALID, "Authorization",
                "the bearer token is malformed");
        if (admin.enabled() && Secrets.matches(token, admin.token())) {
            return new Caller.Admin();
        }
        TokenOwner owner = gateway.find(new FindTokenOwner(Secrets.hash(token).value()), TokenOwner.class)
                .orElseThrow(() -> new Rejected(AuthRejection.AUTH_TOKEN_INVALID, "Authorization",
                        "the bearer token is not valid"));
        return new Caller.Participant(owner.campaignId(), owner.participantId());
    }
}
