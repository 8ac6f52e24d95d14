package cn.ecc.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Documents a resource method in {@code /api/openapi.json} beyond what its signature tells. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Doc {

    /** One line saying what the operation does (Chinese). */
    String value();

    /** The success status, when not 200. */
    int status() default 200;

    /** The body type of a method that returns a {@code Response}. */
    Class<?> returns() default Void.class;

    /** The element type when {@link #returns()} is a generic page or list. */
    Class<?> of() default Void.class;
}
