package dev.duality.app.web;

import dev.duality.web.RequestEnvelope;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;

import java.util.List;
import java.util.Set;

/**
 * How strictly the HTTP API reads its input (the rest is in application.yml under {@code spring.jackson}). A JSON
 * body is read without silent coercion: a number or boolean is not a string, a string is not a number or a boolean, a
 * fraction is not a whole number, a number is not a boolean, and a repeated property is malformed. A query string
 * must decode and a body must fit {@link RequestFraming}'s bound.
 * Every {@code /api} request has its envelope headers and its Accept header checked before the controller runs, so a
 * request that would be refused anyway never sends a command.
 */
@Configuration(proxyBeanMethods = false)
public class StrictInput implements WebMvcConfigurer {
    private static final HeaderContentNegotiationStrategy ACCEPT = new HeaderContentNegotiationStrategy();

    @Bean
    JsonMapperBuilderCustomizer strictJson() {
        return builder -> builder
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // a string is not a number or a boolean: "2" and "true" are refused, not converted
                .withCoercionConfig(LogicalType.Textual, strings -> strings
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                // 1.5 is not a whole number: refused, not truncated to 1; "2" and true are no numbers
                .withCoercionConfig(LogicalType.Integer, ints -> ints
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, floats -> floats
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                // 1 and "true" are not true: refused, not read as a boolean
                .withCoercionConfig(LogicalType.Boolean, booleans -> booleans
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
    }

    /** Undecodable query strings and oversized bodies are refused first, before authentication reads anything. */
    @Bean
    FilterRegistrationBean<RequestFraming> requestFraming(
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        FilterRegistrationBean<RequestFraming> registration = new FilterRegistrationBean<>(new RequestFraming(problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws HttpMediaTypeNotAcceptableException {
                RequestEnvelope.requireValidHeaders(request);
                // checked here, not when the answer is written: by then a command would already have been accepted
                List<MediaType> accepted = ACCEPT.resolveMediaTypes(new ServletWebRequest(request));
                List<MediaType> answers = answers(request);
                if (accepted.stream().noneMatch(type -> answers.stream().anyMatch(type::isCompatibleWith))) {
                    throw new HttpMediaTypeNotAcceptableException(answers);
                }
                return true;
            }
        }).addPathPatterns("/api/**");
    }

    /** What the matched endpoint answers: JSON, unless its mapping names its own type (the event stream's SSE). */
    @SuppressWarnings("unchecked")
    static List<MediaType> answers(HttpServletRequest request) {
        Set<MediaType> producible = (Set<MediaType>) request.getAttribute(
                HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE);
        return producible == null || producible.isEmpty() ? List.of(MediaType.APPLICATION_JSON)
                : List.copyOf(producible);
    }
}
