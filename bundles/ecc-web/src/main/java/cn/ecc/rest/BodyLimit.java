package cn.ecc.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Raises (or lowers) the request body limit for one resource method, e.g. a spreadsheet upload. Without it
 * the platform's default limit ({@code ecc.web} {@code maxBodyBytes}) applies; a larger body answers 413.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BodyLimit {

    /** The largest accepted body, in bytes. */
    long value();
}
