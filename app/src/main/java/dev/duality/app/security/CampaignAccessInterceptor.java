package dev.duality.app.security;

import dev.duality.web.Caller;

import dev.duality.core.campaign.api.AuthzRejection;
import dev.duality.core.rejection.Rejected;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.util.Map;

/**
 * A participant token opens exactly one campaign: any request whose path names another campaign is refused before a
 * controller runs, reads included. The admin may open every campaign.
 */
public final class CampaignAccessInterceptor implements HandlerInterceptor {
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String campaignId = variables == null ? null : variables.get("campaignId");
        if (campaignId != null && Caller.current().orElse(null) instanceof Caller.Participant participant) {
            Rejected.unless(participant.campaignId().equals(campaignId), AuthzRejection.AUTHZ_DENY_NOT_A_MEMBER,
                    "this token belongs to another campaign");
        }
        return true;
    }
}
