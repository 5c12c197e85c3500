package dev.quire.theme.pebble;

import dev.quire.theme.ModelReads;
import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;

/**
 * Tells the build which properties of the model each page reads ({@link ModelReads}): Pebble asks
 * this resolver first for every {@code object.property} of a template, and it notes the read and
 * leaves the resolving to Pebble's own resolver. The one place where templates' reads are recorded.
 */
final class RecordingAttributes implements AttributeResolver {

    @Override
    public ResolvedAttribute resolve(Object instance, Object attributeNameValue, Object[] argumentValues,
            ArgumentsNode args, EvaluationContextImpl context, String filename, int lineNumber) {
        if (instance != null && attributeNameValue != null) {
            ModelReads.read(instance, attributeNameValue.toString());
        }
        return null;
    }
}
