package dev.duality.app.web;

import dev.duality.web.ProblemHandler;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.catalina.Context;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Refusals made outside any endpoint answer problem+json too, never the container's HTML page or Spring Boot's bare
 * JSON. Two places see them: the error page every failed request of the application is forwarded to (Spring
 * Security's firewall refusing {@code ..} or {@code //}, a failure in a filter, a status a filter sent), and Tomcat's
 * error report, for requests it refuses before the application is chosen (a path with {@code %00}, {@code %2F} or
 * bytes that are not UTF-8).
 */
@RestController
@Hidden
public class ContainerErrors implements ErrorController {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The error page: a failure is answered as a handler's would be, a bare status by the code it means. */
    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) throws Exception {
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure instanceof Exception e) {
            throw e;
        }
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // asked for directly, /error is no endpoint
        return ProblemHandler.forStatus(status instanceof Integer code ? code : 404, request);
    }

    /** Tomcat's error report, on its host, for the requests no application sees: the last customizer replaces it. */
    @Bean
    static ProblemReports problemReports() {
        return new ProblemReports();
    }

    static final class ProblemReports implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>,
            Ordered {
        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            factory.addContextCustomizers(ContainerErrors::reportProblems);
        }

        @Override
        public int getOrder() {
            // after Spring Boot's own, which adds the HTML error report
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    private static void reportProblems(Context context) {
        StandardHost host = (StandardHost) context.getParent();
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve) {
                host.getPipeline().removeValve(valve);
            }
        }
        host.setErrorReportValveClass(ProblemReport.class.getName());
        host.getPipeline().addValve(new ProblemReport());
    }

    /** Writes the problem+json of a status Tomcat set itself; a response the application wrote is left alone. */
    public static final class ProblemReport extends ErrorReportValve {
        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            ProblemDetail problem = ProblemHandler.forStatus(status, request.getRequest()).getBody();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", problem.getType().toString());
            body.put("title", problem.getTitle());
            body.put("status", problem.getStatus());
            body.put("detail", problem.getDetail());
            body.put("instance", problem.getInstance() == null ? null : problem.getInstance().toString());
            if (problem.getProperties() != null) {
                body.putAll(problem.getProperties());
            }
            try {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(JSON.writeValueAsString(body));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the response was committed meanwhile: nothing left to tell
            }
        }
    }
}
