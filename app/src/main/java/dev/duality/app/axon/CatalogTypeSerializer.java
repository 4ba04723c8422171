package dev.duality.app.axon;

import dev.duality.core.catalog.MessageCatalog;
import dev.duality.core.rejection.Rejected;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;

/**
 * Writes the catalog's namespaced type name (e.g. {@code campaign.created}) as the serialized type of every
 * registered command and event, so the journal's {@code payload_type} never holds a Java class name and classes can
 * move freely. Types outside the catalog (tokens, metadata, snapshots) keep their class names. Everything it reads back
 * was recorded: value limits do not refuse it ({@link Rejected#readingRecorded}).
 */
public final class CatalogTypeSerializer implements Serializer {
    private final Serializer delegate;
    private final MessageCatalog catalog;

    public CatalogTypeSerializer(Serializer delegate, MessageCatalog catalog) {
        this.delegate = delegate;
        this.catalog = catalog;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        SerializedObject<T> serialized = delegate.serialize(object, expectedRepresentation);
        if (object == null) {
            return serialized;
        }
        return new SimpleSerializedObject<>(serialized.getData(), serialized.getContentType(),
                typeForClass(object.getClass()));
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        SerializedType type = serializedObject.getType();
        SerializedObject<S> byClassName = catalog.payloadClass(type.getName())
                .<SerializedObject<S>>map(payload -> new SimpleSerializedObject<>(serializedObject.getData(),
                        serializedObject.getContentType(),
                        new SimpleSerializedType(payload.getName(), type.getRevision())))
                .orElse(serializedObject);
        // what was recorded is read as it was, whatever limits the value types enforce on commands today
        return Rejected.readingRecorded(() -> delegate.deserialize(byClassName));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class classForType(SerializedType type) {
        return catalog.payloadClass(type.getName()).map(c -> (Class) c).orElseGet(() -> delegate.classForType(type));
    }

    @Override
    public SerializedType typeForClass(Class type) {
        SerializedType byClass = delegate.typeForClass(type);
        return catalog.typeName(type)
                .<SerializedType>map(name -> new SimpleSerializedType(name, byClass.getRevision()))
                .orElse(byClass);
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }
}
