package dev.duality.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the command an endpoint sends, by its payload class. The OpenAPI document takes the command's catalog policy
 * and the rejection codes it declares from the catalog, so an endpoint's documentation cannot disagree with the
 * command it sends.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SendsCommand {
    Class<?> value();
}
