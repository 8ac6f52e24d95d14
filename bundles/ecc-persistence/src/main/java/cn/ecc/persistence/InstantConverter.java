package cn.ecc.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import javax.persistence.AttributeConverter;
import javax.persistence.Converter;

/**
 * Instants as SQL timestamps. JPA 2.2 has no mapping of its own for {@code Instant}: without this EclipseLink
 * stores it serialized in a BLOB, which the database can neither compare nor sort. It applies by itself to
 * every {@code Instant} of a persistence unit that lists it.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant value) {
        return value == null ? null : Timestamp.from(value);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp value) {
        return value == null ? null : value.toInstant();
    }
}
