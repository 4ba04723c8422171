package dev.duality.app.play;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the table's web page at {@code /play/}: static files, no server-side rendering. The core's files and each
 * game system's ({@code play/systems/<system id>.js}, from the system's own jar) share the classpath folder
 * {@code play/}, so a game system brings its screens with its dependency. Files are revalidated on every load
 * (ETag/Last-Modified), so a new release is picked up without a stale cache.
 */
@Configuration(proxyBeanMethods = false)
public class PlayPageConfiguration implements WebMvcConfigurer {
    private final String[] locations;

    public PlayPageConfiguration(@Value("${duality.play.locations:classpath:/play/}") String[] locations) {
        this.locations = locations;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/play/**").addResourceLocations(locations)
                .setCacheControl(CacheControl.noCache());
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/play", "/play/");
        registry.addViewController("/play/").setViewName("forward:/play/index.html");
    }
}
