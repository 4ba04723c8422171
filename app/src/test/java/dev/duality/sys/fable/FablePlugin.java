package dev.duality.sys.fable;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * Plugs Fable in, as Daggerheart's auto-configuration plugs Daggerheart in. A production plug-in lists this class in
 * its jar's {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}; Fable lives in
 * test sources, so only {@link FableSystemIT} adds it to the service it boots.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan("dev.duality.sys.fable")
@EntityScan("dev.duality.sys.fable")
public class FablePlugin {
    @Bean
    FableModule fableModule() {
        return new FableModule();
    }
}
