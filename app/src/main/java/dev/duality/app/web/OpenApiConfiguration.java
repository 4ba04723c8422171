package dev.duality.app.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document served at /v3/api-docs (Swagger UI at /swagger-ui.html). */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    @Bean
    OpenAPI dualityOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Duality game service API")
                .version("v1")
                .description("Event-sourced tabletop RPG campaigns. Errors are application/problem+json with a stable "
                        + "`code` and, where one input caused them, a `field`; see docs/errors.md for every code.")
                .license(new License().name("Proprietary")));
    }
}
