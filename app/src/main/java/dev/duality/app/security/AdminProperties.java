package dev.duality.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The operator's credentials.
 *
 * @param token bearer token for /admin endpoints ({@code DUALITY_ADMIN_TOKEN}); when blank, admin access is off
 */
@ConfigurationProperties("duality.admin")
public record AdminProperties(String token) {
    public boolean enabled() {
        return token != null && !token.isBlank();
    }
}
